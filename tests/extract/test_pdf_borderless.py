"""Borderless tables from text alignment: columns, header band, table extent, stitching.

Lines are built by hand in PDF points (top-left origin), shaped like the rendition cases
they came from (tests/renditions: booktabs and borderless renderings of samples 000-002).
"""

from __future__ import annotations

import pytest

from extract.pdf import pdfplumber_adapter
from extract.pdf.borderless import (widen_to_header, _grow, _spans_header_columns, GAP_TOL_EM, _at_first_column, LIFT_GAP_EM, SECTION_LOOKAHEAD_LINES, MIN_STACKED_VALUES, _is_body_word, _words_past_stated_years, _lift, _score, build_table,
                                    find_borderless, header_band, is_value, merge_offset_lines)
from extract.pdf import cells
from extract.pdf.cells import CENTRED_EM, column_of, header_phrases, split_at_columns, split_at_joints, splits_stated_year
from extract.pdf.colgaps import HANG_SHARE, MIN_GAP_PT, RULE_COVER_SHARE, columns, last_glyph_width, split_at_rules, split_crowded, unhung_end
from extract.pdf.header_spans import SPAN_CENTRE_TOL
from extract.pdf.grid import ALIGN_TOL_PT, PageContent, RawCell, RawLine, RawTable, Segment, SegLine
from extract.pdf.stitch import stitch

LINE_PT = 9.0
PITCH_PT = 11.3  # wrapped lines of one cell
ROW_GAP_PT = 17.0  # first lines of consecutive rows


def line(top: float, *segs: tuple[float, float, str], height: float = LINE_PT, page: int = 1) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + height)) for x0, x1, text in segs)
    box = (min(s.bbox[0] for s in segments), top, max(s.bbox[2] for s in segments), top + height)
    return SegLine(segments, box, page, " ".join(t for _, _, t in segs))


def texts(table: RawTable) -> list[list[str]]:
    return [[c.raw for c in row] for row in table.rows]


def test_numbers_under_a_column_of_long_wrapped_names_stay_a_column() -> None:
    # Four rows whose KPI names wrap over many lines: the numbers are on few lines.
    lines = [line(0, (50, 90, "指標"), (200, 230, "現状値"))]
    top = 20.0
    for value in ("60.3", "49.2", "84.3", "12.0"):
        lines.append(line(top, (50, 95, "【小学校】"), (210, 228, value)))
        lines += [line(top + PITCH_PT * k, (50, 95, "続く名前の行")) for k in range(1, 12)]
        top += PITCH_PT * 12 + 6
    assert len(columns(lines)) == 2


def test_a_gap_a_few_lines_overflow_is_still_a_gap() -> None:
    # A hanging ィ/・ carries two lines' text past the column edge into the next column.
    lines = [line(i * ROW_GAP_PT, (167, 230, "施策展開の方向"), (238, 300, "副指標")) for i in range(12)]
    lines += [line(300 + i * ROW_GAP_PT, (120, 133, "3-3"), (167, 247, "地域コミュニティ—")) for i in range(2)]
    cols = columns(lines)
    assert any(a <= 230 <= b for a, b in cols) and any(a <= 240 <= b for a, b in cols)
    assert not any(a <= 234 <= b for a, b in cols)


def test_a_lone_dash_keeps_its_narrow_column() -> None:
    lines = [line(0, (50, 120, "項目"), (150, 177, "基準値"), (200, 240, "2020年度"))]
    lines.append(line(ROW_GAP_PT, (50, 120, "新たな利活用"), (150, 153, "-"), (200, 226, "846件")))
    lines.append(line(ROW_GAP_PT + PITCH_PT, (50, 90, "サービス")))
    table, used = build_table(lines)
    assert table is not None and used == 3
    assert texts(table)[1] == ["新たな利活用サービス", "-", "846件"]  # a full line wrapped by the engine


@pytest.mark.parametrize("n_rows", [4, 8, 17])
def test_a_dash_left_in_a_right_aligned_column_goes_under_its_header(n_rows: int) -> None:
    header = line(0, (50, 100, "指標"), (110, 130, "単位"), (150, 200, "現状値(R1)"), (220, 250, "R3"))
    rows = [line(ROW_GAP_PT * (i + 1), (50, 100, f"指標{i}"), (110, 125, "人"), (185, 200, str(10 + i)),
                 (235, 250, str(20 + i))) for i in range(n_rows)]
    rows.append(line(ROW_GAP_PT * (n_rows + 1), (50, 100, "市産材"), (110, 130, "m3/年"), (152, 157, "-"), (235, 250, "40")))
    table, _ = build_table([header, *rows])
    assert table is not None
    assert texts(table)[-1] == ["市産材", "m3/年", "-", "40"]


def test_header_band_is_the_rows_above_the_first_value() -> None:
    rows = [[line(0, (50, 90, "令和2年度"), (100, 150, "重要業績評価指標"))],
            [line(20, (100, 120, "項目"), (150, 177, "基準値"))],
            [line(40, (50, 90, "取組み"), (100, 150, "件数"), (150, 160, "3件"))]]
    assert header_band(rows) == [rows[0][0], rows[1][0]]
    assert is_value("846件") and is_value("-") and is_value("▲0.4%") and not is_value("項目")
    assert is_value("－") and not is_value("－－")  # the full-width dash standing for a value, alone


def test_a_group_heading_under_the_header_ends_the_header_band() -> None:
    # corpus seed 572 kpi_baseline_target in pdf_rules (dev2 wordings): three header rows, then
    # (1)地域産業の振興 set from the table's edge over the first row of figures
    header = [[line(0, (254, 308, "基準年の数値"), (377, 413, "最終目標"))],
              [line(16, (58, 103, "基本的方向"), (147, 197, "指標（KPI）"), (225, 338, "（令和5年度）"), (338, 450, "（令和7年度）"))],
              [line(32, (268, 295, "（人）"), (381, 408, "（人）"))]]
    heading = [line(48, (44.5, 130, "（1）地域産業の振興"))]
    body = [line(64, (58, 103, "移住・定住"), (122, 221, "テレワーク施設利用者数"), (313, 335, "1,310"), (426, 449, "1,625"))]
    rows = [*header, heading, body]
    assert header_band(rows) == [ln for row in header for ln in row]
    assert header_band([header[0], heading, body]) == header[0]  # a header of one row: the heading is no part of it
    indented = [line(48, (122, 200, "地域産業の振興"))]  # set inside the table: a header row
    assert header_band([header[0], header[1], indented, body]) == [header[0][0], header[1][0], indented[0]]


def test_a_heading_in_another_size_starting_left_of_the_table_ends_it() -> None:
    table_lines = [line(i * ROW_GAP_PT, (49, 120, f"取組{i}"), (175, 240, f"指標{i}"), (276, 290, "3件"))
                   for i in range(4)]
    heading = line(4 * ROW_GAP_PT, (46, 160, "○創業支援事業"), height=10.5)
    tables, used = find_borderless([*table_lines, heading], 1, 842.0)
    assert len(tables) == 1 and used == [0, 1, 2, 3]


def test_wrapped_lines_of_a_wide_cell_aligned_with_its_column_continue_the_table() -> None:
    # A card: labels in column 0, a value cell spanning the value columns, wrapped.
    lines = [line(0, (49, 85, "施策名"), (132, 250, "起業・創業支援事業")),
             line(ROW_GAP_PT, (49, 126, "現状値 (2022年度)"), (132, 150, "36人"), (302, 379, "目標値"), (386, 404, "55人")),
             line(2 * ROW_GAP_PT, (49, 85, "事業効果"), (132, 294, "起業家精神の醸成と若者の")),
             line(2 * ROW_GAP_PT + PITCH_PT, (132, 304, "保や地域活性化が図られる。また")),
             line(3 * ROW_GAP_PT + PITCH_PT, (49, 85, "実施年度"), (278, 296, "2024"), (362, 380, "2025"))]
    tables, used = find_borderless(lines, 1, 842.0)
    assert len(tables) == 1 and used == [0, 1, 2, 3, 4]


def test_a_rebuild_across_pages_that_would_merge_cells_is_refused() -> None:
    # A two-column table ends page 1; a five-column card starts page 2: not one table.
    head = build_table([line(700 + i * ROW_GAP_PT, (49, 100, f"ラベル{i}"), (109, 559, "長い説明文" * 10))
                        for i in range(3)])[0]
    tail = build_table([line(60 + i * ROW_GAP_PT, (49, 100, f"項目{i}"), (132, 150, "10人"), (302, 379, "目標値"),
                             (386, 404, "15人"), (456, 492, "関係市町"), page=2) for i in range(4)])[0]
    assert head is not None and tail is not None
    pages = [PageContent(1, 595.0, 842.0, (head,)), PageContent(2, 595.0, 842.0, (tail,))]
    assert [t.n_cols for t in stitch(pages) if isinstance(t, RawTable)] == [2, 5]


def test_a_centred_cell_half_a_line_off_its_neighbours_joins_their_line() -> None:
    # An HTML engine centres a one-line value beside a two-line label: 成果指標 / (KPI) with the
    # value between them; no visual line has two segments until they are merged.
    lines = [line(0, (49, 85, "成果指標")), line(6.5, (95, 275, "研修会の参加者数")), line(13, (49, 69, "(KPI)"))]
    merged, groups = merge_offset_lines(lines)
    assert groups == [[0, 1], [2]] and merged[0].is_multi
    # lines that touch without overlapping, or overlap horizontally, stay apart
    assert merge_offset_lines([line(0, (49, 85, "a")), line(LINE_PT, (95, 120, "b"))])[1] == [[0], [1]]
    assert merge_offset_lines([line(0, (49, 85, "a")), line(4, (80, 120, "b"))])[1] == [[0], [1]]


@pytest.mark.parametrize(("gap_em", "lifted"), [(0.5, True), (1.0, False)])
def test_lift_gap_em_is_pinned(gap_em: float, lifted: bool) -> None:
    # 単 over 位 beside a centred 項目 / H27 line: the 単 line above the table's first line is
    # lifted into the table within LIFT_GAP_EM (0.75) line heights (0.5: yes; 1.0: no).
    assert LIFT_GAP_EM / 2 < 0.5 < LIFT_GAP_EM < 1.0 < 2 * LIFT_GAP_EM
    top = 20.0
    head = line(top - LINE_PT - gap_em * LINE_PT, (112, 121, "単"))
    first = line(top, (50, 90, "項目"), (130, 150, "H27"), (170, 200, "現状値"))
    assert _lift([head, first], 1, 0) == (0 if lifted else 1)


def test_a_wrapped_text_row_is_not_scored_as_merged_rows() -> None:
    # One row whose text cells wrap over many lines: a real row, not a grid merged into one.
    rows = [line(i * 13.0, (50, 150, f"取組の説明{i}"), (200, 300, f"今後の方向{i}")) for i in range(6)]
    rows[0] = line(0, (50, 150, "取組の説明0"), (170, 180, "-"), (200, 300, "今後の方向0"))
    table, _ = build_table(rows)
    assert table is not None and len(table.rows) == 1 and (table.score or 0) >= 0.5


@pytest.mark.parametrize(("lines", "penalized"), [
    (["10人", "続く説明", "続く説明", "続く説明"], False),  # one value among wrapped text
    (["696", "696", "説明", "説明"], True),  # MIN_STACKED_VALUES (2) values stacked: merged rows?
])
def test_min_stacked_values_is_pinned(lines: list[str], penalized: bool) -> None:
    cell = RawCell("\n".join(lines), (0, 0, 10, 40), 1)
    other = RawCell("x", (20, 0, 30, 10), 1)
    table = RawTable(1, (0, 0, 30, 40), ((other, other), (cell, other)), "pdfplumber-text")
    flat = RawTable(1, (0, 0, 30, 40), ((other, other), (other, other)), "pdfplumber-text")
    assert (_score(table) < _score(flat)) is penalized


@pytest.mark.parametrize(("cover", "split"), [(0.6, True), (0.4, False)])
def test_a_rule_down_the_table_separates_columns(cover: float, split: bool) -> None:
    # A No. column (1-1, 1-2) right beside wrapped 数値目標 text that alignment merges with it;
    # a vertical rule between them running down RULE_COVER_SHARE (0.5) of the table splits them.
    assert RULE_COVER_SHARE / 2 < 0.4 < RULE_COVER_SHARE < 0.6 < 2 * RULE_COVER_SHARE
    lines = [line(i * ROW_GAP_PT, (50, 120, "転出超過数の目標"), (122, 135, f"1-{i}")) for i in range(4)]
    height = lines[-1].bbox[3]
    rules = [(121.0, 0.0, cover * height)]
    cols = split_at_rules([(50.0, 135.0)], lines, rules)
    assert cols == ([(50.0, 120.0), (122.0, 135.0)] if split else [(50.0, 135.0)])


def test_column_rules_are_at_least_rule_min_pt_tall() -> None:
    class Page:
        def __init__(self, edges: list[dict[str, object]]) -> None:
            self.edges = edges

        def filter(self, _keep: object) -> "Page":
            return self

    tall = {"orientation": "v", "x0": 100.0, "top": 0.0, "bottom": 7.0}
    short = {"orientation": "v", "x0": 200.0, "top": 0.0, "bottom": 5.0}
    flat = {"orientation": "h", "x0": 0.0, "top": 0.0, "bottom": 0.0}
    # RULE_MIN_PT = 6: a 7 pt edge is a rule (not when doubled), a 5 pt one is not (it is when halved)
    assert 5.0 < pdfplumber_adapter.RULE_MIN_PT < 7.0 < 2 * pdfplumber_adapter.RULE_MIN_PT
    assert 5.0 > pdfplumber_adapter.RULE_MIN_PT / 2
    assert pdfplumber_adapter._column_rules(Page([tall, short, flat])) == [(100.0, 0.0, 7.0)]  # type: ignore[arg-type]


def _grouped_header(shift: float) -> RawTable:
    """評価指標 | 目標値 over 2025 2024 2023 | 実績 over 2022 2021, 目標値 moved right by shift pt."""
    cols = [(100 + 40 * k, 130 + 40 * k) for k in range(5)]
    lines = [line(0, (10, 46, "評価指標"), (140 + shift, 170 + shift, "目標値"), (245, 265, "実績")),
             line(ROW_GAP_PT, *((a + 7, b - 5, str(2025 - k)) for k, (a, b) in enumerate(cols))),
             *(line(ROW_GAP_PT * (r + 2), (10, 40, f"指標{r}"), *((a, b, f"{r},00{k}") for k, (a, b) in enumerate(cols)))
               for r in range(3))]
    table = build_table(lines)[0]
    assert table is not None
    return table


