"""Variants of common layouts the generated corpus showed on other seeds: each a rule that
must hold for any table of its kind, not for one document."""

from __future__ import annotations

import pytest

from extract.interpret.facets import kind_of
from extract.records import Extraction
from extract.recognizers.columns import classify_header
from tests.extract.text_docs import read_text_document as _read


def _kpis(found: Extraction) -> list[tuple[str, str, int | None, float | None]]:
    return sorted((v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values)


def test_a_card_name_written_on_two_rows_is_one_name() -> None:
    found = _read("重要業績評価指標\t六次産業化に取り組む\n\t事業者数（累計）\n担当課\t危機管理課\n"
                  "現況値（2023年度）\t34事業者\n目標（2027年度）\t30事業者\n")
    assert {v.indicator for v in found.kpi_values} == {"六次産業化に取り組む事業者数(累計)"}


def test_a_first_year_row_of_dashes_is_a_body_row_not_a_header() -> None:
    found = _read("KPI：要介護認定率（%）\n\n区分\t目標値\t達成値\n2024年度\t-\t－\n2023年度\t22.2\t－\n"
                  "2022年度\t22.8\t22.1\n")
    assert [(i, k, y, v) for i, k, y, v in _kpis(found) if v is not None] == [
        ("要介護認定率", "actual", 2022, 22.1), ("要介護認定率", "target", 2022, 22.8), ("要介護認定率", "target", 2023, 22.2)]


def test_a_recognizer_that_reads_nothing_yields_to_one_that_reads_values() -> None:
    text = ("ＫＰＩ項目\t区分\t2023年度（令和5年度）\t平成31年度/令和元年度\t2018年度（平成30年度）\n"
            "地域おこし協力隊員数\t実績\t\t\t20人\n\t計画\t-\t20人\t16人\n")
    assert ("地域おこし協力隊員数", "actual", 2018, 20.0) in _kpis(_read(text))


def test_a_ratio_header_naming_the_target_is_no_target() -> None:
    assert classify_header(7, "目標達成率").kind == "other"
    assert classify_header(2, "目標値(2023年)").kind == "target"


def test_each_block_of_a_table_side_by_side_has_its_own_unit_column() -> None:
    text = ("No.\t数値目標\t単位\tR8到達目標\tNo.\t数値目標\t単位\tR8到達目標\n"
            "3\t③観光入込客数\t万人\t443.4\t6\t⑥自主防災組織率\t%\t84.0\n")
    got = {(v.indicator, v.value, v.unit) for v in _read(text).kpi_values}
    assert ("⑥自主防災組織率", 84.0, "%") in got or ("自主防災組織率", 84.0, "%") in got
    assert not any(v == 840_000.0 for _, v, _ in got)


def test_a_dash_in_the_unit_column_means_no_unit() -> None:
    text = ("重要業績評価指標（KPI）\t単位\t基準年度値（H28年度）\t目標値（R1年度）\n"
            "保育所入所率\t%\t87.1\t98.2\n合計特殊出生率\t－\t1.20\t1.73\n")
    assert ("合計特殊出生率", "baseline", 2016, 1.2) in _kpis(_read(text))


def test_a_name_cut_after_a_verb_continues_on_the_row_below() -> None:
    text = ("ＫＰＩ項目\t単位\t策定時（令和元年度）\t計画目標値（令和7年度）\n"
            "地域の魅力を発信する\t人\t6,598\t8,841\nイベントへの参加者数\t\t\t\n"
            "中心市街地の歩行者\t人\t100\t120\n通行量\t\t\t\n")
    names = {v.indicator for v in _read(text).kpi_values}
    assert "地域の魅力を発信するイベントへの参加者数" in names
    # a noun phrase already, but a row of a name alone under a row of values, opening no section,
    # continues it (as the grid interpreter reads it: values.join_continued_names)
    assert "中心市街地の歩行者通行量" in names


def test_a_quantity_named_with_a_kind_word_is_an_indicator() -> None:
    text = "年度\t実績値\t\n\t創業件数（件）\t社会増減数（人）\nH28年度\t50\t-145\nH29年度\t59\t-171\n"
    assert ("社会増減数", "actual", 2016, -145.0) in _kpis(_read(text))


def test_a_table_repeating_its_header_keeps_the_unit_stated_above_the_first_part() -> None:
    head = "事業名称\t課名\t事業費\t\n\t\tR1年度\tR2年度\n"
    text = (f"（単位：千円）\n\n{head}自主防災組織育成事業\t危機管理課\t251,512\t271,960\n\n- 1 -\n\f"
            f"第2期総合戦略\n\n{head}新規就農者育成総合対策\t商工観光課\t130,833\t196,089\n")
    found = _read(text)
    assert {(v.project, v.fiscal_year, v.amount_yen) for v in found.budget_values} >= {
        ("新規就農者育成総合対策", 2019, 130_833_000), ("新規就農者育成総合対策", 2020, 196_089_000)}


def test_names_cut_in_two_blocks_side_by_side_continue_on_the_row_below() -> None:
    text = ("KPI\t単位\t基準年度値 (2020年度)\tKPI\t単位\t基準年度値 (2020年度)\n"
            "地域の魅力を発信する\t人\t1,482\t住み続けたいと思う\t%\t59.8\n"
            "イベントへの参加者数\t\t\t中学生の割合\t\t\n")
    assert {v.indicator for v in _read(text).kpi_values} == {
        "地域の魅力を発信するイベントへの参加者数", "住み続けたいと思う中学生の割合"}


def test_a_difference_from_the_baseline_is_no_baseline() -> None:
    text = ("KPI\tH29年度現状値\tR5年度到達目標\t基準値との差\n"
            "ふるさと納税寄附額\t453,633千円\t365,824千円\t▲39,583\n")
    assert not any(v.value == -39_583 for v in _read(text).kpi_values)


@pytest.mark.parametrize(("header", "kind"), [("出生数の割合", "ratio"), ("転入者に占める若者の割合", None)])
def test_ratio_label_max_chars_is_pinned(header: str, kind: str | None) -> None:
    # A ratio column is headed by a short label: 出生数の割合 (6 characters) is one
    # (RATIO_LABEL_MAX_CHARS 10; halving it takes it for a name); 転入者に占める若者の割合 (12)
    # names an indicator (doubling it takes the name for a ratio column).
    assert kind_of(header) == kind


def test_an_indicator_measured_as_a_share_is_read_from_its_column() -> None:
    text = ("区分\t区分\t③結婚・子育ての希望がかなうと感じる市民の割合（%）\n"
            "平成28年度\t実績値\t54.3\n平成29年度\t実績値\t45.7\n")
    assert ("③結婚・子育ての希望がかなうと感じる市民の割合", "actual", 2016, 54.3) in _kpis(_read(text))


def test_funding_parts_and_differences_take_the_tables_latest_budget_year() -> None:
    text = ("令和4年度 第3回 推進会議資料\n\n（単位：千円）\n\n"
            "No.\t主な事業\t2024年度（令和6年度）予算計上額\t2025年度（令和7年度）予算計上額\t対前年度増減\t特定財源等\t\n"
            "\t\t\t\t\t国庫・県支出金\t一般財源\n"
            "1\tインバウンド誘客推進事業\t538,814\t465,620\t-73,194\t176,937\t288,683\n")
    years = {v.measure: v.fiscal_year for v in _read(text).budget_values}
    assert years["特定財源等 / 国庫・県支出金"] == 2025 and years["特定財源等 / 一般財源"] == 2025
    assert years["対前年度増減"] == 2025


def test_a_unit_in_the_row_name_scales_its_values() -> None:
    text = ("項目\t種別\t2015年度（平成27年度）\t2022年度（令和4年度）\n宿泊者数（千人）\t実績\t95\t―\n\t計画\t\t109\n")
    assert {(v.kind, v.value) for v in _read(text).kpi_values if v.value} == {("actual", 95_000.0), ("target", 109_000.0)}


def test_a_unit_closing_the_row_below_proves_a_cut_name() -> None:
    text = ("成果指標\t基準値（2017年）\t目標値（2019年）\n中心市街地の歩行者\t15,398\t17,972\n通行量（休日）（人）\t\t\n")
    names = {v.indicator for v in _read(text).kpi_values}
    assert len(names) == 1 and next(iter(names)).startswith("中心市街地の歩行者通行量")


def test_a_bare_four_digit_value_beside_a_written_year_is_a_value() -> None:
    found = _read("重要業績評価指標\t転入者数\n基準年度値\t1902人（2018年度）\n計画目標値\t1389人（2023年度）\n")
    assert ("転入者数", "baseline", 2018, 1902.0) in _kpis(found)
