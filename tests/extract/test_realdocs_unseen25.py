"""Issue 7, session 25's real pages (tests/hand_checked/realdocs_pages.csv: kobe_hoikusho p1, kobe_jinko p12,
kyuyo p11): the general rules behind them, each on a small made-up case."""

from __future__ import annotations

import pytest

from extract import context
from extract.context import dates_a_named_subject, is_heading, is_set_apart
from extract.model import Provenance, TextLine
from extract.outline import numbering_style, opens_range
from extract.pdf import diagrams
from extract.pdf.diagrams import is_diagram, is_glyph_row
from extract.pdf.grid import RawCell, RawTable, Segment, SegLine


@pytest.mark.parametrize("text, named", [
    ("(児童の年齢については平成30年4月1日時点)", True),   # the date of the ages, not of the capacities below
    ("人口に関しては令和6年1月1日現在", True),
    ("(令和6年4月1日現在)", False),                     # the date of every figure of the table
    ("年齢別職員構成の状況(令和6年4月1日現在)", False),
    ("手当については別表のとおり", False),               # no as-of date
    ("令和6年4月1日現在 (数値については概数)", False),    # the topic after the date
])
def test_an_as_of_date_stated_of_a_named_subject_dates_that_subject_only(text: str, named: bool) -> None:
    assert dates_a_named_subject(text) is named


@pytest.mark.parametrize("text, style", [
    ("24~27歳", None), ("２８～３１歳", None), ("20〜23歳", None),   # a class of ages: a range, no heading's number
    ("3地域づくり", "number"), ("1総括", "number"), ("2~", "number"),
])
def test_a_number_running_to_another_is_no_headings_number(text: str, style: str | None) -> None:
    assert numbering_style(text) == style
    assert opens_range(text[2:]) is (style is None)


def _line(text: str, x0: float, x1: float, height: float = 10.0) -> TextLine:
    return TextLine(text, text, Provenance("t.pdf", "d", 1, None, None, bbox=(x0, 100.0, x1, 100.0 + height)))


def test_a_line_of_pieces_set_far_apart_is_no_heading() -> None:
    tick_and_legend = _line("4構成比", 77.0, 511.0)         # a chart's axis tick and its legend on one baseline
    heading = _line("4構成比", 77.0, 117.0)                  # the same words set as one run
    spaced = _line("1総括", 60.0, 160.0)                    # a letter-spaced heading: 3 glyphs over 10 em
    assert is_set_apart(tick_and_legend) and not is_heading(tick_and_legend)
    assert not is_set_apart(heading) and is_heading(heading)
    assert not is_set_apart(spaced) and is_heading(spaced)


def test_the_heading_fill_is_pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    line = _line("4構成比", 77.0, 277.0)  # 4 glyphs of 10 pt over 200 pt: a fill of 0.2
    assert is_set_apart(line)
    monkeypatch.setattr(context, "HEADING_MIN_FILL", context.HEADING_MIN_FILL / 2)
    assert not is_set_apart(line)
    monkeypatch.setattr(context, "HEADING_MIN_FILL", 0.25)
    spaced = _line("1総括", 60.0, 160.0)  # 3 glyphs over 100 pt: a fill of 0.3
    monkeypatch.setattr(context, "HEADING_MIN_FILL", 0.5)
    assert is_set_apart(spaced)


