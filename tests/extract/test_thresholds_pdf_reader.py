"""Thresholds of extract.pdf.reader's camelot second opinion, each read on both sides of its value: halving
or doubling the constant makes a test here fail (benchmarks/pins.py). Camelot is stood in for by its
candidates, tables built by hand in PDF points (top-left origin)."""

from __future__ import annotations

import pytest

from extract.pdf import camelot_adapter, reader
from extract.pdf.grid import PageContent, RawCell, RawTable

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
