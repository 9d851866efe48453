"""Rows standing as close as, or closer than, the lines of one wrapped cell, read from their figures.

An engine that pads cells little (Typst's tables: 2 pt above and below) sets two rows closer
together than the lines of a name it wrapped over two or three lines. No leading then tells a
cell's next line from the next row: read at the measured leading, a column of names runs on from
one row into the next (出生数 under と感じる市民の割合, the last line of the name above), or figures
of two rows stack into one cell. Figures tell the rows apart whatever the padding: a row's figures
stand on one line (extract.pdf.figure_levels), and a row starts where figures start again.

Where the leading's reading runs a cell past a line level with the figures of other columns (a row
of figures starts beside it), the table's body is read again line by line, from its first row of
figures on, as set at the top, and kept only where its own lines prove that reading: every line
stands level with a row of figures (or opens a row of its own: a heading, a note), or continues
the line above it in its column at one leading, the same all over the table. A table centred on
its rows leaves lines above their figures, or below them at the rows' pitch: the leading's reading
stands. The header above the first row of figures keeps the leading's reading.

A row of one figure stands a row too where a line of another column stands level with it (a sub-row
reporting one year, 転入者数 | 実績 | … | －: figure_levels.labelled_tops), and a cell set at its row's top may run on beside
the next row off its line (a name over its two sub-rows: _led_from_tops), where its lines keep one pitch.

Rows of no figures (a name's rest set as a row of its own, 事業者数（累計） under 六次産業化に取り組む)
stand in such a table at the rows' padding below the row above, not at the leading: where the
rows of figures show that padding (the narrowest gap above a row's first line, gaps_above_rows) and their own
cells show a wider leading, a line at the padding opens a row. The gaps are told apart as
precisely as the table sets its rows' lines level (gap_tol).

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract.pdf.figure_levels import LEVEL_TOL_EM, stands_on
from extract.pdf.lockstep import PADDED_LESS_TOLS, line_tol
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Block, Piece, by_column, continuable, ends_in_separator, is_full, opens_with_digit, text_bracket_depth
from extract.pdf.top_rows import Row, name_centred_over_figures, opens_own_row, states_figure

GAP_RESOLUTION_PT = 0.2  # two gaps between lines closer than this (pt) are one, however precisely the lines are set
LEVEL_SPREAD_FACTOR = 2.0  # gaps are told apart at this many times the farthest a line level with a row stands off it
MIN_FIGURE_ROWS = 2  # a body read line by line holds this many rows of figures: one alone (a ruled band) shows no row's start
#   unless each of its other lines opens a row of its own (_lone_row_reading)


def body_rows(rows: Sequence[Row], tops: Sequence[tuple[int, float]]) -> list[Row]:
    """The rows from the first that holds a line standing on the first row of figures (tops) on:
    the body; none without a row of figures."""
    first = next((k for k, row in enumerate(rows) for b in row for p in b
                  if tops and p.page == tops[0][0] and stands_on(p, tops[0][1])), len(rows))
    return list(rows[first:])


def runs_past_figures(blocks: Sequence[Block], tops: Sequence[tuple[int, float]]) -> bool:
    """True when a cell holds a line past its first standing level with a row of figures: the
    leading ran the cell on into the row those figures start (or the cell spans rows, or is centred
    on them: the lines decide, see the module)."""
    return any(p.page == page and stands_on(p, top) for b in blocks for p in b[1:] for page, top in tops)


def joins_figure_rows(rows: Sequence[Row], tops: Sequence[tuple[int, float]]) -> bool:
    """True when a row holds lines standing on two rows of figures (tops): the leading's reading
    (or a fold after it) made one row of two that start apart (値 of 目指す / 値 under 目指す's
    figures joined to 実績 under the next name, its own figure beside it)."""
    return any(len({top for page, top in tops for b in row for p in b if p.page == page and stands_on(p, top)}) > 1
               for row in rows)


def rows_by_line(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]], spanning: frozenset[int],
                 read_head: Callable[[Sequence[Piece]], list[Row]]) -> list[Row] | None:
    """The table's rows as set at their top, read line by line from its first row of figures on,
    or None when its lines refute that reading (_proves_reading; with no line continuing a cell,
    a figure the engine may have cut over two lines: _stacks_cut_number). Each line level with a row
    of figures, or opening a row of its own (a heading, a note), starts or joins that row; each
    other line continues the cell above it in its column.
    The lines above the first row of figures are the header, read by read_head (at the leading)."""
    if not tops or len({p.page for p in pieces}) > 1:
        return None
    first = tops[0][1]
    head = [p for p in pieces if p.bbox[1] < first - LEVEL_TOL_EM * p.height]
    body = [p for p in pieces if p.bbox[1] >= first - LEVEL_TOL_EM * p.height]
    row_gaps = gaps_above_rows(body, [top for _, top in tops[1:]])
    tol = line_tol(body)
    ends = head_ends(head, body, min(row_gaps, default=None), tol, body_leads(body, [top for _, top in tops]))
    led = _led_from_tops(body, [top for _, top in tops], tol)
    if any(_beside_off_level(p, top) and id(p) not in led for p in body for _, top in tops) or \
            _name_above_first_figures(head, spanning, ends) or name_centred_over_figures(head, body, first, spanning, ends):
        return None  # rows centred on their cells, not set at the top
    starts = sorted({*(top for _, top in tops), *(p.bbox[1] for p in body if opens_own_row(p, spanning))})
    padding, gaps_tol = (min(row_gaps) if row_gaps else 0.0), gap_tol(body, starts)
    # lines touching (a padding within the tolerance of none) show no rows apart: no padding to read by
    read = _read_lines(body, starts, padding, gaps_tol) if padding > gaps_tol else None
    if read is None or not _proves_reading(read, tol, row_gaps):
        read = _read_lines(body, starts, None, 0.0)
    if read is None or not (_proves_reading(read, tol, row_gaps) or _reads_without_wraps(read, body, head)):
        read = _read_past_skips(pieces, body, starts, [top for _, top in tops], (padding, gaps_tol), tol)
    if read is None:
        return None  # lines below a row's first at more than one leading; no leading shown, numbers cut over lines
    if len(tops) < MIN_FIGURE_ROWS and not _lone_row_reading(read, body, head):
        return None
    return [*read_head(head), *(read.rows[t] for t in sorted(read.rows))]


@dataclass(frozen=True, slots=True)
class LineReading:
    """The body read line by line: its rows by their first top; the top-to-top pitches of the lines
    that continue a cell; the gaps under a row's first line standing level with a start (a row of
    figures, a heading) to its cell's next line: the leading as the rows show it; the gap (pt)
    between the rows a table pads less than it leads a cell's lines (None where no line opened a
    row at it), with the tolerance it was told apart with."""

    rows: dict[float, Row]
    pitches: list[float]
    leads: list[float]
    padding: float | None
    tol: float
    height: float  # the body's shortest line (pt)


def _read_lines(body: Sequence[Piece], starts: Sequence[float], padding: float | None, tol: float,
                skip_over: float | None = None) -> LineReading | None:
    """Each line level with a start opens or joins that row; a line standing the padding (within
    tol) below the lowest line of the row above opens a row of no figures (_opens_at_padding), where
    skip_over is given only one standing further than it (top to top) below the line above it in its
    column; each other line continues the cell above it in its column. None when a column's first
    line of the body stands level with no start (not set at the top)."""
    tops = list(starts)
    rows: dict[float, Row] = {}
    cell_of: dict[int, Block] = {}
    last: dict[int, Piece] = {}
    pitches: list[float] = []
    leads: list[float] = []
    for line in sorted(body, key=lambda p: (p.bbox[1], p.col)):
        above = last.get(line.col)
        start = next((t for t in tops if stands_on(line, t)), None)
        if start is None and above is not None and (_opens_at_padding(line, rows, padding, tol) and (
                skip_over is None or line.bbox[1] - above.bbox[1] > skip_over)):
            start = line.bbox[1]
            tops.append(start)
        if start is not None:
            cell_of[id(line)] = [line]
            rows.setdefault(start, []).append(cell_of[id(line)])
        elif above is None:
            return None  # a column's first line of the body below its first row of figures: not set at the top
        else:
            pitches.append(line.bbox[1] - above.bbox[1])
            leads += [line.bbox[1] - above.bbox[3]] if any(stands_on(above, t) for t in starts) else []
            cell_of[id(line)] = cell_of[id(above)]
            cell_of[id(line)].append(line)
        last[line.col] = line
    opened = len(rows) > len(set(starts) & set(rows))
    return LineReading(rows, pitches, leads, padding if opened else None, tol, min(p.height for p in body))


def _read_past_skips(pieces: Sequence[Piece], body: Sequence[Piece], starts: Sequence[float], tops: Sequence[float],
                     padding: tuple[float, float], tol: float) -> LineReading | None:
    """The body read at the top where the rows' padding is as wide as a cell's leading the rows show
    (leads, within tol: Typst's 2 pt inset in 6 pt type, every line on one grid), or None: a line standing the padding (within
    its tolerance, padding[1]) below the row above opens a row of no figures only where it stands
    further below the line above it in its column than the pitch every other line goes on its cell
    at (by more than tol): it skips a line, so it goes on no cell (と感じる市民の割合 under 結婚・子育ての
    希望が / かなう beside 未 / 達 / 成, corpus seed 778 kpi_progress in typst_borderless). The reading
    stands where its lines go on their cells at that one pitch and the table shows its rows set at
    the top (_shows_top_set): set so, the line cannot be the first of the row below either."""
    plain = _read_lines(body, starts, None, 0.0)
    if plain is None or not plain.pitches or padding[0] <= padding[1]:
        return None
    pitch = min(plain.pitches)
    read = _read_lines(body, starts, padding[0], padding[1], pitch + tol)
    if read is None or read.padding is None or max(read.pitches, default=pitch) - pitch > tol or \
            not read.leads or any(abs(lead - padding[0]) > tol for lead in read.leads):
        return None  # a padding the leading shows apart is read by _read_lines' own proof
    return read if _shows_top_set(pieces, tops, pitch, tol) else None


def _shows_top_set(pieces: Sequence[Piece], tops: Sequence[float], pitch: float, tol: float) -> bool:
    """True when on some row of figures a cell of one line stands level with the first line of a
    taller cell (its next line at the pitch, within tol, no line of its column within a pitch above
    it): centred, the one line would stand at the taller cell's middle; set at the bottom, at its last."""
    cols = by_column(pieces)
    for top in tops:
        level = [(col, k) for col in cols.values() for k, p in enumerate(col) if stands_on(p, top)]
        if any(_goes_on(col, k, pitch, tol) and not _led_from(col, k, pitch, tol) for col, k in level) and \
                any(not _goes_on(col, k, pitch, tol) and not _led_from(col, k, pitch, tol) for col, k in level):
            return True
    return False


