"""The DEV13 wording batch's findings: a bracket naming a value's kind after a cost (事業費（計画値）) reads over the cost,
and a bracket naming the budget's side after a name header (款名（歳出）) leaves it a name header.

Tables are text exports read by the real text reader.
"""

from __future__ import annotations

import pytest

from extract.interpret.facets import cost_qualified, read_facets
from extract.interpret.header_rows import is_name_header
from extract.interpret.levels import complements_levels
from extract.interpret.structure import kind_phrase, label_role
from tests.extract.text_docs import read_text_document as _read


@pytest.mark.parametrize(("header", "kind"), [
    ("事業費（計画値）", "plan"), ("事業費（計画値）\n〈千円単位〉", "plan"), ("所要額（計画値）", "plan"),
    ("事業費（実績値）", "settlement"),
    # a target is a target over a value or an amount; an indicator's words before the head qualify no cost
    ("事業費（目標値）", "target"), ("観光消費額（目標値）", "target"), ("目標値（事業費）", "target"), ("計画値", "target"),
])
def test_a_kind_bracketed_after_a_cost_is_read_over_the_cost(header: str, kind: str) -> None:
    assert read_facets(header).kind == kind


@pytest.mark.parametrize("header", ["事業費", "事業費（積算）", "計画値", "観光消費額（目標値）", "基準値（事業費）"])
def test_no_cost_qualified_without_a_cost_head_and_a_kind_in_its_bracket(header: str) -> None:
    assert cost_qualified(header) in (None, "target")


def test_a_plan_table_headed_by_a_cost_and_its_plan_value_gives_plan_amounts_not_targets() -> None:
    # corpus dev13 seed 502 budget_plan_years: 事業費（計画値） over the years read as KPI targets of the projects (wrong)
    text = ("事業名\t事業費（計画値）\t\t\n\tR8年度\tR9年度\tR10年度\n"
            "関係人口創出事業\t54,998千円\t49,559千円\t48,677千円\n地域おこし協力隊事業\t19,288千円\t23,031千円\t15,920千円\n")
    doc = _read(text)
    assert not doc.kpi_values
    assert {(v.project, v.fiscal_year, v.amount_yen) for v in doc.budget_values} >= {("関係人口創出事業", 2026, 54998000),
                                                                                     ("地域おこし協力隊事業", 2028, 15920000)}


@pytest.mark.parametrize(("header", "names"), [("款名（歳出）", True), ("款名", True), ("項（歳出）", True), ("款名（千円）", False)])
def test_a_side_bracket_after_a_name_header_leaves_it_one(header: str, names: bool) -> None:
    assert is_name_header(header) is names


def test_a_level_headed_by_its_name_and_side_keeps_its_rows_apart_from_the_level_under_it() -> None:
    # corpus dev13 seed 507 budget_kan_kou: 款名（歳出） not read as the 款's names, every 款 row lost
    text = ("款名（歳出）\t科目（項名称）\t本年度予算額\t前年度予算額\n"
            "1 議会費\t\t1,648,350\t1,499,330\n\t1 議会費\t1,648,350\t1,499,330\n"
            "2 農林水産業費\t\t2,754,970\t3,029,000\n\t1 農業費\t888,840\t965,610\n\t2 林業費\t1,866,130\t2,063,390\n")
    doc = _read("令和4年度 一般会計予算\n（単位：千円）\n" + text)
    amounts = [(v.project, v.fiscal_year, v.amount_yen) for v in doc.budget_values]
    assert any("農林水産業費" in p and y == 2022 and a == 2754970000 for p, y, a in amounts)
    assert sum("議会費" in p and y == 2022 for p, y, _ in amounts) == 2


@pytest.mark.parametrize(("h1", "h2"), [("ＸＸ", "科目（項名称）"), ("款", "ＹＹ"), ("款名（歳出）", "科目（項名称）")])
def test_a_level_under_unknown_words_beside_a_headed_level_names_its_rows(h1: str, h2: str) -> None:
    # corpus dev13 seed 507 budget_kan_kou read with the 項 header unknown: the 項 rows named by the 款 above (wrong)
    text = (f"{h1}\t{h2}\t本年度予算額\t前年度予算額\n"
            "1 議会費\t\t1,648,350\t1,499,330\n\t1 議会費\t1,648,350\t1,499,330\n"
            "2 農林水産業費\t\t2,754,970\t3,029,000\n\t1 農業費\t888,840\t965,610\n\t2 林業費\t1,866,130\t2,063,390\n")
    doc = _read("令和4年度 一般会計予算\n（単位：千円）\n" + text)
    amounts = sorted((v.project, v.fiscal_year, v.amount_yen) for v in doc.budget_values if v.fiscal_year == 2022)
    assert amounts == [("1議会費", 2022, 1648350000), ("1議会費", 2022, 1648350000), ("1農業費", 2022, 888840000),
                       ("2林業費", 2022, 1866130000), ("2農林水産業費", 2022, 2754970000)]


