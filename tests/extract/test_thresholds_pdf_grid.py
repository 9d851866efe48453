"""Thresholds of extract.pdf's grid model, stitching and recutting, each read on both sides of its value:
halving or doubling the constant makes a test here fail (benchmarks/pins.py). Segments, lines and tables
are built by hand in PDF points (top-left origin), nothing tied to one engine."""

from __future__ import annotations

import pytest

from extract.pdf.grid import RawCell, RawTable, Segment, SegLine, cluster_values
from extract.pdf.recut import _same_edges
from extract.pdf.stitch import _same_columns


def seg_line(*xs: float) -> SegLine:
    segs = tuple(Segment(f"項目{k}", (x, 100.0, x + 36.0, 109.0)) for k, x in enumerate(xs))
    return SegLine(segs, (segs[0].bbox[0], 100.0, segs[-1].bbox[2], 109.0), 1)


@pytest.mark.parametrize(("xs", "multi"), [((50.0,), False), ((50.0, 200.0), True), ((50.0, 200.0, 300.0), True)])
def test_a_line_of_two_segments_holds_several_cells(xs: tuple[float, ...], multi: bool) -> None:
    # grid.MIN_COLS: a line parted in two segments may be a table's row, one segment alone is running text
    assert seg_line(*xs).is_multi is multi


def ruled(edges: tuple[float, ...], page: int = 1) -> RawTable:
    cells = tuple(RawCell("1", (a, 100.0, b, 110.0), page) for a, b in zip(edges, edges[1:]))
    return RawTable(page, (edges[0], 100.0, edges[-1], 110.0), (cells, cells), "pdfplumber", 1.0, col_edges=edges)


@pytest.mark.parametrize(("shift_pt", "same"), [(2.0, True), (4.5, False)])
def test_a_continuation_keeps_its_column_rules_within_three_points(shift_pt: float, same: bool) -> None:
    # stitch.COL_TOL_PT: a table on the next page whose rules lie 2 pt off the last page's has its columns (the
    # rules drawn again, a page's margin off); 4.5 pt off, a column moved
    head = ruled((50.0, 150.0, 250.0, 350.0))
    tail = ruled((50.0 + shift_pt, 150.0 + shift_pt, 250.0 - shift_pt, 350.0), page=2)
    assert _same_columns(head, tail) is same


@pytest.mark.parametrize(("shift_pt", "same"), [(1.0, True), (2.5, False)])
def test_a_table_read_again_keeps_its_columns_within_a_point_and_a_half(shift_pt: float, same: bool) -> None:
    # recut.EDGE_MATCH_TOL_PT: read again with its cut numbers joined, a table whose column boundaries moved 1 pt
    # (a joined number's glyphs widen its column) keeps its columns; 2.5 pt, the columns were read otherwise
    old = (50.0, 150.0, 250.0, 350.0)
    assert _same_edges((50.0, 150.0 + shift_pt, 250.0 - shift_pt, 350.0), old) is same


def test_rules_a_point_apart_are_one_edge_and_three_apart_two() -> None:
    # grid.EDGE_TOL_PT: the two strokes of a rule drawn 1 pt apart (a double rule, a cell's and its neighbour's
    # sides) are one edge; a rule 2.8 pt on is another column's
    assert cluster_values([100.0, 101.0, 102.8]) == [100.0, 102.8]
