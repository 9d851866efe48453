"""Rows whose cells are set at their top, with no padding between rows.

Word's table defaults (cells aligned at the top, no space between rows, printed by LibreOffice
Writer) set a wrapped name's next line as far below its first line as the next row's first line
is below the last line of a row: no leading tells the lines of one cell from two rows, and each
line of a wrapped name reads as a row of its own, holding no figure (結婚・子育ての希望 | 43.4 | … over
がかなう over と感じる市民の割合). The rows' alignment tells them apart, read from the table itself,
never assumed: other engines centre a row's cells on it (Chromium, Calc, reportlab) or set them at
its bottom, and a line holding no figure may then open the next row's name. A line without a
figure is taken into the row above only when no other alignment accounts for the table:
- set at the bottom, a row's lines end on its figures' line: a line without a figure after the
  last row of figures (before a heading or the table's end) refutes it;
- centred, a row's lines reach as far above its figures as below them: the lines without a
  figure between two rows of figures part between them so that each row is centred on its
  figures; when no such parting exists, centring is refuted.
A row whose cells of different heights all start on one line, where no row centres them or ends
them on one line, shows rows set at the top too; such rows, set without padding, may read two
rows as one where figures stand one under another in several columns (76.8 over 2,640): a row
starts on the line where its figures stand, and they are parted there.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.interpret.continuations import continues_name
from extract.interpret.facets import bare_unit
from extract.interpret.structure import is_data_value
from extract.pdf.bracket_notes import is_note_block, is_worded_note, opened_above, opens_noted_figure
from extract.pdf.top_set_band import band_shows_top
from extract.pdf.top_set_starts import fold_name_lines, join_level_rows, part_above_openings, row_height
from extract.pdf.pieces import LATIN_WORD_RE, VALUE_START_RE, WRAP_GAP_MAX_EM, Block, Piece, bracket_depth, continuable, is_full
from extract.text_items import opens_numbered_item
from extract.vocab import FOOTNOTE_MARKS
from normalize import clean_text
from normalize.missing import missing_marker
from normalize.text import nfkc_safe
from normalize.vocab import NOTE_MARK_CHARS, OPEN_BRACKETS, MissingReason

STACKED_COLUMNS = 2  # columns stacking a figure under a figure on one line, showing two rows' lines
CENTRE_TOL_EM = 0.3  # a row is centred on its figures when its middle lies within this share of a line height of theirs
RUN_PITCH_TOL_EM = 0.1  # lines whose steps (top to top) differ by at most this share of a line height stand at one pitch
RUN_STEP_MAX_LINES = 2.0  # a cell's next line stands at most this many of its heights (top to top) under the line before
NO_FIGURE_MARKERS = frozenset({MissingReason.EMPTY.value, MissingReason.UNIT_ONLY.value})  # markers that fill no cell by themselves

Row = list[Block]


def states_figure(text: str) -> bool:
    """True for a line that is a cell's figure by itself: a value, or a marker standing for one (調査なし, ―, ○)."""
    if is_data_value(text):
        return True
    marker = missing_marker(clean_text(text))
    return marker is not None and marker not in NO_FIGURE_MARKERS


def opens_own_cell(upper: str, lower: str) -> bool:
    """True when a line (lower) is a cell's figure by itself (states_figure: a value, 32 人（2022 年度）,
    or a marker, 集計中) under a line leaving no bracket open: no wrap's rest, whatever the upper
    line's width, but the next row's cell (当初値 | 77.3%（2020 年度）under 取組内容 | 学校の ＩＣＴ 環境を整備し
    授業で活用する, a line as wide as its column: corpus seed 954 kpi_cards in typst_borderless). A
    number cut over two lines (4278 / 5) is told apart before (pieces.continuable). A line reading as
    a value only past words of its own (費１１億７，５４７万円（令和２) may be a wrap's rest."""
    opens = VALUE_START_RE.match(nfkc_safe(lower).strip()) is not None if is_data_value(lower) else states_figure(lower)
    return opens and bracket_depth(clean_text(upper)) <= 0