def test_a_header_centred_over_sub_headers_spans_their_columns() -> None:
    table = _grouped_header(0.0)
    assert [(c.raw, c.col_span) for c in table.rows[0]] == [
        ("評価指標", 1), ("目標値", 3), ("", 1), ("", 1), ("実績", 2), ("", 1)]
    assert texts(table)[1] == ["", "2025", "2024", "2023", "2022", "2021"]


@pytest.mark.parametrize(("shift", "span"), [(5.0, 3), (10.0, 1)])
def test_span_centre_tol_is_pinned(shift: float, span: int) -> None:
    # Columns 30 pt wide: SPAN_CENTRE_TOL (0.25) allows 7.5 pt between the header's centre
    # and its columns'; 5 pt (within half of it: no) spans, 10 pt (within double: yes) does not.
    assert SPAN_CENTRE_TOL * 30 / 2 < 5.0 < SPAN_CENTRE_TOL * 30 < 10.0 < 2 * SPAN_CENTRE_TOL * 30
    assert [c.col_span for c in _grouped_header(shift).rows[0] if c.raw == "目標値"] == [span]


def _matrix_rows(top: float, names: list[str]) -> list[SegLine]:
    return [line(top + ROW_GAP_PT * k, (44, 44 + 6 * len(n), n), (120, 130, "人"), (200, 220, f"{k}0"), (260, 280, f"{k}1"))
            for k, n in enumerate(names)]


def test_the_last_line_of_a_name_reaching_the_next_column_continues_its_cell() -> None:
    # 中心市街地の / 歩行者 / 通行量（休日）: the third line is wider than the name column so far
    # and reaches the 単位 column's edge; set at the leading below, it is not text after the table.
    lines = [line(0, (44, 80, "項目"), (120, 138, "単位"), (200, 230, "R5年度"), (260, 290, "R6年度")),
             *_matrix_rows(ROW_GAP_PT, ["自主防災組織率", "中心市街地の歩行者"]),
             line(3 * ROW_GAP_PT - ROW_GAP_PT + LINE_PT + 2.0, (44, 125, "通行量（休日）")),
             *_matrix_rows(3 * ROW_GAP_PT + 12, ["ごみ排出量", "高齢化率"])]
    tables, used = find_borderless(lines, 1, 842.0)
    assert len(tables) == 1 and used == list(range(len(lines)))


@pytest.mark.parametrize(("below", "one_table"), [(ROW_GAP_PT - LINE_PT + 0.2 * LINE_PT, True),
                                                   (ROW_GAP_PT - LINE_PT + 0.5 * LINE_PT, False)])
def test_a_heading_row_inside_a_table_opens_a_group(below: float, one_table: bool) -> None:
    # (1)防災・減災の推進 between two runs of rows: it sits as close to the row after it as to the
    # row before (GAP_TOL_EM, 0.25 of its height: 0.2 more is close, 0.5 more is not).
    head = [line(0, (44, 80, "項目"), (120, 138, "単位"), (200, 230, "R5年度"), (260, 290, "R6年度")),
            *_matrix_rows(ROW_GAP_PT, ["自主防災組織率", "高齢化率", "出生数"])]
    heading_top = 4 * ROW_GAP_PT
    heading = line(heading_top, (44, 160, "（2）子育て環境の充実"))
    tail = _matrix_rows(heading_top + LINE_PT + below, ["待機児童数", "転入者数"])
    tables, used = find_borderless([*head, heading, *tail], 1, 842.0)
    assert (len(tables) == 1 and len(used) == 7) is one_table


@pytest.mark.parametrize(("extra_lines", "one_table"), [(0.7, True), (1.3, False)])
def test_a_heading_a_blank_row_below_the_rows_ends_the_table(extra_lines: float, one_table: bool) -> None:
    # corpus seed 505 kpi_baseline_target in calc_borderless: 基本目標2 … in the first column (a
    # name ran on over the empty cell beside it), a blank row's worth below the last row
    # (BLANK_ROW_EM: 1.3 line heights more than the rows' gap is apart, 0.7 is not), then the
    # next table's header
    head = [line(0, (44, 80, "項目"), (120, 138, "単位"), (200, 230, "R5年度"), (260, 290, "R6年度")),
            *_matrix_rows(ROW_GAP_PT, ["自主防災組織率", "高齢化率", "出生数"])]
    top = 4 * ROW_GAP_PT + extra_lines * LINE_PT
    heading = line(top, (44, 84, "基本目標2"))  # within the names' column
    tail = [line(top + ROW_GAP_PT, (44, 80, "番号"), (120, 138, "項目"), (200, 230, "R7年度"), (260, 290, "R8年度")),
            *_matrix_rows(top + 2 * ROW_GAP_PT, ["待機児童数", "転入者数"])]
    tables, _ = find_borderless([*head, heading, *tail], 1, 842.0)
    assert (len(tables[0].lines) > len(head)) is one_table


def test_a_blank_row_shows_only_under_two_rows_of_figures() -> None:
    # a header of two lines set solid, then a row whose name is centred on three lines: the
    # header's gap is no row gap, and the first line of the name is no heading set apart
    lines = [line(0, (44, 80, "番号"), (120, 170, "令和元年"), (200, 250, "令和2年")),
             line(LINE_PT, (120, 170, "当初予算"), (200, 250, "当初予算")),
             line(LINE_PT + ROW_GAP_PT, (260, 330, "移住希望者への")),
             line(LINE_PT + ROW_GAP_PT + PITCH_PT, (44, 80, "1 子育て支援課"), (120, 150, "162564"), (200, 230, "130115"),
                  (260, 330, "相談対応及び住宅")),
             line(LINE_PT + ROW_GAP_PT + 2 * PITCH_PT, (260, 300, "取得費")),
             line(LINE_PT + 2 * ROW_GAP_PT + 2 * PITCH_PT, (44, 80, "2 危機管理課"), (120, 150, "494927"), (200, 230, "478211"),
                  (260, 330, "農業用機械"))]
    tables, used = find_borderless(lines, 1, 842.0)
    assert len(tables) == 1 and used == list(range(len(lines)))


def test_a_header_centred_over_the_value_columns_above_the_table_is_lifted_into_it() -> None:
    # 実績 centred over two indicator columns, a line above the header: a header spanning them;
    # the same text set as a title (larger type) is not.
    def table(size: float) -> RawTable:
        lines = [line(0, (172, 172 + 2 * size, "実績"), height=size),
                 line(ROW_GAP_PT - 2, (44, 64, "年度"), (100, 180, "六次産業化事業者数"), (200, 260, "市民満足度")),
                 *(line(ROW_GAP_PT - 2 + ROW_GAP_PT * (k + 1), (44, 84, f"平成{22 + k}年度"), (160, 180, f"{k}1"), (240, 260, f"7{k}.1"))
                   for k in range(3))]
        tables, _ = find_borderless(lines, 1, 842.0)
        return tables[0]
    assert [(c.raw, c.col_span) for c in table(LINE_PT).rows[0]] == [("", 1), ("実績", 2), ("", 1)]
    assert table(1.5 * LINE_PT).rows[0][0].raw == "年度"


def test_a_group_header_spans_all_its_columns_past_a_header_of_one_column() -> None:
    # 課名 (nothing below it: it heads its own column) is nearer to R6年度 than 計画事業費 is, yet
    # only group headers compete for sub-headers: 計画事業費 spans all four years.
    cols = [(150 + 50 * k, 190 + 50 * k) for k in range(4)]
    centre = (cols[0][0] + cols[-1][1]) / 2
    lines = [line(0, (10, 60, "事業名称"), (90, 110, "課名"), (centre - 25, centre + 25, "計画事業費")),
             line(ROW_GAP_PT, *((a + 5, b - 5, f"R{6 + k}年度") for k, (a, b) in enumerate(cols))),
             *(line(ROW_GAP_PT * (r + 2), (10, 60, f"事業{r}"), (85, 115, "企画課"), *((a, b, f"{r},00{k}千円") for k, (a, b) in enumerate(cols)))
               for r in range(3))]
    table = build_table(lines)[0]
    assert table is not None
    assert [(c.raw, c.col_span) for c in table.rows[0]] == [
        ("事業名称", 1), ("課名", 1), ("計画事業費", 4), ("", 1), ("", 1), ("", 1)]


def test_a_header_flush_with_an_inner_column_above_the_table_is_lifted_into_it() -> None:
    # 実績 set flush left over the indicator columns (an HTML th with colspan, left-aligned),
    # tight above the header; a caption would start at the table's left edge.
    def first_row(x0: float) -> list[str]:
        head = LINE_PT + 2  # 実績 2 pt above the header; the header's own lines set solid
        lines = [line(0, (x0, x0 + 18, "実績")),
                 line(head, (54, 72, "年度"), (111, 201, "六次産業化に取り組む"), (240, 308, "市民満足度")),
                 line(head + LINE_PT, (111, 228, "事業者数（累計）")),
                 *(line(head + LINE_PT + 13.0 * (k + 1), (54, 99, f"平成{22 + k}年度"), (111, 129, f"{k}1"), (272, 308, f"7{k}.1"))
                   for k in range(3))]  # an HTML engine's rows, 13 pt apart
        tables, _ = find_borderless(lines, 1, 842.0)
        return [c.raw for c in tables[0].rows[0]]
    assert first_row(111) == ["", "実績", ""]
    assert first_row(54)[0] == "年度"


@pytest.mark.parametrize(("wrapped", "one_table"), [(True, True), (False, False)])
def test_issue7_a_section_row_over_names_wrapped_in_their_columns_stays_in_the_table(wrapped: bool, one_table: bool) -> None:
    # corpus seed 5 kpi_baseline_target html_borderless: (1)健康づくりの推進 running across the
    # 単位 column, under the header, over a row whose names wrap in both label columns of a
    # folded table and whose values sit on its third line. Ended there, the body was read under
    # the header of another table. Lines that are no wrapped row (a line not going on at each of
    # the cells above) are no body row of the heading.
    def seg(x0: float, x1: float, text: str) -> tuple[float, float, str]:
        return (x0, x1, text)
    cols = [(55, 91), (108, 117), (131, 160), (207, 229), (304, 331), (346, 355), (393, 415), (451, 474)]
    head = [line(0, *(seg(a, b, t) for (a, b), t in zip(cols, ["KPI", "単位", "基準値", "目標値"] * 2))),
            line(LINE_PT, seg(131, 160, "(2020)"), seg(207, 229, "(2022)"), seg(393, 415, "(2020)"), seg(451, 474, "(2022)"))]
    heading = line(2 * LINE_PT + 4, seg(55, 149, "（1）健康づくりの推進"))
    top = 3 * LINE_PT + 8
    right = 304 if wrapped else 320  # the right name's second line where its first starts, or not
    names = [line(top, seg(55, 91, "地域の魅"), seg(304, 331, "住み続")),
             line(top + LINE_PT, seg(55, 91, "力を発信"), seg(right, 331, "けたい"))]
    values = line(top + 2 * LINE_PT, *(seg(a, b, t) for (a, b), t in zip(cols, ["する", "人", "集計中", "1,482", "と思う", "%", "59.8", "34.3"])))
    rows = [line(top + 3 * LINE_PT + 4 + k * ROW_GAP_PT, *(seg(a, b, t) for (a, b), t in zip(cols, [f"指標{k}", "人", "2,046", "2,164"] * 2)))
            for k in range(2)]
    tables, used = find_borderless([*head, heading, *names, values, *rows], 1, 842.0)
    assert (2 in used and len(tables) == 1) is one_table


@pytest.mark.parametrize(("heading", "one_table"), [("（2）子育て環境の充実", True), ("※ 令和2年度は調査なし", False)])
def test_a_note_under_the_rows_is_no_section_row(heading: str, one_table: bool) -> None:
    # corpus seed 7 kpi_year_matrix html_borderless: a ※ note under the table, then the next
    # table: a note closes its table, it opens no group of rows
    head = [line(0, (44, 80, "項目"), (120, 138, "単位"), (200, 230, "R5年度"), (260, 290, "R6年度")),
            *_matrix_rows(ROW_GAP_PT, ["自主防災組織率", "高齢化率", "出生数"])]
    tail = _matrix_rows(5 * ROW_GAP_PT, ["待機児童数", "転入者数"])
    tables, used = find_borderless([*head, line(4 * ROW_GAP_PT, (44, 160, heading)), *tail], 1, 842.0)
    assert (len(tables) == 1 and len(used) == 7) is one_table


def test_a_heading_between_two_cards_is_no_section_row() -> None:
    # corpus seed 5 kpi_cards html_borderless: key | value lines 0.44 of a line apart, a goal
    # heading between two cards: a card's rows are no lines of one wrapped row
    def card(top: float, rows: list[tuple[str, str]], key_end: float = 100, x0: float = 120) -> list[SegLine]:
        return [line(top + k * (LINE_PT + 4), (55, key_end, key), (x0, x0 + 35, value)) for k, (key, value) in enumerate(rows)]
    first = card(0, [("成果指標", "高齢化率"), ("担当部局", "総務課"), ("基準年度値", "30.5%（R6）")])
    heading = line(3 * (LINE_PT + 4) + 6, (46, 200, "基本目標2 新しいひとの流れをつくる"))
    second = card(4 * (LINE_PT + 4) + 10, [("施策名", "雇用の創出"), ("指標名", "婚姻件数"), ("担当部局", "農林課"),
                                           ("策定時", "168件（R7）")], key_end=75, x0=80)  # set narrower
    tables, used = find_borderless([*first, heading, *second], 1, 842.0)
    assert 3 not in used


def test_a_header_filling_every_column_under_a_heading_is_no_wrapped_row() -> None:
    # a heading over the next table's header, whose cells all wrap (到達目標 / (令和3年 / 度)) onto
    # a line holding a year's fragment (成30年): no body row, the heading ends the table above
    cols = [(44, 80), (120, 138), (200, 230), (260, 290)]
    head = [line(0, *((a, b, t) for (a, b), t in zip(cols, ["項目", "単位", "R5年度", "R6年度"]))),
            *_matrix_rows(ROW_GAP_PT, ["自主防災組織率", "高齢化率"])]
    heading = line(3 * ROW_GAP_PT, (44, 160, "基本目標2 子育て"))
    top = 3 * ROW_GAP_PT + LINE_PT + 4
    header = [line(top, *((a, b, t) for (a, b), t in zip(cols, ["指標", "単", "実績値(平", "目標値(平"]))),
              line(top + LINE_PT, *((a, b, t) for (a, b), t in zip(cols, ["（KPI）", "位", "成30年", "成31年"])))]
    body = _matrix_rows(top + 2 * LINE_PT + 4, ["待機児童数", "転入者数"])
    tables, used = find_borderless([*head, heading, *header, *body], 1, 842.0)
    assert 3 not in used


