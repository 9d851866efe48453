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
from extract.pdf.borderless import LIFT_GAP_EM, _grow, _header_lines, _heads_next_table, _is_note_line, _lift, build_table, find_borderless, merge_offset_lines
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


def test_a_heading_over_a_header_over_a_section_row_is_not_lifted() -> None:
    # the heading's gap is under a line height of the merged first line (15 pt tall), but the
    # section row （1）子育て環境の充実 under the header is no header line: the header's lines start
    # at KPI, right of the heading, which stays out of the table (lifted, it made a row of one cell)
    merged, _ = merge_offset_lines(table_under_heading(9.9))
    assert merged[1].bbox[3] - merged[1].bbox[1] == pytest.approx(1.5 * SIZE_PT) and 9.9 < LIFT_GAP_EM * 1.5 * SIZE_PT
    assert _lift(merged, 1, 0) == 1
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


def _under_a_heading(section: bool) -> list[SegLine]:
    """（3）地域産業の振興 over a header whose stub 成果指標 is centred beside wrapped headers, over a section row
    （1）移住・定住の促進 set from the body's left edge and a table of one row (corpus seed 784
    kpi_baseline_target in calc_borderless, the held-out signature's twin)."""
    lines = [line(332.7, (55.0, 142.0, "（3）地域産業の振興")),
             line(349.2, (206.1, 236.1, "目標値"), (282.0, 312.0, "目標値"), (348.0, 398.0, "基準年度値")),
             line(364.2, (96.0, 136.0, "成果指標"), (192.2, 249.8, "（令和２年度）"), (268.2, 325.8, "（令和５年度）"),
                  (340.9, 405.1, "（平成３０年度）"), (427.4, 467.1, "国の基準")),
             line(377.5, (212.7, 229.4, "（g）"), (288.7, 305.3, "（g）"), (364.7, 381.3, "（g）")),
             line(395.7, (55.0, 147.1, "（1）移住・定住の促進")),
             line(412.2, (55.0, 174.1, "ごみ排出量（1人1日当たり）"), (243.4, 263.0, "９９３"), (299.1, 329.0, "１，０３４"),
                  (395.5, 415.0, "８７２"), (457.6, 477.6, "９０９"))]
    return lines if section else lines[:4] + lines[5:]


@pytest.mark.parametrize("section", [True, False])
def test_a_section_row_between_the_header_and_the_body_is_no_header_line(section: bool) -> None:
    # counted a header line, the section row widened the header to the page's margin and lifted the
    # heading over it into the table, which then read its one row's name as a figure (3 of 3 wrong)
    lines = _under_a_heading(section)
    assert _header_lines(lines[1:5], lines[5:]) == lines[1:4]
    assert _lift(lines, 1, 0) == 1
    tables, _ = find_borderless(lines, 1, 842.0)
    assert "地域産業" not in " ".join(c.raw for row in tables[0].rows for c in row)
    assert [c.raw for c in tables[0].rows[-1]] == ["ごみ排出量（1人1日当たり）", "９９３", "１，０３４", "８７２", "９０９"]


def test_a_stub_header_alone_on_its_line_over_more_header_lines_is_a_header_line() -> None:
    # KPI centred beside wrapped headers, its line set from the body's edge too: the header's next
    # line of two cells under it keeps it in the header
    lines = [line(110.8, (206.1, 236.1, "策定時"), (282.0, 312.0, "目標値")),
             line(125.8, (55.0, 75.0, "KPI")),
             line(139.0, (205.5, 236.5, "（万人）"), (281.5, 312.5, "（万人）")),
             line(157.3, (55.0, 115.0, "観光入込客数"), (231.6, 263.0, "２６６．９"), (297.6, 329.0, "３４２．５"))]
    assert _header_lines(lines[:3], lines[3:]) == lines[:3]