def stacks_figures(texts: Sequence[str]) -> bool:
    """True when two lines one above the other in a column each open with a figure standing by itself
    (opens_own_cell, the upper too): the column sets rows, not a paragraph, whatever share of its other
    lines reads as full (総所得の向上 / 移住相談件数 / 子育て支援課 / 件 over ４２２ over ４００, a card's values as
    wide as each other in a column as wide as they are, corpus seed 784 kpi_cards in typst_borderless).
    Prose runs on in words; a number cut over two lines (4278 / 5) is told apart by its reader."""
    return any(opens_own_cell("", upper) and opens_own_cell(upper, lower) for upper, lower in zip(texts, texts[1:]))


def holds_figure(block: Sequence[Piece]) -> bool:
    """True when a line of a cell's block states a figure (states_figure)."""
    return any(states_figure(p.text) for p in block)


def _has_figure(row: Row) -> bool:
    """True when a cell past the first column holds a figure of its own: a line closing a bracket
    it did not open (9,070人） under 年1,814人（5年間で) ends the cell above, and a figure inside a
    bracket a line above opened or a note in brackets holding words (（延べ46,138日）) qualifies one
    (extract.pdf.bracket_notes)."""
    return any(b[0].col > 0 and not is_worded_note(b) and any(_is_figure_line(p) and not opened_above(b, k)
                                                           for k, p in enumerate(b)) for b in row)


def _cols(rows: Sequence[Row]) -> set[int]:
    return {b[0].col for row in rows for b in row}


def _top(rows: Sequence[Row]) -> float:
    return min(b[0].bbox[1] for row in rows for b in row)


def _bottom(rows: Sequence[Row]) -> float:
    return max(b[-1].bbox[3] for row in rows for b in row)


def opens_own_row(p: Piece, spanning: frozenset[int]) -> bool:
    """True for a line that opens a row of no figures: a heading set across columns or opening an
    item's number ((2)地域産業の振興), or a note under the table (※ 人口は…, or its mark alone in the
    table's first column, its words set apart). A mark alone in a later column (125日 / ※ beside a
    name's second line) refers to a note: the tail of the cell above, no note."""
    text = clean_text(p.text)
    return id(p) in spanning or opens_numbered_item(text) or text.startswith(FOOTNOTE_MARKS) and (
        p.col == 0 or _states_words(text))


def name_centred_over_figures(head: Sequence[Piece], body: Sequence[Piece], first_top: float,
                              spanning: frozenset[int], ends: frozenset[int]) -> bool:
    """True when a name (a line of a column left of every column holding a figure: the first, or the one
    after an item's number, No | 成果指標名, corpus seed 858 kpi_baseline_target in chromium_borderless)
    begins below the header lines of every column holding a figure
    in the body (not a line set across columns, spanning, nor a header cell's last line: ends, by id),
    goes on at one pitch (_pitched_run) down through the first row of figures (first_top) and is centred on
    that row's line (within CENTRE_TOL_EM of a line): set at the top, a name would begin level with its
    figures. A second card set beside the first heads no figures of its own (①中心市街地の歩行 / 者 / 通行量
    （休日） beside ④結婚・子育ての希望が / かなう / と感じる市民の割合, each centred on its row's one line of
    figures, Chromium's cells led solid: corpus seed 736 kpi_baseline_target in chromium_borderless), so
    only the figures' header lines bound the header. A line opening a row of its own (opens_own_row: a
    heading, a note) is no line of a name, unless a line of another column stands level with it (its
    item's number, ①, beside the other card's ④)."""
    first = min((p.col for p in (*head, *body)), default=0)
    figure_cols = {p.col for p in body if p.col != first and states_figure(p.text)}
    bottoms = [p.bbox[3] for p in head if p.col in figure_cols]
    figure = next((p for p in body if p.col in figure_cols and abs(p.bbox[1] - first_top) <= CENTRE_TOL_EM * p.height), None)
    if not bottoms or figure is None:
        return False
    label_cols = range(first, min(figure_cols))

    def mated(p: Piece) -> bool:
        return any(q.col != p.col and abs(q.bbox[1] - p.bbox[1]) <= RUN_PITCH_TOL_EM * p.height for q in head)
    names = sorted((p for p in head if p.col in label_cols and p.bbox[1] >= max(bottoms) and id(p) not in spanning
                    and id(p) not in ends and (not opens_own_row(p, spanning) or mated(p))), key=lambda p: p.bbox[1])
    if not names:
        return False
    col = sorted((p for p in (*head, *body) if p.col == names[0].col), key=lambda p: p.bbox[1])
    run = _pitched_run(col, names[0], spanning)
    middle, tol = (run[0].bbox[1] + run[-1].bbox[3]) / 2, CENTRE_TOL_EM * figure.height
    return len(run) > 1 and abs(middle - (figure.bbox[1] + figure.bbox[3]) / 2) <= tol and run[-1].bbox[1] > figure.bbox[1]


