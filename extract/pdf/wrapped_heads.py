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
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.interpret.structure import is_data_value
from extract.pdf.cells import CELL_GAP_EM
from extract.pdf.grid import ALIGN_TOL_PT, BBox, Interval, RawCell, union_bbox
from extract.pdf.pieces import Piece, is_full


def join_wrapped_header_rows(rows: Sequence[tuple[RawCell, ...]], cols: Sequence[Interval]) -> list[tuple[RawCell, ...]]:
    """The rows, each header row (above the first row holding a data value past its first column)
    holding only the next lines of the cells above it (_continues_row) joined to the row above,
    cell by cell."""
    out = [tuple(row) for row in rows]
    r = 1
    while r < min(len(out), _header_rows(out)):
        upper, lower = out[r - 1], out[r]
        if _continues_row(upper, lower, cols):
            out[r - 1] = tuple(_joined(a, b) if b.raw.strip() else a for a, b in zip(upper, lower))
            del out[r]
        else:
            r += 1
    return out


def _header_rows(rows: Sequence[Sequence[RawCell]]) -> int:
    """How many leading rows hold no data value past their first column, before the first that
    does (0 when none does: no header over a body)."""
    return next((r for r, row in enumerate(rows) if any(is_data_value(" ".join(c.raw.split())) for c in row[1:])), 0)


def _continues_row(upper: Sequence[RawCell], lower: Sequence[RawCell], cols: Sequence[Interval]) -> bool:
    """True when every filled cell of lower goes on the cell above it (goes_on_cell), one at least
    after a line that filled its column or in a cell already wrapped over lines (_wraps_into), the
    others so too or centred on the middle of the line above (an author's break in a centred cell:
    住み続けたいと思う over 中学生の割合（%） beside テレワーク施設利用者数 over （人））. Lines starting at
    one left edge, not full, are no wrap: a card's keys (事業概要 over 単位) start there too."""
    filled = [k for k, c in enumerate(lower) if c.raw.strip()]
    if not filled or len(upper) != len(lower) or not all(goes_on_cell(upper[k], lower[k]) for k in filled):
        return False
    wraps = [k for k in filled if _wraps_into(upper[k], lower[k], cols[k])]
    return bool(wraps) and all(k in wraps or _centred_under(upper[k], lower[k]) for k in filled)


def goes_on_cell(upper: RawCell, lower: RawCell) -> bool:
    """True when a one-column cell's first line is set right under a one-column cell's last line
    (within CELL_GAP_EM of its height, same page), centred on the same middle or starting at the
    same left edge (within ALIGN_TOL_PT)."""
    if not upper.raw.strip() or upper.page != lower.page or upper.col_span != 1 or lower.col_span != 1:
        return False
    last, first = _last_line(upper), _first_line(lower)
    height = last[3] - last[1]
    gap = first[1] - last[3]
    flush = abs(last[0] - first[0]) <= ALIGN_TOL_PT
    return -CELL_GAP_EM * height <= gap <= CELL_GAP_EM * height and (flush or _centred_under(upper, lower))


def _centred_under(upper: RawCell, lower: RawCell) -> bool:
    """True when the lower cell's first line is centred on the upper cell's last line (within
    ALIGN_TOL_PT), the two of different widths (by more than ALIGN_TOL_PT: lines of one width
    centred alike are flush alike too, as a card's keys 施策名 over 指標名 are)."""
    last, first = _last_line(upper), _first_line(lower)
    widths_differ = abs((last[2] - last[0]) - (first[2] - first[0])) > ALIGN_TOL_PT
    return abs((last[0] + last[2]) - (first[0] + first[2])) / 2 <= ALIGN_TOL_PT and widths_differ


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
