"""The DEV5 wording batch's findings: 見込 over a value (見込値) is the actual, estimated; a plan's 見込
rows of a KPI table are its actuals, estimated, its 計画 rows its targets; a rate beside amounts (執行率)
is a ratio; a target of the plan's last year (目標値（最終年度）) takes it where the document states the
plan's span of years.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.facets import kind_of, read_facets, runs_years
from extract.interpret.plan_period import PLAN_PERIOD_SOURCE, plan_end_year, plan_period
from extract.recognize import recognize_document
from extract.text_reader import read_text
from tests.extract.text_docs import read_text_document as _read


def _kpis(text: str) -> set[tuple[str, str, int | None, float | None, bool]]:
    extraction = recognize_document(read_text(text.encode("utf-8"), "doc.txt", "id"))
    return {(v.indicator, v.kind, v.fiscal_year, v.value, "estimated" in v.qualifiers) for v in extraction.kpi_values}


@pytest.mark.parametrize("header", ["見込値", "見込数値", "R6見込値", "見込値（R6）"])
def test_an_estimate_over_a_value_is_the_actual_estimated(header: str) -> None:
    facets = read_facets(header)
    assert (facets.kind, facets.qualifiers) == ("actual", ("estimated",))


@pytest.mark.parametrize("header", ["見込額", "事業費見込額", "所要見込額", "見込"])
def test_an_estimate_over_an_amount_or_no_head_stays_a_plan(header: str) -> None:
    assert kind_of(header) == "plan"


def test_a_settlement_estimated_stays_a_settlement() -> None:
    assert kind_of("決算見込額") == "settlement"


@pytest.mark.parametrize("estimate", ["見込値", "見込"])
def test_estimate_rows_of_a_kpi_table_are_actuals_and_plan_rows_targets(estimate: str) -> None:
    text = (f"指標名\t区分\tR5\tR6\tR7\n転入者数（人）\t計画値\t200\t210\t220\n\t{estimate}\t190\t205\t\n")
    found = _kpis(text)
    assert ("転入者数(人)", "actual", 2023, 190.0, True) in found
    assert ("転入者数(人)", "target", 2025, 220.0, False) in found
    assert not any(kind == "target" and value in (190.0, 205.0) for _, kind, _, value, _ in found)


@pytest.mark.parametrize("rate", ["執行率", "充当率", "執行率（%）"])
def test_a_rate_beside_amounts_is_a_ratio_never_an_amount(rate: str) -> None:
    text = (f"令和5年度 一般会計決算\n（単位：千円）\n款\t予算現額\t支出済額\t{rate}\n"
            "総務費\t1,200,000\t1,100,000\t91.7\n民生費\t2,000,000\t1,900,000\t95.0\n")
    extraction = _read(text)
    assert {b.measure for b in extraction.budget_values} == {"予算現額", "支出済額"}
    rates = [v for v in extraction.table_values if v.value in (91.7, 95.0)]
    assert len(rates) == 2 and all(v.kind == "ratio" and v.unit == "%" for v in rates)


def test_a_rate_among_statistics_is_no_ratio_of_amounts() -> None:
    # no column states an amount's kind: 出生率 is an indicator, not a rate of amounts
    text = "年度\t人口（人）\t出生率（%）\n2020年度\t10,000\t1.5\n2021年度\t9,900\t1.4\n"
    assert not any(v.kind == "ratio" for v in _read(text).table_values)


@pytest.mark.parametrize(("heading", "caption", "span"), [
    (None, "第2期総合戦略（令和3年度～令和7年度）", (2021, 2025)),
    ("基本目標1 / (1)移住の促進", "計画期間：2021年度～2025年度\n(1)移住の促進", (2021, 2025)),
    (None, "人口の推移（平成27年度～令和元年度）", None),  # a span of data, no plan's
    (None, "第2期総合戦略（令和3年度）", None),  # one year: no span
    (None, "", None),
])
def test_a_plan_period_is_read_only_where_a_line_names_a_plan_with_its_span(
        heading: str | None, caption: str, span: tuple[int, int] | None) -> None:
    period = plan_period(heading, caption)
    assert (None if period is None else (period.start, period.end)) == span


@pytest.mark.parametrize(("kind", "header", "year"), [
    ("target", "目標値（最終年度）", 2025), ("target", "計画終了時の目標値", 2025),
    ("target", "目標値", None),  # names no year of the plan
    ("actual", "実績値（最終年度）", None),  # only a target is of the plan's last year
])
def test_only_a_target_naming_the_plans_last_year_takes_it(kind: str, header: str, year: int | None) -> None:
    period = plan_period(None, "総合戦略（令和3年度～令和7年度）")
    end = plan_end_year(period, kind, header)
    assert (end.start if end else None) == year
    assert plan_end_year(None, kind, header) is None  # no period stated: no year


@pytest.mark.parametrize(("caption", "year", "source"), [
    ("第2期総合戦略（令和3年度～令和7年度）", 2025, PLAN_PERIOD_SOURCE),
    ("基本目標1　しごとをつくる", None, None),
])
def test_a_target_of_the_plans_last_year_is_dated_by_the_stated_period(
        caption: str, year: int | None, source: str | None) -> None:
    text = f"{caption}\n\n指標名\t現状値（R2）\t目標値（最終年度）\n転入者数（人）\t200\t250\n"
    extraction = _read(text)
    targets = [(v.fiscal_year, v.year_source) for v in (*extraction.kpi_values, *extraction.table_values)
               if v.kind == "target"]
    assert targets and all(t == (year, source) for t in targets)


@pytest.mark.parametrize(("text", "runs"), [
    # one header's words twice, each with its own year: two header cells a layout glued (corpus dev5 seed 500
    # kpi_baseline_target in pdf_borderless: 目指す値（目標）(R7（2025）年度) beside (R9（2027）年度))
    ("目指す値（目標）（R7（2025）目指す値（目標）（R9（2027）年度）", True), ("実績 2020 実績 2021", True),
    ("目標 R7 目標 R7", False),  # the same year twice: one year
    ("現状値（R2） 目標値（R7）", False),  # different words before each: a header and its note, as before
    ("目標値（R7（2025）年度）", False),
])
def test_a_header_naming_two_years_after_the_same_words_is_two_headers(text: str, runs: bool) -> None:
    assert runs_years(text) is runs
    assert (read_facets(text).year is None) is runs


def test_a_kpi_column_whose_words_hold_a_note_word_is_read() -> None:
    # corpus dev5 seed 500 kpi_transposed: 目標値（計画期間最終年度） holds 期間 (a note column's word) and
    # placeholders among its figures
    text = ("KPI：ボランティア派遣日数（日）\n\n区分\t目標値（計画期間最終年度）\t実績値\n"
            "2022年度\t150\t－\n2021年度\t調査中\t－\n2018年度\t－\t142\n")
    found = _kpis(text)
    assert ("ボランティア派遣日数", "target", 2022, 150.0, False) in found
    assert ("ボランティア派遣日数", "actual", 2018, 142.0, False) in found
