"""The Writer rendering: a Word file laid out by LibreOffice Writer. Its columns are sized as an
author sizes them, and every page of the PDF holds its own answers (found / wrong are measured
by benchmarks/bench_corpus.py --rendering writer_ruled / writer_borderless)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.generator import Cell, Table, arrangements, generate
from tests.corpus.render_writer import (
    CELL_MARGINS_PT, SLACK_EM, TEXT_COLUMN_CAP_EM, WRITER_STYLES, column_widths_pt, line_em,
    write_writer_pdfs,
)
from tests.corpus.test_corpus import SLICE_RENDERINGS, assert_pages_hold_answers, require

FONT_PT = 10.0


def _table(header: list[str], body: list[list[str]]) -> Table:
    return Table(header=(tuple(Cell((h,)) for h in header),), body=tuple(tuple(Cell((t,)) for t in row) for row in body))


def _width(em: float) -> float:
    return (em + SLACK_EM) * FONT_PT + CELL_MARGINS_PT


def test_columns_fill_the_text_width_in_proportion() -> None:
    table = _table(["事業名", "予算額"], [["道路維持補修事業", "12,345"]])
    widths = column_widths_pt(table, frozenset({1}), FONT_PT, 400.0)
    assert widths is not None and sum(widths) == pytest.approx(400.0)
    natural = [_width(line_em("道路維持補修事業")), _width(line_em("12,345"))]
    assert widths[0] / widths[1] == pytest.approx(natural[0] / natural[1])


def test_a_long_name_wraps_at_the_cap_and_a_figure_never() -> None:
    name = "地" * int(TEXT_COLUMN_CAP_EM * 2)
    figure = "1" * int(TEXT_COLUMN_CAP_EM * 4)  # wider than the cap: a figure column keeps it whole
    table = _table(["事業名", "額"], [[name, figure]])
    widths = column_widths_pt(table, frozenset({1}), FONT_PT, 10_000.0)
    assert widths is not None
    assert widths[0] / widths[1] == pytest.approx(_width(TEXT_COLUMN_CAP_EM) / _width(line_em(figure)))
    # a header wraps onto lines of six glyphs: over figures, the wider of the two sets the width
    headed = _table(["見" * 28, "額"], [["1", "12,345"]])
    widths = column_widths_pt(headed, frozenset({0, 1}), FONT_PT, 10_000.0)
    assert widths is not None
    assert widths[0] / widths[1] == pytest.approx(_width(6.0) / _width(line_em("12,345")))


def test_a_wide_table_narrows_its_text_columns_to_the_floor_then_gives_up() -> None:
    name = "地" * int(TEXT_COLUMN_CAP_EM)
    table = _table(["事業名", "額"], [[name, "123,456,789"]])
    figure = _width(line_em("123,456,789"))
    just_fits = _width(4.0) + figure  # a name column is narrowed to four glyphs, no further
    widths = column_widths_pt(table, frozenset({1}), FONT_PT, just_fits + 1.0)
    assert widths is not None and widths[1] == pytest.approx(figure) and widths[0] >= _width(4.0)
    assert column_widths_pt(table, frozenset({1}), FONT_PT, just_fits - 1.0) is None


def test_names_of_up_to_fourteen_glyphs_keep_one_line() -> None:
    for length, wraps in ((10, False), (20, True)):
        table = _table(["事業名", "額"], [["地" * length, "1"]])
        widths = column_widths_pt(table, frozenset({1}), FONT_PT, 10_000.0)
        assert widths is not None
        share = widths[0] / sum(widths)
        one_line = _width(length) / (_width(length) + _width(line_em("額")))
        assert (share < one_line - 1e-9) == wraps, length


def test_half_width_glyphs_count_about_half() -> None:
    assert line_em("令和") == 2.0
    assert 2.0 < line_em("1,234") < 4.0


@pytest.mark.parametrize("rendering", sorted(set(WRITER_STYLES) - set(SLICE_RENDERINGS)))  # the slice checks its own
def test_writer_pages_hold_their_answers(rendering: str, tmp_path: Path) -> None:
    require(rendering)
    docs = [generate(name, 0, 0) for name in sorted(arrangements())]
    for doc, path in zip(docs, write_writer_pdfs(docs, str(tmp_path), rendering)):
        assert_pages_hold_answers(doc, path, rendering)


def test_a_figure_in_a_column_of_words_is_never_narrowed() -> None:
    # 調査中 makes the column a text column; its figure still keeps one line when the table is narrowed
    table = _table(["事業名", "R3"], [["地" * 14, "６，４１６"], ["地" * 14, "調査中"]])
    figure = _width(line_em("６，４１６"))
    widths = column_widths_pt(table, frozenset(), FONT_PT, _width(4.0) + figure + 1.0)
    assert widths is not None and widths[1] == pytest.approx(figure)