def _goes_on(col: Sequence[Piece], k: int, pitch: float, tol: float) -> bool:
    """True when the column's line after line k stands the pitch (within tol) below it, top to top."""
    return k + 1 < len(col) and abs(col[k + 1].bbox[1] - col[k].bbox[1] - pitch) <= tol


def _led_from(col: Sequence[Piece], k: int, pitch: float, tol: float) -> bool:
    """True when the column's line before line k stands within the pitch (and tol) above it, top to top."""
    return k > 0 and col[k].bbox[1] - col[k - 1].bbox[1] <= pitch + tol


def _opens_at_padding(line: Piece, rows: dict[float, Row], padding: float | None, tol: float) -> bool:
    """True when a line stands the rows' padding (within tol) below the lowest line of the row
    above it: the next row's first line, where the cell above would lead its next line farther
    (と感じる市民の割合, a row of its own under 結婚・子育ての希望が / かなう, Typst's 2 pt inset
    against its 0.65 em leading: corpus seed 983 kpi_progress in typst_borderless)."""
    if padding is None or not rows:
        return False
    upper = rows[max(rows)]  # the lines are read top to bottom: the last row opened is the one above
    bottom = max(p.bbox[3] for cell in upper for p in cell)
    return abs(line.bbox[1] - bottom - padding) <= tol


