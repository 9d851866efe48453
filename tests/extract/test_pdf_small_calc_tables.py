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
from extract.pdf.grid import ALIGN_TOL_PT, RawCell, RawTable, Segment, SegLine
from extract.pdf.stitch import COL_TOL_PT, in_order

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


def _cell(page: int, x0: float, x1: float, text: str, top: float) -> RawCell:
    return RawCell(text, (x0, top, x1, top + SIZE_PT), page)


def head_ending_page() -> RawTable:
    """基本的方向 | No. | 項目 | 単位 | 基準値 | 目標値 over two rows, its No. and 項目 columns meeting at 251.3
    (the rows' numbers glued to their names, parted by the edges the page's rows show)."""
    spans = [(54.9, 119.8), (244.5, 251.3), (251.3, 317.5), (349.2, 367.8), (376.2, 454.9), (475.8, 536.9)]
    rows = tuple(tuple(_cell(1, a, b, t, top) for (a, b), t in zip(spans, texts)) for top, texts in [
        (381.4, ["基本的方向", "No.", "項目", "単位", "基準値", "目標値(R4年)"]),
        (396.7, ["健康寿命の延伸", "1", "地域活動参加率", "", "14.8（H29年）", "15.2"]),
        (412.1, ["", "2", "観光消費額", "億円", "80.5（H27年）", "73.0"])])
    edges = (54.9, *((a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])), 536.9)
    return RawTable(1, (54.9, 381.4, 536.9, 422.1), rows, "pdfplumber-text", 1.0, edges)


def lone_row_at_head(joint_x: float) -> RawTable:
    """The row the break left for the next page, its number glued to its name at a joint at joint_x
    (corpus seed 506 kpi_baseline_target in calc_borderless: 3移住相談件数, the joint on the page before's
    edge between No. and 項目)."""
    segs = (Segment("安全・安心なまちづくり", (54.9, 73.8, 143.9, 83.8)), Segment("3移住相談件数", (244.5, 73.8, 308.2, 83.8), ((1, joint_x),)),
            Segment("件", (349.2, 73.8, 358.5, 83.8)), Segment("161（H29年）", (396.7, 73.8, 452.5, 83.8)), Segment("159", (519.2, 73.8, 536.8, 83.8)))
    line = SegLine(segs, (54.9, 73.8, 536.8, 83.8), 2, " ".join(s.text for s in segs))
    row = tuple(RawCell(s.text, s.bbox, 2) for s in segs)
    return RawTable(2, line.bbox, (row,), "pdfplumber-text", 1.0, (), (line,), True)


@pytest.mark.parametrize(("off_pt", "continued"), [(0.5 * COL_TOL_PT, True), (2.0 * COL_TOL_PT, False)])
def test_a_lone_row_glued_at_the_page_befores_column_edge_continues_its_table(off_pt: float, continued: bool) -> None:
    # the joint within COL_TOL_PT of the edge between No. and 項目 parts 3 | 移住相談件数 there, giving
    # the row the page before's six columns; a joint farther off parts nothing, and five cells
    # under six columns continue nothing
    head, tail = head_ending_page(), lone_row_at_head(251.3 + off_pt)
    parted = in_order(head, tail)
    assert (parted is not None) is continued
    if parted is not None:
        assert [c.raw for c in parted.rows[0]] == ["安全・安心なまちづくり", "3", "移住相談件数", "件", "161（H29年）", "159"]
