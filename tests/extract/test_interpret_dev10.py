"""The DEV10 wording batch's findings, each read from the parts of a header rather than its whole words: a bracket
computing a quotient of columns (前年度対比（A/B）) makes the column their ratio, whichever comparing word names it; a
note set after a unit by a slash (千円／税込) is no divisor of it; a header stating two different units states none; a
letter after words naming money (本年度予算額（a）) is the column's letter, no unit; a header whose head noun names
indicators (目標となる指標) is the column of their names, whatever kind word modifies the head.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.facets import kind_of, names_indicators, read_facets, states_quotient
from extract.recognizers.columns import classify_header
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize("header", ["前年度対比（A/B）", "対比（Ａ／Ｂ）", "比較（C/B）", "増減（A÷B）"])
def test_a_bracket_computing_a_quotient_makes_the_column_a_ratio(header: str) -> None:
    assert states_quotient(header) and kind_of(header) == "ratio"


@pytest.mark.parametrize(("header", "kind"), [("前年度との比較（A-B）", "difference"), ("比較（A－B）", "difference"),
                                              ("本年度予算額（A）", "budget"), ("前年度対比", "difference"),
                                              ("補正後の額（A+B）", "budget")])
def test_a_bracket_computing_no_quotient_leaves_the_kind_its_words_name(header: str, kind: str) -> None:
    assert not states_quotient(header) and kind_of(header) == kind


def test_a_ratio_by_its_formula_takes_no_money_unit_of_a_list_caption() -> None:
    # corpus dev10 seed 504 budget_kan_kou: 前年度対比（A/B） read as a difference, its 6.8 (%) given the 百万円 of
    # the caption's 百万円／％ (6,800,000 yen, wrong)
    text = ("令和6年度 一般会計予算書\n単位：百万円／％\n款名\t本年度予算額（A）\t前年度予算額（B）\t比較（A-B）\t前年度対比（A/B）\n"
            "総務費\t1,464.4\t1,570.6\t△106.2\t△6.8\n民生費\t1,503.0\t933.9\t569.1\t60.9\n")
    amounts = {round(v.amount_yen) for v in _read(text).budget_values}
    assert {1_464_400_000, 1_570_600_000, -106_200_000} <= amounts
    assert not amounts & {-6_800_000, 60_900_000}


def test_amounts_under_a_unit_with_a_note_after_a_slash_are_read() -> None:
    # corpus dev10 seed 503 budget_main_projects: （単位：千円／税込） read as the unit 千円 per 税込, every amount missing
    text = "（単位：千円／税込）\n事業名\t本年度予算額\t前年度予算額\n道路改良事業\t2,593\t2,400\n"
    assert {2_593_000, 2_400_000} <= {v.amount_yen for v in _read(text).budget_values}


def test_amounts_under_a_header_stating_two_units_are_left_missing() -> None:
    # corpus dev10 seed 509 budget_main_projects: 財源内訳（千円）（百万円単位） gave its parts 千円, 5.7 read as 5,700 yen
    text = ("事業名\t本年度予算額（百万円）\t財源内訳（千円）（百万円単位）\t\n\t\t国県支出金\t一般財源\n"
            "道路改良事業\t342.9\t5.7\t337.2\n")
    amounts = {round(v.amount_yen) for v in _read(text).budget_values}
    assert 342_900_000 in amounts and not amounts & {5_700, 337_200}


@pytest.mark.parametrize("header", ["目標となる指標", "実績を測る指標", "現状値を示す指標", "目標の指標", "目標となるＫＰＩ"])
def test_a_header_headed_by_an_indicator_noun_names_the_indicators_whatever_kind_word_modifies_it(header: str) -> None:
    # a whole-word lookup took the indicator word out and read the modifier's kind word: 目標となる指標 a target column
    assert names_indicators(header) and kind_of(header) is None and classify_header(1, header).kind == "indicator"


@pytest.mark.parametrize(("header", "kind"), [("指標（目標）", "target"), ("目標となる指標（R7）", "target"),
                                              ("指標目標値", "target"), ("成果指標の目標値", "target"), ("KPI目標値", "target")])
def test_a_dated_header_a_kind_in_its_bracket_or_a_value_head_names_values(header: str, kind: str) -> None:
    assert not names_indicators(header) and classify_header(1, header).kind == kind


@pytest.mark.parametrize("header", ["本年度予算額（a）", "前年度当初予算額（b）", "本年度（a）", "財源内訳（a）"])
def test_a_letter_after_words_naming_money_is_the_columns_letter_no_unit(header: str) -> None:
    assert read_facets(header).unit is None


@pytest.mark.parametrize("header", ["面積（a）", "農地面積(a)", "耕作放棄地（a）"])
def test_a_letter_after_words_naming_no_money_is_its_unit(header: str) -> None:
    assert read_facets(header).unit == "a"


def test_amounts_under_a_header_lettered_in_lower_case_are_read() -> None:
    # corpus dev10 seed 506 budget_book: 本年度予算額（a） read as ares, this year's amounts missing
    text = "（単位：千円）\n事業\t本年度予算額（a）\t前年度予算額（b）\t比較（a－b）\n道路改良事業\t2,593\t2,400\t193\n"
    assert {2_593_000, 2_400_000} <= {v.amount_yen for v in _read(text).budget_values}
