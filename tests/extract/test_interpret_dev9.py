"""The DEV9 wording batch's findings, each read from the parts of a header rather than its whole words: a bracket
holding nothing but a name's head is that head after the words (項（名） as 項名); a bracket names what is counted
before a colon and its unit after it (金額：千円), or a unit and a note on it (千円・税込); a year cell may write its
year again in the other calendar, a bare western year (R7年度 2025); a header holding an indicator word but dated
(数値目標（最終年度）) names values of that date; a suffix widening a noun (単位等) leaves the noun its head.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.cells import is_year_cell
from extract.interpret.facets import kind_of, names_unit
from extract.interpret.header_rows import is_data_value, is_name_header
from extract.recognizers.columns import classify_header
from normalize.units import unit_from_header
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize("header", ["項（名）", "款（名称）", "施設（名）", "目（名称）"])
def test_a_bracketed_name_head_names_the_rows(header: str) -> None:
    assert is_name_header(header)


@pytest.mark.parametrize("header", ["項（歳出）", "款（一般会計）", "款・項（歳入）"])
def test_a_level_qualified_by_the_budgets_side_names_the_rows(header: str) -> None:
    assert is_name_header(header)


@pytest.mark.parametrize("header", ["（名）", "項（千円）", "項（参考）", "目標値", "（歳出）", "予算額（歳出）"])
def test_a_bracket_names_no_rows_alone_or_holding_other_words(header: str) -> None:
    assert not is_name_header(header)


def test_a_level_headed_with_its_name_in_a_bracket_names_the_rows_under_the_level_above() -> None:
    # corpus dev9 seed 500 budget_kan_kou: 項（名） was no name header, the 款 named every 項's amounts (wrong)
    text = ("令和6年度 一般会計予算書\n（単位：千円）\n款名\t項（名）\t本年度予算額\t前年度予算額\n"
            "1 総務費\t\t4,800\t4,600\n\t1 総務管理費\t3,600\t2,900\n\t2 徴税費\t1,200\t1,700\n")
    named = {v.project for v in _read(text).budget_values if v.amount_yen == 3_600_000}
    assert len(named) == 1 and "総務管理費" in named.pop()


@pytest.mark.parametrize(("header", "unit"), [("予算額（金額：千円）", "千円"), ("事業費（金額:百万円）", "百万円"),
                                              ("予算額(千円・税込)", "千円"), ("事業費（千円、税抜）", "千円")])
def test_a_bracket_states_its_unit_after_the_words_naming_what_is_counted_or_before_a_note(header: str, unit: str) -> None:
    assert unit_from_header(header) == unit


@pytest.mark.parametrize("header", ["事業費（千円・％）", "延べ人数（人・日）", "目標値（R5：見込）", "予算額（注：1,000円）",
                                    "事業費（千円・2）"])
def test_a_bracket_listing_units_or_stating_none_gives_no_unit(header: str) -> None:
    assert unit_from_header(header) is None


def test_amounts_under_a_colon_stated_unit_are_read() -> None:
    # corpus dev9 seed 508 budget_kan_kou: 本年度予算額（金額：千円） stated no unit, every amount missing
    text = "事業名\t本年度予算額（金額：千円）\t前年度予算額（金額：千円）\n道路改良事業\t2,593\t2,400\n"
    found = {v.amount_yen for v in _read(text).budget_values}
    assert {2_593_000, 2_400_000} <= found


@pytest.mark.parametrize("text", ["R7年度 2025", "令和7年度 2025", "R7年度2025", "R7年度 (2025)"])
def test_a_year_written_again_in_the_western_calendar_is_a_year_cell(text: str) -> None:
    assert is_year_cell(text)


@pytest.mark.parametrize("text", ["R7年度 2024", "2025人 R7年度", "R7年度 12,025", "R7年度 2025.5", "R7年度 2025件"])
def test_another_year_or_a_figure_beside_a_year_is_a_value(text: str) -> None:
    assert not is_year_cell(text)


def test_plan_years_written_in_both_calendars_head_their_columns() -> None:
    # corpus dev9 seed 509 budget_plan_years: R7年度 2025 read as a body row, every year but the first missing
    text = ("R6年度からR8年度までの事業計画\n（単位：千円）\n事業名\t計画事業費\t\t\n\tR6年度 2024\tR7年度 2025\tR8年度 2026\n"
            "橋りょう補修事業\t4,219\t3,612\t4,223\n介護予防推進事業\t208\t225\t137\n")
    found = {(v.fiscal_year, v.amount_yen) for v in _read(text).budget_values}
    assert {(2024, 4_219_000), (2025, 3_612_000), (2026, 4_223_000)} <= found


@pytest.mark.parametrize(("header", "kind"), [("数値目標（最終年度）", "target"), ("数値目標（R9年度）", "target"),
                                              ("成果指標（2025年度目標）", "target")])
def test_an_indicator_word_dated_heads_values(header: str, kind: str) -> None:
    assert classify_header(0, header).kind == kind


@pytest.mark.parametrize("header", ["数値目標", "数値目標（指標名）", "重要業績評価指標（KPI）", "指標名（年度）"])
def test_an_indicator_word_undated_or_naming_names_heads_the_indicators(header: str) -> None:
    assert classify_header(0, header).kind == "indicator"


def test_a_dated_indicator_word_is_the_target_column_not_the_names() -> None:
    # corpus dev9 seed 501 kpi_baseline_target: 数値目標（最終年度）(2026年度) taken for the names, 13.4 an indicator (wrong)
    text = ("（単位：%）\nNo\t評価指標\t数値目標（最終年度）(2026年度)\t基準値\n"
            "1\tがん検診受診率\t13.4\t12.5（2019年度）\n2\t保育所入所率\t76.6\t70.2（2019年度）\n")
    found = {(v.indicator, v.kind, v.value) for v in _read(text).kpi_values}
    assert ("がん検診受診率", "target", 13.4) in found and not any(name == "13.4" for name, _, _ in found)


@pytest.mark.parametrize("label", ["単位等", "単位など", "指標の単位等"])
def test_a_widened_unit_word_names_the_unit(label: str) -> None:
    assert names_unit(label)


@pytest.mark.parametrize("label", ["単位の種類", "単位種別"])
def test_a_unit_words_sort_names_the_unit(label: str) -> None:
    assert names_unit(label)  # corpus dev9check seed 514 kpi_cards (looked at by the lead): 単位の種類 | 千人 unread


@pytest.mark.parametrize("label", ["等", "指標等", "単位数等", "指標の種類", "種類"])
def test_a_widening_suffix_makes_no_other_word_a_unit(label: str) -> None:
    assert not names_unit(label)


def test_a_card_unit_labelled_with_a_widening_suffix_scales_its_values() -> None:
    # corpus dev9 seed 506 kpi_cards: 単位等 | 百万円 unread, 3,434 given as 3,434 (not 3,434 百万円)
    text = "成果指標\t農業産出額\n単位等\t百万円\n基準値（2021年度）\t3,434\n目標値（2025年度）\t3,600\n"
    found = {(v.kind, v.value) for v in _read(text).kpi_values}
    assert ("baseline", 3_434_000_000) in found and ("target", 3_600_000_000) in found


@pytest.mark.parametrize(("label", "kind"), [("基準（R4）", "baseline"), ("基準（令和4年）", "baseline"), ("直近（2023年度）", "actual"),
                                             ("最新 R5", "actual")])
def test_a_kind_word_alone_dated_names_its_kind(label: str, kind: str) -> None:
    assert kind_of(label) == kind


@pytest.mark.parametrize("label", ["基準", "当初", "直近", "早期健全化基準（R4）", "当初（R4）", "ＡＡ（R4）"])
def test_a_kind_word_undated_or_naming_two_kinds_or_no_kind_word_names_none(label: str) -> None:
    # 当初 over an amount is the budget, over a value the baseline: a header alone does not say which
    assert kind_of(label) is None


def test_a_cards_dated_initial_value_is_its_baseline() -> None:
    # the lead's open cause (session 16): card labels 基準（令和4年） / 当初（R4） unread, their values missing
    text = "成果指標\t図書館の利用者数\n単位\t人\n当初（R4）\t1,200\n目標（R9）\t1,500\n"
    found = {(v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert ("baseline", 2022, 1200) in found and ("target", 2027, 1500) in found


@pytest.mark.parametrize(("header", "unit"), [("計 千円単位", "千円"), ("計\n百万円単位", "百万円"), ("補正後 千円単位", "千円")])
def test_a_unit_line_run_into_the_headers_words_states_the_unit(header: str, unit: str) -> None:
    # the lead's open cause (session 16): 計 千円単位, the unit line under 計 joined to it, stated no unit
    assert unit_from_header(header) == unit


@pytest.mark.parametrize("header", ["1,000円単位", "金額は千円単位で表示", "計 単位", "ＡＡ単位"])
def test_a_rounding_a_sentence_or_no_unit_before_the_unit_word_states_none(header: str) -> None:
    assert unit_from_header(header) is None


FIRST_PAGE = ("令和5年度 成果指標\n\n年度\t区分\t出生数（人）\t婚姻件数（件）\nR元年度\t実績\t767\t204\nH30年度\t実績\t716\t266\n\n"
              "基本目標2\n\n年度\t区分\t社会増減数（人）\t新規就農者数（人）\nH22年度\t実績\t-347\t4\n23年度\t実績\t-271\t4\n\n- 1 -\n\f")


def test_a_continuations_years_without_their_era_go_on_in_the_era_its_table_last_wrote() -> None:
    # corpus dev9 seed 548 kpi_transposed: 24年度 / 25年度 on the page after H22年度 / 23年度, read in the document's
    # first era (令和24 = 2042) and taken for the indicators' names (wrong)
    text = FIRST_PAGE + "年度\t区分\t社会増減数（人）\t新規就農者数（人）\n24年度\t実績\t-296\t2\n25年度\t実績\t-331\t2\n"
    found = {(v.indicator, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert {("社会増減数", 2012, -296), ("新規就農者数", 2013, 2)} <= found
    assert not any(year and year > 2030 for _, year, _ in found)


def test_another_table_under_its_own_caption_takes_no_era_from_the_table_before() -> None:
    text = FIRST_PAGE + "基本目標3\n\n年度\t区分\t観光客数（人）\n24年度\t実績\t1,296\n25年度\t実績\t1,331\n"
    assert not any(v.fiscal_year == 2012 for v in _read(text).kpi_values)


@pytest.mark.parametrize("text", ["目標値(最終年度末時点) R7年度2025 (ha)", "基準値 R5年度 2023"])
def test_a_headers_year_written_twice_is_no_value(text: str) -> None:
    assert not is_data_value(text)


@pytest.mark.parametrize("text", ["目標値 R7年度 2024", "R7年度 2025人", "1902人（2018年度）", "66.8（R5）"])
def test_a_figure_beside_a_year_is_a_value(text: str) -> None:
    assert is_data_value(text)


def test_a_header_row_dating_its_words_twice_heads_the_values() -> None:
    # corpus dev9 seed 717 kpi_baseline_target: 目標値（…）R7年度 2025（ha） read as the value 2025, the header row as body
    text = ("No\t評価指標\t目標値（最終）<br>R7年度 2025<br>（ha）\t基準値<br>R5年度 2023<br>（ha）\n"
            "1\t森林整備面積\t28.5\t23.2\n2\t耕作放棄地面積\t28.7\t39.6\n")
    found = {(v.indicator, v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert ("森林整備面積", "target", 2025, 28.5) in found and ("耕作放棄地面積", "baseline", 2023, 39.6) in found


def test_a_colon_statement_above_a_kpi_table_scales_its_amounts() -> None:
    # corpus dev9check seed 502 kpi_baseline_target (looked at by the lead): 金額：千円 was no unit line, 415,937 came unscaled
    text = ("推進会議資料\n金額：千円\n\nKPI（成果指標）\t現状値（2017年度）\t目標値（2020年度）\n"
            "ふるさと納税寄附額\t415,937\t477,892\n")
    values = {(v.kind, v.fiscal_year): v.value for v in _read(text).kpi_values}
    assert values[("baseline", 2017)] == 415_937_000


def test_a_year_like_figure_beside_a_dated_card_label_is_its_value() -> None:
    # corpus seed 723-0 kpi_cards (own words and dev9): 1924 beside 基準値（2018年度） was read as a year, the baseline missing
    text = ("成果指標\t地域の魅力を発信するイベントへの参加者数\n単位\t人\n基準値（2018年度）\t1924\n目標値（2025年度）\t2,400\n")
    found = {(v.kind, v.fiscal_year): v.value for v in _read(text).kpi_values}
    assert found[("baseline", 2018)] == 1924
    assert found[("target", 2025)] == 2400


@pytest.mark.parametrize("value", ["2018", "令和元年度"])
def test_the_labels_own_year_or_a_year_beside_a_dated_card_label_is_no_value(value: str) -> None:
    text = f"成果指標\tイベント参加者数\n単位\t人\n基準値（2018年度）\t{value}\n目標値（2025年度）\t2,400\n"
    assert ("baseline", 2018) not in {(v.kind, v.fiscal_year) for v in _read(text).kpi_values}
