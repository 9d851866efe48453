"""Headers the reader cannot read give no guessed year or amount; rows the table leaves unnamed
take no name from a heading or a sentence above it.

A header is unread when its words say what its numbers are in words the reader does not know
(ＧＧ, 伸び, ＧＧ over 金額) or name a fiscal year it does not say (昨年度予算額): such a column takes
no year from the document's title or caption (which of ＦＦ | ＧＧ is this year's is not said), and
its amounts of no stated year are given no amount (missing_reason unread_header).
"""

from __future__ import annotations

import pytest

from extract.interpret import facets
from extract.interpret.facets import kind_of, level_reading, merge_path, read_facets
from extract.interpret.kpi import is_indicator_label, names_indicator
from extract.records import UNREAD_HEADER
from tests.extract.text_docs import read_text_document as _read

TITLE = "令和6年度 一般会計予算\n\n"


def _path(*texts: str) -> facets.Facets:
    return merge_path([read_facets(t) for t in texts])


@pytest.mark.parametrize(("text", "reading"), [
    ("ＧＧ", "unknown"), ("伸び", "unknown"), ("ＣＣ（R6）", "unknown"),  # a year, but of what?
    ("金額", "generic"), ("計［千円］", "generic"), ("節", "generic"), ("令和6年度", "generic"), ("国・県", "generic"),
    ("歳出額 A", "states"), ("一般財源", "states"), ("繰入金", "states"), ("減免額", "states"), ("1項 保健衛生費", "states"),
    ("前年度対比", "states"), ("本年度", "states"), ("当初予算額", "states"),
])
def test_what_a_header_cell_says_its_numbers_are(text: str, reading: str) -> None:
    assert level_reading(read_facets(text)) == reading


def test_a_letter_set_apart_is_no_word_and_two_letters_are() -> None:
    # SPACED_LETTER_MAX_CHARS: 入 (a title 歳 | 入 | 歳 | 出 spaced over the columns) says nothing;
    # halved, it would be a word the reader does not know; doubled, ＧＧ would say nothing
    assert facets.SPACED_LETTER_MAX_CHARS == 1
    assert level_reading(read_facets("入")) == "generic"
    assert level_reading(read_facets("ＧＧ")) == "unknown"


@pytest.mark.parametrize(("path", "unread"), [
    (("ＧＧ", "金額"), True), (("ＣＣ", "R6"), True), (("ＧＧ",), True),
    (("財源内訳", "国・県"), False), (("(参考)一人当た", "り給与費"), False), (("節", "金額"), False),
    (("本年度", "金額"), False), (("過年度予算額",), True),  # a fiscal year it does not say
])
def test_a_column_is_unread_when_no_level_says_what_its_numbers_are(path: tuple[str, ...], unread: bool) -> None:
    assert _path(*path).unread is unread


@pytest.mark.parametrize(("text", "offset"), [("当該年度中増加見込額", 0), ("前年度末現在高", -1), ("本年度予算額", 0)])
def test_relative_years_of_a_bond_schedule(text: str, offset: int) -> None:
    found = read_facets(text)
    assert found.relative_year == offset and not found.unread


@pytest.mark.parametrize(("text", "kind"), [
    ("増減比", "ratio"), ("構成比（%）", "ratio"), ("対前年度比", "ratio"), ("前年度対比", "difference"), ("比較", "difference"),
])
def test_a_word_ending_in_hi_names_a_ratio_but_taibi_compares(text: str, kind: str) -> None:
    assert kind_of(text) == kind


def _amounts(text: str) -> list[tuple[str | None, str | None, int | None, int | None, str | None]]:
    found = _read(text)
    return [(v.project, v.measure, v.fiscal_year, v.amount_yen, v.missing_reason) for v in found.budget_values]


def test_two_columns_only_unknown_words_tell_apart_take_no_year_and_give_no_amount() -> None:
    got = _amounts(TITLE + "事業\tＦＦ（千円）\tＧＧ（千円）\n移住定住促進事業\t1,200\t1,000\n")
    assert got == [("移住定住促進事業", "FF(千円)", None, None, UNREAD_HEADER),
                   ("移住定住促進事業", "GG(千円)", None, None, UNREAD_HEADER)]


def test_unknown_words_over_generic_ones_are_unread_too() -> None:
    got = _amounts(TITLE + "事業\tＦＦ\t\tＧＧ\t\n\t金額\t構成比\t金額\t構成比\n移住定住促進事業\t1,200千円\t60.0\t1,000千円\t50.0\n")
    assert {(m, y, a) for _, m, y, a, _ in got} == {("FF / 金額", None, None), ("GG / 金額", None, None)}


def test_known_words_keep_their_years() -> None:
    got = _amounts(TITLE + "事業\t本年度（千円）\t前年度（千円）\n移住定住促進事業\t1,200\t1,000\n")
    assert [(y, a) for _, _, y, a, _ in got] == [(2024, 1_200_000), (2023, 1_000_000)]


