"""Header cells wrapped over lines set as solid as the rows: one header row, not several.

An engine setting a table's rows with no padding (a word processor's table at its default cell
margins, no borders) sets a header cell's wrapped lines exactly as far apart as the header's rows:
no leading tells a cell's next line from the next row (extract.pdf.rows reads each line as a row
of its own). The page shows the wrap otherwise: the line broke because its column was full (the
next line's first glyph would not have fitted after it), the next line goes on in the same column,
set as the first is (centred on the same middle, or starting at the same left edge), and the
whole header row below holds nothing but such next lines. Headers wrapped to different numbers
of lines leave rows holding the rest of some of them only; a group header over sub-headers
spans several columns, and its sub-headers under its row's blank cells are a row of their own.

An engine padding its rows less than it leads a cell's lines (Typst: an inset of 2 pt, a leading
of 0.65 em) sets a cell's next line farther below it than the next row: no bound on the gap tells
them apart, the pitch does. A cell's lines stand at one leading wherever it wraps: a full line and
its rest set at a gap other than the padding between the body's rows prove it (band_leading), and
a line set at that leading under a line of its column, centred on it or flush with it, goes on
that line's cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.interpret.structure import is_data_value
from extract.pdf.cells import CELL_GAP_EM
from extract.pdf.grid import ALIGN_TOL_PT, BBox, Interval, RawCell, union_bbox
from extract.pdf.hanging import INK_SHARE, LEFT_INK_GLYPHS
from extract.pdf.level_heads import split_level_sub_headers
from extract.pdf.lockstep import FLUSH_LEFT_MIN_LINES as FLUSH_LEFT_MIN_LINES, WRAP_GAP_TOL_EM, WRAP_GAP_TOL_PT, is_flush_left, lockstep_openers
from extract.pdf.pieces import WRAP_GAP_MAX_EM, Piece, advance, is_full, text_bracket_depth
from extract.pdf.top_set_heads import HEADER_ROW_MATES
from extract.text_items import opens_numbered_item

NARROW_WRAP_LINES = 2  # a body cell this many header lines tall wraps in its column, proving its width


def join_wrapped_header_rows(rows: Sequence[tuple[RawCell, ...]], cols: Sequence[Interval]) -> list[tuple[RawCell, ...]]:
    """The rows, each header row (above the first row holding a data value past its first column)
    holding only the next lines of the cells above it (_continues_row) joined to the row above,
    cell by cell. A row set in lockstep with the rows around it (_in_lockstep) is a row: a
    card's keys and values one line each, at one even pitch (重要業績評価指標 | スポーツ施設利用者数
    over 担当部局 | 生涯学習課, each line as wide as its column, corpus seed 983 kpi_cards in
    typst_borderless)."""
    out = split_level_sub_headers(rows, _header_rows(rows))
    leading, flush, locked = band_leading(out, cols), flush_left_columns(out), _in_lockstep(out)
    r = 1
    while r < min(len(out), _header_rows(out), _section_heading_row(out)):
        upper, lower = out[r - 1], out[r]
        proved = set() if locked[r] else proved_wraps(upper, lower, cols, out[_header_rows(out):])
        lifted = set() if locked[r] else _lifted_cells(upper, lower, cols, leading) or proved
        if not locked[r] and (_continues_row(upper, lower, cols, leading, flush) or proved and _rest_goes_on(out, r, proved)
                              or rests_past_padding(upper, lower, out[_header_rows(out):])):
            out[r - 1] = tuple(_joined(a, b) if b.raw.strip() else a for a, b in zip(upper, lower))
            del out[r], locked[r]
        elif lifted:
            out[r - 1] = tuple(_joined(a, b) if k in lifted else a for k, (a, b) in enumerate(zip(upper, lower)))
            out[r] = tuple(replace(b, raw="", line_bboxes=()) if k in lifted else b for k, b in enumerate(lower))
            if r + 1 < _header_rows(out) and (risen := _risen(out[r - 1], out[r], out[r + 1], lifted)) is not None:
                out[r] = risen
                del out[r + 1], locked[r + 1]
        else:
            r += 1
    return out


def _section_heading_row(rows: Sequence[Sequence[RawCell]]) -> int:
    """The index of the first row past the first holding one cell only, its text opening with an
    item's number (a section heading over the body rows: （1）防災・減災の推進 under （R4年度（2022））,
    set flush right as a spreadsheet sets a merged cell when its first column is formatted for numbers,
    corpus seed 859 kpi_baseline_target in calc_borderless), else len(rows): the header ends above it,
    none of its cells goes on there."""
    return next((r for r, row in enumerate(rows) if r and len([c for c in row if c.raw.strip()]) == 1
                 and opens_numbered_item(next(c.raw for c in row if c.raw.strip()))), len(rows))


def _lifted_cells(upper: Sequence[RawCell], lower: Sequence[RawCell], cols: Sequence[Interval],
                  leading: float | None) -> set[int]:
    """The columns (by index) of the cells of a header row that go on the cell above at the header's
    proved leading (band_leading), after a line that filled its column or in a cell already over
    several lines, where the rest of the row are cells of their own: sub-headers at the rows'
    padding (課 over 名 in a column a glyph wide, 名 level with 国県 | 地方債 under 財源内訳, corpus
    seed 978 budget_main_projects; 指標の名 over 称 level with the years 2025 | 2024 | …, seed 970
    kpi_year_matrix, typst_borderless). The lifted lines stand off the rest's tops by more than
    WRAP_GAP_TOL_PT (the leading and the padding the header proved apart): sub-headers all level,
    some flush under a group header wider than its column (実績（確定値） over 令和6年度, corpus
    seed 701 kpi_year_matrix in html_borderless), are one row. None is lifted where every filled
    cell goes on (_continues_row joins the rows), nor where fewer than HEADER_ROW_MATES cells stay:
    a row of sub-headers shows itself by cells level with each other (取組内容 alone beside 健康づくりの
    …, a card's key and its value set a little lower, corpus kpi_cards in calc_borderless, is none)."""
    if leading is None or len(upper) != len(lower):
        return set()
    filled = [k for k, c in enumerate(lower) if c.raw.strip()]
    lifted = {k for k in filled if _at_leading(upper[k], lower[k], leading) and goes_on_cell(upper[k], lower[k], leading)
              and _wraps_into(upper[k], lower[k], cols[k])}
    rest = [k for k in filled if k not in lifted]
    if len(rest) < HEADER_ROW_MATES:
        return set()  # one cell beside it shows no row of sub-headers (a card's key beside its value's first line)
    set_apart = all(abs(_first_line(lower[k])[1] - _first_line(lower[j])[1]) > WRAP_GAP_TOL_PT for k in lifted for j in rest)
    return lifted if rest and set_apart else set()


def proved_wraps(upper: Sequence[RawCell], lower: Sequence[RawCell], cols: Sequence[Interval],
                 body: Sequence[Sequence[RawCell]]) -> set[int]:
    """The columns (by index) of the cells of a header row that go on the cell above, set under it
    (_under) within WRAP_GAP_MAX_EM of its height, where the page proves the wrap whatever the gap
    (at 6 pt Typst's leading as wide as its padding, no gap tells it: _lifted_cells): the upper
    line filled a column the body sets no wider (_set_narrow: 課 over 名 in a column a glyph wide,
    子育て支援課 a glyph a line under it, corpus seed 864 budget_main_projects), or the lower line
    closes a bracket the upper left open (目標値（最終年 over 度）, over Ｒ４, corpus seed 860
    kpi_year_matrix, typst_borderless)."""
    if len(upper) != len(lower):
        return set()
    return {k for k in _filled(lower) if upper[k].raw.strip() and upper[k].page == lower[k].page
            and upper[k].col_span == 1 == lower[k].col_span and _under(upper[k], lower[k])
            and 0 <= _gap(upper[k], lower[k]) <= WRAP_GAP_MAX_EM * _height(upper[k])
            and (_wrapped_at(upper[k], lower[k], cols[k]) and _set_narrow(upper[k], body, k) and not _may_head_next(upper, lower, k)
                 or _closes_bracket(upper[k], lower[k]))}


def rests_past_padding(upper: Sequence[RawCell], lower: Sequence[RawCell], body: Sequence[Sequence[RawCell]]) -> bool:
    """True when every filled cell of a header row stands under the cell above it (_under), that
    cell's last line the lowest of its row, further below it than the body's rows of figures stand
    apart (figure_row_gap) by more than WRAP_GAP_TOL_PT and within WRAP_GAP_MAX_EM of its height: a
    next row would start at the rows' padding under the row's lowest line, so the line goes on its
    cell, set at a leading wider than the padding (Typst: 若者定住奨励 over 金交付件数 over （件）, 4 pt
    apart, the rows 1 pt, under 実績値 centred over two columns, corpus seed 987 kpi_transposed in
    typst_borderless)."""
    padding = figure_row_gap(body)
    filled = _filled(lower)
    if padding is None or not filled or len(upper) != len(lower):
        return False
    bottom = max(_last_line(c)[3] for c in upper if c.raw.strip()) if _filled(upper) else 0.0

    def goes_on(k: int) -> bool:
        a, b = upper[k], lower[k]
        if not a.raw.strip() or a.page != b.page or a.col_span != 1 or b.col_span != 1 or not _under(a, b):
            return False
        return _last_line(a)[3] >= bottom - WRAP_GAP_TOL_PT and padding + WRAP_GAP_TOL_PT < _gap(a, b) <= WRAP_GAP_MAX_EM * _height(a)
    return all(goes_on(k) for k in filled)


def figure_row_gap(body: Sequence[Sequence[RawCell]]) -> float | None:
    """The narrowest gap between two figures of one line each, one over the other in a column on
    rows next to each other: the padding between the body's rows (a cell's wrapped lines hold no
    figure on each), or None where no column shows two."""
    gaps = [_gap(a, b) for upper, lower in zip(body, body[1:]) for a, b in zip(upper, lower)
            if a.page == b.page and _is_figure_line(a) and _is_figure_line(b) and _gap(a, b) >= 0]
    return min(gaps, default=None)


def _is_figure_line(cell: RawCell) -> bool:
    return len(cell.line_bboxes) <= 1 and "\n" not in cell.raw and is_data_value(" ".join(cell.raw.split()))


def _rest_goes_on(rows: Sequence[Sequence[RawCell]], r: int, proved: set[int]) -> bool:
    """True when the whole of header row r goes on the row above, some of its cells proved to
    (proved_wraps): every other filled cell goes on the cell above it (goes_on_cell) at the gap the
    proved ones stand at, a cell's leading the page proved, and no row under them rises into the
    proved columns (_risen). A row of sub-headers heads each column the row above heads: Ｈ２６ under
    策定時 beside 度） under 目標値（最終年, Ｒ４ rising under it, are sub-headers (corpus seed 860
    kpi_year_matrix in typst_borderless); 値 under H26 現況 beside 度末） under R3 実績値（年, nothing
    under 度末）, is the rest of its cell (corpus seed 742 kpi_year_matrix)."""
    upper, lower = rows[r - 1], rows[r]
    filled = _filled(lower)
    if filled == proved:
        return True
    gaps = [_gap(upper[k], lower[k]) for k in proved]
    leading = min(gaps)
    if max(gaps) - leading > WRAP_GAP_TOL_PT or not all(goes_on_cell(upper[k], lower[k], leading) for k in filled - proved):
        return False
    joined = tuple(_joined(a, b) if k in proved else a for k, (a, b) in enumerate(zip(upper, lower)))
    blanked = tuple(replace(b, raw="", line_bboxes=()) if k in proved else b for k, b in enumerate(lower))
    return not (r + 1 < _header_rows(rows) and _risen(joined, blanked, rows[r + 1], proved) is not None)


def _may_head_next(upper: Sequence[RawCell], lower: Sequence[RawCell], k: int) -> bool:
    """True when the cell after upper[k] is blank over a sub-header of the lower row: upper[k] may be
    a group header set flush left over it, as wide as its own column by chance, and lower[k] a
    sub-header level with the rest (到達目標 over Ｒ２ | Ｒ３ | Ｒ４, 67.0万人 / 回/年 under it as wide,
    corpus seed 749 kpi_year_matrix in html_borderless)."""
    return k + 1 < len(upper) and not upper[k + 1].raw.strip() and bool(lower[k + 1].raw.strip())



def _risen(above: Sequence[RawCell], blanked: Sequence[RawCell], below: Sequence[RawCell], lifted: set[int]) -> tuple[RawCell, ...] | None:
    """The row a lift blanked, the row below moved up into it, when that row holds cells in lifted
    columns only, each set under the lifted line (_under) within WRAP_GAP_MAX_EM of its height: the
    lifted cells' sub-headers, standing to them as the row's cells to theirs (Ｒ４ under 目標値（最終年
    / 度） beside Ｈ２６ under 策定時, corpus seed 860 kpi_year_matrix in typst_borderless); None
    otherwise."""
    filled = _filled(below)
    if not filled or not filled <= lifted or len(below) != len(blanked) or not all(
            _under(above[k], below[k]) and 0 <= _gap(above[k], below[k]) <= WRAP_GAP_MAX_EM * _height(above[k]) for k in filled):
        return None
    return tuple(below[k] if k in filled else c for k, c in enumerate(blanked))


def _filled(row: Sequence[RawCell]) -> set[int]:
    return {k for k, c in enumerate(row) if c.raw.strip()}


def _closes_bracket(upper: RawCell, lower: RawCell) -> bool:
    """True when the upper cell's text leaves a bracket open that the lower cell's first line closes,
    whatever it opens after (目標値（最終年 over 度）(令和 6 年, corpus seed 967 kpi_year_matrix in
    typst_borderless)."""
    head, line = upper.raw.replace("\n", ""), _line_texts(lower)[0]
    return text_bracket_depth(head) > 0 and any(text_bracket_depth(head + line[:j]) <= 0 for j in range(1, len(line) + 1))


def _set_narrow(header: RawCell, body: Sequence[Sequence[RawCell]], k: int) -> bool:
    """True when the body sets column k as wide as the header cell's last line, no wider (within
    ALIGN_TOL_PT), wrapping a cell of that width there over NARROW_WRAP_LINES of the header's lines
    at least: the column's width, which no line of it passes. A body wrapping narrower than the
    line shows a line wider than its column (めざす値 over Ｒ２ | Ｒ３ | Ｒ４, 調査な / し under it, corpus
    seed 718 kpi_year_matrix in html_borderless)."""
    last = _last_line(header)
    width = last[2] - last[0]
    cells = [row[k] for row in body if k < len(row) and row[k].raw.strip()]
    return all(c.bbox[2] - c.bbox[0] <= width + ALIGN_TOL_PT for c in cells) and any(
        abs(c.bbox[2] - c.bbox[0] - width) <= ALIGN_TOL_PT and c.bbox[3] - c.bbox[1] >= NARROW_WRAP_LINES * (last[3] - last[1])
        for c in cells)


def _in_lockstep(rows: Sequence[Sequence[RawCell]]) -> list[bool]:
    """For each row, whether every line of it is set in lockstep (lockstep.lockstep_openers, each
    line of each cell read as a line of its column): a row of one line in every column, at one even
    pitch with the rows around it."""
    lines = [[Piece(text, box, k, cell.page) for k, cell in enumerate(row) if cell.raw.strip()
              for text, box in zip(_line_texts(cell), _line_boxes(cell))] for row in rows]
    opens = lockstep_openers([p for row in lines for p in row])
    return [bool(row) and all(id(p) in opens for p in row) for row in lines]


def _header_rows(rows: Sequence[Sequence[RawCell]]) -> int:
    """How many leading rows hold no data value past their first column, before the first that
    does (0 when none does: no header over a body). A value-like text going on a header left open
    above it, closed there or in the cell under it (_closes_open_head), is the header's."""
    return next((r for r, row in enumerate(rows) if any(is_data_value(" ".join(c.raw.split())) and not _closes_open_head(rows, r, k)
                                                        for k, c in enumerate(row) if k)), 0)


def _closes_open_head(rows: Sequence[Sequence[RawCell]], r: int, k: int) -> bool:
    """True when cell k of row r stands under a text its column leaves in an open bracket, which it
    or the cell under it closes: a header wrapped inside its brackets, each line in a row of its own
    (現在値（平成 / 31 年度/令和 / 元年度）, 31 年度/令和 read as a figure with its unit, corpus seed 759
    kpi_year_matrix in typst_borderless). A figure under a header whose bracket no line closes is a
    body's."""
    above = "".join(row[k].raw for row in rows[:r] if k < len(row))
    if text_bracket_depth(above) <= 0:
        return False
    below = rows[r + 1][k].raw if r + 1 < len(rows) and k < len(rows[r + 1]) else ""
    return text_bracket_depth(above + rows[r][k].raw) <= 0 or text_bracket_depth(above + rows[r][k].raw + below) <= 0


def band_leading(rows: Sequence[Sequence[RawCell]], cols: Sequence[Interval]) -> float | None:
    """The leading of the header's cells where the page proves one its rows do not show: the
    smallest gap between a header line that filled its column (_wrapped_at; the column at least as
    wide as the line: _widened) and the line right under it in its column, centred or flush
    (_under), at most WRAP_GAP_MAX_EM of the line's height and not _same_gap as the rows' padding
    (narrowest_line_gap, from a section heading under the header on: （1）子育て環境の充実 over the only
    row of figures, corpus seed 845 kpi_baseline_target in typst_borderless); None without such a
    wrap or without a body to measure the padding on."""
    head = _header_rows(rows)
    padding = narrowest_line_gap(rows[min(head, _section_heading_row(rows)):])
    if padding is None:
        return None
    proved = [_gap(a, b) for upper, lower in zip(rows[:head], rows[1:head]) for a, b, col in zip(upper, lower, cols)
              if a.raw.strip() and b.raw.strip() and a.page == b.page and a.col_span == 1 and b.col_span == 1
              and _under(a, b) and _wrapped_at(a, b, _widened(col, a))
              and 0 <= _gap(a, b) <= WRAP_GAP_MAX_EM * _height(a) and _apart_from(_gap(a, b), padding)]
    return min(proved, default=None)


def _widened(col: Interval, cell: RawCell) -> Interval:
    """The column's extent widened to the cell's last line: a header wider than the figures under
    it shows the cell at least as wide."""
    last = _last_line(cell)
    return min(col[0], last[0]), max(col[1], last[2])


def narrowest_line_gap(rows: Sequence[Sequence[RawCell]]) -> float | None:
    """The narrowest gap between two lines one over the other in a column of the rows (same page,
    not overlapping): the padding between two rows, where a cell's lines stand no closer, or the
    leading where they do; None when no column holds two lines. Measured line by line, not row by
    row: rows read wrong (a cell's lines parted) still show it between their lines."""
    gaps = []
    for col in _column_lines(rows):
        gaps += [b.bbox[1] - a.bbox[3] for a, b in zip(col, col[1:]) if a.page == b.page and b.bbox[1] >= a.bbox[3]]
    return min(gaps, default=None)


def _column_lines(rows: Sequence[Sequence[RawCell]]) -> list[list[Piece]]:
    """Each column's lines (boxes only, no text) top to bottom, over the columns every row holds."""
    return [[Piece("", box, k, row[k].page) for row in rows if row[k].raw.strip() for box in _line_boxes(row[k])]
            for k in range(min((len(row) for row in rows), default=0))]


def _line_boxes(cell: RawCell) -> tuple[BBox, ...]:
    """A cell's line boxes, or its own box where its lines were not measured."""
    return cell.line_bboxes or (cell.bbox,)


def _apart_from(gap: float, padding: float) -> bool:
    """True when a wrap's gap stands apart from the rows' padding by more than WRAP_GAP_TOL_PT: two
    measures of one table's lines, set by one engine in one type, need no tolerance that grows with
    the type (a leading 0.6 pt wider than the padding, Typst at 7 pt: 目標値（最終年 over 度） 2.6 pt
    apart, the rows 2.0 pt, corpus seed 962 kpi_progress in typst_borderless)."""
    return abs(gap - padding) > WRAP_GAP_TOL_PT


def _same_gap(a: float, b: float, height: float) -> bool:
    """True when two gaps lie within WRAP_GAP_TOL_EM of a line's height (at least WRAP_GAP_TOL_PT)
    of each other: one leading, or one padding."""
    return abs(a - b) <= max(WRAP_GAP_TOL_PT, WRAP_GAP_TOL_EM * height)


def _gap(upper: RawCell, lower: RawCell) -> float:
    return _first_line(lower)[1] - _last_line(upper)[3]


def _height(cell: RawCell) -> float:
    last = _last_line(cell)
    return last[3] - last[1]


def _under(upper: RawCell, lower: RawCell) -> bool:
    """True when the lower cell's first line starts where the upper cell's last line starts
    (within ALIGN_TOL_PT) or is centred under it (_centred_under)."""
    return abs(_last_line(upper)[0] - _first_line(lower)[0]) <= ALIGN_TOL_PT or _centred_under(upper, lower)


def _continues_row(upper: Sequence[RawCell], lower: Sequence[RawCell], cols: Sequence[Interval],
                   leading: float | None = None, flush: frozenset[int] = frozenset()) -> bool:
    """True when every filled cell of lower goes on the cell above it (goes_on_cell), one at least
    after a line that filled its column or in a cell already wrapped over lines (_wraps_into), the
    others so too or centred on the middle of the line above (an author's break in a centred cell:
    住み続けたいと思う over 中学生の割合（%） beside テレワーク施設利用者数 over （人））. Lines starting at
    one left edge, not full, are no wrap: a card's keys (事業概要 over 単位) start there too, and in a
    column set flush left (flush, flush_left_columns) two short lines whose middles happen to meet
    (KPI over 単位, corpus seed 980 kpi_cards in typst_borderless) are no centred break."""
    filled = [k for k, c in enumerate(lower) if c.raw.strip()]
    if not filled or len(upper) != len(lower) or not all(goes_on_cell(upper[k], lower[k], leading) for k in filled):
        return False
    wraps = [k for k in filled if _wraps_into(upper[k], lower[k], cols[k]) or _at_leading(upper[k], lower[k], leading)]
    return bool(wraps) and all(k in wraps or k not in flush and _centred_under(upper[k], lower[k]) for k in filled)


def flush_left_columns(rows: Sequence[Sequence[RawCell]]) -> frozenset[int]:
    """The columns (by index) set flush left (lockstep.is_flush_left, each line of each cell read as a
    line of its column), where lines are not centred."""
    return frozenset(k for k, col in enumerate(_column_lines(rows)) if is_flush_left(col))


def goes_on_cell(upper: RawCell, lower: RawCell, leading: float | None = None) -> bool:
    """True when a one-column cell's first line is set right under a one-column cell's last line
    (within CELL_GAP_EM of its height, or at the leading given: _at_leading; same page), centred
    on the same middle or starting at the same left edge (within ALIGN_TOL_PT)."""
    if not upper.raw.strip() or upper.page != lower.page or upper.col_span != 1 or lower.col_span != 1:
        return False
    height, gap = _height(upper), _gap(upper, lower)
    solid = -CELL_GAP_EM * height <= gap <= CELL_GAP_EM * height
    if _at_leading(upper, lower, leading):
        return _under(upper, lower) or _middles_cross(upper, lower)
    return solid and _under(upper, lower)


def _middles_cross(upper: RawCell, lower: RawCell) -> bool:
    """True when each of two lines (the upper cell's last, the lower's first) holds the other's
    middle within its extent: a line at the cell's leading under a line of its column goes on it
    however its glyphs' widths shift its middle (登録者数（人） under ①ボランティア, its brackets trimmed,
    2 pt off centre, corpus seed 968 kpi_transposed in typst_borderless)."""
    last, first = _last_line(upper), _first_line(lower)
    return last[0] <= (first[0] + first[2]) / 2 <= last[2] and first[0] <= (last[0] + last[2]) / 2 <= first[2]


def _at_leading(upper: RawCell, lower: RawCell, leading: float | None) -> bool:
    """True when the lower cell's first line stands the leading given below the upper's last (_same_gap)."""
    return leading is not None and _same_gap(_gap(upper, lower), leading, _height(upper))


def _centred_under(upper: RawCell, lower: RawCell) -> bool:
    """True when the lower cell's first line is centred on the upper cell's last line (within
    ALIGN_TOL_PT), the two of different widths (by more than ALIGN_TOL_PT: lines of one width
    centred alike are flush alike too, as a card's keys 施策名 over 指標名 are). A line ending in a
    closing bracket, comma or full stop may be centred on its ink (_ink_middles): an engine
    trims the blank half of such a glyph at a line's end (Typst: 口（人） under 生産年齢人)."""
    last, first = _last_line(upper), _first_line(lower)
    widths_differ = abs((last[2] - last[0]) - (first[2] - first[0])) > ALIGN_TOL_PT
    upper_text, lower_text = _line_texts(upper)[-1], _line_texts(lower)[0]
    return widths_differ and any(abs(a - b) <= ALIGN_TOL_PT for a in _ink_middles(last, upper_text)
                                 for b in _ink_middles(first, lower_text))


def _ink_middles(box: BBox, text: str) -> set[float]:
    """A line's middle, and its ink's middle when it ends in a glyph inked on its left half only
    (hanging.LEFT_INK_GLYPHS: INK_SHARE of its box), the glyph's box its share of the line's
    width by advance."""
    x0, _, x1, _ = box
    folded = text.rstrip()
    if not folded or folded[-1] not in LEFT_INK_GLYPHS:
        return {(x0 + x1) / 2}
    glyph = (x1 - x0) * advance(folded[-1]) / max(1, sum(advance(ch) for ch in folded))
    return {(x0 + x1) / 2, (x0 + x1 - (1 - INK_SHARE) * glyph) / 2}


def _line_texts(cell: RawCell) -> list[str]:
    """The cell's text line by line, one per line box (the whole text where they do not match)."""
    lines = cell.raw.split("\n")
    return lines if len(lines) == max(1, len(cell.line_bboxes)) else [cell.raw.replace("\n", "")] * max(1, len(cell.line_bboxes))


def _wraps_into(upper: RawCell, lower: RawCell, col: Interval) -> bool:
    """True when the upper cell wrapped into the lower: its last line filled its column
    (_wrapped_at), or it holds lines already."""
    return len(upper.line_bboxes) > 1 or _wrapped_at(upper, lower, col)


def _wrapped_at(upper: RawCell, lower: RawCell, col: Interval) -> bool:
    """True when the cell's last line filled its column: the first glyph of the next line would
    not have fitted after it (pieces.is_full), the line lying inside the column."""
    last, first = _last_line(upper), _first_line(lower)
    text = lower.raw.split("\n")[0]
    inside = col[0] - ALIGN_TOL_PT <= last[0] and last[2] <= col[1] + ALIGN_TOL_PT
    return inside and is_full(last, Piece(text, first, 0, lower.page), col[1] - col[0])


def _last_line(cell: RawCell) -> BBox:
    return cell.line_bboxes[-1] if cell.line_bboxes else cell.bbox


def _first_line(cell: RawCell) -> BBox:
    return cell.line_bboxes[0] if cell.line_bboxes else cell.bbox


def _joined(upper: RawCell, lower: RawCell) -> RawCell:
    """One cell of the upper cell's lines and the lower's."""
    lines = (*(upper.line_bboxes or (upper.bbox,)), *(lower.line_bboxes or (lower.bbox,)))
    return RawCell(upper.raw + "\n" + lower.raw, union_bbox([upper.bbox, lower.bbox]), upper.page,
                   line_bboxes=lines, numbers_rejoined=upper.numbers_rejoined and lower.numbers_rejoined)