def _pitched_run(col: Sequence[Piece], start: Piece, spanning: frozenset[int]) -> list[Piece]:
    """The lines of a column from start on, each as far below the one before (top to top, within
    RUN_PITCH_TOL_EM of a line) as the second is below start, at most RUN_STEP_MAX_LINES of its heights, none
    opening a row of its own (opens_own_row): one cell's lines at its leading."""
    k = next(i for i, p in enumerate(col) if p is start)
    run = [col[k]]
    for p in col[k + 1:]:
        pitch = p.bbox[1] - run[-1].bbox[1]
        if p.page != start.page or pitch > RUN_STEP_MAX_LINES * p.height or opens_own_row(p, spanning) or \
                len(run) > 1 and abs(pitch - (run[1].bbox[1] - run[0].bbox[1])) > RUN_PITCH_TOL_EM * p.height:
            break
        run.append(p)
    return run


def _states_words(text: str) -> bool:
    return any(ch not in NOTE_MARK_CHARS and not ch.isspace() for ch in text)


def _opens_heading(row: Row, spanning: frozenset[int]) -> bool:
    """True for a row without figures that starts a part of the table or a note: its text is set
    across columns from the table's edge, or its first cell opens a row of its own (opens_own_row:
    an item's number, (2)地域産業の振興, or a note mark, ※ 再掲の事業を含む under the last name, corpus
    seed 826 kpi_progress in typst_borderless). A note the leading proves a line of the name's cell
    is in the name's block already; a row of its own is no next line of the name."""
    return any(id(p) in spanning for b in row for p in b) or any(
        b[0].col == min(c[0].col for c in row) and opens_own_row(b[0], spanning) for b in row)


def _segments(rows: Sequence[Row], spanning: frozenset[int], widths: dict[int, float]) -> list[list[Row]]:
    """The body rows (from the first row of figures) parted before each row that cannot continue
    the row above (_continues)."""
    first = next((k for k, row in enumerate(rows) if _has_figure(row)), len(rows))
    out: list[list[Row]] = []
    for row in rows[first:]:
        if out and (_has_figure(row) or _continues(row, out[-1], spanning, widths)):
            out[-1].append(row)
        else:
            out.append([row])
    return out


