"""Unit tests for the engine-independent pieces of the PDF path."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pytest

from extract.pdf.camelot_adapter import area_to_bottom_left, bbox_from_bottom_left
from extract.pdf.debug import write_debug_images
from extract.pdf.grid import RawCell, RawTable
from extract.pdf.layout import cells_to_grids, without_frames
from extract.pdf.reader import read_pdf
from extract.pdf.stitch import merge_tables
from extract.pdf.textjoin import cell_text, is_numeric_line, join_lines, raw_cell_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("事業費(千\n円)", "事業費(千円)"),
        ("644\n(R1)", "644 (R1)"),
        ("H2\n7", "H27"),
        ("1,234,\n567", "1,234,567"),
        ("令和\n元年度", "令和元年度"),
        ("収\n益\n的", "収益的"),
        ("Society\n5.0", "Society 5.0"),
        ("", ""),
    ],
)
def test_join_lines(raw: str, expected: str) -> None:
    assert join_lines(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1073\n528", "1073 528"),  # two whole values cell_lines left one above the other
        ("1,073\n528", "1,073 528"),
        ("△46\n12", "△46 12"),
        ("1,234,567\n(R1)", "1,234,567 (R1)"),
        ("12.5\n%", "12.5%"),  # a sign or a separator is no value of its own: still joined
        ("1,234,\n567", "1,234,567"),
        ("15\n.8", "15.8"),
        ("750g(20\n21)", "750g(2021)"),  # a year cut inside its bracket: no line a number by itself
        ("H2\n7", "H27"),
        ("事業費(千\n円)", "事業費(千円)"),
    ],
)
def test_join_lines_after_cell_lines_keeps_values_apart(raw: str, expected: str) -> None:
    assert join_lines(raw, numbers_rejoined=True) == expected


def test_raw_cell_text_follows_how_the_lines_were_read() -> None:
    ruled = RawCell("1073\n528", (0, 0, 20, 20), 1)  # an engine's lines, no number rejoined: a wrap
    judged = RawCell("1073\n528", (0, 0, 20, 20), 1, numbers_rejoined=True)
    assert raw_cell_text(ruled) == "1073528"
    assert raw_cell_text(judged) == "1073 528"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("２，０４２", "2,042"), ("市 民 税", "市民税"), ("(cid:12)(cid:3)", ""), ("人口\n(cid:5)636", "人口636")],
)
def test_cell_text(raw: str, expected: str) -> None:
    assert cell_text(raw) == expected


@pytest.mark.parametrize(("raw", "ok"), [("△ 46,841", True), ("▲3.4%", True), ("1,234", True), ("人", False), ("-", True)])
def test_is_numeric_line(raw: str, ok: bool) -> None:
    assert is_numeric_line(raw) is ok


def test_camelot_boxes_convert_to_top_left() -> None:
    # camelot: x1=50, y1=100 (bottom), x2=150, y2=200 (top) on an 842pt-high page
    assert bbox_from_bottom_left(50, 100, 150, 200, 842) == (50, 642, 150, 742)
    assert area_to_bottom_left((50, 642, 150, 742), 842) == "50.00,200.00,150.00,100.00"


def _grid_cells(xs: list[float], ys: list[float]) -> list[tuple[float, float, float, float]]:
    return [(a, t, b, u) for t, u in zip(ys, ys[1:]) for a, b in zip(xs, xs[1:])]


def test_stacked_tables_with_different_rules_are_split() -> None:
    upper = _grid_cells([0, 50, 100, 150], [0, 10, 20])
    lower = _grid_cells([0, 80, 150], [20, 30, 40])
    grids = cells_to_grids(upper + lower)
    assert [(g.n_rows, g.n_cols) for g in grids] == [(2, 3), (2, 2)]


def test_a_frame_round_a_row_of_cells_is_no_cell() -> None:
    # a chart's box drawn round its data table: as a cell it owned the slots of the year header
    frame = (0.0, 0.0, 200.0, 100.0)
    row = _grid_cells([20, 60, 100, 140], [80, 90, 100])  # MIN_FRAMED_CELLS (3) cells edge to edge
    assert frame not in without_frames([frame] + row)
    (grid,) = cells_to_grids([frame] + row)
    assert grid.locate(30, 85) != grid.locate(70, 85)


def test_a_frame_holding_fewer_cells_than_a_row_stays_a_cell() -> None:
    frame = (0.0, 0.0, 200.0, 100.0)
    assert frame in without_frames([frame] + _grid_cells([20, 60, 100], [80, 90, 100]))


def test_a_label_cell_over_stacked_sub_rows_stays_a_cell() -> None:
    # 款 drawn round its 項 (one column of cells at its right): a label, not a frame
    kan = (0.0, 0.0, 200.0, 40.0)
    kou = _grid_cells([60, 200], [0, 10, 20, 30, 40])
    assert kan in without_frames([kan] + kou)


def test_a_frame_round_cells_apart_stays_a_cell() -> None:
    # bars of a chart drawn as rectangles, with gaps between them: no table row
    frame = (0.0, 0.0, 200.0, 100.0)
    bars = [(20.0, 50.0, 40.0, 100.0), (60.0, 40.0, 80.0, 100.0), (100.0, 30.0, 120.0, 100.0)]
    assert frame in without_frames([frame] + bars)


def test_merged_header_does_not_split() -> None:
    header = [(0.0, 0.0, 100.0, 10.0), (100.0, 0.0, 150.0, 10.0)]
    body = _grid_cells([0, 50, 100, 150], [10, 20, 30])
    (grid,) = cells_to_grids(header + body)
    assert (grid.n_rows, grid.n_cols) == (3, 3) and grid.spans[(0, 0)] == (1, 2)
    assert grid.locate(75, 5) == (0, 0)


def _table(page: int, rows: list[list[str]]) -> RawTable:
    cells = tuple(tuple(RawCell(t, (j * 10.0, i * 10.0, j * 10.0 + 10, i * 10.0 + 10), page) for j, t in enumerate(r)) for i, r in enumerate(rows))
    return RawTable(page, (0, 0, 30, 30), cells, "pdfplumber", 1.0, (0, 10, 20, 30))


def test_merge_drops_repeated_header_and_keeps_pages() -> None:
    head = _table(1, [["項目", "単位", "R7"], ["人口", "人", "100"]])
    tail = _table(2, [["項目", "単位", "R7"], ["世帯", "世帯", "50"]])
    merged = merge_tables(head, tail)
    assert [[c.raw for c in r] for r in merged.rows] == [["項目", "単位", "R7"], ["人口", "人", "100"], ["世帯", "世帯", "50"]]
    assert [r[0].page for r in merged.rows] == [1, 1, 2]


def test_debug_images(tmp_path: Path) -> None:
    sample = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "samples", "pdf", "*.pdf")))[0]
    doc = read_pdf(sample, pages=[1])
    written = write_debug_images(sample, doc, str(tmp_path))
    assert [os.path.basename(p) for p in written] == ["page-001.png"] and os.path.getsize(written[0]) > 1000


def test_merge_drops_a_repeated_header_of_two_rows() -> None:
    # corpus seed 5 budget_main_projects pdf_borderless p2: 財源内訳 over 国県支出金 | 市債 repeated;
    # its second row kept would run on into the row the break cut.
    header = [["事業", "財源内訳", ""], ["", "国県支出金", "市債"]]
    head = _table(1, [*header, ["事業A", "100", "50"]])
    tail = _table(2, [*header, ["事業B", "200", "70"], ["", "国県支出金", "市債"]])
    merged = merge_tables(head, tail)
    assert [[c.raw for c in r] for r in merged.rows] == [*header, ["事業A", "100", "50"], ["事業B", "200", "70"], ["", "国県支出金", "市債"]]