def _proves_reading(read: LineReading, tol: float, row_gaps: Sequence[float]) -> bool:
    """True when the lines that continue a cell stand at one leading (within tol), and, where
    lines opened rows at the padding, a row's first line goes on in its cell (leads) and every such
    gap is wider than the padding by more than the tolerance it was told with and no wider than a
    cell's lines stand (WRAP_GAP_MAX_EM of a line): the table shows the two apart within its rows of
    figures (names centred on their figures show no such line; a folio under a column is none), and
    no gap above a row of figures (row_gaps) is that leading: set at the top, a row's first line
    stands the padding below the row above, or a whole line more (a name centred on its figures,
    its first line read as the cell above's next, shows the rows' gap as its leading)."""
    if not read.pitches or max(read.pitches) - min(read.pitches) > tol:
        return False
    return read.padding is None or bool(read.leads) and read.padding + read.tol < min(read.leads) \
        and max(read.leads) <= WRAP_GAP_MAX_EM * read.height \
        and not any(abs(gap - lead) <= read.tol for gap in row_gaps for lead in read.leads)


def gaps_above_rows(body: Sequence[Piece], tops: Sequence[float]) -> list[float]:
    """The gaps (pt) between each line level with a row of figures past the first and the line above
    it in its column: set at the top, the narrowest is the rows' padding, where the row above's
    tallest cell ends."""
    return [line.bbox[1] - above.bbox[3] for col in by_column(body).values() for above, line in zip(col, col[1:])
            if above.page == line.page and any(stands_on(line, t) for t in tops)]


