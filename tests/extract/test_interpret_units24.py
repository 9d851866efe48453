"""A 単位 cell cut over an indicator's sub-rows and a note's amount after a figure, read where a PDF
reader's lines leave them (session 24, corpus typst_borderless): the unit whole for both rows, no
amount for words a figure ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.interpret.stacks import labelled_lines
from extract.model import Cell, Provenance
from extract.reader import read_document
from extract.recognize import recognize_document
from normalize.units import unit_cut_in_two


def _cell(text: str) -> Cell:
    return Cell(text, text, Provenance("t.pdf", "d", 1, None, 0, 0, 4, None))


@pytest.mark.parametrize(("text", "read"), [
    ("事業費の追加 2,266,047", [("事業費の追加", "2,266,047")]),
    ("事業費の追加 19 2,266,047", []),  # 192,266,047 wrapped after 19, joined unproved: no amount of the words
    ("人件費の増 -16 2,375,055", []),
])
def test_a_note_s_amount_after_a_figure_is_no_amount_its_words_name(text: str, read: list[tuple[str, str]]) -> None:
    assert [(p.label, p.text) for p in labelled_lines(_cell(text), itemised=True)] == read


@pytest.mark.parametrize(("upper", "lower", "whole"), [
    ("百万", "円", "百万円"), ("千", "人", "千人"), ("万", "人", "万人"),
    ("%", "人", None),  # two units: no scale word over a unit word
    ("百万円", "円", None), ("百万", "", None), ("千", "年度", None),
])
def test_a_unit_cut_in_two_is_a_scale_word_over_its_unit_word(upper: str, lower: str, whole: str | None) -> None:
    assert unit_cut_in_two(upper, lower) == whole


def test_an_indicator_s_sub_rows_take_its_unit_cut_over_them_whole(tmp_path: Path) -> None:
    # 百万 beside 実績値 over 円 beside 目標, a narrow 単位 column's wrap set beside each sub-row
    # (corpus seed 754 kpi_year_matrix in typst_borderless): the 目標 row's values are 百万円 too
    text = ("基本目標1 魅力ある観光と交流のまちづくり\n\nＫＰＩ項目\t単位\t区分\tH27\tH30\tR1\n"
            "農業産出額\t百万\t実績値\t26,939\t15,740\t\n\t円\t目標\t\t20,506\t16,281\n"
            "学校給食地場産物使用率\t%\t実績値\t26.6\t22.0\t\n\t\t目標\t\t30.0\t27.6\n")
    path = tmp_path / "units.txt"
    path.write_text(text, encoding="utf-8")
    read = recognize_document(read_document(str(path)))
    assert sorted((v.kind, v.fiscal_year, v.value) for v in read.kpi_values if v.indicator == "農業産出額") == [
        ("actual", 2015, 26939e6), ("actual", 2018, 15740e6), ("target", 2018, 20506e6), ("target", 2019, 16281e6)]
    assert {(v.value, v.unit) for v in read.table_values if v.value_text in ("26,939", "20,506")} == {(26939e6, "円"), (20506e6, "円")}