def _continues(row: Row, group: Sequence[Row], spanning: frozenset[int], widths: dict[int, float]) -> bool:
    """True when a row without figures may hold the next lines of the cells above it: it is no
    heading, it lies no further below them than one cell's lines (WRAP_GAP_MAX_EM), and each cell
    of it past the first column continues a cell the row above runs on into it (its last line
    full, or a bracket left open) or the name it leaves unfinished (_goes_on_name): a cell set at its row's top fills its column from the row's
    first line, so text under a cell that ends there opens a row of its own (担当部局 | 環境課
    under 現状値 | 394人)."""
    above = _run_above(group)
    gap = min(b[0].bbox[1] for b in row) - _bottom(above)
    if _opens_heading(row, spanning) or gap > WRAP_GAP_MAX_EM * row_height(row):
        return False
    first = min(b[0].col for r in above for b in r)
    return all(b[0].col == first or _runs_on(_cell(above, b[0].col), b, widths) or _goes_on_name(_cell(above, b[0].col), b)
               for b in row)


def _goes_on_name(upper: Block, lower: Block) -> bool:
    """True when a cell of one line goes on the name the cell above leaves unfinished (continues_name:
    no noun phrase by itself, one with it): a name the author broke before its column's width (住み続けたいと
    思う over 中学生の割合 under 総所得の向 / 上, every line on Typst's grid in 6 pt type, corpus seed 817
    kpi_progress in typst_borderless, dev4 wordings), which no full line proves."""
    return bool(upper) and len(lower) == 1 and not states_figure(upper[-1].text) and \
        continues_name(clean_text(upper[-1].text).strip(), clean_text(lower[0].text).strip())


def _cell(rows: Sequence[Row], col: int) -> Block:
    return [p for row in rows for b in row if b[0].col == col for p in b]


def _run_above(group: Sequence[Row]) -> list[Row]:
    """The last row of figures of a group and the rows after it."""
    k = max((i for i, row in enumerate(group) if _has_figure(row)), default=0)
    return list(group[k:])


def _centred_parting(group: Sequence[Row], widths: dict[int, float]) -> bool:
    """True when the rows without figures of a group part between its rows of figures so that
    each row of figures, with the rows it takes, has every column's cell centred on the row
    (_is_centred); the first may take rows from the group's start on, the last takes the rest.
    No parting falls before a row without figures whose first cell the engine wrapped from the row
    above (_wrapped_on: 住宅用太陽光発電設備設置 over 補助, a full line's next words): that line is the
    name's (corpus seed 770 budget_supplementary in writer_borderless, where 補助 / まち・ひと・しごと創生
    / 推進交付金事業 read as one name centred on its figures)."""
    figs = [k for k, row in enumerate(group) if _has_figure(row)]
    if not figs:
        return True
    starts = set(range(figs[0] + 1))  # where the next row of figures may start taking rows
    for n, k in enumerate(figs):
        end = figs[n + 1] if n + 1 < len(figs) else len(group)
        starts = {j for start in starts for j in range(k + 1, end + 1)
                  if _is_centred(group[start:j]) and (j == end or not _wrapped_on(group[j - 1], group[j], widths))}
    return len(group) in starts


def _wrapped_on(above: Row, row: Row, widths: dict[int, float]) -> bool:
    """True when the row's first cell opens with the words the engine wrapped from the first cell of
    the row above in its column (its last line full: _wraps)."""
    first = min(b[0].col for r in (above, row) for b in r)
    upper, lower = _cell([above], first), _cell([row], first)
    return bool(upper and lower) and _wraps(upper[-1], lower[0], widths)


def _is_centred(rows: Sequence[Row]) -> bool:
    """True when every column's text in rows is centred on their whole extent (within CENTRE_TOL_EM)."""
    middle, tol = (_top(rows) + _bottom(rows)) / 2, CENTRE_TOL_EM * min(row_height(r) for r in rows)
    for col in _cols(rows):
        cells = [[b for b in row if b[0].col == col] for row in rows]
        cell = [row for row in cells if row]
        if abs((_top(cell) + _bottom(cell)) / 2 - middle) > tol:
            return False
    return True


