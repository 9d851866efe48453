"""A name wrapped over more lines than two, each line a row of its own: a ruled cell's lines read as
rows (19 小児慢性特 / 定疾病対策 / 費 beside 852, a budget book's 節 column), or a borderless name
whose every line the layout set as a row.

A line goes on below when it filled its column: the next line's first glyph would not have fitted
after it (pieces.is_full, measured from where the line starts, so a hanging indent under a number
counts). The column ends where its widest cell ends (a ruled cell's edge, or the widest line of a
borderless column); a short line ends the name, whatever stands under it.
"""

from __future__ import annotations

from extract.interpret.structure import Layout
from extract.model import BBox, Cell, Table
from extract.pdf.pieces import Piece, is_full


def wraps_below(table: Table, layout: Layout, r: int, below: int) -> bool:
    """True when row r's name line filled its column, so the name goes on in row below's name cell."""
    for col, role in layout.label_roles:
        if role != "name":
            continue
        upper, lower = table.cell(r, col), table.cell(below, col)
        if upper is None or lower is None or not (upper.text.strip() and lower.text.strip()):
            continue
        right = _column_right(table, col)
        return right is not None and _line_fills(_last_line(upper), lower, right)
    return False


def _line_fills(line: BBox | None, lower: Cell, right: float) -> bool:
    first = lower.line_bboxes[0] if lower.line_bboxes else None
    if line is None or first is None:
        return False
    text = lower.raw.split("\n")[0].strip()
    return is_full(line, Piece(text, first, 0), right - line[0])


def _last_line(cell: Cell) -> BBox | None:
    return cell.line_bboxes[-1] if cell.line_bboxes else None


def _column_right(table: Table, col: int) -> float | None:
    """Where the column ends: the right edge of its widest cell of one column."""
    boxes = [row[col].prov.bbox for row in table.rows
             if col < len(row) and row[col].col_span == 1 and row[col].col == col and row[col].text.strip()]
    return max((box[2] for box in boxes if box is not None), default=None)
