"""Borderless table structure on layouts other engines produce (corpus seeds 1-3 shapes, built
by hand in PDF points, top-left origin): tables apart, columns nearly touching, a label in two
lines with its values centred on it, a group header beside a header of one column."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.pdf.borderless import _is_body_word, _lift, build_table, find_borderless, header_band, widen_to_header, widen_under_headers, with_header_columns
from extract.pdf.cells import CELL_GAP_EM, line_pieces
from extract.pdf.colgaps import MIN_GAP_PT, _is_group_header, columns
from extract.pdf.header_spans import SPAN_CENTRE_TOL
from extract.pdf.grid import ALIGN_TOL_PT, RawCell, RawTable, Segment, SegLine
from extract.pdf.header_spans import EDGE_ALIGN_EM, lift_straddling_labels
from extract.pdf.stitch import stacked, within_columns

LINE_PT = 9.0
ROW_GAP_PT = 16.0


def line(top: float, *segs: tuple[float, float, str], height: float = LINE_PT) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + height)) for x0, x1, text in segs)
    box = (min(s.bbox[0] for s in segments), top, max(s.bbox[2] for s in segments), top + height)
    return SegLine(segments, box, 1, " ".join(t for _, _, t in segs))


def texts(table: RawTable) -> list[list[str]]:
    return [[c.raw for c in row] for row in table.rows]


def _matrix(top: float, years: list[str], x0: float) -> list[SegLine]:
    cols = [(x0 + 50 * k, x0 + 40 + 50 * k) for k in range(len(years))]
    head = line(top, (44, 80, "評価指標"), *((a, b, y) for (a, b), y in zip(cols, years)))
    body = [line(top + ROW_GAP_PT * (r + 1), (44, 100, f"指標{r}"), *((b - 20, b, f"{r}{k}5") for k, (a, b) in enumerate(cols)))
            for r in range(2)]
    return [head, *body]


def test_a_note_and_a_heading_between_two_tables_keep_them_apart() -> None:
    # A note under the first table and a heading over the second, whose header holds years,
    # not data: neither is a section row, so the second table's columns are its own.
    first = _matrix(0, ["2015年度", "2018年度", "2019年度"], 120)
    note = line(3 * ROW_GAP_PT + 2, (42, 200, "※ 端数処理のため合計が一致しない場合がある"), height=8.0)
    heading = line(3 * ROW_GAP_PT + 16, (42, 230, "基本目標2 魅力ある観光と交流のまちづくり"), height=10.5)
    second = _matrix(3 * ROW_GAP_PT + 34, ["2014年度", "2016年度", "2017年度", "2018年度"], 110)
    tables, _ = find_borderless([*first, note, heading, *second], 1, 842.0)
    assert [len(t.rows) for t in tables] == [3, 3]
    assert texts(tables[1])[0] == ["評価指標", "2014年度", "2016年度", "2017年度", "2018年度"]


def test_columns_touched_by_one_wide_value_and_one_long_label_stay_apart() -> None:
    # 1人1日当たり） ends at 100.5, 635,710千円 starts at 100.8: the 0.3 pt between them closes,
    # yet each of the two lines alone covers its side of the gap: a valley, not a column.
    rows = [line(ROW_GAP_PT * k, (44, 92, f"指標{k}"), (125, 172, f"{k},834人"), (203, 250, f"{k},969人")) for k in range(6)]
    rows += [line(ROW_GAP_PT * 6, (44, 100.5, "1人1日当たり）")),
             line(ROW_GAP_PT * 7, (44, 92, "ふるさと納税"), (100.8, 172, "635,710千円"), (179, 250, "874,424千円"))]
    assert len(columns(rows)) == 3


def test_a_label_in_two_lines_beside_its_centred_values_is_one_cell() -> None:
    # No line of the label looks full (a section heading widens the column), but its two lines
    # are set 1.6 pt apart, closer than any two rows, with the values centred on both.
    lines = [line(0, (44, 90, "項目"), (125, 172, "2023年"), (203, 250, "2022年")),
             line(ROW_GAP_PT, (44, 128, "（1）子育て環境の充実"))]
    for k, (first, second) in enumerate((("テレワーク施", "設利用者数"), ("ごみ排出量（", "1人1日当たり）"))):
        top = (2 + 2 * k) * ROW_GAP_PT
        lines += [line(top, (44, 92, first)),
                  line(top + (LINE_PT + 1.6) / 2, (125, 172, f"1,{k}34人"), (203, 250, f"1,{k}69人")),
                  line(top + LINE_PT + 1.6, (44, 92, second))]
    table, _ = build_table(lines)
    assert table is not None
    assert [r[0] for r in texts(table)[2:]] == ["テレワーク施設利用者数", "ごみ排出量（\n1人1日当たり）"]


def test_a_group_header_spans_its_columns_beside_a_header_of_one_column() -> None:
    # 計画目標値 centred over five year columns; 基準年度値 over the sixth alone. The fifth is
    # nearer to 基準年度値, yet only 計画目標値 can span it.
    cols = [(125 + 78 * k, 172 + 78 * k) for k in range(6)]
    centre = (cols[0][0] + cols[4][1]) / 2
    lines = [line(0, (60, 78, "項目"), (centre - 20, centre + 20, "計画目標値"), (cols[5][0] + 15, cols[5][1] - 5, "基準年度値")),
             line(LINE_PT + 7, *((a, a + 24, f"{2023 - k}年") for k, (a, b) in enumerate(cols))),
             *(line(ROW_GAP_PT * (r + 2), (44, 92, f"指標{r}"), *((a, b, f"{r},{k}34人") for k, (a, b) in enumerate(cols)))
               for r in range(3))]
    table, _ = build_table(lines)
    assert table is not None
    assert [(c.raw, c.col_span) for c in table.rows[0]] == [
        ("項目", 1), ("計画目標値", 5), ("", 1), ("", 1), ("", 1), ("", 1), ("基準年度値", 1)]


def test_a_left_aligned_header_does_not_span_by_its_centre_into_a_rivals_columns() -> None:
    # 目標値 and 実績 set flush with their first columns (an HTML engine's th, left-aligned): 実績's
    # centre happens to sit over 2023 … 2021, but 2021 is nearer 計画策定時; 2023 stays 目標値's.
    cols = [(156.7 + 48 * k, 192.7 + 48 * k) for k in range(6)]
    head = line(0, (54.7, 90.7, "評価指標"), (cols[0][0], cols[0][0] + 27, "目標値"), (cols[3][0], cols[3][0] + 18, "実績"),
                (cols[5][0], cols[5][0] + 45, "計画策定時"))
    years = line(ROW_GAP_PT, *((a, a + 18, str(y)) for (a, b), y in zip(cols, (2025, 2024, 2023, 2022, 2021, 2014))))
    body = [line(ROW_GAP_PT * (r + 2), (54.7, 144.7, f"指標{r}"), *((a, b, f"{r}{k}.5") for k, (a, b) in enumerate(cols)))
            for r in range(2)]
    table, _ = build_table([head, years, *body])
    assert table is not None
    spans = {c.raw: c.col_span for c in table.rows[0] if c.raw}
    assert spans["実績"] < 3


def test_rows_holding_only_a_later_column_continue_the_table() -> None:
    # 内容 run on below each record on rows of their own (a row gap apart, label left blank):
    # they are the table's rows, not running text, which would start at the first column.
    lines = [line(0, (45, 58, "No."), (112, 180, "主な事業"), (222, 298, "予算額"), (459, 519, "内容"))]
    for r in range(3):
        top = ROW_GAP_PT * (1 + 3 * r)
        lines += [line(top, (45, 49, str(r + 1)), (112, 180, f"事業{r}"), (222, 298, f"{r}億1,440万円"), (459, 561, "移住希望者への相談対応及")),
                  line(top + ROW_GAP_PT, (459, 561, "び住宅取得費の一部を補助")),
                  line(top + 2 * ROW_GAP_PT, (459, 476, "する"))]
    table, used = build_table(lines)
    # the last record's run-on: its first line is the rest of the 内容 cut at the rows' pitch (the
    # two read as one noun phrase), the second (…補助 / する) as far below it as every record's
    # third line sits below its second (borderless._at_cell_leading): the cell's, not text after
    assert table is not None and used == len(lines)


def _flush_left_matrix(offset: float, section: bool = False, second: bool = True, stub_below: bool = False) -> RawTable:
    """評価指標 | 目標値 over 2023 … 2019 | 達成値 over 2018 | 2017, each header set `offset` pt right
    of its first column's start; columns 27 pt wide, so 達成値 is as wide as 2018年 and its
    centre sits over 2019 … 2017 too. stub_below: 評価指標 set level with the years."""
    cols = [(183.7 + 39 * k, 210.7 + 39 * k) for k in range(7)]
    heads = [(cols[0][0] + offset, cols[0][1] + offset, "目標値"), (cols[5][0] + offset, cols[5][1] + offset, "達成値")]
    stub = (54.7, 90.7, "評価指標")
    head = line(0, *([] if stub_below else [stub]), *heads[:2 if second else 1])
    years = line(ROW_GAP_PT, *([stub] if stub_below else []), *((a, b, f"{2023 - k}年") for k, (a, b) in enumerate(cols)))
    heading = [line(2 * ROW_GAP_PT, (54.7, 240.0, "（1）子育て環境の充実"))] if section else []
    top = (3 if section else 2) * ROW_GAP_PT
    body = [line(top + ROW_GAP_PT * r, (54.7, 90.7, f"指標{r}"), *((b - 18, b, f"{r}{k}.5") for k, (a, b) in enumerate(cols)))
            for r in range(3)]
    table, _ = build_table([head, years, *heading, *body])
    assert table is not None
    return table


@pytest.mark.parametrize(("offset", "spans"), [(1.0, {"目標値": 5, "達成値": 2}), (2.5, {"目標値": 1, "達成値": 3})])
def test_headers_set_flush_left_span_the_columns_after_them(offset: float, spans: dict[str, int]) -> None:
    # An HTML th with colspan, left-aligned: each header starts where its first column starts
    # (within ALIGN_TOL_PT 1.5 pt: 1.0 is, 2.5 is not) and spans the sub-headers after it left
    # blank above, up to the next header; 達成値's centre over 2019 … 2017 says nothing.
    assert ALIGN_TOL_PT / 2 < 1.0 < ALIGN_TOL_PT < 2.5 < 2 * ALIGN_TOL_PT
    assert {c.raw: c.col_span for c in _flush_left_matrix(offset).rows[0] if c.raw} == {"評価指標": 1, **spans}


def test_headers_set_flush_left_beside_a_stub_header_level_with_the_years_span_the_columns_after_them() -> None:
    # corpus seed 2 kpi_year_matrix-s2-2 html_borderless: 指標名 (rowspan 2) is set level with the
    # years; it heads the label column, no year left without a header to its left
    table = _flush_left_matrix(1.0, stub_below=True)
    assert {c.raw: c.col_span for c in table.rows[0] if c.raw} == {"目標値": 5, "達成値": 2}


def test_a_section_heading_does_not_widen_the_column_a_header_is_flush_with() -> None:
    # （1）子育て環境の充実 starts at the label column and runs into 2023年's: a row of one cell
    # says nothing of where 2023年's column starts, so 目標値 is still flush with it.
    table = _flush_left_matrix(1.0, section=True)
    assert {c.raw: c.col_span for c in table.rows[0] if c.raw} == {"評価指標": 1, "目標値": 5, "達成値": 2}


def test_a_heading_looks_past_a_label_wrapped_over_many_lines_in_the_first_column() -> None:
    # A label column squeezed to two glyphs: テレ / ワー / ク施 / 設利 … at the leading, its values
    # centred on it four lines below the heading (1)子育て環境の充実: still one table.
    cols = [(100 + 50 * k, 140 + 50 * k) for k in range(3)]
    head = [line(0, (54.7, 72.7, "項目"), *((a, b, f"{2023 - k}年") for k, (a, b) in enumerate(cols))),
            line(ROW_GAP_PT, (54.7, 72.7, "指標"), *((b - 20, b, f"1{k}人") for k, (a, b) in enumerate(cols)))]
    heading = line(2 * ROW_GAP_PT, (54.7, 149.2, "（1）子育て環境の充実"))
    label = [line(3 * ROW_GAP_PT + LINE_PT * k, (54.7, 72.7, part)) for k, part in enumerate(["テレ", "ワー", "ク施", "設利"])]
    values = line(3 * ROW_GAP_PT + LINE_PT * 3.5, *((b - 30, b, f"2,{k}34人") for k, (a, b) in enumerate(cols)))
    tables, used = find_borderless([*head, heading, *label[:3], values, label[3]], 1, 842.0)
    assert len(tables) == 1 and 2 in used


def test_one_header_flush_with_its_column_is_no_flush_left_row() -> None:
    # 目標値 alone, as wide as 2023年 and starting where it starts: it may as well be centred on
    # it (MIN_FLUSH_HEADS 2), so it spans nothing by its alignment.
    assert {c.raw: c.col_span for c in _flush_left_matrix(1.0, second=False).rows[0] if c.raw} == {"評価指標": 1, "目標値": 1}


def test_labels_centred_across_both_header_rows_head_their_columns_alone() -> None:
    # corpus seed 8 kpi_baseline_target html_borderless p3: № | 評価指標 | 単位 centred on the
    # band of both header rows, 基準年度値 flush over (2023年度（令和5年度）) beside them. The labels
    # go to the upper row, so 基準年度値 cannot span 単位 by its centre (億円 read as its value).
    years = [(230.3, 315.8, "（2023年度（令和5年"), (336.5, 422.0, "（2026年度（令和8年"), (442.8, 532.8, "（2028年度（令和10年")]
    lines = [line(46.2, (230.3, 275.3, "基準年度値"), (336.5, 372.5, "到達目標"), (442.8, 478.8, "到達目標")),
             SegLine((*(Segment(t, (a, 57.2, b, 66.2)) for a, b, t in ((54.7, 63.7, "№"), (75.7, 111.7, "評価指標"), (183.6, 201.6, "単位"))),
                      *(Segment(t, (a, 59.2, b, 68.2)) for a, b, t in years)), (54.7, 57.2, 532.8, 68.2), 1),
             line(68.2, *((a, a + 27, "度））") for a, _, _ in years)),
             *(line(94.2 + 22 * r, (54.7, 59.2, str(r + 1)), (75.7, 129.7, f"指標{r}"), (183.6, 201.6, "億円"),
                    (230.3, 248.3, f"2{r}.7"), (412.8, 430.8, f"2{r}.4"), (522.6, 540.6, f"1{r}.8")) for r in range(3))]
    table, _ = build_table(lines)
    assert table is not None
    assert [(c.raw, c.col_span) for c in table.rows[0]] == [
        ("№", 1), ("評価指標", 1), ("単位", 1), ("基準年度値", 1), ("到達目標", 1), ("到達目標", 1)]
    assert [c.raw for c in table.rows[1]][:3] == ["", "", ""]


def _header_cell(text: str, x0: float, top: float, lines: int = 1) -> RawCell:
    return RawCell(text, (x0, top, x0 + 30, top + LINE_PT * lines), 1)


@pytest.mark.parametrize(("off_em", "lifted"), [(0.07, False), (0.15, True)])
def test_a_label_level_with_a_sub_header_stays_in_its_row(off_em: float, lifted: bool) -> None:
    # 実績 over a sub-header of three lines (11 … 38), a label beside it 0.07 or 0.15 of a line
    # below the sub-header's top: within EDGE_ALIGN_EM 0.1 it is set at the top of its row (it
    # stays); further down, nearer the middle of both rows than of its own, it spans both.
    assert EDGE_ALIGN_EM / 2 < 0.07 < EDGE_ALIGN_EM < 0.15 < 2 * EDGE_ALIGN_EM
    rows = [(_header_cell("", 10, 0), _header_cell("実績", 60, 0)),
            (_header_cell("年度", 10, 11 + off_em * LINE_PT), _header_cell("事業者数", 60, 11, lines=3)),
            (_header_cell("R1", 10, 50), _header_cell("41", 60, 50))]
    out = lift_straddling_labels(rows)
    assert (out[0][0].raw, out[1][0].raw) == (("年度", "") if lifted else ("", "年度"))


def test_a_lone_group_header_in_a_header_set_flush_left_spans_its_sub_headers() -> None:
    # corpus seed 6 budget_main_projects html_borderless: 財源内訳 set flush over 国庫 | 地方債 |
    # その他 | 一般財源, each flush left in a column of right-aligned amounts wider than itself
    # (as 増減額 beside them): the header row is set flush left, so 財源内訳 spans all four, not
    # the two its centre sits over.
    cols = [(160 + 45 * k, 196 + 45 * k) for k in range(4)]
    lines = [line(0, (55, 90, "事業名"), (110, 137, "増減額"), (160, 232, "財源内訳（千円）"), (350, 386, "事業概要")),
             line(ROW_GAP_PT, *((a, a + 24, t) for (a, b), t in zip(cols, ("国庫", "地方債", "その他", "一般財源")))),
             *(line(ROW_GAP_PT * (r + 2), (55, 100, f"事業{r}"), (110, 150, f"▲{r}2,480"),
                    *((a, b, f"{r}2,{k}68") for k, (a, b) in enumerate(cols)), (350, 400, "補助する")) for r in range(3))]
    table, _ = build_table(lines)
    assert table is not None
    assert {c.raw: c.col_span for c in table.rows[0] if c.raw}["財源内訳（千円）"] == 4


def test_a_section_heading_over_a_row_of_missing_values_stays_in_the_table() -> None:
    # corpus seed 3 kpi_baseline_target: (1)地域産業の振興 over 1 | 農業産出額 | 百万円 | … | 調査なし;
    # words for missing values make a body row as well as numbers, so the header stays the
    # table's; signs (● marking a schedule's years, a dash) do not (the renditions' sample 004
    # p2: ■ 3カ年の取組の展開 over a schedule's header is no section of the table above).
    assert [_is_body_word(w) for w in ("調査なし", "算定中", "12.5", "●", "－", "R7年度")] == [True, True, True, False, False, False]
    cols = [(44, 51), (70, 130), (173, 203), (233, 256), (268, 298)]
    def row(top: float, texts: tuple[str, ...]) -> SegLine:
        return line(top, *((a, b, t) for (a, b), t in zip(cols, texts) if t))
    lines = [row(0, ("番号", "評価指標", "単位", "基準値", "目標値")),
             row(LINE_PT, ("", "", "", "（H28）", "（R3）")),
             line(ROW_GAP_PT + LINE_PT, (44, 131, "（1）地域産業の振興")),
             row(2 * ROW_GAP_PT + LINE_PT, ("1", "農業産出額", "百万円", "算定中", "調査なし")),
             row(3 * ROW_GAP_PT + LINE_PT, ("2", "新規雇用者数", "人", "25", "29"))]
    tables, _ = find_borderless(lines, 1, 842.0)
    assert len(tables) == 1 and texts(tables[0])[0][:3] == ["番号", "評価指標", "単位"]


def test_the_first_line_of_a_wrapped_name_wider_than_its_header_continues_the_table() -> None:
    # corpus seed 5 kpi_baseline_target pdf_borderless p1: ＳＮＳフォロワー (the first line of
    # ＳＮＳフォロワー数, alone on its line) reaches from 項目's column into 単位's, as running text
    # would; the name's next line 数 starts where it starts, beside its values.
    lines = [line(0, (45, 60, "No."), (82, 101, "項目"), (124, 143, "単位"), (150, 198, "基準年度値"), (212, 250, "到達目標")),
             line(LINE_PT + 2, (150, 198, "（2020年度）"), (210, 258, "（2025年度）")),
             line(2 * ROW_GAP_PT, (44, 78, "（1）移住")),
             line(3 * ROW_GAP_PT, (66, 130, "ＳＮＳフォロワー")),
             line(3 * ROW_GAP_PT + LINE_PT + 1, (44, 50, "1"), (66, 75, "数"), (124, 133, "人"), (170, 200, "30,696"), (230, 258, "38,545")),
             line(5 * ROW_GAP_PT, (44, 50, "2"), (66, 104, "転出者数"), (124, 133, "人"), (174, 200, "2,632"), (232, 258, "2,875"))]
    tables, _ = find_borderless(lines, 1, 842.0)
    assert len(tables) == 1 and texts(tables[0])[0][:2] == ["No.", "項目"]


def _year_matrix_spans(goal: tuple[float, float]) -> list[tuple[str, int]]:
    cols = [(75 + 38 * k, 107 + 38 * k) for k in range(8)]
    pair = (cols[1][0] + cols[2][1]) / 2
    lines = [line(0, (44, 60, "KPI"), (79, 103, "現状値"), (pair - 12, pair + 12, "達成値"), (*goal, "到達目標")),
             line(LINE_PT + 7, *((a, b, f"{2015 + (8 if k else 0) + k}年度") for k, (a, b) in enumerate(cols))),
             *(line(ROW_GAP_PT * (r + 2), (44, 68, f"指標{r}"), *((b - 20, b, f"{r},{k}65") for k, (a, b) in enumerate(cols)))
               for r in range(3))]
    table, _ = build_table(lines)
    assert table is not None
    return [(c.raw, c.col_span) for c in table.rows[0] if c.raw]


def test_a_group_header_as_wide_as_its_column_spans_the_run_it_is_centred_over() -> None:
    # 到達目標 exactly as wide as 2027年度 below it, centred over 2025年度 … 2029年度; 2025年度 is
    # nearer 達成値 (centred over 2023 | 2024), yet only 到達目標 is centred over a run holding it.
    assert _year_matrix_spans((265.0, 297.0))[1:] == [("現状値", 1), ("達成値", 2), ("到達目標", 5)]
    assert _year_matrix_spans((265.0 + ALIGN_TOL_PT / 2, 297.0 - ALIGN_TOL_PT / 2))[-1] == ("到達目標", 5)
    # 48 pt wide, reaching into 2026年度's content: no cell's text starts inside its neighbour's,
    # so it is set centred too, not flush left
    assert _year_matrix_spans((257.0, 305.0))[-1] == ("到達目標", 5)
    # flush with 2027年度 and narrower than it: a left-aligned header, no span by its centre
    assert _year_matrix_spans((265.0, 281.0))[-1] != ("到達目標", 5)


def test_a_header_starting_where_a_column_starts_spans_no_column_left_of_it() -> None:
    # 到達目標 set flush with 2025年度 (a th spanning columns from there), its centre over 2024年度
    # … 2028年度: 2024年度 is 達成値's, so 到達目標 may not reach back over it by its centre.
    cols = [(75 + 38 * k, 107 + 38 * k) for k in range(8)]
    assert _year_matrix_spans((cols[4][0], cols[4][0] + 108))[2:] == [("達成値", 2), ("到達目標", 3)]


def _three_row_band(over_sub_header: bool) -> list[SegLine]:
    # corpus seed 26 budget_main_projects pdf_borderless: No. | 事業名 | 比較 | 概要 centred on a
    # header band of three rows, 特定財源等 at its top over 国・県 | 町債 | その他 at its foot.
    cols = [(200 + 45 * k, 236 + 45 * k) for k in range(3)]
    over = ((206, 236, "区分"),) if over_sub_header else ()
    return [line(0, (230, 290, "特定財源等（千円）")),
            line(ROW_GAP_PT, (44, 60, "No."), (80, 116, "事業名"), (150, 168, "比較"), *over, (350, 368, "概要")),
            line(2 * ROW_GAP_PT, *((a + 6, b, t) for (a, b), t in zip(cols, ("国・県", "町債", "その他")))),
            *(line(ROW_GAP_PT * (r + 4), (44, 50, str(r + 1)), (80, 130, f"事業{r}"), (140, 168, f"{r}7,214"),
                   *((a, b, f"{r}2,{k}68") for k, (a, b) in enumerate(cols)), (350, 400, "補助する")) for r in range(3))]


@pytest.mark.parametrize("over_sub_header", [False, True])
def test_labels_centred_on_a_band_of_three_rows_leave_the_group_header_over_its_sub_headers(over_sub_header: bool) -> None:
    # Centred between the group header and its sub-headers, each alone in its column, the labels
    # are rowspan cells of the whole band: they go to its top row, and 特定財源等 spans the three
    # columns under it. A row holding a label over a sub-header is a header row of its own.
    table, _ = build_table(_three_row_band(over_sub_header))
    assert table is not None
    spans = {c.raw: c.col_span for c in table.rows[0] if c.raw}
    assert (spans.get("No."), spans["特定財源等（千円）"] == 3) == ((None, False) if over_sub_header else (1, True))


def test_a_group_header_over_a_gap_only_the_figures_show_closes_no_column() -> None:
    # corpus seed 29 budget_main_projects pdf_rules: 特定財源等 / 単位：千円 centred over 国県 | 市債 |
    # その他特定財源 | 一般財源 starts right of 市債 and ends inside その他特定財源, wider than its
    # figures: no gap of the sub-headers' line lies under it, but the figures of 市債 and
    # その他特定財源 part under it, so it closes no gap and they stay two columns.
    subs = ((347, 363, "国県"), (381, 397, "市債"), (412, 460, "その他特定財"), (470, 502, "一般財源"))  # 源 below
    figures = ((349, 369), (375, 403), (440, 464), (474, 502))
    lines = [line(0, (401, 441, "特定財源等")), line(LINE_PT, (200, 236, "令和4年度"), (401, 441, "単位：千円")),
             line(2 * LINE_PT, (44, 80, "事業名"), (208, 236, "予算額")), line(3 * LINE_PT, *subs), line(4 * LINE_PT, (432, 440, "源")),
             *(line(4 * LINE_PT + ROW_GAP_PT * (r + 1), (44, 100, f"事業{r}"), (208, 236, f"{r}9,999"), *((a, b, f"{r}1,{k}00") for k, (a, b) in enumerate(figures)))
               for r in range(3))]
    table, _ = build_table(lines)
    assert table is not None
    assert [c.raw for c in table.rows[-1]][2:] == ["21,000", "21,100", "21,200", "21,300"]


@pytest.mark.parametrize(("beside", "centre_off", "group"), [(False, 0.0, True), (False, 3.0, True), (False, 5.0, False),
                                                             (True, 0.0, False)])
def test_a_header_is_a_group_header_when_centred_over_sub_headers_no_other_heads(beside: bool, centre_off: float,
                                                                                 group: bool) -> None:
    # 特定財源等 over 市債 | その他特定財源 (run 381-460, the narrowest 16 wide: SPAN_CENTRE_TOL 0.25
    # of it is 4 pt off centre); 2020年 beside 2019年, centred by chance over 款 … 差引 below,
    # heads a column of its own (corpus seed 11 budget_kan_kou html_borderless).
    assert SPAN_CENTRE_TOL / 2 * 16 < 3.0 < SPAN_CENTRE_TOL * 16 < 5.0 < 2 * SPAN_CENTRE_TOL * 16
    seg = Segment("特定財源等", (400.5 + centre_off, 0.0, 440.5 + centre_off, LINE_PT))
    other = (Segment("区分", (440.0, 0.0, 470.0, LINE_PT)),) if beside else ()
    head = SegLine((seg, *other), (seg.bbox[0], 0.0, 470.0, LINE_PT), 1)
    assert _is_group_header(seg, head, [(381.0, 460.0, 16.0)]) is group


@pytest.mark.parametrize(("gap", "titled"), [(2.0, True), (12.0, False)])
def test_a_line_stating_the_unit_over_the_last_column_is_no_header(gap: float, titled: bool) -> None:
    # corpus seed 9 budget_main_projects pdf_rules: (単位:千円) set over 内容 above the rule
    # opening the table, as a header line's lead would be (close above, under a title), or the
    # rest of a cell a page break cut (further above, opening the page): the caption's, not the
    # header's; 千円 comes from it for the whole table.
    above = 300.0 if titled else 40.0
    top = above + LINE_PT + gap
    title = [line(above - 30, (45, 200, "主な事業"))] if titled else []
    lines = [*title, line(above, (507, 543, "(単位:千円)")),
             line(top, (45, 62, "番号"), (78, 112, "事業名"), (190, 216, "予算額"), (508, 544, "内容")),
             *(line(top + ROW_GAP_PT * (r + 1), (45, 50, str(r + 1)), (78, 118, f"事業{r}"), (201, 231, f"{r}24,550"),
                    (508, 559, "支援する")) for r in range(3))]
    tables, used = find_borderless(lines, 1, 842.0)
    assert len(tables) == 1 and len(title) not in used
    assert [c.raw for c in tables[0].rows[0]] == ["番号", "事業名", "予算額", "内容"]


def test_a_group_header_over_a_narrow_column_widens_none_of_its_columns() -> None:
    # corpus seed 56 budget_main_projects pdf_borderless: 財源の内訳(千円) over 市債, whose dashes
    # (389-396) are narrower than its sub-header, and その他特定財源; widened to it (from 398),
    # その他特定財源's column took 市債, and its figures were read as bonds. Only its own
    # sub-header widens it.
    header = [line(0, (385, 457, "財源の内訳(千円)")),
              line(ROW_GAP_PT, (335, 383, "国県支出金"), (389, 408, "市債"), (415, 461, "その他特定"), (469, 507, "一般財源"))]
    cols = [(345.0, 383.0), (389.0, 396.0), (429.0, 463.0), (469.0, 508.0)]
    assert widen_to_header(header, cols)[2] == (415.0, 463.0)


def test_labels_centred_on_a_band_made_tall_by_a_year_header_leave_the_group_header_over_its_sub_headers() -> None:
    # corpus seed 37 budget_main_projects pdf_rules: R6 / 当初予算 / （百万円） fills the band's
    # height, so the blank cells of its top row are as tall as the band and centred on it as
    # No. | 事業名 | 比較 are: the labels are still the band's, and 特定財源等 spans its columns.
    lines = _three_row_band(False)
    tall = Segment("R6当初予算（百万円）", (182.0, -3.0, 196.0, 2 * ROW_GAP_PT + LINE_PT + 3.0))
    first = lines[0]
    lines[0] = SegLine((tall, *first.segments), (tall.bbox[0], tall.bbox[1], first.bbox[2], tall.bbox[3]), 1)
    body = [SegLine((*ln.segments[:2], Segment(f"{r}5.0", (182.0, ln.bbox[1], 196.0, ln.bbox[3])), *ln.segments[2:]),
                    ln.bbox, 1) for r, ln in enumerate(lines[3:])]
    table, _ = build_table([*lines[:3], *body])
    assert table is not None
    spans = {c.raw: c.col_span for c in table.rows[0] if c.raw}
    assert (spans.get("No."), spans["特定財源等（千円）"]) == (1, 3)


def test_a_header_over_figures_of_a_narrow_column_heads_that_column() -> None:
    # 町債 over 889万円 | 1億1,225万円 right-aligned at 435.4 pt with dashes ― (427.8-435.3): where
    # names wrapped a glyph per line make the lines many and the rows few, only the part all the
    # figures share counts as covered (432-435), and 町債 over its figures' left ends touches none
    # of it (corpus seed 512 budget_main_projects in chromium_borderless). The column is widened
    # over the figures under it and holds 町債; the columns beside it stay as they were.
    cols = [(366.0, 374.0), (432.0, 435.4), (455.0, 484.0)]
    header = [line(80, (330.8, 368.6, "国県支出金"), (403.4, 418.6, "町債"), (451.0, 481.3, "その他特"))]
    body = [line(100, (337.6, 374.0, "4,307万円"), (406.0, 435.4, "889万円"), (476.8, 484.4, "－")),
            line(120, (354.2, 374.0, "0万円"), (386.7, 435.4, "1億1,225万円"), (455.0, 484.4, "759万円"))]
    widened = widen_under_headers(header, cols, body)
    assert widened == [(366.0, 374.0), (386.7, 435.4), (455.0, 484.0)]
    assert with_header_columns(header, widened) == widened
    # a figure touching the column before too (a cell overflowing into it) widens neither
    wide = [line(140, (300.0, 374.0, "1"), (368.0, 435.4, "9,999万円"), (455.0, 484.4, "1"))]
    assert widen_under_headers(header, cols, wide) == cols
    # no figure under it (a name, a figure of no column, a line of one segment): 町債 heads a column of its own
    for stray in ([line(100, (330.0, 374.0, "4,307"), (404.0, 416.0, "事業"))], [line(100, (330.0, 374.0, "4,307"), (404.0, 416.0, "12"))],
                  [line(100, (386.7, 435.4, "1億1,225万円"))]):
        assert with_header_columns(header, widen_under_headers(header, cols, stray)) == sorted([*cols, (403.4, 418.6)])


@pytest.mark.parametrize(("overlap_pt", "own_column"), [(1.5, True), (3.0, False)])
def test_a_header_heads_a_figures_column_only_past_min_gap_pt(overlap_pt: float, own_column: bool) -> None:
    # A figure reaching 1.5 pt under the header (less than MIN_GAP_PT, 2.0) is beside it, not under it.
    assert MIN_GAP_PT / 2 < 1.5 < MIN_GAP_PT < 3.0 < 2 * MIN_GAP_PT
    cols = [(50.0, 90.0), (150.0, 160.0)]
    header = [line(0, (50.0, 90.0, "項目"), (100.0, 120.0, "町債"))]
    body = [line(20, (50.0, 80.0, "事業"), (120.0 - overlap_pt, 160.0, "1,225"))]
    assert (len(with_header_columns(header, widen_under_headers(header, cols, body))) == 3) is own_column


def _four_line_header(gap_em: float, opening: str = "④結婚・子育ての希望が", shift: float = 0.0) -> list[SegLine]:
    # Chromium centres a header of four lines in a row of two-line headers: its first line,
    # wider than its next (かなう), starts above the row's other headers (corpus seed 500
    # kpi_transposed in chromium_borderless), under a group header 実績.
    top = 20.0
    opener = line(top - LINE_PT - gap_em * LINE_PT, (438.6 + shift, 537.6 + shift, opening))
    first = line(top, (69.0, 87.0, "区分"), (117.9, 234.9, "①相談員の活動日数（延べ日"), (261.9, 306.9, "②創業件数"),
                 (474.6, 501.6, "かなう"))
    second = line(top + LINE_PT, (153.9, 198.9, "数）（日）"), (270.9, 297.9, "（件）"), (447.6, 528.6, "と感じる市民の割合"))
    body = [line(top + 3 * LINE_PT + ROW_GAP_PT * r, (57.8, 98.3, f"201{r}年度"), (222.5, 239.4, f"55{r}"),
                 (308.8, 314.4, f"{r}"), (518.2, 537.7, f"2{r}.8")) for r in range(3)]
    return [opener, first, second, *body]


def test_a_header_cells_first_line_wider_than_the_next_is_lifted_into_the_table() -> None:
    assert _lift(_four_line_header(0.0), 1, 0) == 0
    # not centred on a header below it (shifted by twice ALIGN_TOL_PT), a value, or the table's unit caption: kept out
    assert _lift(_four_line_header(0.0, shift=2 * ALIGN_TOL_PT), 1, 0) == 1
    assert _lift(_four_line_header(0.0, opening="1,234"), 1, 0) == 1
    assert _lift(_four_line_header(0.0, opening="（単位：千円）"), 1, 0) == 1


@pytest.mark.parametrize(("start", "lifted"), [(474.6, True), (474.6 + 2 * ALIGN_TOL_PT, False), (69.0, False)])
def test_a_header_cells_first_line_set_flush_left_is_lifted_into_the_table(start: float, lifted: bool) -> None:
    # an HTML engine sets the header cell flush left, not centred: 結婚・子育ての希望がか over なう
    # (corpus seed 718 kpi_transposed in html_borderless). A line flush with the first column's
    # header (区分) is a heading over the table, no cell's first line.
    rows = _four_line_header(0.0)
    opener = line(rows[0].bbox[1], (start, start + 99.0, "結婚・子育ての希望がか"))
    assert (_lift([opener, *rows[1:]], 1, 0) == 0) is lifted


@pytest.mark.parametrize(("gap_em", "lifted"), [(0.2, True), (0.4, False)])
def test_a_header_cells_first_line_is_lifted_only_at_cell_gap_em(gap_em: float, lifted: bool) -> None:
    # set at a cell's leading (CELL_GAP_EM, 0.25 of its height) above the cell's next line: its first line
    assert CELL_GAP_EM / 2 < 0.2 < CELL_GAP_EM < 0.4 < 2 * CELL_GAP_EM
    assert (_lift(_four_line_header(gap_em), 1, 0) == 0) is lifted


@pytest.mark.parametrize(("shift", "lifted"), [(0.0, True), (110.0, False)])
def test_a_group_header_is_lifted_over_its_sub_headers_despite_a_dash_sliver(shift: float, lifted: bool) -> None:
    # 実績 centred over ① … ④; the body's － set left of ④'s figures makes a sliver column whose
    # width leaves no tolerance: the header's own columns show what 実績 is centred over (corpus
    # seed 508 kpi_transposed in chromium_borderless). Over ③ and off its centre (110 pt to the right) it heads none.
    group = line(0, (312.0 + shift, 330.0 + shift, "実績"))
    first = line(13, (64.5, 82.5, "年度"), (108.6, 216.6, "①ふるさと納税寄附額（千"), (240.1, 339.1, "②地域の魅力を発信する"),
                 (368.0, 445.9, "③Uターン就職者数"), (481.6, 526.6, "④婚姻件数"))
    second = line(13 + LINE_PT, (153.6, 171.6, "円）"), (244.6, 334.6, "イベントへの参加者数"), (393.4, 420.4, "（人）"),
                  (490.6, 517.6, "（件）"))
    body = [line(45, (57.8, 89.3, "2016年"), (216.6, 220.8, "-"), (235.8, 258.4, "6418"), (444.1, 455.4, "20"), (470.4, 479.4, "－")),
            line(45 + ROW_GAP_PT, (57.8, 89.3, "2017年"), (180.0, 216.6, "270593"), (235.8, 258.4, "8336"), (444.1, 455.4, "18"),
                 (510.0, 526.6, "532"))]
    assert (_lift([group, first, second, *body], 1, 0) == 0) is lifted


def test_a_two_line_group_header_and_a_sub_header_in_one_column_stay_apart() -> None:
    # 財源の内訳 / （円） (two lines, 67.9-77.5) beside 市債 (80.4-85.3) in one merged header line, both
    # in 市債's column (corpus seed 514 budget_main_projects in chromium_borderless): each segment is
    # a piece of its own, its lines apart; 市債 is not joined to 財源の内訳's first line.
    merged = SegLine((Segment("市債", (379.8, 80.4, 389.5, 85.3)), Segment("財源の内訳\n（円）", (402.0, 67.9, 426.4, 77.5))),
                     (379.8, 67.9, 426.4, 85.3), 1, "市債 財源の内訳 （円）")
    pieces = line_pieces([merged], [(360.0, 430.0)])
    assert sorted((p.text, p.bbox[1] < 75) for p in pieces) == [("市債", False), ("財源の内訳", True), ("（円）", True)]
    # two segments of one line each are one piece, a space apart
    flat = SegLine((Segment("目標", (380.0, 80.0, 390.0, 85.0)), Segment("値", (392.0, 80.0, 397.0, 85.0))), (380.0, 80.0, 397.0, 85.0), 1, "目標 値")
    assert [p.text for p in line_pieces([flat], [(360.0, 430.0)])] == ["目標 値"]


def test_a_heading_over_a_ruled_table_is_no_fragment_at_the_pages_foot() -> None:
    # 基本目 標2 | 結婚・出産・ | 子育ての希望をかなえる: a heading Chromium sets with gaps, the last
    # line outside the ruled card under it (corpus seed 509 kpi_cards in chromium_ruled). With
    # no line after it, it passed for a header row the page break cut and was stitched onto the card.
    note = line(205, (46.0, 200.0, "※1人1日 当たりの量に換算"))  # under the card before, not at the page's head
    heading = [note, line(222, (46.0, 80.0, "基本目 標2"), (100.0, 150.0, "結婚・出産・"), (160.0, 248.0, "子育ての希望をかなえる"))]
    card = (46.0, 237.0, 317.0, 303.0)
    assert find_borderless(heading, 1, 842.0)[0]  # nothing below: a fragment the page break cut
    assert not find_borderless(heading, 1, 842.0, ruled=[card])[0]
    # a ruled table above the lines does not keep them from the page's foot
    assert find_borderless(heading, 1, 842.0, ruled=[(46.0, 100.0, 317.0, 200.0)])[0]


def test_a_text_fragment_stacks_on_no_ruled_table_under_it() -> None:
    # 総合戦略 | 重要業績評価指標一覧 over 基本目標1 | 結婚・出産・ | 子育ての希望をかなえる, a title and a
    # heading Chromium sets with gaps, read as a fragment over the page's first ruled card (corpus
    # seed 509 kpi_cards in chromium_ruled): stacked, they became the card's first rows.
    upper, _ = build_table([line(49, (100.0, 150.0, "総合戦略"), (160.0, 248.0, "重要業績評価指標一覧")),
                            line(69, (46.0, 90.0, "基本目標1"), (100.0, 150.0, "結婚・出産・"), (160.0, 248.0, "子育ての希望をかなえる"))],
                           small_ok=True)
    assert upper is not None
    card = RawTable(1, (46.0, 80.0, 248.0, 120.0), tuple(
        (RawCell("", (46.0, top, 90.0, top + LINE_PT), 1), RawCell(label, (100.0, top, 150.0, top + LINE_PT), 1),
         RawCell(value, (160.0, top, 248.0, top + LINE_PT), 1))
        for label, value, top in (("評価指標", "保育所入所率", 82.0), ("直近値", "92.8%", 100.0))), "pdfplumber")
    assert stacked(replace(upper, fragment=False), card)  # a text table's rows over a ruled grid: one table
    assert not stacked(replace(upper, fragment=True), card)


def test_a_caption_block_lying_across_a_grids_columns_is_none_of_its_rows() -> None:
    # kobe_kansensho p1: 報告定点数 | 31 | ヶ所 | (内訳)東灘4,灘2,… under a ward table ruled in narrow
    # columns, over the next table: stacked on the one above, it took its ward headers.
    grid = RawTable(1, (39.0, 131.0, 341.0, 171.0), ((RawCell("中央", (239.0, 131.0, 273.0, 148.0), 1),
                                                       RawCell("兵庫", (273.0, 131.0, 307.0, 148.0), 1),
                                                       RawCell("北", (307.0, 131.0, 341.0, 148.0), 1)),), "pdfplumber",
                    col_edges=(239.0, 273.0, 307.0, 341.0))
    caption = RawTable(1, (241.0, 177.0, 341.0, 189.0), ((RawCell("報告定点数", (241.0, 177.0, 302.0, 189.0), 1),
                                                          RawCell("31", (318.0, 177.0, 330.0, 189.0), 1)),), "pdfplumber-text")
    assert not within_columns(caption, grid)
    rows = RawTable(1, (241.0, 177.0, 341.0, 189.0), ((RawCell("12", (250.0, 177.0, 270.0, 189.0), 1),
                                                       RawCell("31", (318.0, 177.0, 330.0, 189.0), 1)),), "pdfplumber-text")
    assert within_columns(rows, grid)


def _kpi_rows(top: float, names: list[str]) -> list[SegLine]:
    return [line(top + 10.4 * k, (61.7, 61.7 + 9 * len(n), n), (277.8, 284.9, "%"), (336.7, 355.6, f"4{k}.6"),
                 (406.1, 425.0, f"6{k}.7"), (514.8, 533.6, f"5{k}.2")) for k, n in enumerate(names)]


def _second_header(top: float, last: str) -> SegLine:
    return line(top, (64.4, 82.4, "番号"), (119.9, 155.9, "評価指標"), (190.7, 199.7, "単"), (223.7, 282.1, "策定時（2021）"),
                (311.0, 383.2, "目標値（最終年度）"), (403.0, 479.4, "計画目標値（2026）"), (495.1, 531.7, last))


def _two_tables_under_headings(last: str) -> list[SegLine]:
    # corpus seed 961 kpi_baseline_target in typst_borderless: headings 9.7 pt under a table's rows
    # (set 1.4 pt apart: less than a blank row's space more), over a second table whose header reaches over the first one's column gaps
    head = line(115.8, (156.9, 172.6, "KPI"), (293.3, 311.3, "単位"), (337.2, 395.6, "当初値 (2020)"),
                (410.4, 459.9, "目標 (2022)"), (474.6, 533.2, "目標値 (2025)"))
    first = [head, *_kpi_rows(138.5, ["森林整備面積", "がん検診受診率", "学校給食地場産物使用率"])]
    headings = [line(178.0, (56.7, 260.1, "基本目標 2 しごとをつくり、安心して働けるようにする")),
                line(195.3, (54.4, 136.3, "（4）移住・定住の促進"))]
    second = [_second_header(214.5, last),
              line(238.2, (79.5, 85.1, "1"), (95.1, 158.1, "地域活動参加率"), (190.6, 197.7, "%"), (209.7, 228.6, "27.6"),
                   (303.9, 322.7, "43.9"), (398.0, 416.9, "30.5"), (514.8, 533.6, "32.5")),
              line(248.6, (79.5, 85.1, "2"), (95.1, 158.1, "図書館貸出冊数"), (190.6, 199.6, "冊"), (209.7, 245.2, "109,681"),
                   (303.9, 333.8, "80,128"), (398.0, 437.0, "87,578"), (498.1, 533.6, "102,975"))]
    return [*first, *headings, *second]


def test_headings_over_a_second_tables_header_end_the_first_table() -> None:
    tables, _ = find_borderless(_two_tables_under_headings("国の基準"), 1, 842.0)
    assert [len(t.rows) for t in tables] == [4, 3]
    assert texts(tables[1])[0][:2] == ["番号", "評価指標"]


def test_a_header_cell_holding_a_year_its_wrap_cut_is_no_body_row() -> None:
    # 現況値(令和 2 / 年): the bare 2 of a cut year is a word of figures, its cell none (seed 972)
    tables, _ = find_borderless(_two_tables_under_headings("現況値(令和 2"), 1, 842.0)
    assert [len(t.rows) for t in tables] == [4, 3]


def test_a_header_starting_inside_a_columns_figures_shows_the_row_centred() -> None:
    # 実績値 starts inside H31's figures: set flush left it could not, the row is centred, and
    # 目標値（最終年度）, starting where R4's figures do, spans R3 … R7 it is centred over (corpus seed
    # 867 kpi_year_matrix in typst_borderless); read flush it left R3 under no header
    h = 10.5
    lines = [line(77.1, (121.2, 142.2, "指標"), (217.7, 238.7, "単位"), (257.8, 289.3, "当初値"), (318.2, 349.7, "実績値"),
                  (413.8, 497.9, "目標値（最終年度）"), height=h),
             line(88.6, (262.7, 284.3, "H30"), (303.5, 325.0, "H31"), (343.9, 357.6, "R2"), (380.4, 394.2, "R3"), (414.0, 427.8, "R4"),
                  (447.6, 461.4, "R5"), (481.3, 495.0, "R6"), (514.9, 528.7, "R7"), height=h),
             line(111.6, (61.7, 135.2, "耕作放棄地面積"), (211.8, 223.9, "ha"), (277.0, 292.4, "8.7"), (310.6, 326.0, "9.2"),
                  (343.5, 365.4, "10.0"), (383.6, 399.1, "9.5"), (417.2, 432.7, "8.3"), (450.9, 466.3, "6.7"), (484.5, 499.9, "8.8"),
                  (518.1, 533.6, "6.4"), height=h),
             line(123.1, (61.7, 103.7, "移住者数"), (211.8, 222.3, "人"), (273.0, 292.4, "182"), (306.6, 326.1, "309"),
                  (346.0, 365.5, "202"), (379.6, 399.1, "260"), (413.2, 432.7, "198"), (446.9, 466.3, "218"), (480.5, 500.0, "247"),
                  (514.1, 533.6, "225"), height=h)]
    tables, _ = find_borderless(lines, 1, 842.0)
    head = tables[0].rows[0]
    assert [(c.raw, c.col_span) for c in head if c.raw] == [("指標", 1), ("単位", 1), ("当初値", 1), ("実績値", 2), ("目標値（最終年度）", 5)]


def _wrapped_band(shift_pt: float) -> list[list[SegLine]]:
    # 年 度 | 達成値 over header cells wrapped at Typst's leading, a line a row (corpus seed 505
    # kpi_transposed in typst_borderless), each line under the first shifted shift_pt further
    h = 10.5
    band = [[line(301.7, (75.9, 107.4, "年 度"), (229.7, 261.2, "達成値"), height=h)],
            [line(313.2, (136.0, 196.4, "地域の魅力を"), (216.6, 274.4, "宿泊者数（千"), (295.9, 353.7, "健康寿命（男"), height=h)],
            [line(327.5, (146.3 + shift_pt, 186.0 + shift_pt, "発信する"), (238.9 + shift_pt, 254.7 + shift_pt, "人）"),
                  (308.9 + shift_pt, 343.3 + shift_pt, "性）（歳）"), height=h)],
            [line(341.9, (133.6 + 2 * shift_pt, 198.7 + 2 * shift_pt, "イベントへの参"), height=h)],
            [line(356.2, (141.2 + 3 * shift_pt, 193.9 + 3 * shift_pt, "加者数（人）"), height=h)]]
    return [*band, [line(367.7, (61.7, 111.4, "平成 28 年"), (172.4, 200.8, "3,019"), (267.2, 280.1, "34"), (331.0, 359.4, "78.86"), height=h)]]


def test_header_cells_wrapped_a_line_a_row_are_one_level_of_the_band() -> None:
    # five rows of lines, two levels: the band holds them all (MAX_HEADER_ROWS counts levels)
    assert len(header_band(_wrapped_band(0.0))) == 5
    # set off the middles of the lines above, the lines are levels of their own: too many for a band
    assert len(header_band(_wrapped_band(40.0))) == 1


def _tables_with_a_header_in_a_column_gap(second_head: tuple[float, float, str]) -> list[SegLine]:
    # corpus seed 824 kpi_year_matrix in typst_borderless (7 pt): a table of six year columns, a
    # heading, and a second table of nine whose header's 実績（確定値） stands between the first one's
    # names and its first figures, reaching over none of its column gaps
    years = [(263.7 + 47.45 * k, 289.8 + 47.45 * k, f"{2015 + k} 年") for k in range(6)]
    first = [line(106.5, (140.4, 168.4, "成果指標"), (259.2, 294.2, "基準年度値"), (338.3, 359.3, "直近値"), (453.4, 481.4, "目標水準"), height=7.0),
             line(115.5, *years, height=7.0)]
    # a name reaching under 成果指標 makes one column of both: the heading under them bridges no gap
    first += [line(124.5 + 9.0 * r, (61.7, 61.7 + 6.92 * len(name), name), *[(261.6 + 47.45 * k, 296.3 + 47.45 * k, f"{r}{k},813")
                                                                          for k in range(6)], height=7.0)
              for r, name in enumerate(["公共交通利用者数", "耕作放棄地面積", "結婚・子育ての希望がかなう"])]
    heading = line(157.9, (56.7, 173.7, "基本目標 2 時代に合った地域をつくる"), height=7.0)  # 1.4 pt further below than the rows' gap
    second = [line(173.3, (63.5, 98.5, "重要業績評"), (118.8, 139.8, "現況値"), second_head, (400.7, 435.7, "目標年度値"), height=7.0),
              line(182.3, *[(116.3 + 48.15 * k, 142.3 + 48.15 * k, f"{2014 + k} 年") for k in range(9)], height=7.0)]
    second += [line(191.3 + 9.0 * r, (61.7, 96.7, name), *[(112.0 + 48.15 * k, 148.4 + 48.15 * k, f"3{r}{k},983")
                                                          for k in range(9)], height=7.0)
               for r, name in enumerate(["図書館貸出", "市民満足度", "空き家バンク"])]
    return [*first, heading, *second]


def test_a_header_cell_in_a_column_gap_of_the_table_above_heads_another_table() -> None:
    tables, _ = find_borderless(_tables_with_a_header_in_a_column_gap((205.4, 247.6, "実績（確定値）")), 1, 842.0)
    assert [len(t.rows) for t in tables] == [5, 5]
    assert texts(tables[1])[0][0] == "重要業績評"


@pytest.mark.parametrize("section_x0", [59.4, 61.7 - 2 * ALIGN_TOL_PT])
def test_a_note_set_from_the_rows_names_ends_the_table_whatever_its_section_row(section_x0: float) -> None:
    # corpus seed 835 kpi_year_matrix in typst_borderless (9 pt, rows 1.4 pt apart): （1）子育て環境の充実
    # set a bracket's side bearing left of the names; ※ 端数処理… set from the names right under the
    # last row, reaching under 単位, is a note, no next line of the last name
    head = [line(98.6, (129.8, 166.1, "ＫＰＩ 項目"), (246.9, 264.9, "単位"), (285.7, 312.7, "基準値"), (365.5, 392.5, "達成値")),
            line(109.0, (277.9, 320.4, "2019 年度"), (331.1, 373.6, "2022年度"), (384.3, 426.8, "2023 年度")),
            line(119.4, (section_x0, 144.6, "（1）子育て環境の充実"))]
    rows = [line(129.9 + 10.4 * k, (61.7, 61.7 + 9 * len(name), name), (244.2, 253.2, "人"), (290.8, 320.8, f"7{k},068"),
                 (344.0, 374.0, f"7{k},428"), (389.5, 419.5, f"1{k},913")) for k, name in enumerate(["①人口", "②観光消費額", "③関係人口"])]
    note = line(161.2, (61.7, 244.9, "※ 端数処理のため合計が一致しない場合がある"))
    tables, used = find_borderless([*head, *rows, note], 1, 842.0)
    assert len(tables) == 1 and 6 not in used
