"""Small tables a spreadsheet prints without rules (one or two rows under a header): the few lines they
have must show their columns on their own, or take them from the page before (extract.pdf.colgaps,
extract.pdf.stitch).

Lines and cells are built by hand in PDF points (top-left origin), shaped like LibreOffice Calc's
prints of kpi_baseline_target tables shrunk to fit the page (corpus seeds named in each test,
calc_borderless), nothing tied to one engine.
"""

from __future__ import annotations

import pytest

from extract.pdf.colgaps import columns
from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine

SIZE_PT = 10.0
TABLE_RIGHT_PT = 352.0


def line(top: float, *segs: tuple[float, float, str]) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + SIZE_PT)) for x0, x1, text in segs)
    box = (segments[0].bbox[0], top, segments[-1].bbox[2], top + SIZE_PT)
    return SegLine(segments, box, 1, " ".join(s.text for s in segments))


def two_value_columns(lone_end: float) -> list[SegLine]:
    """No. | KPI | めざす値（R9年） | 現状値（R4年） over a section row and two rows, a ※ note under them; the
    section row and the note set flush right, ending at lone_end, across the gap between the value columns
    (corpus seed 967 kpi_baseline_target in calc_borderless: their cells right-aligned, overflowing left)."""
    return [line(226.5, (60.9, 77.1, "No."), (132.0, 147.6, "KPI"), (210.9, 248.9, "めざす値"), (293.7, 323.7, "現状値")),
            line(236.5, (213.0, 246.8, "（R9年）"), (291.8, 325.6, "（R4年）")),
            line(254.7, (lone_end - 87.0, lone_end, "（1）地域産業の振興")),
            line(271.3, (76.7, 84.0, "1"), (84.0, 155.1, "耕作放棄地面積"), (241.8, 263.3, "27.1"), (330.5, TABLE_RIGHT_PT, "30.5")),
            line(287.8, (76.7, 84.0, "2"), (84.0, 145.0, "森林整備面積"), (241.8, 263.3, "49.9"), (330.5, TABLE_RIGHT_PT, "61.9")),
            line(304.2, (lone_end - 121.1, lone_end, "※ 人口は各年10月1日現在"))]


@pytest.mark.parametrize(("off_edge", "parted"), [(0.0, True), (0.5 * ALIGN_TOL_PT, True), (2.0 * ALIGN_TOL_PT, False)])
def test_lines_alone_set_flush_right_close_no_gap_the_rows_leave(off_edge: float, parted: bool) -> None:
    # a line alone on its line ending at the table's right edge (within ALIGN_TOL_PT) is a cell spanning
    # the table, as one set from its left edge is: the gap between 27.1 and 30.5 stays open; ending
    # short of the edge, the two lines bridge it as text overflowing a cell does
    cols = columns(two_value_columns(TABLE_RIGHT_PT - off_edge))
    value_columns = [c for c in cols if c[0] > 200.0]
    assert (len(value_columns) == 2) is parted

