"""Rows cut by a page break are joined, keeping where both parts sit (our issue 8)."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from extract.model import Document
from extract.pdf import read_pdf
from extract.pdf.grid import PageContent, RawCell, RawLine, RawTable, Segment, SegLine
from extract.pdf.stitch import (MIN_KEY_ROWS, SplitVerdict, _crosses_columns, _first_table, _regrouped, _repeats, in_order,
                                merge_with_join, split_verdict, stitch)

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "pdf")


def _sample(prefix: str, pages: list[int]) -> Document:
    name = next(n for n in sorted(os.listdir(SAMPLES)) if n.startswith(prefix))
    return read_pdf(os.path.join(SAMPLES, name), pages=pages, second_opinion=False)


def _texts(doc: Document) -> list[str]:
    return [c.text for t in doc.tables for row in t.rows for c in row]


def test_sample_000_p4_5_name_is_whole() -> None:
    doc = _sample("000_", [4, 5])
    texts = _texts(doc)
    assert "出生数に占める第2子以降の割合" in texts
    assert "の割合" not in texts and "出生数に占める第2子以降" not in texts
    (issue,) = [i for i in doc.issues if i.code == "row_split_across_pages" and i.page == 4]
    assert "page 5" in issue.message  # where the second part sits


def test_sample_001_p24_25_name_is_whole() -> None:
    doc = _sample("001_", [24, 25])
    texts = _texts(doc)
    assert any(t.endswith("拡張登録に向けた史跡達谷窟の発掘調査進捗率") for t in texts)
    assert "進捗率" not in texts
    assert "(KPI)" not in texts and "成果指標" not in texts  # the cut label is whole again, like the cards above it
    assert any(i.code == "row_split_across_pages" and i.page == 24 for i in doc.issues)


def test_joined_cell_keeps_the_first_parts_page_and_the_issue_the_seconds() -> None:
    doc = _sample("000_", [4, 5])
    (issue,) = [i for i in doc.issues if i.code == "row_split_across_pages" and i.page == 4]
    t, r = (int(x) for x in issue.message.split(":")[0].replace("table ", "").split(" row "))
    cell = next(c for c in doc.tables[t].rows[r] if c.text == "出生数に占める第2子以降の割合")
    assert cell.prov.page == 4
    assert f"col {cell.col} at (" in issue.message


def _row(page: int, *texts: str) -> tuple[RawCell, ...]:
    return tuple(RawCell(t, (j * 10.0, 0.0, j * 10.0 + 10, 10.0), page) for j, t in enumerate(texts))


HEADER = _row(1, "No.", "施策", "指標", "単位", "R7")
ABOVE = [HEADER, _row(1, "1-1", "産業", "就業者数", "人", "100"), _row(1, "1-2", "観光", "入込数", "人", "200")]
CUT = _row(1, "2-1", "子育て", "出生数に占める第2子以降", "%", "66.1")


@pytest.mark.parametrize(
    ("first", "verdict"),
    [
        (_row(2, "", "", "の割合", "", ""), SplitVerdict.JOINED),  # key column empty; opens with a particle
        (_row(2, "", "", "率", "", ""), SplitVerdict.JOINED),  # overflow: no key, few columns
        (_row(2, "", "支援", "進捗率", "", ""), SplitVerdict.JOINED),  # leaves the table's key column empty
        (_row(2, "2-2", "", "(KPI)", "", ""), SplitVerdict.JOINED),  # a bare annotation cannot stand alone
        (_row(2, "2-2", "", "(1)", "", ""), SplitVerdict.APART),  # an enumerator starts an item
        (_row(2, "2-2", "教育", "児童数", "人", "5"), SplitVerdict.APART),  # a row of its own
        (_row(2, "2", "子育て", "", "", ""), SplitVerdict.APART),  # a group label: has the key, no values
        (_row(2, "", "", "", "", "12"), SplitVerdict.APART),  # a bare number is data
        (_row(2, "", "", "", "件", "3"), SplitVerdict.APART),
        (_row(2, "", "", "", "", ""), SplitVerdict.APART),
    ],
)
def test_split_verdict(first: tuple[RawCell, ...], verdict: SplitVerdict) -> None:
    assert split_verdict(CUT, first, ABOVE) is verdict


def test_continuation_without_a_sign_is_doubtful() -> None:
    above = [HEADER, _row(1, "1-1", "", "就業者数", "人", "100"), _row(1, "", "観光", "入込数", "", "200")]
    first = _row(2, "", "支援", "満足度", "%", "")  # no key of its own, but fills the leftmost column all rows fill
    assert split_verdict(CUT, first, above) is SplitVerdict.DOUBTFUL


def test_key_column_needs_min_key_rows() -> None:
    first = _row(2, "", "支援", "進捗率", "%", "")  # too many columns for overflow
    assert split_verdict(CUT, first, ABOVE[:MIN_KEY_ROWS]) is SplitVerdict.JOINED
    assert split_verdict(CUT, first, ABOVE[:MIN_KEY_ROWS - 1]) is SplitVerdict.DOUBTFUL


@pytest.mark.parametrize("repeat_header", [False, True])
def test_merge_joins_with_or_without_repeated_header(repeat_header: bool) -> None:
    head = RawTable(1, (0, 0, 50, 40), (*ABOVE, CUT), "pdfplumber", 1.0)
    rest = _row(2, "", "", "の割合", "", "")
    tail = RawTable(2, (0, 0, 50, 20), ((_row(2, *(c.raw for c in HEADER)),) if repeat_header else ()) + (rest,), "pdfplumber", 1.0)
    merged, join = merge_with_join(head, tail)
    assert [c.raw for c in merged.rows[-1]][2] == "出生数に占める第2子以降\nの割合"
    assert merged.rows[-1][2].page == 1 and merged.rows[-1][2].continued
    assert join is not None and join.verdict is SplitVerdict.JOINED
    assert (join.row, join.page, join.next_page) == (3, 1, 2) and join.parts == ((2, rest[2].bbox),)


def test_joined_cell_drops_line_boxes_of_one_page() -> None:
    head = RawTable(1, (0, 0, 50, 40), (*ABOVE, tuple(replace(c, line_bboxes=(c.bbox,)) for c in CUT)), "pdfplumber", 1.0)
    tail = RawTable(2, (0, 0, 50, 20), (_row(2, "", "", "の割合", "", ""),), "pdfplumber", 1.0)
    merged, _ = merge_with_join(head, tail)
    joined, kept = merged.rows[-1][2], merged.rows[-1][0]
    assert joined.line_bboxes == () and kept.line_bboxes == (kept.bbox,)


def _part(top: float, texts: list[list[str]], engine: str) -> RawTable:
    """A table of 12 pt rows, columns 100 pt wide from x = 50."""
    rows = tuple(tuple(RawCell(t, (50 + 100 * j + 5, top + 12 * r + 2, 50 + 100 * j + 60, top + 12 * r + 10), 1)
                       for j, t in enumerate(row)) for r, row in enumerate(texts))
    bbox = (50.0, top, 50 + 100 * len(texts[0]), top + 12 * len(texts))
    return RawTable(1, bbox, rows, engine)


@pytest.mark.parametrize(("gap", "one_table"), [(6.0, True), (12.0, False)])
def test_a_table_read_in_two_parts_on_one_page_is_one_table(gap: float, one_table: bool) -> None:
    # A ruled first row (施策名) over rows drawn with column rules only: the lower part starts
    # 6 pt below (within STACK_GAP_EM 1.0 of its 8 pt first row; not within half of it), 12 pt
    # below it does not (within double).
    upper = _part(100.0, [["施策名", "生活バス路線対策事業"]], "pdfplumber")
    lower = _part(112.0 + gap, [["実施年度", "2024"], ["事業費(千円)", "321,177"]], "pdfplumber-text")
    lower = replace(lower, lines=(SegLine((Segment("実施年度", lower.rows[0][0].bbox),), lower.rows[0][0].bbox),))  # read from its text
    items = stitch([PageContent(1, 595.0, 842.0, (upper, lower))])
    assert (len([t for t in items if isinstance(t, RawTable)]) == 1) is one_table


def test_two_ruled_tables_one_under_the_other_stay_two() -> None:
    # pdfplumber parted them along their rules: 一般会計 内訳 rows over the 企業会計 rows.
    upper = _part(100.0, [["内訳", "439,931"]], "pdfplumber")
    lower = _part(114.0, [["水道事業", "4,168,178"]], "pdfplumber")
    assert len(stitch([PageContent(1, 595.0, 842.0, (upper, lower))])) == 2


def test_a_text_part_with_fewer_columns_is_laid_on_the_ruled_parts_columns() -> None:
    # The ruled 施策名 row has six columns; the rows below, read from their text, show four
    # (two columns empty in every row): each cell goes to the ruled column holding it.
    upper = _part(100.0, [["施策名", "休日・夜間診療体制確保事業", "", "", "", ""]], "pdfplumber")
    upper = replace(upper, col_edges=tuple(50.0 + 100 * j for j in range(7)))
    lower = _part(118.0, [["連携する視点", "生活機能の強化", "政策分野", "医療"]], "pdfplumber-text")
    cells = lower.rows[0]
    moved = (cells[0], cells[1], replace(cells[2], bbox=(360.0, 120.0, 390.0, 128.0)), replace(cells[3], bbox=(460.0, 120.0, 480.0, 128.0)))
    lower = replace(lower, rows=(moved,), lines=(SegLine((Segment("連携する視点", cells[0].bbox),), cells[0].bbox),))
    tables = [t for t in stitch([PageContent(1, 595.0, 842.0, (upper, lower))]) if isinstance(t, RawTable)]
    assert len(tables) == 1 and [c.raw for c in tables[0].rows[1]] == ["連携する視点", "生活機能の強化", "", "政策分野", "医療", ""]


def _lone_line(page: int, top: float, *texts: str) -> RawTable:
    """A line set in pieces far apart, kept as a fragment a neighbouring page may continue."""
    part = _part(top, [list(texts)], "pdfplumber-text")
    line = SegLine(tuple(Segment(c.raw, c.bbox) for c in part.rows[0]), part.bbox)
    return replace(part, page=page, rows=tuple(tuple(replace(c, page=page) for c in r) for r in part.rows),
                   lines=(line,), fragment=True)


@pytest.mark.parametrize("second_is_table", [False, True])
def test_two_lone_lines_across_a_page_break_are_no_table(second_is_table: bool) -> None:
    # A spread's folio line (72 … 73) ends page 1 and its heading line ((款) 01 特別区税 …
    # (単位：千円)) opens page 2, both in two pieces at the same x: text, not a table; a fragment
    # whose next page opens with a table in its own right still continues it.
    folio = _lone_line(1, 760.0, "72", "73")
    heading = _lone_line(2, 70.0, "(款) 01 特別区税", "(単位：千円)")
    if second_is_table:
        heading = replace(heading, fragment=False)
    items = stitch([PageContent(1, 1190.0, 842.0, (folio,)), PageContent(2, 1190.0, 842.0, (heading,))])
    assert (len(items) == 1) is second_is_table
    assert second_is_table or not any(isinstance(t, RawTable) for t in items)


@pytest.mark.parametrize(("cut", "verdict"), [
    (_row(1, "", "", "", "", "566,651"), SplitVerdict.JOINED),  # its key (事業費) set below it on the next page
    (_row(1, "", "", "", "件", "566,651"), SplitVerdict.APART),  # shares the unit column: a row of its own
    (_row(1, "2-1", "", "", "", "566,651"), SplitVerdict.APART),  # has its key
])
def test_a_cut_row_without_its_key_takes_the_key_the_next_page_sets(cut: tuple[RawCell, ...], verdict: SplitVerdict) -> None:
    first = _row(2, "2-1", "子育て", "保育料軽減", "件", "")  # the row's label and cells, its value on the page before
    assert split_verdict(cut, first, ABOVE) is verdict


def test_a_joined_cell_empty_before_the_break_is_the_continuations() -> None:
    head = RawTable(1, (0, 0, 50, 40), (*ABOVE, _row(1, "", "", "", "", "566,651")), "pdfplumber", 1.0)
    tail = RawTable(2, (0, 0, 50, 20), (_row(2, "2-1", "子育て", "保育料軽減", "件", ""),), "pdfplumber", 1.0)
    merged, join = merge_with_join(head, tail)
    assert [c.raw for c in merged.rows[-1]] == ["2-1", "子育て", "保育料軽減", "件", "566,651"]
    assert merged.rows[-1][0].page == 2 and merged.rows[-1][4].page == 1
    assert join is not None and join.verdict is SplitVerdict.JOINED


def _card_ending_page(page: int) -> RawTable:
    rows = tuple(tuple(RawCell(t, (x, top, x + 40, top + 9), page) for x, t in zip((50, 100, 150), texts))
                 for top, texts in ((600, ("施策名", "移住定住交流促進事業", "")), (620, ("実施年度", "2024", "2025")),
                                    (780, ("", "51,196", "51,599"))))
    return RawTable(page, (50, 600, 190, 789), rows, "pdfplumber-text", 1.0, (50, 95, 145, 190))


@pytest.mark.parametrize(("x0", "taken"), [(50, True), (120, False)])
def test_a_cut_rows_key_set_at_the_top_of_the_next_page_completes_it(x0: float, taken: bool) -> None:
    # 事業費(千 / 円) opening the next page inside the key column (html_landscape, sample 001 p44-45).
    lines = (RawLine("事業費(千", (x0, 60, x0 + 39, 69), 2), RawLine("円)", (x0, 73, x0 + 13, 82), 2),
             RawLine("本文の行が続く。", (50, 120, 400, 130), 2))
    pages = [PageContent(1, 595, 842, (_card_ending_page(1),)), PageContent(2, 595, 842, (), lines)]
    items = stitch(pages)
    assert [c.raw for c in items[0].rows[-1]] == (["事業費(千\n円)", "51,196", "51,599"] if taken else ["", "51,196", "51,599"])
    assert len([it for it in items if not isinstance(it, RawTable)]) == (1 if taken else 3)


@pytest.mark.parametrize("note", ["※ 達成率＝実績値÷目標値", "注 数値は速報値"])
def test_a_note_opening_the_next_page_names_no_row_the_break_cut(note: str) -> None:
    # the last row's name spans its sub-rows (計画 / 最新値, read blank in the second): a note at
    # the top of the next page, inside the key column, is the table's note, not that row's name
    lines = (RawLine(note, (50, 60, 89, 69), 2),)
    items = stitch([PageContent(1, 595, 842, (_card_ending_page(1),)), PageContent(2, 595, 842, (), lines)])
    assert [c.raw for c in items[0].rows[-1]] == ["", "51,196", "51,599"]


def _set_row(page: int, *cells: tuple[str, float, float]) -> tuple[RawCell, ...]:
    """A row of cells (text, x0, x1), one 10 pt line high."""
    return tuple(RawCell(t, (x0, 0.0, x1, 10.0), page) for t, x0, x1 in cells)


KAN_KOU = RawTable(1, (44.5, 0.0, 324.0, 30.0), (
    _set_row(1, ("1民生費", 44.5, 83.5), ("", 89.5, 148.5), ("1,589,415", 155.5, 204.9)),
    _set_row(1, ("", 44.5, 83.5), ("1社会福祉費", 89.5, 148.5), ("633,439", 164.4, 204.9)),
), "pdfplumber-text", None)


def _tail(*cells: tuple[str, float, float]) -> RawTable:
    return RawTable(2, (44.5, 0.0, 324.0, 10.0), (_set_row(2, *cells),), "pdfplumber-text", None)


# 1社会福祉費 ends at 148.5, 633,439 starts at 164.4 (the figures' column reaches left to 155.5)
@pytest.mark.parametrize(("x0", "crosses"), [(148.5 - 2.0, False), (148.5 - 3.0, True)])  # CROSS_EM of 10 pt: 2.5
def test_a_figure_reaching_into_the_column_before_its_own_crosses_their_gap(x0: float, crosses: bool) -> None:
    assert _crosses_columns(KAN_KOU, _tail(("計", 44.5, 54.5), ("4,551,322", x0, 204.9))) is crosses


def test_a_table_set_again_on_the_next_page_with_its_own_columns_is_no_continuation() -> None:
    # the 計 row alone on the next page, its columns fitted to it: its first amount under 項
    assert _crosses_columns(KAN_KOU, _tail(("計", 44.5, 54.5), ("4,551,322", 77.5, 126.9), ("4,621,206", 132.9, 182.2)))
    assert not _crosses_columns(KAN_KOU, _tail(("計", 44.5, 54.5), ("4,551,322", 155.5, 204.9)))
    assert not _crosses_columns(KAN_KOU, _tail(("一般会計予算の計", 44.5, 160.0), ("4,551,322", 155.5, 204.9)))  # words overflow


def test_a_rebuild_that_parts_a_pages_rows_is_no_continuation() -> None:
    head = replace(KAN_KOU, rows=KAN_KOU.rows[:1])
    tail = _tail(("計", 44.5, 54.5), ("4,551,322", 155.5, 204.9))
    split = replace(KAN_KOU, rows=(*KAN_KOU.rows, tail.rows[0]))  # the head's one row read as two
    assert _regrouped(split, head, tail)
    assert not _regrouped(replace(KAN_KOU, rows=(KAN_KOU.rows[0], tail.rows[0])), head, tail)


A4_HEIGHT_PT = 842.0
_TABLE_AT_68 = RawTable(2, (50, 68, 500, 150), ((RawCell("指標", (50, 68, 100, 78), 2),),), "pdfplumber-text", None, (50, 100))


@pytest.mark.parametrize(("gap_em", "opens"), [(0.9, False), (1.5, True)])  # HEAD_GAP_EM = 1.0
def test_a_top_band_line_set_on_the_table_is_the_body_s(gap_em: float, opens: bool) -> None:
    # a heading in the top MARGIN_SHARE of a page with a narrow margin, set at the body's leading
    # over a new table (corpus seed 710 kpi_baseline_target in html_borderless): the table opens
    # no continuation; a running head set apart from the body is furniture
    bottom = 68 - gap_em * 9
    head = RawLine("基本目標3 新しいひとの流れをつくる", (50, bottom - 9, 300, bottom), 2)
    assert (_first_table([head, _TABLE_AT_68], A4_HEIGHT_PT) == 1) is opens


def test_a_folio_in_the_top_band_is_furniture_however_close() -> None:
    folio = RawLine("- 2 -", (280, 58, 300, 66), 2)
    assert _first_table([folio, _TABLE_AT_68], A4_HEIGHT_PT, frozenset({"- 2 -"})) == 1


def test_a_running_head_opening_every_page_is_furniture_however_close() -> None:
    # 資料2 opening both pages 3 pt over the table page 2 continues (corpus seed 555 kpi_progress in
    # writer_borderless): furniture (stitch.page_heads), no heading of a table of its own
    head = RawLine("資料2", (516, 56, 539, 65), 2)
    assert _first_table([head, _TABLE_AT_68], A4_HEIGHT_PT, frozenset(), frozenset({"資料2"})) == 1
    assert _first_table([head, _TABLE_AT_68], A4_HEIGHT_PT) is None  # a line of this page alone: the body's


def _grid(page: int, *rows: tuple[str, ...]) -> RawTable:
    cells = tuple(tuple(RawCell(text, (50.0 + 60 * j, 20.0 * i, 100.0 + 60 * j, 20.0 * i + 9), page) for j, text in enumerate(row))
                  for i, row in enumerate(rows))
    return RawTable(page, (50.0, 0.0, 400.0, 20.0 * len(rows)), cells, "pdfplumber-text", None, ())


def test_a_header_repeated_with_its_own_breaks_under_a_heading_the_first_page_sets_below_it() -> None:
    # corpus seed 948 kpi_progress in writer_borderless (--vocab dev8): page 1's header over (1)移住・定住の促進,
    # a heading the next page does not repeat; page 2 sets the header again with other breaks (no space before (2016)
    head = _grid(1, ("施策", "指標", "基準年度の実績値（平成28年度 (2016年度)）"), ("（1）移住・定住の促進", "", ""),
                 ("健康寿命の延伸", "若者定住奨励金交付件数", "55"))
    tail = _grid(2, ("施策", "指標", "基準年度の実績値（平成28年度(2016年度)）"), ("関係人口の拡大", "転入者数", "2,152"))
    assert _repeats(tail.rows, head.rows) == 1
    other = _grid(2, ("施策", "指標", "目標値（令和4年度）"), ("関係人口の拡大", "転入者数", "2,152"))
    assert _repeats(other.rows, head.rows) == 0


NUMBERED = _grid(2, ("No.", "指標項目", "現状", "目標値"), ("1", "農業産出額", "9,718", "10,106"), ("2", "テレワーク", "5,758", "4,436"))


@pytest.mark.parametrize("heading", [("（2）健康づくりの推進", "", "", ""), ("（2）", "健康づくりの推進", "", "")])
def test_a_group_heading_opening_the_next_page_tells_no_columns_kind(heading: tuple[str, ...]) -> None:
    # corpus seed 581 kpi_baseline_target in pdf_rules: the heading set over the No. and name columns
    tail = _grid(3, heading, ("3", "関係人口", "4,171", "4,978"))
    assert in_order(NUMBERED, tail) is not None


def test_text_under_a_figure_column_in_a_full_row_is_no_continuation() -> None:
    tail = _grid(3, ("事業名", "内容", "担当", "備考"), ("3", "関係人口", "4,171", "4,978"))
    assert in_order(NUMBERED, tail) is None


def test_a_table_read_again_with_more_columns_than_either_part_is_not_rebuilt() -> None:
    # corpus seed 506 kpi_baseline_target in calc_borderless: the units set flush right on page 1
    # (%, 億円), 件 flush left on page 2, a gap apart: read together, 件 is a column of its own that
    # takes 単位 from the units under it; each part holds its six columns
    from extract.pdf.stitch import _adds_columns
    six = (_row(1, "基本的方向", "No.", "項目", "単位", "基準値", "目標値"),)
    head = RawTable(1, (0, 0, 60, 20), six, "pdfplumber-text", 1.0)
    tail = RawTable(2, (0, 0, 60, 10), (_row(2, "安全", "3", "移住相談件数", "件", "161", "159"),), "pdfplumber-text", 1.0)
    seven = RawTable(1, (0, 0, 70, 30), (_row(1, "基本的方向", "No.", "項目", "", "単位", "基準値", "目標値"),), "pdfplumber-text", 1.0)
    assert _adds_columns(seven, head, tail)
    assert not _adds_columns(head, head, tail)  # the parts' columns hold across the break


def test_a_header_repeated_in_one_row_over_a_section_row_is_the_header() -> None:
    # page 1: 成果指標 | 計画策定時 | 到達目標 over | （2024年度） | （2026年度）, then the section row
    # （1）健康づくりの推進 before the figures; page 2 repeats the header, its two lines read as one row
    # over its one row of figures (corpus seed 988 kpi_baseline_target in calc_borderless)
    def row(page: int, *texts: str) -> tuple[RawCell, ...]:
        return tuple(RawCell(t, (100.0 * k, 0.0, 100.0 * k + 50.0, 10.0), page) for k, t in enumerate(texts))
    first = [row(1, "成果指標", "計画策定時", "到達目標"), row(1, "", "（2024年度）", "（2026年度）"),
             row(1, "（1）健康づくりの推進", "", ""), row(1, "出生数（人）", "227", "346")]
    later = [row(2, "成果指標", "計画策定時（2024年度）", "到達目標\n（2026年度）"), row(2, "ふるさと納税寄附額（千円）", "828,192", "884,766")]
    assert _repeats(later, first) == 1
    assert _repeats([row(2, "成果指標", "計画策定時", "目標値"), *later[1:]], first) == 0
