"""Cells that go on past where a layout broke them (issue 7, corpus seeds 310-329 shapes, built by
hand in PDF points, top-left origin): a unit a wrap cut (254,739t-CO over 2), the last line of a
cell set a paragraph's gap below the table's last row as every row's cell sets it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.interpret.stacks import cell_pieces
from extract.model import Cell, Provenance
from extract.pdf.borderless import LIFT_GAP_EM, PITCH_TOL_EM, build_table, widen_to_header
from extract.pdf.colgaps import MIN_GAP_PT
from extract.pdf.grid import RawCell, RawTable, Segment, SegLine
from extract.pdf.stitch import _figures_apart, _parted_at_head_gaps, _recut, in_order, merge_with_join
from extract.pdf.textjoin import join_lines
from normalize import parse_quantity
from normalize.units import completes_unit
from tests.extract.test_pdf_borderless_layouts import LINE_PT, ROW_GAP_PT, line


@pytest.mark.parametrize(("upper", "lower", "whole"), [
    ("254,739t-CO", "2", True),  # the subscript wrapped (reportlab, WeasyPrint grid cells)
    ("２５４，７３９t-", "CO2", True),  # cut after the hyphen (Chromium)
    ("1,200m", "2", False),  # m is a unit already: 2 may be a value of its own
    ("3,703人", "4,182人", False),
    ("76.9万人回/", "年", False),  # a unit per something: the slash's rule, not this one
    ("254,739t-CO", "2 3", False),
    ("地域活動", "2", False),
])
def test_a_unit_a_wrap_cut_is_completed_only_into_a_known_unit(upper: str, lower: str, whole: bool) -> None:
    assert completes_unit(upper, lower) is whole


def test_a_cell_whose_unit_a_wrap_cut_reads_one_value() -> None:
    assert join_lines("２５４，７３９t-CO\n2") == "２５４，７３９t-CO2"
    assert parse_quantity(join_lines("254,739t-\nCO2")).value == 254739
    assert join_lines("1,200m\n2") == "1,200m 2"  # two readings: ambiguous, never 1,200 m2 guessed
    cell = Cell("254,739t-CO 2", "254,739t-CO\n2", Provenance("x.pdf", "d", 1, None, 0, 1, 1, (0, 0, 80, 20)),
                line_bboxes=((0, 0, 80, 9), (0, 10, 4, 19)))
    pieces = cell_pieces(cell)
    assert [p.text for p in pieces] == ["254,739t-CO2"] and parse_quantity(pieces[0].text).unit == "tCO2"


PARA_GAP_PT = 7.0  # a paragraph's gap inside a 事業内容 cell: wider than a cell's leading


def _rows_with_paragraphs(last_gap: float) -> list[SegLine]:
    # 事業 | 予算額 | 事業内容: each 事業内容 set in two paragraphs, the second PARA_GAP_PT below the
    # first; the last row's second paragraph last_gap below it (the table ends the page body)
    lines = [line(0, (44, 90, "事業"), (150, 190, "予算額"), (220, 280, "事業内容"))]
    top = ROW_GAP_PT
    for r in range(3):
        lines.append(line(top, (44, 100, f"事業{r}"), (160, 190, f"{r}4,5{r}6"), (220, 280, "経費の一部を")))
        gap = PARA_GAP_PT if r < 2 else last_gap
        lines.append(line(top + LINE_PT + gap, (220, 250, "補助する")))
        top += LINE_PT + gap + LINE_PT + ROW_GAP_PT - LINE_PT
    return lines


@pytest.mark.parametrize(("off_em", "kept"), [(0.0, True), (0.5 * PITCH_TOL_EM, True), (2 * PITCH_TOL_EM, False)])
def test_a_cells_last_paragraph_after_the_last_row_at_the_tables_own_gap_stays(off_em: float, kept: bool) -> None:
    # corpus seed 311 budget_main_projects in pdf_borderless: left out, the page body ended with a
    # line, not the table, and the next page's rest of the table was stitched to nothing
    lines = _rows_with_paragraphs(PARA_GAP_PT + off_em * LINE_PT)
    table, used = build_table(lines)
    assert table is not None and (used == len(lines)) is kept


def test_a_line_at_the_tables_gap_opening_a_note_is_no_paragraph_of_a_cell() -> None:
    lines = _rows_with_paragraphs(PARA_GAP_PT)
    last = lines[-1]
    lines[-1] = line(last.bbox[1], (220, 250, "※補助する"))
    table, used = build_table(lines)
    assert table is not None and used == len(lines) - 1


def _text_table(page: int, rows: list[list[str]], x0: float = 40.0, width: float = 60.0) -> RawTable:
    cells = tuple(tuple(RawCell(t, (x0 + width * j, 20.0 * i, x0 + width * (j + 1), 20.0 * i + 9), page) for j, t in enumerate(r))
                  for i, r in enumerate(rows))
    edges = tuple(x0 + width * j for j in range(len(rows[0]) + 1))
    return RawTable(page, (x0, 0, edges[-1], 20.0 * len(rows)), cells, "pdfplumber-text", None, edges,
                    (SegLine((), (0, 0, 1, 1), page),))


HEAD = [["番号", "事業名", "予算額", "国県", "町債", "概要"],
        ["1", "図書館運営事業", "8億6,480万円", "0万円", "2億6,033万円", "創業を補助する"],
        ["新", "商店街活性化事業", "1億9,265万円", "-", "3,098万円", "資機材を支援する"]]


def test_a_page_two_block_on_columns_of_its_own_is_read_on_the_tables_columns_in_order() -> None:
    # corpus seed 312 budget_main_projects in pdf_borderless: page 2's two rows set on columns
    # fitted to them, an amount and the dash beside it one word space apart, one cell
    head = _text_table(1, HEAD)
    tail = _text_table(2, [["(6)", "道の駅機能強化事業", "2億9,196万円 -", "8,142万円", "補助する"],
                           ["7", "空き家改修支援事業", "2億1,008万円 ―", "0万円", "支援する"]], x0=30.0, width=70.0)
    laid = in_order(head, tail)
    assert laid is not None and [c.raw for c in laid.rows[0]] == ["(6)", "道の駅機能強化事業", "2億9,196万円", "-", "8,142万円", "補助する"]
    merged, _ = merge_with_join(head, tail)
    assert [c.raw for c in merged.rows[-1]][2:4] == ["2億1,008万円", "―"]


def test_a_cell_of_two_figures_is_parted_only_where_the_table_has_two_figure_columns() -> None:
    head = _text_table(1, [[*r[:3], r[5], r[3], r[4]] for r in HEAD])  # 概要 between 予算額 and 国県
    tail = _text_table(2, [["(6)", "道の駅機能強化事業", "2億9,196万円 -", "8,142万円", "補助する"]])
    assert in_order(head, tail) is None
    one = _text_table(2, [["(6)", "道の駅機能強化事業", "2億9,196万円 -", "8,142万円", "補助する"],
                          ["7", "空き家改修支援事業", "2億1,008万円", "0万円", "支援する"]])
    assert in_order(_text_table(1, HEAD), one) is None  # a row of one figure there: the columns are not proved


def test_a_word_standing_for_a_value_holds_a_value_column_in_order() -> None:
    # 調査なし over page 2's 498: both what a value column holds (stitch._holds_value)
    head = _text_table(1, [["数値目標", "単位", "現状値", "実績", "目標", "達成状況"],
                           ["中心市街地の歩行者通行量", "人", "調査なし", "3,179", "―", "順調"]])
    tail = _text_table(2, [["新規雇用者数", "人", "498", "303", "420", "○"]], x0=30.0, width=50.0)
    laid = in_order(head, tail)
    assert laid is not None and [c.raw for c in laid.rows[0]][2:5] == ["498", "303", "420"]
    text_tail = _text_table(2, [["新規雇用者数", "人", "未達成", "303", "420", "○"]], x0=30.0, width=50.0)
    assert in_order(head, text_tail) is None  # words no value: not the column's


def test_a_rows_number_in_brackets_holds_a_numbering_column_in_order() -> None:
    # corpus seed 594 budget_main_projects (html_borderless, chromium_borderless): (5) alone on page
    # 2 under 1 … 4, on columns of its own; read as text where head's column holds figures, the row
    # was left out
    head = _text_table(1, [["No.", "事業名", "予算額", "概要"], ["1", "図書館運営事業", "215.0", "補助する"],
                           ["2", "商店街活性化事業", "329.2", "支援する"]])
    tail = _text_table(2, [["(5)", "道の駅機能強化事業", "114.2", "補助する"]], x0=30.0, width=70.0)
    laid = in_order(head, tail)
    assert laid is not None and [c.raw for c in laid.rows[0]][:3] == ["(5)", "道の駅機能強化事業", "114.2"]
    named = _text_table(2, [["(5)", "道の駅機能強化事業", "未達成", "補助する"]], x0=30.0, width=70.0)
    assert in_order(head, named) is None  # the number proves no column by itself


def _row_with_wrapped_cell(gap: float) -> list[SegLine]:
    return [line(0, (44, 56, "(5)"), (80, 152, "商店街活性化事業"), (203, 311, "創業に要する経費の一部を"),
                 (323, 345, "215.0"), (357, 379, "329.2"), (392, 414, "114.2")),
            line(LINE_PT + gap, (203, 239, "補助する"))]


@pytest.mark.parametrize(("gap_em", "stands"), [(0.5 * LIFT_GAP_EM, True), (1.5 * LIFT_GAP_EM, False)])
def test_a_row_alone_at_the_head_of_a_page_with_a_wrapped_cell_is_a_fragment(gap_em: float, stands: bool) -> None:
    # corpus seed 594 budget_main_projects in html_borderless: the table's last row alone on page 2,
    # its 事業概要 wrapped (補助する under 創業に要する経費の一部を): refused as a fragment, the row was lost.
    # A line further down than a cell's next line is text after the row
    table, used = build_table(_row_with_wrapped_cell(gap_em * LINE_PT), small_ok=True)
    assert (table is not None and table.fragment and used == 2) is stands
    assert build_table(_row_with_wrapped_cell(gap_em * LINE_PT))[0] is None  # no table standing alone


def test_a_flush_left_header_over_two_flush_left_sub_headers_widens_no_column() -> None:
    # corpus seed 316 budget_book in html_borderless: 本年度予算額(千円) set flush left over 金額 |
    # 構成比（％）, the second set flush left short of its right-aligned figures (386.2 on): widened
    # to the header, 金額's column took 構成比 and the amounts lost their header (20% missing)
    cols = [(54.7, 162.7), (302.2, 342.7), (386.2, 408.7)]
    head = line(0, (54.7, 81.7, "事業名"), (302.2, 383.2, "本年度予算額(千円)"))
    subs = line(13, (302.2, 320.2, "金額"), (354.7, 408.7, "構成比（％）"))
    assert widen_to_header([head, subs], cols)[1] == (302.2, 342.7)
    near = line(13, (302.2, 320.2, "金額"), (383.2 - MIN_GAP_PT / 2, 408.7, "構成比（％）"))  # reaching under it by less
    assert widen_to_header([head, near], cols)[1][1] > 342.7




def test_a_rebuild_that_cuts_the_parts_cells_otherwise_is_refused() -> None:
    # corpus seed 585 budget_main_projects in chromium_borderless: page 2's row set on columns of
    # its own; read again with page 1's lines, 0.0 | 52.1 became one cell and the figures slid
    head = _text_table(1, [["8", "地域公共交通確保維持事業", "27.8", "0.0", "189.9"]])
    tail = _text_table(2, [["9", "特産品開発支援事業", "0.0", "52.1", "280.4"]])
    recut = _text_table(1, [*([c.raw for c in r] for r in head.rows), ["9", "特産品開発支援事業", "0.0 52.1", "280.4", ""]])
    assert _recut(recut, head, tail)
    moved = _text_table(1, [*([c.raw for c in r] + [""] for r in head.rows), ["9", "", "特産品開発支援事業", "0.0", "52.1", "280.4"]])
    assert not _recut(moved, head, tail)  # the same cells on other columns


def test_a_rebuild_that_parts_a_one_row_continuations_glued_cells_at_the_tables_columns_is_kept() -> None:
    # corpus seed 507 budget_main_projects in calc_borderless: page 2's one row read alone has no
    # other row to show its column gaps; a number set solid against the next cell's text
    # (6地域振興課, 536,616,146円―, three amounts a word space apart) is one cell of it
    head = _text_table(1, [["5", "財政課", "105,690,030円", "―", "25,009,697円", "11,395,063円"]])
    tail = _text_table(2, [["6地域振興課", "536,616,146円―", "89,291,837円 39,328,249円"]])
    row = ["6", "地域振興課", "536,616,146円", "―", "89,291,837円", "39,328,249円"]
    rebuilt = _text_table(1, [[c.raw for c in head.rows[0]], row])
    assert not _recut(rebuilt, head, tail)
    worded = _text_table(2, [["6地域", "振興課", "536,616,146円―", "89,291,837円 39,328,249円"]])
    assert _recut(rebuilt, head, worded)  # a word parted where no figure stands beside: recut
    one = _text_table(2, [["6", "地域振興課", "536,616,146", "―", "89,291,837円 39,328,249円"]])
    cut = _text_table(1, [[c.raw for c in head.rows[0]], ["6", "地域振興課", "536,616", "146", "―", "89,291,837円 39,328,249円"]])
    assert _recut(cut, head, one)  # one figure parted in two: recut
    apart = _text_table(2, [["6地域振興課", "536,616,146円―", "", "89,291,837円 39,328,249円"]])
    gapped = _text_table(1, [[c.raw for c in head.rows[0]], ["6", "地域振興課", "536,616,146円", "", "―", "89,291,837円 39,328,249円"]])
    assert _recut(gapped, head, apart)  # parted round an empty cell: no neighbours


def test_a_repeated_header_cut_otherwise_by_the_rebuild_is_no_recut() -> None:
    # corpus seed 709 budget_main_projects in calc_borderless: page 2 repeats the header over one
    # row, and read alone its 市債 | その他財源 make one cell; the repeat is dropped either way
    head = _text_table(1, [["No", "市債", "その他"], ["1", "57,086,939", "69,940,899"]])
    tail = _text_table(2, [["No", "市債 その他", ""], ["6", "14,157,967", "―"]])
    rebuilt = _text_table(1, [["No", "市債", "その他"], ["1", "57,086,939", "69,940,899"], ["No", "市債", "その他"], ["6", "14,157,967", "―"]])
    assert not _recut(rebuilt, head, tail)
    other = _text_table(2, [["番号", "市債 その他", ""], ["6", "14,157,967", "―"]])  # no repeat: its cells count
    rebuilt_other = replace(rebuilt, rows=(*rebuilt.rows[:2], tuple(RawCell(t, c.bbox, 2) for t, c in zip(["番号", "市債", "その他"], rebuilt.rows[2])), rebuilt.rows[3]))
    assert _recut(rebuilt_other, head, other)


def _figures_at(top: float, *cells: tuple[float, float, str]) -> tuple[RawCell, ...]:
    return tuple(RawCell(t, (x0, top, x1, top + LINE_PT), 1) for x0, x1, t in cells)


def test_a_continuations_joint_in_a_gap_the_tables_columns_leave_parts_its_segment() -> None:
    # corpus seed 709 budget_main_projects in calc_borderless: page 2's one row sets 14,157,967
    # right-aligned in 市債 solid against the ― flush left in その他財源; page 1's rows leave
    # 270-280 pt empty between those columns
    rows = (_figures_at(0, (40, 60, "No"), (220, 240, "市債"), (280, 320, "その他")),
            _figures_at(20, (40, 60, "1"), (222, 270, "57,086,939"), (280, 330, "69,940,899")),
            _figures_at(40, (40, 60, "2"), (250, 270, "－"), (282, 330, "93,463,219")))
    head = RawTable(1, (40, 0, 330, 50), rows, "pdfplumber-text", None, (40, 100, 275, 330))
    glued = Segment("14,157,967―", (226, 0, 285, LINE_PT), ((10, 275.0),))
    parted = _parted_at_head_gaps(head, [SegLine((Segment("6", (40, 0, 45, LINE_PT)), glued), (40, 0, 285, LINE_PT), 2)])
    assert [(s.text, s.bbox[0], s.bbox[2]) for s in parted[0].segments] == [("6", 40, 45), ("14,157,967", 226, 275.0), ("―", 275.0, 285)]
    inside = replace(glued, joints=((10, 268.0),))  # a joint inside 市債's extent parts nothing
    kept = _parted_at_head_gaps(head, [SegLine((inside,), inside.bbox, 2)])
    assert kept[0].segments == (inside,)


def test_a_rebuild_whose_pages_hold_figures_in_columns_of_their_own_is_refused() -> None:
    # corpus seed 715 budget_kan_kou in pdf_borderless: page 2's amounts fitted to narrower
    # columns, read again with page 1's lines into empty columns left of page 1's amounts
    head = _text_table(1, [["4民生費", "", "", "", "2,873.4", "2,847.1", "26.3"]])
    tail = _text_table(2, [["", "3生活保護費", "1,757.6", "1,820.1", "－62.5", "", ""]])
    rebuilt = _text_table(1, [[c.raw for c in head.rows[0]], [c.raw for c in tail.rows[0]]])
    rebuilt = replace(rebuilt, rows=(rebuilt.rows[0], tuple(replace(c, page=2) for c in rebuilt.rows[1])))
    assert _figures_apart(rebuilt, head)


@pytest.mark.parametrize("tail_row", [
    ["", "3生活保護費", "", "", "1,757.6", "1,820.1", "－62.5"],  # the same columns
    ["", "計", "", "", "", "", "28.9"],  # fewer of them: a total of the differences only
])
def test_a_rebuild_whose_pages_share_their_figure_columns_stands(tail_row: list[str]) -> None:
    head = _text_table(1, [["4民生費", "", "", "", "2,873.4", "2,847.1", "26.3"]])
    rebuilt = _text_table(1, [[c.raw for c in head.rows[0]], tail_row])
    rebuilt = replace(rebuilt, rows=(rebuilt.rows[0], tuple(replace(c, page=2) for c in rebuilt.rows[1])))
    assert not _figures_apart(rebuilt, head)
