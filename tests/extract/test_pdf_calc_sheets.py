"""Spreadsheets printed without rules: one-row tables, cells glued to their neighbours, header lines
set half a line apart (extract.pdf.borderless, extract.pdf.pdfplumber_adapter).

Lines are built by hand in PDF points (top-left origin), shaped like LibreOffice Calc's prints of
kpi_baseline_target tables (corpus seeds named in each test, calc_borderless): IPA PGothic, header
cells centred in their rows, so a header line half a line off its neighbours is merged with them
(merge_offset_lines) into one taller line.
"""

from __future__ import annotations

import pytest

from extract.pdf import cells, figure_rows, pdfplumber_adapter
from extract.pdf.pieces import Piece
from extract.pdf.borderless import LIFT_GAP_EM, _heads_next_table, _lift, build_table, find_borderless, merge_offset_lines
from extract.pdf.colgaps import merge_spans
from extract.pdf.grid import Segment, SegLine

SIZE_PT = 10.0


def line(top: float, *segs: tuple[float, float, str] | tuple[float, float, str, float], height: float = SIZE_PT) -> SegLine:
    """A line of segments (x0, x1, text[, the segment's own top when set half a line off])."""
    segments = tuple(Segment(s[2], (s[0], s[3] if len(s) > 3 else top, s[1], (s[3] if len(s) > 3 else top) + height))  # type: ignore[misc]
                     for s in segs)
    box = (min(s.bbox[0] for s in segments), min(s.bbox[1] for s in segments),
           max(s.bbox[2] for s in segments), max(s.bbox[3] for s in segments))
    return SegLine(segments, box, 1, " ".join(s.text for s in segments))


def table_under_heading(gap: float) -> list[SegLine]:
    """（3）防災・減災の推進 gap pt over a header whose first line (目標 | 目標値（最終年度）) stands half a
    line above 基準年度値, a one-row table below (corpus seed 940 kpi_baseline_target)."""
    top = 120.8 + gap
    return [line(110.8, (55.0, 147.1, "（3）防災・減災の推進")),
            line(top, (371.3, 391.3, "目標"), (406.8, 487.8, "目標値（最終年度）")),
            line(top + 5.0, (285.3, 335.3, "基準年度値")),
            line(top + 10.0, (192.1, 207.7, "KPI"), (369.9, 392.7, "R7年"), (435.9, 458.7, "R9年"), (497.8, 527.8, "県平均")),
            line(top + 15.0, (289.8, 330.8, "（事業者）")),
            line(top + 20.0, (360.8, 401.8, "（事業者）"), (426.8, 467.8, "（事業者）")),
            line(top + 40.0, (55.0, 150.8, "（1）子育て環境の充実")),
            line(top + 63.2, (55.0, 133.4, "子育て支援の充実"), (138.4, 255.1, "六次産業化に取り組む事業", top + 58.2),
                 (263.4, 308.7, "１６（R3年）"), (391.6, 403.3, "１４"), (477.6, 489.3, "１０"), (522.6, 534.3, "１４")),
            line(top + 68.2, (138.4, 189.4, "者数（累計）"))]


def test_a_table_the_lines_lifted_over_it_break_stands_as_it_opened() -> None:
    # lifted, the heading (its gap under a line height of the merged first line, 15 pt tall) makes
    # a row of one cell, and the table fails: it stands from its first line, the header whole
    merged, _ = merge_offset_lines(table_under_heading(9.9))
    assert merged[1].bbox[3] - merged[1].bbox[1] == pytest.approx(1.5 * SIZE_PT) and 9.9 < LIFT_GAP_EM * 1.5 * SIZE_PT
    assert _lift(merged, 1, 0) == 0
    tables, _ = find_borderless(table_under_heading(9.9), 1, 842.0)
    header = " ".join(c.raw for row in tables[0].rows[:2] for c in row)
    assert "目標値（最終年度）" in header and "基準年度値" in header
    assert "防災" not in header


def _under_stated_year_header(joint: bool) -> tuple[list[SegLine], SegLine]:
    # KPI指標名 | 単位 | 目標（計画最終年度） (令和 10 年度) | 基準年度の実績値 over （1）防災・減災の推進 and
    # rows whose target and baseline a spreadsheet glued: 81.058.8（令和 5 年度） (corpus seed 968
    # kpi_baseline_target, dev8 wordings); the header's (令和 10 年度) holds a number
    header = line(188.0, (84.1, 118.8, "KPI指標名"), (160.3, 175.5, "単位"), (188.8, 309.2, "目標（計画最終年度） (令和 10 年度)"),
                  (336.9, 397.5, "基準年度の実績値"), height=7.7)
    heading = line(200.6, (54.7, 124.6, "（1）防災・減災の推進"), height=7.7)
    rows = []
    for top, name, unit, glued in ((213.1, "①スポーツ施設利用者数", "万人回/年", "81.058.8（令和 5 年度）"),
                                   (225.6, "②森林整備面積", "ha", "42.659.8（令和 3 年度）")):
        row = line(top, (54.7, 135.3, name), (149.7, 183.9, unit), (293.9, 375.9, glued), height=7.7)
        last = row.segments[-1]
        glued_seg = Segment(last.text, last.bbox, ((4, 311.0),) if joint else ())
        rows.append(SegLine((*row.segments[:-1], glued_seg), row.bbox, 1, row.text))
    return [header, heading, *rows], heading


