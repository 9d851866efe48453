"""Thresholds of extract.context, each decided on both sides by a line or a caption built for it
(benchmarks/pins.py: halving or doubling one makes a test here fail)."""

from __future__ import annotations

import pytest

from extract.context import is_heading_text, notes_below, walk_tables
from extract.model import BBox, Cell, Document, Provenance, Table, TextLine

BOX = (50.0, 300.0, 500.0, 400.0)


def _table(rows: list[list[str]], bbox: BBox = BOX) -> Table:
    cells = tuple(tuple(Cell(t, t, Provenance("t.pdf", "d", 1, None, 0, r, j, bbox)) for j, t in enumerate(row))
                  for r, row in enumerate(rows))
    return Table(0, cells, Provenance("t.pdf", "d", 1, None, 0, None, None, bbox))


def _line(text: str, top: float) -> TextLine:
    return TextLine(text, text, Provenance("t.pdf", "d", 1, bbox=(50.0, top, 500.0, top + 10.0)))


@pytest.mark.parametrize(("text", "heading"), [
    # a section's heading runs to some forty letters (HEADING_MAX_CHARS: halved, it is none)
    ("■施策２　地域の産業を支える人材の育成と確保、働きやすい職場環境づくりの推進による雇用の創出", True),
    # a line of ninety letters opening with a mark and ending in no stop is a paragraph cut by the layout
    ("■" + "市内の事業所が行う人材育成の取組を支援するとともに、" * 3 + "若者の地元就職を促進するため企業説明会", False),
])
def test_a_heading_is_a_short_line(text: str, heading: bool) -> None:
    assert 30 < len(text) < 120
    assert is_heading_text(text) is heading


@pytest.mark.parametrize(("text", "heading"), [
    # a goal's heading states its aim in a sentence, stop and all (GOAL_HEADING_MAX_CHARS: halved, none)
    ("【基本目標１】地域の稼ぐ力を高めるとともに、安心して働ける環境を実現し、市外からの人の流れをつくり、"
     "若い世代の結婚・出産・子育ての希望をかなえることを目指します。", True),
    # a paragraph opening with the goal's mark runs on for two hundred letters: prose, no heading
    ("【基本目標１】" + "地域の稼ぐ力を高めるとともに、安心して働ける環境を実現し、" * 6 + "目指します。", False),
])
def test_a_goal_heading_may_be_a_sentence_but_no_paragraph(text: str, heading: bool) -> None:
    assert 60 < len(text) < 240
    assert is_heading_text(text) is heading


def test_a_table_s_caption_is_its_last_three_lines() -> None:
    # four lines above a table: the three nearest caption it (CAPTION_LOOKBACK), the first is the
    # paragraph before them (doubled, it captions the table; halved, the caption's first lines go)
    lines = ["本市の人口は減少を続けている", "令和6年度の主な事業", "（当初予算）", "重点施策"]
    blocks = [*(_line(t, 200.0 + 20.0 * k) for k, t in enumerate(lines)), _table([["事業名", "予算額"], ["道路", "100"]])]
    caption = next(iter(walk_tables(Document("t.pdf", "d", "pdf", 1, tuple(blocks)), frozenset())))[3]
    assert caption.splitlines() == lines[1:]


@pytest.mark.parametrize(("gap_pt", "notes"), [
    (3.0, ("※ 「－」は該当なし",)),  # 0.3 of the note's 10 pt line under it: the note wrapped in a narrow cell
    (6.0, ("※ 「－」は該当",)),  # 0.6 of it: a line of its own, as far down as notes stand apart
])
def test_a_line_right_under_a_note_is_its_wrapped_rest(gap_pt: float, notes: tuple[str, ...]) -> None:
    # NOTE_WRAP_GAP_EM: halved (0.2) the wrapped rest at 0.3 em would stand apart; doubled (0.8) the line at 0.6 em
    # would run on the note
    note = _line("※ 「－」は該当", 400.0)
    assert notes_below((_table([["指標", "現状値"], ["A", "1"]]), note, _line("なし", 410.0 + gap_pt)), 0) == notes
