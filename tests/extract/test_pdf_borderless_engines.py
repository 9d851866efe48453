"""Borderless structure on an HTML engine's automatic layout (tests/renditions html_* styles),
built by hand in PDF points, top-left origin: short left-aligned labels above right-aligned
numbers in one column, header cells set half a line off their neighbours."""

from __future__ import annotations

import pytest

from extract.pdf.borderless import LIFT_GAP_EM, LINE_GAP_FACTOR, find_borderless
from extract.pdf.colgaps import columns
from extract.pdf.grid import PageContent, RawTable, Segment, SegLine
from extract.pdf.stitch import SplitVerdict, split_verdict, stitch

LINE_PT = 9.0
PITCH_PT = 6.5  # wrapped lines of one cell
ROW_GAP_PT = 16.0
BODY_ROWS = 10  # enough rows that one line bridging a gap is too rare to close it (BRIDGE_SHARE)


PAGE_PT = (842.0, 595.0)  # landscape A4: width, height


def line(top: float, *segs: tuple[float, float, str], height: float = LINE_PT, page: int = 1) -> SegLine:
    segments = tuple(Segment(text, (x0, top, x1, top + height)) for x0, x1, text in segs)
    box = (min(s.bbox[0] for s in segments), top, max(s.bbox[2] for s in segments), top + height)
    return SegLine(segments, box, page, " ".join(t for _, _, t in segs))


def _card(label: str = "目標値 (2028") -> list[SegLine]:
    # A card's 目標値 (2028 / 年度) label set flush left in the column whose numbers are
    # right-aligned below it (2025 over 48,221): the label's second line ends short of the
    # numbers, its first line bridges the gap between them.
    return [line(0, (49, 76, "現状値"), (172, 190, "84%"), (196, 248, label), (287, 305, "84%")),
            line(PITCH_PT, (49, 93, "(2022年度)"), (196, 217, "年度)")),
            line(ROW_GAP_PT, (49, 85, "実施年度"), (170, 190, "2024"), (229, 249, "2025"), (285, 305, "2026")),
            *(line((2 + k) * ROW_GAP_PT, (49, 100, f"事業費{k}"), (163, 190, "48,221"), (222, 249, "48,221"), (278, 305, "48,221"))
              for k in range(BODY_ROWS))]


def test_a_gap_no_line_fills_both_sides_of_is_no_column_gap() -> None:
    cols = columns(_card())
    assert any(a <= 200 and 245 <= b for a, b in cols)


def test_a_gap_two_lines_fill_side_by_side_stays_open_though_one_line_bridges_it() -> None:
    # an overflowing label (one word: not parted at the columns) beside two lines that fill both
    lines = _card("目標値年度の値") + [line((2 + BODY_ROWS) * ROW_GAP_PT, (49, 85, "事業名"), (196, 214, "継続"), (229, 249, "新規"))]
    cols = columns(lines)
    assert not any(a <= 220 <= b for a, b in cols)


def _card_head(top: float) -> list[SegLine]:
    # A card's rows down to the foot of page 1, its last label 事業効果 alone: the page
    # break left the label's two lines of text for page 2.
    rows = [line(top + ROW_GAP_PT * k, (49, 85, label), (106, 106 + 9 * len(text), text))
            for k, (label, text) in enumerate((("施策名", "在宅医療事業"), ("成果指標", "研修の参加者数"), ("事業名称", "連携推進事業")))]
    return rows + [line(top + ROW_GAP_PT * len(rows), (49, 85, "事業効果"))]


CUT_TEXT = "医療介護の連携体制が構築されることにより" * 2 + "医療依存"  # fills the column: 44 glyphs


def _card_tail(first_gap: float, cut_pitch: float = PITCH_PT, top: float = 44.0) -> list[SegLine]:
    # Page 2 opens with the rest of 事業効果 (two lines at the value column's start), then the
    # card goes on: 実施年度 and 事業費 with their amounts, 役割分担 with a long text.
    cut = [line(top, (106, 106 + 9 * len(CUT_TEXT), CUT_TEXT), page=2),
           line(top + cut_pitch + LINE_PT, (106, 169, "ことができる。"), page=2)]
    top = cut[-1].bbox[3] + first_gap
    years = [(580 + 50 * k, 600 + 50 * k, str(2024 + k)) for k in range(5)]
    amounts = [(b - 22, b, "1,000") for _, b, _ in years]
    return cut + [line(top, (49, 85, "実施年度"), *years, page=2),
                  line(top + ROW_GAP_PT, (49, 100, "事業費(千円)"), *amounts, page=2),
                  line(top + 2 * ROW_GAP_PT, (49, 85, "役割分担"), (106, 106 + 9 * len(CUT_TEXT), "一関市が研修等を実施し" * 4), page=2)]


def _stitched(head: list[SegLine], tail: list[SegLine]) -> list[RawTable]:
    width, height = PAGE_PT
    pages = []
    for n, lines in ((1, head), (2, tail)):
        tables, _ = find_borderless(lines, n, height)
        pages.append(PageContent(n, width, height, tuple(tables)))
    return [t for t in stitch(pages) if isinstance(t, RawTable)]


def _rows(table: RawTable) -> list[list[str]]:
    return [[c.raw.replace("\n", "") for c in row] for row in table.rows]


