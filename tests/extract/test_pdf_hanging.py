"""A glyph hung past a cell's right edge (ぶら下げ) glues the cell to the next column's text
(corpus seed 2 kpi_year_matrix-s2-1: 通行量（休日）計画 beside 実績 / 計画 rows)."""

from __future__ import annotations

import pytest

from extract.pdf.grid import Segment, SegLine
from extract.pdf.hanging import closes_below, split_hung_glyphs, split_segment

GLUED = Segment("通行量（休日）計画", (0.0, 0.0, 90.0, 10.0))  # 18 half-widths: 10 pt a wide glyph, 計画 from 70


MATE = (0.0, 50.0, True)  # a segment of another table line in the head's column, ending before 計画


def _at(*xs: float) -> list[tuple[float, float, bool]]:
    """Segments of other table lines starting at xs, beside MATE."""
    return [MATE, *((x, x + 20, True) for x in xs)]


def _line(*segs: Segment, top: float = 0.0) -> SegLine:
    moved = tuple(Segment(s.text, (s.bbox[0], top, s.bbox[2], top + 10)) for s in segs)
    return SegLine(moved, (moved[0].bbox[0], top, moved[-1].bbox[2], top + 10), 1, " ".join(s.text for s in segs))


def test_a_closing_bracket_hung_into_the_next_column_parts_the_segment() -> None:
    parts = split_segment(GLUED, _at(70.5, 70.5))
    assert [p.text for p in parts] == ["通行量（休日）", "計画"]
    assert parts[1].bbox[0] == 70.5 and parts[0].bbox[2] <= 70.5


def test_the_parts_keep_the_joints_inside_them() -> None:
    # 1人（延べ2日）3人（延べ4日）計画: two values wider than their cells glued at a joint (at 35),
    # 計画 hung after them from 70: the head keeps its joint for the columns to part it there
    # (corpus seed 764 kpi_progress in pdf_rules)
    glued = Segment("1人（延べ2日）3人（延べ4日）計画", (0.0, 0.0, 80.0, 10.0), ((8, 35.0), (16, 70.0)))  # 2.5 pt a half-width
    parts = split_segment(glued, _at(70.0, 70.0))
    assert [(p.text, p.joints) for p in parts] == [("1人（延べ2日）3人（延べ4日）", ((8, 35.0),)), ("計画", ())]


def test_a_column_start_a_third_of_a_glyph_off_the_estimate_still_parts_it() -> None:
    assert len(split_segment(GLUED, _at(73.5, 73.5))) == 2


@pytest.mark.parametrize("column, parted", [(70.0, True), (71.0, True), (73.5, False)])
def test_a_segment_alone_on_its_line_parts_only_where_its_tail_starts_in_ems(column: float, parted: bool) -> None:
    # a section heading set solid across the table (（2）移住・定住の促進, 定住の促進 3.3 pt before the
    # 区分 column, corpus seed 509 kpi_year_matrix in pdf_rules, dev7 wordings): alone on its line,
    # its em-wide tail must start its length in ems before its end, within ALIGN_TOL_PT of the column
    assert (len(split_segment(GLUED, _at(column, column), alone=True)) == 2) is parted
    assert len(split_segment(GLUED, _at(column, column))) == 2  # beside other cells of its row: within half a glyph


def test_a_start_three_quarters_of_a_glyph_off_is_another_x() -> None:
    assert len(split_segment(GLUED, _at(77.5, 77.5))) == 1


def test_one_line_starting_there_is_no_column() -> None:
    assert len(split_segment(GLUED, _at(70.0))) == 1


def test_a_bracket_without_text_glued_after_it_stays() -> None:
    assert len(split_segment(Segment("通行量（休日）", (0.0, 0.0, 70.0, 10.0)), _at(70.0, 70.0))) == 1


def test_a_closing_bracket_ending_a_bracket_is_no_tail_of_its_own() -> None:
    # （2025年度（令和7年度）） right-aligned over figures: its last ） sits where they start,
    # yet no cell opens with a closing bracket (corpus seed 59 kpi_baseline_target, html_borderless)
    header = Segment("（令和7年度））", (0.0, 0.0, 80.0, 10.0))  # 16 half-widths: the last ） from 70
    assert len(split_segment(header, _at(70.0, 70.0))) == 1
    assert len(split_segment(Segment("（令和7年度）計", (0.0, 0.0, 80.0, 10.0)), _at(70.0, 70.0))) == 2


