"""The DEV7 wording batch's findings: a header or a card's label is read by its head word, its letters
set apart by a layout read as one word (補 正 前 の 額, 単 位); a head naming a judgement (目標達成状況)
makes the kind word before it no kind of the column; a label whose head is 単位 (指標の単位) names the
unit, not the indicator; a budget level named as the rows' classing (款別, 項 別) heads their names.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.compound import read_compound
from extract.interpret.facets import kind_of, names_unit
from extract.interpret.header_rows import is_name_header
from extract.interpret import is_running_text
from extract.recognizers.columns import classify_header
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize(("header", "kind"), [("目 標 値", "target"), ("実　績　値", "actual"), ("現 状 値", "baseline"),
                                              ("補 正 額", "budget"), ("予 算 額", "budget")])
def test_letters_set_apart_read_as_one_word(header: str, kind: str) -> None:
    assert read_compound(header).kind == kind


def test_letters_set_apart_are_still_the_words_they_spell() -> None:
    # the same letters unspaced and spaced read the same; a word the reader does not know stays unread
    assert read_compound("目 標 値") == read_compound("目標値")
    assert read_compound("Ｃ Ｃ").kind is None


@pytest.mark.parametrize("header", ["目標達成状況（％）", "目標達成状況", "目標の達成状況", "目標値の達成状況", "目標判定"])
def test_a_judgement_of_how_a_value_stands_names_no_kind(header: str) -> None:
    # corpus dev7 seed 502 kpi_progress: 目標達成状況（％） read as the target, its rates given as targets
    assert kind_of(header) is None


@pytest.mark.parametrize(("header", "kind"), [("目標値", "target"), ("達成値", "actual"), ("目標達成率", "ratio"),
                                              ("達成率（実績／目標）", "ratio")])
def test_a_value_or_a_rate_is_no_judgement(header: str, kind: str) -> None:
    assert kind_of(header) == kind


@pytest.mark.parametrize("label", ["単位", "単 位", "指標の単位", "数値の単位", "単位（指標）"])
def test_a_label_headed_by_a_unit_word_names_the_unit(label: str) -> None:
    assert names_unit(label)


@pytest.mark.parametrize("label", ["指標名", "成果指標", "単位当たり費用", "KPI（単位）"])
def test_a_label_not_headed_by_a_unit_word_names_no_unit(label: str) -> None:
    assert not names_unit(label)


def test_a_card_row_of_the_indicators_unit_is_no_indicator() -> None:
    # corpus dev7 seed 501 kpi_cards: 指標の単位 | 人 was read as the indicator 人 (指標 in its words)
    text = ("指 標 名\t出生数\n指標の単位\t人\n基準年度の現状値（令和２年度）\t742\n目　標（令和７年度）\t761\n")
    found = {(v.indicator, v.kind, v.fiscal_year, v.value, v.unit) for v in _read(text).kpi_values}
    assert found == {("出生数", "baseline", 2020, 742.0, "人"), ("出生数", "target", 2025, 761.0, "人")}


@pytest.mark.parametrize("header", ["款別", "款　別", "項 別", "款・項別", "款 名"])
def test_a_level_classing_the_rows_names_them(header: str) -> None:
    assert is_name_header(header)


@pytest.mark.parametrize("header", ["年度別", "目標別", "別", "予算額"])
def test_classing_by_no_level_names_no_rows(header: str) -> None:
    assert not is_name_header(header)


def test_sub_rows_under_a_level_classing_header_are_named_by_their_own_column() -> None:
    # corpus dev7 seed 500 budget_kan_kou: 項　別 was no name column, the 項 rows were named by the 款 above
    text = ("区　分\t項　別\t本年度予算額（千円）\t前年度予算額（千円）\n"
            "1 土木費\t\t2,900\t2,500\n\t1 土木管理費\t1,900\t1,500\n\t2 河川費\t1,000\t1,000\n")
    found = {(v.project, v.amount_yen) for v in _read(text).budget_values}
    assert found == {("1土木費", 2_900_000), ("1土木費", 2_500_000), ("1土木管理費", 1_900_000), ("1土木管理費", 1_500_000),
                     ("2河川費", 1_000_000)}


@pytest.mark.parametrize(("header", "kind"), [("指標の単位", "unit"), ("単 位", "unit"), ("指標名", "indicator"),
                                              ("目標値（単位：人）", "target")])
def test_a_column_header_is_read_by_its_head_as_a_card_label_is(header: str, kind: str) -> None:
    assert classify_header(1, header).kind == kind


def test_a_table_with_a_column_of_the_indicators_unit_names_the_indicators_by_their_own_column() -> None:
    text = "指標名\t指標の単位\t現状値（R2）\t目標値（R7）\n出生数\t人\t742\t761\n"
    found = {(v.indicator, v.kind, v.value, v.unit) for v in _read(text).kpi_values}
    assert found == {("出生数", "baseline", 742.0, "人"), ("出生数", "target", 761.0, "人")}


@pytest.mark.parametrize(("header", "kind"), [("計画策定時の状況", "baseline"), ("策定時の状況", "baseline")])
def test_a_state_alone_is_the_value_of_its_time(header: str, kind: str) -> None:
    # corpus dev5: 計画策定時の状況 is the baseline, not a judgement of it
    assert kind_of(header) == kind


def test_a_sentence_above_a_table_makes_no_table_of_money() -> None:
    # corpus unknown words seed 738 kpi_year_matrix: the 交付金 of a sentence above an indicator's table of 千円
    # by year (rows ＣＣ / ＢＢ, words no reader knows) made it a budget table and its figures budget amounts
    table = "(単位:千円)\n\nＤＤ\t区分\t2025年\t2024年\n①ふるさと納税寄附額\tＣＣ\t832933\t796829\n\tＢＢ\t\t808060\n"
    prose = "事業の実施に当たっては国の交付金を活用する。\n\n"
    assert not _read(prose + table).budget_values
    # the same table under a caption naming its money is one
    assert _read("補助金交付額の推移\n" + table).budget_values


def test_a_note_above_a_table_makes_no_table_of_money() -> None:
    # corpus unknown words seed 527 kpi_baseline_target: the ※ note of the table above (事業費は概算…) made the next
    # table, an indicator's 百万円 under words no reader knows, a budget table
    table = "施策\tＤＤ\tＣＣ（2022年）（百万円）\tＡＡ（2017年）（百万円）\n移住・定住の促進\t農業産出額\t4,210\t3,428\n"
    assert not _read("※ 事業費は概算であり、今後変更となる場合がある\n\n" + table).budget_values
    assert _read("主要事業費\n\n" + table).budget_values


@pytest.mark.parametrize(("line", "running"), [("事業の実施に当たっては国の交付金を活用する。", True), ("※ 事業費は概算", True),
                                               ("（単位：千円）", False), ("主な事業の予算", False)])
def test_running_text_is_a_sentence_or_a_note(line: str, running: bool) -> None:
    assert is_running_text(line) is running
