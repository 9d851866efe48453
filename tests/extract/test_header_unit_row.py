"""A header's last line that states only the columns' units （百万円）: part of the header, so
the values below take its scale (a ruled table whose cells hold 計画策定時 / （Ｒ１） / （百万円)
one per line, read as three header rows)."""

from __future__ import annotations

from extract.model import Cell, Document, Provenance, Table
from extract.recognize import recognize_document
from extract.recognizers.columns import count_header_rows, states_units_only
from normalize import clean_text


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(tuple(Cell(clean_text(t), t, Provenance("t.pdf", "d", 1, None, 0, r, j)) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    return Table(0, cells, Provenance("t.pdf", "d", 1, None, 0))


UNIT_LINE = [["№", "指標", "計画策定時", "計画目標値"], ["", "", "（Ｒ１）", "（Ｒ６）"],
             ["", "", "（百万円）", "（百万円）"], ["1", "農業産出額", "29,021", "25,816"]]


def test_a_row_of_bracketed_units_under_the_header_is_the_header_s() -> None:
    assert count_header_rows(_table(UNIT_LINE)) == 3


def test_the_values_under_a_unit_line_take_its_scale() -> None:
    found = recognize_document(Document("t.pdf", "d", "pdf", 1, (_table(UNIT_LINE),)))
    assert sorted((v.kind, v.fiscal_year, v.value, v.scale, v.unit) for v in found.kpi_values) == [
        ("baseline", 2019, 29_021_000_000, 1_000_000, "円"), ("target", 2024, 25_816_000_000, 1_000_000, "円")]


def test_a_row_with_a_word_beside_its_units_states_more_than_units() -> None:
    assert not states_units_only(_table([["合計", "（百万円）"]]).rows[0])
    assert not states_units_only(_table([["29,021", "（百万円）"]]).rows[0])
    assert states_units_only(_table([["", "(人)", "（千円）"]]).rows[0])


def test_a_unit_row_opens_no_header() -> None:
    table = _table([["", "（百万円）"], ["農業産出額", "29,021"]])
    assert count_header_rows(table) == 0
