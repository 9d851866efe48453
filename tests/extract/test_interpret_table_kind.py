"""Issue 7, deciding what a table is from what it says: yen values under the name of a measured
amount (観光消費額, 農業産出額 in 億円) are an indicator's statistic, no budget, whatever the header
words; a kind stated in a phrase beside the rows' names is a kind; a unit line names no indicator;
a column a table leaves undated among dated ones is not the document's year's."""

from __future__ import annotations

import pytest

from extract.interpret import structure
from extract.interpret.budget import NAME_STEM_MIN_CHARS, names_measured_amount
from extract.interpret.facets import kind_of
from extract.interpret.kpi import caption_subject, names_indicator, without_unit_tail
from extract.interpret.structure import KIND_PHRASE_MAX_CHARS, label_role
from normalize import unit_from_header
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize(("text", "named"), [
    ("観光消費額", True), ("①ふるさと納税寄附額（千円）", True), ("製造品出荷額(億円)", True), ("寄附額", True),
    ("総額", False), ("合計額", False), ("金額", False), ("予算額", False), ("R6年度 所要額", False),
    ("事業費総額", False), ("歳出総額", False), ("差額", False), ("転入者数", False),
])
def test_a_name_ending_in_an_amount_names_a_measured_amount(text: str, named: bool) -> None:
    assert names_measured_amount(text) is named


def test_name_stem_min_chars_is_pinned() -> None:
    # halved (1), 総額 (a total) would name a measured amount; doubled (4), 寄附額 would not
    assert NAME_STEM_MIN_CHARS == 2
    assert not names_measured_amount("総額") and names_measured_amount("寄附額")


# ＰＰ / ＱＱ: header words no vocabulary holds; only the names and the unit say what the numbers are
YEN_INDICATOR_TABLES = (
    "（単位：百万円）\n\nＸＸ\tＰＰ<br>2021年度\tＱＱ<br>2020年度\n農業産出額\t516\t558\n",
    "単位：千円\n\nＸＸ\tＰＰ\tＱＱ\n\t（2017年度）\t（2022年度）\n①ふるさと納税寄附額\t699,424\t815,273\n",
    "年度\tＰＰ\t\n\t①製造品出荷額（億円）\t②自主防災組織率（%）\nR1\t1729\t88.2\nR2\t1140\t72.6\nR3\t1596\t60.2\n",
    "ＸＸ\t農業産出額\nＰＰ\t15934百万円（2016年度）\nＱＱ\t14570百万円（2018年度）\n",
    "数値目標：製造品出荷額（億円）\n\n年次\tＰＰ\tＱＱ\nH28年\t2,956\t－\nH29年\t2,857\t3,100\n",
)


@pytest.mark.parametrize("text", YEN_INDICATOR_TABLES)
def test_yen_under_the_name_of_a_measured_amount_is_no_budget(text: str) -> None:
    # corpus --vocab unknown (seeds 0-45, text): 事業費 4.4% wrong, every one a yen indicator of a KPI
    # table read as money because 額 (観光消費額), 費 or 税 (納税) named money
    assert _read("総合戦略\n\n" + text).budget_values == ()


@pytest.mark.parametrize("text", [
    # a column header over amounts it does not name states the column's role (nobeoka p5: 減免額)
    "【企業会計】（単位 千円）\n\nNo\t会計名\t事業名\t減免額\n1\t水道事業\t基本料金免除事業\t305,659\n",
    # a project plan by year whose only money word is its 所要額
    "（単位：千円）\n\n事業名\t所要額\t\n\t2024年度\t2025年度\n移住定住促進事業\t1,200\t1,300\n",
])
def test_an_amount_column_header_still_makes_a_money_table(text: str) -> None:
    assert [b.amount_yen for b in _read(text).budget_values if b.amount_yen] != []


def test_a_row_dated_in_unknown_words_takes_no_document_year() -> None:
    # a card read as a grid: ＰＰ（2021年度） is dated, in words that say not how; the title's year
    # (2025) is no year of its amounts
    found = _read("令和7年度 報告書\n\n施策\t観光振興\nＸＸ\t観光の経費\n単位\t億円\nＰＰ（2021年度）\t60.8\nＱＱ（2026年度）\t50.2\n")
    assert [b.amount_yen for b in found.budget_values if b.amount_yen is not None] == []


def test_a_table_dating_its_amounts_leaves_its_undated_column_unread() -> None:
    # 伸び in words unknown beside dated 予算額 columns: a ratio, not the document year's amount
    text = ("2020年度 一般会計予算\n\n款項別予算額\n\n単位：円\n\n"
            "科目\t2020年度予算額\t2019年度予算額\tＰＰ\n1 衛生費\t1,621,486,046\t1,806,096,498\t△10.2\n")
    found = _read(text)
    assert {b.amount_yen for b in found.budget_values if b.measure == "ＰＰ"} <= {None}
    assert 1621486046 in {b.amount_yen for b in found.budget_values}


