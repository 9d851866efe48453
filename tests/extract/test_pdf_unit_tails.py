"""A figure's unit wrapped onto a line of its own (extract.pdf.unit_tails)."""

from __future__ import annotations

import pytest

from extract.pdf.unit_tails import ends_figure_unit


@pytest.mark.parametrize(("line", "below", "ends"), [
    ("国庫補助金の確定 17.4百万", "円", True), ("218001千", "円", True), ("191,620", "円", True), ("12", "人", True),
    ("17.4百万円", "円", False),  # 百万円円 is no unit
    ("事業費の追加", "円", False),  # no figure above
    ("12人", "数", False), ("12", "人口", False),
    ("233,351", "冊※", True), ("233,351", "※", False),  # a note's mark after the unit (corpus seed 945 kpi_year_matrix)
    # a unit of Latin letters holding a digit, whole or broken at its hyphen after an autospace (seeds 894, 801)
    ("84,973", "t-CO2", True), ("639,432 t-", "CO2", True), ("12", "m2", True),
    ("84,973", "CO2", False),  # CO2 alone is no known unit
    ("12", "2", False), ("12", "abc", False),  # a digit alone, Latin letters of no known unit
])
def test_a_bare_unit_under_a_figure_completes_its_unit(line: str, below: str, ends: bool) -> None:
    assert ends_figure_unit(line, below) is ends