@pytest.mark.parametrize(("cell", "heads_rows"), [("目標値（令和 7 年度）", False), ("目標値（2025 年度）", False), ("2,025", True), ("7", True)])
def test_a_year_set_with_spaces_in_the_next_header_is_no_body_word(cell: str, heads_rows: bool) -> None:
    # corpus seed 821 kpi_baseline_target in calc_borderless (dev8 wordings): 基本目標2 a blank row
    # below a table, over the next table's header No. | 活動指標名 | … | 目標値（最終年度の値）（令和 7
    # 年度）: its 7 was read as a figure, the heading as a section row, and the three tables as one,
    # the first table's names beside the others' values. A figure there (2,025, 7) is a body row's,
    # which a section row opens.
    cols = [(44, 80), (120, 138), (200, 260), (270, 300)]
    head = [line(0, *((a, b, t) for (a, b), t in zip(cols, ["項目", "単位", "R5年度", "R6年度"]))),
            *_matrix_rows(ROW_GAP_PT, ["自主防災組織率", "高齢化率"])]
    heading = line(3 * ROW_GAP_PT, (44, 160, "基本目標2 子育て"))
    top = 3 * ROW_GAP_PT + LINE_PT + 4
    header = line(top, *((a, b, t) for (a, b), t in zip(cols, ["指標", "単位", cell, "平均"])))
    body = _matrix_rows(top + LINE_PT + 4, ["待機児童数", "転入者数"])
    _, used = find_borderless([*head, heading, header, *body], 1, 842.0)
    assert (3 in used) is heads_rows
    assert _words_past_stated_years("14.3（平成 30 年度） 8,792人") == ["14.3( )", "8,792人"]  # a dated value stays a value


def _section_head() -> tuple[list[SegLine], SegLine]:
    """A header and two rows, and (1)地域産業の振興 under them: a heading that may open a group of the rows."""
    head = [line(0, (44, 80, "施策"), (120, 138, "番号"), (200, 240, "目標値"), (260, 300, "現状値")),
            line(ROW_GAP_PT, (44, 80, "施策A"), (120, 126, "1"), (200, 220, "37人"), (260, 280, "48人")),
            line(2 * ROW_GAP_PT, (44, 80, "施策B"), (120, 126, "2"), (200, 220, "33人"), (260, 280, "41人"))]
    return head, line(3 * ROW_GAP_PT, (44, 140, "（1）地域産業の振興"))


@pytest.mark.parametrize(("wrapped_lines", "one_table"), [(1, True), (2, False)])
def test_section_lookahead_lines_is_pinned(wrapped_lines: int, one_table: bool) -> None:
    # After (1)地域産業の振興 come the first lines of a wrapped name, then the body row: one
    # line of it is looked past (SECTION_LOOKAHEAD_LINES 2), two are not.
    head, heading = _section_head()
    top = 3 * ROW_GAP_PT
    names = [line(top + ROW_GAP_PT + k * PITCH_PT, (150, 190, f"名前{k}")) for k in range(wrapped_lines)]
    row = line(top + ROW_GAP_PT + wrapped_lines * PITCH_PT, (44, 80, "施策C"), (120, 126, "3"), (200, 220, "12人"), (260, 280, "9人"))
    tables, used = find_borderless([*head, heading, *names, row], 1, 842.0)
    assert (3 in used) is one_table


@pytest.mark.parametrize(("crowded_lines", "n_cols"), [(2, 2), (1, 1)])
def test_crowded_share_is_pinned(crowded_lines: int, n_cols: int) -> None:
    # One column (a label and a value 1.5 pt apart, a gap merge_spans closes) in four lines:
    # two of them holding both is half (CROWDED_SHARE 0.5): two columns; one is a quarter.
    lines = [line(k * ROW_GAP_PT, (44, 139, f"ラベル{k}"), *(((140.5, 160, "12"),) if k < crowded_lines else ()))
             for k in range(4)]
    assert len(split_crowded([(44.0, 160.0)], lines)) == n_cols


def test_a_value_and_a_status_a_column_gap_apart_are_parted_a_word_inside_a_column_is_not() -> None:
    # ２０，３７６ 達成 set in two columns with a gap wider than the space the text writes; an
    # indented １項 総務管理費 under a running head of two columns stays one heading.
    cols = [(44.0, 146.0), (152.0, 225.0), (231.0, 322.0), (328.0, 391.0), (397.0, 435.0)]
    parts = split_at_columns(Segment("２０，３７６ 達成", (355.7, 0.0, 415.4, 9.0)), cols)
    assert [p.text for p in parts] == ["２０，３７６", "達成"]
    heading = Segment("１項 総務管理費", (63.8, 0.0, 159.8, 12.0))
    assert split_at_columns(heading, [(45.8, 120.0), (126.5, 207.0)]) == [heading]


def test_a_segment_is_parted_at_a_joint_in_a_column_gap_only() -> None:
    # 基準年度値（2021年） and 計画目標値（2027年）, each as wide as its cell, overlapping at 231.2
    # where the values' columns part; the same joint inside a column (a compressed 、) parts nothing.
    glued = Segment("基準年度値（2021年）計画目標値（2027年）", (147.1, 90.8, 315.2, 99.3), ((12, 231.2),))
    cols = [(147.0, 229.0), (233.0, 315.0)]
    assert [(p.text, p.bbox[2]) for p in split_at_joints(glued, cols)] == [
        ("基準年度値（2021年）", 231.2), ("計画目標値（2027年）", 315.2)]
    assert split_at_joints(glued, [(147.0, 315.2)]) == [glued]
    assert split_at_joints(glued, [(147.0, 240.0), (244.0, 315.0)]) == [glued]


def test_a_joint_where_glyphs_overlap_parts_within_half_an_em_of_the_column_gap() -> None:
    # corpus seed 878 kpi_baseline_target in pdf_rules: 市民満足度（%） runs 2.1 pt over the next
    # column's 度（令和5年度）; the joint, between the overlapping glyphs, lies 2.3 pt inside that column
    from extract.pdf.cells import JOINT_PLACE_EM

    assert JOINT_PLACE_EM == 0.5
    cols = [(306.1, 370.3), (370.3, 430.0)]

    def glued(joint: float) -> Segment:
        return Segment("市民満足度（%）度（令和5年度）", (306.1, 241.7, 439.0, 250.7), ((8, joint),))

    assert [p.text for p in split_at_joints(glued(372.6), cols)] == ["市民満足度（%）", "度（令和5年度）"]
    assert split_at_joints(glued(370.3 + 0.75 * 9.0), cols) == [glued(370.3 + 0.75 * 9.0)]  # 3/4 em inside: a joint of the column's own



def _last_row_wrapped(gap: float, start: float = 151, below: str = "中学生の割合") -> list[SegLine]:
    """Rows of a group | number | name | two values; the last row's name wraps, its number and
    values centred on both lines, its group's label level with the name's first line (seed 3
    kpi_baseline_target html_borderless: 総所得の向上 | 6 | 住み続けたいと思う / 中学生の割合)."""
    lines = [line(i * 13.0, (134, 139, str(i)), (151, 205, f"指標{i}"), (311, 334, "13人"), (395, 418, "25人")) for i in range(4)]
    top = 4 * 13.0 - 2.0
    segs = [Segment("総所得の向上", (55, top, 109, top + LINE_PT)), Segment("6", (134, top + 6.5, 139, top + 6.5 + LINE_PT)),
            Segment("住み続けたいと思う", (151, top + 2.0, 232, top + 2.0 + LINE_PT)),
            Segment("40.0%", (311, top + 6.5, 334, top + 6.5 + LINE_PT)), Segment("45.6%", (395, top + 6.5, 418, top + 6.5 + LINE_PT))]
    lines.append(SegLine(tuple(segs), (55, top, 418, top + 6.5 + LINE_PT), 1, ""))
    return lines + [line(top + 2.0 + LINE_PT + gap, (start, 205, below))]


@pytest.mark.parametrize("gap_em", [0.0, 0.2])  # Chromium sets a cell at its type size; 0.2 em of leading
def test_the_last_rows_name_keeps_the_line_it_wraps_onto(gap_em: float) -> None:
    table, used = build_table(_last_row_wrapped(gap_em * LINE_PT))
    assert table is not None and used == 6
    assert texts(table)[-1][2:] == ["住み続けたいと思う中学生の割合", "40.0%", "45.6%"]


def test_a_line_set_at_a_paragraphs_leading_after_the_table_is_text() -> None:
    # a note starting where the names start, 0.4 of its height below the last row (4.0 pt at 9 pt); a line
    # that reads on from the name there is its rest (borderless._goes_on_name_at_wrap: Typst leads a cell's
    # lines 0.36 em apart), a sentence or a heading is not
    for note in ("数値は各年度末現在のものである。", "（2）健康づくりの推進"):
        table, used = build_table(_last_row_wrapped(0.4 * LINE_PT, below=note))
        assert table is not None and used == 5
        assert texts(table)[-1][2:] == ["住み続けたいと思う", "40.0%", "45.6%"]
    table, used = build_table(_last_row_wrapped(0.4 * LINE_PT))
    assert table is not None and used == 6
    assert texts(table)[-1][2:] == ["住み続けたいと思う中学生の割合", "40.0%", "45.6%"]


def test_a_line_after_the_table_starting_under_no_cell_is_text() -> None:
    table, used = build_table(_last_row_wrapped(0.0, start=160))
    assert table is not None and used == 5


# A card of label/value pairs whose wide text column hangs a kinsoku glyph (。) one glyph past
# its measure (reportlab, sample 001): the label of the next pair starts within that glyph, and
# two hanging lines are enough to close the gap before it.
HANG_TEXT_END = 294.5  # where the wrapped text lines end (18 wide glyphs of 9 pt from 132.5)
NEXT_LABEL_X = 302.3  # 目標値 starts inside the hanging glyph (294.5-303.5)


def _hanging_card(other_end: float) -> list[SegLine]:
    body = "要介護高齢者の増加が見込まれる中で切"  # 18 wide glyphs (cut to end where other_end says)
    return [
        line(0, (49.0, 85.0, "取組内容"), (132.5, other_end, body)),
        line(ROW_GAP_PT, (132.5, 303.5, "ぞれの分野を超えた多職種連携体制の構。")),
        line(2 * ROW_GAP_PT, (49.0, 125.5, "現状値"), (132.5, 155.0, "373人"), (NEXT_LABEL_X, 378.8, "目標値 (2028年度)"),
             (385.8, 408.3, "400人")),
        line(3 * ROW_GAP_PT, (49.0, 85.0, "実施年度"), (278.3, 296.3, "2024"), (361.8, 379.8, "2025"), (385.8, 408.3, "2026")),
        line(4 * ROW_GAP_PT, (49.0, 85.0, "事業効果"), (132.5, other_end, body)),
        line(5 * ROW_GAP_PT, (132.5, 303.5, "介護関係者を対象とした研修等を実施し、")),
    ]


@pytest.mark.parametrize("others_before_glyph_end, unhung", [
    (0.9, True),  # the others end 0.9 glyph before: the glyph hangs (fails when HANG_SHARE doubles to 1.0)
    (0.4, False),  # the others reach most of the way into the glyph: the column is that wide (fails at 0.25)
])
def test_hang_share_is_pinned(others_before_glyph_end: float, unhung: bool) -> None:
    glyph = 9.0
    lines = _hanging_card(303.5 - others_before_glyph_end * glyph)
    assert HANG_SHARE == 0.5
    assert (unhung_end(lines[1].segments[0], 1, lines) < 303.5) is unhung


def test_a_hanging_kinsoku_glyph_does_not_close_the_gap_where_a_column_starts() -> None:
    lines = _hanging_card(HANG_TEXT_END)
    assert last_glyph_width(lines[1].segments[0]) == pytest.approx(9.0)
    assert unhung_end(lines[1].segments[0], 1, lines) == pytest.approx(HANG_TEXT_END)
    assert columns(lines) == [(49.0, 125.5), (132.5, 296.3), (NEXT_LABEL_X, 379.8), (385.8, 408.3)]


def test_a_last_glyph_that_may_start_a_line_is_no_hanging_glyph() -> None:
    lines = _hanging_card(HANG_TEXT_END)
    seg = lines[1].segments[0]
    plain = [*lines[:1], line(ROW_GAP_PT, (132.5, 303.5, seg.text[:-1] + "築")), *lines[2:]]
    assert unhung_end(plain[1].segments[0], 1, plain) == 303.5


def test_a_hanging_glyph_where_no_column_starts_keeps_its_extent() -> None:
    lines = [ln for ln in _hanging_card(HANG_TEXT_END)
             if not any(s.text.startswith("目標値") for s in ln.segments)]
    assert unhung_end(lines[1].segments[0], 1, lines) == 303.5


@pytest.mark.parametrize("at_foot", [True, False])
def test_a_row_at_the_foot_of_the_page_may_have_its_label_wrapped_below_it(at_foot: bool) -> None:
    # 施策 / 名 centred beside 学校給食運営事業, the last row on its page (sample 001 in the
    # html_narrow rendition): one line of two cells and the label's second line.
    lines = [line(763, (53, 71, "施策"), (172, 244, "学校給食運営事業")), line(772, (57, 66, "名"))]
    table, used = build_table(lines, small_ok=True, at_foot=at_foot)
    assert (table is not None and table.fragment and used == 2) is at_foot


@pytest.mark.parametrize("at_foot", [True, False])
def test_a_value_set_above_its_label_at_the_foot_of_the_page_stays_in_the_table(at_foot: bool) -> None:
    # 566,651 at the foot of the page, its label 事業費(千円) centred lower, on the next page.
    lines = [line(0, (49, 76, "実施年度"), (304, 322, "2024"), (340, 358, "2025")),
             line(ROW_GAP_PT, (49, 76, "事業効果"), (304, 322, "100"), (340, 358, "200")),
             line(2 * ROW_GAP_PT, (290, 322, "566,651"))]
    table, _ = build_table(lines, at_foot=at_foot)
    assert table is not None and (texts(table)[-1] == ["", "566,651", ""]) is at_foot


def test_a_note_at_the_foot_of_the_page_is_no_cut_row() -> None:
    # （単位 千円） under a table's last row, inside its second column at the foot of the page
    # (realdocs fuji_r7_yosansho_gaiyo p9): the unit of the table on the next page, not a cell.
    lines = [line(0, (49, 76, "実施年度"), (304, 322, "2024"), (340, 358, "2025")),
             line(ROW_GAP_PT, (49, 76, "事業効果"), (304, 322, "100"), (340, 358, "200")),
             line(2 * ROW_GAP_PT, (300, 358, "（単位 千円）"))]
    table, _ = build_table(lines, at_foot=True)
    assert table is not None and texts(table)[-1] == ["事業効果", "100", "200"]


