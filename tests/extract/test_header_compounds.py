"""Header words read as Japanese compounds, head-final (extract/interpret/compound.py), the bracket
pairs that frame units and years (normalize.vocab.BRACKET_PAIRS), relative years by prefix and unit
statements with any separator: words no vocabulary lists, read by their structure."""

from __future__ import annotations

import pytest

from extract.interpret.compound import Reading, read_compound
from extract.interpret.facets import kind_of, read_facets
from normalize.brackets import without_bracket_groups
from extract.recognizers.columns import classify_header, row_kind_of
from extract.context import is_unit_statement
from normalize import unit_from_header
from normalize.units import bracketed_unit


@pytest.mark.parametrize(("words", "kind"), [
    # a value head (値, 数値): the kind word before it, over point and joining words, says the kind
    ("計画策定時の数値", "baseline"), ("基準年次の値", "baseline"), ("初期値", "baseline"), ("確定値", "actual"),
    ("基準となる数値", "baseline"), ("目標とする数値", "target"), ("最新の数値", "actual"),
    ("初期値の数値", "baseline"),  # a value of a value is that value
    # a series word (実績) narrowed by a point of time before it
    ("策定時実績", "baseline"), ("策定時の実績値", "baseline"), ("最新実績", "actual"),
    # an amount head (額): the same words name amounts' kinds
    ("要求額", "budget"), ("査定額", "budget"), ("計上額", "budget"), ("予算措置額", "budget"), ("当初予算額", "budget"),
    ("支出済額", "settlement"), ("必要額", "plan"), ("所要見込額", "plan"), ("事業費見込額", "plan"),
    # a kind word as the head itself
    ("最終年度の目標", "target"), ("本年度予算", "budget"),
])
def test_a_compound_names_its_kind_by_the_words_before_its_head(words: str, kind: str) -> None:
    assert read_compound(words).kind == kind and not read_compound(words).derived


@pytest.mark.parametrize(("words", "kind"), [
    ("前年度比較", "difference"), ("基準値との差", "difference"), ("基準年比増減", "difference"),
    ("比較増減額", "difference"), ("前年度比", "ratio"), ("目標比", "ratio"), ("対前年度伸び率", "ratio"),
    ("目標に対する達成率", "ratio"),
    ("策定時からの変化", "difference"), ("前年度からの変化", "difference"),  # a change since the baseline
])
def test_a_ratio_or_difference_head_makes_the_column_one(words: str, kind: str) -> None:
    assert read_compound(words) == Reading(kind, derived=True)


@pytest.mark.parametrize("words", ["策定時からの伸び", "現状値からの伸び", "目標値より", "基準年からの増加"])
def test_a_kind_word_a_column_is_compared_with_gives_no_kind(words: str) -> None:
    assert read_compound(words) == Reading(None, derived=True)
    assert kind_of(words) is None or kind_of(words) in ("ratio", "difference")


@pytest.mark.parametrize("words", [
    "現状値目標値",  # two headers run together: neither is sure
    "早期健全化基準",  # 基準 as the head names a threshold, not the baseline
    "実績見込",  # no head saying value or amount: 実績 over 見込み is an actual or a settlement
    "計画的な整備数",  # 計画 not next to the head: a name, not a kind
    "新規就農者数", "達成状況", "当初", "本年度",
])
def test_words_that_do_not_settle_a_kind_give_none(words: str) -> None:
    assert read_compound(words).kind is None


@pytest.mark.parametrize(("header", "kind"), [
    ("策定時の実績値（H30）", "baseline"),  # two kind words: the compound settles them
    ("策定時からの伸び", "other"),  # holds 策定時, compares with it
    ("計画策定時の数値", "baseline"), ("確定値(R5)", "actual"),
    ("ＫＰＩ", "indicator"),  # full-width letters are the same word
])
def test_progress_table_headers_are_read_as_compounds(header: str, kind: str) -> None:
    assert classify_header(1, header).kind == kind


@pytest.mark.parametrize(("label", "kind"), [("対目標比", None), ("策定時との差", None), ("確定値", "actual"),
                                             ("目標", "target")])
def test_row_labels_are_read_as_compounds(label: str, kind: str | None) -> None:
    assert row_kind_of(label) == kind


def test_a_compound_is_read_apart_from_its_brackets_and_years() -> None:
    assert kind_of("計画策定時の数値（令和2年度〈2020年度〉）") == "baseline"
    assert read_facets("要求額〈千円〉").kind == "budget"


