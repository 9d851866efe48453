"""Header wordings the vocabulary does not list as written: a kind word inside a noun phrase, a
kind only a whole cell names, a year beside unknown words, a unit on a header's last line, a unit
statement with any mark, a year pair with its suffix after the bracket, a caption a continued table
keeps, the reading of a two-reading cell an indicator is measured in. A header the reader cannot classify leaves its values without a kind, never one its
position suggests."""

from __future__ import annotations

import pytest

from extract.interpret.cells import is_bare_year_cell
from extract.interpret.facets import kind_of, read_facets, whole_cell_kinds
from extract.interpret.readings import indicator_readings, name_counter
from extract.interpret.structure import header_text
from extract.interpret.values import footnote_years
from extract.model import Cell, Provenance
from extract.recognize import recognize_document
from extract.recognizers.columns import classify_header, column_roles
from extract.text_reader import read_text
from normalize import parse_quantity, parse_year, unit_from_header
from normalize.readings import parse_readings


@pytest.mark.parametrize(("header", "kind"), [
    ("最新の数値", "actual"), ("現在の数値", "actual"), ("目指す数値", "target"), ("策定時の値", "baseline"),
    ("R4年度最新の数値", "actual"), ("最新", None), ("数値目標", "target"),
])
def test_a_kind_word_written_as_a_phrase_with_its_particle(header: str, kind: str | None) -> None:
    assert kind_of(header) == kind


@pytest.mark.parametrize(("header", "kind"), [
    ("現状", "baseline"), ("現状 2014年", "baseline"), ("現状 令和元年度末", "baseline"), ("現状（人）", "baseline"),
    ("現状・課題", None), ("現状と課題", None), ("現状（推計）", None),
    ("結果", "actual"), ("結果（R5）", "actual"), ("R5年度 結果", "actual"), ("評価結果", None), ("調査結果の概要", None),
])
def test_a_kind_named_only_by_a_whole_cell(header: str, kind: str | None) -> None:
    assert kind_of(header) == kind
    assert whole_cell_kinds(header) == ([kind] if kind else [])


@pytest.mark.parametrize(("text", "bare"), [
    ("R3", True), ("R5年度末", True), ("2020年度（令和2年度）", True), ("令和5年度末 (千円)", True), ("2023年3月末", True),
    ("R4年度最新の数値", False), ("令和2年度（実績）", False), ("R4年度 把握値", False),
])
def test_a_bare_year_states_nothing_but_years(text: str, bare: bool) -> None:
    assert is_bare_year_cell(text) is bare


def test_a_year_beside_unknown_words_gets_no_kind_from_its_position() -> None:
    roles = column_roles(["指標名", "R2年度 把握値", "R1年度現状値", "R7年度目標値"])
    assert [r.kind for r in roles] == ["indicator", "other", "baseline", "target"]
    assert classify_header(1, "R2年度").kind == "year"


def cell(raw: str) -> Cell:
    from normalize import clean_text
    return Cell(clean_text(raw), raw, Provenance("p", "d", 1))


@pytest.mark.parametrize(("raw", "text"), [
    ("本年度予算額\n千円", "本年度予算額（千円）"), ("前年度 円", "前年度（円）"), ("計\n円", "計（円）"),
    ("2021年度\n予算額\n百万円", "2021年度 予算額（百万円）"),
    ("事 業 名", "事業名"), ("166,600 円", "166,600円"), ("補正額（千円）", "補正額(千円)"),
])
def test_a_unit_on_the_last_line_of_a_header(raw: str, text: str) -> None:
    assert header_text(cell(raw)) == text


@pytest.mark.parametrize(("text", "unit"), [
    ("単位…千円", "千円"), ("単位／千円", "千円"), ("（単位　千円）", "千円"), ("（単位：千円）", "千円"), ("単位:人", "人"),
    # the label framed by a bracket, the unit after it (corpus dev4 seed 512 budget_main_projects: 【単位】百万円 was 単位)
    ("【単位】百万円", "百万円"), ("(単位)千円", "千円"), ("［単位］人", "人"), ("単位＝千円", "千円"), ("（単位　：　千円）", "千円"),
    ("取得数（単位）", "単位"),  # 単位 in its bracket after what is counted: credits counted, no statement
    ("（単位）", None),  # 単位 alone: the header of a column of units, no unit of its own
])
def test_a_unit_statement_with_any_mark(text: str, unit: str) -> None:
    assert unit_from_header(text) == unit


def test_a_year_pair_with_its_suffix_after_the_bracket() -> None:
    year = parse_year("令和7(2025)年度")
    assert (year.start, year.basis, year.text) == (2025, "fiscal", "令和7(2025)年度")  # type: ignore[union-attr]
    assert parse_year("令和元(2019)年").basis == "calendar"  # type: ignore[union-attr]
    assert parse_year("令和7(2025)").basis is None  # type: ignore[union-attr]


