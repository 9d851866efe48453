"""Vertical writing (縦書き) told per text run (issues 7 and 9): generated pages with known answers
(a 主要事業 list set down under a heading set across, a ruled table whose cells are set down),
read by both engines, and the run rules of extract.pdf.vertical one threshold at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extract.model import Document, TextLine
from extract.pdf import read_pdf
from extract.pdf import vertical as v
from extract.pdf.pdfplumber_adapter import VERTICAL_CELL_SHARE, _orient_cell
from extract.pdf.grid import RawCell
from extract.recognize import recognize_document

FACE = "HeiseiKakuGo-W5"  # a CID font every PDF reader knows: no font file needed
ACROSS = FACE
DOWN = FACE + "-V"  # its vertical writing mode (UniJIS-UCS2-V): the font steps the glyphs down
pdfmetrics.registerFont(UnicodeCIDFont(FACE))
_vertical = UnicodeCIDFont(FACE, isVertical=True)
_vertical.fontName = _vertical.name = DOWN  # reportlab names both modes after the face
pdfmetrics.registerFont(_vertical)
PAGE = (595.0, 842.0)
SIZE = 10.0
PITCH = 16.0  # from one column to the next (1.6 em: a 0.6 em gap)
HEADING = "令和6年度主要事業"
# (column text, top offset in glyphs): items whose amount wraps into the next column, set at its foot
COLUMNS = [("◇観光振興事業［１，２００万円］", 0), ("◆市道改良工事", 0), ("［３，４５０万円］", 6),
           ("…市道北線舗装工事（８００万円）、橋梁点検委託業務", 0), ("（２５０万円）を行います", 0),
           ("◇子育て支援事業［９６０万円］", 0)]
LIST_LINES = ["◇観光振興事業[1,200万円]", "◆市道改良工事", "[3,450万円]",  # as cleaned: NFKC, no spacing
              "...市道北線舗装工事(800万円)、橋梁点検委託業務", "(250万円)を行います", "◇子育て支援事業[960万円]"]
FOOTER = "問い合わせ先 企画課 電話01-2345"
AMOUNTS = {("観光振興事業", 12_000_000), ("市道改良工事", 34_500_000), ("市道北線舗装工事", 8_000_000),
           ("橋梁点検委託業務", 2_500_000), ("子育て支援事業", 9_600_000)}


def _down(c: canvas.Canvas, x: float, top: float, text: str, per_glyph: bool) -> None:
    """Text set down from (x, top): in a vertical font, or one upright glyph per position."""
    if per_glyph:
        c.setFont(ACROSS, SIZE)
        for i, ch in enumerate(text):
            c.drawString(x, top - (i + 1) * SIZE, ch)
    else:
        c.setFont(DOWN, SIZE)
        c.drawString(x + SIZE / 2, top, text)


def _list_page(path: Path, per_glyph: bool) -> str:
    c = canvas.Canvas(str(path), pagesize=PAGE)
    c.setFont(ACROSS, 14)
    c.drawString(300, 800, HEADING)
    c.drawString(60, 820, "広報しない 第12号")
    for k, (text, offset) in enumerate(COLUMNS):
        _down(c, 500 - k * PITCH, 760 - offset * SIZE, text, per_glyph)
    c.setFont(ACROSS, SIZE)
    c.drawString(60, 440, "問い合わせ先 企画課 電話 01-2345")  # prose set across below the list
    c.showPage()
    c.save()
    return str(path)


def _lines(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, TextLine)]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("per_glyph", [False, True])
def test_a_list_set_down_under_a_heading_set_across(tmp_path: Path, engine: str, per_glyph: bool) -> None:
    doc = read_pdf(_list_page(tmp_path / "list.pdf", per_glyph), engine=engine)
    lines = _lines(doc)
    assert HEADING in lines and FOOTER in lines
    start = lines.index(LIST_LINES[0])
    assert lines[start:start + len(LIST_LINES)] == LIST_LINES  # right to left, the wrapped amount in its place
    assert lines.index(HEADING) < start < lines.index(FOOTER)
    assert "vertical_text" in {i.code for i in doc.issues}
    values = recognize_document(doc).budget_values
    assert {(b.project, b.amount_yen) for b in values if b.recognizer == "listed_amounts"} == AMOUNTS
    assert {b.fiscal_year for b in values if b.recognizer == "listed_amounts"} == {2024}


# A ruled table whose label cells are set down in two columns (収益的 / 収支, read right to left)
# and whose figures are set across.
LABELS = [("収支", "収益的"), ("収支", "資本的")]  # (left column, right column) of each label cell
TABLE_XS = [60.0, 100.0, 200.0, 300.0]
TABLE_YS = [760.0, 740.0, 680.0, 620.0]  # header row, then two rows of labels six glyphs tall


def _table_page(path: Path, per_glyph: bool) -> str:
    c = canvas.Canvas(str(path), pagesize=PAGE)
    for x in TABLE_XS:
        c.line(x, TABLE_YS[0], x, TABLE_YS[-1])
    for y in TABLE_YS:
        c.line(TABLE_XS[0], y, TABLE_XS[-1], y)
    c.setFont(ACROSS, SIZE)
    for x, text in zip(TABLE_XS[1:], ("令和5年度", "令和6年度")):
        c.drawString(x + 4, 746, text)
    for r, (left, right) in enumerate(LABELS):
        top = TABLE_YS[r + 1] - 4
        _down(c, 82, top, right, per_glyph)
        _down(c, 66, top, left, per_glyph)
        c.setFont(ACROSS, SIZE)
        for x, text in zip(TABLE_XS[1:], (("1,200", "1,350"), ("300", "280"))[r]):
            c.drawString(x + 4, top - 30, text)
    c.showPage()
    c.save()
    return str(path)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("per_glyph", [False, True])
def test_ruled_cells_set_down_read_right_to_left(tmp_path: Path, engine: str, per_glyph: bool) -> None:
    (table,) = read_pdf(_table_page(tmp_path / "table.pdf", per_glyph), engine=engine).tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["", "令和5年度", "令和6年度"], ["収益的収支", "1,200", "1,350"], ["資本的収支", "300", "280"]]


# The run rules, one threshold at a time, on chars given as pdfplumber's dicts.

def _ch(text: str, x: float, top: float, size: float = SIZE, width: float | None = None) -> dict[str, Any]:
    w = size if width is None else width
    return {"text": text, "x0": x, "x1": x + w, "top": top, "bottom": top + size, "size": size, "upright": True,
            "matrix": (1.0, 0.0, 0.0, 1.0, x, PAGE[1] - top - size)}


def _steps(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, bool]:
    """The steps from a to b, followed (after a jump) by a pair stepping down: across is looked
    for only where some pair steps down."""
    down, across = v.run_steps([a, b, _ch("地", 300, 300), _ch("域", 300, 300 + SIZE)])
    return bool(down[0]), bool(across[0])


def test_a_run_steps_down_on_its_axis() -> None:
    em = SIZE
    assert _steps(_ch("収", 100, 100), _ch("益", 100 + 0.1 * em, 100 + em)) == (True, False)
    assert _steps(_ch("収", 100, 100), _ch("益", 100 + 0.2 * em, 100 + em)) == (False, False)  # AXIS_TOL_EM 0.15
    assert _steps(_ch("収", 100, 100), _ch("益", 100, 100 + 1.4 * em)) == (True, False)
    assert _steps(_ch("収", 100, 100), _ch("益", 100, 100 + 1.6 * em)) == (False, False)  # STEP_MAX_EM 1.5
    assert _steps(_ch("収", 100, 100), _ch("益", 100 + 1.4 * em, 100)) == (False, True)
    assert _steps(_ch("収", 100, 100), _ch("益", 100 + 1.6 * em, 100)) == (False, False)


@pytest.mark.parametrize(("upper", "lower", "down"), [
    ("収", "益", True), ("２", "万", True),
    ("1", "2", False), ("a", "b", False),  # narrow glyphs are not stacked upright
    ("１", "２", False), ("２", "，", False),  # nor are a figure's glyphs: two figures stacked in a cell
])
def test_narrow_and_figure_glyphs_cast_no_vote(upper: str, lower: str, down: bool) -> None:
    assert _steps(_ch(upper, 100, 100), _ch(lower, 100, 100 + SIZE))[0] is down


def test_a_column_breaks_into_lines_at_a_gap_over_an_em() -> None:
    em = SIZE
    near = [_ch("地", 100, 100), _ch("域", 100, 100 + em + 0.8 * em)]
    far = [_ch("地", 100, 100), _ch("域", 100, 100 + em + 1.2 * em)]
    assert len(v.vertical_lines(near)) == 1  # LINE_BREAK_EM 1.0
    assert len(v.vertical_lines(far)) == 2


def test_a_glyph_joins_the_column_it_overlaps_by_half_the_wider() -> None:
    column = [_ch("地", 100, 100), _ch("域", 100, 110)]
    assert len(v.axis_columns([*column, _ch("振", 104, 120)])) == 1  # overlaps 0.6 of the wider
    assert len(v.axis_columns([*column, _ch("振", 106, 120)])) == 2  # 0.4: COLUMN_OVERLAP_SHARE 0.5
    large = [_ch("主", 100, 100, size=40), _ch("要", 100, 140, size=40)]
    assert len(v.axis_columns([*large, _ch("事", 110, 200)])) == 2  # a small column under a large heading's


def test_level_columns_within_three_em_are_one_block() -> None:
    em = SIZE
    right = [_ch("右", 200, 100), _ch("側", 200, 110)]
    near = [_ch("左", 200 - em - 2.5 * em, 100), _ch("側", 200 - em - 2.5 * em, 110)]
    far = [_ch("左", 200 - em - 3.5 * em, 100), _ch("側", 200 - em - 3.5 * em, 110)]
    assert len(v.column_lines(right + near)) == 1  # BLOCK_GAP_EM 3.0
    assert len(v.column_lines(right + far)) == 2


def _column(x: float, text: str, top: float = 110) -> list[dict[str, Any]]:
    return [_ch(t, x, top + k * SIZE) for k, t in enumerate(text)]


def test_a_glyph_without_a_step_joins_the_line_it_sits_on() -> None:
    em = SIZE
    run, beside = _column(100, "整備事"), _column(100 - 1.6 * em, "業費")
    mark = _ch("◇", 100, 100)  # drawn after the run, out of order: no step of its own
    assert v.vertical_chars([*run, *beside, mark]) == [True] * 6
    stray = _ch("◇", 100, 100 - em - 1.5 * em)  # over a line break above it
    assert v.vertical_chars([*run, *beside, stray]) == [True] * 5 + [False]


def test_one_column_alone_stays_with_the_lines_set_across() -> None:
    em = SIZE
    one = _column(100, "地域資源")
    assert not any(v.vertical_chars(one))  # MIN_BLOCK_LINES 2: a narrow cell wrapped glyph by glyph
    assert all(v.vertical_chars(one + _column(100 - 1.6 * em, "活用")))


@pytest.mark.parametrize(("share_down", "vertical"), [(0.6, True), (0.4, False)])
def test_a_cell_reads_down_when_half_its_glyphs_are_set_down(share_down: float, vertical: bool) -> None:
    assert VERTICAL_CELL_SHARE == 0.5
    glyphs = [_ch(t, 100, 100 + k * SIZE) for k, t in enumerate("収益的収支")]
    cell = RawCell("収\n益\n的\n収\n支", (90.0, 90.0, 120.0, 160.0), 1)
    set_down = {id(ch) for ch in glyphs[:round(share_down * len(glyphs))]}
    read = _orient_cell(cell, glyphs, PAGE, set_down)
    assert (read.raw == "収益的収支") is vertical


def test_line_starts_stacked_above_a_line_set_across_are_not_a_run() -> None:
    # a wrapped name 子ども医療 / 費 / 助成事業: 費 and 助 open two lines one above the other
    # (corpus budget_book, pdf_rules), and 助 goes on across
    wrapped = [_ch("療", 140, 100), _ch("費", 100, 112), _ch("助", 100, 124), _ch("成", 110, 124), _ch("事", 120, 124),
               *_column(84, "事業")]  # a column set down beside them: were 費 and 助 a run, they would be its block's
    assert v.vertical_chars(wrapped)[1:3] == [False, False]
    set_down = [_ch("費", 100, 112), _ch("助", 100, 124), _ch("成", 100, 136), *_column(84, "事業")]
    assert all(v.vertical_chars(set_down))


def test_columns_level_with_a_run_set_across_are_narrow_cells() -> None:
    # names wrapped glyph by glyph in narrow cells, beside their figures (corpus
    # budget_main_projects, html_borderless): no vertical writing; the same columns alone are
    em = SIZE
    columns = _column(100, "森林環境") + _column(100 - 1.6 * em, "農林課")
    figures = [_ch(t, 100 + em + 2.5 * em + k * 0.6 * em, 120, width=0.6 * em) for k, t in enumerate("6億2,116万円")]
    far = [_ch(t, 100 + em + 3.5 * em + k * 0.6 * em, 120, width=0.6 * em) for k, t in enumerate("6億2,116万円")]
    assert not any(v.vertical_chars(columns + figures)[:7])  # BLOCK_GAP_EM 3.0 beside the block
    assert all(v.vertical_chars(columns + far)[:7])
    assert all(v.vertical_chars(columns + figures, in_cell=True)[:7])  # a ruled cell's rules tell it apart


@pytest.mark.parametrize("n_columns", [5, 6])
def test_many_columns_beside_a_run_set_across_are_writing(n_columns: int) -> None:
    # a page of prose set down beside a heading set across (広報, kouhou p2) is vertical writing;
    # a row of 2-3 narrow cells beside its figures is not (the test above)
    assert v.MIN_PROSE_LINES == 6
    em = SIZE
    columns = [ch for k in range(n_columns) for ch in _column(300 - 1.6 * em * k, "地域の資源を活かす")]
    heading = [_ch(t, 300 + 2.5 * em + k * em, 120) for k, t in enumerate("まちの話題")]
    assert all(v.vertical_chars(columns + heading)[:len(columns)]) is (n_columns >= 6)
