"""The PDF renderings of the samples read into the same tables as their text exports."""

from __future__ import annotations

import glob
import hashlib
import math
import os
from pathlib import Path
from functools import cache

import pdfplumber
import pytest

from extract.model import Document, Table, TextLine
from extract.pdf import read_pdf
from extract.pdf.grid import PageContent, RawCell, RawTable, Segment, SegLine
from extract.pdf.textjoin import cell_text, is_numeric_line
from extract.pdf.reader import (
    MIN_TABLE_ROWS,
    PROSE_MIN_CHARS,
    PROSE_SHARE,
    STACKED_VALUES,
    is_prose_columns,
    structure_doubts,
    untable_prose,
)
from tests.extract.pdf_compare import match_cells, squash

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "samples")
PDFS = sorted(glob.glob(os.path.join(SAMPLES, "pdf", "*.pdf")))
MIN_MATCH = 0.98
INVARIANT_PAGES = 3  # the bbox invariant re-crops every cell: keep it to a few pages


@cache
def _doc(path: str) -> Document:
    return read_pdf(path)


def _export_for(path: str) -> str:
    return os.path.join(SAMPLES, "text", os.path.basename(path)[:-4] + ".txt")


@pytest.mark.parametrize("path", PDFS, ids=os.path.basename)
def test_cells_match_text_export(path: str) -> None:
    match = match_cells(_doc(path), _export_for(path))
    assert match.fraction >= MIN_MATCH, match.missing[:10]
    assert match.numeric_fraction >= MIN_MATCH, match.missing[:10]


@pytest.mark.parametrize("path", PDFS, ids=os.path.basename)
def test_document_fields(path: str) -> None:
    doc = _doc(path)
    with open(path, "rb") as f:
        assert doc.doc_id == hashlib.sha256(f.read()).hexdigest()[:16]
    assert doc.format == "pdf" and doc.source_path == path
    with pdfplumber.open(path) as pdf:
        assert doc.pages == len(pdf.pages)
    assert [t.index for t in doc.tables] == list(range(len(doc.tables)))


@pytest.mark.parametrize("path", PDFS, ids=os.path.basename)
def test_provenance_is_stamped(path: str) -> None:
    doc = _doc(path)
    for block in doc.blocks:
        assert block.prov.page is not None and 1 <= block.prov.page <= (doc.pages or 0)
        assert block.prov.line is None and block.prov.bbox is not None
        if isinstance(block, Table):
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    p = cell.prov
                    assert (p.table_index, p.row, p.col) == (block.index, r, c)
                    assert p.doc_id == doc.doc_id and p.page is not None and p.bbox is not None


@pytest.mark.parametrize("path", PDFS, ids=os.path.basename)
def test_blocks_in_reading_order_per_page(path: str) -> None:
    last: dict[int, float] = {}
    for block in _doc(path).blocks:
        page, top = block.prov.page or 0, (block.prov.bbox or (0, 0, 0, 0))[1]
        if isinstance(block, TextLine):
            assert top >= last.get(page, -1.0) - 1.0
        last[page] = max(last.get(page, -1.0), top)


@pytest.mark.parametrize("path", PDFS, ids=os.path.basename)
def test_cell_bbox_holds_cell_text(path: str) -> None:
    doc = _doc(path)
    joined = {iss.message.split(":")[0] for iss in doc.issues if iss.code == "row_split_across_pages"}
    with pdfplumber.open(path) as pdf:
        for table in doc.tables:
            for cell in (c for row in table.rows for c in row):
                page_no = cell.prov.page or 0
                if page_no > INVARIANT_PAGES or not cell.text or f"table {table.index} row {cell.row}" in joined:
                    continue  # a joined row's text runs on to the next page: checked below
                page = pdf.pages[page_no - 1]
                x0, top, x1, bottom = cell.prov.bbox or (0.0, 0.0, 0.0, 0.0)
                assert 0 <= x0 <= x1 <= page.width and 0 <= top <= bottom <= page.height
                cropped = page.within_bbox((x0, top, x1, bottom)).extract_text()
                assert squash(cell.text) in squash(cropped), (cell.prov, cell.text)


def test_split_tables_are_stitched_without_repeated_header() -> None:
    path = next(p for p in PDFS if os.path.basename(p).startswith("000_"))
    doc = read_pdf(path, pages=[6, 7])
    spanning = [t for t in doc.tables if len({c.prov.page for row in t.rows for c in row}) == 2]
    assert spanning, "the KPI table at the foot of page 6 continues on page 7"
    table = spanning[0]
    header = tuple(c.text for c in table.rows[0])
    assert sum(tuple(c.text for c in row) == header for row in table.rows) == 1
    assert {c.prov.table_index for row in table.rows for c in row} == {table.index}