@pytest.mark.parametrize(("joint", "heads"), [(True, False), (False, True)])
def test_figures_glued_at_a_joint_make_a_body_row_no_next_table_header(joint: bool, heads: bool) -> None:
    lines, heading = _under_stated_year_header(joint)
    cols = merge_spans(list(lines[0].spans))
    assert _heads_next_table(lines[:1], heading, lines[2:], cols) is heads


def _one_row(head: tuple[tuple[float, float, str], ...]) -> list[list[str]] | None:
    # 関係人口の拡大 | 1 | ふるさと納税寄附額 | 83,409（令和3年度） | 46,593 under No. | 評価指標 | 策定時 |
    # 計画目標値(令和10年度) (corpus seed 873 kpi_baseline_target): the stub column has no header
    header = line(225.5, *head, height=8.4)
    row = line(239.3, (54.8, 113.3, "関係人口の拡大"), (236.9, 243.0, "1"), (243.0, 316.7, "ふるさと納税寄附額"),
               (316.7, 395.6, "83,409（令和3年度）"), (465.5, 494.2, "46,593"), height=8.4)
    table, _ = build_table([header, row])
    return None if table is None else [[c.raw for c in r] for r in table.rows]


def test_a_header_leaving_the_stub_column_blank_stands_over_one_row() -> None:
    rows = _one_row(((193.8, 207.5, "No."), (263.7, 297.3, "評価指標"), (345.9, 371.1, "策定時"), (401.1, 492.9, "計画目標値(令和10年度)")))
    assert rows is not None and rows[1] == ["関係人口の拡大", "1", "ふるさと納税寄附額", "83,409（令和3年度）", "46,593"]


def test_a_header_leaving_an_inner_column_blank_is_no_header_over_one_row() -> None:
    assert _one_row(((54.8, 113.3, "基本的方向"), (193.8, 207.5, "No."), (263.7, 297.3, "評価指標"), (401.1, 492.9, "計画目標値"))) is None


def char(text: str, x0: float, x1: float, size: float = 4.7) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": 0.0, "bottom": size, "size": size, "upright": True}


@pytest.mark.parametrize(("space", "joint"), [(True, True), (False, False)])
def test_a_unit_a_word_space_after_its_figure_is_glued_to_the_next_cell_at_a_joint(space: bool, joint: bool) -> None:
    # 62.6 % | ⑥高齢化率 (corpus seed 883 kpi_baseline_target at 4.7 pt): the unit set a word space
    # after its figure, the next cell's name 0.2 em on; the space drawn before % tells nothing of the
    # run's spacing, the name after the break is set solid. Without a space drawn, the 1.3 pt before %
    # is letter spacing, and no joint is proved
    line_chars = [char("6", 212.9, 215.85), char("%", 217.19, 221.19), char("⑥", 222.2, 226.9), char("高", 226.9, 231.6)]
    spaces = [char(" ", 215.89, 217.16)] if space else []
    assert pdfplumber_adapter._is_joint(line_chars, 2, spaces) is joint


@pytest.mark.parametrize(("head", "heads"), [("令和 5 年度目標（計画最終年度）", True), ("令和5年度目標 5", False)])
def test_a_header_stating_its_year_with_spaces_heads_the_row_below(head: str, heads: bool) -> None:
    # KPI指標名 | 基準（策定時） | 令和 5 年度目標（計画最終年度） over 農業産出額 | 11,826（平成 29 年度） |
    # 13,909 (corpus seed 964 kpi_baseline_target, dev8 wordings): the year's 5 is no value; a figure is
    above = line(143.8, (58.7, 104.3, "KPI指標名"), (132.5, 193.5, "基準（策定時）"), (219.6, 362.3, head))
    row = line(160.2, (55.0, 107.5, "農業産出額"), (107.5, 213.1, "11,826（平成 29 年度）"), (329.8, 363.9, "13,909"))
    cols = [(55.0, 107.5), (107.5, 213.1), (219.6, 363.9)]
    assert cells._heads_line(above, row, cols) is heads


@pytest.mark.parametrize(("baseline", "cut"), [("31.2 %※", False), ("31.2", True)])
def test_a_line_beside_a_figure_under_a_whole_one_opens_a_row_no_numbers_rest(baseline: str, cut: bool) -> None:
    # 1 over 2 under a one-glyph № (each digit filling its column: a number cut, read alone) beside
    # 31.2 %※ over 1,157 人 (corpus seed 806 kpi_baseline_target): no digits go on 31.2 %※, so 1,157 人
    # starts its cell and its line a row; under 31.2, digits might go on, and the cut stands
    head = [Piece("№", (171.0, 135.5, 181.0, 145.5), 0, 1)]
    body = [Piece("1", (171.7, 160.3, 179.0, 170.3), 0, 1), Piece("2", (171.7, 176.7, 179.0, 186.7), 0, 1),
            Piece("がん検診受診率", (179.0, 160.3, 249.0, 170.3), 1, 1), Piece("転入者数", (179.0, 176.7, 219.0, 186.7), 1, 1),
            Piece(baseline, (253.9, 160.3, 296.6, 170.3), 2, 1), Piece("1,157 人", (253.9, 176.7, 294.4, 186.7), 2, 1)]
    assert figure_rows._stacks_cut_number(body, head) is cut
