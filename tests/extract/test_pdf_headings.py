"""Section headings above and between borderless tables (extract.pdf.headings), built by hand
in PDF points, top-left origin: a heading whose wide space the engine drew no glyph for
(基本目標1　魅力ある観光と交流のまちづくり) is a line of two segments, not a table's row."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import find_borderless
from extract.pdf.grid import Segment, SegLine
from extract.pdf.headings import heads_no_columns

LINE_PT = 9.0
ROW_PT = 13.5
LEFT_PT = 58.0  # where the table's rows start
TITLE = (96.0, 231.0, "魅力ある観光と交流のまちづくり")  # runs across the table's first column gap


def line(top: float, *segs: tuple[float, float, str], page: int = 1) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + LINE_PT)) for x0, x1, text in segs)
    box = (min(s.bbox[0] for s in segments), top, max(s.bbox[2] for s in segments), top + LINE_PT)
    return SegLine(segments, box, page, " ".join(t for _, _, t in segs))


def _table(top: float, left: float = LEFT_PT) -> list[SegLine]:
    rows = [line(top, (left + 4, left + 22, "年次"), (99, 162, "実績（確定値）"), (177, 222, "計画目標値"))]
    return rows + [line(top + ROW_PT * (k + 1), (left, left + 26, f"H{26 + k}年"), (145, 162, f"{100 + k}"),
                        (205, 222, f"{90 + k}")) for k in range(6)]


def _heading(top: float, left: float) -> SegLine:
    return line(top, (left, left + 41, "基本目標1"), TITLE)


@pytest.mark.parametrize(("outdent", "heading"), [(2.0, True), (1.0, False)])  # OUTDENT_TOL_PT between
def test_a_line_left_of_the_rows_across_their_columns_heads_them(outdent: float, heading: bool) -> None:
    lines = [_heading(0, LEFT_PT - outdent), *_table(2 * ROW_PT)]
    assert heads_no_columns(lines, 0) is heading


def test_a_line_inside_the_columns_is_a_header() -> None:
    lines = [line(0, (LEFT_PT, 90, "区分"), (99, 162, "実績"), (177, 222, "目標")), *_table(ROW_PT)]
    assert not heads_no_columns(lines, 0)


def test_a_heading_opens_no_table_its_table_starts_at_its_header() -> None:
    lines = [_heading(0, 46), line(ROW_PT, (46, 141, "（3）移住・定住の促進")), *_table(3 * ROW_PT)]
    tables, _ = find_borderless(lines, page=1, height=842)
    assert len(tables) == 1
    assert tables[0].rows[0][0].raw == "年次" and tables[0].rows[0][1].raw == "実績（確定値）"


@pytest.mark.parametrize(("outdent", "ends"), [(2.0, True), (1.0, False)])  # OUTDENT_TOL_PT between
def test_a_heading_after_a_table_ends_it(outdent: float, ends: bool) -> None:
    lines = [*_table(0), _heading(8 * ROW_PT, LEFT_PT - outdent), *_table(10 * ROW_PT)]
    assert heads_no_columns(lines, 7) is ends


def test_the_next_tables_heading_stays_out_of_the_table_above() -> None:
    lines = [*_table(0), _heading(8 * ROW_PT, 46), *_table(10 * ROW_PT)]
    tables, _ = find_borderless(lines, page=1, height=842)
    assert [len(t.rows) for t in tables] == [7, 7]


@pytest.mark.parametrize(("body_rows", "heading"), [(1, True), (0, False)])  # MIN_TABLE_ROWS: a header and a row
def test_a_heading_heads_a_table_of_rows(body_rows: int, heading: bool) -> None:
    # the header row and body_rows rows start right of the line; the next heading starts with it
    rows = _table(2 * ROW_PT)
    lines = [_heading(0, 46), *rows[:1 + body_rows], _heading(9 * ROW_PT, 46), *_table(11 * ROW_PT)]
    assert heads_no_columns(lines, 0) is heading


def test_a_header_set_as_far_out_as_its_label_column_is_no_heading() -> None:
    # 施策の方向 | 2017年度基 | 2023年度計 over 準年度値 | 画目標値, its label column's rows
    # starting where it starts: the table's own header, its wide cells over the wrapped lines
    header = line(0, (55, 100, "施策の方向"), (185, 240, "2017年度基"), (253, 308, "2023年度計"))
    lines = [header, line(ROW_PT, (192, 232, "準年度値"), (261, 301, "画目標値")),
             line(2 * ROW_PT, (122, 167, "望がかなう"), (223, 244, "47.8"), (291, 339, "50.1 59.7")),
             line(3 * ROW_PT, (55, 109, "安全・安心な"), (122, 203, "と感じる市民の割合"))]
    assert not heads_no_columns(lines, 0)


def test_a_row_of_figures_is_no_heading() -> None:
    row = line(0, (44, 86, "ふるさと納"), (100, 119, "千円"), (137, 219, "298,858 366,179"))
    assert not heads_no_columns([row, *_table(2 * ROW_PT, left=LEFT_PT + 40)], 0)


def test_a_header_indented_over_a_body_set_further_out_is_no_heading() -> None:
    # 令和2年度の取組み | 重要業績評価指標 | 今後の見直しの方向性 centred over their columns, a
    # sub-header under it, and the body's first column starting further out than it
    lines = [line(0, (57, 134, "令和2年度の取組み"), (158, 230, "重要業績評価指標"), (468, 555, "今後の見直しの方向性")),
             line(ROW_PT, (185, 205, "(KPI)"), (504, 520, "など")),
             line(2 * ROW_PT, (148, 166, "項目"), (247, 274, "基準値"), (313, 354, "2020年度")),
             line(3 * ROW_PT, (49, 136, "まちなか活性化計画後"), (148, 237, "商業業務集積地区内に"), (247, 306, "384,981人/年"))]
    assert not heads_no_columns(lines, 0)


def test_a_line_of_three_pieces_is_a_header_not_a_heading() -> None:
    # HEADING_SEGMENTS (2): a heading is its number and its title; three pieces are header cells
    three = line(0, (46, 87, "基本目標1"), TITLE, (240, 300, "今後の方向性"))
    assert not heads_no_columns([three, *_table(2 * ROW_PT)], 0)


def test_a_numbered_heading_at_the_foot_of_its_page_is_no_header_fragment() -> None:
    # corpus seed 1 kpi_transposed-s1-1 chromium_borderless: 基本目標2 | 新しいひとの流れをつくる ends
    # page 1, its table starts page 2; a header row cut by the page break holds no number
    note = line(10 * ROW_PT, (46.0, 237.0, "※ 端数処理のため合計が一致しない場合がある"))
    assert heads_no_columns([*_table(0), note, _heading(12 * ROW_PT, 46.0)], 8)
    assert not heads_no_columns([*_table(0), note, line(12 * ROW_PT, (62, 80, "年次"), (99, 162, "実績（確定値）"))], 8)


def test_a_numbered_heading_over_running_text_heads_no_table() -> None:
    # corpus seed 1 kpi_transposed-s1-2 chromium_borderless: the title stops 0.4 pt short of the
    # gap between the wide header cells below; the running text under it tells
    text = line(ROW_PT, (46.0, 244.0, "事業の実施に当たっては国の交付金を活用する。"))
    lines = [line(0, (46.0, 87.0, "基本目標2"), (96.0, 175.0, "時代に合った地域をつくる")), text, *_table(3 * ROW_PT)]
    assert heads_no_columns(lines, 0)
    tables, _ = find_borderless(lines, 1, 842.0)
    assert tables and tables[0].rows[0][0].raw == "年次"


def test_a_tables_last_line_of_two_pieces_with_a_figure_ends_no_table() -> None:
    # corpus seed 2 budget_main_projects-s2-2 pdf_borderless: 助成事業（18歳まで） | る, the last
    # lines of a name and an outline wrapped beside the row's values, at the foot of the page
    rows = _table(0)
    last = line(7 * ROW_PT, (99, 162, "助成事業（18歳まで）"), (177, 185, "る"))
    assert not heads_no_columns([*rows, last], 7)


@pytest.mark.parametrize(("number", "heading"), [("基本目標2", True), ("（1）", True), ("第3章", True),
                                                 ("延べ 26事業 681,185千円", False), ("助成事業（18歳まで）", False)])
def test_a_heading_at_the_foot_of_its_page_opens_with_a_heading_number(number: str, heading: bool) -> None:
    note = line(10 * ROW_PT, (46.0, 237.0, "※ 端数処理のため合計が一致しない場合がある"))
    foot = line(12 * ROW_PT, (46.0, 90.0, number), (99.0, 175.0, "時代に合った地域をつくる"))
    assert heads_no_columns([*_table(0), note, foot], 8) is heading


def test_a_label_beside_a_rows_name_heads_no_table_past_a_heading_left_of_it() -> None:
    # 総所得の向上 (a 基本的方向 centred on its rows) beside 住み続けたい, its row's values below; then
    # 基本目標2 set left of it and the next table (corpus seed 17 kpi_progress, pdf_rules): the rows
    # past that heading are another table's, and one row is no table for the label to head.
    label = line(0, (LEFT_PT, LEFT_PT + 54, "総所得の向上"), (LEFT_PT + 60, LEFT_PT + 114, "住み続けたい"))
    row = line(ROW_PT, (LEFT_PT + 60, LEFT_PT + 87, "と思う"), (145, 162, "38.2"), (205, 222, "31.0"))
    lines = [label, row, line(3 * ROW_PT, (LEFT_PT - 2.5, 300, "基本目標2 結婚・出産・子育ての希望をかなえる")),
             *_table(4 * ROW_PT, left=LEFT_PT + 4)]
    assert not heads_no_columns(lines, 0)


def _spaced_heading(top: float, left: float, text: str = "基本目標1 魅力ある観光と交流のまちづくり") -> SegLine:
    """The heading as one segment, its word space drawn (corpus seed 502 kpi_baseline_target, html_borderless)."""
    return line(top, (left, 231.0, text))


def test_a_heading_set_as_one_segment_after_a_table_ends_it() -> None:
    lines = [*_table(0), _spaced_heading(8 * ROW_PT, 46), *_table(10 * ROW_PT)]
    assert heads_no_columns(lines, 7)
    tables, _ = find_borderless(lines, page=1, height=842)
    assert len(tables) == 2


def test_a_line_of_one_segment_without_a_word_space_is_no_heading() -> None:
    lines = [*_table(0), _spaced_heading(8 * ROW_PT, 46, "基本目標1魅力ある観光と交流のまちづくり"), *_table(10 * ROW_PT)]
    assert not heads_no_columns(lines, 7)
    lines = [*_table(0), _spaced_heading(8 * ROW_PT, 46, "基本目標1 魅力ある観光と交流の2まちづくり"), *_table(10 * ROW_PT)]
    assert not heads_no_columns(lines, 7)  # a figure in the title


def test_a_cells_rest_closing_brackets_above_is_no_heading() -> None:
    # corpus seed 860 kpi_baseline_target in typst_borderless: the last row's figure 80.9%（2023 年度
    # （令和 wraps under the table, its rest 5 年度）） read as a number and a title at the foot of
    # the page; a title closing brackets it does not open is a cell's rest
    rows = [*_table(0), line(7 * ROW_PT, (145.0, 190.0, "年度（令和"))]
    rest = line(8 * ROW_PT, (145.0, 183.0, "5 年度））"))
    assert not heads_no_columns([*rows, rest], len(rows))
    assert heads_no_columns([*rows, line(8 * ROW_PT, (145.0, 183.0, "5 年度の目標"))], len(rows))
