"""Workbooks, CSV files and HTML pages read into the grid model: the same values as the text export."""

from __future__ import annotations

import csv
import html
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from extract.errors import UnreadableFileError
from extract.model import Table, TextLine
from extract.reader import read_document
from extract.sheets.grid import place_spans
from extract.text_reader import html_to_text
from pipelines.cli import main
from tests.conftest import SAMPLE_TEXTS

VALUE_COLUMNS = {"kpi_values": ["indicator", "kind", "fiscal_year", "value", "unit", "value_text"],
                 "budget_values": ["project", "measure", "fiscal_year", "amount_yen", "amount_text"]}
FORMATS = ("xlsx", "csv", "html")


def text_rows(sample: Path) -> list[list[str]]:
    """A text export's lines as rows of cells (a line without a tab is one cell)."""
    rows = []
    for line in sample.read_text(encoding="utf-8").split("\n"):
        rows.append([html_to_text(c) for c in line.split("\t")] if "\t" in line else [line.strip()])
    return rows


def write_xlsx(rows: list[list[str]], path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KPI"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                sheet.cell(r, c, value)
    book.save(path)


def write_csv(rows: list[list[str]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


def write_html(sample: Path, path: Path) -> None:
    out, in_table = ["<html><body>"], False
    for line in sample.read_text(encoding="utf-8").split("\n"):
        if "\t" in line:
            out += [] if in_table else ["<table>"]
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>")
            in_table = True
        elif not (in_table and not line.strip()):
            out += ["</table>"] if in_table else []
            out += [f"<p>{html.escape(line)}</p>"] if line.strip() else []
            in_table = False
    path.write_text("\n".join([*out, "</table>" if in_table else "", "</body></html>"]), encoding="utf-8")


def rendition(sample: Path, fmt: str, folder: Path) -> Path:
    path = folder / f"{sample.stem}.{fmt}"
    if fmt == "xlsx":
        write_xlsx(text_rows(sample), path)
    elif fmt == "csv":
        write_csv(text_rows(sample), path)
    else:
        write_html(sample, path)
    return path


def values(out: Path, dataset: str, name: str) -> pd.Series:
    df = pd.read_parquet(out / dataset)
    df = df[df["source_path"].map(lambda p: Path(p).name) == name]
    return df[VALUE_COLUMNS[dataset]].astype(str).value_counts().sort_index()


@pytest.mark.parametrize("fmt", FORMATS)
def test_sheet_renditions_give_the_text_exports_values(fmt: str, tmp_path: Path, text_output: Path) -> None:
    files = [rendition(sample, fmt, tmp_path) for sample in SAMPLE_TEXTS]
    out = tmp_path / "out"
    assert main(["run", *map(str, files), "--out", str(out), "-q"]) == 0
    for sample, path in zip(SAMPLE_TEXTS, files):
        for dataset in VALUE_COLUMNS:
            assert values(out, dataset, path.name).equals(values(text_output, dataset, sample.name)), (path.name, dataset)


def test_xlsx_provenance_is_the_cell_address_and_merged_cells_span(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "表紙"
    first["A1"] = "第2期総合戦略"
    second = book.create_sheet("KPI一覧")
    second["B2"] = "指標名"
    second["C2"] = "目標値"
    second.merge_cells("C2:D2")
    second["B3"], second["C3"], second["D3"] = "出生数", 2025, 0.771
    second["D3"].number_format = "0.0%"
    path = tmp_path / "plan.xlsx"
    book.save(path)
    document = read_document(str(path))
    assert document.format == "xlsx" and document.pages == 2
    assert [b.raw for b in document.blocks if isinstance(b, TextLine)] == ["表紙", "第2期総合戦略", "KPI一覧"]
    (table,) = document.tables
    header = table.rows[0][2]
    assert (header.text, header.col_span, header.prov.page, header.prov.line, header.prov.col) == ("目標値", 2, 2, 2, 2)
    assert [c.raw for c in table.rows[1]] == ["", "出生数", "2025", "77.1%"]  # B3 is col 1, row 3
    assert table.rows[1][1].prov.line == 3 and table.rows[1][1].prov.col == 1


def test_csv_delimiters_encodings_and_multiline_cells(tmp_path: Path) -> None:
    path = tmp_path / "kpi.csv"
    path.write_bytes('指標;現状値;目標値\n"出生数\n(人)";644;700\n'.encode("cp932"))
    document = read_document(str(path))
    (table,) = document.tables
    assert document.encoding == "cp932" and table.n_cols == 3
    assert table.rows[1][0].raw == "出生数\n(人)" and table.rows[1][2].prov.line == 2


def test_html_spans_nested_tables_and_text_in_order(tmp_path: Path) -> None:
    page = """<html><head><style>td {}</style><script>var x = "<table>";</script></head><body>
<h2>基本目標1</h2>
<table><caption>KPI</caption>
<tr><th rowspan="2">指標</th><th colspan="2">目標値</th></tr>
<tr><th>R6</th><th>R7</th></tr>
<tr><td>出生数</td><td>1,200<br>(人)</td><td><table><tr><td>1,300</td></tr></table></td></tr>
</table><p>注: 速報値</p></body></html>"""
    path = tmp_path / "kpi.html"
    path.write_text(page, encoding="utf-8")
    document = read_document(str(path))
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds == ["TextLine", "TextLine", "Table", "TextLine"]
    assert [b.raw for b in document.blocks if isinstance(b, TextLine)] == ["基本目標1", "KPI", "注: 速報値"]
    table = document.blocks[2]
    assert isinstance(table, Table)
    assert [c.raw for c in table.rows[0]] == ["指標", "目標値", ""] and table.rows[0][0].row_span == 2
    assert [c.raw for c in table.rows[1]] == ["", "R6", "R7"]
    assert [c.raw for c in table.rows[2]] == ["出生数", "1,200\n(人)", "1,300"]
    assert table.rows[2][0].prov.line == 6  # the <tr>'s source line


def test_an_html_span_past_a_thousand_is_cut_to_a_thousand(tmp_path: Path) -> None:
    # MAX_SPAN: colspan="1500" spans 1,000 columns (the HTML standard's own cap on colspan; halved 500, doubled
    # 1,500), a broken page, not a table that wide; colspan="800" spans its 800
    path = tmp_path / "wide.html"
    path.write_text("<table><tr><th colspan='1500'>目標値</th><th colspan='800'>実績</th></tr>"
                    "<tr><td>出生数</td><td>1,200</td></tr></table>", encoding="utf-8")
    (table,) = [b for b in read_document(str(path)).blocks if isinstance(b, Table)]
    assert [(c.raw, c.col_span) for c in table.rows[0] if c.raw] == [("目標値", 1000), ("実績", 800)]


def test_place_spans_fills_covered_places() -> None:
    grid = place_spans([[("a", 2, 1), ("b", 1, 2)], [("c", 1, 1), ("d", 1, 1)]])
    assert [[c.raw for c in row] for row in grid] == [["a", "b", ""], ["", "c", "d"]]


def test_a_broken_workbook_fails_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(UnreadableFileError, match="broken.xlsx"):
        read_document(str(path))


def _ruled_sheet(path: Path, rows: list[list[str]], boxed_rows: set[int]) -> None:
    """A sheet of rows from A1; the cells of boxed_rows (1-based) drawn with all four sides across
    the first three columns."""
    from openpyxl.styles import Border, Side

    book = openpyxl.Workbook()
    sheet = book.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                sheet.cell(r, c, value)
        if r in boxed_rows:
            for c in range(1, 4):
                sheet.cell(r, c).border = Border(*(Side(style="thin"),) * 4)
    book.save(path)


def test_a_ruled_tables_row_holding_one_cell_continues_the_table(tmp_path: Path) -> None:
    # 住み続けたいと思う | 中学生の割合: a name's second line in a row of its own, boxed as the
    # table's rows are; the note right under it is not boxed and stays text.
    rows = [["指標", "現状値", "目標値"], ["出生数", "310", "350"], ["住み続けたいと思う", "45.1", "57.7"],
            ["中学生の割合", "", ""], ["※ 現状値は令和2年度", "", ""]]
    path = tmp_path / "ruled.xlsx"
    _ruled_sheet(path, rows, {1, 2, 3, 4})
    document = read_document(str(path))
    (table,) = document.tables
    assert [c.text for c in table.rows[-1]] == ["中学生の割合", "", ""]
    assert [b.raw for b in document.blocks if isinstance(b, TextLine)][-1] == "※ 現状値は令和2年度"


@pytest.mark.parametrize(("boxed", "gap"), [({1, 2, 3}, False), ({1, 2, 3, 5}, True)])
def test_a_row_of_one_cell_not_boxed_or_not_adjacent_is_text(tmp_path: Path, boxed: set[int], gap: bool) -> None:
    rows = [["指標", "現状値", "目標値"], ["出生数", "310", "350"], ["住み続けたいと思う", "45.1", "57.7"]]
    rows += [["", "", ""], ["中学生の割合", "", ""]] if gap else [["中学生の割合", "", ""]]
    path = tmp_path / "unruled.xlsx"
    _ruled_sheet(path, rows, boxed)
    document = read_document(str(path))
    assert len(document.tables[0].rows) == 3
    assert [b.raw for b in document.blocks if isinstance(b, TextLine)][-1] == "中学生の割合"
