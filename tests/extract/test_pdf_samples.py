"""The PDF renderings of the samples read into the same tables as their text exports."""

from __future__ import annotations

import glob
import hashlib
import os
from functools import cache

import pdfplumber
import pytest

from extract.model import Document, Table, TextLine
from extract.pdf import read_pdf
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
