"""Lines set in lockstep: rows a table shows by its columns starting lines together.

A card or a table of one-line rows sets every column's line at the same top, row after row,
at one even pitch. Where an engine sets rows without padding, or a label as wide as its column
reads as wrapped, the pitch alone cannot tell a cell's next line from the next row; lines that
start together in every column, row after row, can (extract.pdf.rows uses them). Coordinates
are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.grid import ALIGN_TOL_PT
from extract.pdf.pieces import VALUE_START_RE, WRAP_GAP_MAX_EM, Piece, by_column, is_full
from extract.pdf.top_rows import opens_own_cell, stacks_figures
from normalize.text import nfkc_safe

MIN_PITCH_LINES = 3  # lines at one even pitch in every column are rows when at least this many
PROSE_FULL_SHARE = 0.5  # a column more than this share of whose lines are full is prose
WRAP_GAP_TOL_EM = 0.1  # gaps this close (share of line height) to the smallest gap are the same leading
WRAP_GAP_TOL_PT = 0.5  # ...and at least this close, in points
PADDED_LESS_TOLS = 2.0  # a rows' padding this many line_tols narrower than a cell's leading shows rows padded less than lines are led
FLUSH_LEFT_MIN_LINES = 3  # a column all of whose lines, at least this many, start at one left edge is set flush left


def line_tol(pieces: Sequence[Piece]) -> float:
    """How close two tops or gaps are to count as one: WRAP_GAP_TOL_EM of the smallest line
    height, at least WRAP_GAP_TOL_PT."""
    em = min((p.height for p in pieces), default=0.0)
    return max(WRAP_GAP_TOL_PT, WRAP_GAP_TOL_EM * em)


def is_lockstep(pieces: Sequence[Piece], tol: float) -> bool:
    """True when every column holds one line at each of the same MIN_PITCH_LINES or more tops
    (within tol), one page, evenly pitched (gaps within tol): a card of one-line rows (KPI |
    汚水処理人口普及率 over 担当課 | 建設課 …). A cell wrapped in one column would leave the others
    blank beside its next line, and lines of one cell beside lines of another would sit closer
    than the rows. Columns of prose lines (_is_paragraph) keep to a baseline grid too, and so
    do cells wrapped alike side by side (事業費 / 11億7,547万円 （令和2年 / 度決算額）): no card when
    every column past the first is prose (the first may hold labels as wide as each other,
    Ｈ２８ / Ｈ２９ / Ｈ３０, that look like it)."""
    columns = by_column(pieces)
    tops = [p.bbox[1] for p in next(iter(columns.values()))]
    if len(columns) < 2 or len(tops) < MIN_PITCH_LINES or len({p.page for p in pieces}) > 1:
        return False
    if any(len(col) != len(tops) or any(abs(p.bbox[1] - t) > tol for p, t in zip(col, tops)) for col in columns.values()):
        return False
    pitches = [b - a for a, b in zip(tops, tops[1:])]
    return max(pitches) - min(pitches) <= tol and not all(is_paragraph(col) for col in list(columns.values())[1:])


def is_paragraph(col: Sequence[Piece]) -> bool:
    """True when more than PROSE_FULL_SHARE of a column's lines are full, each one's next line
    text (not a value, nor a cell's figure by itself: opens_own_cell) whose first glyph would not
    have fitted: text wrapped at the column's width, prose set in columns. A card's labels reach the
    column's width now and then (基準値（2018年度） over 直近値（2020年度）), its values rarely (汚水処理人口
    普及率 over 集計中, the next key's marker: corpus seed 904 kpi_cards in typst_borderless); a column
    stacking figures line after line (top_rows.stacks_figures) is none."""
    width = max(p.bbox[2] - p.bbox[0] for p in col)
    full = [is_full(a.bbox, b, width) and not VALUE_START_RE.match(nfkc_safe(b.text)) and not opens_own_cell(a.text, b.text)
            for a, b in zip(col, col[1:])]
    return sum(full) > PROSE_FULL_SHARE * len(full) and not stacks_figures([p.text for p in col])


def lockstep_openers(pieces: Sequence[Piece]) -> frozenset[int]:
    """The lines (by id) set in lockstep: at a top where every column holds one line, within a
    run of the table's tops at one even pitch that holds MIN_PITCH_LINES or more such tops (one
    page; no column past the first prose, is_paragraph: cells of text wrapped side by side keep
    to the pitch too, 採択事業 lists in four year columns, sample 002 in booktabs). Each opens a
    cell, whatever the leading measured elsewhere: the rows of a card set one line each, below a name
    wrapped over two lines (結婚・子育ての希望がかなう / と感じる市民の割合 | 成果指標 centred beside it)
    or above a note (※ 実績値は…), as is_lockstep reads a card that is nothing else. A line at a
    top of the run where some column is blank (a name wrapped at the rows' pitch) is left to the
    leading."""
    return frozenset(id(p) for rows in _lockstep_runs(pieces) for line in rows for p in line)


def row_padding(pieces: Sequence[Piece]) -> float | None:
    """The narrowest gap the table shows between two of its rows: between a line set in lockstep
    (lockstep_openers) and the one below it in its column, in the next row of its run, between
    two lines of a first column set flush left (is_flush_left: a card's keys, 施策名 over KPI), or
    above a row every column starts level (_level_row_gaps); None without such lines."""
    gaps = [b.bbox[1] - a.bbox[3] for rows in _lockstep_runs(pieces) for upper, lower in zip(rows, rows[1:])
            for a in upper for b in lower if a.col == b.col]
    keys = by_column(pieces).get(min((p.col for p in pieces), default=0), [])
    if is_flush_left(keys):
        gaps += [b.bbox[1] - a.bbox[3] for a, b in zip(keys, keys[1:]) if a.page == b.page]
    return min([*gaps, *_level_row_gaps(pieces)], default=None)


def _level_row_gaps(pieces: Sequence[Piece]) -> list[float]:
    """The narrowest gap above each top (within line_tol) where every column, two or more, starts
    one line, each under a line of its column on its page: a row starting across the table, its
    tallest cell above ending the padding over it (②子育て支援センター利用者数 | 7,199（平成 31 年度 /
    令和元年 | 年間 5,493 人…, 1 pt under the row above, corpus seed 875 kpi_baseline_target in
    typst_borderless). Cells wrapped alike side by side stand so at the leading: padding_openers
    opens lines only at a gap narrower than the leading."""
    tol = line_tol(pieces)
    columns = by_column(pieces)
    above = {id(b): a for col in columns.values() for a, b in zip(col, col[1:]) if a.page == b.page}
    return [min(p.bbox[1] - above[id(p)].bbox[3] for p in line) for line in _tops(pieces, tol)
            if len(columns) >= 2 and len(line) == len(columns) == len({p.col for p in line})
            and all(id(p) in above for p in line)]


def is_flush_left(col: Sequence[Piece]) -> bool:
    """True when every line of a column, FLUSH_LEFT_MIN_LINES or more, starts at one left edge
    (within ALIGN_TOL_PT of the leftmost)."""
    lefts = [p.bbox[0] for p in col]
    return len(lefts) >= FLUSH_LEFT_MIN_LINES and max(lefts) - min(lefts) <= ALIGN_TOL_PT


def padding_openers(pieces: Sequence[Piece], limit: float | None) -> frozenset[int]:
    """The lines (by id) set under the line above in their column, as tall as it, at the padding
    between the rows the table shows (row_padding, within line_tol), where that
    padding is narrower than the leading by more than line_tol (limit: the leading plus line_tol,
    rows.wrap_gap_limit). An engine padding its rows less than it leads a cell's lines (Typst: an
    inset of 2 pt, a leading of 0.65 em) sets a cell's next line farther below it than the next
    row, and a cell's lines stand at one leading: a line at the rows' padding opens a cell, though
    the bound on the leading lets it on (成果指標 over 取組内容 beside 関係人口（登録者数） over
    観光情報の発信及び誘客イベント / を実施する, the card's rows 単位 | 人 … below in lockstep, corpus
    seed 980 kpi_cards in typst_borderless; 関係人口の拡大 over 住み続けたいと思う / 中学生の割合 beside
    施策名 over KPI, seed 560)."""
    padding = row_padding(pieces)
    tol = line_tol(pieces)
    if limit is None or padding is None or padding >= limit - PADDED_LESS_TOLS * tol:
        return frozenset()
    opens = frozenset(id(b) for col in by_column(pieces).values() for a, b in zip(col, col[1:])
                      if a.page == b.page and abs(a.height - b.height) <= tol
                      and abs(b.bbox[1] - a.bbox[3] - padding) <= tol)
    return opens | _row_mates(pieces, opens, tol)


def _row_mates(pieces: Sequence[Piece], opens: frozenset[int], tol: float) -> frozenset[int]:
    """The lines (by id) at a top (within tol) where every column, two or more, starts one line and
    one of them opens a cell (opens): a row starts there across the table, and each line of it opens
    its cell, though it stands a leading below the line above in its column (（2020 年）, a header's
    last line, over 28 人（延べ 769, the first body row's, 3.8 pt apart beside 方向 over 関係人 at the
    rows' padding, 1 pt: a taller header cell beside it ends its row; corpus seed 886
    kpi_baseline_target in typst_borderless)."""
    n_cols = len({p.col for p in pieces})
    return frozenset(id(p) for line in _tops(pieces, tol) if n_cols >= 2 and len(line) == n_cols == len({q.col for q in line})
                     and any(id(q) in opens for q in line) for p in line)


def lone_wrap_leading(pieces: Sequence[Piece]) -> float | None:
    """The leading a wrap shows that stands wider than the rows' padding, or None: the narrowest
    gap, at most WRAP_GAP_MAX_EM line heights, between a full line and its continuation (as tall,
    opening no value, from the same left edge within ALIGN_TOL_PT) beside which no other column
    holds a line, when the table pads its rows (row_padding) narrower than that gap by more than
    PADDED_LESS_TOLS line_tols. The rows' gap bounds the leading from above where rows are padded
    more than lines are led; an engine padding its rows less (Typst) sets a card's wrapped value
    (健康づくりの取組にポイントを付与 / する, 3.8 pt apart) wider apart than its rows (39 over 45, 1 pt:
    corpus seed 983 kpi_cards in typst_borderless), and a line no row's cell stands beside is no
    row of its own. padding_openers then opens each line at the padding."""
    padding = row_padding(pieces)
    if padding is None:
        return None
    tol = line_tol(pieces)
    gaps = [b.bbox[1] - a.bbox[3] for col in by_column(pieces).values()
            for width in [max(p.bbox[2] - p.bbox[0] for p in col)] for a, b in zip(col, col[1:])
            if _may_continue(a, b, width, tol) and not _beside_any(b, pieces)]
    return min((g for g in gaps if g > padding + PADDED_LESS_TOLS * tol), default=None)


def _may_continue(a: Piece, b: Piece, width: float, tol: float) -> bool:
    """True when b may be the next line of a's cell in a column width wide: a full, as tall (within
    tol), from a's left edge, opening no value, at most WRAP_GAP_MAX_EM of a's height below it."""
    gap = b.bbox[1] - a.bbox[3]
    return a.page == b.page and 0 <= gap <= WRAP_GAP_MAX_EM * a.height and abs(a.height - b.height) <= tol \
        and abs(a.bbox[0] - b.bbox[0]) <= ALIGN_TOL_PT and is_full(a.bbox, b, width) \
        and not VALUE_START_RE.match(nfkc_safe(b.text))


def _beside_any(line: Piece, pieces: Sequence[Piece]) -> bool:
    """True when a line of another column stands beside line (their heights overlap, one page)."""
    return any(p.col != line.col and p.page == line.page and min(p.bbox[3], line.bbox[3]) > max(p.bbox[1], line.bbox[1])
               for p in pieces)


def _lockstep_runs(pieces: Sequence[Piece]) -> list[list[list[Piece]]]:
    """The runs of rows set in lockstep (lockstep_openers), each its rows top to bottom, each row
    its lines, one per column."""
    if not pieces:
        return []
    tol = line_tol(pieces)
    n_cols = len({p.col for p in pieces})
    out: list[list[list[Piece]]] = []
    for run in _even_runs(_tops(pieces, tol), tol):
        rows = [line for line in run if len(line) == n_cols == len({p.col for p in line})]
        by_col = by_column(p for line in rows for p in line)
        if len(rows) >= MIN_PITCH_LINES and n_cols >= 2 and not any(is_paragraph(c) for c in list(by_col.values())[1:]):
            out.append(rows)
    return out


def _tops(pieces: Sequence[Piece], tol: float) -> list[list[Piece]]:
    """The pieces grouped by top (within tol of the group's first), top to bottom, page by page."""
    groups: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: (p.page, p.bbox[1])):
        if groups and groups[-1][0].page == p.page and p.bbox[1] - groups[-1][0].bbox[1] <= tol:
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def _even_runs(tops: Sequence[list[Piece]], tol: float) -> list[list[list[Piece]]]:
    """The maximal runs of consecutive tops one page, each step as long as the run's first
    (within tol); neighbouring runs share the top between them."""
    runs: list[list[list[Piece]]] = []
    run: list[list[Piece]] = list(tops[:1])
    for a, b in zip(tops, tops[1:]):
        step = b[0].bbox[1] - a[0].bbox[1]
        if a[0].page == b[0].page and (len(run) < 2 or abs(step - (run[1][0].bbox[1] - run[0][0].bbox[1])) <= tol):
            run.append(b)
        else:
            runs.append(run)
            run = [a, b] if a[0].page == b[0].page else [b]
    runs.append(run)
    return runs