def _grid(rows: list[list[str]]) -> RawTable:
    cells = tuple(tuple(RawCell(t, (40.0 * j, 12.0 * r, 40.0 * j + 30.0, 12.0 * r + 10.0), 1) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    lines = tuple(SegLine((Segment(" ".join(row), (0.0, 12.0 * r, 300.0, 12.0 * r + 10.0)),), (0.0, 12.0 * r, 300.0, 12.0 * r + 10.0), 1)
                  for r, row in enumerate(rows))
    return RawTable(1, (0.0, 0.0, 300.0, 12.0 * len(rows)), cells, "pdfplumber-text", lines=lines)


# A flow diagram beside prose (kobe_jinko p12 図12): boxes labelled a glyph per line, figures by the arrows
FLOW_DIAGRAM = [
    ["区別にみると北区を除く8区で転入超過となっており,", "", "東", "三木・小野・三田", "阪"],
    ["(9)国外", "西", "播", "118", "神"],
    ["", "", "臨", "", ""],
    ["", "", "", "", "間"],
    ["", "", "", "967", ""],
    ["", "", "海", "", ""],
    ["", "日", "", "", ""],
    ["兵庫区512人,灘区291人となっている。", "", "2,237", "902", "276"],
]
# A table under a header band set glyph by glyph (収 / 益 / 的 down its first rows)
HEADED_TABLE = [
    ["", "収", "", ""], ["", "益", "", ""], ["区分", "的", "R5", "R6"],
    ["営業収益", "", "26,537", "22,312"], ["営業外収益", "", "19,242", "19,320"], ["合計", "", "45,779", "41,632"],
    ["支出", "", "40,000", "38,000"], ["収支", "", "5,779", "3,632"],
]


def test_a_grid_of_rows_of_lone_glyphs_is_a_diagram() -> None:
    assert is_glyph_row(tuple(RawCell(t, (0.0, 0.0, 1.0, 1.0), 1) for t in ["", "臨", ""]))
    assert not is_glyph_row(tuple(RawCell(t, (0.0, 0.0, 1.0, 1.0), 1) for t in ["", "6", ""]))  # a figure
    assert not is_glyph_row(tuple(RawCell(t, (0.0, 0.0, 1.0, 1.0), 1) for t in ["△", ""]))      # a sign
    assert not is_glyph_row(tuple(RawCell(t, (0.0, 0.0, 1.0, 1.0), 1) for t in ["", "億", ""]))  # a figure's scale word
    assert is_diagram(_grid(FLOW_DIAGRAM))
    assert not is_diagram(_grid(HEADED_TABLE))  # two glyph rows of eight: a header band
    ruled = _grid(FLOW_DIAGRAM)
    assert not is_diagram(RawTable(ruled.page, ruled.bbox, ruled.rows, "pdfplumber"))  # its rows are drawn


def test_the_diagram_thresholds_are_pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagrams, "GLYPH_ROW_SHARE", diagrams.GLYPH_ROW_SHARE / 2)
    assert is_diagram(_grid(HEADED_TABLE))  # 2 of 8 rows: a quarter
    monkeypatch.setattr(diagrams, "GLYPH_ROW_SHARE", 0.3 * 2)
    assert not is_diagram(_grid(FLOW_DIAGRAM))  # 4 of 8 rows: a half
    monkeypatch.setattr(diagrams, "GLYPH_ROW_SHARE", 0.3)
    monkeypatch.setattr(diagrams, "MIN_DIAGRAM_ROWS", 6 * 2)
    assert not is_diagram(_grid(FLOW_DIAGRAM))
    monkeypatch.setattr(diagrams, "MIN_DIAGRAM_ROWS", 6 // 2)
    assert is_diagram(_grid(FLOW_DIAGRAM[:4]))


@pytest.mark.parametrize("header, eras", [
    # kobe_jinko p17 表9: the era written once, the count closed with its year word
    (["人口移動", "平成元年", "2", "3", "4", "13年"], None),  # 13年 does not count on from 4: no closing year
    (["人口移動", "平成元年", "2", "3", "4", "5年"], [None, None, "平成", "平成", "平成", "平成"]),
    (["人口移動", "平成14", "15", "16", "17", "18年度"], [None, None, "平成", "平成", "平成", "平成"]),
    (["区分", "平成6", "7", "8", "9"], [None, None, "平成", "平成", "平成"]),
    (["区分", "平成6", "7", "8", "9", "元年"], [None, None, "平成", "平成", "平成", None]),
])
def test_a_header_writing_its_era_once_may_close_its_count_with_the_year_word(header: list[str],
                                                                               eras: list[str | None] | None) -> None:
    from extract.interpret.cells import counted_years
    got = counted_years(header)
    assert got == (eras if eras is not None else [None, None, "平成", "平成", "平成", None])


def test_a_few_rows_of_lone_glyphs_are_no_diagram() -> None:
    # at MIN_DIAGRAM_ROWS (6) the flow diagram's first six rows are one; its first four or five, glyph rows as
    # thick, are a letter-spaced title or header band's size: no diagram
    assert is_diagram(_grid(FLOW_DIAGRAM[:6]))
    assert not is_diagram(_grid(FLOW_DIAGRAM[:5]))
    assert not is_diagram(_grid(FLOW_DIAGRAM[:4]))
