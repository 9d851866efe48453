"""The DEV8 wording batch's findings: a unit statement ends where the legend of the minus mark begins
(単位：千円　△印は減); a unit in ASCII angle brackets (補正前<br><百万円>) is text, no HTML tag; a caption
listing a per-unit and a ratio (万人回/年／％) lists two units, the per-unit kept whole; a label naming the
unit word's name (単位名, 単位の名称) names the unit.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.context import _stated_unit
from extract.interpret.facets import kind_of, names_unit
from extract.text_reader import html_to_text
from normalize import parse_quantity
from normalize.text import formula_operation
from normalize.units import amount_unit_of_list, list_members, parse_unit, unit_from_header
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize("caption", ["単位：千円　△印は減", "単位：千円 ▲は減少", "（単位：千円　△は減）"])
def test_a_unit_statement_ends_before_the_minus_marks_legend(caption: str) -> None:
    assert parse_unit(caption) == ("円", 1000)


def test_a_unit_statement_without_a_legend_keeps_its_whole_unit() -> None:
    assert parse_unit("単位：万人回/年") == ("人回/年", 10000)
    assert parse_unit("単位：t-CO2") == ("tCO2", 1)  # a hyphen is no minus mark in a unit


def test_supplementary_amounts_under_a_caption_with_a_minus_legend_are_read() -> None:
    # corpus dev8 seed 505 budget_supplementary: 単位：千円　△印は減 stated no unit, every amount missing
    text = ("単位：千円　△印は減\n\n事業名\t補正前\t補正予算額\t補正後予算額\n"
            "道路改良事業\t2,593\t△87\t2,506\n")
    found = {(v.project, v.amount_yen) for v in _read(text).budget_values}
    assert ("道路改良事業", 2_593_000) in found and ("道路改良事業", -87_000) in found


@pytest.mark.parametrize(("fragment", "expected"), [("補正前<br /><百万円>", "補正前 <百万円>"), ("計<br><千円>", "計 <千円>"),
                                                    ("<p>補正額</p><!-- 注 -->", "補正額"), ("a < b", "a < b")])
def test_only_tags_named_by_letters_are_html(fragment: str, expected: str) -> None:
    assert html_to_text(fragment) == expected


def test_amounts_under_a_unit_in_angle_brackets_are_read() -> None:
    # corpus dev8 seed 502 budget_supplementary: 補正前<br /><百万円> lost its unit as a tag, every amount missing
    text = "款\t補正前<br /><百万円>\t補正予算額<br /><百万円>\t計<br /><百万円>\n農林水産業費\t2,023.8\t138.3\t2,162.1\n"
    found = {v.amount_yen for v in _read(text).budget_values}
    assert {2_023_800_000, 138_300_000, 2_162_100_000} <= found


@pytest.mark.parametrize(("unit", "members"), [("万人回/年/%", ("万人回/年", "%")), ("人・日/%", ("人・日", "%")),
                                               ("%・千円", ("%", "千円")), ("千円/%", ("千円", "%"))])
def test_a_ratio_joined_to_a_unit_parts_a_list_the_unit_kept_whole(unit: str, members: tuple[str, ...]) -> None:
    assert list_members(unit) == members


@pytest.mark.parametrize("unit", ["万人回/年", "%/年", "グラム/人・日", "人/km2"])
def test_a_compound_unit_with_no_ratio_after_a_join_is_one_unit(unit: str) -> None:
    assert list_members(unit) == (unit,)


def test_the_amount_unit_of_a_per_unit_listed_with_a_ratio_is_the_per_unit() -> None:
    assert amount_unit_of_list("万人回/年/%") == "万人回/年"


def test_kpi_values_under_a_per_unit_listed_with_a_ratio_take_the_per_unit() -> None:
    # corpus dev8 seed 523 kpi_year_matrix: （単位：万人回/年／％） read as three units 万人回, 年, %: 6.6 given unscaled
    text = ("（単位：万人回/年／％）\n\n指標名\t基準値\t目標値\n\tR2\tR7\nスポーツ施設利用者数\t6.6\t7.0\n")
    found = {(v.kind, v.value, v.unit) for v in _read(text).kpi_values}
    assert found == {("baseline", 66_000.0, "人回/年"), ("target", 70_000.0, "人回/年")}


@pytest.mark.parametrize("label", ["単位名", "単位の名称", "単 位 名"])
def test_the_name_of_the_unit_word_names_the_unit(label: str) -> None:
    assert names_unit(label)


@pytest.mark.parametrize("label", ["指標名", "事業名", "単位数", "指標の名称", "単位当たり費用名"])
def test_a_name_of_anything_else_names_no_unit(label: str) -> None:
    assert not names_unit(label)


def test_a_card_reads_its_unit_from_a_unit_name_label() -> None:
    # corpus dev8 seed 530 kpi_cards: 単位名 | 億円 not read, 21.3 given as 21.3 (not 21.3 億円)
    text = "活動指標名\t観光消費額\n単位名\t億円\n現状値（策定時点）（R04（2022））\t21.3\n"
    found = {(v.indicator, v.kind, v.fiscal_year, v.value, v.unit) for v in _read(text).kpi_values}
    assert found == {("観光消費額", "baseline", 2022, 2_130_000_000.0, "円")}


@pytest.mark.parametrize(("header", "unit"), [("補正額 千円単位", "千円"), ("補正前の額　百万円単位", "百万円"), ("（千円単位）", "千円")])
def test_a_unit_before_the_unit_word_on_a_headers_line_is_its_unit(header: str, unit: str) -> None:
    assert unit_from_header(header) == unit


@pytest.mark.parametrize("header", ["1,000 円単位", "事業費（1,000円単位）", "1,000円単位"])
def test_a_figure_before_the_unit_word_rounds_it_states_no_unit(header: str) -> None:
    assert unit_from_header(header) is None


_RUN = ("第2期総合戦略\n\nKPI指標名\t基準年度の実績値<br>2022(R4)年度\t最終目標値<br>2027(R9)年度\n転出者数\t1,421人\t2,093人\n"
        "合計特殊出生率\t1.57\t1.49\n\n- 1 -\f第2期総合戦略\n\n{rest}\n\n※ 基準年度の実績値の数値は2021(R3)年度実績\n\n- 2 -\n")


def test_a_footnote_below_a_tables_headless_rest_on_the_next_page_speaks_of_its_first_part() -> None:
    # corpus dev8 seed 708 kpi_progress: the rows above the page break kept the header's 2022, the note says 2021
    found = {(v.indicator, v.fiscal_year) for v in _read(_RUN.format(rest="転入者数\t2,670人\t3,273人")).kpi_values if v.kind == "baseline"}
    assert found == {("転出者数", 2021), ("合計特殊出生率", 2021), ("転入者数", 2021)}


def test_a_narrower_table_on_the_next_page_is_no_rest_of_it() -> None:
    found = {(v.indicator, v.fiscal_year) for v in _read(_RUN.format(rest="転入者数\t2,670人")).kpi_values if v.kind == "baseline"}
    assert ("転出者数", 2022) in found and ("転出者数", 2021) not in found


@pytest.mark.parametrize(("caption", "unit"), [("（単位：千円 ％）", "千円"), ("単位　千円　　％", "千円"), ("（単位：千円 端数調整あり）", "千円"),
                                               ("（単位：m ³ /年）", "m3/年"), ("（単位：万人 回）", "万人回")])
def test_words_a_space_apart_in_a_unit_statement_are_one_unit_a_list_or_a_unit_and_its_note(caption: str, unit: str) -> None:
    assert _stated_unit(caption) == unit


def test_two_units_a_space_apart_name_no_one_unit() -> None:
    assert _stated_unit("（単位：千円 人）") is None  # which column holds which, the statement does not say
    assert unit_from_header("補正額（単位：千円 ％）") is None  # a list, no one column's unit


@pytest.mark.parametrize(("text", "operation"), [("(A)-(B)", "difference"), ("（Ａ）－（Ｂ）", "difference"), ("B-A", "difference"),
                                                 ("(A)/(B)", "quotient"), ("A+B", "sum")])
def test_two_columns_letters_and_an_operator_are_a_formula(text: str, operation: str) -> None:
    assert formula_operation(text) == operation


@pytest.mark.parametrize("text", ["A", "(C)", "1-2", "R6-R5", "A-B-C", "比較", "-", "N/A", "n/a"])
def test_a_letter_a_figure_a_year_or_a_dash_is_no_formula(text: str) -> None:
    assert formula_operation(text) is None


def test_a_formula_heads_a_column_it_is_no_dash_in_a_body_row() -> None:
    # hand-made 予算の概要: (A)-(B) read as a dash made the header row a body row, every amount unread
    assert parse_quantity("(A)-(B)").missing_reason == "qualitative"
    assert parse_quantity("-").missing_reason == "dash"
    text = "令和6年度 一般会計予算の概要\n\n（単位：千円）\n\n事業名\t本年度\t前年度\t(A)-(B)\n観光事業\t1,203,108\t1,195,777\t7,331\n"
    found = {(v.fiscal_year, v.amount_yen) for v in _read(text).budget_values}
    assert {(2024, 1_203_108_000), (2023, 1_195_777_000)} <= found


@pytest.mark.parametrize(("header", "kind"), [("A－B", "difference"), ("（A）－（B）", "difference"), ("B-A", "difference")])
def test_a_header_computing_the_difference_of_two_columns_names_a_difference(header: str, kind: str) -> None:
    assert kind_of(header) == kind


@pytest.mark.parametrize("header", ["A+B", "B/A", "A", "(C)"])
def test_a_sum_a_quotient_or_a_letter_alone_names_no_kind(header: str) -> None:
    # B/A heads 1人当たり給与費 (an amount per head) as often as a ratio (realdocs otoineppu_kyuyo_teiin_r7)
    assert kind_of(header) is None
