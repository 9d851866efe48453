"""Thresholds of extract.pdf.reader's camelot second opinion, each read on both sides of its value: halving
or doubling the constant makes a test here fail (benchmarks/pins.py). Camelot is stood in for by its
candidates, tables built by hand in PDF points (top-left origin); the prose and doubt readings too."""

from __future__ import annotations

import pytest

from extract.pdf import camelot_adapter, reader
from extract.pdf.grid import PageContent, RawCell, RawTable
from extract.pdf.reader import is_prose_columns, structure_doubts
from tests.extract.test_pdf_samples import _raw_table

BBOX = (100.0, 200.0, 300.0, 260.0)


def table(score: float, text: str = "1234567890" * 2, bbox: tuple[float, float, float, float] = BBOX,
          engine: str = "pdfplumber") -> RawTable:
    cell = RawCell(text, bbox, 1)
    return RawTable(1, bbox, ((cell,),), engine, score)


def second_opinion(monkeypatch: pytest.MonkeyPatch, ours: RawTable, *candidates: RawTable) -> RawTable:
    monkeypatch.setattr(camelot_adapter, "read_tables", lambda path, page, height, flavor, area=None, pw=None: list(candidates))
    return reader._second_opinion("x.pdf", PageContent(1, 600.0, 800.0, (ours,)), ours, None)


@pytest.mark.parametrize(("score", "chosen"), [(0.43, False), (0.48, True)])
def test_camelot_must_beat_the_reading_by_a_margin(monkeypatch: pytest.MonkeyPatch, score: float, chosen: bool) -> None:
    # WIN_MARGIN: against 0.4, camelot's 0.43 is no clear win (noise of two scores), 0.48 is
    theirs = table(score, engine="camelot")
    assert (second_opinion(monkeypatch, table(0.4), theirs) is theirs) is chosen


@pytest.mark.parametrize(("kept_chars", "chosen"), [(19, True), (17, False)])
def test_camelot_must_keep_nearly_all_the_text(monkeypatch: pytest.MonkeyPatch, kept_chars: int, chosen: bool) -> None:
    # KEEP_TEXT_SHARE: of 20 characters, a reading keeping 19 (0.95) keeps the table; 17 (0.85) lost a cell's text
    theirs = table(0.9, ("1234567890" * 2)[:kept_chars], engine="camelot")
    assert (second_opinion(monkeypatch, table(0.4), theirs) is theirs) is chosen


@pytest.mark.parametrize(("score", "reviewed"), [(0.3, True), (0.7, False)])
def test_a_table_scoring_under_a_half_gets_a_second_opinion(monkeypatch: pytest.MonkeyPatch, score: float,
                                                             reviewed: bool) -> None:
    # DOUBT_SCORE: a pdfplumber table scoring 0.3 is doubtful, one scoring 0.7 is not asked about
    calls: list[int] = []
    monkeypatch.setattr(camelot_adapter, "read_tables",
                        lambda path, page, height, flavor, area=None, pw=None: calls.append(page) or [])
    reader._review("x.pdf", [PageContent(1, 600.0, 800.0, (table(score),))], None)
    assert bool(calls) is reviewed


@pytest.mark.parametrize(("beyond_pt", "inside"), [(1.5, True), (3.0, False)])
def test_camelot_reads_a_text_tables_area_with_a_margin(monkeypatch: pytest.MonkeyPatch, beyond_pt: float,
                                                        inside: bool) -> None:
    # AREA_PAD_PT: a glyph 1.5 pt beyond the table's edge (its box drawn from the ink) lies in the area camelot
    # reads, one 3 pt beyond lies outside
    areas: list[tuple[float, float, float, float]] = []
    monkeypatch.setattr(camelot_adapter, "read_tables",
                        lambda path, page, height, flavor, area=None, pw=None: areas.append(area) or [])
    ours = table(0.1, engine="pdfplumber-text")
    reader._second_opinion("x.pdf", PageContent(1, 600.0, 800.0, (ours,)), ours, None)
    x0, top, x1, bottom = areas[0]
    assert (x0 <= BBOX[0] - beyond_pt and BBOX[2] + beyond_pt <= x1 and top <= BBOX[1] - beyond_pt
            and BBOX[3] + beyond_pt <= bottom) is inside


@pytest.mark.parametrize(("letters", "prose"), [(20, False), (40, True)])
def test_cells_of_forty_letters_are_running_text_and_twenty_a_label(letters: int, prose: bool) -> None:
    # PROSE_MIN_CHARS: two columns of such cells, no header over them, are prose set in columns or a table's labels
    cell = "あ" * letters
    assert is_prose_columns(_raw_table([[cell, cell], [cell, cell]])) is prose


@pytest.mark.parametrize(("label_letters", "prose"), [(17, True), (49, False)])
def test_a_column_holding_most_of_its_letters_in_running_text_is_prose(label_letters: int, prose: bool) -> None:
    # PROSE_SHARE: beside a 40-letter cell, labels of 17 letters leave the column 0.7 running text (prose); labels
    # of 49 letters (two cells, each too short to be running text) leave it 0.45 (a column of labels)
    body, labels = "あ" * 40, ["い" * (label_letters - label_letters // 2), "い" * (label_letters // 2)]
    rows = [[body, body], *([label, body] for label in labels if label)]
    assert is_prose_columns(_raw_table(rows)) is prose


@pytest.mark.parametrize(("stacked", "doubted"), [(2, False), (3, True)])
def test_a_cell_stacking_three_numbers_holds_merged_rows(stacked: int, doubted: bool) -> None:
    # STACKED_VALUES: 1,200 over 1,300 over 1,400 in one cell are three rows the reader merged; two may be a value
    # and its note
    cell = "\n".join(f"1,{k + 2}00" for k in range(stacked))
    assert bool(structure_doubts(_raw_table([["区分", "予算額"], ["A", cell]]))) is doubted


@pytest.mark.parametrize(("rows", "doubted"), [(1, True), (2, False)])
def test_a_table_of_one_row_has_no_rows_to_vouch_for_its_columns(rows: int, doubted: bool) -> None:
    # MIN_TABLE_ROWS: a header over one row of values vouches for its columns, a row alone does not
    table = [["区分", "予算額"], ["A", "1,200"]][-rows:]
    assert bool(structure_doubts(_raw_table(table))) is doubted
