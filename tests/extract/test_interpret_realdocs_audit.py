"""Interpreter cases found reading real pages by hand (tests/hand_checked/realdocs_pages.csv):
a table folded in two, a unit printed in a column's first number cell under header words the
layout left in the body, a row named only by a relative year, a company's ㈱ that is no unit."""

from __future__ import annotations

from dataclasses import replace

from extract.interpret.folded import folded_blocks
from extract.interpret.structure import read_layout
from extract.interpret.values import column_units
from extract.model import Cell, Provenance, Table
from normalize import clean_text
from extract.text_reader import read_text
from tests.extract.text_docs import read_text_document as _read

FOLDED = ("財政指標名\tH19決算\tH20決算\t会計名\tH19決算\tH20決算\n"
          "実質赤字比率\t0.05\t0.02\t市場事業費\t1.5\t2.5\n"
          "経常収支比率\t98.0\t97.3\t下水道事業会計\t93.0\t93.8\n"
          "\t\t\t港湾事業会計\t459.9\t430.3\n")


def _values(text: str) -> list[tuple[str | None, int | None, float | None]]:
    return [(v.row_label, v.fiscal_year, v.value) for v in _read(text).table_values]


def test_a_table_folded_in_two_reads_each_block_with_its_own_names() -> None:
    got = _values(FOLDED)
    assert ("市場事業費", 2007, 1.5) in got and ("港湾事業会計", 2008, 430.3) in got
    assert not any(label in ("実質赤字比率", "経常収支比率") and value in (1.5, 93.0, 459.9)
                   for label, _, value in got)
    assert len(got) == 10


def test_a_fold_needs_the_same_columns_again_under_a_name_header() -> None:
    table = read_text(FOLDED.encode(), "d.txt", "i").tables[0]
    layout = read_layout(table)
    assert layout is not None and len(folded_blocks(table, layout)) == 2
    other_columns = FOLDED.replace("会計名\tH19決算\tH20決算", "会計名\t構成比\t伸率")
    table = read_text(other_columns.encode(), "d.txt", "i").tables[0]
    assert len(folded_blocks(table, read_layout(table))) == 1  # type: ignore[arg-type]
    no_name_header = FOLDED.replace("会計名", "備考")
    table = read_text(no_name_header.encode(), "d.txt", "i").tables[0]
    assert len(folded_blocks(table, read_layout(table))) == 1  # type: ignore[arg-type]


def test_a_unit_atop_a_columns_first_number_is_read_under_words_left_in_the_body() -> None:
    body = [["款", "予算額", "増減率"], ["特別区税", "159,472", "%\n10.4"], ["地方譲与税", "1,344", "△1.7"]]
    rows = tuple(tuple(Cell(clean_text(t), t, Provenance("d.txt", "i", 1, row=r, col=c)) for c, t in enumerate(row))
                 for r, row in enumerate(body))
    table = Table(0, rows, Provenance("d.txt", "i", 1))
    layout = replace(read_layout(table), start=0)  # type: ignore[type-var]  # the header words left in the body
    assert column_units(table, layout) == {2: "%"}


def test_a_row_named_only_by_a_relative_year_takes_that_year() -> None:
    text = "令和8年度 予算書\n\n（単位：千円）\n款\t予算額\n合計\t431,353\n前年度\t399,617\n前年度繰越金\t1,000\n"
    found = _read(text)
    assert [(v.project, v.fiscal_year) for v in found.budget_values] == [
        ("合計", 2026), ("前年度", 2025), ("前年度繰越金", 2026)]


def test_a_companys_legal_form_is_no_unit_of_its_row() -> None:
    text = "（単位：百万円）\n法人名\t出資金\n神戸新交通㈱\t18,723\n保有株式数（株）\t200\n"
    assert [(v.value, v.unit) for v in _read(text).table_values] == [(18_723_000_000, "円"), (200, "株")]


SEIRIHYO = ("（単位：千円）\n款別\t\t当初予算\n1.市税\t補正\t\n\t現計\t48,352\n"
            "2.地方譲与税\t補正\t\n\t現計\t680\n3.利子割交付金\t補正\t\n\t現計\t22\n")


def test_a_stage_sub_row_is_the_measure_of_the_line_above_it() -> None:
    got = [(v.row_label, v.row_path, v.value) for v in _read(SEIRIHYO).table_values]
    assert ("2.地方譲与税", ("2.地方譲与税",), 680_000) in got and ("3.利子割交付金", ("3.利子割交付金",), 22_000) in got
    assert all("現計" in v.column_header for v in _read(SEIRIHYO).table_values)


def test_a_row_filling_two_name_columns_is_no_tail_of_the_name_above() -> None:
    text = "（単位：千円）\n款\t項\t予算額\n総務費\t総務管理費\t1,000\n民生費\t社会福祉費\t\n\t児童福祉費\t2,000\n"
    assert [v.row_label for v in _read(text).table_values] == ["総務管理費", "児童福祉費"]
