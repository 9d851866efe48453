"""A second word refines the kind a header's kind word names (extract.vocab.KIND_REFINEMENTS): an actual
stated as 決算 is a settlement; a present-state value stated as the latest (最新, 直近) is the actual, for a
baseline is the state when the plan was made; words naming the plan's point (策定, 基準, 当初) keep it the baseline.
"""

from __future__ import annotations

import pytest

from extract.interpret.facets import kind_of
from extract.recognizers.columns import classify_header, row_kind_of


@pytest.mark.parametrize("header", ["最新の現況値", "現況値（最新）", "現況値（直近）", "直近の現状値"])
def test_the_latest_present_state_is_the_actual(header: str) -> None:
    assert kind_of(header) == "actual"


@pytest.mark.parametrize("header", ["現況値", "当初の現状値", "策定時の現状値（直近の統計）", "基準値（最新）", "現状値（策定時）"])
def test_a_present_state_at_the_plans_point_stays_the_baseline(header: str) -> None:
    assert kind_of(header) == "baseline"


def test_an_actual_stated_as_settled_is_a_settlement() -> None:
    assert kind_of("支給実績（令和5年度決算）") == "settlement"
    assert kind_of("支給実績（令和5年度）") == "actual"


@pytest.mark.parametrize(("header", "kind"), [
    ("最新の現況値（2024年度　令和6年度）", "actual"), ("現況値（最新）(2017（平成２９年度）)", "actual"),
    ("現況値（2017年度）", "baseline"), ("策定時の現状値（直近の統計）", "baseline"),
])
def test_a_kpi_column_header_takes_the_refined_kind(header: str, kind: str) -> None:
    assert classify_header(3, header).kind == kind


def test_a_refinement_outside_the_kpi_kinds_leaves_a_kpi_column_its_kind() -> None:
    assert classify_header(3, "実績（決算）").kind == "actual"


@pytest.mark.parametrize(("label", "kind"), [("現況値（最新）", "actual"), ("最新の現況値", "actual"), ("現況値", "baseline")])
def test_a_row_kind_label_takes_the_refined_kind(label: str, kind: str) -> None:
    assert row_kind_of(label) == kind


@pytest.mark.parametrize("label", ["実績めざす値", "めざす値実績", "実績目標"])
def test_a_row_label_of_two_kinds_run_together_states_none(label: str) -> None:
    """Two row labels run together (a wrapped label drawn into the row above: Typst's めざ / す値 centred across rows)
    say neither kind surely: the row gives no values rather than the first kind's."""
    assert row_kind_of(label) is None


@pytest.mark.parametrize(("label", "kind"), [("めざす値", "target"), ("実績", "actual"), ("基準値", "baseline")])
def test_a_row_label_of_one_kind_states_it(label: str, kind: str) -> None:
    assert row_kind_of(label) == kind
