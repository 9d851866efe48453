"""Issue 7, real pages outside the gold (tests/hand_checked/realdocs_pages.csv): the general rules
behind kyuyo p5 / p10, setagaya p35 and kobe kateikei p1, each on a small made-up case."""

from __future__ import annotations

import pytest

from extract.interpret.cells import year_of_label
from extract.interpret.facets import Facets
from extract.interpret.structure import read_layout
from extract.interpret.values import TableContext, spaces_glyphs, table_values
from extract.model import Cell, Provenance, Table
from extract.pdf import borderless, charts
from extract.pdf import pdfplumber_adapter
from extract.pdf.grid import RawCell, RawLine, RawTable, Segment, SegLine
from extract.pdf.layout import GridSpec
from normalize import clean_text, parse_year
from tests.extract.test_pdf_semiruled import word


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(tuple(Cell(clean_text(t), t, Provenance("t.pdf", "d", 1, None, 0, r, j)) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    return Table(0, cells, Provenance("t.pdf", "d", 1, None, 0))


def _values(table: Table, ctx: TableContext = TableContext(), era: str | None = None) -> list[tuple[str, str, int | None, float | None]]:
    layout = read_layout(table, None, era)
    assert layout is not None
    return [(v.row_label or "", v.column_header, v.fiscal_year, v.value) for v in table_values(table, layout, ctx)]


# --- a year in a row label dates its row (kobe kateikei p1: 28年度（各月） | 4月 | 5月 …) ---------

@pytest.mark.parametrize(("text", "era", "year"), [
    ("28年度（各月）", "平成", 2016),
    ("令和5年度", None, 2023),
    ("2023年 (見込)", None, 2023),
    ("R6年度末", None, 2024),
    ("28年度（各月）", None, None),  # no era known: no year
    ("令和6年能登半島地震復旧事業", None, None),  # a name holding a year dates no value
    ("対前年比（各月）", "平成", None),
    ("2024年度（令和5年度）", None, None),  # two years that disagree: none
])
def test_a_row_label_that_is_a_year(text: str, era: str | None, year: int | None) -> None:
    found = year_of_label(text, era)
    assert (found.start if found else None) == year


def test_month_columns_take_the_year_of_their_row() -> None:
    table = _table([["", "4月", "5月"], ["28年度（各月）", "25,074", "27,632"], ["27年度（各月）", "25,951", "26,112"],
                    ["対前年比（各月）", "▲3.4%", "+5.8%"]])
    got = {(r, c): y for r, c, y, _ in _values(table, era="平成")}
    assert got[("28年度(各月)", "4月")] == 2016 and got[("27年度(各月)", "5月")] == 2015
    assert got[("対前年比(各月)", "4月")] == 2016  # compares with the year before: of the newest year


def test_only_a_comparison_with_the_year_before_takes_the_newest_row_year() -> None:
    table = _table([["", "4月", "5月"], ["令和5年度", "10", "20"], ["令和6年度", "30", "40"], ["構成比", "25%", "33%"],
                    ["前年比", "300%", "200%"]])
    got = {r: y for r, _, y, _ in _values(table)}
    assert got["構成比"] is None and got["前年比"] == 2024


# --- a table whose writer spaces its words glyph by glyph spaces its digits (kyuyo p10) -----------

SPACED = ["総 務 ･企 画", "税 務", "人 事 異 動 に よ る 減"]


@pytest.mark.parametrize(("lines", "spaced"), [
    # LETTER_SPACED_SHARE 0.5: 2 of 4 lines of words spaced is enough (doubled, not); 1 of 3 is
    # not (halved, it would be)
    (["議 会", "税 務", "教育部門", "消防部門"], True),
    (["議 会", "教育部門", "消防部門"], False),
    # SPACED_TOKENS_PER_GLYPH 0.6: 総 務 ･企 画 is 4 tokens for 5 glyphs (0.8: spaced; doubled, not);
    # 人口 当たり 職員 is 3 for 7 (0.43: not; halved, it would be)
    (["総 務 ･企 画", "教育部門"], True),
    (["人口 当たり 職員", "教育部門"], False),
    # SPACED_LINE_MIN_LETTERS 2: one-glyph lines (計) show no spacing (halved, each would count as
    # spaced); 議 会 shows it (doubled, it would not count)
    (["議 会", "教育部門", "消防部門", "計", "計"], False),
    (["議 会"], True),
])
def test_a_table_spacing_its_words_glyph_by_glyph(lines: list[str], spaced: bool) -> None:
    assert spaces_glyphs(_table([[line] for line in lines])) is spaced


def test_spaced_digits_in_a_letter_spaced_table_are_one_number() -> None:
    table = _table([["区 分", "職 員 数"], ["税 務", "２"], ["商 工", "３"], ["土 木", "４"], ["総 務 ･企 画", "１ １"],
                    ["合 計", "２ ０"]])
    assert [v for *_, v in _values(table)] == [2, 3, 4, 11, 20]
    unspaced = _table([["区分", "職員数"], ["税務", "２"], ["商工", "３"], ["土木", "４"], ["総務企画", "１ １"]])
    assert [v for *_, v in _values(unspaced)] == [2, 3, 4, None]  # maybe 1 and 1: no value


def test_a_difference_with_the_year_before_is_dated_to_the_newest_year() -> None:
    table = _table([["区分", "令和5年", "令和6年", "対前年増減数"], ["議会", "1", "1", "0"], ["税務", "2", "1", "△1"]])
    got = {(r, c): y for r, c, y, _ in _values(table)}
    assert got[("税務", "対前年増減数")] == 2024


# --- an as-of caption dates a table's figures (kyuyo p5: …の状況（令和6年4月1日現在）) ------------

def test_an_as_of_caption_dates_statistics_but_no_kpi() -> None:
    as_of = TableContext(caption=Facets(year=parse_year("令和6年4月1日現在")), caption_as_of=True)
    table = _table([["区分", "職員数", "構成比"], ["1級", "3", "10.4"], ["2級", "6", "20.6"]])
    assert {y for *_, y, _ in _values(table, as_of)} == {2024}
    assert {y for *_, y, _ in _values(table, TableContext(caption=as_of.caption))} == {None}  # a title's year: none
    kpi = _table([["指標", "目標値"], ["転入者数", "300"]])
    assert {y for *_, y, _ in _values(kpi, as_of)} == {None}  # a target is never dated by it


# --- a band of a ruled grid beside group labels spanning it splits into rows (kyuyo p10) ---------

def test_a_band_beside_a_spanning_group_label_is_split_into_its_rows() -> None:
    # 部門 (col 0) spans both bands; the first band holds three rows without row rules.
    xs, ys = (0.0, 40.0, 140.0, 200.0), (0.0, 20.0, 100.0, 120.0)
    spans = {(0, 0): (3, 1), (0, 1): (1, 1), (0, 2): (1, 1), (1, 1): (1, 1), (1, 2): (1, 1), (2, 1): (1, 1),
             (2, 2): (1, 1)}
    owner = {(r, c): (r, c) for r in range(3) for c in (1, 2)} | {(r, 0): (0, 0) for r in range(3)}
    chars = word("部門", 5, 5) + word("区分", 45, 5) + word("人", 150, 5)
    for k, (name, n) in enumerate((("議会", "1"), ("税務", "2"), ("商工", "3"))):
        chars += word(name, 45, 25 + 26 * k) + word(n, 150, 25 + 26 * k)
    chars += word("計", 45, 104) + word("6", 150, 104)
    table = pdfplumber_adapter._grid_table(GridSpec(xs, ys, spans, owner), chars, 1, (0.0, 0.0, 595.0, 842.0))
    assert [[c.raw for c in row] for row in table.rows] == [
        ["部門", "区分", "人"], ["", "議会", "1"], ["", "税務", "2"], ["", "商工", "3"], ["", "計", "6"]]
    assert table.rows[0][0].row_span == 5  # the group label spans every row it spanned before


# --- a title set glyph by glyph across the page is no table (setagaya p35) ----------------------

@pytest.mark.parametrize(("rows", "spaced"), [
    ([["歳", "入", "歳", "出"], ["1. 総", "括"], ["（歳", "入）"]], True),
    # SPACED_CELL_MAX_LETTERS 2: 総括 (2 letters) is a spaced word (halved, it would not be);
    # 予算額 (3) names a column (doubled, it would be spaced text)
    ([["総括", "歳入"], ["款", "項"]], True),
    ([["予算額", "款"], ["款", "項"]], False),
    ([["款", "1"], ["項", "2"]], False),  # values: a table
])
def test_cells_of_one_or_two_letters_and_no_value_are_spaced_text(rows: list[list[str]], spaced: bool) -> None:
    cells = [[RawCell(t, (0.0, 0.0, 1.0, 1.0), 1) for t in row] for row in rows]
    assert borderless.is_spaced_text(cells) is spaced


# --- a chart's plot area read as a ruled grid (kyuyo p5) ----------------------------------------

def _ticks(values: list[str], x1: float = 98.0, top: float = 100.0, pitch: float = 40.0) -> list[RawLine]:
    return [RawLine(v, (x1 - 20.0, top + pitch * k - 5.0, x1, top + pitch * k + 5.0), 1) for k, v in enumerate(values)]


def _plot() -> RawTable:
    cell = RawCell("６級\n13.8%", (120.0, 100.0, 160.0, 140.0), 1)
    return RawTable(1, (100.0, 100.0, 400.0, 300.0), ((cell,),), "pdfplumber", None, ())


@pytest.mark.parametrize(("ticks", "chart"), [
    (_ticks(["100%", "75%", "50%", "25%", "0%"]), True),
    # AXIS_MIN_TICKS 4 (as the interpreter's): three ticks are too few (halved, they would do)
    (_ticks(["40%", "20%", "0%"], pitch=100.0), False),
    (_ticks(["20", "15", "10", "0"], pitch=66.0), False),  # uneven steps
    (_ticks(["100%", "75%", "50%", "25%"]), False),  # no 0
    (_ticks(["200", "100", "0", "-100", "-200"]), True),  # through 0
    (_ticks(["200", "100", "0"], pitch=20.0) + _ticks(["-300", "-400"], top=200.0, pitch=20.0), True),  # -100, -200 unread
    # PITCH_TOL_SHARE 0.1: ticks 40 pt apart but one 46 pt (15%) off the pitch are no axis (doubled, they would be)
    # (halved, 43 pt, 7% off, would be too)
    (_ticks(["100%", "75%", "50%", "25%"]) + _ticks(["0%"], top=266.0), False),
    (_ticks(["100%", "75%", "50%", "25%"]) + _ticks(["0%"], top=263.0), True),
    # TICK_REACH_EM 3: a scale ending 25 pt (2.5 line heights) left of the grid is its axis (halved, it
    # would not be); one ending 45 pt left (4.5) is not (doubled, it would be)
    (_ticks(["100%", "75%", "50%", "25%", "0%"], x1=75.0), True),
    (_ticks(["100%", "75%", "50%", "25%", "0%"], x1=55.0), False),
    # TICK_OVERHANG_EM 1: the 0 tick centred 8 pt (0.8 line heights) below the grid belongs to it
    # (halved, not: four ticks remain, no 0); one 15 pt (1.5) below does not (doubled, it would)
    (_ticks(["100%", "75%", "50%", "25%", "0%"], top=107.0, pitch=50.0), True),
    (_ticks(["100%", "75%", "50%", "25%", "0%"], top=115.0, pitch=50.0), False),
])
def test_a_value_axis_left_of_a_ruled_grid_makes_it_a_chart(ticks: list[RawLine], chart: bool) -> None:
    assert charts.is_plot_area(_plot(), ticks) is chart


def _axis_below(values: list[str], top: float = 305.0, x0: float = 95.0, pitch: float = 75.0) -> list[SegLine]:
    """A line of tick labels 10 pt high under _plot's grid (bottom 300), one segment each."""
    segments = tuple(Segment(v, (x0 + pitch * k, top, x0 + pitch * k + 10.0, top + 10.0)) for k, v in enumerate(values))
    return [SegLine(segments, (x0, top, x0 + pitch * (len(values) - 1) + 10.0, top + 10.0), 1, " ".join(values))]


@pytest.mark.parametrize(("axis", "chart"), [
    # takamatsu_shimin_manzokudo p4: a bar chart drawn across, 0% … 100% under it
    (_axis_below(["0%", "25%", "50%", "75%", "100%"]), True),
    (_axis_below(["0%", "25%", "50%", "75%", "100%", "合計"]), False),  # a word among them: a table's row
    (_axis_below(["2019", "2020", "2021", "2022", "2023"]), False),  # no 0: years heading a table below
    # TICK_REACH_EM 3: ticks 25 pt (2.5 heights) under the grid belong to it (halved, not); 35 pt (3.5) do not (doubled, would)
    (_axis_below(["0%", "25%", "50%", "75%", "100%"], top=325.0), True),
    (_axis_below(["0%", "25%", "50%", "75%", "100%"], top=335.0), False),
    # TICK_OVERHANG_EM 1: a line whose top stands 8 pt up into the grid's last row still is its axis (halved, not);
    # 15 pt up is in the grid (doubled, it would be taken)
    (_axis_below(["0%", "25%", "50%", "75%", "100%"], top=292.0), True),
    (_axis_below(["0%", "25%", "50%", "75%", "100%"], top=285.0), False),
    # ... and a line ending 8 pt (0.8 heights) left of the grid may be its axis (halved, not); one ending
    # 15 pt left is another's (doubled, it would be taken)
    (_axis_below(["0%", "25%", "50%", "75%", "100%"], x0=42.0, pitch=10.0), True),
    (_axis_below(["0%", "25%", "50%", "75%", "100%"], x0=35.0, pitch=10.0), False),
])
def test_a_value_axis_under_a_ruled_grid_makes_it_a_chart(axis: list[SegLine], chart: bool) -> None:
    assert charts.is_plot_area(_plot(), [], axis) is chart


def _grid(bbox: tuple[float, float, float, float]) -> RawTable:
    return RawTable(1, bbox, ((RawCell("1.5%", bbox, 1),),), "pdfplumber", None, ())


@pytest.mark.parametrize(("bbox", "same_chart"), [
    # takamatsu_shimin_manzokudo p5: a bar chart by category, its blank rows parting the gridlines
    ((100.0, 60.0, 400.0, 100.0), True),  # standing on the plot area's top, the same sides
    ((100.0, 60.0, 400.0, 99.2), True),  # STACK_TOL_PT 1: 0.8 pt off still touches (halved, not)
    ((100.0, 60.0, 400.0, 98.5), False),  # 1.5 pt off does not (doubled, it would)
    ((100.8, 60.0, 399.2, 100.0), True),  # sides 0.8 pt in (halved, not)
    ((101.5, 60.0, 400.0, 100.0), False),  # a side 1.5 pt in (doubled, it would)
    ((100.0, 20.0, 400.0, 60.0), False),  # on a grid on the chart: only through that grid, which is none here
])
def test_grids_stacked_on_a_plot_area_with_its_sides_are_the_same_chart(bbox: tuple[float, float, float, float],
                                                                        same_chart: bool) -> None:
    axis = _ticks(["100%", "75%", "50%", "25%", "0%"])
    grids = charts.chart_grids([_plot(), _grid(bbox)], axis, [])
    assert (len(grids) == 2) is same_chart
    assert not any(c.axis_below for c in grids)  # a grid stacked on the chart shares its axis, left of it
    below = charts.chart_grids([_plot(), _grid(bbox)], [], _axis_below(["0%", "25%", "50%", "75%", "100%"]))
    assert [c.axis_below for c in below] == [True] * len(grids)


def test_a_chart_grid_gives_its_text_as_lines() -> None:
    lines = [RawLine("上", (0.0, 50.0, 10.0, 60.0), 1), RawLine("下", (0.0, 350.0, 10.0, 360.0), 1)]
    own = [RawLine("13.8%", (150.0, 140.0, 190.0, 150.0), 1), RawLine("６級", (150.0, 120.0, 170.0, 130.0), 1)]
    assert [ln.raw for ln in charts.with_chart_text(lines, _plot(), own)] == ["上", "６級", "13.8%", "下"]


# --- a ruled box around a table set without rules (jinko p29) ------------------------------------

def _boxed(cells_per_line: int, lines: int, other_glyphs: int) -> bool:
    """A grid whose first band is one cell over its four columns, holding `lines` lines of
    `cells_per_line` numbers 20 pt apart; `other_glyphs` glyphs fill the band below."""
    xs, ys = (0.0, 50.0, 100.0, 150.0, 200.0), (0.0, 100.0, 200.0)
    spans = {(0, 0): (1, 4)} | {(1, c): (1, 1) for c in range(4)}
    owner = {(0, c): (0, 0) for c in range(4)} | {(1, c): (1, c) for c in range(4)}
    chars = [ch for k in range(lines) for j in range(cells_per_line) for ch in word("0.5", 5 + 50 * j, 10 + 20 * k)]
    chars += [ch for k in range(0, other_glyphs, 18) for ch in word("計" * min(18, other_glyphs - k), 5, 105 + 20 * (k // 18))]
    grid = GridSpec(xs, ys, spans, owner)
    return pdfplumber_adapter.frames_a_table(grid, chars, pdfplumber_adapter._midpoints(chars))


@pytest.mark.parametrize(("cells_per_line", "lines", "other_glyphs", "framed"), [
    (3, 3, 18, True),
    # FRAMED_MIN_CELLS 3: lines of two cells (a name and its amount) are a note's lines, not rows
    # (halved, they would be rows); doubled, three would not be
    (2, 3, 18, False),
    # FRAMED_MIN_ROWS 3: two lines are too few (halved, enough); doubled, three would be too few
    (3, 2, 18, False),
    # FRAMED_TEXT_SHARE 0.5: 27 of 45 glyphs (0.6) in the box's cell is most of its text (doubled,
    # not); 27 of 72 (0.375) is not (halved, it would be)
    (3, 3, 45, False),
])
def test_a_ruled_box_around_rows_of_cells_frames_a_table(cells_per_line: int, lines: int, other_glyphs: int,
                                                         framed: bool) -> None:
    assert _boxed(cells_per_line, lines, other_glyphs) is framed