def test_a_value_before_its_year_pair_is_no_year() -> None:
    q = parse_quantity("1902 人（平成30(2018)年度）")
    assert (q.value, q.unit, q.year.start) == (1902, "人", 2018)  # type: ignore[union-attr]


def test_a_footnote_mark_is_no_part_of_its_subject() -> None:
    [(kind, year)] = footnote_years(("※現状は令和2年度時点の値",))
    assert (kind, year.start) == ("baseline", 2020)


def test_a_table_continued_under_its_repeated_header_keeps_its_caption() -> None:
    header = "番号\t事業名\t当初予算額\t財源内訳\t\n\t\t\t国県支出金\t一般財源"
    text = (f"一般会計予算の概要\n\nR6の主な事業（当初予算）\n\n{header}\n1\t移住定住促進事業\t12,000千円\t2,000千円\t10,000千円\n"
            f"\n- 1 -\n\f{header}\n2\t創業支援補助金\t3,400千円\t400千円\t3,000千円\n\n- 2 -\n")
    found = recognize_document(read_text(text.encode(), "t.txt", "d")).budget_values
    assert {(v.project, v.fiscal_year) for v in found} == {("移住定住促進事業", 2024), ("創業支援補助金", 2024)}
    assert len(found) == 6


@pytest.mark.parametrize(("name", "unit"), [
    ("相談員の活動日数（延べ日数）", "日"), ("短期移住体験者数（延べ日数）", "日"), ("ボランティア登録者数", "人"),
    ("地域おこし協力隊員数", "人"), ("人口", None),
])
def test_the_counter_a_name_ends_with(name: str, unit: str | None) -> None:
    assert name_counter(name) == unit


@pytest.mark.parametrize(("cell_text", "hint", "name", "first"), [
    ("9人（延べ243日）", None, "短期移住体験者数（延べ日数）", (243, "日")),
    ("9人（延べ243日）", None, "短期移住体験者数", (9, "人")),
    ("9人（延べ243日）", "日", "短期移住体験者数", (243, "日")),
    ("9人（延べ243日）", None, "人口", (9, "人")),  # nothing decides: the cell's order
    ("22人/年（4年間累計88人）", "人", "新規就農者数", (22, "人/年")),  # one count, per year and in total
])
def test_the_reading_an_indicator_is_measured_in_comes_first(cell_text: str, hint: str | None, name: str,
                                                              first: tuple[float, str]) -> None:
    readings = indicator_readings(parse_readings(cell_text), hint, name)
    assert len(readings) == 2 and (readings[0].value, readings[0].unit) == first


def test_a_cell_year_is_both_readings_and_a_year_bracket_no_reading() -> None:
    readings = indicator_readings(parse_readings("10人（延べ208日）（平成27年）"), None, "派遣日数（延べ日数）")
    assert [(q.value, q.unit, q.year.start) for q in readings] == [(208, "日", 2015), (10, "人", 2015)]  # type: ignore[union-attr]


@pytest.mark.parametrize("raw", ["国・\n県", "国・県\n市", "課\n名", "施設\n名", "事業\n名"])
def test_a_wrapped_word_or_a_unit_no_column_counts_in_is_no_header_unit(raw: str) -> None:
    assert header_text(cell(raw)) == cell(raw).text


@pytest.mark.parametrize(("header", "unit", "label"), [
    ("【単位】百万円", "百万円", ""), ("予算額 単位=千円", "千円", "予算額"), ("当初予算額（単位：千円）", "千円", "当初予算額"),
])
def test_a_unit_statement_is_no_part_of_a_header_label(header: str, unit: str, label: str) -> None:
    facets = read_facets(header)
    assert (facets.unit, facets.label, facets.unread) == (unit, label, False)


def test_funding_parts_under_a_group_header_holding_a_name_word_are_amounts() -> None:
    # corpus dev4 seeds 507 and 515 budget_main_projects: 財源区分 over 国庫支出金 | 町債等 (its 区分 names rows
    # as a column's own header) made the parts label columns, and its 単位=千円 a unit column
    text = ("R8年度 一般会計予算\n\n番号\t事業名\tR8年度当初予算額 単位=千円\t財源区分 単位=千円\t\n"
            "\t\t\t国庫支出金\t一般財源等\n1\t移住定住促進事業\t12,000\t－\t12,000\n"
            "2\t創業支援補助金\t3,400\t400\t3,000\n")
    found = recognize_document(read_text(text.encode(), "t.txt", "d")).budget_values
    amounts = {(v.project, v.measure.split()[-1], v.amount_yen) for v in found if v.amount_yen is not None}
    assert ("創業支援補助金", "国庫支出金", 400_000) in amounts and ("創業支援補助金", "一般財源等", 3_000_000) in amounts
    assert ("移住定住促進事業", "一般財源等", 12_000_000) in amounts
