"""Sheets printed to fit their page (LibreOffice Calc): type of 3 pt, tables of one row."""

from __future__ import annotations

from extract.pdf.borderless import _set_apart
from extract.pdf.grid import SegLine, Segment


def _line(top: float, *texts: str) -> SegLine:
    segs = tuple(Segment(t, (100.0 * k, top, 100.0 * k + 40.0, top + 9.0)) for k, t in enumerate(texts))
    return SegLine(segs, (0.0, top, 100.0 * len(texts), top + 9.0))


def test_a_heading_a_blank_row_below_a_table_of_one_row_is_set_apart() -> None:
    # corpus seed 878 kpi_year_matrix in calc_borderless (dev8 wordings): a header, one indicator,
    # then 基本目標2 … a blank row below, over the next table's header; the gap between the header
    # and the row (3 pt) stands for the rows' gap
    table = [_line(100.0, "活動指標名", "現状値"), _line(112.0, "六次産業化", "77")]
    assert _set_apart(table, _line(121.0 + 3.0 + 9.0 + 1.0, "基本目標2"))
    assert not _set_apart(table, _line(121.0 + 3.0 + 9.0 - 1.0, "基本目標2"))


def test_a_header_alone_shows_no_blank_row() -> None:
    table = [_line(100.0, "活動指標名", "現状値"), _line(112.0, "計画策定時", "目標値")]
    assert not _set_apart(table, _line(150.0, "基本目標2"))