def test_a_year_the_header_names_but_does_not_say_is_no_year() -> None:
    got = _amounts(TITLE + "事業\t本年度予算額（千円）\t過年度予算額（千円）\n移住定住促進事業\t1,200\t1,000\n")
    assert [(y, a, r) for _, _, y, a, r in got] == [(2024, 1_200_000, None), (None, None, UNREAD_HEADER)]


def test_a_year_named_by_its_place_before_nendo_is_relative() -> None:
    got = _amounts(TITLE + "事業\t本年度予算額（千円）\t昨年度予算額（千円）\n移住定住促進事業\t1,200\t1,000\n")
    assert [(y, a, r) for _, _, y, a, r in got] == [(2024, 1_200_000, None), (2023, 1_000_000, None)]


def test_the_one_column_the_document_can_date_keeps_its_year() -> None:
    # 財源内訳 parts break the amount down: the unknown word heads the table's only amounts
    text = (TITLE + "令和6年度当初予算に計上した主な事業\n"
            "事業名\tＥＥ（千円）\t財源内訳\t\n\t\t国・県\t一般財源\n移住定住促進事業\t1,200\t200\t1,000\n")
    got = _amounts(text)
    assert ("移住定住促進事業", "EE(千円)", 2024, 1_200_000, None) in got


def test_a_year_the_header_states_is_read_whatever_the_word_beside_it() -> None:
    got = _amounts(TITLE + "事業\tR5年度ＥＥ（千円）\tR6年度ＥＥ（千円）\n移住定住促進事業\t1,000\t1,200\n")
    assert [(y, a) for _, _, y, a, _ in got] == [(2023, 1_000_000), (2024, 1_200_000)]


@pytest.mark.parametrize(("caption", "names"), [
    ("指標：市民満足度", True), ("KPI：婚姻件数（件）", True), ("①収益的収支比率(％)", True),
    ("基本目標2　時代に合った地域をつくる", False), ("（2）子育て環境の充実", False),
    ("事業の実施に当たっては国の交付金を活用する。", False), ("", False),
])
def test_a_caption_line_names_an_indicator_when_it_says_so(caption: str, names: bool) -> None:
    assert names_indicator(caption) is names


@pytest.mark.parametrize(("label", "names"), [
    ("転入者数", True), ("放課後児童クラブの登録児童数", True),
    ("", False), ("－", False),  # nothing, or a placeholder
    ("令和5年度", False), ("実績", False), ("指標名", False),  # a year, a kind, a column's label
    ("放課後児童クラブの", False), ("関係人口(登録者1,048人数)", False),  # cut, or a value set inside
    ("79.28歳", False), ("627千人", False), ("1世帯数", True),  # a value cell's figure; item 1's name
    ("取組みの実証件数", True), ("指標の名称", False), ("KPI", False),  # a phrase's head is its last word
    ("件", False), ("千人", False), ("世帯", False), ("世帯数", True), ("人口", True),  # a unit names none, a count does
])
def test_a_row_label_names_an_indicator_only_when_it_is_a_whole_name(label: str, names: bool) -> None:
    assert is_indicator_label(label) is names


def test_rows_named_by_their_kind_take_no_name_from_a_heading_above() -> None:
    table = "区分\t令和2年度\t令和3年度\n実績\t52.1\t55.0\n目標\t55.0\t60.0\n"
    under_heading = _read("総合戦略\n\n基本目標2　時代に合った地域をつくる\n" + table)
    assert [v.indicator for v in under_heading.kpi_values] == []
    labelled = _read("総合戦略\n\n基本目標2　時代に合った地域をつくる\n指標：市民満足度（%）\n" + table)
    assert {v.indicator for v in labelled.kpi_values} == {"市民満足度"}


def test_a_column_counting_its_rows_in_different_units_holds_no_budget() -> None:
    # an indicator table whose kind words the reader does not know: 観光消費額 in 億円 among 人 and ha
    # (two of three rows in yen: most of each column, yet no budget)
    table = ("ＤＤ\tＡＡ（R2）\tＣＣ（R7）\n観光消費額（億円）\t41.9\t56.7\n農業産出額（百万円）\t2,100\t1,800\n"
             "移住者数（人）\t120\t150\n")
    found = _read("総合戦略\n\n" + table)
    assert not found.budget_values and {v.unit for v in found.table_values} == {"円", "人"}
    money_only = _read("総合戦略\n\n" + table.rsplit("\n", 2)[0] + "\n")
    assert not money_only.budget_values  # the same rows alone: amounts measured, statistics in yen, no budget


def test_a_share_among_amounts_leaves_the_column_money() -> None:
    table = "区分\t令和5年度\n歳出額（千円）\t2,050,134\n人件費（千円）\t503,607\n人件費率（%）\t24.6\n"
    found = _read("人件費の状況\n\n" + table)
    assert [(v.project, v.amount_yen) for v in found.budget_values if v.amount_yen] == [
        ("歳出額(千円)", 2_050_134_000), ("人件費(千円)", 503_607_000)]
