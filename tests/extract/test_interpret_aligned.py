"""A headerless table under a table: read under that table's header, with its units."""

from __future__ import annotations

from extract.interpret.structure import _aligned_column
from extract.model import Cell, Document, Provenance, Table, TextLine
from extract.recognize import recognize_document

GRID = [["No", "事業名", "概要", "補正額"]]
SPANS = {0: (0.0, 10.0), 1: (10.0, 50.0), 2: (50.0, 100.0), 3: (100.0, 120.0)}


def test_a_cell_across_whole_header_columns_lies_under_the_name_column_among_them() -> None:
    # EDGE_TOL_PT = 1.0: an edge 0.7 pt inside a header column still covers it, 1.5 pt does not
    assert _aligned_column(GRID, SPANS, (0.0, 100.0)) == 1
    assert _aligned_column(GRID, SPANS, (10.7, 100.0)) == 1
    assert _aligned_column(GRID, SPANS, (11.5, 100.0)) == 2  # covers 概要 only: the most overlap
    assert _aligned_column(GRID, SPANS, (100.0, 120.0)) == 3
    assert _aligned_column(GRID, SPANS, (200.0, 220.0)) is None


def _cell(text: str, table: int, row: int, col: int, x0: float, x1: float, top: float, span: int = 1) -> Cell:
    prov = Provenance("doc.pdf", "id", 1, None, table, row, col, (x0, top, x1, top + 10))
    return Cell(text, text, prov, col_span=span)


def _blank(table: int, row: int, col: int, x0: float, x1: float, top: float) -> Cell:
    return _cell("", table, row, col, x0, x1, top)


def test_a_total_row_boxed_under_a_table_under_a_section_heading_takes_its_header() -> None:
    # realdocs nobeoka_r8_6gatsu_hosei_gaiyo p8: 一般会計合計 in a box of its own below the table
    # that 【一般会計】 (単位 千円) heads; the box continues that table, it opens no section
    cols = [(0.0, 10.0), (10.0, 50.0), (50.0, 100.0), (100.0, 130.0), (130.0, 160.0)]
    names = ["No", "事業名", "概要", "補正前額", "補正額"]
    header = tuple(_cell(t, 0, 0, c, *cols[c], 20) for c, t in enumerate(names))
    body = (_cell("1", 0, 1, 0, *cols[0], 30), _cell("防災事業", 0, 1, 1, *cols[1], 30),
            _cell("備蓄品の購入", 0, 1, 2, *cols[2], 30), _cell("100", 0, 1, 3, *cols[3], 30),
            _cell("20", 0, 1, 4, *cols[4], 30))
    first = Table(0, (header, body), Provenance("doc.pdf", "id", 1, None, 0, bbox=(0, 20, 160, 40)))
    total_row = (_cell("一般会計合計", 1, 0, 0, 0.0, 100.0, 50), _cell("69,408", 1, 0, 1, *cols[3], 50),
                 _cell("579", 1, 0, 2, *cols[4], 50))
    total = Table(1, (total_row,), Provenance("doc.pdf", "id", 1, None, 1, bbox=(0, 50, 160, 60)))
    caption = TextLine("【一般会計】 (単位 千円)", "【一般会計】 (単位 千円)", Provenance("doc.pdf", "id", 1))
    found = recognize_document(Document("doc.pdf", "id", "pdf", 1, (caption, first, total)))
    got = [(v.project, v.measure, v.amount_yen) for v in found.budget_values if v.prov.table_index == 1]
    assert got == [("一般会計合計", "補正前額", 69_408_000), ("一般会計合計", "補正額", 579_000)]


def test_a_continuation_takes_the_units_the_table_before_printed_atop_its_columns() -> None:
    # realdocs fuji_r6_ippan_yosansho p361: 千円 printed over the first amount of the table above
    # only; the headerless table below on the same columns is in 千円 too
    cols = [(0.0, 50.0), (50.0, 100.0)]
    header = (_cell("区分", 0, 0, 0, *cols[0], 20), _cell("金額", 0, 0, 1, *cols[1], 20))
    first_row = (_cell("13 使用料", 0, 1, 0, *cols[0], 30),
                 Cell("千円 13", "千円\n13", Provenance("doc.pdf", "id", 1, None, 0, 1, 1, (50.0, 30, 100.0, 40))))
    first = Table(0, (header, first_row, (_cell("14 工事請負費", 0, 2, 0, *cols[0], 40),
                                           _cell("35,866", 0, 2, 1, *cols[1], 40))),
                  Provenance("doc.pdf", "id", 1, None, 0, bbox=(0, 20, 100, 50)))
    below = Table(1, ((_cell("1 報酬", 1, 0, 0, *cols[0], 80), _cell("5,791", 1, 0, 1, *cols[1], 80)),),
                  Provenance("doc.pdf", "id", 1, None, 1, bbox=(0, 80, 100, 90)))
    found = recognize_document(Document("doc.pdf", "id", "pdf", 1, (first, below)))
    assert [(v.project, v.amount_yen) for v in found.budget_values if v.prov.table_index == 1] == [
        ("1 報酬", 5_791_000)]
