"""Column gaps narrower than MIN_GAP_PT once the figures below overhang their headers
(extract.pdf.colgaps), built by hand in PDF points, top-left origin."""

from __future__ import annotations

from extract.pdf.colgaps import columns
from extract.pdf.grid import Segment, SegLine

LINE_PT = 5.3
ROW_PT = 9.0


def line(top: float, *segs: tuple[float, float, str]) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + LINE_PT)) for x0, x1, text in segs)
    return SegLine(segments, (segs[0][0], top, segs[-1][1], top + LINE_PT), 1, " ".join(t for _, _, t in segs))


def _progress(overhang: float) -> list[SegLine]:
    # corpus seed 704 kpi_progress in calc_borderless: three headers each filling its cell, 2.6 pt
    # apart, over figures right-aligned 0.8 pt (overhang) past each header's end
    head = line(0, (234.1, 281.4, "策定年（平成27年度）"), (284.1, 338.7, "計画目標値（令和3年度）"), (341.3, 389.0, "最新値（平成29年度）"))
    ends = (281.4 + overhang, 338.7 + overhang, 389.0 + overhang)
    rows = [line(ROW_PT * k, *((end - width, end, text) for end, (width, text) in zip(ends, figures)))
            for k, figures in enumerate([[(11.9, "40"), (6.6, "44"), (6.6, "63")], [(14.6, "4,220"), (14.6, "5,912"), (14.6, "5,614")]], 1)]
    return [head, *rows]


def test_figures_overhanging_headers_set_apart_leave_their_columns_apart() -> None:
    # 1.8 pt between the columns, under MIN_GAP_PT: the header line parts them
    assert len(columns(_progress(0.8))) == 3


def test_a_header_ending_before_its_wider_figures_start_shows_no_gap() -> None:
    # corpus seed 700 kpi_progress in calc_borderless (dev4 wordings): 目標値（計画最終年度） ends
    # 0.5 pt before the figures of its own column begin, right-aligned 16 pt past it
    head = line(0, (351.8, 413.4, "目標値（計画最終年度）"), (442.4, 460.7, "達成度"))
    rows = [line(ROW_PT * k, (start, 429.4, text), (429.4, 436.1, "◎"))
            for k, (start, text) in enumerate([(413.9, "791g"), (414.9, "10件"), (414.9, "19件")], 1)]
    assert [round(a, 1) for a, _ in columns([head, *rows])] == [351.8, 429.4, 442.4]