def test_page_lines_are_parted_by_the_other_lines_column_starts() -> None:
    lines = [_line(Segment("地域おこし", (0, 0, 50, 10)), Segment("実績", (70, 0, 90, 10)), top=0),
             _line(Segment("力隊員数", (0, 0, 40, 10)), Segment("計画", (70, 0, 90, 10)), top=14),
             _line(GLUED, top=28)]
    out = split_hung_glyphs(lines)
    assert [s.text for s in out[2].segments] == ["通行量（休日）", "計画"]
    assert out[:2] == lines[:2]


def test_a_comma_between_digits_is_a_separator_not_a_hanging_glyph() -> None:
    number = Segment("１，３５９，８４０", (0.0, 0.0, 90.0, 10.0))  # ８４０ estimated at 60
    assert len(split_segment(number, _at(60.0, 60.0))) == 1


def test_a_label_whose_column_mates_run_on_past_the_start_is_one_cell() -> None:
    # 目標値（最終年度）（R8年） on another card's line: the head's column does not end there
    others = [(0.0, 90.0, True), *_at(70.0, 70.0)]
    assert len(split_segment(GLUED, others)) == 1


def _glued(gap_em: float) -> list[Segment]:
    """地域活性化推進 (7 glyphs, none a hanging glyph) and まちづくり推 (6), 10 pt each, gap_em of an em apart, as one
    segment; other lines start at the second cell's column and end the first's before it
    (corpus seed 3 budget_plan_years-s3-0 pdf_rules: both cells wrapped beside each other)."""
    start = 70 + 10 * gap_em
    seg = Segment("地域活性化推進まちづくり推", (0.0, 0.0, start + 60, 10.0))
    return split_segment(seg, [(0.0, 60.0, True), (0.0, 48.0, True), (start, start + 20, True), (start, start + 60, True)])


@pytest.mark.parametrize(("gap_em", "parted"), [(0.15, True), (0.07, False)])  # GLUE_GAP_EM between
def test_two_cells_of_kanji_and_kana_closer_than_a_column_gap_are_parted_at_the_column(gap_em: float, parted: bool) -> None:
    parts = _glued(gap_em)
    assert [p.text for p in parts] == (["地域活性化推進", "まちづくり推"] if parted else ["地域活性化推進まちづくり推"])


def test_a_hung_glyph_that_may_not_open_a_line_parts_its_cell_from_the_next() -> None:
    # ファミリー・ hung its ・ past the name column into the unit column (人 at the column start
    # other rows' units witness): booktabs rendition of sample 000 p8
    seg = Segment("ファミリー・人", (0.0, 0.0, 63.0, 9.0))
    others = [(0.0, 45.0, True), (0.0, 45.0, True), (54.0, 76.5, True), (54.0, 63.0, True)]
    assert [p.text for p in split_segment(seg, others)] == ["ファミリー・", "人"]


def test_a_column_mate_reaching_past_the_start_only_by_its_own_hung_glyph_ends_there() -> None:
    # corpus seed 6 kpi_baseline_target pdf_borderless: （平成28年）で151,71 glued, while the line
    # below holds （平成26年） whose ） hangs 0.5 pt past 年30,342's column start: the mate's line
    # ends before its hung glyph, so the head's column ends at that start.
    lines = [_line(Segment("33,381件", (0, 0, 44, 10)), Segment("年30,342", (53, 0, 97, 10)), top=0),
             _line(Segment("（平成28年）で151,71", (0, 0, 96, 10)), top=12),
             _line(Segment("11,049人", (0, 0, 44, 10)), Segment("10,529人", (53, 0, 97, 10)), top=24),
             _line(Segment("（平成26年）", (0, 0, 53.5, 10)), Segment("で45,512", (53, 0, 94, 10)), top=36)]
    assert [s.text for s in split_hung_glyphs(lines)[1].segments] == ["（平成28年）", "で151,71"]


# 目標値（最終年度）（2023 over 年度）: a header wrapped inside its bracket, （2023 glued after the hung ）
# where the figures' column starts (corpus seed 526 kpi_baseline_target-s526-0, html_borderless)
WRAPPED_HEAD = Segment("目標値（最終年度）（2023", (0.0, 0.0, 120.0, 10.0))  # 24 half-widths of 5 pt: （2023 from 90


def test_a_tail_left_open_whose_bracket_the_next_line_closes_under_the_head_stays() -> None:
    assert len(split_segment(WRAPPED_HEAD, _at(90.0, 90.0), runs_on=True)) == 1
    assert [p.text for p in split_segment(WRAPPED_HEAD, _at(90.0, 90.0))] == ["目標値（最終年度）", "（2023"]


