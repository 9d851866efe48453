"""Borderless columns and header bands read from the table's own geometry (session 25): narrow
cells wrapped glyph by glyph on the rows of a table set across, a year wrapped inside its brackets,
group headers centred on their runs of sub-headers, a folio's column, a header's rest set past the
rows' padding. Each rule is read on both sides of its threshold."""

from __future__ import annotations

from typing import Any

import pytest

from extract.interpret.structure import bracket_phrases, is_number_text
from extract.pdf import vertical as v
from extract.pdf.borderless import filled_columns
from extract.pdf.grid import ALIGN_TOL_PT, RawCell, Segment, SegLine
from extract.pdf.header_spans import spread_headers
from extract.pdf.lockstep import WRAP_GAP_TOL_PT
from extract.pdf.pieces import WRAP_GAP_MAX_EM
from extract.pdf.wrapped_heads import figure_row_gap, rests_past_padding
from normalize import clean_text

SIZE = 6.0  # the type of corpus seed 806 kpi_year_matrix in typst_borderless
PAGE_HEIGHT = 842.0
STEP = 8.2  # a narrow cell's lines, a glyph each, and its rows' lines stand this far apart


def _ch(text: str, x: float, top: float, width: float = SIZE) -> dict[str, Any]:
    return {"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + SIZE, "size": SIZE,
            "matrix": (1.0, 0.0, 0.0, 1.0, x, PAGE_HEIGHT - top - SIZE), "upright": True}  # the origin y up


def _down(x: float, text: str, top: float) -> list[dict[str, Any]]:
    return [_ch(t, x, top + k * STEP) for k, t in enumerate(text)]


def _across(x: float, text: str, top: float) -> list[dict[str, Any]]:
    return [_ch(t, x + k * 0.6 * SIZE, top, 0.6 * SIZE) for k, t in enumerate(text)]


def _narrow_table(row_offset_em: float = 0.0) -> tuple[list[dict[str, Any]], int]:
    """単位 over 人 and 実 / 績 / 目 / 標 in two columns a glyph wide, their figures 4.5 em to the
    right on the rows' lines (each row's first line shifted by row_offset_em of the type)."""
    shift = row_offset_em * SIZE
    columns = _down(157.0, "単位人", 58.0) + _down(176.0, "実績目標", 74.0)
    figures = [*_across(216.0, "2030", 58.0 + shift), *_across(216.0, "32,175", 74.0 + shift),
               *_across(216.0, "37,988", 74.0 + 2 * STEP + shift)]
    return columns + figures, len(columns)


@pytest.mark.parametrize(("offset_em", "narrow"), [(0.1, True), (0.2, False)])
def test_narrow_cells_on_the_rows_of_a_table_stay_across(offset_em: float, narrow: bool) -> None:
    assert v.ROW_TOP_TOL_EM == 0.15
    chars, n = _narrow_table(offset_em)
    assert v.BLOCK_GAP_EM * SIZE < 216.0 - 182.0  # the figures stand beyond the block's reach
    assert (not any(v.vertical_chars(chars)[:n])) is narrow


def test_one_row_across_shows_no_table_through_a_block() -> None:
    assert v.MIN_ROWS_ACROSS == 2
    columns = _down(157.0, "単位人", 58.0) + _down(176.0, "実績目標", 74.0)
    one = _across(216.0, "32,175", 74.0)
    assert all(v.vertical_chars(columns + one)[:len(columns)])
    two = one + _across(216.0, "37,988", 74.0 + 2 * STEP)
    assert not any(v.vertical_chars(columns + two)[:len(columns)])


@pytest.mark.parametrize(("raw", "number"), [
    ("2010（平成 22\n年度）", False),  # a year wrapped inside its brackets: one phrase
    ("1,234（2019\n年度）", True),  # a figure with its year wrapped: one figure
    ("696\n696", True)])
def test_a_line_leaving_a_bracket_open_goes_on_the_next(raw: str, number: bool) -> None:
    assert is_number_text(raw, clean_text(raw)) is number


def test_bracket_phrases_run_only_up_to_the_closing_line() -> None:
    assert bracket_phrases(["2010（平成 22", "年度）", "2011"]) == [["2010（平成 22", "年度）"], ["2011"]]


def test_a_figure_whose_note_wraps_is_still_a_figure_among_words() -> None:
    # an amount in a sentence-like cell, its note wrapped: words over a figure, no number cell
    # (sample 002's 事業費 32億4,046万円 （平成28 / ～令和元年度決算額）, read by the amounts recognizer)
    raw = "○総合戦略関連事業 事業費\n32億4,046万円 （平成28\n～令和元年度決算額）"
    assert not is_number_text(raw, clean_text(raw))


def _cell(text: str, x0: float, top: float, width: float = 20.0, height: float = 9.0) -> RawCell:
    return RawCell(text, (x0, top, x0 + width, top + height), 1, line_bboxes=((x0, top, x0 + width, top + height),))


def _blank() -> RawCell:
    return RawCell("", (0.0, 0.0, 0.0, 0.0), 1)


