"""Numbers without separators LibreOffice Writer cut over two lines in a budget column too narrow for them
(47607584 over 3, corpus seed 925 budget_main_projects in writer_borderless): the rests, standing in several
columns on one line, read as a row of figures, and the row read line by line gave 42 wrong amounts
(extract.pdf.cut_rests; figure_levels.figure_tops, cells.table_rows).

Pieces in PDF points (top-left origin) as Writer set them: 8 pt type, figures right-aligned.
"""

from __future__ import annotations

from extract.pdf.cut_rests import MIN_CUT_CELLS, column_cuts_numbers, cut_number_rests
from extract.pdf.figure_levels import figure_tops, stands_on
from extract.pdf.pieces import Piece


def p(col: int, top: float, text: str, right: float, width: float) -> Piece:
    return Piece(text, (right - width, top, right, top + 8.0), col)


HEADER = [p(0, 92.8, "事業名称", 120.0, 32.0), p(1, 92.8, "当初予算", 236.0, 32.0), p(2, 92.8, "一般財源", 457.2, 32.0)]
ROW_1 = [p(0, 111.5, "地域おこし協", 130.0, 48.0), p(1, 111.5, "47607584", 242.1, 40.3), p(2, 111.5, "33177348", 463.4, 40.3),
         p(0, 120.7, "力隊事業", 114.0, 32.0), p(1, 120.7, "3", 242.1, 5.0), p(2, 120.7, "7", 463.4, 5.0)]
ROW_2 = [p(0, 139.4, "関係人口創", 126.0, 44.0), p(1, 139.4, "87091939", 242.1, 40.3), p(2, 139.4, "49686000", 463.4, 40.3),
         p(0, 148.6, "出事業", 106.0, 24.0), p(1, 148.6, "4", 242.1, 5.0), p(2, 148.6, "5", 463.4, 5.0)]


def test_the_rests_of_cut_numbers_stand_no_row_of_figures() -> None:
    pieces = [*HEADER, *ROW_1, *ROW_2]
    assert {q.text for q in pieces if id(q) in cut_number_rests(pieces, stands_on)} == {"3", "7", "4", "5"}
    assert [top for _, top in figure_tops(pieces)] == [111.5, 139.4]


def test_a_row_of_figures_beside_a_rest_is_no_rest() -> None:
    # a number as wide as the one above it is a figure of its own: its line opens a row, 3 beside it too
    row = [*ROW_1[:5], p(2, 120.7, "33177348", 463.4, 40.3)]
    assert {q.text for q in row if id(q) in cut_number_rests([*HEADER, *row, *ROW_2], stands_on)} == set()


def test_a_name_opening_beside_narrower_figures_opens_their_row() -> None:
    # 観光客数 under a name that leaves room for its first glyph (no wrap): a name of its own, so 3 | 7 beside it
    # are the figures of its row, no rests
    row = [*ROW_1[:3], p(0, 120.7, "観光客数", 114.0, 32.0), *ROW_1[4:]]
    assert {q.text for q in row if id(q) in cut_number_rests([*HEADER, *row], stands_on)} == {"3", "7"}
    wide_name_column = [p(0, 92.8, "事業の名称（所管）", 144.0, 56.0), *HEADER[1:]]
    assert cut_number_rests([*wide_name_column, *row], stands_on) == frozenset()


def test_a_figure_narrower_than_its_column_is_cut_by_no_break() -> None:
    wide_header = [*HEADER[:1], p(1, 92.8, "当初予算額（円）", 260.0, 64.0), HEADER[2]]
    # 47607584 leaves room under a wider header: 3 is no rest, nor 7 beside it (a rest stands among rests only)
    assert cut_number_rests([*wide_header, *ROW_1, *ROW_2], stands_on) == frozenset()


def test_a_column_shows_its_engine_cutting_numbers_in_min_cut_cells() -> None:
    assert MIN_CUT_CELLS == 2
    cells = [[ROW_1[1], ROW_1[4]], [ROW_2[1], ROW_2[4]], [p(1, 170.0, "50648311", 242.1, 40.3)]]
    assert column_cuts_numbers(cells, 40.3)
    assert not column_cuts_numbers(cells[1:], 40.3)  # one cut alone may be two figures stacked
    assert not column_cuts_numbers(cells, 64.0)  # a column wider than the numbers: no break made the lines
