"""The DEV17 wording batch's findings (progress tables, KPI cards, supplementary budgets and budget books): a unit statement
framed by ≪≫, a start of the plan named as a loanword or a base point (スタート時の値, 基点値), a listed figure's kind phrase
longer than a label whose every word names the kind and its point (前期計画最終年度の実績), a value column whose head is a value
whatever name word stands before it (目標指標値), a card's unit label naming the indicator too (単位／指標 | 人), and the money
columns' unit a caption lists among others (（単位：百万円、人、％）).
"""

from __future__ import annotations

import pytest

from extract.context import listed_money_unit
from extract.interpret.compound import names_kind_phrase_only
from extract.interpret.facets import read_facets
from extract.interpret.header_rows import is_name_header
from extract.interpret.statements import statement_kind, stated_figures
from extract.recognize import recognize_document
from extract.records import Extraction
from extract.text_reader import read_text
from normalize import clean_text, unit_from_header
from normalize.brackets import bracket_groups
from normalize.units import money_unit_of_list

TITLE = "総合戦略 重要業績評価指標一覧\n\n"


def _read(text: str, title: str = TITLE) -> Extraction:
    return recognize_document(read_text((title + text).encode("utf-8"), "doc.txt", "id"))


def _kpis(found: Extraction) -> set[tuple[str, str, int | None, float | None]]:
    return {(v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values if v.value is not None}


def _amounts(found: Extraction) -> set[tuple[str | None, int | None, float | None]]:
    return {(v.project, v.fiscal_year, v.amount_yen) for v in found.budget_values if v.amount_yen is not None}


def test_double_angle_marks_frame_a_unit_statement() -> None:
    # corpus dev17: ≪単位：千円≫ over a budget book's table, the unit unread and every amount with it
    assert unit_from_header("≪単位：千円≫") == "千円"
    assert [g.content for g in bracket_groups("≪単位：千円≫")] == ["単位：千円"]


@pytest.mark.parametrize(("header", "kind"), [("スタート時の値", "baseline"), ("基点値", "baseline"), ("基点値（R5年度）", "baseline"),
                                              ("出発値", "baseline"), ("事業スタート時の利用者数", None), ("スタート", None)])
def test_a_start_named_as_a_loanword_or_a_base_point_dates_a_value(header: str, kind: str | None) -> None:
    # corpus dev17: スタート時の値 and 基点値 over a progress table's or a card's baseline were words the reader did not know;
    # a start of something else than the plan (事業スタート時の利用者数: an indicator's name) names no kind
    assert read_facets(header).kind == kind


@pytest.mark.parametrize(("word", "whole"), [("前期計画最終年度の実績", True), ("計画策定年度の実績値", True),
                                             ("計画策定時点の数値", True), ("特定健診受診率策定時", False), ("観光客数実績", False)])
def test_a_phrase_of_kind_and_time_words_only(word: str, whole: bool) -> None:
    assert names_kind_phrase_only(word) is whole


def test_a_listed_figures_kind_phrase_is_read_however_long() -> None:
    # corpus dev17 kpi_listed: 2024年（令和6年）前期計画最終年度の実績 55.6 ha, 11 letters, was taken for an item's name glued
    # to its kind word and the whole item gave nothing
    assert statement_kind("前期計画最終年度の実績") == "baseline"
    assert statement_kind("特定健診受診率策定時") is None  # the item's name before its kind word, the space lost
    stated = stated_figures(clean_text("2024年（令和6年）前期計画最終年度の実績 55.6 ha"))
    assert stated is not None and [(f.kind, f.year.start) for f in stated[1]] == [("baseline", 2024)]


def test_a_header_whose_head_is_a_value_names_no_rows() -> None:
    # corpus dev17 kpi_transposed: 年（年度） | 中間年度実績値 | 目標指標値, the target column taken for the rows' names (指標)
    assert not is_name_header("目標指標値")
    assert is_name_header("指標名") and is_name_header("目標指標") and is_name_header("評価指標")


def test_a_transposed_tables_target_column_under_an_indicator_word() -> None:
    found = _read("KPI：移住相談件数（件）\n\n年度\t実績値\t目標指標値\n2022年度\t480\t500\n2023年度\t510\t520\n")
    assert ("移住相談件数", "target", 2023, 520.0) in _kpis(found)


CARD = ("成果指標\t移住相談件数\n"
        "{label}\t件\n"
        "基準値（2022年度）\t120\n"
        "目標値（2027年度）\t150\n")


@pytest.mark.parametrize("label", ["単位／指標", "指標の単位", "単位"])
def test_a_cards_unit_label_naming_the_indicator_too_gives_the_unit(label: str) -> None:
    # words24's left cause (dev16check kpi_cards): 単位／指標 | 人 was read as the card's indicator, named 人
    found = _kpis(_read(CARD.format(label=label)))
    assert found == {("移住相談件数", "baseline", 2022, 120.0), ("移住相談件数", "target", 2027, 150.0)}


@pytest.mark.parametrize(("caption", "unit"), [("（単位：百万円、人、％）", "百万円"), ("（単位：千円、人）", "千円"),
                                               ("（単位：人、％）", None), ("（単位：千円、円）", None), ("単位：千円", None)])
def test_the_money_unit_a_caption_lists_among_others(caption: str, unit: str | None) -> None:
    # one unit alone is the caption's unit for every column (context.caption_unit), not a list's
    assert listed_money_unit(caption) == unit


def test_a_lists_one_yen_unit() -> None:
    assert money_unit_of_list("百万円,人,%") == "百万円"
    assert money_unit_of_list("人,%") is None and money_unit_of_list("千円,円") is None


BOOK = ("令和6年度 一般会計予算\n{caption}\n"
        "事業名\t本年度予算額\t前年度予算額\t職員数\n"
        "観光振興事業\t1,235\t1,100\t4\n"
        "子育て支援事業\t2,410\t2,380\t6\n")


def test_money_columns_take_the_yen_unit_a_caption_lists_among_others() -> None:
    # words24's left cause (dev15check budget_book): （単位：百万円、人、％） over the amounts, none read
    found = _amounts(_read(BOOK.format(caption="（単位：百万円、人、％）"), ""))
    assert ("観光振興事業", 2024, 1_235_000_000.0) in found and ("子育て支援事業", 2023, 2_380_000_000.0) in found
    assert not any(amount in (4_000_000.0, 6_000_000.0) for _, _, amount in found)  # 職員数 is no amount
    assert not _amounts(_read(BOOK.format(caption="（単位：人、％）"), ""))  # no yen unit listed: no amount guessed


@pytest.mark.parametrize(("header", "kind"), [("現行値", "baseline"), ("現行値（R2）", "baseline"), ("現行の数値", "baseline"),
                                              ("現行値（直近）", "actual"), ("現行計画の目標値", "target")])
def test_the_value_in_force_when_the_plan_is_made_is_the_baseline(header: str, kind: str) -> None:
    # words24's left cause (dev16): 現行値 | 目標値, the value in force as the plan is made, unread
    assert read_facets(header).kind == kind


LISTED = ("■重要業績評価指標（KPI）\n\n"
          "○ボランティア登録者数\n\n"
          "　2019年ＡＡ １，４６７人\n\n"
          "　2020年実績 １，５０６人\n\n"
          "　2023年目標値 ２，２３２人\n\n"
          "・移住相談件数　基準値（R2）：120件　→　目標値（R7）：150件\n"
          "・転出者数　ＡＡ（R2）：80件\n"
          "　目標値（R7）：100件\n")


def test_a_listed_items_figure_of_an_unknown_kind_leaves_its_other_lines() -> None:
    # words24's left cause (kpi_listed): one line under an unknown word (2019年ＡＡ) ended the item, its name lost for the
    # lines below; a line naming an item of its own (・転出者数　ＡＡ…) still ends the one before
    assert _kpis(_read(LISTED)) == {
        ("ボランティア登録者数", "actual", 2020, 1506.0), ("ボランティア登録者数", "target", 2023, 2232.0),
        ("移住相談件数", "baseline", 2020, 120.0), ("移住相談件数", "target", 2025, 150.0)}


def test_an_indicator_label_glossed_with_its_unit_names_the_indicator() -> None:
    # 指標（単位） | 世帯数: the bracket glosses the label (the name states its unit); 世帯数 is a count word a unit reads too
    found = _kpis(_read("指標（単位）\t世帯数\n基準値（2022年度）\t4,646世帯\n目標値（2027年度）\t4,583世帯\n"))
    assert found == {("世帯数", "baseline", 2022, 4646.0), ("世帯数", "target", 2027, 4583.0)}


def test_two_kind_words_pulling_apart_make_no_long_kind_phrase() -> None:
    # dev15check kpi_listed (found on the check batch's end measure): H30年度当初計画開始時点の実績, the year's 当初 glued to
    # the plan's start before 実績, read as the actual (8 WRONG in one document); the compound does not settle it, no kind
    assert statement_kind("当初計画開始時点の実績") is None and statement_kind("計画開始時点の実績") == "baseline"