def _wraps_below_figures(group: Sequence[Row], widths: dict[int, float]) -> bool:
    """True when a row without figures follows the group's last row of figures, or a cell of a row
    of figures runs on into the row below it (its last line full, or a bracket left open): no row
    set at its bottom runs on below its figures' line."""
    if any(_has_figure(row) for row in group) and not _has_figure(group[-1]):
        return True
    return any(_has_figure(row) and not _has_figure(below) and any(_runs_on(_cell([row], b[0].col), b, widths) for b in below)
               for row, below in zip(group, group[1:]))


def _runs_on(upper: Block, lower: Block, widths: dict[int, float]) -> bool:
    """True when a cell runs on into the cell below it in its column: it leaves a bracket open, the
    line below is a tail no cell holds alone (218001千 over 円, 166 over ※), the lines below are one
    note in brackets (（4年間で over 113,488件）: extract.pdf.bracket_notes) or open with the unit of
    the figure above (unit_goes_on), or the engine wrapped its last line."""
    if not upper:
        return False
    if bracket_depth(clean_text("".join(p.text for p in upper))) > 0 or _is_tail(lower[0].text) or is_note_block(lower):
        return True
    if unit_goes_on(upper[-1].text, lower[0].text):
        return True
    return _wraps(upper[-1], lower[0], widths)


def _wraps(line: Piece, below: Piece, widths: dict[int, float]) -> bool:
    """True when the engine wrapped a line of text onto the line below: it is full, and no figure
    (a figure's column is as wide as its widest figure: each of those reads as full)."""
    return not states_figure(line.text) and is_full(line.bbox, below, widths[below.col])


def unit_goes_on(line: str, below: str) -> bool:
    """True when a figure without its unit is followed by a line opening with that unit and a
    note in brackets (年間19,840 over 人（4年間で): the engine broke between the digits and the unit,
    which opens no cell of its own."""
    folded = clean_text(below).replace(" ", "")
    head = next((k for k, ch in enumerate(folded) if ch in OPEN_BRACKETS), 0)
    return clean_text(line)[-1:].isdigit() and head > 0 and bare_unit(folded[:head]) is not None


def _is_tail(text: str) -> bool:
    """True for a line that ends a cell above it, never a cell alone: a bare unit, note marks, or a
    note in brackets (（H30） under 14人（延べ370日）: the year it was measured) that opens no item."""
    folded = clean_text(text).replace(" ", "")
    return bare_unit(folded) is not None or bool(folded) and all(ch in NOTE_MARK_CHARS for ch in folded) \
        or _is_bracket_note(folded)


def _is_bracket_note(folded: str) -> bool:
    """True for text that is one group in brackets, (H30) or (延べ日数), and no item's number ((1))."""
    if not folded or folded[0] not in OPEN_BRACKETS or opens_numbered_item(folded):
        return False
    return all(bracket_depth(folded[:k]) > 0 for k in range(1, len(folded))) and bracket_depth(folded) == 0


def _lines_refute_centre_and_bottom(rows: Sequence[Row], spanning: frozenset[int], widths: dict[int, float]) -> bool:
    """True when the rows without figures part between the rows of figures so that no row is
    centred on its figures, and some run on below their figures' line (module docstring)."""
    groups = _segments(rows, spanning, widths)
    first = len(rows) - sum(len(g) for g in groups)
    # the first row of figures may take lines above it, below the header, if centred on them
    leads = [[*rows[:first], *g] if k == 0 else g for k, g in enumerate(groups)]
    centre_refuted = band_shows_top(rows[:first]) or not all(_centred_parting(g, widths) for g in leads)
    return centre_refuted and any(_wraps_below_figures(g, widths) for g in groups)


def _column_cells(row: Row) -> list[Block]:
    return [_cell([row], col) for col in sorted(_cols([row]))]