@pytest.mark.parametrize(("text", "unit"), [
    ("〈千円〉", "千円"), ("《千円》", "千円"), ("｛千円｝", "千円"), ("【千円】", "千円"), ("〔千円〕", "千円"),
    ("「人」", "人"), ("予算額〈千円〉", "千円"), ("〈単位：千円〉", "千円"), ("単位・千円", "千円"), ("単位／千円", "千円"),
    ("単位 千円", "千円"), ("単位千円", "千円"), ("R6〈2024〉", None),
])
def test_every_bracket_pair_and_separator_states_a_unit_alike(text: str, unit: str | None) -> None:
    assert unit_from_header(text) == unit


@pytest.mark.parametrize(("text", "year", "label"), [
    ("令和６年度", 2024, ""), ("令和6年度〈2024年度〉", 2024, ""), ("2024年度（令和6年度）", 2024, ""),
    ("2024（令和6）年度", 2024, ""), ("目標値【R6】", 2024, "目標値"),
])
def test_a_year_in_any_bracket_or_digits_leaves_no_words(text: str, year: int, label: str) -> None:
    facets = read_facets(text)
    assert facets.year is not None and facets.year.start == year
    assert facets.label == label and not facets.unread


@pytest.mark.parametrize(("text", "offset"), [("昨年度予算額", -1), ("前々年度", -2), ("当年度（A）", 0),
                                              ("前年度（B）", -1), ("翌年度", 1)])
def test_relative_years_are_a_prefix_before_nendo(text: str, offset: int) -> None:
    assert read_facets(text).relative_year == offset


@pytest.mark.parametrize(("line", "states"), [("〈千円〉", True), ("（単位：人）", True), ("【万人】", True),
                                              ("〈参考〉", False), ("（1）地域産業の振興", False)])
def test_a_line_of_one_bracketed_unit_is_a_unit_statement(line: str, states: bool) -> None:
    assert is_unit_statement(line) is states
    assert (bracketed_unit(line) is not None) is (states and "単位" not in line)


@pytest.mark.parametrize(("text", "rest"), [("19.7万人回/年（平成30(2018)年度）", "19.7万人回/年"), ("目標値〈R6〉【千円】", "目標値"),
                                            ("（1）", "")])
def test_brackets_go_whole_nested_ones_too(text: str, rest: str) -> None:
    assert without_bracket_groups(text, "") == rest


@pytest.mark.parametrize(("words", "kind"), [("策定時現在の数値", "baseline"), ("策定時の実績値", "baseline"),
                                             ("実績 (2021年度 目標 (2023年度", None)])
def test_two_kind_words_are_settled_only_when_they_make_one_phrase(words: str, kind: str | None) -> None:
    assert kind_of(words) == kind


@pytest.mark.parametrize(("header", "kind"), [
    # the change written with the sign its decreases take (corpus dev4: 前年度比較増△減 read as 前年度比, a ratio)
    ("増△減", "difference"), ("増▲減額", "difference"), ("前年度比較増△減", "difference"), ("増△減（A－B）", "difference"),
    # measured against a kind, the lookup's ratio word says which (目標に対する進捗度: no kind before)
    ("目標に対する進捗度", "ratio"), ("目標値に対する達成率", "ratio"),
    ("観光客数の伸び", None), ("人口の変化", None),  # a name of its own, no kind word to be measured against
])
def test_a_change_with_its_sign_note_and_a_ratio_measured_against_a_kind(header: str, kind: str | None) -> None:
    assert kind_of(header) == kind


@pytest.mark.parametrize(("words", "kind"), [
    # a value dated at an end of the plan's span: its start the baseline, its end the target
    ("計画開始時の値", "baseline"), ("開始時点の数値", "baseline"), ("計画始期の値", "baseline"),
    ("計画最終年度の値", "target"), ("最終年度の数値", "target"), ("計画終了時の数値", "target"), ("終期の値", "target"),
    ("計画期間末の数値", "target"),
])
def test_a_value_at_an_end_of_the_plans_span_is_its_baseline_or_target(words: str, kind: str) -> None:
    assert read_compound(words) == Reading(kind, one_phrase=True)
    assert kind_of(words) == kind  # 計画 alone would name a plan's amounts: the span's point settles it


@pytest.mark.parametrize(("words", "kind"), [
    ("最終年度の実績", "actual"),  # the actual of the last year: a span's end narrows no series
    ("事業開始時の人数", None),  # the point of something else than the plan's span
    ("最終年度の事業費", None), ("最終年度", None),  # an amount, or no head: no value of the indicator
    ("年度末の値", None),  # the end of a year, no span's end
])
def test_a_span_point_names_no_kind_off_a_value_or_of_another_span(words: str, kind: str | None) -> None:
    assert read_compound(words).kind is None and kind_of(words) == kind
