"""A header whose cells wrap inside their brackets, each line set in a header row of its own
(現状値(策定 / 時)(2017年度 / (平成29年度))): the lines under the first close what it left open, so
they are header, whatever figures they hold (31年度/令和), and a word wrapped inside its bracket
(策定 / 時) is read whole (corpus seed 768 kpi_baseline_target in typst_borderless)."""

from __future__ import annotations

from extract.interpret.header_rows import count_header_rows as interpreter_header_rows, goes_on_open_heads
from extract.model import Cell, Document, Provenance, Table
from extract.recognize import recognize_document
from extract.recognizers.columns import count_header_rows
from normalize import clean_text


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(tuple(Cell(clean_text(t), t, Provenance("t.pdf", "d", 1, None, 0, r, j)) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    return Table(0, cells, Provenance("t.pdf", "d", 1, None, 0))


WRAPPED = [["No", "項目", "現状値(策定", "到達目標(平成", "目標値(最終年"],
           ["", "", "時)(2017年度", "31年度/令和", "度)(2022年度"],
           ["", "", "(平成29年度))", "元年度)", "(令和4年度))"],
           ["1", "生産年齢人口", "48,682人", "53,790人", "47,204人"]]


def _filled(row: tuple[Cell, ...]) -> list[Cell]:
    return [c for c in row if c.text.strip()]


def test_lines_closing_the_brackets_the_header_left_open_are_header() -> None:
    table = _table(WRAPPED)
    assert count_header_rows(table) == 3 and interpreter_header_rows(table) == 3
    assert goes_on_open_heads(_filled(table.rows[1]), table.rows[:1])


def test_a_row_under_an_open_bracket_that_closes_none_is_no_header() -> None:
    # under an open bracket, but closing nothing: a body row (a header left open by a slip stays one row)
    table = _table([["項目", "当初予算額（千", "実績"], ["", "31年度", "12"]])
    assert not goes_on_open_heads(_filled(table.rows[1]), table.rows[:1])
    # a cell under a closed header: no continuation, though another closes its bracket
    table = _table([["項目", "現状値(策定", "実績"], ["", "時)", "12"]])
    assert not goes_on_open_heads(_filled(table.rows[1]), table.rows[:1])


def test_the_wrapped_headers_give_their_years() -> None:
    found = recognize_document(Document("t.pdf", "d", "pdf", 1, (_table(WRAPPED),)))
    assert sorted((v.kind, v.fiscal_year, v.value) for v in found.kpi_values) == [
        ("baseline", 2017, 48682), ("target", 2019, 53790), ("target", 2022, 47204)]
