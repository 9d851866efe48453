"""Chromium's borderless tables (session 29): a unit caption the table's columns parted (単位：万人 | △印は減, right-aligned
over the table) states the whole table's unit and heads no column; a name centred on its figures beside an item's number
keeps the leading's reading."""

from __future__ import annotations

import pytest

from extract.context import is_unit_caption_row, unit_rows_atop
from extract.model import Cell, Provenance, Table
from extract.pdf import top_rows
from extract.pdf.grid import RawCell
from extract.pdf.header_spans import lift_straddling_labels
from extract.pdf.pieces import Piece
from extract.pdf.rows import pieces_to_rows


@pytest.mark.parametrize(("texts", "caption"), [
    (["", "", "単位：万人", "△印は減"], True),  # parted by the columns, the legend of the minus in a column of its own
    (["", "単位:千人 △印は減"], True),  # one cell
    (["", "（単位：千円）"], True),
    (["単位：千円", "※端数調整"], True),  # a note after the unit
    (["", "単位：万人", "△印は減", "基準値"], False),  # a header word beside it: a header row
    (["（単位：千円）", "予算額", "決算額"], False),  # the corner of a header stating the unit
    (["", "単位：人", "単位：％"], False),  # a unit per column
    (["", "単位", "基準値"], False),  # the header of a column of units states none
    (["", "△印は減"], False),
    (["", ""], False),
])
def test_a_unit_caption_row_is_a_statement_and_what_ends_its_line(texts: list[str], caption: bool) -> None:
    assert is_unit_caption_row(texts) is caption


def _table(rows: list[list[str]]) -> Table:
    box = (40.0, 130.0, 550.0, 200.0)
    cells = tuple(tuple(Cell(t, t, Provenance("c.pdf", "d", 1, None, 0, r, j, box)) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    return Table(0, cells, Provenance("c.pdf", "d", 1, None, 0, None, None, box))


def test_a_caption_row_parted_by_columns_states_the_tables_unit() -> None:
    # corpus seed 855 kpi_baseline_target in chromium_borderless: 単位：万人　△印は減 right-aligned over the table,
    # taken into it as its first row, its legend in a column of its own; the unit was read over one column only
    table = _table([["", "", "", "単位:万人", "△印は減"], ["成果指標(KPI)名", "基準年度の実績値", "目標値", "目標値", ""],
                    ["観光入込客数", "387.7", "332.0", "385.0", ""]])
    assert [line.text for line in unit_rows_atop(table)] == ["単位:万人"]
    assert unit_rows_atop(_table([["", "単位:万人", "基準値"], ["観光入込客数", "387.7", "332.0"]])) == []


def _cell(text: str, x0: float, top: float, lines: int = 1) -> RawCell:
    return RawCell(text, (x0, top, x0 + 9.0 * len(text), top + 9.0 * lines), 1)


def test_a_caption_row_atop_the_header_heads_no_column() -> None:
    # corpus seed 807 kpi_baseline_target in chromium_borderless: 単位：百万円 | △印は減 over 警戒ライン, centred on the
    # header's band beside 基準年度の実績値 | 到達目標 set on its first line: read as a header row over 警戒ライン, the
    # caption took those labels up into its row
    rows = [(_cell("", 57.7, 137.8), _cell("", 170.1, 137.8), _cell("", 287.4, 137.8), _cell("単位：百万円", 450.7, 137.8),
             _cell("△印は減", 513.7, 137.8)),
            (_cell("成果指標（KPI）名", 57.7, 160.3), _cell("基準年度の実績値", 170.1, 153.5), _cell("到達目標（最終年度）", 287.4, 153.5),
             _cell("警戒ライン", 406.7, 160.3), _cell("", 513.7, 160.3)),
            (_cell("", 57.7, 167.0), _cell("（令和元年度）", 149.6, 167.0), _cell("（令和6年度）", 277.6, 167.0), _cell("", 406.7, 167.0),
             _cell("", 513.7, 167.0)),
            (_cell("①農業産出額", 57.7, 180.5), _cell("24,903", 208.6, 180.5), _cell("24,418", 333.2, 180.5), _cell("28,938", 402.2, 180.5),
             _cell("", 513.7, 180.5))]
    out = lift_straddling_labels(rows)
    assert [c.raw for c in out[0]] == ["", "", "", "単位：百万円", "△印は減"]
    assert [c.raw for c in out[1]] == ["成果指標（KPI）名", "基準年度の実績値", "到達目標（最終年度）", "警戒ライン", ""]


def _numbered_rows(name_top: float) -> list[Piece]:
    """No | 成果指標名 | two years of figures, Chromium's 9 pt lines led solid; the first row's name of three lines
    (name_top: its first line) beside its item's number and figures on one line at 129.5 (corpus seed 858
    kpi_baseline_target in chromium_borderless)."""
    def p(col: int, top: float, text: str, x0: float) -> Piece:
        return Piece(text, (x0, top, x0 + 9.0 * len(text), top + 9.0), col)
    return [p(2, 80.0, "到達目標", 208.0), p(3, 80.0, "到達目標", 322.6), p(0, 91.3, "No", 57.7), p(1, 91.3, "成果指標名", 84.0),
            p(2, 98.0, "（令和3年度）", 208.9), p(3, 98.0, "（令和5年度）", 323.6),
            p(1, name_top, "結婚・子育ての希望がか", 84.0), p(0, 129.5, "1", 63.4), p(1, name_top + 9.0, "なう", 84.0),
            p(2, 129.5, "62.1%", 275.9), p(3, 129.5, "61.3%", 390.5), p(1, name_top + 18.0, "と感じる市民の割合", 84.0),
            p(0, 152.0, "2", 63.4), p(1, 152.0, "市民満足度", 84.0), p(2, 152.0, "56.6%", 275.9), p(3, 152.0, "50.6%", 390.5),
            p(0, 165.5, "3", 63.4), p(1, 165.5, "世帯数", 84.0), p(2, 165.5, "8,838", 275.9), p(3, 165.5, "6,100", 390.5)]


@pytest.mark.parametrize(("name_top", "centred"), [(120.5, True), (129.5, False)])
def test_a_name_beside_its_items_number_is_centred_on_its_figures(name_top: float, centred: bool) -> None:
    ps = _numbered_rows(name_top)
    head = [p for p in ps if p.bbox[1] < 129.5 - 0.9]
    body = [p for p in ps if p.bbox[1] >= 129.5 - 0.9]
    assert top_rows.name_centred_over_figures(head, body, 129.5, frozenset(), frozenset()) is centred


def test_a_name_centred_beside_its_items_number_stays_one_cell() -> None:
    # read line by line as set at the top, its first line made a row of its own over the rest and the figures
    rows = [sorted("".join(p.text for p in block) for block in row) for row in pieces_to_rows(_numbered_rows(120.5))]
    assert sorted(["1", "結婚・子育ての希望がかなうと感じる市民の割合", "62.1%", "61.3%"]) in rows