@pytest.mark.parametrize(("text", "cut_row"), [("※現状値はH24時点の値", False), ("特定健診受診率", True)])
def test_issue7_a_footnote_as_narrow_as_the_label_column_at_the_foot_is_no_cut_row(text: str, cut_row: bool) -> None:
    # corpus seed 4 kpi_progress in pdf_rules: the note under the last row, inside the label
    # column at the foot of the page, was kept as a row and the year it restates lost
    lines = [line(0, (44, 120, "指標"), (150, 200, "H26基準値"), (230, 290, "R2目標値")),
             line(ROW_GAP_PT, (44, 98, "人口"), (150, 200, "46,521"), (230, 290, "35,071")),
             line(2 * ROW_GAP_PT, (44, 98, "移住相談件数"), (150, 200, "184"), (230, 290, "270")),
             line(3 * ROW_GAP_PT, (44, 118, text))]
    table, _ = build_table(lines, at_foot=True)
    assert table is not None and (texts(table)[-1][0] == text) is cut_row


def _glyph(text: str, x0: float, top: float, size: float = 9.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size}


@pytest.mark.parametrize("offset, on", [(0.0, True), (0.3, True), (0.5, False), (-0.5, False), (0.7, False)])
def test_a_space_half_a_line_off_belongs_to_no_line(offset: float, on: bool) -> None:
    # pins SPACE_LINE_SHARE: at 0.25 the half-off space is taken, at 1.0 none is (0.3 off overlaps 0.7)
    assert pdfplumber_adapter.SPACE_LINE_SHARE == 0.5
    assert pdfplumber_adapter.on_line(_glyph(" ", 20.0, 100.0 + offset * 9.0), 100.0, 109.0) is on


def test_a_neighbouring_lines_space_does_not_bridge_a_column_gap() -> None:
    # an HTML engine centres a one-line cell between two lines: the space of the cell beside it,
    # half a line lower, is no word break of this line, so 人 and 年 stay apart across the gap
    line = {"top": 100.0, "bottom": 109.0, "x0": 0.0, "x1": 60.0}
    chars = [_glyph("人", 0.0, 100.0), _glyph("年", 40.0, 100.0)]
    spaces = [_glyph(" ", 20.0, 104.5)]
    got = pdfplumber_adapter._line_spaces(line, spaces, [s["top"] for s in spaces])
    assert got == []
    assert pdfplumber_adapter._is_column_gap(chars[0], chars[1], got)
    # a space of this line that nearly fills a gap is a word break
    assert not pdfplumber_adapter._is_column_gap(chars[0], _glyph("年", 20.0, 100.0), [_glyph(" ", 9.5, 100.0)])


def test_a_segment_set_from_the_tables_edge_is_the_first_columns() -> None:
    # （1）健康づくりの推進 over a narrow KPI column: its middle lies in the next column, yet it
    # opens its row at the first; the same text starting inside the next column is that column's.
    cols = [(54.7, 81.7), (93.7, 129.7), (141.7, 177.7)]
    assert column_of(cols, Segment("（1）健康づくりの推進", (54.7 + ALIGN_TOL_PT / 2, 0.0, 149.2, 9.0))) == 0
    assert column_of(cols, Segment("（1）健康づくりの推進", (94.0, 0.0, 160.0, 9.0))) == 1


def test_a_names_last_line_wrapped_at_the_rows_pitch_stays_in_the_table() -> None:
    # A table of one body row whose name wraps onto a line set as far below as the rows are
    # apart (an engine wrapping at its rows' pitch): that line stays the name's; a note set
    # further down after the table does not.
    pitch = 16.7
    lines = [line(0, (45, 146, "重要業績評価指標（KPI）"), (174, 222, "計画目標値"), (257, 286, "達成値")),
             line(pitch, (152, 195, "2021年度"), (201, 244, "2020年度"), (250, 293, "2019年度")),
             line(2 * pitch, (44.5, 136, "六次産業化に取り組む"), (184, 196, "51"), (233, 245, "57"), (282, 294, "54")),
             line(3 * pitch - 0.3, (44.5, 112, "事業者数（累計）")),
             line(4 * pitch + 3, (44.5, 114, "再掲の事業を含む"))]
    table, used = build_table(lines)
    assert table is not None and used == 4
    assert table.rows[-1][0].raw == "事業者数（累計）"


# corpus seed 509 kpi_baseline_target (calc_borderless): header lines 8.3 pt apart, grouped with
# the only row of values 6.5 pt under them; the name's rest 6.5 pt under that row is the name's
@pytest.mark.parametrize(("extra", "kept"), [(0.0, True), (2.0, True), (3.0, False)])
def test_a_names_rest_under_a_one_row_table_at_its_headers_gap_stays_in_it(extra: float, kept: bool) -> None:
    height = 10.0
    lines = [line(404.7, (158, 208, "計画策定時"), (242, 272, "目標値"), height=height),
             line(413.0, (80, 130, "指標の名称"), (310, 349, "国の基準"), height=height),
             line(421.2, (160, 206, "（2022年）"), (234, 281, "（2027年）"), height=height),
             line(437.7, (55, 152, "六次産業化に取り組む"), (197, 210, "77"), (280, 303, "61※"), (342, 354, "56"), height=height),
             line(454.2 + extra, (55, 126, "事業者数（累計）"), height=height)]
    table, used = build_table(lines)
    assert table is not None and (used == 5) is kept


def _budget_rows(rest_gap: float, rest: str = "創出事業（拡充）") -> list[SegLine]:
    """A header and three rows of amounts at ROW_GAP_PT, the last row's name continued by a line
    of its own `rest_gap` below it (corpus seed 5 budget_book: 中心市街地にぎわい / 創出事業（拡充）)."""
    lines = [line(0, (44.5, 80.5, "区分"), (160, 210, "本年度"), (225, 273, "前年度"))]
    names = ("健康ポイント事業", "移住定住促進事業", "中心市街地にぎわい")
    lines += [line(ROW_GAP_PT * (k + 1), (44.5, 44.5 + 9 * len(n), n), (171, 210, "845,895"), (234, 273, "664,789"))
              for k, n in enumerate(names)]
    top = lines[-1].bbox[3] + rest_gap
    return lines + [line(top, (44.5, 44.5 + 9 * len(rest), rest))]


# rows 17 pt apart, 9 pt high: 8 pt between rows; PITCH_TOL_EM of 9 pt is 2.25 pt
@pytest.mark.parametrize(("extra", "kept"), [(2.0, True), (2.5, False)])
def test_a_names_rest_set_as_a_row_at_the_rows_pitch_stays_in_the_table(extra: float, kept: bool) -> None:
    table, used = build_table(_budget_rows(ROW_GAP_PT - LINE_PT + extra))
    assert table is not None and (used == 5) is kept


def test_a_note_at_the_rows_pitch_below_the_table_is_no_row() -> None:
    table, used = build_table(_budget_rows(ROW_GAP_PT - LINE_PT, rest="※単位は千円"))
    assert table is not None and used == 4


def test_a_names_rest_at_the_rows_pitch_after_a_row_numbered_left_of_it_stays() -> None:
    # corpus seed 596 kpi_baseline_target in pdf_rules: 具体的な施策 | No. | 成果指標 | figures, one
    # row (1 left of its name, a figure too) whose name goes on a row's pitch below: the rest was
    # dropped, the KPI named 六次産業化に取り組む
    lines = [line(0, (44.5, 98, "具体的な施策"), (99, 112, "No."), (141, 173, "成果指標"), (207, 231, "現況値"), (279, 319, "計画目標値")),
             line(PITCH_PT, (203, 235, "（2018）"), (283, 315, "（2023）")),  # the header's lines closer than the rows
             line(ROW_GAP_PT + PITCH_PT, (44.5, 85, "雇用の創出"), (107.5, 112, "1"), (116.5, 206, "六次産業化に取り組む"),
                  (227.5, 236, "14"), (311.5, 320, "20"))]
    rest = line(2 * ROW_GAP_PT + PITCH_PT, (116.5, 188, "事業者数（累計）"))
    table, used = build_table([*lines, rest])
    assert table is not None and used == 4
    table, used = build_table([*lines, line(2 * ROW_GAP_PT + PITCH_PT, (311.5, 329.5, "累計"))])
    assert table is not None and used == 3  # in the last figure's column: no name's rest


def test_a_closing_bracket_hung_past_the_first_column_does_not_end_the_table() -> None:
    # 助成事業（18歳まで） one glyph wider than the names above: its ） hangs under the next column
    lines = [line(ROW_GAP_PT * k, (44.5, 125.5, "道の駅機能強化事業"), (133.6, 160.6, "財政課"), (241.6, 295.6, "176,586"))
             for k in range(3)]
    rest = line(ROW_GAP_PT * 3, (44.5, 134.5, "助成事業（18歳まで）"))
    tables, used = find_borderless([*lines, rest, line(ROW_GAP_PT * 6, (42, 500, "以下のとおり事業を実施する。"))], 1, 842.0)
    assert len(tables) == 1 and 3 in used


def test_a_group_header_centred_over_two_columns_widens_neither() -> None:
    # corpus seed 2 budget_book (pdf_rules): 本年度予算額 centred over 金額 | 構成比（％）, its right
    # edge a hair short of the ratios' column; widened to it, the amounts' column would take
    # the wider 構成比（％） centred over the ratios.
    lines = [line(88, (79, 96, "科目"), (154, 205, "本年度予算額"), (234, 285, "前年度予算額"), (304, 322, "差引")),
             line(104, (142, 159, "金額"), (172, 223, "構成比（％）"), (235, 252, "金額"), (264, 290, "構成比"))]
    for k, (name, amount, share, last, last_share, diff) in enumerate(3 * [
            ("道の駅機能強化事業", "261314", "5.9", "229844", "5.4", "31470"),
            ("スマート農業導入支援", "286133", "6.4", "313852", "7.4", "△27719"),
            ("脱炭素推進事業", "1075842", "24.2", "1488991", "35.1", "△413149")]):
        top = 119 + 15.2 * k  # nine rows: the two header lines alone over the gap leave it open
        lines.append(line(top, (44, 44 + 8.5 * len(name), name), (166 - 4.2 * len(amount), 166, amount),
                          (223 - 4.2 * len(share), 223, share), (259 - 4.2 * len(last), 259, last),
                          (290 - 4.2 * len(last_share), 290, last_share), (330 - 4.2 * len(diff), 330, diff)))
    table, _ = build_table(lines)
    assert table is not None
    assert texts(table)[1][1:5] == ["金額", "構成比（％）", "金額", "構成比"]


def test_a_row_number_a_word_space_before_its_name_opens_the_body() -> None:
    # corpus seed 5 kpi_baseline_target (pdf_borderless): a header wrapped to two lines set as
    # far apart as the body's one row below it (10 pt lines, 7 pt apart, the year line as wide as
    # its column: it reads as full, 61.4 its wrap); the row's number and name one segment (1 観光
    # 入込客数). The value, not the pitch, tells the body: it opens in the first column.
    groups = line(137.8, (175, 205, "現状値"), (287, 337, "計画目標値"), height=10)
    labels = line(146.3, (45, 59, "No"), (75, 115, "成果指標"), height=10)
    segments = (*labels.segments[:2], groups.segments[0], groups.segments[1])  # centred half a line off: one line (merge_offset_lines)
    lines = [SegLine(segments, (45, 137.8, 337, 156.3), 1, "No 成果指標 現状値 計画目標値"),
             line(154.8, (131, 249, "（平成31年度/令和元年度）"), (255, 369, "（2024年度（令和6年度））"), height=10),
             line(171.8, (53, 124, "1 観光入込客数"), (228, 250, "61.4"), (348, 369, "62.0"), height=10)]
    table, _ = build_table(lines, small_ok=True)
    assert table is not None
    assert texts(table)[-1][-2:] == ["61.4", "62.0"]
    assert not any("61.4" in c for row in texts(table)[:-1] for c in row)


def _progress_rows(top: float, xs: list[tuple[float, float]], rows: list[list[str]], page: int) -> list[SegLine]:
    return [line(top + k * ROW_GAP_PT, *[(a, b, t) for (a, b), t in zip(xs, row)], page=page) for k, row in enumerate(rows)]


@pytest.mark.parametrize(("tail_row", "stitched"), [
    (["観光交流の推進", "⑤空き家バンク登録件数", "133件", "120件", "▲13"], True),
    (["施策", "評価指標", "基準値", "実績値", "増減"], False),  # a table of its own: its header over figures
])
def test_a_continuation_set_on_columns_of_its_own_is_stitched_in_column_order(tail_row: list[str], stitched: bool) -> None:
    # corpus seed 5 kpi_progress: the table's last row set again at the top of page 2, its
    # column widths fitted to that row alone: its 133件 reaches over the gap between two of
    # page 1's columns, so that the two parts cannot be read again as one (_rebuilt).
    head_x = [(44, 107), (118, 181), (192, 222), (228, 258), (300, 330)]
    head = build_table(_progress_rows(700, head_x, [["施策", "評価指標", "基準値", "実績値", "増減"],
                                                    ["安全・安心なまち", "①転入者数", "1,527人", "1,879人", "+352"],
                                                    ["総所得の向上", "②温室効果ガス", "155,985t", "158,729t", "+2,744"],
                                                    ["観光交流の推進", "④要介護認定率", "19.7%", "20.5%", "0.8"]], 1))[0]
    tail = build_table(_progress_rows(63, [(44, 107), (113, 207), (214, 239), (245, 270), (308, 327)], [tail_row], 2),
                       small_ok=True)[0]
    assert head is not None and tail is not None
    pages = [PageContent(1, 595.0, 842.0, (head,)), PageContent(2, 595.0, 842.0, (tail,))]
    tables = [t for t in stitch(pages) if isinstance(t, RawTable)]
    assert (len(tables) == 1 and texts(tables[0])[-1] == tail_row) is stitched


