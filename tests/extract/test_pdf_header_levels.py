"""A header cell its author broke over lines adds no header level (extract.pdf.header_levels): 年度 | 達成値 over
地域の魅力を発信する / イベントへの参加者数 / （人） | 宿泊者数（千人） | 健康寿命（男性）（歳）, set at the leading with no
wrap to read it from, is a header of two levels, not four rows over the years (corpus seed 505 kpi_transposed in
writer_borderless and typst_borderless)."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import header_band
from extract.pdf.grid import Segment, SegLine
from extract.pdf.header_levels import header_levels, runs_on
from extract.pdf.pieces import WRAP_GAP_MAX_EM

EM = 10.0


def line(top: float, *segs: tuple[float, str]) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x0 + EM * len(text), top + EM)) for x0, text in segs)
    return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + EM), 1, " ".join(t for _, t in segs))


def transposed(gap_em: float) -> list[list[SegLine]]:
    """The rows as the leading alone reads them: the sub-header's next lines gap_em of a line below it."""
    pitch = EM * (1 + gap_em)
    head = [[line(0, (57, "年度"), (330, "達成値"))],
            [line(14, (170, "地域の魅力を発信する"), (380, "宿泊者数（千人）"), (560, "健康寿命（男性）（歳）"))],
            [line(14 + pitch, (170, "イベントへの参加者数"))], [line(14 + 2 * pitch, (215, "（人）"))]]
    body = [[line(14 + 3 * pitch + 6 + 14 * k, (57, f"{28 + k}年度"), (300, "3,019"), (500, "34"), (720, "78.86"))] for k in range(3)]
    return [*head, *body]


def test_a_header_cell_broken_over_lines_adds_no_level() -> None:
    rows = transposed(0.2)
    assert header_levels(rows[:4]) == 2
    assert header_band(rows) == [ln for row in rows[:4] for ln in row]


def test_lines_further_apart_than_a_cell_holds_are_levels() -> None:
    rows = transposed(2 * WRAP_GAP_MAX_EM)
    assert header_levels(rows[:4]) == 4
    assert header_band(rows) == rows[0]  # deeper than a header band is: its first row alone, as before


def test_a_row_beside_the_cell_above_runs_nothing_on() -> None:
    above = [line(0, (170, "地域の魅力を発信する"))]
    assert runs_on([line(12, (175, "イベント"))], above)
    assert not runs_on([line(12, (175, "イベント"), (400, "人口"))], above)  # a segment under no segment above
    assert not runs_on([line(-12, (175, "イベント"))], above)  # above it, not under it


@pytest.mark.parametrize("gap_em", [0.0, 0.2, WRAP_GAP_MAX_EM])
def test_lines_within_a_cells_gap_run_on(gap_em: float) -> None:
    assert header_levels(transposed(gap_em)[:4]) == 2
