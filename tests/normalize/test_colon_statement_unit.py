"""A line stating what is counted, a colon and the unit (金額：千円) states the unit of the table below it
(normalize.units.colon_statement_unit, extract.context.is_unit_statement)."""

from __future__ import annotations

import pytest

from extract.context import _stated_unit, is_unit_statement
from normalize.units import colon_statement_unit, listed_statement_units, unit_from_header


@pytest.mark.parametrize(("line", "unit"), [("金額：千円", "千円"), ("人口：人", "人"), ("金額: 千円", "千円")])
def test_a_counted_word_and_its_unit_state_the_unit(line: str, unit: str) -> None:
    assert colon_statement_unit(line) == unit
    assert is_unit_statement(line)


@pytest.mark.parametrize("line", ["R5：見込", "担当：企画課", "目標年度：2025", "：千円", "金額", "金額：千円／％"])
def test_a_year_a_list_or_no_unit_state_none(line: str) -> None:
    assert colon_statement_unit(line) is None
    assert not is_unit_statement(line)


@pytest.mark.parametrize(("line", "units", "amounts"), [
    ("金額：千円、率：％", "千円,%", "千円"), ("（金額：千円、率：％）", "千円,%", "千円"), ("（人口：人，率：%）", "人,%", "人"),
    ("金額：千円、人口：人", "千円,人", None),  # two units no ratio: which column is which, unsaid
])
def test_statements_listed_state_their_units_and_the_amounts_the_one_no_ratio(line: str, units: str, amounts: str | None) -> None:
    # corpus probe budget_book 503: （金額：千円、率：％） read as % by its last statement, the amounts lost
    assert colon_statement_unit(line) is None and unit_from_header(line) is None
    assert listed_statement_units(line) == units and is_unit_statement(line)
    assert _stated_unit(line) == amounts


@pytest.mark.parametrize("line", ["（R5：見込、R6：計画）", "担当：企画課、期間：5年", "金額：千円"])
def test_no_listed_statements(line: str) -> None:
    assert listed_statement_units(line) is None


@pytest.mark.parametrize("line", ["単位：千円", "（単位：千円／％）"])
def test_a_statement_by_the_word_unit_is_read_as_such(line: str) -> None:
    assert colon_statement_unit(line) is None
    assert is_unit_statement(line)
