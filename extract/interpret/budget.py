"""TableValues of a money table to budget values (事業費, 予算額, 決算額, 比較 …).

A table is a money table when its values are yen (a stated unit: 千円 in a header, a
（単位：千円） caption, 円 in the cell) and its headers, caption or labels use money
words; a column without a stated unit gives budget values with no amount and the reason,
never a guessed scale. Differences (比較, 増減, 差引) are kept with basis "difference";
ratios (構成比, 伸率) are never amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.interpret.facets import read_facets
from normalize.brackets import without_bracket_groups
from extract.records import NO_HEADER, NO_UNIT, NOT_AN_AMOUNT, UNREAD_HEADER, YEARS_RUN, BudgetValue, TableValue
from extract.text_items import strip_enumerator
from extract.vocab import (
    AMOUNT_KINDS, AMOUNT_NAME_ENDING, GENERIC_HEADER_WORDS, MONEY_CHARS_IN_NAMES, MONEY_TABLE_WORDS,
)
from normalize import MissingReason
from normalize.units import MONEY_BASE_UNIT as YEN

STATED_AMOUNT_KINDS = frozenset({"budget", "settlement"})  # headers that can only mean money
MONEY_COLUMN_SHARE = 0.5  # share of a column's numbers that must be yen amounts for a money column
NAME_STEM_MIN_CHARS = 2  # 寄附額, 観光消費額 name what they measure; 総額 (a total) names nothing
BUDGET_WORDS = tuple(w for w in MONEY_TABLE_WORDS if w not in MONEY_CHARS_IN_NAMES)


def is_amount(value: TableValue) -> bool:
    return value.unit == YEN and value.value is not None and value.kind != "ratio"


def names_measured_amount(text: str) -> bool:
    """A name ending in 額 that states no kind, no year and no budget word beyond its 額, 費 or 税
    (観光消費額, ①ふるさと納税寄附額（千円）, 製造品出荷額): the amount an indicator measures, a
    statistic like any other, no budget's item or column; a total (総額, 合計額) or a money column's
    word (金額, 予算額, R6年度 所要額) is none."""
    facets = read_facets(text)
    if facets.kind or facets.year or facets.relative_year is not None:
        return False
    word = strip_enumerator(without_bracket_groups(text, "")).replace(" ", "").replace("　", "")
    stem = word.removesuffix(AMOUNT_NAME_ENDING)
    if stem == word or len(stem) < NAME_STEM_MIN_CHARS or stem in GENERIC_HEADER_WORDS:
        return False
    return not any(w in word for w in BUDGET_WORDS)


def is_money_table(values: Sequence[TableValue], texts: Sequence[str]) -> bool:
    """A column of yen amounts under money words (予算, 決算, 事業費, 歳出 … in the texts the table
    states: headers, caption or labels), or numbers under 予算額 / 決算額 headers that state no unit
    (recorded without an amount, so a reader sees what was not read)."""
    if not any(w in t for t in texts for w in MONEY_TABLE_WORDS):
        return False
    return any(is_money_column([v for v in values if v.prov.col == col]) for col in {v.prov.col for v in values})


def is_money_column(values: Sequence[TableValue]) -> bool:
    """Most of the column's numbers are yen amounts (or stand under an amount header stating no
    unit): a column whose yen cells sit among 人, g and 件 of other rows holds statistics, one
    of which happens to be money (ふるさと納税寄附額 in a table of indicators by year)."""
    numbers = [v for v in values if v.value is not None]
    money = [v for v in numbers if is_amount(v) or (v.kind in STATED_AMOUNT_KINDS and v.unit is None)]
    return bool(money) and len(money) >= MONEY_COLUMN_SHARE * len(numbers)


def amount_columns(values: Sequence[TableValue]) -> set[int | None]:
    """Columns holding at least one yen amount, or whose header names an amount kind."""
    return {v.prov.col for v in values if is_amount(v) or v.kind in AMOUNT_KINDS}


def budget_values(values: Sequence[TableValue], context: str | None, recognizer: str) -> tuple[BudgetValue, ...]:
    """One budget value per cell of an amount column; not-yen cells say why they have none."""
    columns = amount_columns(values)
    headed = any(v.column_header for v in values)
    out = []
    for v in values:
        if v.prov.col not in columns or v.kind == "ratio" or not v.row_label:
            continue
        if v.missing_reason == MissingReason.UNIT_ONLY:
            continue  # 千円 alone: the column's unit, not an amount
        found = _budget_value(v, context, recognizer)
        if headed and not v.column_header:
            # a column no header stands over, beside headed ones: what its amounts are is not stated
            found = replace(found, amount_yen=None, missing_reason=NO_HEADER)
        elif (reason := next((q for q in (YEARS_RUN, UNREAD_HEADER) if q in v.qualifiers), None)) \
                and found.amount_yen is not None:
            # the headers ran the years together, or say in words the reader does not know what the
            # column holds (ＧＧ: this year's, last year's, a share?): an amount of no known year is no
            # amount to give
            found = replace(found, amount_yen=None, missing_reason=reason)
        out.append(found)
    return tuple(out)


def _budget_value(v: TableValue, context: str | None, recognizer: str) -> BudgetValue:
    amount = round(v.value) if is_amount(v) and v.value is not None else None
    reason = None if amount is not None else (v.missing_reason or (NO_UNIT if v.unit is None else NOT_AN_AMOUNT))
    basis = v.kind if v.kind in AMOUNT_KINDS else None
    return BudgetValue(
        prov=v.prov, project=v.row_label, measure=v.column_header or None,
        fiscal_year=v.fiscal_year, fiscal_year_end=v.fiscal_year_end, amount_yen=amount,
        amount_text=v.value_text, basis=basis, missing_reason=reason, context=context,
        recognizer=recognizer, year_source=v.year_source,
        qualifiers=v.qualifiers + ((f"stack {v.stack_index}/{v.stack_size}",) if v.stack_index else ()),
    )