def shows_alignment(row: Row, side: str) -> bool:
    """True when a row's cells of different heights line up on one side: 'top', 'middle' or
    'bottom' level (within CENTRE_TOL_EM of a line), their other sides not all level."""
    cells = _column_cells(row)
    tol = CENTRE_TOL_EM * row_height(row)
    edges = {"top": [c[0].bbox[1] for c in cells], "bottom": [c[-1].bbox[3] for c in cells],
             "middle": [(c[0].bbox[1] + c[-1].bbox[3]) / 2 for c in cells]}

    def level(xs: list[float]) -> bool:
        return max(xs) - min(xs) <= tol
    return level(edges[side]) and not all(level(xs) for xs in edges.values())


def _rows_show_top(rows: Sequence[Row], widths: dict[int, float]) -> bool:
    """True when a row of figures has cells of different heights starting on one line, a taller
    one provably one cell (its first line full: the engine wrapped it), and no row has its cells
    centred on one middle or ending on one line."""
    body = [row for row in rows if _has_figure(row)]
    return any(shows_alignment(row, "top") and any(len(c) > 1 and _wraps(c[0], c[1], widths) for c in _column_cells(row))
               for row in body) and not any(shows_alignment(row, side) for row in body for side in ("middle", "bottom"))


def rows_show_top(rows: Sequence[Row], spanning: frozenset[int] = frozenset()) -> bool:
    """True when the table's own rows of figures show them set at their top (_rows_show_top), not the
    lines the rows without figures leave (is_top_set reads those too)."""
    return _rows_show_top(rows, column_widths(rows, spanning))


def _stacked_tops(row: Row, widths: dict[int, float]) -> list[float]:
    """The tops of the lines past a row's first at which STACKED_COLUMNS or more columns stack a figure
    under a figure of the same cell, not one number the engine may have cut over them (46 over 6 in
    a column two digits wide): in rows set at their top, with no padding, the lines of two rows. The
    lower figure may open a note it leaves open or be read on with its unit's rest (_opens_figure)."""
    tol = CENTRE_TOL_EM * row_height(row)
    tops = [b[k].bbox[1] for b in row if b[0].col > 0 for k in range(1, len(b))
            if _opens_figure(b, k) and _is_figure_line(b[k - 1]) and not _may_be_cut(b[k - 1], b[k], widths)]
    return sorted({t for t in tops if sum(abs(u - t) <= tol for u in tops) >= STACKED_COLUMNS and t > _top([row]) + tol})


def _opens_figure(block: Block, k: int) -> bool:
    """True when line k of a cell's block states a figure: by itself (_is_figure_line), before a note
    in brackets it leaves open (421 over 1,801人（延べ: bracket_notes.opens_noted_figure), or opening
    with a number whose unit the line below completes (45 件 over 6,901 世 / 帯, 28.3% over 683,205t- /
    CO2: read on, a figure)."""
    line = block[k]
    if _is_figure_line(line) or opens_noted_figure(line.text):
        return True
    return k + 1 < len(block) and VALUE_START_RE.match(nfkc_safe(line.text).strip()) is not None \
        and states_figure(clean_text(line.text + block[k + 1].text))


def _may_be_cut(line: Piece, below: Piece, widths: dict[int, float]) -> bool:
    """True when a full line's number may run on with the digits below it (extract.pdf.cuts)."""
    return continuable(line.text) and is_full(line.bbox, below, widths[below.col])


def _is_figure_line(p: Piece) -> bool:
    return states_figure(p.text) and bracket_depth(clean_text(p.text)) >= 0


def split_stacked_rows(rows: Sequence[Row], widths: dict[int, float]) -> list[Row]:
    """The rows, each parted at the lines where figures stack in several columns (_stacked_tops):
    each cell's lines from such a line on open the next row."""
    out: list[Row] = []
    for row in rows:
        tol = CENTRE_TOL_EM * row_height(row)
        bounds = [float("-inf"), *(t - tol for t in _stacked_tops(row, widths)), float("inf")]
        for lo, hi in zip(bounds, bounds[1:]):
            part = [kept for kept in ([p for p in b if lo <= p.bbox[1] < hi] for b in row) if kept]
            if part:
                out.append(part)
    return out