def test_a_note_under_a_card_ends_it_though_a_heading_follows_at_its_leading() -> None:
    # corpus seed 15 kpi_cards (WeasyPrint): a card, a ※ note set from the margin left of it, a
    # heading right below the note, the next card. Without the note ending the first card, the
    # heading reads as the note's next line and the cards run together.
    def card(top: float, rows: list[tuple[str, str]]) -> list[SegLine]:
        return [line(top + 13 * k, (55, 55 + 9 * len(a), a), (193, 193 + 9 * len(b), b)) for k, (a, b) in enumerate(rows)]
    lines = card(160.8, [("指標名", "森林整備面積"), ("計画策定時（2024年度）", "3.4 ha"), ("実績値（2025年度）", "…"),
                         ("計画目標値（2029年度）", "3.2 ha")])
    lines += [line(219.3, (46, 158, "※ 達成率＝実績値÷目標値")), line(230.3, (46, 275, "基本目標3 しごとをつくり、安心して働けるようにする"))]
    lines += card(245.8, [("施策名", "総所得の向上"), ("KPI", "社会増減数"), ("基準値（2025年度）", "－252 人")])
    tables, _ = find_borderless(lines, 1, 842.0)
    assert [texts(t)[0][0] for t in tables] == ["指標名", "施策名"]
    assert [len(t.rows) for t in tables] == [4, 3]


def test_a_header_repeated_with_its_own_breaks_is_dropped_from_the_continuation() -> None:
    # corpus seed 12 budget_main_projects (pdf_borderless): page 2 sets the header again, wrapped
    # otherwise (2024年度 over （令和6年度）予算計上額, two rows), and its columns fitted to its own rows.
    head_x = [(44, 60), (70, 160), (170, 210), (226, 267)]
    header = [["No.", "主な事業", "2024年度（令和6年度）予算計上額", "2025年度（令和7年度）予算計上額"]]
    body = [["1", "地域資源を活用した事業", "538,814", "465,620"], ["2", "シティプロモーション事業", "302,721", "271,480"],
            ["(3)", "関係人口創出事業", "780,869", "895,158"]]
    head = build_table(_progress_rows(600, head_x, header + body, 1))[0]
    tail_x = [(44, 52), (70, 150), (200, 240), (250, 290)]  # 229,322 over page 1's gap between its years
    tail = build_table([line(63, (44, 60, "No."), (70, 110, "主な事業"), (200, 240, "2024年度"), (250, 290, "2025年度"), page=2),
                        line(80, (200, 240, "（令和6年度）予算計上額"), (250, 290, "（令和7年度）予算計上額"), page=2),
                        *_progress_rows(97, tail_x, [["5", "インバウンド誘客推進事業", "229,322", "191,384"],
                                                     ["6", "地域包括ケア推進事業", "129,161", "129,594"]], 2)])[0]
    assert head is not None and tail is not None
    pages = [PageContent(1, 595.0, 842.0, (head,)), PageContent(2, 595.0, 842.0, (tail,))]
    tables = [t for t in stitch(pages) if isinstance(t, RawTable)]
    assert len(tables) == 1
    assert [r[1] for r in texts(tables[0])] == ["主な事業", *(r[1] for r in body), "インバウンド誘客推進事業", "地域包括ケア推進事業"]


def test_era_less_years_after_a_year_of_their_era_are_a_header_row() -> None:
    # corpus seed 19 budget_plan_years (pdf_rules): 事業費 / 単位：千円 centred over R5年 | 6年 |
    # 7年 | 8年. 6年 alone reads as a quantity (six years); after R5年 it is 令和6年, a header, so
    # the group header above spans the four years.
    years = [(206, 223, "R5年"), (237, 250, "6年"), (267, 279, "7年"), (298, 311, "8年")]
    lines = [line(89.0, (247, 272, "事業費")), line(99.2, (83, 109, "事業名"), (157, 191, "担当部局"), (238, 281, "単位：千円")),
             line(114.4, *years)]
    for k, (name, dept, values) in enumerate([("ＧＩＧＡスクール推進事業", "生涯学習課", ["-", "0", "32085", "22317"]),
                                              ("中心市街地にぎわい", "環境課", ["25426", "0", "27752", "28474"]),
                                              ("移住定住促進事業", "農林課", ["123185", "83436", "113509", "103389"])]):
        cells = [(228 + 30 * j - 4.5 * len(v), 228 + 30 * j, v) for j, v in enumerate(values)]
        lines.append(line(129.6 + 15.2 * k, (44, 44 + 9 * len(name), name), (152, 152 + 9 * len(dept), dept), *cells))
    table = build_table(lines)[0]
    assert table is not None
    assert [(c.raw.replace("\n", ""), c.col_span) for c in table.rows[0] if c.raw] == [
        ("事業名", 1), ("担当部局", 1), ("事業費単位：千円", 4)]


def test_a_section_heading_reaching_into_a_value_column_closes_no_gap() -> None:
    # corpus seed 13 kpi_year_matrix (pdf_borderless): （1）子育て環境の充実 set from the table's edge
    # past the end of the names, over the first year's right-aligned figures; with two such
    # headings the gap between the names and 26 / 526 was covered and the figures joined the names.
    years = [(121, 162, "2014年度"), (168, 208, "2021年度"), (221, 262, "2022年度")]
    lines = [line(123.3, (67, 94, "指標名"), (128, 155, "現状値"), (175, 202, "実績値"), (214, 269, "実績（確定値）")),
             line(134.1, *years), line(150.5, (44, 131, "（1）子育て環境の充実"))]
    for k, (name, values) in enumerate([("若者定住奨励金", ["26", "調査なし", "46"]), ("移住相談件数", ["526", "651", "722"])]):
        lines.append(line(166.9 + 26.6 * k, (44, 44 + 9 * len(name), name),
                          *((b - 4.5 * len(v), b, v) for (_, b, _), v in zip(years, values))))
    lines.append(line(219.9, (44, 123, "（2）地域産業の振興")))
    for k, (name, values) in enumerate([("空き家バンク登録", ["110", "104", "95"]), ("ふるさと納税寄附", ["37,048", "33,583", "32,537"])]):
        lines.append(line(236.3 + 26.6 * k, (44, 44 + 9 * len(name), name),
                          *((b - 4.5 * len(v), b, v) for (_, b, _), v in zip(years, values))))
    table, _ = build_table(lines)
    assert table is not None
    assert [r[:2] for r in texts(table) if r[1]][1:] == [["若者定住奨励金", "26"], ["移住相談件数", "526"],
                                                          ["空き家バンク登録", "110"], ["ふるさと納税寄附", "37,048"]]


def test_a_sub_header_set_flush_left_over_right_aligned_figures_is_their_columns_header() -> None:
    # A header of three rows (年度 beside 直近値 over ①保育所入所率 / （%）), each sub-header set flush
    # left and ending before the figures right-aligned under it begin (corpus seed 18
    # kpi_transposed, html_borderless): header and figures are one column, not two half-empty ones.
    lines = [line(0, (94, 121, "直近値")), line(6, (55, 64, "年")),
             line(13, (55, 64, "度"), (94, 157, "①保育所入所率"), (190, 245, "②市民満足度")),
             line(22, (94, 116, "（%）"), (190, 213, "（%）"))]
    lines += [line(35 + ROW_GAP_PT * i, (55, 68, f"H2{6 - i}"), (160, 178, f"8{i}.9"), (248, 266, f"4{i}.2"))
              for i in range(4)]
    table, _ = build_table(lines)
    assert table is not None and table.n_cols == 3
    assert [row[1:] for row in texts(table)[-2:]] == [["82.9", "42.2"], ["83.9", "43.2"]]


@pytest.mark.parametrize(("off_em", "centred_em", "lifted"), [
    (0.0, CENTRED_EM, True), (0.2, CENTRED_EM, True), (0.2, CENTRED_EM / 2, False),
    (0.45, CENTRED_EM, False), (0.45, CENTRED_EM * 2, True)])
def test_a_tall_cell_centred_on_the_first_rows_label_is_that_rows(monkeypatch: pytest.MonkeyPatch, off_em: float,
                                                                 centred_em: float, lifted: bool) -> None:
    # 年間１１１，１ / ９７人（4年間で / ４４４，７８８ / 人） centred on ①人口 (corpus seed 16 kpi_progress,
    # pdf_rules): its first lines above the label's line are the first row's, not the header's.
    monkeypatch.setattr(cells, "CENTRED_EM", centred_em)
    pitch, label_top = 10.8, 100.0
    top = label_top - 1.5 * pitch + off_em * LINE_PT  # four lines, the second beside the label
    lines = [line(60, (50, 90, "評価指標"), (120, 150, "策定年"), (200, 240, "目標値")),
             line(top, (200, 250, "年間１１１，１")),
             line(label_top, (50, 80, "①人口"), (120, 160, "８６，２７８")),
             line(top + pitch, (200, 250, "９７人（4年間で")),
             line(top + 2 * pitch, (200, 250, "４４４，７８８")),
             line(top + 3 * pitch, (200, 215, "人）")),
             line(label_top + 3 * ROW_GAP_PT, (50, 80, "②転入者数"), (120, 160, "８２９"), (200, 230, "８５８"))]
    lines, _ = merge_offset_lines(lines)
    assert (cells._body_start(lines, columns(lines)) == 1) is lifted


@pytest.mark.parametrize(("uppers", "gap_em", "starts_body"), [
    (("平成", "令和"), 0.0, False), (("平成", "令和"), 0.2, False), (("平成", "令和"), 0.5, True), (("現在", "目標"), 0.0, True)])
def test_an_era_over_its_year_set_solid_is_the_headers(uppers: tuple[str, str], gap_em: float, starts_body: bool) -> None:
    # 現況値 / 平成 / 26年 set solid beside 具体的な / 施策 (corpus seed 509 kpi_progress, chromium_borderless):
    # 26年 ends the year 平成 begins, a header's and no value; under other words, or a row's padding
    # below them, it is a value and the body starts with it.
    era_top = 60 + LINE_PT
    lines = [line(60, (50, 90, "具体的な"), (120, 150, "現況値"), (200, 230, "目標")),
             line(era_top, (120, 140, uppers[0]), (200, 220, uppers[1])),
             line(era_top + (1 + gap_em) * LINE_PT, (50, 90, "施策"), (120, 145, "26年"), (200, 220, "2年")),
             line(era_top + 4 * LINE_PT, (50, 80, "人口"), (120, 150, "3,862"), (200, 230, "3,560"))]
    assert (cells._body_start(lines, columns(lines)) == 2) is starts_body


@pytest.mark.parametrize(("gap_em", "starts_body"), [(0.35, False), (0.9, False), (1.5, True)])
def test_an_era_a_bracket_leaves_open_over_its_year_is_the_headers(gap_em: float, starts_body: bool) -> None:
    # 2022 年度（令和 over 4 年度）, a header's leading (0.36 em, Typst) wider than a solid cell's: the
    # bracket opened above and closed below is one phrase within a line's reach (hanging.WRAP_REACH_EM);
    # farther down, 4 年度） would be a row's (corpus seed 995 budget_plan_years in typst_borderless)
    era_top = 60 + LINE_PT
    lines = [line(60, (50, 90, "事業名"), (120, 150, "事業費"), (200, 230, "合計")),
             line(era_top, (110, 160, "2022 年度（令和"), (195, 235, "2023 年度（令和")),
             line(era_top + (1 + gap_em) * LINE_PT, (50, 90, "施策"), (125, 145, "4 年度）"), (205, 225, "5 年度）")),
             line(era_top + 5 * LINE_PT, (50, 80, "人口"), (120, 150, "3,862"), (200, 230, "3,560"))]
    assert (cells._body_start(lines, columns(lines)) == 2) is starts_body


def test_a_year_a_space_parts_from_its_era_holds_no_value() -> None:
    # 策定時(令和 5 over 年度): 5 ends the era's year, no figure; the body starts at the row of figures
    lines = [line(60, (50, 90, "指標"), (120, 170, "策定時(令和 5"), (200, 250, "最新値(令和 7")),
             line(60 + LINE_PT, (135, 155, "年度)"), (215, 235, "年度)")),
             line(60 + 3 * LINE_PT, (50, 80, "人口"), (140, 170, "3,862"), (220, 250, "3,560"))]
    assert cells._body_start(lines, columns(lines)) == 2


def test_two_value_columns_a_word_space_apart_stay_two_columns() -> None:
    # 年次 | 目標 | 達成値 with the target and the actual a word space apart (－ 10.2※, 11.2 12.0), each
    # year label as wide as its column (corpus seed 13 kpi_transposed, pdf_borderless).
    lines = [line(0, (50, 70, "年次"), (82, 102, "目標"), (109, 139, "達成値"), height=10)]
    lines += [line(17 * (i + 1), (44.5, 74.6, f"H2{i}年"), (95, 140, f"－ 1{i}.2※"), height=10) for i in range(3)]
    lines += [line(17 * (i + 4), (44.5, 74.6, f"H2{i + 3}年"), (81.6, 129.6, f"1{i}.2 12.{i}"), height=10) for i in range(3)]
    table, _ = build_table(lines)
    assert table is not None
    assert texts(table)[1:3] == [["H20年", "－", "10.2※"], ["H21年", "－", "11.2※"]]
    assert texts(table)[-1] == ["H25年", "12.2", "12.2"]


def test_a_header_band_set_half_a_line_apart_shows_the_gap_between_two_columns() -> None:
    # 年度 centred on both header rows beside Uターン就職者数（人） on the second; below, each year
    # and its left-aligned figure a word space apart (2018 53, corpus seed 10 kpi_transposed).
    lines = [line(0, (259, 279, "実績")), line(8.5, (47.6, 67.6, "年度")),
             line(17, (76.2, 170.8, "Uターン就職者数（人）"), (176.9, 267.8, "製造品出荷額（億円）"))]
    lines += [line(34 + ROW_GAP_PT * i, (45.5, 88.3, f"201{i} 5{i}"), (240.5, 268.3, f"1,07{i}")) for i in range(4)]
    lines, _ = merge_offset_lines(lines)
    table, _ = build_table(lines)
    assert table is not None
    assert texts(table)[-1] == ["2013", "53", "1,073"]


def test_a_header_set_at_the_rows_pitch_over_rows_without_padding_is_a_row_of_its_own() -> None:
    # No. | 担当課 | 予算額 | 事業内容 set solid over rows whose descriptions wrap at the rows' very
    # pitch (corpus seed 10 budget_main_projects, pdf_borderless and html_borderless).
    lines = [line(0, (45, 61, "No."), (77, 107, "担当課"), (260, 290, "予算額"), (356, 396, "事業内容"), height=10)]
    for r in range(3):
        top = 17 + 34 * r
        lines += [line(top, (44.5, 50.8, str(r + 1)), (66.8, 96.8, "総務課"), (246, 310, f"3{r},727,483円"),
                       (316.8, 425, "健康づくりの取組にポイン"), height=10),
                  line(top + 17, (316.8, 370, "トを付与する"), height=10)]
    table, _ = build_table(lines)
    assert table is not None
    assert texts(table) == [["No.", "担当課", "予算額", "事業内容"],
                            *[[str(r + 1), "総務課", f"3{r},727,483円", "健康づくりの取組にポイントを付与する"] for r in range(3)]]