def _label_centred_on_two_rows(top: float) -> list[SegLine]:
    """健康寿命の延伸, a label centred on two rows beside 結婚・子育ての希望がかなう / と感じる市民の割合 (the name's
    next line at top, the label 3.3 pt lower: merged with it into one line), under a header that
    leaves its column blank; a note, two headings and the next table below (corpus seed 731
    kpi_baseline_target in calc_borderless)."""
    return [line(127.3, (181.2, 201.2, "指標"), (285.1, 337.6, "基準値 (Ｒ５)"), (371.6, 449.3, "計画目標値 (Ｒ１０)"), (468.4, 508.1, "国の基準")),
            line(145.5, (129.7, 249.8, "結婚・子育ての希望がかなう"), (338.1, 368.1, "22.4%", 150.5), (420.9, 450.9, "28.9%", 150.5),
                 (502.1, 523.6, "34.3", 150.5)),
            line(top, (129.7, 213.7, "と感じる市民の割合"), (55.0, 124.7, "健康寿命の延伸", top + 3.3)),
            line(173.7, (129.7, 169.7, "婚姻件数"), (339.1, 368.0, "195件"), (421.9, 450.8, "171件"), (504.7, 523.6, "140")),
            line(205.3, (55.0, 170.1, "※ 現状値の数値はＲ３実績")),
            line(221.7, (55.0, 247.7, "基本目標2 魅力ある観光と交流のまちづくり")),
            line(238.2, (55.0, 147.1, "（2）防災・減災の推進")),
            line(271.2, (84.5, 98.1, "No"), (171.2, 211.2, "評価指標"), (275.1, 347.7, "計画策定時 (Ｒ５)"), (374.4, 446.5, "目標年度値 (Ｒ７)")),
            line(304.2, (121.4, 199.8, "1合計特殊出生率"), (346.6, 368.1, "1.58"), (419.4, 450.9, "1.55※"))]


@pytest.mark.parametrize(("top", "rows"), [(155.5, 4), (150.5 + SIZE_PT, 2)])
def test_a_label_set_half_a_line_into_the_row_above_is_no_heading(top: float, rows: int) -> None:
    # merged with the name's next line, 健康寿命の延伸 | と感じる市民の割合 read as a heading and its title
    # over the next table's rows (its label reaching over № and the names), and ended the table after
    # its first row; overlapping the row above, it is a cell of the table. Set clear of that row (its
    # top at the row's bottom, 160.5 pt) it stands in a band of its own and may head what follows
    merged, _ = merge_offset_lines(_label_centred_on_two_rows(top))
    assert _grow(merged, 0) == rows


def _row_over_notes() -> list[SegLine]:
    """A table's last row at the head of page 2, a note set flush right under it across its last two
    columns (※ 「－」は該当なし, the merged cell's text right-aligned as the № column's), another at the
    margin (corpus seed 732 kpi_baseline_target in calc_borderless)."""
    return [line(73.7, (153.9, 237.2, "7⑦要介護認定率（%）"), (310.5, 330.2, "１５．２"), (382.0, 403.3, "２０．６"),
                 (457.0, 476.3, "１７．９"), (518.8, 540.1, "２０．６")),
            line(87.8, (472.8, 540.1, "※ 「－」は該当なし")),
            line(114.5, (54.8, 162.8, "※ 当初値は2017年度の実績"))]


@pytest.mark.parametrize(("note", "is_note"), [("※ 「－」は該当なし", True), ("「－」は該当なし", False)])
def test_a_note_set_across_two_columns_ends_the_table(note: str, is_note: bool) -> None:
    # read as the row's next line, the note's words joined the last two figures' cells; a line under
    # one column only may be a cell's next line, and a line opening with no note mark is no note
    row, flush_right, _ = _row_over_notes()
    cols = merge_spans(list(row.spans))
    note_line = line(87.8, (472.8, 540.1, note))
    assert _is_note_line(note_line, cols, [row]) is is_note
    assert _is_note_line(line(87.8, (518.8, 540.1, "※ 速報")), cols, [row]) is False
    assert _grow([row, flush_right], 0) == 1


def _joint_header(unit_x: float) -> list[SegLine]:
    """Three headers a spreadsheet glued at joints (計画策定時の値（現状値）(H30（2018）) | 最終目標値（計画最終年度）
    (R03（2021）) | …(R05（2023）)), each a kind and its year, over a line of units centred on them and
    two rows (corpus seed 591 kpi_baseline_target in calc_borderless, dev8 wordings)."""
    head = line(98.7, (57.2, 70.4, "番号"), (85.3, 118.3, "活動指標名"))
    glued = Segment("計画策定時の値（現状値）(H30（2018）) 最終目標値（計画最終年度）(R03（2021）) 最終目標値（計画最終年度）(R05（2023）)",
                    (131.5, 98.7, 494.2, 98.7 + SIZE_PT), ((23, 247.75), (48, 371.76)))
    header = SegLine((head.segments[0], head.segments[1], glued, Segment("類似団体平均", (497.5, 98.7, 537.1, 98.7 + SIZE_PT))),
                     (57.2, 98.7, 537.1, 98.7 + SIZE_PT), 1, "")
    units = line(110.3, (181.3, 196.2, "（ha）"), (unit_x, unit_x + 14.9, "（ha）"), (426.3, 441.2, "（ha）"))
    rows = [line(128.2, (68.9, 73.7, "1"), (73.7, 127.2, "①耕作放棄地面積"), (237.0, 247.1, "7.6"), (356.8, 371.0, "10.1"),
                 (480.9, 495.2, "10.2"), (528.0, 538.0, "9.6")),
            line(139.1, (68.9, 73.7, "2"), (73.7, 120.6, "②森林整備面積"), (232.8, 247.0, "54.0"), (356.8, 371.0, "80.0"),
                 (480.9, 495.2, "70.7"), (523.8, 538.0, "63.3"))]
    return [header, units, *rows]


