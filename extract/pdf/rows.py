"""Rows of a table drawn without row rules, rebuilt from the lines of text in its columns.

Layout engines wrap a long name, a header and even a number onto several lines of one cell,
centre a short cell beside a tall one, and give rows different heights. A reader groups
lines the way the engine set them:

1. Within a column, lines set at the engine's leading are one cell; a wider gap is the padding
   between two rows. The leading is measured where the engine provably wrapped (a full line
   and its continuation), below the gap between two whole numbers of a column (two rows);
   a table with no such wrap has no wrapped cells: each line is a cell.
2. Cells that overlap vertically are one row: a one-line number centred beside a three-line
   name is in that name's row, whatever the row height.
3. Text the engine cut inside a cell is made whole again (extract.pdf.cuts: 単 over 位 is 単位,
   2,60 over 0 is 2,600), only where the pieces provably belong together.

Coordinates are PDF points, top-left origin; nothing here depends on one renderer's pitch.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extract.pdf.cuts import cell_lines as cell_lines  # the row builders' callers join a cell's lines with it
from extract.pdf.cuts import is_cut_figure
from extract.pdf.lockstep import (MIN_PITCH_LINES as MIN_PITCH_LINES, PROSE_FULL_SHARE as PROSE_FULL_SHARE,
                                  WRAP_GAP_TOL_EM as WRAP_GAP_TOL_EM, WRAP_GAP_TOL_PT as WRAP_GAP_TOL_PT, is_lockstep,
                                  is_paragraph as is_paragraph, line_tol, lockstep_openers, lone_wrap_leading,
                                  padding_openers, row_padding)
from extract.pdf.continued_rows import fold_continued_rows, join_continued_rows
from extract.pdf.heading_ends import lines_after_headings
from extract.pdf.orphan_starts import part_top_set_orphans
from extract.pdf.top_set_heads import lower_header_openers
from extract.pdf.top_rows import fold_top_set_rows, rows_show_top, states_figure
from extract.pdf.wrap_gaps import at_bracket_leading, past_padding
from extract.pdf.lone_rests import fold_lone_rests, leaves_rests
from extract.pdf.figure_levels import figure_tops, labelled_tops
from extract.pdf.figure_rows import body_rows, joins_figure_rows, leads_past_figures, glues_own_row, rows_by_line, runs_past_figures
from extract.pdf.subrow_names import fold_subrow_names
from extract.pdf.header_groups import group_openers, head_leading, head_lines
from extract.pdf.whole_figures import is_whole_figure, is_whole_value as is_whole_value
from extract.pdf.pieces import VALUE_START_RE, WRAP_GAP_MAX_EM as WRAP_GAP_MAX_EM, continuable, Block, Piece, advance as advance, bracket_depth, by_column, is_full, text_bracket_depth
from extract.text_items import opens_numbered_item
from extract.interpret.structure import is_data_value
from normalize.text import nfkc_safe

SOLID_SHARE = 0.5  # lines at most this share of the narrowest row gap apart are one cell's
OVERLAP_SHARE = 0.3  # cells overlapping by this share of the shorter's height share a row
MIN_VALUE_ROWS = 2  # a value column holds values in at least this many rows
WRAPS_PER_ROW_PAIR = 3.0  # wraps at a gap outweigh stacked whole values at it when this many times as many
ROW_START_TOL_EM = 0.1  # a cell whose top lies this share of a line's height from the line's starts on it
MIN_AS_WIDE_GLYPHS = 2  # lines this many glyphs long or longer show a column wider than one glyph
MIN_VALUE_COLUMNS = 2  # the first body row holds data values in this many columns (a header's wrapped year H3 / 0 holds one)
ROW_MATES = 2  # cells of other columns whose first lines, level with a line, show it opens a row
LEADING_TOL_EM = 0.25  # a line further below the one above than the cell's leading by this share of its height leaves the cell
EQUAL_WIDTH_EM = 0.1  # two lines whose widths differ by at most this share of a line height (a fifth of a digit) are as wide


def wrap_gap_limit(pieces: Sequence[Piece]) -> float | None:
    """The widest gap between two lines of one cell, or None when no cell has wrapped lines.

    Two whole numbers one above the other in a column, the first line not full, are two rows:
    their gap bounds the leading from above. The leading shows where a cell has several lines:
    - the engine wrapped a line: a full line (the next line's first glyph would not have
      fitted after it) followed by its continuation;
    - two lines beside two such rows, one beside each, set closer together than the rows are:
      one cell of two lines centred over both rows (a name the author broke, spanning a
      目標 row and a 実績 row), for two separate cells beside them would be as far apart.
    Whole values at a gap far more wraps sit at are stacked in one cell (outnumbered).
    The smallest such gap narrower than WRAP_GAP_MAX_EM line heights and than every row gap is
    the leading; without one, lines set far closer than the rows (_set_solid: the rows of whole
    values, else the label column's lines; a name wrapped closer than the rows of values, its
    values beside one of its lines, corpus seed 508 kpi_year_matrix in pdf_rules) show it; else
    every line is a cell of its own (the kobe 予算比較 tables: one line
    per 科目; a name list whose names never wrap).
    """
    em = min((p.height for p in pieces), default=0.0)
    if em <= 0:
        return None
    tol = line_tol(pieces)
    if is_lockstep(pieces, tol) or _two_rows_of_figures(pieces, tol):
        return None
    gaps = _column_gaps(pieces, em, tol)
    pairs = gaps.pairs
    wraps = past_padding([*gaps.wraps, *_as_leading(gaps.widest, gaps.proved, tol)], gaps.over_values, tol, WRAP_GAP_MAX_EM * em)
    wraps = at_bracket_leading(wraps, gaps.bracketed, tol)
    row_pairs = [pair for pair in gaps.row_pairs if not outnumbered(_gap(*pair), wraps, gaps.row_pairs, tol)]
    row_pairs += _lockstep_row_pairs(pieces, pairs, tol)
    wraps += [max(0.0, _gap(*pair)) for pair in pairs if _tighter_than_rows(pair, row_pairs, tol) and _as_tall(*pair, tol)]
    wraps += [max(0.0, _gap(*pair)) for pair in _in_one_row(pairs, pieces, row_pairs, tol) if _as_tall(*pair, tol)]
    ceiling = min([WRAP_GAP_MAX_EM * em, *(_gap(*pair) - tol for pair in row_pairs)])
    leading = min((g for g in wraps if g <= ceiling), default=None)
    label_col = min(p.col for p in pieces)
    row_gaps = [_gap(*pair) for pair in row_pairs] or [_gap(a, b) for a, b in pairs if a.col == label_col]
    if leading is None and row_gaps:
        leading = _set_solid(pairs, min(row_gaps))
    if leading is None:
        lone = lone_wrap_leading(pieces)  # above the rows' gap, no ceiling: the rows are padded less
        return None if lone is None else lone + tol
    return min(leading + tol, ceiling)


@dataclass(frozen=True, slots=True)
class _ColumnGaps:
    """The gaps between each line and the next in its column, by what the two lines show (wrap_gap_limit)."""

    pairs: tuple[tuple[Piece, Piece], ...]  # every line and the next on its page, overlapping it by less than OVERLAP_SHARE
    row_pairs: tuple[tuple[Piece, Piece], ...]  # two whole values one above the other, no number cut over both: two rows
    wraps: tuple[float, ...]  # the gaps after a full line narrower than its column's widest, as tall as the next
    widest: tuple[float, ...]  # the gaps after a full line as wide as its column's widest
    proved: tuple[float, ...]  # the wraps _proves_wrap vouches for
    over_values: tuple[float, ...]  # the gaps between a line of text and a whole value under it: two rows
    bracketed: tuple[float, ...]  # the wraps after a full line leaving a bracket open: its phrase goes on


def _column_gaps(pieces: Sequence[Piece], em: float, tol: float) -> _ColumnGaps:
    """The gaps of every column's lines (em: the shortest line's height; tol: line_tol), sorted as _ColumnGaps says."""
    wraps: list[float] = []
    widest: list[float] = []
    proved: list[float] = []
    row_pairs: list[tuple[Piece, Piece]] = []
    pairs: list[tuple[Piece, Piece]] = []
    over_values: list[float] = []
    bracketed: list[float] = []
    for col in by_column(pieces).values():
        width = max(p.bbox[2] - p.bbox[0] for p in col)
        for a, b in zip(col, col[1:]):
            gap = _gap(a, b)
            if a.page != b.page or gap < -OVERLAP_SHARE * em:
                continue
            pairs.append((a, b))
            full = is_full(a.bbox, b, width)
            if is_whole_figure(a.text) and is_whole_figure(b.text):
                # 4278 / 5 may be one number; 2,501 / 3 never is, nor is 271 / 613 (as_wide)
                if not full or not continuable(a.text) or as_wide(b, a, em):
                    row_pairs.append((a, b))
            elif _text_over_value(a, b):
                over_values += [gap] if _as_tall(a, b, tol) else []
            elif full and _as_tall(a, b, tol):
                bracketed += [max(0.0, gap)] if text_bracket_depth(a.text) > 0 else []
                (widest if a.bbox[2] - a.bbox[0] >= width - EQUAL_WIDTH_EM * em else wraps).append(max(0.0, gap))
                proved += [max(0.0, gap)] if _proves_wrap(a, b, width, em) else []
    return _ColumnGaps(tuple(pairs), tuple(row_pairs), tuple(wraps), tuple(widest), tuple(proved), tuple(over_values),
                       tuple(bracketed))


def _proves_wrap(a: Piece, b: Piece, width: float, em: float) -> bool:
    """True when a full line narrower than its column's widest (by more than EQUAL_WIDTH_EM) goes on
    in a line opening with no value, at most WRAP_GAP_MAX_EM line heights below it: a wrap its
    column's width proves, not the line's own (a figure under a figure, １，８０５人（延べ５９，５６５日）
    over ２，２８６人…, is the next row, corpus seed 502 kpi_cards in calc_borderless)."""
    return a.bbox[2] - a.bbox[0] < width - EQUAL_WIDTH_EM * em and _gap(a, b) <= WRAP_GAP_MAX_EM * em \
        and not VALUE_START_RE.match(nfkc_safe(b.text))


def _as_leading(widest: Sequence[float], narrower: Sequence[float], tol: float) -> list[float]:
    """The gaps after lines as wide as their column's widest that may be the leading: all of them
    but those narrower (by more than tol) than every wrap _proves_wrap vouches for (narrower). Such a line reads as full by its own width only (施策名 as wide as 当初値 | 目標値, a
    card's keys, over KPI: the next row), while a narrower line that would not take the next glyph
    proves a wrap (住み続けたいと思う / 中学生の割合 beside them, 3.9 pt apart, the rows 1 pt: corpus seed
    560 kpi_cards in typst_borderless); a cell's lines stand at one leading."""
    floor = min(narrower, default=None)
    return [g for g in widest if floor is None or g >= floor - tol]


def _text_over_value(a: Piece, b: Piece) -> bool:
    """True when a line that is no value stands over one that is a whole value by itself: a header
    (or a label) over the first figure of its column, never a wrap, whose continuation reads on
    as words of the line above. The widest line of a column reads as full, so a header wider than
    its figures, over a table of two rows set at the leading of a wrapped cell (LibreOffice
    Calc's solid rows), would measure that leading (（2021年度（令和3年度）） over ２１８８, corpus
    seed 844 kpi_baseline_target in calc_borderless) and join the rows into one. A line that
    digits below could continue, or a grouped figure cut short, is a number cut by a wrap, not
    text (２０． over １ in a narrow ruled cell, corpus seed 717 kpi_year_matrix in html_ruled)."""
    return is_whole_value(b.text) and not is_whole_value(a.text) and not continuable(a.text) \
        and not is_cut_figure(nfkc_safe(a.text).replace(" ", ""))


def _as_tall(a: Piece, b: Piece, tol: float) -> bool:
    """True when two lines of a column are as tall (within tol): the lines of one cell, set in one
    type. A line taller than its neighbour holds a line of another column its box was united with
    (（延べ日数） read on one page line with the next column's 年度）, set 2.5 pt higher beside it,
    corpus seed 736 kpi_year_matrix in pdf_rules, dev5 wordings): the gap to it measures no leading."""
    return abs(a.height - b.height) <= tol


def _lockstep_row_pairs(pieces: Sequence[Piece], pairs: Sequence[tuple[Piece, Piece]], tol: float) -> list[tuple[Piece, Piece]]:
    """The pairs of lines one above the other in a column, both set in lockstep (lockstep_openers):
    two rows, which bound the leading from above, when the lines of some cell beside one line of
    another column sit closer than they do (_in_one_row: 住み続けたいと思う / 中学生の割合 beside
    重要業績評価指標, below 施策名 | 移住・定住の促進 a row's gap above). Without such a cell the
    rows may be set solid, a name wrapped at their very pitch (no padding), and bound nothing."""
    opens = lockstep_openers(pieces)
    lock = [(a, b) for a, b in pairs if id(a) in opens and id(b) in opens]
    return lock if lock and _in_one_row(pairs, pieces, lock, tol) else []


def outnumbered(gap: float, wraps: Sequence[float], row_pairs: Sequence[tuple[Piece, Piece]], tol: float) -> bool:
    """True when at least WRAPS_PER_ROW_PAIR times as many wraps (full lines and their
    continuations) as pairs of whole values one above the other sit at this gap (within tol).
    One gap cannot be both the leading and the padding between rows: far more wrapped lines
    make it the leading, the values then stacked in one cell (5世帯 over 15人 (5年間の合計),
    beside names and notes wrapped at that very leading); about as many (a name list whose
    longest name reads as full) leave the values rows."""
    def near(g: float) -> bool:
        return abs(max(0.0, g) - max(0.0, gap)) <= tol
    n_rows = sum(near(_gap(*pair)) for pair in row_pairs)
    return sum(near(w) for w in wraps) >= WRAPS_PER_ROW_PAIR * n_rows


def _set_solid(pairs: Sequence[tuple[Piece, Piece]], row_gap: float) -> float | None:
    """The leading shown by text set much closer than the rows: lines of a column at most
    SOLID_SHARE of the narrowest row gap apart are lines of one cell (a header cell of three
    lines the author broke, 2026年 / 事業費 / (円), whose neighbours are centred off its lines).
    The rows show in two whole values one above the other and in the label column, whose
    lines are rows, or the lines of one label (then nothing is set closer than them)."""
    close = [max(0.0, _gap(*pair)) for pair in pairs if _gap(*pair) <= SOLID_SHARE * row_gap]
    return min(close, default=None)


def _two_rows_of_figures(pieces: Sequence[Piece], tol: float) -> bool:
    """True when the lines stand at two tops only (one page, within tol), every column holding one line
    at each, and every column but one (the names', wherever it stands) a whole figure at each, none a
    figure cut short (2,01): two rows of one-line cells (特定健診受診率（%） | 59.2 | 47.1 over 移住者数（人）
    | 57 | 77, corpus seed 959; 3 | 移住相談件数 | 558 | 715 over 4 | 創業件数 | 40 | 57, a row number
    before the names, seed 593; kpi_baseline_target in calc_borderless), for a cell wrapped or cut in
    every column alike, each in two, would be a coincidence of its widths. A table of two rows shows no
    leading (each widest line reads as full by its own width) and is_lockstep wants MIN_PITCH_LINES tops."""
    columns = list(by_column(pieces).values())
    if len(columns) < 2 or len({p.page for p in pieces}) > 1 or any(len(col) != 2 for col in columns):
        return False
    tops = (columns[0][0].bbox[1], columns[0][1].bbox[1])
    figured = [all(is_whole_figure(p.text) and not is_cut_figure(nfkc_safe(p.text).replace(" ", "")) for p in col) for col in columns]
    return all(abs(p.bbox[1] - t) <= tol for col in columns for p, t in zip(col, tops)) and figured.count(False) <= 1


def as_wide(rest: Piece, first: Piece, em: float) -> bool:
    """True when a line is as wide as the full line above it (within EQUAL_WIDTH_EM): a number cut
    at its column's width leaves a shorter rest, so two whole values of one width (271 over 613 in
    every column of two rows beside 公共交通利用者数 over 宿泊者数, corpus seed 60
    kpi_year_matrix) are two rows; read as one cut number they would each be glued (271613). A
    column one glyph wide cuts every number glyph by glyph, each line as wide as the next: lines
    of fewer than MIN_AS_WIDE_GLYPHS glyphs tell nothing (8 over 2 over 7, the html_narrow rendition)."""
    glyphs = min(len(rest.text.strip()), len(first.text.strip()))
    return glyphs >= MIN_AS_WIDE_GLYPHS and abs((rest.bbox[2] - rest.bbox[0]) - (first.bbox[2] - first.bbox[0])) <= EQUAL_WIDTH_EM * em


def _gap(a: Piece, b: Piece) -> float:
    return b.bbox[1] - a.bbox[3]


def _beside(a: Piece, b: Piece) -> bool:
    return a.page == b.page and min(a.bbox[3], b.bbox[3]) > max(a.bbox[1], b.bbox[1])


def _tighter_than_rows(pair: tuple[Piece, Piece], row_pairs: Sequence[tuple[Piece, Piece]], tol: float) -> bool:
    """True when two lines of a column sit one beside each of two rows of another column and
    closer together than those rows (by more than tol): the lines of one cell spanning both."""
    a, b = pair
    return any(r.col != a.col and _beside(a, r) and _beside(b, s) and _gap(a, b) < _gap(r, s) - tol
               for r, s in row_pairs)


def _in_one_row(pairs: Sequence[tuple[Piece, Piece]], pieces: Sequence[Piece],
                row_pairs: Sequence[tuple[Piece, Piece]], tol: float) -> list[tuple[Piece, Piece]]:
    """Pairs of lines of a column that one line of another column sits beside, reaching into
    both, set closer together (by more than tol) than any two rows of whole values: one cell of
    two lines with its value centred on them (テレワーク施 / 設利用者数 beside １，８３４人, a label
    column widened by a section heading so that no line of it looks full)."""
    if not row_pairs:
        return []
    row_gap = min(_gap(r, s) for r, s in row_pairs) - tol
    return [(a, b) for a, b in pairs if _gap(a, b) < row_gap and any(
        p.col != a.col and _beside(a, p) and _beside(b, p) for p in pieces)]


def column_blocks(pieces: Sequence[Piece], limit: float | None, opens: frozenset[int] = frozenset()) -> list[Block]:
    """Group each column's lines into cells: consecutive lines at most `limit` apart (same page),
    a line spanning columns (_spanning_lines) only with another such line, never with a line
    of one column (a section heading above a name); a line in opens (by id) opens a cell."""
    blocks: list[Block] = []
    wide = _spanning_lines(pieces)
    for col in by_column(pieces).values():
        run: Block = [col[0]]
        for a, b in zip(col, col[1:]):
            if (limit is not None and a.page == b.page and b.bbox[1] - a.bbox[3] <= limit
                    and id(b) not in opens and (id(a) in wide) == (id(b) in wide)):
                run.append(b)
            else:
                blocks.append(run)
                run = [b]
        blocks.append(run)
    return blocks


def _spanning_lines(pieces: Sequence[Piece]) -> set[int]:
    """The pieces (by id) of the first column whose x-range holds a whole line of another column
    of their page: text set from the table's edge across columns (a section heading over a
    narrow label column), never a line of a label wrapped at its column's width. (A line of a
    later column may be two cells' text run together: (平成28年)で151,71, a baseline's year
    glued to its neighbour's overflowing target.)"""
    order = sorted(pieces, key=lambda p: p.bbox[0])
    starts = [p.bbox[0] for p in order]
    first = min((p.col for p in pieces), default=0)
    out: set[int] = set()
    for p in (p for p in pieces if p.col == first):
        hi = bisect_right(starts, p.bbox[2])
        if any(q.col != p.col and q.page == p.page and q.bbox[2] <= p.bbox[2]
               for q in order[bisect_left(starts, p.bbox[0]):hi]):
            out.add(id(p))
    return out


def _overlap(a: Block, b: Block) -> float:
    """How far two cells overlap vertically (negative: the gap between them); cells on two pages never do."""
    if a[0].page != b[0].page:
        return float("-inf")
    return min(a[-1].bbox[3], b[-1].bbox[3]) - max(a[0].bbox[1], b[0].bbox[1])


def _shares_row(a: Block, b: Block) -> bool:
    return _overlap(a, b) >= OVERLAP_SHARE * min(p.height for p in (*a, *b))


def _centre(block: Block) -> float:
    return (block[0].bbox[1] + block[-1].bbox[3]) / 2


def _reach(block: Block) -> float:
    """How far (pt) a cell may stop short of a cell it reaches: OVERLAP_SHARE of its line height."""
    return OVERLAP_SHARE * min(p.height for p in block)


def _straddles(block: Block, above: Block, below: Block) -> bool:
    """True when a cell reaches into two cells one above the other and sits between them: it is
    not aligned with either (its centre is more than OVERLAP_SHARE of its height from both)."""
    if _overlap(block, above) <= 0 or _overlap(block, below) <= 0:
        return False
    return _between(block, above, below)


def _between(block: Block, above: Block, below: Block) -> bool:
    margin = _reach(block)
    return _centre(above) + margin < _centre(block) < _centre(below) - margin


def _fills_gap(block: Block, above: Block, below: Block) -> bool:
    """True when a cell is centred on two cells one above the other (within OVERLAP_SHARE of its
    height) and fills the gap between them: taller than the gap, stopping short of neither by
    more than _reach and sharing a row with neither (年度 centred over two header lines set
    without padding, touching the second). It cannot be a row of its own between them."""
    up, down, margin = _overlap(block, above), _overlap(block, below), _reach(block)
    centred = abs(_centre(block) - (above[0].bbox[1] + below[-1].bbox[3]) / 2) <= margin
    return (centred and up + down > 0 and min(up, down) > -margin and _between(block, above, below)
            and not (_shares_row(block, above) or _shares_row(block, below)))


def _beside_rows(block: Block, near: Sequence[Block]) -> Iterator[tuple[Block, Block]]:
    """Pairs of cells one above the other in another column, each reached by block, that are
    rows of their own (they do not share a row). near: the cells block overlaps, or more."""
    beside: dict[int, list[Block]] = {}
    for other in near:
        if other[0].col != block[0].col and _overlap(block, other) > -_reach(block):
            beside.setdefault(other[0].col, []).append(other)
    for col in beside.values():
        col.sort(key=lambda b: b[0].bbox[1])
        yield from ((a, b) for a, b in zip(col, col[1:]) if not _shares_row(a, b))


def _overlapping(blocks: Sequence[Block]) -> dict[int, list[Block]]:
    """For each cell (by id), the cells it overlaps vertically or stops short of by less than
    either's _reach: a sweep down each page."""
    order = sorted(blocks, key=lambda b: (b[0].page, b[0].bbox[1]))
    near: dict[int, list[Block]] = {id(b): [] for b in blocks}
    longest = max((_reach(b) for b in blocks), default=0.0)
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            if b[0].page != a[0].page or b[0].bbox[1] >= a[-1].bbox[3] + longest:
                break
            if _overlap(a, b) > -max(_reach(a), _reach(b)):
                near[id(a)].append(b)
                near[id(b)].append(a)
    return near


def _spanning(blocks: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """The cells that span rows (spans_rows), among blocks: those reaching into the rows they
    span, and those filling the gap between them (_fills_gap)."""
    if len({b[0].col for b in blocks}) == len(blocks):
        return [], []  # one cell per column (most bands of a ruled grid): no two rows beside any cell
    near = _overlapping(blocks)
    tall = {id(b) for b in blocks if any(_shares_row(b, x) and _shares_row(b, y) for x, y in _beside_rows(b, near[id(b)]))}
    pairs = {id(b): list(_beside_rows(b, [n for n in near[id(b)] if id(n) not in tall])) for b in blocks if id(b) not in tall}
    straddling = {k for k, ps in pairs.items() if any(_straddles(_block(blocks, k), x, y) for x, y in ps)}
    filling = [b for b in blocks if id(b) in pairs and id(b) not in straddling and any(
        _fills_gap(b, x, y) and _alone(b, x, y, near) for x, y in pairs[id(b)])]
    return [b for b in blocks if id(b) in tall or id(b) in straddling], filling


def _block(blocks: Sequence[Block], key: int) -> Block:
    return next(b for b in blocks if id(b) == key)


def _alone(block: Block, above: Block, below: Block, near: dict[int, list[Block]]) -> bool:
    """True when no other cell of block's column overlaps above or below: a cell spanning two
    rows leaves them blank in its column (a ② between two lines of prose beside it, with ① and
    ③ in the rows around it, is a row of its own)."""
    col = block[0].col
    return not any(n is not block and n[0].col == col and _overlap(n, x) > 0
                   for x in (above, below) for n in near[id(x)])


def spans_rows(block: Block, blocks: Sequence[Block]) -> bool:
    """True when a cell sits beside two cells of another column that are rows of their own (a
    施策 centred over the two indicators it heads): it spans rows and does not make them one.
    It shares a row with both, or it is centred between them reaching into each (_straddles);
    for the latter, cells spanning rows themselves (a chart's labels set down a column) are no
    rows to be between."""
    reaching, filling = _spanning([block, *(b for b in blocks if b is not block)])
    return any(b is block for b in (*reaching, *filling))


def blocks_to_rows(blocks: Sequence[Block]) -> list[list[Block]]:
    """Group cells into rows: a cell overlapping the row's extent by OVERLAP_SHARE joins it. A
    cell spanning rows (spans_rows) joins the first row it overlaps (one filling the gap between
    rows: reaches) and widens none."""
    reaching, filling = _spanning(blocks)
    spanning_ids = {id(b) for b in (*reaching, *filling)}
    rows: list[list[Block]] = []
    extent: tuple[int, float, float] | None = None  # page, top, bottom of the open row
    for block in sorted((b for b in blocks if id(b) not in spanning_ids),
                        key=lambda b: (b[0].page, b[0].bbox[1], b[0].col)):
        page, top, bottom = block[0].page, block[0].bbox[1], block[-1].bbox[3]
        short = min(p.height for p in block)
        if extent is not None and page == extent[0] and min(bottom, extent[2]) - max(top, extent[1]) >= OVERLAP_SHARE * short:
            rows[-1].append(block)
            extent = (page, extent[1], max(extent[2], bottom))
        else:
            rows.append([block])
            extent = (page, top, bottom)

    def home(block: Block, reach: float) -> list[Block] | None:
        return next((row for row in rows if any(_overlap(block, b) > -reach for b in row)), None)

    homes = [(block, home(block, 0.0)) for block in reaching] + [(block, home(block, _reach(block))) for block in filling]
    for block, row in homes:
        if row is None:
            rows.append([block])
        else:
            row.append(block)
    return sorted(rows, key=lambda r: min((b[0].page, b[0].bbox[1]) for b in r))


def pieces_to_rows(pieces: Sequence[Piece]) -> list[list[Block]]:
    """Given the lines of a table's columns, return its rows, each a list of cells (blocks)."""
    if not pieces:
        return []
    spanning = frozenset(_spanning_lines(pieces))
    limit = wrap_gap_limit(pieces)
    rows = _rows_at_leading(pieces, spanning, limit)
    tops = figure_tops(pieces, lambda: rows_show_top(rows, spanning))
    levels = labelled_tops(pieces, tops)
    if runs_past_figures([b for row in rows for b in row], tops) or glues_own_row(rows, spanning) \
            or leaves_rests(body_rows(rows, tops), row_padding(pieces), line_tol(pieces), spanning) \
            or leads_past_figures(pieces, levels) or joins_figure_rows(rows, levels):
        by_line = rows_by_line(pieces, levels, spanning, lambda head: _rows_at_leading(head, spanning, wrap_gap_limit(head)) if head else [])
        return fold_subrow_names(join_continued_rows(by_line, spanning)) if by_line else rows
    if limit is None and (own := head_leading(pieces, levels, wrap_gap_limit)) is not None:
        return _head_read_alone(rows, head_lines(pieces, levels), own, spanning)
    return rows


def _head_read_alone(rows: list[list[Block]], head: Sequence[Piece], limit: float,
                     spanning: frozenset[int]) -> list[list[Block]]:
    """rows with those of the header's lines (head) read again at the header's own leading (limit), where every row
    holds header lines only or none; else rows as they stand (a row joining a header line to the body's)."""
    ids = {id(p) for p in head}
    in_head = [[id(p) in ids for b in row for p in b] for row in rows]
    if not all(all(flags) or not any(flags) for flags in in_head):
        return rows
    return [*_rows_at_leading(head, spanning, limit), *(row for row, flags in zip(rows, in_head) if not any(flags))]


def _rows_at_leading(pieces: Sequence[Piece], spanning: frozenset[int], limit: float | None) -> list[list[Block]]:
    """The rows read from the leading the table's wrapped cells show (limit: wrap_gap_limit; the module's docstring)."""
    tops = figure_tops(pieces)  # without the top_set test: the rows it asks of are the ones read here
    blocks = split_at_row_starts(column_blocks(pieces, limit, lockstep_openers(pieces) | numbered_openers(pieces, limit)
                                                      | padding_openers(pieces, limit) | lines_after_headings(pieces, tops)
                                                      | lower_header_openers(pieces, tops) | group_openers(pieces, tops)))
    blocks = part_top_set_orphans(split_at_row_tops(blocks), lambda bs: blocks_to_rows(split_at_row_lines(bs)), spanning,
                                  ROW_START_TOL_EM, ROW_MATES)
    rows = fold_lone_rests(blocks_to_rows(split_at_row_lines(blocks)), row_padding(pieces), line_tol(pieces), spanning)
    rows = fold_centred_cells(lift_centred_labels(rows))
    return fold_subrow_names(fold_top_set_rows(fold_continued_rows(rows, spanning), spanning))


def lift_centred_labels(rows: list[list[Block]]) -> list[list[Block]]:
    """The rows, each label (first column's cell) centred over its row and the unlabelled row above
    it moved up into that row, when the first row of figures has no label: a name centred by its
    cell spanning two sub-rows (目標 over 実績値（年度末）, the second of two lines) sits level with the
    lower, taller sub-row's first line as a name top-aligned in it would, and only a body whose first
    row goes unnamed shows the names sit lower than the rows they head (corpus seed 504
    kpi_year_matrix in chromium_borderless), or whose first name, reaching the first row's line, is
    centred over its sub-rows all the same (_names_own_row: a name of two lines, corpus seed 807), and
    the label is not centred on its own row; so do the row's other cells holding no figure that are
    centred so (its unit: 創業件数 | 件 over 最新値 | 目指す値). A label
    (with its unit) that makes a row of no figures between two unlabelled rows and is centred over
    both goes up too (健康寿命（男性） | 歳 between 目標 and 実績値, corpus seed 502). A label not
    centred so (a name wrapped over both sub-rows, already in the upper) stays."""
    first = next((k for k, row in enumerate(rows) if _figure_columns(row) >= MIN_VALUE_COLUMNS), None)
    if first is None or _label(rows[first]) is not None and _names_own_row(rows, first):
        return rows
    out = [list(row) for row in rows]
    for k in range(first + 1, len(out)):
        label = _label(out[k])
        if label is None or _label(out[k - 1]) is not None:
            continue
        if _value_columns(out[k]) == 0 and k + 1 < len(out) and _label(out[k + 1]) is None \
                and _centred_over(label, out[k - 1], out[k + 1]):
            out[k - 1].extend(out[k])  # the label and its unit, a row of their own between the two
            out[k] = []
        elif _value_columns(out[k - 1]) and _centred_over(label, out[k - 1], out[k]) and not _centred_over(label, [], out[k]):
            lifted = [b for b in out[k] if b is label or not any(is_data_value(p.text) for p in b)
                      and _centred_over(b, out[k - 1], out[k]) and not _centred_over(b, [], out[k])]
            out[k] = [b for b in out[k] if not any(b is m for m in lifted)]
            out[k - 1].extend(lifted)
    return [row for row in out if row]


def fold_centred_cells(rows: list[list[Block]]) -> list[list[Block]]:
    """The rows, a row of no label and no figure between a labelled row of figures and an unlabelled
    one folded into the upper when each of its cells is centred over the two rows' cells past the
    first column: a unit centred on its indicator's two sub-rows (ふるさと納税寄附額 | 千円 between
    実績値 and 計画, the name wrapped over both from the upper, corpus seed 808 kpi_year_matrix in
    pdf_rules) is the indicator's, as a unit set in its first sub-row is; read as a row of its
    own it left the upper row without it and split the indicator's sub-rows."""
    out = [list(row) for row in rows]
    for k in range(1, len(out) - 1):
        row, upper, lower = out[k], out[k - 1], out[k + 1]
        if not row or _label(row) is not None or _label(upper) is None or _label(lower) is not None or \
                not _value_columns(upper) or not _value_columns(lower) or \
                any(is_data_value(p.text) for b in row for p in b):
            continue
        inner = [b for b in (*upper, *lower) if b[0].col > 0]
        if all(_centred_over(b, inner, []) for b in row):
            upper.extend(row)
            out[k] = []
    return [row for row in out if row]


def _names_own_row(rows: Sequence[Sequence[Block]], first: int) -> bool:
    """True when names sit in their rows, not centred over their sub-rows: the first named row of
    figures followed by unnamed rows has its name centred on it alone, or on no run of it and the
    unnamed rows under it (no such row: nothing shows the names sit lower than their rows)."""
    k = next((k for k in range(first, len(rows) - 1) if _label(rows[k]) is not None and _label(rows[k + 1]) is None
              and _figure_columns(rows[k]) >= MIN_VALUE_COLUMNS), None)
    if k is None:
        return True
    label = _label(rows[k])
    end = next((j for j in range(k + 1, len(rows)) if _label(rows[j]) is not None), len(rows))
    return label is None or _centred_over(label, [], rows[k]) or \
        not any(_centred_over(label, [b for row in rows[k:j] for b in row], []) for j in range(k + 2, end + 1))


def _label(row: Sequence[Block]) -> Block | None:
    return next((b for b in row if b[0].col == 0), None)


def _value_columns(row: Sequence[Block]) -> int:
    """How many columns past the first hold a data value in the row: on a line of a cell, or on its
    lines read together (754人（延べ18,850 over 日）, a value whose note the cell wraps: corpus seed
    704 kpi_progress in pdf_rules, its row taken for a name's between two rows and folded up)."""
    return len({b[0].col for b in row if b[0].col > 0 and (
        any(is_data_value(p.text) for p in b) or is_data_value("".join(p.text for p in b)))})


def _figure_columns(row: Sequence[Block]) -> int:
    """How many columns past the first hold a figure in the row: a data value (_value_columns) or a
    marker standing for one (top_rows.states_figure: …, 集計中, ―). A first row of figures whose one
    later figure is not yet reported (１５．０ | …) is the first name's row all the same (corpus
    seed 739 kpi_year_matrix in typst_borderless: read as unnamed, each name set at its rows' top
    was lifted into the sub-row above it)."""
    return len({b[0].col for b in row if b[0].col > 0 and (
        any(states_figure(p.text) for p in b) or is_data_value("".join(p.text for p in b)))})


def _centred_over(label: Block, upper: Sequence[Block], lower: Sequence[Block]) -> bool:
    """True when the label's centre lies within _reach of the centre of the rows' other cells together, on one page."""
    cells = [b for b in (*upper, *lower) if b is not label]
    if not cells or any(b[0].page != label[0].page for b in cells):
        return False
    top, bottom = min(b[0].bbox[1] for b in cells), max(b[-1].bbox[3] for b in cells)
    return abs(_centre(label) - (top + bottom) / 2) <= _reach(label)


def numbered_openers(pieces: Sequence[Piece], limit: float | None) -> frozenset[int]:
    """The lines of the first column opening with an item's number (①, （1）), by id: each opens a
    cell, though set at the leading of the name wrapped above it (（1）地域産業の振興 over
    ①地域の魅力を発信する / イベントへの参加者数 over ②生産年齢人口, all at the rows' pitch: corpus
    seed 65 kpi_baseline_target in pdf_borderless), unless another column runs a cell on to a
    line level with it from the line above at that leading (60※ over 50,611 beside ①創業件数
    over ②ふるさと納税寄附件数, every line at the leading: the rows are the row builder's to find)."""
    if limit is None:
        return frozenset()
    first = min((p.col for p in pieces), default=0)
    tol = line_tol(pieces)
    runs_on = [b for col in by_column(pieces).values() if col[0].col != first
               for a, b in zip(col, col[1:]) if a.page == b.page and _gap(a, b) <= limit]
    return frozenset(id(p) for p in pieces if p.col == first and opens_numbered_item(p.text) and not any(
        b.page == p.page and abs(b.bbox[1] - p.bbox[1]) <= tol for b in runs_on))


def split_at_row_tops(blocks: Sequence[Block]) -> list[Block]:
    """Part a cell at each of its lines but the first that is level (within ROW_START_TOL_EM of
    its height) with the first line of a cell of another column that also starts a cell level
    with the cell's own first line, while the line above is level with none of that column's:
    cells set at the top of their rows (No. | 担当課 | 予算額) mark each row's top, and a cell
    beside them whose lines run on at the rows' very pitch (rows set without padding, a 事業内容
    wrapped over two lines of each, corpus seed 10 budget_main_projects) holds the text of
    several rows. A cell centred on its row (a name of five lines beside figures on its third,
    beside a description as tall as it) starts level with no cell of the figures' columns and is
    left whole, as is a cell beside the lines of one cell of another column (a 施策 over its
    indicators' rows, their lines one cell too) or beside a row on every line. The cells parted
    mark rows in turn (a name over two rows beside a 課名 column whose wrapped cell held the
    first of them), until no cell parts."""
    out = _split_at_row_tops_once(blocks)
    while len(out) != len(blocks):
        blocks, out = out, _split_at_row_tops_once(out)
    return out


def _split_at_row_tops_once(blocks: Sequence[Block]) -> list[Block]:
    firsts: dict[tuple[int, int], list[float]] = {}
    for blk in blocks:
        firsts.setdefault((blk[0].page, blk[0].col), []).append(blk[0].bbox[1])

    def level(p: Piece, tops: Sequence[float]) -> bool:
        return any(abs(top - p.bbox[1]) <= ROW_START_TOL_EM * p.height for top in tops)

    out: list[Block] = []
    for block in blocks:
        marks = [tops for (page, col), tops in firsts.items()
                 if page == block[0].page and col != block[0].col and level(block[0], tops)]
        if len(block) < 2 or not marks:
            out.append(block)
            continue
        run: Block = [block[0]]
        for a, b in zip(block, block[1:]):
            if any(level(b, tops) and not level(a, tops) for tops in marks) and \
                    bracket_depth(nfkc_safe("".join(p.text for p in run))) <= 0:
                out.append(run)
                run = []
            run.append(b)
        out.append(run)
    return out


def split_at_row_lines(blocks: Sequence[Block]) -> list[Block]:
    """Part a cell before a line of it, past its second, that is level (ROW_START_TOL_EM) with the
    first lines of ROW_MATES or more cells of other columns and set further below the line above
    than the cell's own leading (by LEADING_TOL_EM of its height): the line opens the row those
    cells open. A name centred on its row (中心市街地の歩行者 / 通行量（休日） around its figures)
    took the next row's one-line name (ごみ排出量（1人1日当たり）, level with its 2 | g | 813 …, corpus
    seed 700 kpi_baseline_target in pdf_borderless); a cell spanning rows at one leading stays whole."""
    firsts: dict[int, list[tuple[int, float]]] = {}
    for blk in blocks:
        firsts.setdefault(blk[0].page, []).append((blk[0].col, blk[0].bbox[1]))
    out: list[Block] = []
    for block in blocks:
        run: Block = block[:2]
        for k in range(2, len(block)):
            if _opens_a_row(block, k, firsts.get(block[k].page, [])) and \
                    bracket_depth(nfkc_safe("".join(p.text for p in run))) <= 0:
                out.append(run)
                run = []
            run.append(block[k])
        out.append(run)
    return out


def _opens_a_row(block: Block, k: int, firsts: Sequence[tuple[int, float]]) -> bool:
    line, above, before = block[k], block[k - 1], block[k - 2]
    mates = {col for col, top in firsts
             if col != line.col and abs(top - line.bbox[1]) <= ROW_START_TOL_EM * line.height}
    leading = above.bbox[1] - before.bbox[1]
    return len(mates) >= ROW_MATES and line.bbox[1] - above.bbox[1] - leading > LEADING_TOL_EM * line.height


def split_at_row_starts(blocks: Sequence[Block]) -> list[Block]:
    """Part a cell between two of its lines where another column's cell ends above the middle
    of the second, reaching into the first (nothing of its column beside the second; not a
    cell spanning rows, _spans_rows_of, nor one centred on the cell off the break between them,
    _centred_off_break: 515 beside 地域の魅力を / 発信する / イベントへの参 / 加者数（人）, where
    a group label two rows span starts level with the last line, corpus seed 521 kpi_progress in
    pdf_borderless), and a third column's cell starts on the second (its
    top within ROW_START_TOL_EM of the line's; nothing of its column beside the first; not
    centred on the cell, as a shorter cell of a row set middle is: 計上予算額 in two lines
    beside 事業概要 in four, under 財源内訳 over columns of their own): set at
    the top, the middle or the bottom of one row, a row's one-line cells would not sit both
    above the second line and on it, so the second line opens a row. A header's two rows set
    at the engine's leading, no padding between them (成果指標 centred on both | 基準年度値 over
    | H26 | … | R7, the years R4 … R7 under blank cells) are two rows, not wrapped cells. A
    cell centred on rows it spans (a 施策 beside its indicators, a name beside its 目標 and
    最新値 rows) sits where it may, off the rows' lines."""
    by_col = by_column(p for b in blocks for p in b)
    col_blocks: dict[int, list[Block]] = {}
    for blk in sorted(blocks, key=lambda b: (b[0].page, b[0].bbox[1])):
        col_blocks.setdefault(blk[0].col, []).append(blk)
    firsts, lasts = {id(b[0]): b for b in blocks}, {id(b[-1]): b for b in blocks}

    def alone(p: Piece, other: Piece) -> bool:  # p's column holds nothing beside other
        return not any(_shares_row([q], [other]) for q in by_col[p.col])

    out: list[Block] = []
    for block in blocks:
        run: Block = [block[0]]
        for a, b in zip(block, block[1:]):
            others = [p for col, ps in by_col.items() if col != a.col for p in ps]
            starts = [p for p in others if id(p) in firsts and abs(p.bbox[1] - b.bbox[1]) <= ROW_START_TOL_EM * b.height
                      and alone(p, a) and abs(_centre(firsts[id(p)]) - _centre(block)) > _reach(firsts[id(p)])]
            ends = any(id(p) in lasts and p.bbox[1] < a.bbox[3] and a.bbox[1] < p.bbox[3] < _centre([b])
                       and alone(p, b) and not _centred_off_break(lasts[id(p)], block, a, b)
                       and not _spans_rows_of(lasts[id(p)], block, col_blocks[block[0].col]) for p in others)
            if ends and starts and bracket_depth(nfkc_safe("".join(p.text for p in run))) <= 0 and \
                    not _centred_between_rows(block, a, b, others, firsts):  # 2024年度（ over 令和6年度）
                out.append(run)
                run = []
            run.append(b)
        out.append(run)
    return out


def _centred_between_rows(block: Block, a: Piece, b: Piece, others: Sequence[Piece], firsts: dict[int, Block]) -> bool:
    """True when a cell opens level with no cell of another column (within ROW_START_TOL_EM), its
    line a over no other column's text, and a one-line cell of another column, reaching into both
    lines a and b, is centred on it (within its _reach): both are set across the rows they
    straddle, a rowspan header's lines centred on the band beside No. | 担当部署 (増減（Ａ） over
    －（Ｂ）, corpus seed 519 budget_main_projects in pdf_rules, dev5 wordings), not a row's cell
    over the next row's (基準年度値 over H26, level with 目標値 beside it; 事業費見込額（千円） over
    Ｈ３１ | Ｒ２ | …, a group header over the columns it spans; nor body cells beside figures, 実績 over
    めざす値 of two indicators' sub-rows, corpus seed 709 kpi_year_matrix in html_borderless)."""
    opens_row = any(id(p) in firsts and abs(p.bbox[1] - block[0].bbox[1]) <= ROW_START_TOL_EM * block[0].height
                    for p in others)
    heads = any(p.bbox[0] < a.bbox[2] and a.bbox[0] < p.bbox[2] for p in others)
    beside_figures = any(is_data_value(p.text) and (_beside(p, a) or _beside(p, b)) for p in others)
    return not opens_row and not heads and not beside_figures and any(
        len(firsts.get(id(p), ())) == 1 and _beside(p, a) and _beside(p, b) and abs(_centre([p]) - _centre(block)) <= _reach([p])
        for p in others)


def _centred_off_break(cell: Block, block: Block, a: Piece, b: Piece) -> bool:
    """True when cell is centred on block (within its _reach) and its middle lies off the break
    between block's lines a and b by more than its _reach: a row-mate of all of block's lines
    (515 beside the four lines of 地域の魅力を … 加者数（人）, its middle by the second), where a
    cell centred on the break may span the two rows it parts (成果指標 beside 基準年度値 over H26)."""
    middle, reach = _centre(cell), _reach(cell)
    return abs(middle - _centre(block)) <= reach and (middle < a.bbox[3] - reach or middle > b.bbox[1] + reach)


def _spans_rows_of(cell: Block, block: Block, column: Sequence[Block]) -> bool:
    """True when cell is centred (within its _reach) on a run of two or more cells of column
    (block's, top to bottom) holding block: it spans those rows."""
    same = [b for b in column if b[0].page == block[0].page]
    k = next(i for i, b in enumerate(same) if b is block)
    return any(abs(_centre(cell) - (same[i][0].bbox[1] + same[j][-1].bbox[3]) / 2) <= _reach(cell)
               for i in range(k + 1) for j in range(k, len(same)) if j > i)


def has_value_column(rows: Sequence[Sequence[Block]]) -> bool:
    """True when some column holds one value (a number, with its unit, or a dash) in every row
    but perhaps the first (a header): evidence that lines are rows, not paragraphs of a cell."""
    cols = {p.col for row in rows for block in row for p in block}
    for col in cols:
        cells = ["".join(p.text for b in row if b[0].col == col for p in b) for row in rows]
        values = [bool(VALUE_START_RE.match(nfkc_safe("".join(c.split())))) for c in cells]
        if sum(values) >= MIN_VALUE_ROWS and all(values[1:]):
            return True
    return False


def is_labelled(rows: Sequence[Sequence[Block]], col: int = 0) -> bool:
    """True when every row but perhaps the first (a header) has text in the label column: each
    row opens with its own name (a card's 成果指標, a 科目), where the paragraphs of one cell
    leave it blank below their first line."""
    return all(any(b[0].col == col for b in row) for row in rows[1:])
