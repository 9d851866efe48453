"""Thresholds of extract.interpret, each decided on both sides by a cell, a line or a table built for it
(benchmarks/pins.py: halving or doubling one makes a test here fail)."""

from __future__ import annotations

import pytest

from extract.interpret.cells import is_year_cell


@pytest.mark.parametrize(("text", "year_cell"), [
    ("2020年度（令和2年度）（実績）", True),  # a year written twice with its kind: a header's year (YEAR_CELL_MAX_CHARS)
    ("令和5年度の市民意識調査の結果をもとに算出した満足度の割合", False),  # a year inside a name's sentence: no year cell
])
def test_a_year_cell_is_short(text: str, year_cell: bool) -> None:
    assert is_year_cell(text) is year_cell