def test_row_cut_by_page_break_is_rejoined() -> None:
    path = next(p for p in PDFS if os.path.basename(p).startswith("000_"))
    doc = read_pdf(path, pages=[5, 6])
    texts = [c.text for t in doc.tables for row in t.rows for c in row]
    assert "合宿促進補助金を活用した団体数" in texts


def test_text_lines_carry_headings() -> None:
    path = next(p for p in PDFS if os.path.basename(p).startswith("000_"))
    lines = [b.text for b in read_pdf(path, pages=[1]).blocks if isinstance(b, TextLine)]
    assert any("参加者名簿" in t for t in lines)


def test_rows_joined_across_pages_are_reported() -> None:
    path = next(p for p in PDFS if os.path.basename(p).startswith("000_"))
    doc = _doc(path)
    issues = [i for i in doc.issues if i.code == "row_split_across_pages"]
    assert issues and all(i.page is not None for i in issues)
    for iss in issues:
        t, r = (int(x) for x in iss.message.split(":")[0].replace("table ", "").split(" row "))
        with pdfplumber.open(path) as pdf:
            for cell in doc.tables[t].rows[r]:
                page = pdf.pages[(cell.prov.page or 1) - 1]
                part = squash(page.within_bbox(cell.prov.bbox or page.bbox).extract_text())
                assert squash(cell.text).startswith(part)


# --- prose set in columns is not a table; doubtful tables are reported (our issue 8) ---

TWO_COLUMNS = (
    "本市では人口減少と少子高齢化が進む中で、地域の活力を維持するため、まち・ひと・しごと創生総合戦略を策定し、"
    "若い世代の結婚や出産、子育ての希望をかなえるとともに、地域の産業を振興して安定した雇用を創出することを目指しています。",
    "また、関係人口の創出や移住定住の促進に向けて、情報発信の強化や受入れ体制の整備に取り組みます。あわせて、"
    "誰もが安心して暮らし続けられる地域づくりのため、医療や福祉の充実、公共交通の確保を進めていきます。",
)
SMALL_TABLE = [("指標名", "単位", "目標値"), ("観光客入込数", "万人", "150"), ("出生数", "人", "700"), ("市民満足度", "%", "66.1")]


def _two_column_page(path: str, ruled_single_row: bool = False) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    c = canvas.Canvas(path, pagesize=(595, 842))
    c.setFont("HeiseiKakuGo-W5", 10.5)
    left, right = ([t[i:i + 20] for i in range(0, len(t), 20)] for t in TWO_COLUMNS)
    for i, (a, b) in enumerate(zip(left, right)):  # lines of both columns on one baseline grid
        c.drawString(50, 780 - i * 16, a)
        c.drawString(320, 780 - i * 16, b)
    for i, row in enumerate(SMALL_TABLE):
        for x, text in zip((50, 250, 350), row):
            c.drawString(x, 400 - i * 18, text)
    if ruled_single_row:
        for x in (50, 200, 350, 500):
            c.line(x, 200, x, 180)
        c.line(50, 200, 500, 200)
        c.line(50, 180, 500, 180)
        for x, text in zip((54, 204, 354), ("区分", "予算額", "決算額")):
            c.drawString(x, 186, text)
    c.showPage()
    c.save()
    return path


def test_two_column_prose_is_not_a_table(tmp_path: Path) -> None:
    doc = read_pdf(_two_column_page(str(tmp_path / "prose.pdf")), second_opinion=False)
    assert [[c.text for c in row] for t in doc.tables for row in t.rows] == [list(r) for r in SMALL_TABLE]
    text = "".join(b.text for b in doc.blocks if isinstance(b, TextLine))
    assert TWO_COLUMNS[0] + TWO_COLUMNS[1] in text  # the left column read first, then the right


def test_doubtful_table_is_reported_with_page_and_table(tmp_path: Path) -> None:
    doc = read_pdf(_two_column_page(str(tmp_path / "one_row.pdf"), ruled_single_row=True), second_opinion=False)
    (single,) = [t for t in doc.tables if t.n_rows == 1]
    (issue,) = [i for i in doc.issues if i.code == "table_doubtful"]
    assert issue.page == 1 and issue.message.startswith(f"table {single.index} (page 1")


def _raw_table(rows: list[list[str]], borderless: bool = True) -> RawTable:
    cells = tuple(tuple(RawCell(t, (j * 100.0, i * 20.0, j * 100.0 + 100, i * 20.0 + 20), 1) for j, t in enumerate(r))
                  for i, r in enumerate(rows))
    line = SegLine((Segment("x", (0, 0, 10, 10)), Segment("y", (100, 0, 110, 10))), (0, 0, 110, 10), 1)
    return RawTable(1, (0, 0, 100.0 * len(rows[0]), 20.0 * len(rows)), cells, "pdfplumber-text", 1.0,
                    tuple(100.0 * j for j in range(len(rows[0]) + 1)), (line,) if borderless else ())


