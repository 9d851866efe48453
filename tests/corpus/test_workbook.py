"""The corpus workbooks (render_workbook.py): what a sheet shows is what the document writes, every
answer is on the sheet it claims, and a table continued over a page break stays one sheet."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extract.model import Table as ReadTable
from extract.reader import read_document
from tests.corpus.generator import Cell, Document, Page, Table, Text, arrangements, cell, generate
from tests.corpus.measure import render_all
from tests.corpus.render_calc import missing_prerequisite
from tests.corpus.render_workbook import (
    WORKBOOK_STYLES, Number, continues, figure_columns, on_sheets, parse_number, row_lines, sheet_pages, write_workbook,
)
from tests.corpus.test_corpus import NUMBER_RE, SLICE_RENDERINGS, page_numbers, require


@pytest.mark.parametrize(("text", "unit_formats", "number"), [
    ("1,234", False, Number(1234, "#,##0")),
    ("1234", False, Number(1234, "0")),
    ("▲182", False, Number(-182, '0;"▲"0')),
    ("△5.2", False, Number(-5.2, '0.0;"△"0.0')),
    ("－134,327", False, Number(-134327, '#,##0;"－"#,##0')),
    ("23.4%", False, Number(0.234, "0.0%")),
    ("4,151億円", True, Number(4151, '#,##0"億円"')),
    ("4,151億円", False, None),  # typed as text
    ("１２３", False, None),  # full-width digits: text
    ("142.2※", True, None),
    ("H29", True, None),
    ("1億1,030万円", True, None),
])
def test_cells_are_typed_as_numbers_with_the_format_that_shows_them(text: str, unit_formats: bool, number: Number | None) -> None:
    assert parse_number(text, unit_formats) == number


def _table(header: tuple[tuple[Cell, ...], ...], n: int) -> Table:
    return Table(header, tuple((cell(f"事業{i}"), cell(f"{i},000")) for i in range(n)))


HEADER = ((cell("事業名"), cell("予算額")),)


def test_a_page_opening_with_the_rest_of_the_table_before_continues_it() -> None:
    first = Page((Text("令和6年度予算"), _table(HEADER, 3)))
    assert continues(first, Page((Text("資料2", "head"), _table(HEADER, 2))))  # header repeated
    assert continues(first, Page((_table((), 2),)))  # or not
    assert not continues(first, Page((Text("次の表"), _table(HEADER, 2))))
    assert not continues(Page((_table(HEADER, 2), Text("※ 注"))), Page((_table((), 2),)))
    pages = (first, Page((_table((), 2), Text("次の表"), _table(HEADER, 2))), Page((_table((), 1),)), Page((Text("終"),)))
    doc = Document("d", "a", "v", pages, (), ())
    assert sheet_pages(doc) == [[0, 1], [2], [3]]  # one continued table per sheet (one set of print titles)


def test_rows_spanned_by_a_tall_cell_grow_the_last_of_them() -> None:
    assert row_lines(3, [(0, 1, 1), (0, 2, 3), (2, 1, 2)]) == [1, 2, 2]
    assert row_lines(2, [(0, 2, 2), (0, 1, 1), (1, 1, 1)]) == [1, 1]


def test_columns_mostly_figures_are_formatted_as_figures() -> None:
    body = tuple((cell("指標"), cell(v), cell(w)) for v, w in (("12", "順調"), ("未公表", "B"), ("－", "達成")))
    assert figure_columns(Table((), body)) == frozenset({1})


@pytest.mark.parametrize("style", sorted(WORKBOOK_STYLES))
@pytest.mark.parametrize("arrangement", sorted(arrangements()))
def test_the_sheet_shows_what_the_document_writes(arrangement: str, style: str, tmp_path: Path) -> None:
    # The workbook stores numbers and formats; read back as shown, every answer's text is on its sheet.
    if missing_prerequisite("xlsx"):
        pytest.skip("openpyxl or the IPA fonts are missing")
    doc = on_sheets(generate(arrangement, 1, 0))
    path = str(tmp_path / f"{doc.name}.xlsx")
    write_workbook(generate(arrangement, 1, 0), path, WORKBOOK_STYLES[style])
    read = read_document(path)
    shown: dict[int, set[str]] = {}
    lines: dict[int, list[str]] = {}  # a document's running lines (KPI stated in lines) are a sheet's lines too
    for block in read.blocks:
        if isinstance(block, ReadTable):
            shown.setdefault(block.prov.page or 0, set()).update(c.raw.replace("\n", "") for row in block.rows for c in row)
        else:
            lines.setdefault(block.prov.page or 0, []).append(block.text.replace(" ", ""))
    for answer in doc.kpis + doc.budgets:  # type: ignore[operator]
        raw = answer.raw.replace(" ", "")
        assert raw in shown.get(answer.page, set()) or any(raw in line for line in lines.get(answer.page, [])), \
            (doc.name, answer)


@pytest.mark.parametrize("rendering", sorted(set(WORKBOOK_STYLES) - set(SLICE_RENDERINGS)))
def test_calc_prints_each_document_page_on_its_own_page(rendering: str, tmp_path: Path) -> None:
    # One soffice call for the batch; every answer's number printed on the page it claims (the
    # renderings of the slice are checked so by test_corpus.py).
    require(rendering)
    docs = [generate(a, 1, 0) for a in sorted(arrangements())]
    for doc, path in zip(docs, render_all(docs, rendering, str(tmp_path))):
        pages = page_numbers(path)
        assert len(pages) == len(doc.pages), doc.name
        for answer in doc.kpis + doc.budgets:  # type: ignore[operator]
            numbers = NUMBER_RE.findall(unicodedata.normalize("NFKC", answer.raw))
            assert numbers and set(numbers) <= pages[answer.page - 1], (doc.name, answer)
