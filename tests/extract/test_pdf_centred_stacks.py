"""Two wrapped header cells, each centred, glued on their long line: parted where their centres say
(synthetic char layouts, pdfplumber's char dicts)."""

from __future__ import annotations

from typing import Any

from extract.pdf import pdfplumber_adapter as plumber
from extract.pdf.centred_stacks import centred_cells

SIZE = 10.0
LOW = 1.2 * SIZE  # the second line's top
LONG = "事業費［千円］"  # 7 glyphs, 70 pt


def _line_at(text: str, x0: float, top: float) -> list[dict[str, Any]]:
    return [{"text": t, "x0": x0 + k * SIZE, "x1": x0 + (k + 1) * SIZE, "top": top, "bottom": top + SIZE,
             "doctop": top, "size": SIZE, "upright": True, "fontname": "F"} for k, t in enumerate(text)]


def _two_years(shift: float = 0.0, gap_em: float = 0.3) -> list[dict[str, Any]]:
    # corpus seed 504 budget_main_projects in calc_borderless (dev4 wordings): 令和6(2024)年度 and
    # 令和5(2023)年度 each centred over 事業費(当初予算)[単位=千円], the two long texts under a
    # column gap apart: one stack
    second = 75.0 + gap_em * SIZE
    top = _line_at("令和6", 25.0, 0.0) + _line_at("令和5", second + 20.0 + shift, 0.0)
    return top + _line_at(LONG, 5.0, LOW) + _line_at(LONG, second, LOW)


def test_two_centred_cells_glued_on_their_long_line_are_two_segments() -> None:
    segs = plumber._segments(_two_years(), [])
    assert [s.text for s in segs] == ["令和6\n事業費［千円］", "令和5\n事業費［千円］"]
    assert [(s.bbox[0], s.bbox[2]) for s in segs] == [(5.0, 75.0), (78.0, 148.0)]


def test_a_piece_off_its_cells_middle_by_more_than_the_tolerance_parts_nothing() -> None:
    # the last piece's end is missed by twice the shift of the middle over it: 0.16 em, 0.3 em (the
    # texts 0.2 em apart: after its closing bracket's blank half, 0.3 em would be a column gap)
    assert len(plumber._segments(_two_years(0.8, gap_em=0.2), [])) == 2
    assert len(plumber._segments(_two_years(1.5, gap_em=0.2), [])) == 1


def test_texts_set_nearer_than_the_cut_gap_are_one_text() -> None:
    assert len(plumber._segments(_two_years(gap_em=0.15), [])) == 2
    assert len(plumber._segments(_two_years(gap_em=0.07), [])) == 1


def test_left_aligned_cells_glued_below_are_not_parted() -> None:
    # 令和6 over 事業費, centred so, yet the cut after it falls inside a text set solid
    top = _line_at("令和6", 5.0, 0.0) + _line_at("令和5", 78.0, 0.0)
    assert len(plumber._segments(top + _line_at(LONG, 5.0, LOW) + _line_at(LONG, 77.0, LOW), [])) == 1  # 0.2 em apart


def test_a_heading_centred_over_two_column_headers_is_no_pair_of_cells() -> None:
    # 財源内訳 over 市債 | その他 a column gap apart: the heading centred over both, not each; it
    # heads them, standing over the one nearer its middle (extract.pdf.stack_heads)
    heading = _line_at("財源内訳", 15.0, 0.0)
    below = _line_at("市債", 0.0, LOW) + _line_at("その他", 40.0, LOW)
    assert centred_cells([[heading], [below[:2], below[2:]]]) is None
    assert [s.text for s in plumber._segments(heading + below, [])] == ["市債", "財源内訳\nその他"]


def test_every_line_must_part_with_nothing_left_over() -> None:
    top = [_line_at("令和6", 25.0, 0.0), _line_at("令和5", 98.0, 0.0)]
    assert centred_cells([top, [_line_at(LONG, 5.0, LOW) + _line_at(LONG, 78.0, LOW)]]) is not None
    assert centred_cells([top, [_line_at(LONG, 5.0, LOW) + _line_at(LONG + "円", 78.0, LOW)]]) is None
    assert centred_cells([top, [_line_at(LONG, 5.0, LOW)]]) is None
