"""A settled figure (決算) of an indicator read as its actual (session 28's wording batch dev18, from the real PDFs in
realdocs: 音威子府村 給与・定員 heads 職員数 and 人件費 by 決算): 決算 names the actual over a value and the settlement over an
amount, as 実績 does; over a table's rows or columns of an indicator's figures (beside 現状値 and 目標値, counted in 人 or ha,
or in yen of an amount the indicator's name measures) the settled figures are its actuals; a budget's 決算 in yen stays the
settlement. The scorer reads a 財源内訳 group's name over its parts (補正額の財源内訳 / 一般財源) as no revision.
"""

from __future__ import annotations

import pytest

from extract.interpret.compound import AMOUNT, VALUE
from extract.interpret.facets import kind_over_class
from extract.interpret.statements import statement_kind
from extract.recognize import recognize_document
from extract.text_reader import read_text
from tests.corpus.score import measure_category


def read(text: str):  # type: ignore[no-untyped-def]
    return recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))


@pytest.mark.parametrize(("header", "over_value", "over_amount"), [
    ("決算", "actual", "settlement"), ("決算（R7）", "actual", "settlement"), ("実績", "actual", "settlement"),  # as 実績 reads
])
def test_a_settlement_word_read_over_its_tables_class(header: str, over_value: str | None, over_amount: str | None) -> None:
    assert kind_over_class(header, VALUE) == over_value
    assert kind_over_class(header, AMOUNT) == over_amount


@pytest.mark.parametrize(("word", "kind"), [("決算", "actual"), ("実績", "actual"), ("予算", None), ("決算額", None)])
def test_a_kind_word_beside_an_indicators_figure(word: str, kind: str | None) -> None:
    assert statement_kind(word) == kind


@pytest.mark.parametrize(("text", "expected"), [
    # 決算 columns beside a baseline and a target
    ("進捗状況報告\n\n指標名\t現状値（2021年度）\t決算（2024年度）\t目標値（2026年度）\n移住者数（人）\t120\t150\t200\n"
     "観光客数（人）\t3,000\t3,400\t4,000\n", {("actual", 2024, 150.0), ("actual", 2024, 3400.0)}),
    # 決算 rows of an indicator counted in its own unit (ha), under the years
    ("成果指標の推移\n\n指標の名称\t区分\tR3年\tR4年\tR5年\n森林整備面積（ha）\t決算\t67.9\t59.7\t\n\t目標数値\t\t58.8\t60.0\n",
     {("actual", 2021, 67.9), ("target", 2023, 60.0)}),
    # 決算 rows in yen of an amount the indicator's name measures (製造品出荷額), years down the rows
    ("実施状況報告\n\n年次\t種別\t製造品出荷額（億円）\t移住相談件数（件）\nH30\t決算\t5,383\t411\nR1\t決算\t4,124\t414\n",
     {("actual", 2019, 412_400_000_000.0), ("actual", 2019, 414.0)}),
])
def test_settled_figures_of_an_indicator_are_its_actuals(text: str, expected: set[tuple[str, int, float]]) -> None:
    found = read(text)
    assert expected <= {(v.kind, v.fiscal_year, v.value) for v in found.kpi_values if v.value is not None}


def test_a_budgets_settlement_in_yen_stays_an_amount() -> None:
    found = read("令和5年度 決算の概要\n\n（単位：千円）\n事業名\t予算額\t決算額\n道路維持事業\t1,200\t1,150\n"
                 "公園整備事業\t3,000\t2,900\n")
    assert not found.kpi_values
    assert {(v.project, v.amount_yen) for v in found.budget_values} >= {("道路維持事業", 1_150_000)}


@pytest.mark.parametrize(("measure", "category"), [
    ("補正額の財源内訳(千円) / 一般財源", "funding_general"), ("補正額の財源内訳単位:千円 / 町債", "funding_bond"),
    ("財源内訳 / 国・県", "funding_state"), ("補正額", "revision"), ("補正額の財源内訳", "revision"),  # no part under it
])
def test_the_scorer_reads_a_funding_groups_name_as_no_category(measure: str, category: str) -> None:
    assert measure_category(measure) == category


@pytest.mark.parametrize(("header", "unknown", "amount"), [
    ("ＸＸ\t補正額\t補正後の額", "XX", 1_200_000),  # the amount before the revision
    ("補正前の額\tＸＸ\t補正後の額", "XX", 300_000),  # the revision
    ("補正前の額\t補正額\tＸＸ", "XX", 1_500_000),  # the amount after it
    ("当初\t補正\t計", "当初", 1_200_000),  # 当初 with no kind named: the sum proves it an amount of the account
])
def test_a_column_in_unknown_words_adding_up_with_two_read_amounts_is_read(header: str, unknown: str, amount: int) -> None:
    found = read("令和6年度 一般会計補正予算（第3号）\n\n（単位：千円）\n款\t" + header + "\n総務費\t1,200\t300\t1,500\n"
                 "民生費\t3,000\t-200\t2,800\n衛生費\t500\t100\t600\n")
    assert ("総務費", unknown, amount) in {(v.project, v.measure, v.amount_yen) for v in found.budget_values}


@pytest.mark.parametrize("rows", [
    "総務費\t1,200\t300\t1,500\n",  # one row proves no sum: it could be chance
    "総務費\t1,200\t300\t1,500\n民生費\t3,000\t-200\t2,900\n衛生費\t500\t100\t600\n",  # a row against it
    "総務費\t1,200\t0\t1,200\n民生費\t3,000\t0\t3,000\n",  # zeros add nothing
])
def test_no_sum_proven_leaves_the_unknown_column_unread(rows: str) -> None:
    found = read("令和6年度 一般会計補正予算（第3号）\n\n（単位：千円）\n款\tＸＸ\t補正額\t補正後の額\n" + rows)
    assert all(v.amount_yen is None for v in found.budget_values if v.measure == "XX")


def test_a_column_adding_up_with_two_years_is_their_change_and_stays_unread() -> None:
    found = read("令和6年度 一般会計予算\n\n（単位：千円）\n款\t本年度\t前年度\tＪＪ\n総務費\t1,500\t1,200\t300\n"
                 "民生費\t2,800\t3,000\t-200\n")
    assert all(v.amount_yen is None for v in found.budget_values if v.measure == "JJ")
