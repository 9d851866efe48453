"""Borderless tables whose header or name text overhangs the grid the figures draw (corpus seeds
26, 27, 29 shapes, built by hand in PDF points, top-left origin): a group header wider than the
column it is centred on, a stub header wider than its years, the last line of a name set at the
rows' pitch in a names column after a group column."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import PITCH_TOL_EM, build_table, find_borderless
from extract.pdf.colgaps import MIN_GAP_PT, columns
from extract.pdf.grid import ALIGN_TOL_PT, RawCell, SegLine
from extract.pdf.header_spans import fold_straddling_rows
from tests.extract.test_pdf_borderless_layouts import LINE_PT, ROW_GAP_PT, line, texts


def _centred_group_header(overhang: float) -> list[SegLine]:
    # 達成値 centred over 2021, the middle of three year columns, wider than its figures: each of
    # its ends reaches `overhang` pt into the gap beside 2021 (6 pt wide)
    cols = [(200 + 24 * k, 218 + 24 * k) for k in range(5)]
    mid = cols[2]
    head = line(0, (200, 218, "策定時"), (mid[0] - overhang, mid[1] + overhang, "達成値"))
    years = line(LINE_PT + 7, *((a, b, str(2019 + k)) for k, (a, b) in enumerate(cols)))
    body = [line(ROW_GAP_PT * (r + 2), (44, 150, f"指標{r}"), *((a + 4.5, b, f"{r}{k}3") for k, (a, b) in enumerate(cols)))
            for r in range(2)]
    return [head, years, *body]


@pytest.mark.parametrize("share", [0.5, 0.9])
def test_a_header_centred_on_a_column_and_wider_than_it_closes_no_gap_beside_it(share: float) -> None:
    # the header leaves less than MIN_GAP_PT of each gap open: read as coverage, it would glue
    # 2020 | 2021 | 2022 into one column (783 777 read as one cell, corpus seed 26 pdf_rules)
    lines = _centred_group_header(6 - share * MIN_GAP_PT)
    assert len(columns(lines)) == 6
    table, _ = build_table(lines)
    assert table is not None and texts(table)[1] == ["", "2019", "2020", "2021", "2022", "2023"]


def test_a_header_reaching_across_a_gap_still_spans_the_columns_it_crosses() -> None:
    # the clip holds only while each end stays inside a gap: a header crossing a whole gap spans
    # the columns on both sides (it heads them), as before
    lines = _centred_group_header(10.0)
    assert len(columns(lines)) == 6


def _stub_header_table(stub: tuple[float, float]) -> list[SegLine]:
    # 年 度 centred on both header rows over the years, half a line lower than 実績（確定値）
    # centred over the two indicators; the indicators' line starts right of the years
    group = line(0, (146, 202, "実績（確定値）"), height=8.0)
    head = line(7.3, (*stub, "年 度"), height=8.0)
    names = line(15.8, (75, 195, "①テレワーク施設利用者数（人）"), (201, 273, "②社会増減数（人）"), height=8.0)
    body = [line(30.4 + 14.6 * r, (53.5, 69.5, str(2015 + r)), (175.5, 195.5, f"4,{r}56"), (265.5, 273.5, f"{r}9"), height=8.0)
            for r in range(4)]
    return [group, head, names, *body]


def test_a_stub_header_wider_than_its_years_heads_the_table() -> None:
    tables, used = find_borderless(_stub_header_table((47.0, 67.0)), 1, 842.0)
    assert len(tables) == 1 and len(used) == 7
    assert texts(tables[0])[0][0] == "年 度"


def test_a_line_starting_left_of_the_table_and_centred_past_its_first_column_is_no_stub_header() -> None:
    # centred left of the years' column (a caption set from the margin): not lifted
    tables, used = find_borderless(_stub_header_table((20.0, 50.0)), 1, 842.0)
    assert len(tables) == 1 and "年 度" not in [c for row in texts(tables[0]) for c in row]


def _progress_rows(rest_gap: float) -> list[SegLine]:
    # 基本的方向 | 成果指標 | figures: each name starts at the names' column (125), the group
    # label (関係人口の拡大) sits in the first column; the last name's last line stands alone,
    # rest_gap below the last row
    lines = [line(0, (58, 106, "基本的方向"), (159, 197, "成果指標"), (236, 283, "計画策定時"), (301, 320, "目標"))]
    top = ROW_GAP_PT
    for r, name in enumerate(("移住相談件数（件）", "企業誘致件数（件）", "新規雇用者数（人）")):
        lines.append(line(top, (44, 110, "関係人口の拡大") if r == 0 else (125, 125, ""), (125, 200, name),
                          (236, 249, f"{r}8"), (308, 320, f"{r}2")))
        lines[-1] = SegLine(tuple(s for s in lines[-1].segments if s.text), lines[-1].bbox, 1, lines[-1].text)
        top += ROW_GAP_PT
    last_bottom = lines[-1].bbox[3]
    pitch_gap = lines[-1].bbox[1] - lines[-2].bbox[3]
    lines.append(line(last_bottom + pitch_gap + rest_gap, (125, 223, "と感じる市民の割合（%）")))
    return lines


@pytest.mark.parametrize("off_em, kept", [(0.0, True), (0.5 * PITCH_TOL_EM, True), (2 * PITCH_TOL_EM, False)])
def test_the_rest_of_a_name_at_the_rows_pitch_in_a_names_column_after_a_group_column_stays(off_em: float, kept: bool) -> None:
    lines = _progress_rows(off_em * LINE_PT)
    table, used = build_table(lines)
    assert table is not None and (used == len(lines)) is kept


def test_a_figure_column_line_at_the_rows_pitch_is_no_rest_of_a_name() -> None:
    # a line starting under a figure column's header (目標), not among the names: text after the
    # table, not a name's rest
    lines = _progress_rows(0.0)
    lines[-1] = line(lines[-1].bbox[1], (301 + ALIGN_TOL_PT / 2, 380, "と感じる市民の割合（%）"))
    table, used = build_table(lines)
    assert table is not None and used == len(lines) - 1


def test_a_header_set_inside_one_gap_keeps_its_own_extent() -> None:
    # 目指す値 left-aligned in the gap before its right-aligned figures: both its ends lie in
    # the one gap, so it covers what it covers (no column across the gap to clip it to)
    head = line(0, (54, 99, "指標の名称"), (222.7, 258.7, "目指す値"))
    body = [line(ROW_GAP_PT * (r + 1), (54, 90, f"指標{r}"), (321.7, 335.2, f"1{r}9")) for r in range(3)]
    assert columns([head, *body]) == [(54, 99), (222.7, 258.7), (321.7, 335.2)]


def _header_rows(stub_top: float) -> list[tuple[RawCell, ...]]:
    # 現状値 | 実績 | 計画目標値 (tops at 0), 成果指標 alone on a row at stub_top, the years at 16,
    # a body row at 32: 9 pt lines, five columns 50 pt apart
    def row(top: float, texts: list[str]) -> tuple[RawCell, ...]:
        return tuple(RawCell(t, (50.0 * k, top, 50.0 * k + 40, top + LINE_PT), 1) for k, t in enumerate(texts))
    return [row(0, ["", "現状値", "実績", "", "計画目標値"]), row(stub_top, ["成果指標", "", "", "", ""]),
            row(16, ["", "2015年", "2017年", "2018年", "2021年"]), row(32, ["指標", "1", "2", "3", "4"])]


@pytest.mark.parametrize(("stub_top", "folded"), [(7.5, True), (4.0, True), (18.0, False)])
def test_a_stub_label_between_the_group_headers_and_the_years_joins_the_row_above(stub_top: float, folded: bool) -> None:
    # read on a row of its own, 成果指標 would part 実績 and 計画目標値 from the years they span
    # (corpus seed 65 kpi_year_matrix in pdf_rules); set below the years' middle, it is no such label
    rows = fold_straddling_rows(_header_rows(stub_top))
    assert (len(rows) == 3) is folded
    assert ([c.raw for c in rows[0]] == ["成果指標", "現状値", "実績", "", "計画目標値"]) is folded


@pytest.mark.parametrize("folio", [False, True])
def test_a_folio_under_the_table_keeps_no_header_apart_from_its_figures(folio: bool) -> None:
    # 地域おこし協力隊員数 left-aligned, ending before its right-aligned figures start; the page's
    # - 1 - below the last row, under that header, is no row: the header still heads the figures
    # (corpus seed 39 kpi_transposed in html_borderless)
    lines = [line(0, (54.7, 72.7, "年度"), (102.7, 228.7, "相談員の活動日数"), (261, 351, "地域おこし協力隊員数"))]
    lines += [line(ROW_GAP_PT * (r + 1), (54.7, 90.7, f"20{20 - r}年度"), (235.5, 249, f"4{r}9"), (368.8, 373.3, f"{r}"))
              for r in range(4)]
    if folio:
        lines.append(line(ROW_GAP_PT * 5 + 3, (290, 305, "- 1 -")))
    table, used = build_table(lines)
    assert table is not None and used == 5
    assert texts(table)[0] == ["年度", "相談員の活動日数", "地域おこし協力隊員数"]


def test_a_line_alone_left_of_the_header_is_a_caption_not_a_stub_header() -> None:
    # the same words with no header of the table beside them on their line: a caption set from
    # the margin (歳出予算 over 科目, corpus seed 7 budget_kan_kou in html_borderless)
    lines = _stub_header_table((47.0, 67.0))
    tables, _ = find_borderless(lines[1:], 1, 842.0)
    assert len(tables) == 1 and "年 度" not in [c for row in texts(tables[0]) for c in row]
