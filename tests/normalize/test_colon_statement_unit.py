"""A line stating what is counted, a colon and the unit (金額：千円) states the unit of the table below it
(normalize.units.colon_statement_unit, extract.context.is_unit_statement)."""

from __future__ import annotations

import pytest

from extract.context import is_unit_statement
from normalize.units import colon_statement_unit


@pytest.mark.parametrize(("line", "unit"), [("金額：千円", "千円"), ("人口：人", "人"), ("金額: 千円", "千円")])
def test_a_counted_word_and_its_unit_state_the_unit(line: str, unit: str) -> None:
    assert colon_statement_unit(line) == unit
    assert is_unit_statement(line)


@pytest.mark.parametrize("line", ["金額：千円、率：％", "R5：見込", "担当：企画課", "目標年度：2025", "：千円", "金額", "金額：千円／％"])
def test_two_statements_a_year_a_list_or_no_unit_state_none(line: str) -> None:
    assert colon_statement_unit(line) is None
    assert not is_unit_statement(line)


@pytest.mark.parametrize("line", ["単位：千円", "（単位：千円／％）"])
def test_a_statement_by_the_word_unit_is_read_as_such(line: str) -> None:
    assert colon_statement_unit(line) is None
    assert is_unit_statement(line)
