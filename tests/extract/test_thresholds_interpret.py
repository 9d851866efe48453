"""Thresholds of extract.interpret, each decided on both sides by a cell, a line or a table built for it
(benchmarks/pins.py: halving or doubling one makes a test here fail)."""

from __future__ import annotations

import pytest

from extract.interpret.cells import is_year_cell
from extract.interpret.stacks import cell_pieces
from extract.model import Cell, Provenance


@pytest.mark.parametrize(("text", "year_cell"), [
    ("2020年度（令和2年度）（実績）", True),  # a year written twice with its kind: a header's year (YEAR_CELL_MAX_CHARS)
    ("令和5年度の市民意識調査の結果をもとに算出した満足度の割合", False),  # a year inside a name's sentence: no year cell
])
def test_a_year_cell_is_short(text: str, year_cell: bool) -> None:
    assert is_year_cell(text) is year_cell


@pytest.mark.parametrize(("apart_pt", "values"), [(0.9, 2), (1.5, 1)])
def test_numbers_stacked_flush_right_share_their_right_edge_within_a_point(apart_pt: float, values: int) -> None:
    # STACK_ALIGN_TOL_PT: 696 over 1,696 whose right edges lie 0.9 pt apart are two values set flush right (halved, 0.5,
    # they would be read as one); 1.5 pt apart they are set flush with nothing and read whole (doubled, 2.0, two values)
    lines = ((100.0, 0.0, 120.0, 8.0), (108.0, 8.0, 120.0 + apart_pt, 16.0))
    cell = Cell("6961,696", "696\n1,696", Provenance("p", "d", 1, bbox=(0, 0, 10, 10)), line_bboxes=lines)
    assert len(cell_pieces(cell)) == values