def gap_tol(body: Sequence[Piece], starts: Sequence[float]) -> float:
    """How far apart (pt) two gaps must be to be told apart: LEVEL_SPREAD_FACTOR times the farthest a
    line level with a row's start stands from it (how precisely the table sets its lines), at least
    GAP_RESOLUTION_PT, at most line_tol. A producer placing every row's lines on one top to the
    hundredth of a point tells Typst's 7 pt padding (2.0 pt) from its leading (2.55 pt)."""
    spread = max((abs(p.bbox[1] - t) for p in body for t in starts if stands_on(p, t)), default=0.0)
    return min(line_tol(body), max(GAP_RESOLUTION_PT, LEVEL_SPREAD_FACTOR * spread))


def _reads_without_wraps(read: LineReading, body: Sequence[Piece], head: Sequence[Piece] = ()) -> bool:
    """True when no line continues a cell (each stands level with a row's start) and no figure may be
    a number the engine cut over two lines (_stacks_cut_number): the lines are the rows."""
    return not read.pitches and read.padding is None and not _stacks_cut_number(body, head)


def _lone_row_reading(read: LineReading, body: Sequence[Piece], head: Sequence[Piece] = ()) -> bool:
    """True when a body of fewer than MIN_FIGURE_ROWS rows of figures reads as rows by itself: no line
    continues a cell and a line under the figures opens a row of its own (a note, ※ 再掲の事業を含む,
    under the one row ふるさと納税寄附額: corpus seed 998 kpi_year_matrix in typst_borderless). A name
    centred on its one row of figures runs on below their line: no reading of its own shows there."""
    return _reads_without_wraps(read, body, head) and len(read.rows) > 1


def glues_own_row(rows: Sequence[Row], spanning: frozenset[int]) -> bool:
    """True when a row holds two cells of one column, the lower opening a row of its own (a note
    under the table, a heading: opens_own_row): the leading's reading joined it to the row above
    (※ 達成率＝実績値÷目標値 under 待機児童数（人）, the rows' padding apart, narrower than the leading:
    corpus seed 578 kpi_year_matrix in typst_borderless)."""
    return any(opens_own_row(cell[0], spanning) and any(other[0].col == cell[0].col and other[0].bbox[1] < cell[0].bbox[1]
                                                         for other in row) for row in rows for cell in row)


