"""Thresholds of extract.sheets, each decided on both sides by rows built for it
(benchmarks/pins.py: halving or doubling one makes a test here fail)."""

from __future__ import annotations

from extract.model import Table, TextLine
from extract.sheets.grid import Place, SourceCell, SourceRow, rows_to_blocks


def _row(number: int, *texts: str) -> SourceRow:
    return SourceRow(number, tuple(SourceCell(t) for t in texts))


def test_a_row_of_two_filled_cells_is_a_table_row_one_is_a_line() -> None:
    # a title in one cell over rows of two (MIN_TABLE_CELLS: halved, the title opens the table; doubled,
    # the rows of two are lines, no table)
    rows = [_row(1, "令和6年度 主な指標"), _row(2, "指標", "目標値"), _row(3, "移住者数", "120人"), _row(4, "転入者数", "300人")]
    blocks = rows_to_blocks(rows, Place("s.csv", "d"))
    assert [type(b) for b in blocks] == [TextLine, Table]
    assert isinstance(blocks[1], Table) and blocks[1].n_rows == 3