def test_a_closed_tail_is_parted_though_the_next_line_closes_a_bracket() -> None:
    closed = Segment("目標値（最終年度）（2023）", (0.0, 0.0, 130.0, 10.0))  # 26 half-widths: （2023） from 90
    assert len(split_segment(closed, _at(90.0, 90.0), runs_on=True)) == 2


def _below(text: str, x0: float, gap_em: float) -> SegLine:
    return _line(Segment(text, (x0, 0, x0 + 30, 10)), top=10 + gap_em * 10)


@pytest.mark.parametrize(("text", "x0", "gap_em", "closes"), [
    ("年度）", 0.0, 0.0, True),
    ("年度）", 0.0, 0.7, True),  # within WRAP_REACH_EM: still the cell's next line
    ("年度）", 0.0, 1.5, False),  # a line and a half below: another row's
    ("年度）", 1.0, 0.0, True),  # within ALIGN_TOL_PT of the segment's start
    ("年度）", 90.0, 0.0, False),  # under the tail: its own cell's line
    ("年度", 0.0, 0.0, False),  # closes nothing
    ("（年度）", 0.0, 0.0, False),  # opens as many as it closes
])
def test_closes_below_reads_the_next_line_of_the_segments_column(text: str, x0: float, gap_em: float, closes: bool) -> None:
    assert closes_below(WRAPPED_HEAD, [_below(text, x0, gap_em)], 1) is closes


def test_closes_below_reads_no_line_of_another_page() -> None:
    other = _below("年度）", 0.0, 0.0)
    assert not closes_below(WRAPPED_HEAD, [SegLine(other.segments, other.bbox, 2, other.text)], 1)


def test_page_lines_keep_a_header_wrapped_inside_its_bracket_whole() -> None:
    lines = [_line(Segment("KPI", (0, 0, 30, 10)), Segment("12", (90, 0, 110, 10)), top=30),
             _line(Segment("KPI", (0, 0, 30, 10)), Segment("34", (90, 0, 110, 10)), top=44)]
    head = [_line(WRAPPED_HEAD, Segment("目標", (140, 0, 160, 10)), top=0), _line(Segment("年度）", (0, 0, 30, 10)), top=10)]
    assert [s.text for s in split_hung_glyphs([*head, *lines])[0].segments] == ["目標値（最終年度）（2023", "目標"]
    apart = [head[0], _line(Segment("年度）", (90, 0, 120, 10)), top=10)]
    assert [s.text for s in split_hung_glyphs([*apart, *lines])[0].segments] == ["目標値（最終年度）", "（2023", "目標"]


def _heading(next_column: float) -> list[Segment]:
    """見出し・定住の促進 (9 glyphs of 10 pt) across a table whose names end by 30, whose unit column
    starts at 40 (where 定住の促進 would start) and whose next column starts at next_column."""
    others = [(0.0, 30.0, True), (0.0, 20.0, True), (40.0, 50.0, True), (40.0, 48.0, True),
              (next_column, next_column + 20, True), (next_column, next_column + 25, True)]
    return split_segment(Segment("見出し・定住の促進", (0.0, 0.0, 90.0, 10.0)), others)


def test_a_tail_running_on_over_the_next_column_start_is_no_cell_of_its_own() -> None:
    # （2）移住・定住の促進, a section heading across the table: 定住の促進 would start at the unit
    # column but runs on over the figures' columns (corpus seed 711 kpi_year_matrix, html_borderless)
    assert [p.text for p in _heading(60.0)] == ["見出し・定住の促進"]


@pytest.mark.parametrize("next_column", [90.0, 120.0])
def test_a_tail_ending_by_the_next_column_start_is_parted(next_column: float) -> None:
    assert [p.text for p in _heading(next_column)] == ["見出し・", "定住の促進"]


def test_lines_set_one_over_another_are_not_parted_by_glyph_advance() -> None:
    # corpus seed 845 budget_main_projects in pdf_rules: シティプ / ロモーショ / ン事業 wrapped in a
    # narrow column, read as one segment with the figure glued to its middle line; the tail after
    # its ー, placed by advance over all three lines, took ショ and the figure as the next column's,
    # and the name read シティプ
    stacked = Segment("シティプ\nロモーショ４０２，２８４，７３８円\nン事業", (84.0, 223.4, 171.0, 240.4))
    others = [(84.0, 99.0, True), (84.0, 104.0, True), (111.0, 171.0, True), (111.0, 171.0, True)]  # names; figures from 111
    assert split_segment(stacked, others) == [stacked]
    assert [p.text for p in split_segment(GLUED, _at(70.5, 70.5))] == ["通行量（休日）", "計画"]  # one line: parted