def test_a_group_header_over_sub_headers_a_word_space_apart_widens_no_column() -> None:
    # 事業費(千円) centred over four year headers set in one segment a word space apart, over
    # right-aligned figures (corpus seed 10 budget_plan_years, pdf_rules): each year heads its own column.
    years = "2024年度（令和6年度） 2025年度（令和7年度） 2026年度（令和8年度） 2027年度（令和9年度）"
    lines = [line(0, (306.5, 360.5, "事業費(千円)")), line(8, (77.1, 104.1, "取組名")), line(16.5, (140.5, 526.4, years))]
    for r, name in enumerate(["病児保育事業", "地域公共交通確保維持", "脱炭素推進事業"]):
        lines.append(line(32 + ROW_GAP_PT * r, (44.5, 134.5, name), (202.3, 233.8, "111,310"), (304, 331, "26,413"),
                          (401.1, 428.1, "27,942"), (498.3, 525.3, "24,405")))
    lines, _ = merge_offset_lines(lines)
    table, _ = build_table(lines)
    assert table is not None
    assert [c.raw for c in table.rows[1]][1:] == [f"{y}年度（令和{y - 2018}年度）" for y in range(2024, 2028)]


def test_a_group_header_set_flush_left_wider_than_its_first_column_heads_them_all() -> None:
    # 事業費見込額（千円） flush left over Ｈ３１ | Ｒ２ | … , its middle over the second year (corpus
    # seed 19 budget_plan_years, html_borderless): it heads all five from the first.
    cols = [(183.7 + 43.5 * k, 215.2 + 43.5 * k) for k in range(5)]
    lines = [line(0, (183.7, 273.7, "事業費見込額（千円）")), line(6.5, (54.7, 90.7, "主な事業")),
             line(13, *((a, a + 18, y) for (a, _), y in zip(cols, ["Ｈ３１", "Ｒ２", "Ｒ３", "Ｒ４", "Ｒ５"])))]
    lines += [line(26 + ROW_GAP_PT * r, (54.7, 126.7, f"森林環境整備事業{r}"), *((b - 31.5, b, f"17{r},15{k}") for k, (_, b) in enumerate(cols)))
              for r in range(3)]
    lines, _ = merge_offset_lines(lines)
    table = build_table(lines)[0]
    assert table is not None
    assert [(c.raw, c.col_span) for c in table.rows[0]][:2] == [("主な事業", 1), ("事業費見込額（千円）", 5)]


def test_a_group_header_centred_over_its_run_heads_it_though_it_may_be_flush() -> None:
    # 到達目標 centred over 2026年 … 2022年, starting in the gap before 2024年's right-aligned
    # figures, beside 実績 over 2021年 and 策定時 over 2018年 (corpus seed 15 kpi_year_matrix).
    years = ["2026年", "2025年", "2024年", "2023年", "2022年", "2021年", "2018年"]
    cols = [(182.0 + 41.2 * k, 217.7 + 41.2 * k) for k in range(7)]
    lines = [line(0, (262.0, 302.0, "到達目標"), (395.6, 415.6, "実績"), (431.8, 461.8, "策定時"), height=10),
             line(8.5, (90.5, 130.5, "評価指標"), height=10),
             line(17, *((a, a + 35.2, y) for (a, _), y in zip(cols, years)), height=10)]
    lines += [line(34 + 17 * r, (44.5, 105.5, f"創業件数{r}"), *((b - 12.6, b, f"3{k}") for k, (_, b) in enumerate(cols)), height=10)
              for r in range(3)]
    lines, _ = merge_offset_lines(lines)
    table = build_table(lines)[0]
    assert table is not None
    assert [(c.raw, c.col_span) for c in table.rows[0] if c.raw] == [("評価指標", 1), ("到達目標", 5), ("実績", 1), ("策定時", 1)]


@pytest.mark.parametrize("name_lines", [2, 3])
def test_the_last_line_of_a_name_does_not_join_the_next_rows_label_it_touches(name_lines: int) -> None:
    # 放課後児童ク / ラブの / 待機児童数 (its values beside the second line), then 総所得の向上 set from
    # the first column 0.12 em over the name's last line (corpus seed 17 kpi_progress, pdf_rules).
    names = ["放課後児童ク", "ラブの", "待機児童数"][:name_lines]
    lines = [line(10.8 * k, (104.5, 158.5, n)) for k, n in enumerate(names)]
    lines[1] = line(10.8, (104.5, 131.5, names[1]), (164.4, 173.4, "人"), (294.4, 303.4, "43"))
    top = 10.8 * (name_lines - 1) + LINE_PT - 1.1
    merged, groups = merge_offset_lines([*lines, line(top, (44.5, 98.5, "総所得の向上"))])
    assert (groups[-1] == [name_lines]) is (name_lines == 3)  # after a value line, it may still be a centred cell


def test_words_of_a_note_holding_a_figure_part_under_no_header() -> None:
    # 備考 over notes 災害復旧費の追加 -７５，９７０，７５８円 set as one segment with the amount before
    # it (corpus seed 17 budget_supplementary, pdf_borderless): the note and its figure stay one cell.
    lines = [line(0, (55, 65, "款"), (275, 335, "補正後予算額"), (424.9, 444.9, "備考"))]
    notes = ["人件費の増 ６２，３７１，６２９円", "災害復旧費の追加 -７５，９７０，７５８円", "国庫補助金の確定 １３１，２５８，８３３円"]
    lines += [line(ROW_GAP_PT * (r + 1), (44.5, 74.5, f"消防費{r}"), (260.8, 513.4, f"２，７８７，２７５，７９５円 {note}"))
              for r, note in enumerate(notes)]
    table, _ = build_table(lines)
    assert table is not None and table.n_cols == 3
    assert texts(table)[2] == ["消防費1", "２，７８７，２７５，７９５円", "災害復旧費の追加 -７５，９７０，７５８円"]


def test_a_group_header_wider_than_the_tables_first_line_is_lifted_into_it() -> None:
    # 実績（確定値） centred over four indicators, above 年次 | ボランティア派遣日数（延べ日 set half a line
    # higher than 出生数（人） | 学校給食… | 地域活動参加率（%） (corpus seed 19 kpi_transposed, pdf_rules).
    lines = [line(0, (324.6, 387.6, "実績（確定値）")), line(13.3, (85.5, 103.5, "年次")),
             line(16.4, (153.6, 279.6, "ボランティア派遣日数（延べ日")),
             line(21.8, (289.3, 343.3, "出生数（人）"), (349.3, 470.8, "学校給食地場産物使用率（%）"), (476.8, 562.3, "地域活動参加率（%）")),
             line(27.2, (194.1, 239.1, "数）（日）"))]
    lines += [line(43 + ROW_GAP_PT * r, (44.5, 143.5, f"201{r}年度（平成2{r + 6}年度）"), (270.3, 283.8, f"30{r}"),
                   (288.8, 297.8, "…"), (453.3, 471.3, f"2{r}.5"), (544.8, 562.8, f"6{r}.2")) for r in range(3)]
    merged, _ = merge_offset_lines(lines)
    tables, _ = find_borderless(merged, 1, 842.0)
    assert len(tables) == 1 and "実績（確定値）" in [c.raw for c in tables[0].rows[0]]


def test_a_charts_axis_label_over_its_legend_is_no_header_lifted() -> None:
    # 0% over the legend 令和６年の構成比 | １年前の構成比 | ５年前の構成比, a wide note below it
    # (realdocs otoineppu_kyuyo_teiin_r7 p5): a figure beyond the legend's width is lifted into nothing.
    lines = [line(0, (40, 50, "0%")), line(8, (60, 130, "令和６年の構成比"), (140, 210, "１年前の構成比"), (220, 290, "５年前の構成比")),
             line(20, (20, 400, "（注） 平成２７年に８級制から６級制に変更している。"))]
    assert _lift(lines, 1, 0) == 1
    lines[0] = line(0, (30, 50, "構成比"))
    assert _lift(lines, 1, 0) == 0


def test_the_words_of_a_body_cell_part_no_column_over_them() -> None:
    # 全国・県の出現率のうち低い値を over 下回る % in a target column whose figures are right-aligned
    # (103 %), its header centred over it (sample 004 in the html_borderless rendition): one column.
    lines = [line(0, (49, 63.4, "No."), (191.8, 209.8, "指標"), (360, 400, "現状値"), (440, 513.7, "目標値（R7年度）"))]
    for r, (target, rest) in enumerate([("103 %", None), ("全国・県の出現率のうち低い値を", "下回る %"), ("101 %", None)]):
        top = 20 + 30 * r
        cell = (521.0, 546.3, target) if rest is None else (407.5, 542.5, target)
        lines.append(line(top, (58.4, 63.4, str(r + 1)), (69.4, 168.4, f"不登校出現率{r}"), (373.7, 401.5, f"0.5{r} %"), cell))
        if rest is not None:
            lines.append(line(top + 6.5, (407.5, 444.8, rest)))
    table, _ = build_table(lines)
    assert table is not None and table.n_cols == 4


def _pages_ending_in(end_1: str, end_2: str) -> list[PageContent]:
    """A three-column table ending page 1 and going on atop page 2, a line mid-page right under
    each part (where a browser sets the folio under a short page's content)."""
    def part(top: float, names: list[str], page: int) -> RawTable:
        table = build_table([line(top + k * ROW_GAP_PT, (49, 121, n), (200, 236, f"{k + 1},234"), (300, 336, f"{k + 5},678"),
                                  page=page) for k, n in enumerate(names)])[0]
        assert table is not None
        return table
    head, tail = part(300, ["防災事業", "観光事業", "福祉事業"], 1), part(60, ["教育事業", "環境事業", "交通事業"], 2)
    return [PageContent(1, 595.0, 842.0, (head,), (RawLine(end_1, (288, 360, 307, 369), 1),)),
            PageContent(2, 595.0, 842.0, (tail,), (RawLine(end_2, (288, 120, 307, 129), 2),))]


def test_a_folio_set_mid_page_under_a_table_is_furniture_the_table_goes_on_past() -> None:
    # corpus seed 598 budget_main_projects in chromium_borderless: - 1 - right under page 1's
    # table, mid-page; taken for text after the table, page 2's rows stood alone without the unit
    tables = [t for t in stitch(_pages_ending_in("- 1 -", "- 2 -")) if isinstance(t, RawTable)]
    assert len(tables) == 1 and len(tables[0].rows) == 6
    # a line closing one page only is the page's text: the parts stay apart
    tables = [t for t in stitch(_pages_ending_in("以上のとおり。", "- 2 -")) if isinstance(t, RawTable)]
    assert len(tables) == 2


@pytest.mark.parametrize(("word", "body"), [
    ("４４人（延べ３１０", True),  # a value, its note cut by the cell's wrap (over 日）)
    ("26人（延べ260日）24人（延べ240日）", True),  # values wider than their cells, glued (corpus seed 764 kpi_progress)
    ("目標値（R7）達成値（R5）", False),  # headers glued: no value before the bracket
    ("1.46", True),
    ("2023年度実績（確定", False),  # a header cut inside its bracket
    ("目標値（R7", False),
    ("平成30年度（R", False),  # a year before the bracket heads a column
])
def test_a_value_whose_note_the_wrap_leaves_open_is_a_body_word(word: str, body: bool) -> None:
    assert _is_body_word(word) is body


# 中間目標値 (令和元年度末) 中間目標値 (令和4年度末), one segment of words a space apart over the
# right-aligned figures of two columns, 中間目標値 alone lying in the gap nearer the 現状 column
# (corpus seed 534 kpi_baseline_target in pdf_rules, dev wordings)
HEADS = Segment("中間目標値 (令和元年度末) 中間目標値 (令和4年度末)", (338.7, 0.0, 562.5, 9.0))
HEAD_COLS = [(227.1, 335.1), (426.7, 449.2), (454.2, 481.2)]


def test_a_bracketed_word_heads_the_column_with_the_word_before_it() -> None:
    assert [s.text for s in split_at_columns(HEADS, HEAD_COLS)] == ["中間目標値 (令和元年度末)", "中間目標値 (令和4年度末)"]


def test_header_phrases_join_only_words_opening_with_a_bracket() -> None:
    spans = [("目標", 0.0, 20.0), ("（R7）", 25.0, 50.0), ("実績", 60.0, 80.0), ("R6)", 85.0, 100.0)]
    assert header_phrases(spans) == [("目標 （R7）", 0.0, 50.0), ("実績", 60.0, 80.0), ("R6)", 85.0, 100.0)]
    assert header_phrases([("(R7)", 0.0, 20.0)]) == [("(R7)", 0.0, 20.0)]


def test_the_words_of_a_bracket_closed_in_the_segment_are_one_phrase() -> None:
    # corpus seed 503 kpi_progress in pdf_rules, wordings dev8: 実績値（確定） (令和 5 年度) over figures
    # set from 280.6, its 5 年度) nearer the next column (405.6 …): the bracket's words head one column
    spans = [("実績値（確定）", 281.1, 340.6), ("(令和", 344.9, 366.1), ("5", 370.4, 374.6), ("年度)", 378.9, 400.1)]
    assert header_phrases(spans) == [("実績値（確定） (令和 5 年度)", 281.1, 400.1)]
    head = Segment(" ".join(w for w, _, _ in spans), (281.1, 0.0, 400.1, 9.0), (), tuple((a, b) for _, a, b in spans))
    assert [s.text for s in split_at_columns(head, [(250.1, 275.6), (280.6, 314.6), (405.6, 528.0)])] == [head.text]
    # a bracket left open to the segment's end (closed on the line below) joins nothing
    open_ = [("2024年度（令和6", 0.0, 60.0), ("2025年度（令和7", 70.0, 130.0)]
    assert header_phrases(open_) == open_
    assert header_phrases([("(令和", 0.0, 20.0), ("5", 25.0, 30.0), ("2025年度（令和7", 40.0, 100.0)])[1:] == [
        ("2025年度（令和7", 40.0, 100.0)]  # (令和 5 spells one year (splits_stated_year), the open bracket after it joins nothing


@pytest.mark.parametrize(("before", "word", "joined"), [
    ("令和", "4", True), ("令和 4", "年度目標とする値（最終年度）", True), ("2024", "年度", True), ("R", "3", True),
    ("値（最終年度）", "令和", False), ("2021年度", "2023年度", False), ("50.1", "59.7", False), ("2020", "2021", False),
    ("計画策定時(2019年)", "実績(2021年)", False)])
