"""Names wrapped down the sub-rows they span, read again once a table is stitched over pages.

A year matrix whose first page holds one indicator (①子育て支援セン / ター利用者数（人） over 直近値 /
目標水準) shows nothing on that page of where names stand: the sub-row the name runs on into goes
unnamed only on the next page (②耕作放棄地面積（ha） over 目標水準 alone). Read with the rows of
every page, the table shows it (extract.pdf.subrow_names); a name runs on within its page only.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.grid import RawCell, RawTable, union_bbox
from extract.pdf.pieces import Block, Piece
from extract.pdf.subrow_names import fold_subrow_names


def fold_stitched_names(table: RawTable) -> RawTable:
    """The table, when stitched over pages, each name its first column wraps into the sub-row
    below taken into the row above (subrow_names.fold_subrow_names over all its rows); else as given."""
    if len({c.page for row in table.rows for c in row if c.raw.strip()}) < 2 or not all(table.rows):
        return table
    rows = [[block for j, cell in enumerate(row) if (block := _block(cell, j))] for row in table.rows]
    names = [_name_lines(row) for row in fold_subrow_names(rows)]
    if names == [_name_lines(row) for row in rows]:
        return table
    out = tuple((_cell(lines, row[0]), *row[1:]) for lines, row in zip(names, table.rows))
    return RawTable(table.page, table.bbox, out, table.engine, table.score, table.col_edges, table.lines,
                    table.fragment, table.cuts_numbers, table.cut_doubt)


def _block(cell: RawCell, col: int) -> Block:
    """A cell's lines as pieces of column col (one piece over its box when its lines' boxes are unknown)."""
    lines = cell.raw.split("\n") if cell.raw.strip() else []
    if len(cell.line_bboxes) != len(lines):
        return [Piece(cell.raw.replace("\n", ""), cell.bbox, col, cell.page)] if lines else []
    return [Piece(text, box, col, cell.page) for text, box in zip(lines, cell.line_bboxes)]


def _name_lines(row: Sequence[Block]) -> list[Piece]:
    return [p for block in row if block[0].col == 0 for p in block]


def _cell(lines: Sequence[Piece], cell: RawCell) -> RawCell:
    """The first column's cell holding lines (blank, in cell's box, when none)."""
    if not lines:
        return RawCell("", cell.bbox, cell.page)
    return RawCell("\n".join(p.text for p in lines), union_bbox(p.bbox for p in lines), lines[0].page,
                   line_bboxes=tuple(p.bbox for p in lines))