@pytest.mark.parametrize(("texts", "after_label", "role"), [
    (["最新の実績", "最終年度に目指す目標値"], True, "kind"),  # beside the names: a kind in a phrase
    (["最新の実績", "最終年度に目指す目標値"], False, "name"),  # alone, a long label names its row
    (["目標を達成するための取組を実施した事業者の数"], True, "name"),  # a sentence, not a kind
])
def test_a_kind_phrase_beside_the_rows_names_is_a_kind(texts: list[str], after_label: bool, role: str) -> None:
    # corpus kpi_year_matrix and kpi_transposed: a 区分 column of long kind phrases was read as names
    assert label_role("", texts, after_label) == role


def test_kind_phrase_max_chars_is_pinned() -> None:
    # halved (8), an 11-character kind phrase would be a name; doubled (32), a 22-character sentence a kind
    assert KIND_PHRASE_MAX_CHARS == 16 and structure.KIND_LABEL_MAX_CHARS < 11
    assert label_role("", ["最終年度に目指す目標値"], True) == "kind"
    assert label_role("", ["目標を達成するための取組を実施した事業者の数"], True) == "name"


def test_a_kind_phrase_gives_its_rows_their_kind() -> None:
    text = ("単位：件\n\n指標名\t区分\tR6(2024)\tR7(2025)\n婚姻件数\t最新の実績\t389\t402\n"
            "\t最終年度に目指す目標値\t\t340\n")
    got = sorted((v.indicator, v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values if v.value is not None)
    assert got == [("婚姻件数", "actual", 2024, 389.0), ("婚姻件数", "actual", 2025, 402.0),
                   ("婚姻件数", "target", 2025, 340.0)]


@pytest.mark.parametrize("line", ["単位：件", "［単位：件］", "単位 : 千円、%"])
def test_a_unit_line_names_no_indicator(line: str) -> None:
    assert not names_indicator(line) and caption_subject(line) is None


# Own wordings (never the held-out batch's): a header, card or unit statement written in words of its
# own, read by the mechanisms that read the vocabulary's.

@pytest.mark.parametrize(("header", "kind"), [("目標達成度", "ratio"), ("達成度", "ratio"), ("目標値", "target")])
def test_the_degree_a_target_is_reached_is_a_ratio_no_target(header: str, kind: str) -> None:
    assert kind_of(header) == kind


@pytest.mark.parametrize(("name", "bare"), [("婚姻件数（件）", "婚姻件数"), ("観光消費額(億円)", "観光消費額"),
                                            ("ごみ排出量（1人1日当たり）", "ごみ排出量（1人1日当たり）"),
                                            ("関係人口（登録者数）", "関係人口（登録者数）")])
def test_a_name_loses_only_a_unit_from_its_tail(name: str, bare: str) -> None:
    assert without_unit_tail(name) == bare


@pytest.mark.parametrize("statement", ["〈単位：円〉", "《単位：千円》", "＜単位：千円＞", "「単位：千円」"])
def test_a_unit_statement_ends_at_any_closing_bracket(statement: str) -> None:
    assert unit_from_header(statement) == statement[4:-1]


def test_a_header_naming_the_indicators_names_the_rows_whatever_note_word_it_holds() -> None:
    assert label_role("指標の内容", ["婚姻件数", "出生数"]) == "name"
    assert label_role("事業の内容", ["空き家の改修費用の一部を補助する"]) == "note"


def test_a_card_named_under_a_weaker_indicator_word_gives_its_kinds() -> None:
    found = _read("評価項目\t汚水処理人口普及率\n単位\t%\n現状値（R2年度）\t91.2\n目標値（R7年度）\t96.0\n")
    assert sorted((v.indicator, v.kind, v.fiscal_year, v.value) for v in found.kpi_values) == [
        ("汚水処理人口普及率", "baseline", 2020, 91.2), ("汚水処理人口普及率", "target", 2025, 96.0)]


def test_a_unit_statement_set_over_one_column_of_the_header_is_the_tables() -> None:
    # corpus seed 9 budget_plan_years in pdf_borderless: 事業費見込額 / 単位:千円 spanning five years,
    # its statement left over the first year only; the row was taken for a body row of placeholders
    text = ("令和元年度から令和3年度までの事業計画\n\n事業費見込額\n\n事業\t単位:千円\t\t\n\t2019年度\t2020年度\t2021年度\n"
            "移住定住促進事業\t6,578\t7,560\t7,512\n")
    found = _read(text)
    assert sorted((b.fiscal_year, b.amount_yen) for b in found.budget_values) == [
        (2019, 6_578_000), (2020, 7_560_000), (2021, 7_512_000)]


def test_a_unit_statement_over_the_label_column_gives_the_amounts_their_unit() -> None:
    text = "事業費見込額\n\n単位:千円\t\t\t\n事業\t2019年度\t2020年度\t2021年度\n移住定住促進事業\t6,578\t7,560\t7,512\n"
    assert sorted((b.fiscal_year, b.amount_yen) for b in _read(text).budget_values) == [
        (2019, 6_578_000), (2020, 7_560_000), (2021, 7_512_000)]