def test_a_space_inside_a_year_written_out_parts_no_words(before: str, word: str, joined: bool) -> None:
    # corpus seed 828 kpi_baseline_target in calc_borderless (dev8 wordings): 令和 4 年度目標とする値
    # set with spaces beside 令和 7 年度…, one segment over two columns: cut at 令和 | 4, the first
    # column's header took the second's era name
    assert splits_stated_year(before, word) is joined
    spans = [(w, 10.0 * k, 10.0 * k + 8.0) for k, w in enumerate(("目標値", before, word))]
    assert (len(header_phrases(spans)) == 2) is joined


def test_a_bracket_after_a_bracketed_phrase_heads_a_column_of_its_own() -> None:
    # corpus seed 703 kpi_baseline_target in calc_borderless: three years in brackets under
    # 現状値 | 目標値 | 計画目標値, a word space apart in one segment
    spans = [("（2021年度）", 0.0, 50.0), ("（2023年度）", 60.0, 110.0), ("（R8）", 115.0, 130.0)]
    assert header_phrases(spans) == spans
    assert header_phrases([("目標", 0.0, 20.0), *spans[2:]]) == [("目標 （R8）", 0.0, 130.0)]


def test_borderless_cells_say_their_lines_had_cut_numbers_rejoined() -> None:
    # cells.table_rows reads each cell's lines with cuts.cell_lines: two numbers it left on two
    # lines are two values, which textjoin must not fuse (1073 over 528 is not 1073528)
    table, _ = build_table([line(0, (50, 90, "指標"), (200, 240, "現状値"), (300, 340, "目標値")),
                            *(line(20 + k * ROW_GAP_PT, (50, 140, name), (210, 240, a), (310, 340, b))
                              for k, (name, a, b) in enumerate([("人口", "1,234", "1,300"), ("婚姻件数", "528", "600"),
                                                               ("観光客数", "2,000", "2,500")]))])
    assert table is not None
    assert all(c.numbers_rejoined for row in table.rows for c in row)


def _plan_header(starts: tuple[float, float], goal: tuple[float, float]) -> RawTable:
    """評価指標 | 策定時 over 2018 | 達成値 over 2019 | 計画目標値 over 2020 … 2024, centred on them,
    set at goal, starting where 2022's figures start as a flush header would; 策定時 and 達成値
    start at starts. 2020's widest figure reaches 3 pt further left than the others."""
    cols = [(100 + 40 * k - (3 if k == 2 else 0), 130 + 40 * k) for k in range(7)]
    lines = [line(0, (10, 46, "評価指標"), (starts[0], starts[0] + 20, "策定時"), (starts[1], starts[1] + 20, "達成値"),
                  (*goal, "計画目標値")),
             line(ROW_GAP_PT, *((a + 7, b - 5, str(2018 + k)) for k, (a, b) in enumerate(cols))),
             *(line(ROW_GAP_PT * (r + 2), (10, 40, f"指標{r}"), *((a, b, f"{r},00{k}") for k, (a, b) in enumerate(cols)))
               for r in range(3))]
    table = build_table(lines)[0]
    assert table is not None
    return table


def test_a_header_starting_at_its_column_beside_centred_headers_is_centred_too() -> None:
    # corpus seed 515 kpi_year_matrix in chromium_borderless: 策定時 and 達成値 centred over their
    # columns, so 計画目標値, ending where no column does and centred to the point on the five
    # columns around the one it starts at (2020 and 2021 would have no header), is centred too
    assert [c.col_span for c in _plan_header((105, 145), (260, 287)).rows[0] if c.raw == "計画目標値"] == [5]


def test_a_header_starting_at_its_column_beside_flush_headers_spans_the_columns_after_it() -> None:
    # every header flush left: 計画目標値 heads its column and those after it, 達成値 those before
    assert [(c.raw, c.col_span) for c in _plan_header((100, 140), (260, 294)).rows[0] if c.raw in ("達成値", "計画目標値")] == [
        ("達成値", 3), ("計画目標値", 3)]


# 重要業績評 / 価指標（KPI） centred in the first column's header cell, starting left of the names
# under it; the section line （1）地域産業の振興 is set flush with the names (ふるさと納 …)
FIRST_COL = [(41.6, 87.6), (104.3, 120.3), (134.3, 190.3)]
NAMES_ROW = line(40, (44.5, 84.5, "ふるさと納"), (95.8, 111.8, "実績"), (134.8, 190.8, "512,614"))


@pytest.mark.parametrize(("x0", "at_first"), [
    (44.5, True),  # flush with the names under the header
    (44.5 + ALIGN_TOL_PT, True),
    (44.5 + 2 * ALIGN_TOL_PT, False),  # inside the first column, where no cell starts
    (41.0, True),  # left of the header's start
    (96.0, False),  # where the second column's cells start
])
def test_a_section_line_starts_at_the_first_column_or_where_its_names_start(x0: float, at_first: bool) -> None:
    section = line(20, (x0, x0 + 76, "（1）地域産業の振興"))
    assert _at_first_column(section, FIRST_COL, NAMES_ROW) is at_first


def test_a_body_row_opening_past_the_first_column_moves_no_section_start() -> None:
    # the row's first cell lies in the value columns (its name cell empty): a line set there is no section row
    row = line(40, (134.8, 190.8, "512,614"))
    assert not _at_first_column(line(20, (134.8, 200.0, "（1）地域産業の振興")), FIRST_COL, row)


def _grouped_kpi_lines(section_x0: float) -> list[SegLine]:
    """基本的方向 | 成果指標名 | 基準値 | 目標値 over a section line set from section_x0 across the
    first two columns, then a group label alone on its line in the first column over two
    indicators named in the second (corpus seed 799 kpi_progress in pdf_rules)."""
    lines = [line(0, (54, 99, "基本的方向"), (125, 170, "成果指標名"), (200, 230, "基準値"), (260, 290, "目標値"))]
    lines.append(line(ROW_GAP_PT, (section_x0, 139, "（1）子育て環境の充実")))
    lines.append(line(2 * ROW_GAP_PT, (44, 108, "健康寿命の延伸")))
    lines.append(line(3 * ROW_GAP_PT, (114, 158, "観光消費額"), (205, 230, "22.4"), (265, 290, "26.5")))
    lines.append(line(4 * ROW_GAP_PT, (114, 176, "特定健診受診率"), (205, 230, "58.4"), (265, 290, "60.8")))
    return lines


def test_a_section_heading_under_the_header_merges_no_columns() -> None:
    table, _ = build_table(_grouped_kpi_lines(44))
    assert table is not None
    assert texts(table)[0] == ["基本的方向", "成果指標名", "基準値", "目標値"]
    assert ["観光消費額", "22.4", "26.5"] == texts(table)[3][1:]


def test_a_heading_set_inside_the_table_is_a_header_over_the_columns_it_reaches() -> None:
    # set right of the table's left edge (by more than ALIGN_TOL_PT) it is no section heading:
    # a header spanning both columns, which no body line fills side by side, merges them
    table, _ = build_table(_grouped_kpi_lines(54 + 2 * ALIGN_TOL_PT))
    assert table is not None and texts(table)[0][0] == "基本的方向 成果指標名"


def test_a_header_over_sub_headers_a_word_space_apart_in_one_segment_widens_no_column() -> None:
    # corpus seed 704 kpi_transposed in calc_borderless: 達成値 centred over the year columns,
    # under it their headers in one segment, a word space apart; widened to 達成値, the second
    # column would take the third's header
    cols = [(0.0, 40.0), (100.0, 130.0), (200.0, 220.0)]
    subs = [line(0, (110, 150, "達成値")), line(LINE_PT, (50, 222, "②公共交通量（人） ③移住件数（件）"))]
    assert widen_to_header(subs, cols)[1][1] < 140.0  # to ② at most, short of ③
    glued = [subs[0], line(LINE_PT, (50, 222, "②公共交通量（人）③移住件数（件）"))]  # no space: one header, as before
    assert widen_to_header(glued, cols)[1][1] >= 150.0


def _years_under(head: SegLine) -> list[SegLine]:
    rows = [line(LINE_PT * (1 + LIFT_GAP_EM / 2) + 16 * k, (55, 75, f"H{26 + k}"), (108, 121, f"{30 + k}"), (200, 209, f"{40 + k}")) for k in range(4)]
    return [head, *rows]


def test_a_header_line_an_engine_set_a_word_space_apart_heads_the_table() -> None:
    # corpus seed 708 kpi_transposed in calc_borderless: one segment, each word over its column
    head = line(0, (56.5, 207.5, "年　度 実績値 目標値（最終年度）"))
    tables, used = find_borderless(_years_under(head), 1, 842.0)
    assert used[0] == 0 and [c.raw for c in tables[0].rows[0]] == ["年　度", "実績値", "目標値（最終年度）"]


def test_a_title_whose_words_head_not_every_column_is_no_header() -> None:
    # corpus seed 701 kpi_transposed: 基本目標1 魅力ある観光と交流 over three columns, at the rows' pitch
    head = line(0, (55, 209, "基本目標1 魅力ある観光と交流のまちづくり"))
    tables, used = find_borderless(_years_under(head), 1, 842.0)
    assert used[0] == 1 and tables[0].rows[0][0].raw == "H26"


def test_header_words_a_space_apart_part_at_the_figures_gaps_a_group_header_closes() -> None:
    # corpus seed 706 kpi_transposed in calc_borderless: 実績 centred over both indicators widens
    # the first's column over the gap between their figures; the figures alone leave it open
    rows = [line(20.0 + 16 * k, (58, 93, f"{2010 + k}年"), (146.6, 159.2, f"{40 + k}"), (238.8, 245.1, f"{6 + k}")) for k in range(3)]
    head = line(10.0, (96.7, 243.7, "婚姻件数（件） 企業誘致件数（件）"))
    cols = [(58.0, 93.0), (147.0, 180.0), (208.0, 245.0)]  # 実績 (160-180) in the second
    parted = cells.split_lines_at_joints([line(0, (160, 180, "実績")), head, *rows], cols)
    assert [s.text for s in parted[1].segments] == ["婚姻件数（件）", "企業誘致件数（件）"]
    note = line(10.0, (96.7, 243.7, "※ 目標 12.5 以上"))  # a line holding a figure is no header
    assert len(cells.split_lines_at_joints([note, *rows], cols)[0].segments) == 1


def test_a_header_line_over_the_value_columns_only_heads_the_table() -> None:
    # corpus seed 707 kpi_baseline_target in calc_borderless: 基準年度値 計画目標値, the label
    # column's header left to a line of its own
    head = line(0, (91.5, 207.5, "実績値 目標値（最終年度）"))
    tables, used = find_borderless(_years_under(head), 1, 842.0)
    assert used[0] == 0 and [c.raw for c in tables[0].rows[0]] == ["", "実績値", "目標値（最終年度）"]


def test_the_last_lines_of_header_cells_read_above_open_no_table() -> None:
    # html_borderless seed 709 kpi_year_matrix: 30年度)) 年度) close the brackets of a header the
    # table above took; at the lift's floor they are its header's, no head of the rows below
    tails = _years_under(line(0, (91.5, 207.5, "30年度）） 年度）")))
    heads = _years_under(line(0, (91.5, 207.5, "実績値 目標値（最終年度）")))
    assert _lift(tails, 1, 0) == 1 and _lift(heads, 1, 0) == 0


def _headed_rows(heading_end: float) -> list[SegLine]:
    # corpus seed 701 kpi_baseline_target in calc_borderless: （1）子育て環境の充実 merged over the
    # row and set flush right, the first column (No 1…4) formatted for its numbers
    head = [line(0, (64, 74, "No"), (136, 156, "項目"), (211, 254, "平成29年"), (266, 302, "令和4年")),
            line(10, (222, 243, "（件）"), (273.5, 294.5, "（件）"))]
    heading = line(26, (heading_end - 80, heading_end, "（1）子育て環境の充実"))
    rows = [line(42 + 16 * k, (76.7, 82, f"{k + 1}"), (84, 189, f"ふるさと納税寄附件数{k}"), (221, 255.6, "47,075"), (276.5, 310.6, "53,366"))
            for k in range(3)]
    return [*head, heading, *rows]


def test_a_heading_flush_with_the_rows_right_end_is_a_section_row() -> None:
    tables, used = find_borderless(_headed_rows(310.6), 1, 842.0)
    assert len(tables) == 1 and used == [0, 1, 2, 3, 4, 5]
    _, used = find_borderless(_headed_rows(310.6 - 2 * ALIGN_TOL_PT), 1, 842.0)  # short of it: no row of the table
    assert 2 not in used


@pytest.mark.parametrize(("goes_on", "one_table"), [(True, True), (False, False)])
def test_a_cell_wrapped_in_an_inner_column_under_a_heading_is_looked_past(goes_on: bool, one_table: bool) -> None:
    # corpus seed 808 kpi_year_matrix chromium_borderless: under (1)健康づくりの推進 a 区分 cell
    # wraps in a narrow inner column (実績 / 値 / （年 …), the row's name and values centred on it
    # on its third line: lines of one cell, which the row goes on (a segment where they start);
    # lines at that x the row does not go on are no cell of it.
    head, heading = _section_head()
    top = 3 * ROW_GAP_PT
    cell = [line(top + ROW_GAP_PT + k * PITCH_PT, (150, 168, text)) for k, text in enumerate(["実績", "値"])]
    row = line(top + ROW_GAP_PT + 2 * PITCH_PT, (44, 80, "施策C"), (150 if goes_on else 156, 168, "（年"),
               (200, 220, "12人"), (260, 280, "9人"))
    tables, used = find_borderless([*head, heading, *cell, row], 1, 842.0)
    assert (3 in used) is one_table


@pytest.mark.parametrize(("x0", "in_table"), [(45.7, False), (57.7, True), (45.7 + 12.0 - ALIGN_TOL_PT, True)])
def test_a_heading_of_two_segments_left_of_the_table_reaching_over_its_columns_ends_it(x0: float, in_table: bool) -> None:
    # corpus seed 818 kpi_year_matrix chromium_borderless: 基本目標2 | しごとをつくり、安心して… set
    # left of the names after the table, its second segment over the names and the first figures:
    # read as a row, it merged them into one column. Set where the names start, it may be a row
    # overflowing its cells (a multi-segment line may bridge).
    rows = [line(0, (111.7, 129.8, "指標"), (205.8, 217.1, "R7"), (246.1, 257.4, "R6"), (287.3, 298.6, "R5")),
            *(line(ROW_GAP_PT * (k + 1), (57.7, 165.8, f"指標名{k}"), (198.8, 224.1, f"1,94{k}"), (239.1, 264.4, f"1,73{k}"),
                   (279.4, 304.8, f"2,32{k}")) for k in range(3))]
    heading = line(ROW_GAP_PT * 4 + 6, (x0, x0 + 41.7, "基本目標2"), (96.4, 276.4, "しごとをつくり、安心して働けるようにする"))
    tables, _ = find_borderless([*rows, heading], 1, 842.0)
    assert any("基本目標2" in c.raw for row in tables[0].rows for c in row) is in_table
    # a body row after it: a section row opening a group of the rows, kept
    body = line(ROW_GAP_PT * 5 + 6, (57.7, 165.8, "指標名9"), (198.8, 224.1, "1,949"), (239.1, 264.4, "1,739"), (279.4, 304.8, "2,329"))
    tables, _ = find_borderless([*rows, heading, body], 1, 842.0)
    assert any("基本目標2" in c.raw for row in tables[0].rows for c in row)


