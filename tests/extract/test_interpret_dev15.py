"""The DEV15 wording batch's findings: what a time relation does to the kind a header names, read morpheme by morpheme.
Before the plan's span or its drafting is the baseline (計画期間前, 計画策定前, 期首); the plan's review is when the values
stand as reviewed, the actual (評価時点, 中間見直し時); the plan's term's end is the target (計画期末).
"""

from __future__ import annotations

import pytest

from extract.interpret.compound import read_compound
from extract.interpret.facets import read_facets
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize(("header", "kind"), [("計画期間前の実績", "baseline"), ("計画前の値", "baseline"),
                                              ("計画策定前の値", "baseline"), ("計画策定前の数値", "baseline"),
                                              ("計画策定前の実績値", "baseline")])
def test_the_time_before_the_plans_span_or_its_drafting_is_its_baseline(header: str, kind: str) -> None:
    # corpus dev14check (named in the brief): 計画期間前の実績 read as an actual, 計画策定前の値 as the plan's value (計画, the
    # name of whose drafting, taken for the kind word 計画)
    assert read_facets(header).kind == kind


@pytest.mark.parametrize(("header", "kind"), [("計画値", "target"), ("計画期間の目標", "target"), ("事業計画の数値", "target"),
                                              ("計画額", "plan"), ("計画事業費", "plan")])
def test_the_plan_named_before_no_point_of_it_keeps_its_kind(header: str, kind: str) -> None:
    assert read_facets(header).kind == kind


@pytest.mark.parametrize(("header", "kind"), [("期首の値", "baseline"), ("計画期末の値", "target")])
def test_the_terms_start_is_the_baseline_and_its_end_the_target(header: str, kind: str) -> None:
    assert read_facets(header).kind == kind


@pytest.mark.parametrize("header", ["評価時点の数値", "中間見直し時点の値", "中間評価時の値", "検証時の値"])
def test_a_point_of_the_plans_review_is_the_actual(header: str) -> None:
    # corpus dev15: 評価時点の数値, 中間見直し時点の値 gave no kind (their values missing)
    assert read_facets(header).kind == "actual"


@pytest.mark.parametrize("header", ["評価", "評価時点", "目標評価時の値", "進捗評価"])
def test_a_review_with_no_value_or_of_a_kind_names_no_actual(header: str) -> None:
    # a review's mark (評価), its date alone, or a kind word before it (the target's review): no value as it stands
    assert read_compound(header).kind is None


def test_a_column_dated_at_a_years_start_takes_that_year() -> None:
    # corpus dev15 seed 549 kpi_baseline_target: (2018年度当初) under 期首の値 was no bare year, the KPI table's columns took none
    text = ("番号\t数値目標（指標）\t期首の値\t計画期間終了時の値\n\t\t（2018年度当初）\t（2023年度期首）\n"
            "1\t創業件数\t15件\t18件\n2\t自主防災組織率\t58.2%\t65.9%\n")
    got = {(v.indicator, v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert got == {("創業件数", "baseline", 2018, 15), ("創業件数", "target", 2023, 18),
                   ("自主防災組織率", "baseline", 2018, 58.2), ("自主防災組織率", "target", 2023, 65.9)}


@pytest.mark.parametrize(("header", "kind"), [("計画策定時(令和目標値(最終年度)3年)", None), ("基準値(令和3年度実績)", "baseline"),
                                              ("策定時の値(令和元年度実績)", "baseline")])
def test_two_kinds_through_a_year_whose_era_stands_apart_are_two_headers(header: str, kind: str | None) -> None:
    # 計画策定時 now reads as one phrase (計画 names whose drafting): the header run into it through a cut year (令和 … 3年, pdf_rules)
    # is still no kind; a bracket dating a kind word whole (令和3年度実績) qualifies the header
    assert read_facets(header).kind == kind
