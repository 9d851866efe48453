"""Turned content (tables and text rotated 90°/180°/270° on the page) reads in its own
orientation; vertical writing (縦書き) and /Rotate pages keep working (our issue 8)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extract.model import Document, Table, TextLine
from extract.pdf import read_pdf
from extract.pdf.pdfplumber_adapter import char_rotation, dominant_rotation, from_frame, to_frame

FONT = "HeiseiKakuGo-W5"  # a CID font every PDF reader knows: no font file needed
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
PAGE = (595.0, 842.0)
ROWS = [["指標名", "単位", "現状値", "目標値"], ["観光客入込数", "万人", "120", "150"],
        ["出生数", "人", "644", "700"], ["市民満足度", "%", "61.8", "66.1"]]
XS = [0, 150, 220, 300, 380]
PROSE = ["人口ビジョンの策定について", "第2期総合戦略の数値目標", "出生数に占める第2子以降の割合"]
TATEGAKI = ["人口ビジョンの策定について", "第二期総合戦略の数値目標", "出生数に占める割合"]
# where the turned content starts and the angle reportlab turns the canvas by
TURNS = {90: (150.0, 100.0), 270: (450.0, 700.0), 180: (500.0, 500.0)}


def _turned_canvas(c: canvas.Canvas, angle: int) -> None:
    c.translate(*TURNS[angle])
    c.rotate(angle)


def _table(c: canvas.Canvas) -> None:
    for i, row in enumerate(ROWS):
        for j, text in enumerate(row):
            c.drawString(XS[j] + 4, -i * 20 + 6, text)
        c.line(0, -i * 20, XS[-1], -i * 20)
    c.line(0, 20, XS[-1], 20)
    for x in XS:
        c.line(x, 20, x, -20 * (len(ROWS) - 1))


def _pdf(path: Path, draw: list[str], angle: int = 0, page_rotation: int = 0) -> str:
    c = canvas.Canvas(str(path), pagesize=PAGE)
    c.setFont(FONT, 10)
    c.setPageRotation(page_rotation)
    c.drawString(50, 800, "第2期総合戦略 数値目標")
    c.saveState()
    if angle:
        _turned_canvas(c, angle)
    else:
        c.translate(100, 600)
    if "table" in draw:
        _table(c)
    if "prose" in draw:
        for i, text in enumerate(PROSE):
            c.drawString(0, -150 - i * 16, text)
    c.restoreState()
    c.showPage()
    c.save()
    return str(path)


def _grid(doc: Document) -> list[list[str]]:
    (table,) = doc.tables
    return [[c.text for c in row] for row in table.rows]


def _lines(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, TextLine)]


@pytest.mark.parametrize("angle", [0, 90, 180, 270])
def test_turned_ruled_table_reads_as_written(tmp_path: Path, angle: int) -> None:
    doc = read_pdf(_pdf(tmp_path / "t.pdf", ["table"], angle), second_opinion=False)
    assert _grid(doc) == ROWS
    assert "vertical_text" not in {i.code for i in doc.issues}


@pytest.mark.parametrize("angle", [90, 270])
def test_turned_table_cells_keep_page_boxes(tmp_path: Path, angle: int) -> None:
    path = _pdf(tmp_path / "t.pdf", ["table"], angle)
    (table,) = read_pdf(path, second_opinion=False).tables
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        for cell in (c for row in table.rows for c in row):
            inside = page.within_bbox(cell.prov.bbox).chars
            assert sorted(ch["text"] for ch in inside) == sorted(cell.text)


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_turned_prose_reads_in_its_own_orientation(tmp_path: Path, angle: int) -> None:
    doc = read_pdf(_pdf(tmp_path / "p.pdf", ["prose"], angle), second_opinion=False)
    assert [t for t in _lines(doc) if t in PROSE] == PROSE
    assert "vertical_text" not in {i.code for i in doc.issues}


def test_header_cell_written_bottom_to_top(tmp_path: Path) -> None:
    path = tmp_path / "h.pdf"
    c = canvas.Canvas(str(path), pagesize=PAGE)
    c.setFont(FONT, 10)
    cols = [50, 90, 250, 320]
    for x in cols:
        c.line(x, 700, x, 580)
    for y in (700, 620, 600, 580):
        c.line(cols[0], y, cols[-1], y)
    c.saveState()
    c.translate(74, 625)  # the first header cell is narrow: its label runs up the page
    c.rotate(90)
    c.drawString(0, 0, "施策番号")
    c.restoreState()
    c.drawString(94, 655, "指標名")
    c.drawString(254, 655, "目標値")
    for y, row in ((606, ["1-1", "観光客入込数", "150"]), (586, ["1-2", "出生数", "700"])):
        for x, text in zip(cols, row):
            c.drawString(x + 4, y, text)
    c.showPage()
    c.save()
    doc = read_pdf(str(path), second_opinion=False)
    assert _grid(doc) == [["施策番号", "指標名", "目標値"], ["1-1", "観光客入込数", "150"], ["1-2", "出生数", "700"]]


def test_vertical_writing_is_still_vertical(tmp_path: Path) -> None:
    path = tmp_path / "v.pdf"
    c = canvas.Canvas(str(path), pagesize=PAGE)
    c.setFont(FONT, 12)
    for k, text in enumerate(TATEGAKI):  # 縦書き: upright glyphs stacked, columns right to left
        for i, ch in enumerate(text):
            c.drawString(500 - k * 20, 780 - i * 12, ch)
    c.showPage()
    c.save()
    doc = read_pdf(str(path), second_opinion=False)
    assert "vertical_text" in {i.code for i in doc.issues}
    assert _lines(doc) == TATEGAKI


def test_rotate_90_page_reads_upright(tmp_path: Path) -> None:
    doc = read_pdf(_pdf(tmp_path / "r.pdf", ["table", "prose"], page_rotation=90), second_opinion=False)
    assert _grid(doc) == ROWS
    assert [t for t in _lines(doc) if t in PROSE] == PROSE


@pytest.mark.parametrize(
    ("matrix", "angle"),
    [
        ((1, 0, 0, 1, 0, 0), 0),
        ((10.5, 0, 0, 10.5, 3, 4), 0),
        ((1, 0, 0.2, 1, 0, 0), 0),  # italic: skewed, not turned
        ((0, 1, -1, 0, 0, 0), 90),
        ((0, 9, -9, 0, 0, 0), 90),
        ((-1, 0, 0, -1, 0, 0), 180),
        ((0, -1, 1, 0, 0, 0), 270),
        ((0.5, 0.866, -0.866, 0.5, 0, 0), 90),  # 60°: the nearest quarter turn
    ],
)
def test_char_rotation(matrix: tuple[float, ...], angle: int) -> None:
    assert char_rotation({"matrix": matrix}) == angle


@pytest.mark.parametrize("angle", [0, 90, 180, 270])
@pytest.mark.parametrize("box", [(10.0, 20.0, 30.0, 25.0), (0.0, 0.0, 595.0, 842.0), (100.5, 700.25, 101.0, 800.0)])
def test_frame_round_trip(angle: int, box: tuple[float, float, float, float]) -> None:
    framed = to_frame(box, angle, PAGE)
    assert framed[0] <= framed[2] and framed[1] <= framed[3]
    assert from_frame(framed, angle, PAGE) == pytest.approx(box)


TURNED, UPRIGHT, UPSIDE_DOWN = ({"text": "a", "matrix": m} for m in ((0, 1, -1, 0, 0, 0), (1, 0, 0, 1, 0, 0), (-1, 0, 0, -1, 0, 0)))


@pytest.mark.parametrize(("turned", "upright", "upside_down", "angle"), [
    (6, 4, 0, 90),  # most glyphs turned one way: the cell reads turned, a few upright ones (digits kept upright) aside
    (4, 3, 3, 0),  # the most common way held by fewer than half: no way the cell reads, upright
])
def test_dominant_rotation_needs_half_the_glyphs(turned: int, upright: int, upside_down: int, angle: int) -> None:
    # ROTATED_SHARE: doubled, a cell with any upright glyph would read upright (6 | 4); halved, a quarter turned one
    # way would turn a cell whose glyphs run three ways (4 | 3 | 3)
    assert dominant_rotation([TURNED] * turned + [UPRIGHT] * upright + [UPSIDE_DOWN] * upside_down) == angle