def test_a_card_row_cut_by_a_page_break_is_one_row() -> None:
    tables = _stitched(_card_head(460), _card_tail(first_gap=7.0))
    assert len(tables) == 1
    rows = _rows(tables[0])
    assert rows[3][:2] == ["事業効果", CUT_TEXT + "ことができる。"]
    assert rows[4][0] == "実施年度" and "2024" in rows[4]


@pytest.mark.parametrize(("first_gap", "cut_pitch", "lifted"), [
    (20.0, PITCH_PT, True), (25.0, PITCH_PT, False),  # LINE_GAP_FACTOR line heights: 22.5 pt
    (7.0, 6.0, True), (7.0, 7.5, False)])  # LIFT_GAP_EM line heights: 6.75 pt
def test_the_rest_of_a_cut_cell_is_set_at_a_cells_leading_near_the_table(first_gap: float, cut_pitch: float,
                                                                        lifted: bool) -> None:
    assert 20.0 < LINE_GAP_FACTOR * LINE_PT < 25.0 and 6.0 < LIFT_GAP_EM * LINE_PT < 7.5
    tables, used = find_borderless(_card_tail(first_gap, cut_pitch), 2, PAGE_PT[1])
    assert len(tables) == 1 and (0 in used) is lifted


def test_a_line_under_text_at_the_top_of_a_page_is_no_cut_cell() -> None:
    heading = line(60, (46, 130, "【具体的な取組】"), page=2)
    tables, used = find_borderless([heading, *_card_tail(first_gap=7.0, top=80.0)], 2, PAGE_PT[1])
    assert 1 not in used


def test_a_label_ends_a_table_only_at_the_foot_of_its_page() -> None:
    at_foot = find_borderless(_card_head(460), 1, PAGE_PT[1])[0]
    assert _rows(at_foot[0])[-1][0] == "事業効果"
    above_text = find_borderless(_card_head(300) + [line(420, (46, 500, "※事業費は見込額を記載しています。"))], 1, PAGE_PT[1])[0]
    assert _rows(above_text[0])[-1][0] == "事業名称"


def test_a_label_left_before_its_value_joins_the_value_on_the_next_page() -> None:
    from extract.pdf.grid import RawCell
    def row(*texts: str, page: int) -> tuple[RawCell, ...]:
        return tuple(RawCell(t, (100.0 * j, 0.0, 100.0 * j + 90, 9.0), page) for j, t in enumerate(texts))
    above = [row("施策名", "事業", page=1), row("成果指標", "人数", page=1)]
    assert split_verdict(row("事業効果", "", page=1), row("", "医療介護の連携", page=2), above) is SplitVerdict.JOINED
    assert split_verdict(row("事業効果", "x", page=1), row("", "", "医療介護の連携", page=2), above) is SplitVerdict.APART


def _headed(*cols: tuple[str, str]) -> list[SegLine]:
    # 項目 | 現状値 | 目標値 (R2) over one row, each cell set flush left 70 pt apart (a
    # reportlab or HTML rendering of sample 000's small KPI tables between paragraphs).
    prose = "地域の資源や特色を活かした付加価値の高い商品を生み出します。"
    rows = [line(top, *((49 + 70 * k, 49 + 70 * k + 9 * len(texts[r]), texts[r]) for k, texts in enumerate(cols)))
            for r, top in enumerate((100.0, 100.0 + ROW_GAP_PT))]
    return [line(80.0, (46, 46 + 10.5 * len(prose), prose), height=10.5), *rows,
            line(140.0, (46, 46 + 10.5 * len(prose), prose), height=10.5)]


@pytest.mark.parametrize(("cols", "table"), [
    ((("項目", "所得"), ("現状値", "2,590千円"), ("目標値", "2,734千円")), True),   # MIN_HEADED_COLS columns
    ((("項目", "所得"), ("現状値", "2,590千円")), False),                           # fewer
    ((("項目", "所得"), ("現状値", "2,590千円"), ("目標値", "2,734千円"), ("増減", "144千円"),
      ("備考", "-"), ("出典", "市")), True),
    ((("人口", "所得"), ("100人", "2,590千円"), ("目標値", "2,734千円")), False),   # no header: values on both lines
    ((("項目", "所得"), ("現状値", "増加"), ("目標値", "維持")), False),              # no value below
])
def test_a_header_over_one_row_of_values_is_a_table(cols: tuple[tuple[str, str], ...], table: bool) -> None:
    tables, _ = find_borderless(_headed(*cols), 1, PAGE_PT[1])
    assert bool(tables) is table


@pytest.mark.parametrize(("scale", "lifted"), [(1.08, True), (1.15, False)])  # HEIGHT_TOL (0.1) between
def test_a_larger_title_at_the_top_of_a_page_is_no_cut_cell(scale: float, lifted: bool) -> None:
    # A title over the page's table (R1年度 国民健康保険特別会計予算, centred, so it may start where
    # an inner column starts) is set larger than the table: no rest of a cell the break cut.
    tail = _card_tail(first_gap=7.0)
    title = line(44.0, (106, 106 + 9 * 12, "国民健康保険特別会計予算"), height=LINE_PT * scale, page=2)
    tables, used = find_borderless([title, *tail[2:]], 2, PAGE_PT[1])
    assert len(tables) == 1 and (0 in used) is lifted
