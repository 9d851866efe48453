"""A figure's compound unit broken after its hyphen (408,404 t- over CO2, corpus seed 878 kpi_progress in
writer_borderless): the engine moved CO2 down whole, so the line was full for the word, not for its first
letter (extract.pdf.cuts.is_cut_word with pieces.is_full_for_word). Read as two lines, 408,404 t- CO2 gave
no value.

Pieces in PDF points (top-left origin), as LibreOffice Writer set them: 10.5 pt lines, a column 60.6 pt wide.
"""

from __future__ import annotations

from extract.pdf.cuts import cell_lines, glued_run
from extract.pdf.pieces import FIT_TOL_PT, Piece, is_full, is_full_for_word

WIDTH = 60.6
FIGURE = Piece("408,404 t-", (183.6, 185.8, 236.3, 196.3), 2)  # 52.7 pt wide
UNIT = Piece("CO2", (183.6, 197.9, 206.2, 208.4), 2)  # 22.6 pt: its C alone, 7.5 pt, would have fitted


def test_a_unit_broken_after_its_hyphen_is_one_line_with_the_figure() -> None:
    assert not is_full(FIGURE.bbox, UNIT, WIDTH)
    assert is_full_for_word(FIGURE.bbox, UNIT, WIDTH)
    assert [t for t, _ in cell_lines([FIGURE, UNIT], WIDTH)] == ["408,404 t-CO2"]


def test_a_column_wide_enough_for_the_word_keeps_the_lines_apart() -> None:
    assert FIT_TOL_PT == 1.0
    wide = 52.7 + 22.6 + 2 * FIT_TOL_PT
    assert [t for t, _ in cell_lines([FIGURE, UNIT], wide)] == ["408,404 t-", "CO2"]


HEAD = Piece("546,289t", (164.3, 349.1, 203.8, 358.1), 2)  # the column's widest line, 39.5 pt
HYPHENED = Piece("-CO2", (164.3, 359.4, 186.9, 368.4), 2)


def test_a_unit_broken_before_its_hyphen_is_one_line_with_the_figure() -> None:
    """546,289t over -CO2 (corpus seed 843 kpi_progress in writer_borderless): Writer broke before the hyphen."""
    assert [t for t, _ in cell_lines([HEAD, HYPHENED], 39.5)] == ["546,289t-CO2"]


def test_a_minus_opening_a_number_under_a_figure_is_no_units_hyphen() -> None:
    minus = Piece("-12", (164.3, 359.4, 180.0, 368.4), 2)
    assert [t for t, _ in cell_lines([HEAD, minus], 39.5)] == ["546,289t", "-12"]
    after_digit = Piece("546,289", (164.3, 349.1, 200.0, 358.1), 2)
    assert [t for t, _ in cell_lines([after_digit, HYPHENED], 36.0)] == ["546,289", "-CO2"]


def test_a_note_set_solid_after_the_word_goes_down_with_it() -> None:
    # corpus seed 787 kpi_baseline_target in typst_borderless: ９１，９２１t- (29.8 pt) over CO2（2021）
    # (45.1 pt) in a column 45.1 pt wide, its header 計画策定時 on one line: CO2 alone (12.3 pt) would
    # have fitted after t-, CO2（2021） did not; a word space or a kanji after CO2 parts the run
    figure = Piece("９１，９２１t-", (104.9, 236.9, 134.7, 244.9), 1)
    unit = Piece("CO2（2021）", (104.9, 247.8, 150.0, 255.8), 1)
    assert not is_full_for_word(figure.bbox, unit, 45.1)
    assert [t for t, _ in cell_lines([figure, unit], 45.1)] == ["９１，９２１t-CO2（2021）"]
    assert glued_run("CO2（2021）") == "CO2（2021）"
    assert glued_run("CO2 （2021）") == glued_run("CO2換算（2021）") == "CO2"
    spaced = Piece("CO2 （2021）", (104.9, 247.8, 150.0, 255.8), 1)
    assert [t for t, _ in cell_lines([figure, spaced], 45.1)] == ["９１，９２１t-", "CO2 （2021）"]
