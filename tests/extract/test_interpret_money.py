"""Which tables are money tables: a column of yen amounts, not yen scattered among statistics."""

from __future__ import annotations

from extract.interpret.budget import is_money_column
from extract.model import Provenance
from extract.records import TableValue


def _value(unit: str | None, value: float = 1.0) -> TableValue:
    return TableValue(prov=Provenance("doc", "id", row=0, col=1), row_label="r", row_path=("r",), column_header="h",
                      kind=None, measure=None, fiscal_year=None, fiscal_year_end=None, year_basis=None,
                      year_source=None, value=value, unit=unit, scale=1.0, value_text="1", qualifiers=(),
                      missing_reason=None, stack_index=None, stack_size=None)


def test_a_column_of_yen_is_a_money_column() -> None:
    assert is_money_column([_value("円"), _value("円"), _value("人")])


def test_yen_in_one_row_among_counts_of_other_rows_is_no_money_column() -> None:
    # ふるさと納税寄附額 (千円) among 人, g and 件 rows of an indicator table by year
    assert not is_money_column([_value("円"), _value("人"), _value("g"), _value("人")])


def test_the_share_is_pinned_on_both_sides() -> None:
    # MONEY_COLUMN_SHARE: 2 of 5 yen are too few, 3 of 5 enough (halved, 2 of 5 would pass;
    # doubled, 3 of 5 would fail)
    two_of_five = [_value("円")] * 2 + [_value("人")] * 3
    three_of_five = [_value("円")] * 3 + [_value("人")] * 2
    assert not is_money_column(two_of_five) and is_money_column(three_of_five)