def test_a_header_part_set_solid_after_a_word_space_parts_at_its_bracket_joints() -> None:
    # corpus seed 505 kpi_year_matrix in pdf_rules, dev5 wordings: R元年度（2019年度）R2年度（2020年度）
    # set 0.09 em apart, a word space before R3年度（2021年度）, over three columns of figures
    header = line(0.0, (53.0, 105.0, "KPI"), (341.0, 563.9, "R元年度（2019年度）R2年度（2020年度） R3年度（2021年度）"), height=8.0)
    body = [line(15.0 * k, (44.5, 108.5, f"指標{k}"), (389.3, 413.3, "38.8"), (472.0, 488.0, "39.4"), (546.8, 562.8, "26.7"), height=8.0)
            for k in range(1, 4)]
    cols = [(44.5, 108.5), (389.3, 413.3), (472.0, 488.0), (546.8, 562.8)]
    split = cells.split_lines_at_joints([header, *body], cols)
    assert [s.text for s in split[0].segments] == ["KPI", "R元年度（2019年度）", "R2年度（2020年度）", "R3年度（2021年度）"]
    # two headers a word space apart each over a column stay as they are
    spaced = line(0.0, (53.0, 105.0, "KPI"), (341.0, 563.9, "R2年度（2020年度） R3年度（2021年度）"), height=8.0)
    assert [s.text for s in cells.split_lines_at_joints([spaced, *body], cols)[0].segments] == [
        "KPI", "R2年度（2020年度）", "R3年度（2021年度）"]
    # the same run read with joints where its first headers overlap (H26… | H30… | R元…): its word space and
    # its last bracket joint part it too
    joined = SegLine((Segment("KPI", (53.0, 0.0, 105.0, 8.0)), Segment(
        "H26年度（2014年度）H30年度（2018年度）R元年度（2019年度）R2年度（2020年度） R3年度（2021年度）", (190.9, 0.0, 563.9, 8.0),
        ((13, 266.3), (26, 341.0)))), (53.0, 0.0, 563.9, 8.0), 1, "")
    years = [(44.5, 108.5), (247.8, 263.8), (322.5, 338.5), (389.3, 413.3), (472.0, 488.0), (546.8, 562.8)]
    body5 = [line(15.0 * k, (44.5, 108.5, f"指標{k}"), *((a, b, "1.0") for a, b in years[1:]), height=8.0) for k in range(1, 4)]
    assert [s.text for s in cells.split_lines_at_joints([joined, *body5], years)[0].segments] == [
        "KPI", "H26年度（2014年度）", "H30年度（2018年度）", "R元年度（2019年度）", "R2年度（2020年度）", "R3年度（2021年度）"]
    # headers of a kind and a year each (corpus seed 936 kpi_baseline_target in pdf_rules, dev7
    # wordings): a joint inside one (after 目標値（計画期間末）) lies in no gap, so none is cut
    kinds = line(0.0, (53.0, 105.0, "指標"), (177.0, 565.7, "策定時の基準 目標値（計画期間末）（2023（令和5））目標値（計画期間末）（2025（令和7））"), height=9.0)
    rows = [line(15.0 * k, (44.5, 170.5, f"指標{k}"), (176.5, 181.0, "-"), (370.1, 397.1, "819"), (535.8, 562.8, "735"), height=9.0)
            for k in range(1, 4)]
    figures = [(44.5, 170.5), (176.5, 181.0), (370.1, 397.1), (535.8, 562.8)]
    assert [s.text for s in cells.split_lines_at_joints([kinds, *rows], figures)[0].segments][-1].endswith("（2025（令和7））")
    assert not [s.text for s in cells.split_lines_at_joints([kinds, *rows], figures)[0].segments][-1].startswith("（")


def test_lines_set_one_over_another_are_not_parted_by_glyph_advance() -> None:
    # corpus seed 514 budget_main_projects in pdf_rules, dev7 wordings: 財源内訳（当初予算） over 単位
    # read as one segment; its bracket joint, placed by advance over both lines, fell in a column gap
    figures = [(363.6, 413.6), (419.6, 469.6)]
    stacked = Segment("財源内訳（当初予算）\n単位", (381.9, 104.8, 423.9, 126.8))
    assert cells._parted_at_every_joint(stacked, figures) == [stacked]
    one_line = Segment("財源内訳（当初予算）単位", (366.6, 104.8, 426.6, 109.8))
    assert [p.text for p in cells._parted_at_every_joint(one_line, figures)] == ["財源内訳（当初予算）", "単位"]


@pytest.mark.parametrize(("overlap", "parted"), [(0.0, False), (MIN_GAP_PT * 0.75, False), (MIN_GAP_PT * 1.5, True)])
def test_a_header_part_set_over_no_column_of_figures_is_no_header_of_its_own(overlap: float, parted: bool) -> None:
    # 基準値（策定時）(令和元年度) set wider than its figures (308-336), its first words over the gap
    # after the names (ending at 226): its bracket joint lies in that gap, but 基準値（策定時） would head
    # no column; where a column reaches under it by more than MIN_GAP_PT, the joint parts two headers
    seg = Segment("基準値（策定時）(令和元年度)", (226.0, 0.0, 338.0, 8.0))
    figures = [(44.0, 108.0), (114.0, 226.0 + overlap), (308.0, 336.0), (341.0, 449.0)]
    parts = [p.text for p in split_at_joints(seg, figures, figures)]
    assert parts == (["基準値（策定時）", "(令和元年度)"] if parted else ["基準値（策定時）(令和元年度)"])


# corpus seed 516 budget_main_projects in pdf_rules (dev7 wordings): two unit lines set solid,
# 〔単位：円〕〔単位：円〕, over the two amount columns under the header's 予算額（本 | 予算額（本
UNIT_HEAD = [line(0, (45.0, 57.8, "No."), (111.4, 145.4, "事業名称"), (156.1, 198.6, "予算額（本"), (208.8, 251.3, "予算額（本"),
                  (287.1, 310.0, "概要")),
             line(PITCH_PT, (156.1, 198.6, "年度当初）"), (208.8, 251.3, "年度当初）"))]
UNIT_BODY = [line(3 * ROW_GAP_PT + k * ROW_GAP_PT, (54.0, 58.2, str(k + 1)), (108.3, 142.3, name), (154.4, 201.2, a), (207.2, 253.9, b))
             for k, (name, a, b) in enumerate([("病児保育事業", "884,717,273", "755,017,331"), ("農業導入支援", "241,125,927", "294,255,565")])]


@pytest.mark.parametrize("x0, x1, grows", [(151.8, 255.6, True), (45.0, 255.6, False), (151.8, 330.0, False)])
def test_a_line_spanning_header_columns_continues_the_header_band(x0: float, x1: float, grows: bool) -> None:
    units = line(PITCH_PT + 10.2, (x0, x1, "〔単位：円〕〔単位：円〕"))
    lines = [*UNIT_HEAD, units, *UNIT_BODY]
    assert (_grow(lines, 0) == len(lines)) is grows  # set from the margin, or past the table's width: text after it


def test_a_line_spanning_columns_after_the_figures_is_no_header() -> None:
    units = line(PITCH_PT + 10.2, (151.8, 255.6, "〔単位：円〕〔単位：円〕"))
    cols = [(45.0, 57.8), (111.4, 145.4), (156.1, 198.6), (208.8, 251.3), (287.1, 310.0)]
    assert _spans_header_columns(UNIT_HEAD, units, cols)
    assert not _spans_header_columns([*UNIT_HEAD, UNIT_BODY[0]], units, cols)  # past the header band
    assert not _spans_header_columns(UNIT_HEAD, line(PITCH_PT + 10.2, (151.8, 255.6, "1,234,567")), cols)  # a figure


@pytest.mark.parametrize(("row_x0", "one_table"), [(58.0, True), (61.0 + 2 * ALIGN_TOL_PT, False)])
def test_a_label_left_of_a_centred_header_wraps_into_its_row(row_x0: float, one_table: bool) -> None:
    # corpus seed 851 kpi_year_matrix in chromium_borderless: 数値目標 centred over the names, the
    # names set flush left 3 pt left of it; under (1)地域産業の振興 the name ①相談員 / の活動日 wraps
    # into its row (数（延べ beside the values): lines of one label, looked past to that row. A row
    # starting elsewhere goes on no label of those lines.
    header = line(0, (61, 97, "数値目標"), (117, 153, "基準値"), (174, 210, "実績値"), (235, 262, "目標値"))
    heading = line(ROW_GAP_PT, (58, 144, "（1）地域産業の振興"))
    labels = [line(2 * ROW_GAP_PT + k * PITCH_PT, (58, 94, text)) for k, text in enumerate(["①相談員", "の活動日"])]
    row = line(2 * ROW_GAP_PT + 2 * PITCH_PT, (row_x0, 94, "数（延べ"), (130, 156, "521"), (171, 188, "382"), (245, 262, "394"))
    nxt = line(3 * ROW_GAP_PT + 2 * PITCH_PT, (58, 94, "②空き家"), (130, 156, "11"), (171, 188, "10"), (245, 262, "9"))
    _, used = find_borderless([header, heading, *labels, row, nxt], 1, 842.0)
    assert (0 in used and 1 in used and 5 in used) is one_table


def _row_then_heading(x0: float, text: str) -> list[SegLine]:
    # corpus seed 903 kpi_baseline_target in calc_borderless: one row of figures (its header, glued,
    # left out), then a line set across the columns, then the next table's header and row
    return [line(0, (55, 104, "総所得の向上"), (124, 197, "温室効果ガス排出量"), (272, 306, "367,388"), (353, 400, "327,948")),
            line(ROW_GAP_PT + 8, (x0, x0 + 190, text)),
            line(2 * ROW_GAP_PT + 8, (64, 113, "具体的な施策"), (156, 168, "No"), (247, 260, "KPI"), (334, 359, "当初値")),
            line(3 * ROW_GAP_PT + 8, (55, 120, "子育て支援の充実"), (195, 300, "ごみ排出量"), (308, 340, "896"), (353, 400, "884"))]


@pytest.mark.parametrize(("x0", "text", "end"), [
    (55, "基本目標3 しごとをつくり、安心して働けるようにする", 1),
    (55 + 2 * ALIGN_TOL_PT, "基本目標3 しごとをつくり、安心して働けるようにする", 4),  # off the margin: a wide cell's wrapped line may start so
    (55, "1,234,567", 4)])  # a figure: a cell of the row set wide
def test_a_line_across_the_columns_from_the_margin_ends_a_table_of_one_row(x0: float, text: str, end: int) -> None:
    assert _grow(_row_then_heading(x0, text), 0) == end


def _card_ending_in_a_wrapped_value(rest: str, rest_gap: float) -> list[SegLine]:
    """corpus seed 561 kpi_cards in typst_borderless: rows 10.5 pt high, 1 pt apart; the last row's
    value wrapped, its rest set rest_gap below it (Typst's leading: 3.8 pt)."""
    def card_line(top: float, *segs: tuple[float, float, str]) -> SegLine:
        return line(top, *segs, height=10.5)
    return [card_line(467.8, (61.7, 145.7, "重要業績評価指標"), (380.3, 475.0, "関係人口（登録者数）")),
            card_line(479.3, (61.7, 117.7, "現状値（R6）"), (380.3, 421.9, "2,763 人")),
            card_line(490.8, (61.7, 145.2, "計画目標値（R10）"), (380.3, 517.8, "年 2,619 人（5 年間で 13,095")),
            card_line(501.3 + rest_gap, (380.3, 380.3 + 10.5 * len(rest), rest))]


@pytest.mark.parametrize(("rest", "rest_gap", "kept"), [("人）", 3.8, True), ("人", 3.8, True), ("人）", 40.0, False), ("人", 40.0, False)])
def test_a_line_closing_the_bracket_the_last_row_left_open_is_that_cells_rest(rest: str, rest_gap: float, kept: bool) -> None:
    # The rest sits further below the row than the rows are apart (the leading is wider than the
    # padding): the bracket it closes shows it is the table's, and so does the table itself, set
    # within WRAP_GAP_MAX_EM of a line's height: its rows stand 1 pt apart (関係人口（登録者数） over
    # 2,763 人, text over a figure: rows.wrap_gaps.past_padding), so a full line's next line 3.8 pt
    # below it is the cell's, bracket or not (typrows23: 人 3.8 pt below was left out before).
    table, used = build_table(_card_ending_in_a_wrapped_value(rest, rest_gap))
    assert table is not None
    assert (used == 4) is kept
    assert (texts(table)[-1][-1].endswith("13,095" + rest)) is kept


def test_a_header_of_cells_a_word_space_apart_heads_one_row() -> None:
    # 成果指標（KPI）名 目標値（最終年度の値） (令和 7 年度) | 基準（策定時） over 農業産出額 | 15,555 | -
    # (corpus seed 828 kpi_baseline_target in calc_borderless, --vocab dev8): the header's first two
    # cells are one segment, a word space apart where the name column ends; the table of one row stands
    words = ((56.5, 133.1), (138.1, 238.7), (241.5, 264.8), (267.5, 273.8), (276.5, 299.8))
    head = SegLine((Segment("成果指標（KPI）名 目標値（最終年度の値） (令和 7 年度)", (56.5, 0.0, 299.8, 10.0), (), words),
                    Segment("基準（策定時）", (332.7, 0.0, 393.7, 10.0))), (56.5, 0.0, 393.7, 10.0), 1, "")
    row = line(16.6, (55.0, 105.0, "農業産出額"), (267.2, 302.3, "15,555"), (302.3, 306.9, "-"))
    table, used = build_table([head, row], framed=True)
    assert used == 2 and table is not None
    assert texts(table) == [["成果指標（KPI）名", "目標値（最終年度の値） (令和 7 年度)", "基準（策定時）"], ["農業産出額", "15,555", "-"]]
