"""Session 26's real pages (tests/hand_checked/realdocs_pages.csv): a change counted over a span is a
difference, and a header naming its cells' bracketed figure a ratio gives that ratio too."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.interpret.facets import kind_of
from extract.interpret.readings import bracket_names_ratio, bracketed_ratio
from extract.interpret.stacks import labelled_counts, without_count
from extract.interpret.values import counted_bases
from extract.model import Cell, Provenance
from normalize import clean_text
from extract.recognize import recognize_document
from extract.text_reader import read_text


@pytest.mark.parametrize(("header", "kind"), [
    ("過去5年間の増減数(率)", "difference"),  # otoineppu_kyuyo p11: the change of 職員数 over five years
    ("5年間の増減数", "difference"),
    ("策定時からの増減数", "difference"),
    ("基準値との増減数", "difference"),
    ("社会増減数", None),  # net migration: a quantity named by the noun before it
    ("人口増減数", None),
    ("増減数", None),
])
def test_a_change_counted_over_a_span_is_a_difference(header: str, kind: str | None) -> None:
    assert kind_of(header) == kind


@pytest.mark.parametrize(("header", "names"), [
    ("過去5年間の増減数(率)", True), ("金額（構成比）", True), ("人数（割合）", True),
    ("人数（人）", False), ("金額（千円）", False), ("増減数", False), ("事業費（R6）", False),
])
def test_a_header_bracket_naming_a_ratio(header: str, names: bool) -> None:
    assert bracket_names_ratio(header) is names


@pytest.mark.parametrize(("cell", "ratio"), [
    ("△3(△10.7%)", -10.7), ("1( 3.4%)", 3.4), ("－( 0.0%)", 0.0),  # kyuyo p11: the count may be a dash
    ("30", None), ("△3(R6)", None), ("3(1.0%)(2.0%)", None), ("(2.0%)3", None),
])
def test_the_bracketed_ratio_of_a_cell(cell: str, ratio: float | None) -> None:
    q = bracketed_ratio(cell, "過去5年間の増減数(率)")
    assert (q.value if q else None) == ratio


def test_no_bracketed_ratio_under_a_header_naming_none() -> None:
    assert bracketed_ratio("△3(△10.7%)", "増減数（人）") is None


def test_a_count_and_its_rate_of_change_over_five_years() -> None:
    # otoineppu_kyuyo p11 職員数の推移: 過去5年間の増減数(率) △3(△10.7%) is the change 平成31年 -> 令和6年 and its
    # rate, both of 令和6年 as a difference is; neither is a value of 職員数
    text = ("部門別\t平成31年\t令和6年\t過去5年間の増減数(率)\n一般行政\t30\t27\t△3(△10.7%)\n"
            "公営企業等会計計\t4\t4\t－( 0.0%)\n")
    found = recognize_document(read_text(text.encode(), "d.txt", "i"))
    changes = sorted((v.row_label, v.kind, v.value, v.unit, v.fiscal_year) for v in found.table_values
                     if "増減" in v.column_header and v.value is not None)
    assert changes == [("一般行政", "difference", -3.0, None, 2024), ("一般行政", "ratio", -10.7, "%", 2024),
                       ("公営企業等会計計", "ratio", 0.0, "%", 2024)]
    assert not found.kpi_values and not found.budget_values


def _cell(lines: list[str]) -> Cell:
    boxes = tuple((0.0, 10.0 * i, 100.0, 10.0 * i + 8) for i in range(len(lines)))
    return Cell(clean_text("".join(lines)), "\n".join(lines), Provenance("d.pdf", "i", 1, row=1, col=2), line_bboxes=boxes)


def test_a_note_cell_states_counts_beside_its_amounts() -> None:
    # fuji_r6 p301 説明: 対象者 118人 under 重症心身障害者等介護手当費 7,080, 国保連審査支払件数 2,700件／月
    cell = _cell(["003 重症心身障害者等介護手当費 7,080", "対象者 118人", "国保連審査支払件数 2,700件／月",
                  "年 4回", "令和6年度 2024年", "工期 令和 6年", "委員10人", "事業費 7,080千円", "001 審査会委員 １０人 1,620"])
    # no count: a label of one letter (年 4回), a year, a count glued to its words, an amount of money
    assert [(p.label, p.text) for p in labelled_counts(cell)] == [("対象者", "118人"), ("国保連審査支払件数", "2,700件/月"),
                                                                ("審査会委員", "10人")]


def test_counts_take_the_one_year_of_their_cells_amounts_and_the_item_above() -> None:
    text = "令和6年度 一般会計予算\n（単位：千円）\n節\t金額\t説明\n委託料\t7,080\t重症心身障害者等介護手当費 7,080\n"
    amount = next(v for v in recognize_document(read_text(text.encode(), "d.txt", "i")).table_values
                  if v.column_header == "説明")
    assert (amount.unit, amount.fiscal_year) == ("円", 2024)
    placed = replace(amount, prov=replace(amount.prov, bbox=(0.0, 0.0, 10.0, 8.0)))
    count = replace(placed, row_label="対象者", value=118.0, unit="人", fiscal_year=None, kind="budget",
                    prov=replace(amount.prov, bbox=(0.0, 10.0, 10.0, 18.0)))
    got = list(counted_bases([placed], [count]))
    assert [(v.row_path, v.kind, v.fiscal_year, v.value) for v in got] == [
        (("重症心身障害者等介護手当費", "対象者"), None, 2024, 118.0)]
    assert not list(counted_bases([], [count]))  # no amount dates it
    other_year = replace(placed, fiscal_year=2023, fiscal_year_end=2023)
    assert not list(counted_bases([placed, other_year], [count]))  # amounts of two years: which, the cell says not


@pytest.mark.parametrize(("label", "words"), [
    ("障害支援区分認定等審査会委員10人", "障害支援区分認定等審査会委員"), ("審査会委員 10人", "審査会委員"),
    ("給与費", "給与費"), ("令和6年", "令和6年"), ("工期 令和 6年", "工期 令和 6年"), ("10人", "10人")])
def test_a_label_without_its_count(label: str, words: str) -> None:
    assert without_count(label) == words


def test_a_count_on_an_amounts_line_is_that_lines_own() -> None:
    # fuji_r6 p351: 002 一般職 57人 441,099 under 001 廃棄物減量化等推進審議会委員 15人 393
    text = "令和6年度 一般会計予算\n（単位：千円）\n節\t金額\t説明\n給料\t441,099\t一般職 441,099\n"
    amount = next(v for v in recognize_document(read_text(text.encode(), "d.txt", "i")).table_values
                  if v.column_header == "説明")
    above = replace(amount, row_label="審議会委員15人", prov=replace(amount.prov, bbox=(0.0, 0.0, 10.0, 8.0)))
    line = replace(amount, prov=replace(amount.prov, bbox=(0.0, 10.0, 10.0, 18.0)))
    count = replace(line, row_label="一般職", value=57.0, unit="人", fiscal_year=None)
    below = replace(count, row_label="開催", prov=replace(amount.prov, bbox=(0.0, 20.0, 10.0, 28.0)))
    got = [v.row_path for v in counted_bases([above, line], [count, below])]
    assert got == [("一般職",), ("一般職", "開催")]