def _stacks_cut_number(body: Sequence[Piece], head: Sequence[Piece] = ()) -> bool:
    """True when a column stands digits under a figure the engine may have cut them from: full in
    its column and open to more digits (271 over 613 in a column three digits wide, one number), or
    digits ending in a separator (3. over 8%):
    with no wrapped cell to show a leading, the lines need not be rows. The column is as wide as its
    widest line, its header's (head) too: a figure narrower than the header over it was cut by no
    wrap (80.8 over － under 現況値 / （2023）, LibreOffice Calc's rows a line high, set at its
    leading, corpus seed 741 kpi_baseline_target in calc_borderless). A marker under a figure
    (80.8 over －, 72.6 over 算定中) continues no number: a number's rest opens with a digit."""
    heads, cols = by_column(head), by_column(body)
    for key, col in cols.items():
        width = max(p.bbox[2] - p.bbox[0] for p in [*col, *heads.get(key, [])])
        if any(a.page == b.page and opens_with_digit(b.text) and states_figure(b.text)
               and (ends_in_separator(a.text) or states_figure(a.text) and continuable(a.text) and is_full(a.bbox, b, width)
                    and not _beside_whole_figure(b, cols, key))
               for a, b in zip(col, col[1:])):
            return True
    return False


def _beside_whole_figure(line: Piece, cols: dict[int, list[Piece]], key: int) -> bool:
    """True when another column stands a figure level with line (its first glyph a digit) under a
    whole figure of its own column, one no digits go on (pieces.continuable: 31.2 %※), no bracket
    left open: that line opens a row, no number's rest (1 over 2 under a one-glyph №, beside 31.2 %※
    over 1,157 人, corpus seed 806 kpi_baseline_target in calc_borderless)."""
    for other, col in cols.items():
        for above, q in zip(col, col[1:]):
            if other != key and above.page == q.page == line.page and stands_on(q, line.bbox[1]) and opens_with_digit(q.text) \
                    and states_figure(q.text) and states_figure(above.text) and text_bracket_depth(above.text) == 0 \
                    and not continuable(above.text):
                return True
    return False


def _name_above_first_figures(head: Sequence[Piece], spanning: frozenset[int], ends: frozenset[int]) -> bool:
    """True when the first column's lines run on below every other column's header line, down to
    the first row of figures (①温室 / 効果ガ over ス排出 and its figures): a name centred on its
    figures begins above them; set at the top, it would begin level with them. A line opening a
    row of its own there (a section heading, （1）地域産業の振興) is no part of a name, nor a header
    cell's last line (ends: head_ends)."""
    if not head:
        return False
    first = min(p.col for p in head)
    others = [p.bbox[3] for p in head if p.col != first]
    return bool(others) and any(p.bbox[1] >= max(others) and not opens_own_row(p, spanning) and id(p) not in ends
                                for p in head if p.col == first)


def body_leads(body: Sequence[Piece], tops: Sequence[float]) -> list[float]:
    """The gaps (pt) under each line standing on a row of figures to the next line of its column, at
    most WRAP_GAP_MAX_EM of its height below it and standing on no row: the leading of a cell set at
    its row's top (計 / 画 beside 79.89 | 80.58 | …), as the body shows it."""
    return [b.bbox[1] - a.bbox[3] for col in by_column(body).values() for a, b in zip(col, col[1:])
            if a.page == b.page and 0 <= b.bbox[1] - a.bbox[3] <= WRAP_GAP_MAX_EM * b.height
            and any(stands_on(a, t) for t in tops) and not any(stands_on(b, t) for t in tops)]


