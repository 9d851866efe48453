"""Concepts defined once and used everywhere: a heading's numbering, the fiscal year of a line,
the kinsoku sets, note marks."""

from __future__ import annotations

import pytest

from extract.context import HEADING_MAX_CHARS, fiscal_year_of_line, is_heading_text
from extract.interpret.stacks import labelled_lines
from extract.interpret.values import continues_name
from extract.model import Cell, Provenance
from extract.outline import numbering_style
from extract.pdf.pieces import Piece, is_full
from extract.text_items import strip_footnote
from extract.vocab import HANGING_GLYPHS, KINSOKU_GLYPHS


@pytest.mark.parametrize(("text", "style"), [
    ("3地域づくりの推進", "number"), ("1 概要", "number"), ("2.財政の状況", "number"), ("１）人口", "number"),
    ("IV. 計画の推進", "roman"), ("ア 観光", "kana"), ("(1) 医療", "bracketed"), ("第2章", "chapter"),
    ("3人の委員", None), ("4月の実績", None), ("10%増", None), ("3万人", None), ("5校", None), ("1,234", None),
    ("123 項目", None), ("9市民が創る・まち育てプロジェクト", "number"), ("3地域をつくる文化", "number"), ("3地域", None), ("5「北上 × はたらく」プロジェクト", "number"),
])
def test_a_bare_number_numbers_a_heading_unless_a_unit_or_month_follows(text: str, style: str | None) -> None:
    assert numbering_style(text) == style


def test_headings_and_sections_share_the_numbering() -> None:
    assert is_heading_text("3地域づくりの推進") and is_heading_text("IV. 計画")
    assert not is_heading_text("3人の委員")
    assert not continues_name("観光入込客数", "(1) 医療") and not continues_name("観光入込客数", "2. 財政")
    assert continues_name("子育て世帯の", "3世代同居率")   # no separator after the digits: the name runs on


def test_a_goals_numbered_heading_continues_no_name() -> None:
    # a strategy's goal heading set as a row of the table under the last indicator (corpus seed 731 kpi_year_matrix in typst_borderless)
    assert not continues_name("観光入込客数（万人）", "基本目標２ 安心して暮らせるまち")
    assert not continues_name("観光入込客数", "重点施策 3 子育て")
    assert continues_name("地域の", "基本目標の達成度")  # the word without a number: a name may run on into it


def test_the_fiscal_year_of_a_line() -> None:
    year = fiscal_year_of_line("令和3年度 主要事業")
    assert year is not None and year.start == 2021
    assert fiscal_year_of_line("令和2年 水道事業会計予算") is not None   # a budget's bare year
    assert fiscal_year_of_line("令和2年3月") is None                     # a date
    assert fiscal_year_of_line("2024年度（令和7年度）予算") is None        # forms that disagree
    span = "平成28～令和元年度決算額"
    assert fiscal_year_of_line(span) is None
    ranged = fiscal_year_of_line(span, ranges=True)
    assert ranged is not None and (ranged.start, ranged.end) == (2016, 2019)


def test_max_chars_keeps_to_short_lines() -> None:
    line = "令和3年度" + "あ" * (HEADING_MAX_CHARS - len("令和3年度"))
    assert fiscal_year_of_line(line, HEADING_MAX_CHARS) is not None
    assert fiscal_year_of_line(line + "あ", HEADING_MAX_CHARS) is None


def test_one_kinsoku_set_and_its_hanging_part() -> None:
    assert HANGING_GLYPHS < KINSOKU_GLYPHS
    assert {"）", "。", "、", "ー", "っ", "・"} <= HANGING_GLYPHS
    assert not {"%", "？", "：", "."} & HANGING_GLYPHS                 # set inside the measure
    assert {"%", "％", "？", "：", ".", "］", "ゞ"} <= KINSOKU_GLYPHS


@pytest.mark.parametrize("second", ["%", "］", "ゞ"])
def test_a_glyph_that_may_not_open_a_line_moves_with_the_one_before(second: str) -> None:
    # the line is 14 pt wide in a 20 pt column: the next line's first glyph (2 of 2x, 5 pt) would
    # have fitted after it, not with a glyph after it that may not open a line
    box = (0.0, 0.0, 14.0, 10.0)
    assert not is_full(box, Piece("2x", (0.0, 10.0, 10.0, 20.0), 0), 20.0)
    assert is_full(box, Piece("2" + second, (0.0, 10.0, 10.0, 20.0), 0), 20.0)


@pytest.mark.parametrize(("text", "name"), [
    ("観光交流客数 (※19)", "観光交流客数"), ("人口※3", "人口"), ("件数 注1", "件数"), ("件数（注）", "件数"),
    ("受注", "受注"), ("事業費＊", "事業費"),
])
def test_a_note_mark_ending_a_name_is_dropped(text: str, name: str) -> None:
    assert strip_footnote(text) == name


def test_a_circled_number_ending_a_line_is_no_labelled_amount() -> None:
    # realdocs otoineppu_jinko_vision_2015 p31: a chart's legend パターン① … ④ beside its figures; folded
    # by NFKC, ② read as "パターン 2", an amount of 2 labelled パターン. The line is folded as clean_text
    # folds it (nfkc_safe), which keeps circled numbers.
    cell = Cell("パターン②パターン③", "パターン②\nパターン③", Provenance("p", "d", 1, bbox=(0, 0, 10, 10)))
    assert labelled_lines(cell) == []
    assert [p.text for p in labelled_lines(Cell("税収 4", "税収 4", Provenance("p", "d", 1)))] == ["4"]