def test_a_header_glued_at_joints_is_parted_at_no_bracket_over_its_own_next_line() -> None:
    # the unit line (（ha） centred under 最終目標値（計画最終年度）(R03（2021）)) showed a column of its own, in
    # whose gap the bracket after （計画最終年度） stood: parted there, 10.1 fell under (R03（2021）) alone,
    # read as an actual, and its kind's column stood empty. The rows' figures show the columns
    table, _ = build_table(_joint_header(302.3))
    assert table is not None
    assert [c.raw.replace("\n", "") for c in table.rows[0]][2:5] == [
        "計画策定時の値（現状値）(H30（2018）)（ha）", "最終目標値（計画最終年度）(R03（2021）)（ha）", "最終目標値（計画最終年度）(R05（2023）)（ha）"]
    assert [c.raw for c in table.rows[-1]] == ["2", "②森林整備面積", "54.0", "80.0", "70.7", "63.3"]


@pytest.mark.parametrize(("heading", "lifted"), [("基本目標2 魅力ある観光と交流のまちづくり", False), ("目標 魅力ある観光と交流のまちづくり", True),
                                               ("計画策定時（R2） 魅力ある観光と交流のまちづくり", True)])
def test_a_numbered_heading_over_a_card_heads_no_column_of_it(heading: str, lifted: bool) -> None:
    # 基本目標2 over 成果指標, its title over 汚水処理人口普及率 (corpus seed 768 kpi_cards in calc_borderless):
    # lifted as a header row heading both columns, it made one cell with the card's first row
    # (基本目標2成果指標 | 魅力ある…汚水処理人口普及率, the indicator's name lost). Words with no number, or
    # a year for a number (a card's key, corpus seed 799), over the two columns may still be a header's
    lines = [line(202.2, (55.0, 100.0, heading.split()[0]), (105.0, 247.7, heading.split()[1])),
             line(218.8, (55.0, 95.0, "成果指標"), (140.0, 230.1, "汚水処理人口普及率")),
             line(237.0, (55.0, 85.0, "現況値"), (140.0, 258.8, "81.7%（2018年度（平成30")),
             line(247.0, (140.0, 171.0, "年度））")),
             line(265.2, (55.0, 95.0, "到達目標"), (140.0, 149.6, "―"))]
    assert _lift(lines, 1, 0) == (0 if lifted else 1)


def _page_head_rows(above: list[SegLine]) -> list[SegLine]:
    # （2）健康づくりの推進 over two rows at the top of page 2, the table's header on page 1 (corpus seed
    # 922 kpi_baseline_target in calc_borderless)
    return [*above, line(74.0, (55.0, 146.1, "（2）健康づくりの推進")),
            line(90.5, (55.0, 147.6, "耕作放棄地面積（ha）"), (180.0, 237.7, "26.0（2023）"), (419.6, 441.1, "22.7")),
            line(107.0, (55.0, 170.2, "ふるさと納税寄附額（千円）"), (180.0, 256.6, "826,928（2023）"), (432.9, 441.1, "－"))]


@pytest.mark.parametrize(("above", "lifted"), [([line(34.8, (515.0, 541.3, "資料2"))], True), ([line(60.0, (55.0, 200.0, "各施策の進捗状況を検証した。"))], False)])
def test_a_section_row_opening_a_page_opens_the_rows_it_carries_on(above: list[SegLine], lifted: bool) -> None:
    # under nothing but the margin (a running head), the section row opens the table the page break
    # carried on (left out, it opened the page's body as a line of text, and the rows under it, no
    # longer the first thing on the page, continued no table: read as text, 3 values lost); under the
    # page's text it heads nothing of the rows
    tables, _ = find_borderless(_page_head_rows(above), 2, 842.0)
    assert (tables[0].rows[0][0].raw == "（2）健康づくりの推進") is lifted