def column_widths(rows: Sequence[Row], spanning: frozenset[int] = frozenset()) -> dict[int, float]:
    """Each column's width as its widest line shows it (pt), but a line set across columns from
    the table's edge (spanning, by id: a heading wider than its column, (1)子育て環境の充実) and a
    word the engine could not break, wrapped onto a line of its own (_may_overflow)."""
    widths: dict[int, float] = {}
    for b in (b for row in rows for b in row):
        for k, p in enumerate(b):
            widths[p.col] = max(widths.get(p.col, 0.0), 0.0 if id(p) in spanning or _may_overflow(b, k) else p.bbox[2] - p.bbox[0])
    return widths


def _may_overflow(block: Block, k: int) -> bool:
    """True for a line of a cell past its first that is one run of Latin letters and digits, no
    figure: a word no engine breaks (pieces.LATIN_WORD_RE), wrapped onto a line of its own because
    it did not fit, which Typst and browsers set past the column's edge (CO2 of t- over CO2 in a
    unit column three glyphs wide, beside 事 over 業 over 者, corpus seed 834 kpi_progress in
    typst_borderless): its width shows no column's."""
    text = nfkc_safe(block[k].text).replace(" ", "")
    word = LATIN_WORD_RE.match(text)
    return k > 0 and word is not None and word.group() == text and not is_data_value(text)


def is_top_set(rows: Sequence[Row], spanning: frozenset[int] = frozenset()) -> bool:
    """True when the table shows its rows set at their top (the module's docstring), as
    fold_top_set_rows reads it."""
    widths = column_widths(rows, spanning)
    return _rows_show_top(rows, widths) or _lines_refute_centre_and_bottom(rows, spanning, widths)


def fold_top_set_rows(rows: Sequence[Row], spanning: frozenset[int] = frozenset()) -> list[Row]:
    """The rows, when the table shows them set at their top (see the module's docstring), parted
    where figures stack (split_stacked_rows, when a row's cells show it) and each row without figures that continues the cells
    above it taken into the row of figures above it; else as given. spanning: the pieces (by id)
    set across columns from the table's edge (headings)."""
    widths = column_widths(rows, spanning)
    by_rows = _rows_show_top(rows, widths)
    if not by_rows and not _lines_refute_centre_and_bottom(rows, spanning, widths):
        return [list(r) for r in rows]
    # figures stacked in a cell part rows only where a row's own cells show them set at the top
    # and so do the openings of rows (extract.pdf.top_set_starts): a row's cells centred would not open level
    rows = part_above_openings(join_level_rows(split_stacked_rows(rows, widths))) if by_rows else rows
    groups = _segments(rows, spanning, widths)
    first = len(rows) - sum(len(g) for g in groups)
    out = [list(r) for r in rows[:first]]
    for group in groups:
        k = next((i for i, row in enumerate(group) if _has_figure(row)), len(group))
        out.extend(list(r) for r in group[:k + 1])
        for row in group[k + 1:]:
            if _has_figure(row):
                out.append(list(row))
            else:
                out[-1].extend(row)
    figure_columns = frozenset(b[0].col for row in out for b in row if b[0].col > 0 and holds_figure(b))
    closed = [_has_figure(row) or _opens_heading(row, spanning) for row in out]
    # a name's next lines are read where the rows or the header band show the top (a centred name opens above its figures)
    return fold_name_lines(out, figure_columns, closed) if by_rows or band_shows_top(_band(rows)) else out


def _band(rows: Sequence[Row]) -> Sequence[Row]:
    """The header rows: those above the first row whose cell past the first column opens on a figure,
    or on a figure before a note it leaves open (26人（延べ over 539日）)."""
    first = next((k for k, row in enumerate(rows) if any(b[0].col > 0 and _opens_figure(b, 0) for b in row)), len(rows))
    return rows[:first]
