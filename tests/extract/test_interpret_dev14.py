"""The DEV14 wording batch's findings: what a modifier of time does to the kind a header names, read morpheme by morpheme.
A state named as the head (計画開始時点の現状, 最新の現状) is a value the point before it dates; the time just before a start
(計画開始前) is the start's; a previous plan's points (前期計画の最終実績) are before this one began; a bracket restating an
amount with its own head (事業費（所要額）) says the amount's kind.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.compound import read_compound
from extract.interpret.facets import read_facets
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize(("header", "kind"), [
    ("計画開始時点の現状", "baseline"), ("策定時の現状", "baseline"), ("直近の現状", "actual"), ("最新の現状", "actual"),
])
def test_a_state_as_the_head_is_a_value_of_the_point_before_it(header: str, kind: str) -> None:
    assert read_facets(header).kind == kind


@pytest.mark.parametrize("header", ["施設の現状", "現状と課題"])
def test_a_state_with_no_point_before_it_names_no_kind_as_a_compound(header: str) -> None:
    # 現状 alone is a whole cell's word (WHOLE_CELL_KIND_WORDS), read apart from the compound
    assert read_compound(header).kind is None


@pytest.mark.parametrize(("header", "kind"), [("計画開始前の値", "baseline"), ("現状値（計画開始前）", "baseline"),
                                              ("計画開始前の実績", "baseline"), ("事業開始前の値", "baseline"),
                                              ("事業開始前", "baseline"), ("事業開始時の実績", "actual"),
                                              ("事業開始前の値の数値", "baseline"), ("計画開始時の値の数値", "baseline")])
def test_the_time_just_before_the_plans_start_is_its_baseline(header: str, kind: str) -> None:
    # corpus dev14 (and a check batch, seen last session): 計画開始前の値 read as the plan's value, a target in a KPI table;
    # 事業開始前（現時点）, the 地方創生推進交付金 forms' base column: before a project began, not its start's actual
    assert read_facets(header).kind == kind


@pytest.mark.parametrize("header", ["計画最終年度前の値", "目標前の値"])
def test_the_time_before_an_end_or_a_target_names_no_kind_of_it(header: str) -> None:
    assert read_compound(header).kind is None


@pytest.mark.parametrize(("header", "kind"), [("前期計画の最終実績", "baseline"), ("前計画期間末の値", "baseline"),
                                              ("計画最終年度の実績", "actual"),
                                              ("前期計画の目標値", "target")])
def test_a_point_of_the_previous_plan_is_before_this_one_began(header: str, kind: str) -> None:
    # a previous plan's end, its final actual too, is this plan's starting point; its target stays a target word
    assert read_facets(header).kind == kind


@pytest.mark.parametrize(("header", "kind"), [("事業費（所要額）", "plan"), ("事業費（実績額）", "settlement")])
def test_a_bracket_restating_a_cost_with_its_own_head_says_its_kind(header: str, kind: str) -> None:
    assert read_facets(header).kind == kind


def test_a_previous_plans_final_actual_and_its_footnote_give_baselines_not_actuals() -> None:
    # corpus dev14 seed 514 kpi_progress: 前期計画の最終実績 read as an actual; the footnote restating its year then dated every
    # actual column by it (20 wrong values)
    text = ("指標（重要業績評価指標）\t単位\t前期計画の最終実績（2015年度末現在）\t最新年次の値（2018年度末現在）\t目標（最終年次）（2020年度末現在）\n"
            "転出者数\t人\t782\t912\t818\n市民満足度\t%\t53.3\t81.2\t60.6\n"
            "※ 前期計画の最終実績は2013年度末現在の実績\n")
    got = {(v.indicator, v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert got == {("転出者数", "baseline", 2013, 782), ("転出者数", "actual", 2018, 912), ("転出者数", "target", 2020, 818),
                   ("市民満足度", "baseline", 2013, 53.3), ("市民満足度", "actual", 2018, 81.2), ("市民満足度", "target", 2020, 60.6)}

