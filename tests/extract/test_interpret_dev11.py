"""The DEV11 wording batch's findings, each read from the parts of a header rather than its whole words: a series
narrowed to the plan's base point (基準時点の実績) is read whole, the baseline, not the 実績 inside it; a year's two forms
joined by a middle dot (2023・R5) are one year; a year noun a noun before it names (最終年度, 基準年度) is a named point,
no year the header leaves unsaid.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.compound import dates_only_named_points, kind_word_inside_a_name
from extract.context import lists_ratio_unit
from extract.interpret.facets import is_unresolved_year, kind_of, read_facets
from extract.recognizers.columns import classify_header
from extract.vocab import FISCAL_YEAR_NOUN
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize("header", ["基準時点の実績", "策定時点の実績", "基準年の実績", "策定時の実績値"])
def test_a_series_at_the_plans_base_point_is_the_baseline(header: str) -> None:
    # corpus dev11 seed 502 kpi_baseline_target: 基準時点の実績 read as the actual by the 実績 found inside it (wrong)
    assert kind_of(header) == "baseline" and not read_facets(header).unread


@pytest.mark.parametrize("header", ["実績", "直近の実績", "最終年度の実績", "計画期間末の実績", "実績値"])
def test_a_series_at_no_base_point_stays_the_actual(header: str) -> None:
    assert kind_of(header) == "actual"


@pytest.mark.parametrize("header", ["目標達成率", "実績報告件数の割合"])
def test_a_kind_word_inside_a_ratios_name_names_no_kind(header: str) -> None:
    assert kind_of(header) not in ("baseline", "actual", "target")


def test_years_joined_by_a_middle_dot_date_the_rows_of_a_transposed_table() -> None:
    # corpus dev11 seed 500 kpi_transposed: 2022・R4 read as an indicator's name, its values undated (wrong)
    text = "指標：観光入込客数（人）\n年度\t目標値\t実績値\n2021・R3\t100\t95\n2022・R4\t110\t108\n"
    found = {(v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert {("target", 2021, 100), ("actual", 2021, 95), ("target", 2022, 110), ("actual", 2022, 108)} <= found
    assert all(v.fiscal_year is not None for v in _read(text).kpi_values)


@pytest.mark.parametrize("label", ["最終年度の目標値", "基準年度の値", "年度末実績", "評価年度の実績", "目標値 計画最終年度"])
def test_a_year_noun_named_by_the_noun_before_it_is_a_point_the_table_states(label: str) -> None:
    assert dates_only_named_points(label, FISCAL_YEAR_NOUN)
    assert not is_unresolved_year(read_facets(label))


@pytest.mark.parametrize("label", ["先年度予算額", "過年度分", "年度", "年度実績"])
def test_a_year_noun_alone_or_after_a_prefix_is_a_year_left_unsaid(label: str) -> None:
    assert not dates_only_named_points(label, FISCAL_YEAR_NOUN)


@pytest.mark.parametrize("header", ["目標達成件数", "実績報告件数", "目標値設定件数"])
def test_a_kind_word_modifying_another_noun_than_the_head_names_no_kind(header: str) -> None:
    # the substring lookup found 目標 / 実績 inside the name of what is counted: a transposed table's indicator header
    # would have given its values that kind
    assert kind_word_inside_a_name(header) and kind_of(header) is None


@pytest.mark.parametrize(("header", "kind"), [("目標人口", "target"), ("実績結果", "actual"), ("計画策定時の状況", "baseline"),
                                              ("基準年度の実績値", "baseline")])
def test_a_kind_word_right_before_its_head_still_names_the_kind(header: str, kind: str) -> None:
    assert not kind_word_inside_a_name(header) and kind_of(header) == kind


@pytest.mark.parametrize(("caption", "lists"), [("（単位：人、％）", True), ("単位：千円／％", True), ("（単位 千円、率 ％）", True),
                                                ("（単位：人）", False), ("（単位：％）", False), ("（単位：人、件）", False)])
def test_a_caption_lists_a_ratio_unit_only_beside_another(caption: str, lists: bool) -> None:
    assert lists_ratio_unit(caption) is lists


def test_a_ratio_row_under_a_caption_listing_a_ratio_unit_takes_the_percent() -> None:
    # a KPI table's list caption (人、％) gave its one non-ratio unit to every row, 40.5 (%) read as 40.5 persons (wrong)
    text = "（単位：人、％）\n指標名\t基準値（R2）\t目標値（R7）\n待機児童数\t10\t5\n健診受診率\t40.5\t50.0\n市民満足度の割合\t50.2\t60.0\n"
    units = {(v.indicator, v.unit) for v in _read(text).kpi_values}
    assert units == {("待機児童数", "人"), ("健診受診率", "%"), ("市民満足度の割合", "%")}


def test_a_ratio_row_under_a_caption_of_one_unit_keeps_the_captions_unit() -> None:
    # the caption states one unit for every row: no list, the row's name decides nothing
    text = "（単位：人）\n指標名\t基準値（R2）\t目標値（R7）\n待機児童数\t10\t5\n健診受診率\t40\t50\n"
    assert {v.unit for v in _read(text).kpi_values} == {"人"}


@pytest.mark.parametrize(("header", "kind"), [("基準実数", "baseline"), ("最新の実数", "actual"), ("直近実数", "actual"),
                                              ("目標実数", "target")])
def test_the_real_count_heads_a_value_its_modifier_names_the_kind_of(header: str, kind: str) -> None:
    assert kind_of(header) == kind and not read_facets(header).unread


def test_the_real_count_alone_names_no_kind() -> None:
    assert kind_of("実数") is None


@pytest.mark.parametrize(("header", "kind"), [("計画開始時の実績", "baseline"), ("最終年度の実績", "actual"),
                                              ("計画最終年度の実績", "actual"), ("事業開始時の実績", "actual")])
def test_a_series_at_the_plans_start_is_its_baseline_at_its_end_that_years_actual(header: str, kind: str) -> None:
    # the start of the plan's span narrows the series to its base point; its end is a year like any other, no target
    # (a target is no actual); the start of something else than the plan (事業開始時) narrows nothing
    assert kind_of(header) == kind


@pytest.mark.parametrize(("header", "kind"), [("成果目標値", "target"), ("成果目標の数値", "target"), ("数値目標値", "target")])
def test_a_header_headed_by_a_value_is_a_value_column_whatever_indicator_word_modifies_it(header: str, kind: str) -> None:
    # the indicator word (成果目標, 数値目標) was taken out whole and the header read as the column of names
    assert classify_header(1, header).kind == kind


@pytest.mark.parametrize("header", ["数値目標", "成果目標", "指標値", "成果目標（水準）"])
def test_a_header_not_headed_by_a_value_of_a_kind_stays_the_column_of_names(header: str) -> None:
    assert classify_header(1, header).kind == "indicator"