def head_ends(head: Sequence[Piece], body: Sequence[Piece], padding: float | None, tol: float,
              leads_below: Sequence[float] = ()) -> frozenset[int]:
    """The header lines (by id) that end their cell by the table's own gaps: a line standing under
    the line above it in its column at a leading another column's header shows (two lines of one
    header cell, within tol), and over its column's first body line at the rows' padding (within
    tol), narrower than that leading by more than PADDED_LESS_TOLS tols. A cell's lines stand at
    one leading, so the gap below such a line parts two rows: （KPI） under 重要業績 / 評価指標 at 3.8 pt,
    over 相談員の at the rows' 1 pt, a header cell taller than the others beside it (corpus seed 739
    kpi_baseline_target in typst_borderless), is no first line of a name centred on its figures."""
    if padding is None:
        return frozenset()
    cols = by_column(head)
    leads = [(a.col, b.bbox[1] - a.bbox[3]) for col in cols.values() for a, b in zip(col, col[1:]) if a.page == b.page]
    firsts = {col[0].col: col[0] for col in by_column(body).values()}
    out: set[int] = set()
    for col in (c for c in cols.values() if len(c) > 1 and c[-1].col in firsts):
        above, last, below = col[-2], col[-1], firsts[col[-1].col]
        lead, gap = last.bbox[1] - above.bbox[3], below.bbox[1] - last.bbox[3]
        shown = any(c != last.col and abs(lead - other) <= tol for c, other in leads) or \
            any(abs(lead - other) <= tol for other in leads_below)
        if below.page == last.page and shown and abs(gap - padding) <= tol and gap < lead - PADDED_LESS_TOLS * tol:
            out.add(id(last))
    return frozenset(out)


def _led_from_tops(body: Sequence[Piece], tops: Sequence[float], tol: float) -> frozenset[int]:
    """The lines (by id) that go on a cell set at its row's top and spanning rows (a name over its two
    sub-rows, ①観光入込客 / 数 beside 直近値 over めざす値): from a line of their column standing on a row of
    figures, each at most WRAP_GAP_MAX_EM of its height under the line above, at one pitch (within tol),
    standing on no row. Where the column's next line goes on at that pitch onto a row of figures, the
    cell runs through the rows' lines (a name centred on its sub-rows, its last line on the second's):
    none of its lines is led from a top."""
    out: set[int] = set()
    for col in by_column(body).values():
        for run in _runs_from_tops(col, tops, tol):
            out.update(id(p) for p in run[1:])
    return frozenset(out)


def _runs_from_tops(col: Sequence[Piece], tops: Sequence[float], tol: float) -> list[list[Piece]]:
    """The runs of a column's lines going on from a line standing on a row of figures (_led_from_tops)
    whose next line does not go on at their pitch."""
    runs: list[list[Piece]] = []
    run: list[Piece] = []
    for line in col:
        if run and _goes_on_run(run, line, tol):
            if any(stands_on(line, t) for t in tops):
                run = []  # through a row's line at the cell's own pitch: no cell set at the top
            else:
                run.append(line)
                continue
        elif len(run) > 1:
            runs.append(run)
        run = [line] if any(stands_on(line, t) for t in tops) else []
    return runs + ([run] if len(run) > 1 else [])


def _goes_on_run(run: Sequence[Piece], line: Piece, tol: float) -> bool:
    """True when line stands at most WRAP_GAP_MAX_EM of its height under the run's last line, at the
    run's pitch (within tol) where it has one."""
    last = run[-1]
    gap = line.bbox[1] - last.bbox[3]
    return line.page == last.page and 0 <= gap <= WRAP_GAP_MAX_EM * line.height and (
        len(run) < 2 or abs(line.bbox[1] - last.bbox[1] - (last.bbox[1] - run[-2].bbox[1])) <= tol)


def leads_past_figures(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]]) -> bool:
    """True when a line led from a row's top (_led_from_tops) stands beside a later row of figures off
    its level: a cell set at the top spans that row, whose reading by overlap would part it."""
    levels = [top for _, top in tops]
    led = _led_from_tops(pieces, levels, line_tol(pieces))
    return len({p.page for p in pieces}) == 1 and any(id(p) in led and _beside_off_level(p, t) for p in pieces for t in levels)


def _beside_off_level(p: Piece, top: float) -> bool:
    """True for a line overlapping the line of a row of figures without standing level with it
    (②健康寿命（ / 男性）（歳） over and under its figures' line): set at the top, a row's lines start
    level with its figures, and the next row starts below its last line."""
    return not stands_on(p, top) and p.bbox[1] < top + p.height and p.bbox[3] > top
