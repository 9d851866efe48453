"""A borderless table's horizontal rules frame its lines (extract.pdf.frames): a line inside the rule
closing the table's foot, or the rule opening it, is one of its rows however far from the others it
sits. Lines in PDF points, top-left origin, shaped like the pdf_rules pages they came from (corpus
seeds 585 and 581 kpi_baseline_target)."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import build_table, find_borderless
from extract.pdf.frames import FRAME_PAD_EM, SPAN_TOL_PT, framed_end, framed_start, is_closed, spans
from extract.pdf.grid import RawTable, Segment, SegLine

LINE_PT = 8.5
PAGE_HEIGHT_PT = 842.0


def line(top: float, *segs: tuple[float, float, str], page: int = 1) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + LINE_PT)) for x0, x1, text in segs)
    box = (min(s.bbox[0] for s in segments), top, max(s.bbox[2] for s in segments), top + LINE_PT)
    return SegLine(segments, box, page, " ".join(t for _, _, t in segs))


def texts(table: RawTable) -> list[list[str]]:
    return [[c.raw for c in row] for row in table.rows]


# The last row of a table continued on the next page: its name wrapped under it, 15 pt below its
# first line (wider than a cell's leading), the rule closing the table 3 pt under the wrapped line.
ROW = line(62.9, (44.5, 129.5, "地域の魅力を発信する"), (162.0, 174.8, "569"), (180.8, 193.5, "607"))
WRAP = line(78.1, (44.5, 155.0, "イベントへの参加者数（人）"))
NOTE = line(96.8, (42.0, 214.0, "※ 端数処理のため合計が一致しない場合がある"))
TOP_RULE = (59.4, 42.0, 196.0)


def foot_rule(pad_em: float) -> tuple[float, float, float]:
    return (WRAP.bbox[3] + pad_em * LINE_PT, 42.0, 196.0)


@pytest.mark.parametrize("pad_em, taken", [(0.4, True), (0.7, True), (0.8, False), (1.5, False)])
def test_a_line_inside_the_rule_closing_a_table_is_its_row(pad_em: float, taken: bool) -> None:
    lines = [ROW, WRAP, NOTE]
    assert framed_end(lines, 0, 1, [TOP_RULE, foot_rule(pad_em)]) == (2 if taken else 1)


def test_a_note_inside_the_frame_is_left_to_the_notes() -> None:
    note = line(78.1, (42.0, 150.0, "※ 参考値"))
    assert framed_end([ROW, note], 0, 1, [TOP_RULE, foot_rule(0.4)]) == 1


def test_a_line_reaching_past_the_rule_is_not_framed() -> None:
    wide = line(78.1, (44.5, 190.0 + 2 * SPAN_TOL_PT + 10, "イベントへの参加者数（人）を含めた長い文"))
    assert framed_end([ROW, wide], 0, 1, [TOP_RULE, foot_rule(0.4)]) == 1


@pytest.mark.parametrize("reach, spanned", [(2.0, True), (5.0, False)])  # pt short of the line's ends
def test_a_rule_spans_a_line_reaching_its_ends_within_the_tolerance(reach: float, spanned: bool) -> None:
    assert spans((0.0, 50.0 + reach, 150.0 - reach), (50.0, 0.0, 150.0, 9.0)) is spanned


def test_a_table_closed_by_its_rule_keeps_its_last_wrapped_line() -> None:
    lines = [ROW, WRAP]
    assert is_closed(lines, [foot_rule(0.4)])
    assert not is_closed(lines, [foot_rule(2 * FRAME_PAD_EM)])
    table, used = build_table(lines, small_ok=True, framed=True)
    assert table is not None and used == 2
    assert texts(table)[-1][0] == "イベントへの参加者数（人）"
    table, used = build_table(lines, small_ok=True)
    assert table is not None and used == 1  # unframed, a line under the last row is running text


def test_find_borderless_takes_the_framed_wrap_and_leaves_the_note() -> None:
    tables, used = find_borderless([ROW, WRAP, NOTE], 2, PAGE_HEIGHT_PT, row_rules=[TOP_RULE, foot_rule(0.4)])
    assert len(tables) == 1 and used == [0, 1]
    tables, used = find_borderless([ROW, WRAP, NOTE], 2, PAGE_HEIGHT_PT)
    assert used == [0]


# A continuation opening with a group heading, 7.6 pt above the first row, the rule opening the
# table 4.4 pt over the heading.
HEADING = line(49.4, (44.5, 133.8, "（2）健康づくりの推進"))
BODY = [line(65.5 + 15.2 * k, (44.5, 48.8, str(k + 3)), (59.0, 152.5, name), (163.8, 193.5, "4,171人"), (243.8, 273.5, "4,978人"))
        for k, name in enumerate(("③関係人口（登録者数）", "④生産年齢人口", "⑤放課後児童クラブ"))]


@pytest.mark.parametrize("pad_em, taken", [(0.5, True), (0.7, True), (0.8, False), (1.5, False)])
def test_a_line_inside_the_rule_opening_a_table_is_its_row(pad_em: float, taken: bool) -> None:
    rule = (HEADING.bbox[1] - pad_em * LINE_PT, 42.0, 276.0)
    lines = [HEADING, *BODY]
    assert framed_start(lines, 1, len(lines), 0, [rule]) == (0 if taken else 1)
    assert framed_start(lines, 1, len(lines), 1, [rule]) == 1  # a line another table took stays its


def test_a_rule_between_the_line_and_the_table_leaves_the_line_out() -> None:
    lines = [HEADING, *BODY]
    rules = [(HEADING.bbox[1] - 2.0, 42.0, 276.0), (HEADING.bbox[3] + 2.0, 42.0, 276.0)]
    assert framed_start(lines, 1, len(lines), 0, rules) == 1


# Stacked headers set half a line off the others (corpus seed 515 budget_main_projects in pdf_rules,
# wordings dev8): 令和 7 年 / 度 over 予算額（A）, the 度 line reaching 2.3 pt below the top of the
# table's first line, all under the rule opening the table.
YEAR = line(90.9, (214.6, 255.1, "令和 7 年"), (265.5, 306.0, "令和 8 年"))
YEAR_END = line(101.7, (230.4, 239.4, "度"), (281.2, 290.2, "度"))
AMOUNT = line(YEAR_END.bbox[3] - 2.3, (210.1, 310.5, "予算額（A）予算額（A）"))
HEAD_BODY = [line(AMOUNT.bbox[1] + 15.2 * (k + 1), (44.5, 86.5, "建設課"), (230.8, 257.8, v), (281.6, 308.6, v))
             for k, v in enumerate(("37,289", "45,801"))]


def test_a_header_line_reaching_into_the_first_line_is_framed_above_it() -> None:
    rule = (87.3, 42.0, 565.3)
    lines = [YEAR, YEAR_END, AMOUNT, *HEAD_BODY]
    assert framed_start(lines, 2, len(lines), 0, [rule]) == 0
    low = line(AMOUNT.bbox[3] + 1.0, (230.4, 239.4, "度"))  # a line ending below the first line's foot is not above it
    assert framed_start([YEAR, low, AMOUNT, *HEAD_BODY], 2, len(lines), 0, [rule]) == 2