def test_group_headers_centred_on_runs_of_sub_headers_part_them() -> None:
    # 実績 centred over R7 alone, 計画目標値 over R8 … R12; R11's figures set flush left make its
    # content's extent lopsided, so the runs by content miss R8 (corpus seed 850 kpi_year_matrix, typst)
    subs = [(261.0, "R8"), (321.0, "R9"), (379.0, "R10"), (439.0, "R11"), (500.0, "R12")]
    head = (_cell("成果指標", 64.0, 120.0, 36.0), _cell("実績", 197.0, 120.0, 18.0), _blank(), _blank(),
            _cell("計画目標値", 365.0, 120.0, 45.0), _blank(), _blank())
    below = (_blank(), _cell("R7", 200.0, 143.0, 12.0), *(_cell(t, x, 143.0, 12.0 if len(t) == 2 else 17.0) for x, t in subs))
    figures = [(232.0, "1459"), (292.0, "1544"), (352.0, "2036"), (413.0, "1815"), (443.0, "2066"), (534.0, "2362")]
    body = (_cell("公共交通", 59.0, 164.0, 40.0), *(_cell(t, x - 20.0, 164.0) for x, t in figures))
    body = body[:5] + (_cell("2066", 423.0, 164.0),) + body[6:]
    cols = [(59.0, 100.0), (197.0, 232.0), (261.0, 292.0), (321.0, 352.0), (379.0, 413.0), (423.0, 457.0), (500.0, 534.0)]
    rows = spread_headers([head, below, body], cols)
    spans = {c.raw: (k, k + c.col_span - 1) for k, c in enumerate(rows[0]) if c.raw}
    assert spans["実績"] == (1, 1)
    assert spans["計画目標値"] == (2, 6)


def _seg_line(top: float, *segs: tuple[float, float, str]) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + 9.0)) for x0, x1, text in segs)
    return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + 9.0), 1, " ".join(t for _, _, t in segs))


def test_a_column_only_lines_past_the_table_fill_is_none_of_its_own() -> None:
    cols = [(41.0, 131.0), (197.0, 252.0), (275.0, 330.0), (414.0, 430.0), (432.0, 487.0)]  # a folio's at 414
    rows = [_seg_line(57.0, (41.0, 131.0, "図書館貸出冊数"), (219.0, 252.0, "219,991"), (296.0, 330.0, "328,526"),
                      (452.0, 487.0, "254,743"))]
    assert filled_columns(cols, rows) == [cols[0], cols[1], cols[2], cols[4]]
    folio = _seg_line(300.0, (414.0, 430.0, "- 2 -"))
    assert filled_columns(cols, [*rows, folio]) == cols


PADDING = 1.0  # the rows of figures stand this far apart


def _band(rest_gap: float, lowest: bool = True) -> list[tuple[RawCell, ...]]:
    """人口（人） | 若者定住奨励 over 金交付件数 (rest_gap below it) over rows of figures PADDING apart."""
    name_height = 9.0 if lowest else 9.0 + 2 * (rest_gap + 9.0)
    upper = (_blank(), _cell("人口（人）", 119.0, 89.0, 42.0, name_height), _cell("若者定住奨励", 181.0, 89.0, 63.0))
    lower = (_blank(), _blank(), _cell("金交付件数", 187.0, 98.0 + rest_gap, 52.0))
    body = [(_cell(str(2014 + k), 74.0, 140.0 + k * (9.0 + PADDING)), _cell("19,931", 133.0, 140.0 + k * (9.0 + PADDING)),
             _cell("19", 178.0, 140.0 + k * (9.0 + PADDING), 13.0)) for k in range(3)]
    return [upper, lower, *body]


@pytest.mark.parametrize(("gap", "rest"), [
    (PADDING + 2 * WRAP_GAP_TOL_PT, True),  # a leading wider than the padding: the cell's next line
    (PADDING + WRAP_GAP_TOL_PT / 2, False),  # at the padding: a row of its own
    (WRAP_GAP_MAX_EM * 9.0 * 0.9, True), (WRAP_GAP_MAX_EM * 9.0 * 1.1, False)])
def test_a_header_line_past_the_rows_padding_goes_on_its_cell(gap: float, rest: bool) -> None:
    band = _band(gap)
    assert figure_row_gap(band[2:]) == pytest.approx(PADDING)
    assert rests_past_padding(band[0], band[1], band[2:]) is rest


def test_a_line_under_a_row_reaching_further_down_may_start_a_row() -> None:
    band = _band(4.0, lowest=False)  # 人口（人） runs on below 若者定住奨励: the next row starts under it
    assert not rests_past_padding(band[0], band[1], band[2:])


def test_a_line_off_the_cell_above_goes_on_nothing() -> None:
    band = _band(4.0)
    off = band[1][2]
    shifted = RawCell(off.raw, (off.bbox[0] + 3 * ALIGN_TOL_PT, off.bbox[1], off.bbox[2] + 6 * ALIGN_TOL_PT, off.bbox[3]), 1,
                      line_bboxes=((off.bbox[0] + 3 * ALIGN_TOL_PT, off.bbox[1], off.bbox[2] + 6 * ALIGN_TOL_PT, off.bbox[3]),))
    assert not rests_past_padding(band[0], (band[1][0], band[1][1], shifted), band[2:])