@pytest.mark.parametrize(("column", "headed", "complements"), [
    ((True, False, True, False, False), [(False, True, False, True, True)], True),
    ((False, False, True), [(True, True, False), (False, False, False)], True),   # 目 under 款 | 項
    ((True, False, True), [(True, True, False)], False),  # a note beside the name on the same row
    ((False, False), [(True, True)], False),  # no name of its own
    ((True, False), [], False),  # no headed level to complement
])
def test_complements_levels(column: tuple[bool, ...], headed: list[tuple[bool, ...]], complements: bool) -> None:
    assert complements_levels(column, headed) is complements


def test_a_cards_row_of_nothing_but_a_unit_gives_the_unit_whatever_its_label() -> None:
    # probe of made-up card labels (ＱＱ for 単位) on kpi_cards 500: 56.6 read as 56.6, not 566,000 人回/年 (wrong)
    text = "指標名\tスポーツ施設利用者数\nＰＰ\t総務課\nＱＱ\t万人回/年\n計画策定時（R5年）\t56.6\nめざす値（R11年）\t75.7\n"
    found = {(v.indicator, v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert found == {("スポーツ施設利用者数", "baseline", 2023, 566000), ("スポーツ施設利用者数", "target", 2029, 757000)}


@pytest.mark.parametrize("row", ["目標値\t人", "ＰＰ\t総務課", "ＱＱ\t12人"])
def test_no_unit_from_a_kind_label_a_name_or_a_number(row: str) -> None:
    text = f"指標名\t移住者数\n{row}\n現状値（R5年）\t10\n目標値（R11年）\t20\n"
    assert {v.value for v in _read(text).kpi_values if v.kind == "baseline"} <= {10}


def test_a_department_over_a_cards_kinds_names_no_indicator() -> None:
    # probe of made-up card labels (ＴＴ for 指標名, ＰＰ for 担当課) on kpi_cards 510: the values named 生涯学習課 (wrong)
    text = "ＴＴ\t転入者数\nＰＰ\t生涯学習課\n基準年度値（R7）\t2,351人\n計画目標値（R11）\t1,463人\n"
    found = {(v.indicator, v.kind, v.fiscal_year, v.value) for v in _read(text).kpi_values}
    assert found == {("転入者数", "baseline", 2025, 2351), ("転入者数", "target", 2029, 1463)}


def test_a_caption_listing_what_is_counted_in_which_unit_gives_the_amounts_theirs() -> None:
    # probe of unit captions on budget_book 503: （金額：千円、率：％） read as %, every amount lost
    text = ("水道事業会計予算\n\n令和5年度当初予算 （金額：千円、率：％）\n\n"
            "事業\t本年度予算額\t構成比\t前年度予算額\n住宅用太陽光発電設備設置補助\t11578\t0.3\t11930\n"
            "スマート農業導入支援\t1374839\t30.3\t1328230\n")
    amounts = {(v.project, v.fiscal_year, v.amount_yen) for v in _read(text).budget_values}
    assert ("スマート農業導入支援", 2023, 1374839000) in amounts
    assert all(a is None or a >= 1000 for _, _, a in amounts)


@pytest.mark.parametrize(("texts", "after_label", "role"), [
    (["目標値（計画期間の最終年度末時点）", "実績（評価年度末の確定値）"], True, "kind"),  # the bracket qualifies the kind word
    (["目標値（最終年度）", "実績値（直近）"], False, "kind"),
    (["市民満足度（目標値）", "転入者数（目標値）"], False, "name"),  # names whose kind stands in their bracket
    (["最終年度に目指すべき目標値として定めた数値", "実績"], True, "name"),  # a sentence, no kind phrase
])
def test_a_kind_columns_phrases_are_measured_without_their_brackets(texts: list[str], after_label: bool, role: str) -> None:
    # probe of long bracketed kind words down a year matrix's rows (500-514): 目標値（計画期間の最終年度末時点） read as
    # a name, the matrix lost (432 -> 488 of 488)
    assert label_role("", texts, after_label) == role


@pytest.mark.parametrize(("text", "phrase"), [("目標値（計画期間の最終年度末時点）", "目標値"), ("市民満足度（目標値）", "市民満足度（目標値）"),
                                              ("実績", "実績")])
def test_kind_phrase(text: str, phrase: str) -> None:
    assert kind_phrase(text) == phrase
