"""A chart's text read as a table: its value-axis tick labels are no values."""

from __future__ import annotations

import pytest

from extract.interpret.structure import is_axis, read_layout
from extract.model import Cell, Provenance, Table


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(tuple(Cell(t, t, Provenance("chart.pdf", "d", 1, None, 0, r, j)) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    return Table(0, cells, Provenance("chart.pdf", "d", 1, None, 0))


def _column(*texts: str, beside: str = "") -> Table:
    return _table([[beside, t] for t in texts])


@pytest.mark.parametrize(("texts", "axis"), [
    (("20,000", "15,000", "10,000", "5,000", "0"), True),
    (("800.0", "600.0", "400.0", "200.0", "0.0", "(工業統計)"), True),  # a source note under the ticks
    (("0", "30", "60", "90"), True),  # ticks read bottom-up
    (("15,000", "10,000", "5,000", "0"), True),  # AXIS_MIN_TICKS (4) ticks
    (("10,000", "5,000", "0"), False),  # three: too few to tell from values
    (("20,000", "15,000", "10,000", "5,000"), False),  # no 0: a run of targets
    (("20,000", "15,000", "9,000", "0"), False),  # uneven steps
    (("0", "0", "0", "0"), False),
])
def test_evenly_stepped_numbers_down_to_zero_are_an_axis(texts: tuple[str, ...], axis: bool) -> None:
    # AXIS_MIN_TICKS (4): halved, three numbers would make an axis; doubled, five would not
    assert is_axis(_column(*texts), 1, 0) is axis


def test_ticks_beside_years_are_a_transposed_tables_values() -> None:
    table = _table([["年度", "待機児童数"], ["2022年度", "15"], ["2023年度", "10"], ["2024年度", "5"], ["2025年度", "0"]])
    assert not is_axis(table, 1, 1)
    assert read_layout(table) is not None


def test_a_chart_read_as_a_table_has_no_value_columns() -> None:
    chart = _table([["", "20,000", "", "800.0"], ["年間製造品出荷額", "15,000", "", "600.0"],
                    ["", "10,000", "", "400.0"], ["", "5,000", "", "200.0"], ["", "0", "", "0.0"],
                    ["", "", "平成13年", ""]])
    assert read_layout(chart) is None
