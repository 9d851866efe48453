"""The DEV16 wording batch's findings: a point of the year's term (2023年度期末), a value named by the plan's start as one word
(出発値), a state as the head (最新の状況), and a latest figure whose kind the table decides (直近の現状 beside a target and no
baseline is the baseline; beside a baseline, or one of a series under the same words, the actual).
"""

from __future__ import annotations

import pytest

from extract.interpret.cards import with_latest_as_baseline as cards_with_latest_as_baseline
from extract.interpret.facets import latest_as_baseline, merge_path, read_facets
from extract.interpret.values import footnote_word_years, footnote_years
from extract.model import Provenance
from extract.records import KpiValue
from normalize import Year, parse_year


def _year(n: int) -> Year:
    return Year(n, n, "fiscal", f"{n}年度")


@pytest.mark.parametrize(("text", "start"), [("2023年度期末", 2023), ("R5年度期末", 2023), ("令和5年度期末現在", 2023),
                                             ("2023年度期首", 2023)])
def test_the_terms_end_right_after_a_year_is_a_point_of_it(text: str, start: int) -> None:
    # corpus dev16: 2023年度期末 alone over a year's column read as the year and an unknown word 期末: the column unread
    year = parse_year(text)
    assert year is not None and year.start == start and year.text == text


def test_a_year_column_at_its_terms_end_is_read() -> None:
    facets = read_facets("2023年度期末")
    assert facets.year is not None and facets.year.start == 2023 and not facets.unread
    assert read_facets("実績値（2023年度期末）").kind == "actual"


@pytest.mark.parametrize(("header", "kind"), [("出発値", "baseline"), ("計画開始値", "baseline"), ("当初出発値", "baseline"),
                                              ("期首値", "baseline"), ("最終値", "actual"), ("予定事業費", "plan"),
                                              ("目標人数", "target")])
def test_a_value_suffix_after_the_plans_start_is_dated_by_it(header: str, kind: str) -> None:
    # corpus dev16: 出発値 (the value the plan sets out from) read as one noun 出発値 with no kind; 最終値, one word, stays the
    # series' last value as the product's vocabulary reads it; a cost suffix keeps the noun it is attached to (予定事業費)
    assert read_facets(header).kind == kind


@pytest.mark.parametrize(("header", "kind"), [("最新の状況", "actual"), ("直近の状況", "actual"), ("策定時の状況", "baseline"),
                                              ("達成状況", None), ("進捗状況", None)])
def test_a_state_as_the_head_is_a_value_of_the_point_before_it(header: str, kind: str | None) -> None:
    assert read_facets(header).kind == kind


def test_a_latest_figure_beside_a_target_and_no_baseline_is_the_baseline() -> None:
    assert latest_as_baseline([("actual", _year(2023), "直近の現状"), ("target", _year(2028), "目標値")]) == 0
    # the first of the actuals, set apart by its words and dated before them
    assert latest_as_baseline([("actual", _year(2015), "直近の現状"), ("actual", _year(2018), "今回実績"),
                               ("actual", _year(2019), "今回実績"), ("target", _year(2020), "目標値")]) == 0


@pytest.mark.parametrize("columns", [
    [("baseline", _year(2019), "基準値"), ("actual", _year(2023), "直近の現状"), ("target", _year(2028), "目標値")],  # beside a baseline
    [("actual", _year(2019), "直近の状況"), ("actual", _year(2020), "直近の状況"), ("target", _year(2028), "目標値")],  # a series
    [("actual", _year(2023), "直近実績"), ("target", _year(2028), "目標値")],  # a series word says the actual
    [("actual", _year(2023), "直近の現状")],  # no target
    [(None, _year(2020), "現行値"), ("actual", _year(2023), "直近の現状"), ("target", _year(2028), "目標値")],  # unknown words first
    [("actual", _year(2029), "直近の現状"), ("target", _year(2028), "目標値")],  # dated after the target
])
def test_a_latest_figure_stays_the_actual_where_the_table_says_so(columns: list[tuple[str | None, Year | None, str]]) -> None:
    assert latest_as_baseline(columns) is None


def _kpi(indicator: str, kind: str, year: int) -> KpiValue:
    prov = Provenance("card.txt", "doc", None, 1, 0, 0, 1, None)
    return KpiValue(prov=prov, indicator=indicator, kind=kind, fiscal_year=year, fiscal_year_end=year, year_basis="fiscal",
                    value=1.0, unit=None, scale=1.0, value_text="1", qualifiers=(), missing_reason=None, context=None,
                    recognizer="grid_card")


def test_a_cards_latest_figure_is_read_card_by_card() -> None:
    cards = [("人口", "直近の現状（R5）", _kpi("人口", "actual", 2023)), ("人口", "目標値（R10）", _kpi("人口", "target", 2028)),
             ("出生数", "基準値（R1）", _kpi("出生数", "baseline", 2019)), ("出生数", "直近の現状（R5）", _kpi("出生数", "actual", 2023)),
             ("出生数", "目標値（R10）", _kpi("出生数", "target", 2028)),
             ("転入者数", "現行値（R2）", None), ("転入者数", "直近の現状（R5）", _kpi("転入者数", "actual", 2023)),
             ("転入者数", "目標値（R10）", _kpi("転入者数", "target", 2028))]
    kinds = [(v.indicator, v.kind) for v in cards_with_latest_as_baseline(cards)]
    assert kinds == [("人口", "baseline"), ("人口", "target"), ("出生数", "baseline"), ("出生数", "actual"), ("出生数", "target"),
                     ("転入者数", "actual"), ("転入者数", "target")]


def test_a_footnote_on_a_latest_figure_restates_its_columns_year_not_a_kinds() -> None:
    # corpus dev16 kpi_progress: ※直近の現状は平成25年度当初の実績 dated every actual column by 2013 (直近の現状 read as the actual
    # whatever the table made of it)
    notes = ("※ 直近の現状は平成25年度当初の実績", "※ 策定時の値は2018年実績")
    assert [kind for kind, _ in footnote_years(notes)] == ["baseline"]
    assert [(words, year.start) for words, year in footnote_word_years(notes)] == [("直近の現状", 2013)]


@pytest.mark.parametrize("header", ["年度別事業費", "各年度の事業費", "毎年度の予算額"])
def test_a_year_noun_classing_by_year_names_no_year_left_unsaid(header: str) -> None:
    # 年度別事業費 over the year columns of a 実施計画 (corpus dev16's plan word): read as a year the words do not say, every
    # amount under it was left unread
    path = merge_path([read_facets(header), read_facets("2023年度")])
    assert not path.unread and path.year is not None and path.year.start == 2023


def test_the_current_year_is_this_years() -> None:
    assert read_facets("現年度予算額").relative_year == 0
    assert read_facets("先年度予算額").unread  # a year the reader cannot place stays unread