def test_prose_columns_need_running_text_in_every_column() -> None:
    long, short = "あ" * PROSE_MIN_CHARS, "あ" * (PROSE_MIN_CHARS - 1)
    assert is_prose_columns(_raw_table([[long, long], [long, long]]))
    assert not is_prose_columns(_raw_table([[short, long], [short, long]]))  # a column of labels holds
    assert not is_prose_columns(_raw_table([[long, long], [long, long]], borderless=False))  # ruled: drawn columns
    assert not is_prose_columns(_raw_table([["令和2年度(実績)", "令和3年度(見込)"], [long, long], [long, long]]))  # headed
    assert is_prose_columns(_raw_table([["【市内の状況】", long], [long, long], [long, long]]))  # one heading is no header
    # a column with PROSE_SHARE of its characters in running-text cells is prose; less is not
    body, label = "あ" * (PROSE_MIN_CHARS * 6), "い" * 10
    most = math.floor(len(body) * (1 - PROSE_SHARE) / PROSE_SHARE / len(label))  # labels that still leave the share
    assert is_prose_columns(_raw_table([[body, long]] + [[label, long]] * most))
    assert not is_prose_columns(_raw_table([[body, long]] + [[label, long]] * (most + 1)))


def _page_table(rows: list[list[str]], page: int, top: float = 100.0) -> PageContent:
    """A page holding one borderless table, read from one line per row, a cell 90 pt wide per 100."""
    def box(i: int, j: int) -> tuple[float, float, float, float]:
        return (j * 100.0, top + i * 20.0, j * 100.0 + 90, top + i * 20.0 + 10)
    lines = tuple(SegLine(tuple(Segment(t, box(i, j)) for j, t in enumerate(r)), (0, box(i, 0)[1], 100.0 * len(r) - 10,
                                                                                  box(i, 0)[3]), page)
                  for i, r in enumerate(rows))
    cells = tuple(tuple(RawCell(t, box(i, j), page) for j, t in enumerate(r)) for i, r in enumerate(rows))
    table = RawTable(page, (0, top, 100.0 * len(rows[0]), top + 20.0 * len(rows)), cells, "pdfplumber-text", 1.0,
                     tuple(100.0 * j for j in range(len(rows[0]) + 1)), lines)
    return PageContent(page, 600.0, 800.0, (table,), ())


def test_a_table_continued_from_the_page_before_is_not_prose() -> None:
    # a continuation leaves its header behind: its long cells alone read as prose columns
    long = "あ" * PROSE_MIN_CHARS
    head, tail = [["事業名", "事業費"], ["a", "1"], ["b", "2"]], [[long, long], [long, long]]
    kept = untable_prose([_page_table(head, 1), _page_table(tail, 2)])
    assert [len(p.tables) for p in kept] == [1, 1]
    alone = untable_prose([_page_table(tail, 2)])  # no table ended the page before: prose, read as lines
    assert not alone[0].tables and alone[0].lines
    apart = untable_prose([_page_table(head, 1), _page_table(tail, 3)])  # not the page before
    assert [len(p.tables) for p in apart] == [1, 0]
    prose = untable_prose([_page_table(tail, 1), _page_table(tail, 2)])  # prose continuing prose is prose
    assert [len(p.tables) for p in prose] == [0, 0]


def test_structure_doubts() -> None:
    assert structure_doubts(_raw_table([["区分", "予算額"]] * MIN_TABLE_ROWS)) == []
    assert structure_doubts(_raw_table([["区分", "予算額"]] * (MIN_TABLE_ROWS - 1)))
    stacked = "\n".join(["1,200"] * STACKED_VALUES)
    assert structure_doubts(_raw_table([["区分", "予算額"], ["A", stacked]]))
    assert structure_doubts(_raw_table([["区分", "予算額"], ["A", "\n".join(["1,200"] * (STACKED_VALUES - 1))]])) == []
    assert structure_doubts(_raw_table([["区分", "予算額"], ["A", "\n".join(["-"] * STACKED_VALUES)]])) == []  # dashes


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("・特定健診受診率\n‧特定保健指導実施率", "・特定健診受診率 ・特定保健指導実施率"),  # ‧ opens an item like ・
        ("市⺠\n満⾜度", "市民満足度"),
        ("人∕年", "人/年"),
    ],
)
def test_cell_text_folds_lookalikes(raw: str, text: str) -> None:
    assert cell_text(raw) == text


@pytest.mark.parametrize(("line", "numeric"), [("1,234", True), ("‧", False), ("１２", True), ("⼀", False)])
def test_numeric_line_sees_through_lookalikes(line: str, numeric: bool) -> None:
    assert is_numeric_line(line) is numeric
