"""Facing pages set as one wide page (a budget book's spread): each page's table, its caption line
set in pieces, one (単位：千円) for both, and references (P325) inside 説明 lines."""

from __future__ import annotations

import pytest

from extract.context import caption_lines, caption_unit, faces, running_heads, sits_beside, walk_tables, with_facing_units
from extract.interpret.stacks import labelled_lines
from extract.model import BBox, Cell, Document, Provenance, Table, TextLine
from extract.recognize import recognize_document
from tests.extract.test_pdf_realdocs import _read

PAGE_WIDTH = 1190.0


def _table(index: int, bbox: BBox, rows: list[list[str]], page: int = 1) -> Table:
    cells = tuple(tuple(Cell(t, t, Provenance("spread.pdf", "d", page, None, index, r, j, bbox))
                        for j, t in enumerate(row)) for r, row in enumerate(rows))
    return Table(index, cells, Provenance("spread.pdf", "d", page, None, index, None, None, bbox))


def _line(text: str, bbox: BBox, page: int = 1) -> TextLine:
    return TextLine(text, text, Provenance("spread.pdf", "d", page, bbox=bbox))


LEFT = (34.0, 75.0, 537.0, 745.0)
RIGHT = (652.0, 75.0, 1154.0, 745.0)


@pytest.mark.parametrize(("top", "beside"), [(75.0, True), (390.0, True), (440.0, False)])
def test_tables_beside_overlap_over_half_the_shorter_height(top: float, beside: bool) -> None:
    # The right table is 100 pt tall: from 390 it overlaps the left one (ending 480) by 90 pt;
    # from 440 by 40 pt, less than BESIDE_OVERLAP_SHARE (0.5) of 100 pt. Halved, 40 pt would
    # do; doubled, 90 pt would not.
    left = _table(0, (34.0, 75.0, 537.0, 480.0), [["a"]])
    right = _table(1, (652.0, top, 1154.0, top + 100.0), [["b"]])
    assert sits_beside(left, right) is beside


def test_a_table_below_or_on_another_page_is_not_beside() -> None:
    left = _table(0, LEFT, [["a"]])
    assert not sits_beside(left, _table(1, (34.0, 760.0, 537.0, 800.0), [["b"]]))
    assert not sits_beside(left, _table(1, RIGHT, [["b"]], page=2))


def test_the_unit_line_over_a_table_is_its_unit() -> None:
    lines = [_line("（単位：千円）", (500.0, 60.0, 537.0, 70.0)), _line("（単位：人）", (1100.0, 60.0, 1154.0, 70.0))]
    assert caption_unit(lines, _table(0, LEFT, [["a"]])) == "千円"
    assert caption_unit(lines, _table(1, RIGHT, [["a"]])) == "人"
    assert caption_unit(lines[:1], _table(1, RIGHT, [["a"]])) == "千円"  # the only one stated


def test_a_single_row_of_words_is_a_caption_line() -> None:
    assert [ln.text for ln in caption_lines(_table(0, LEFT, [["(款) 01 特別区税", "(単位 : 千円)"]])) or []] == \
        ["(款) 01 特別区税", "(単位 : 千円)"]
    assert caption_lines(_table(0, LEFT, [["人口", "12,345人"]])) is None  # a value: a table
    assert caption_lines(_table(0, LEFT, [["款", "本年度"], ["市税", "100"]])) is None


def test_the_table_beside_shares_the_caption_of_the_spread() -> None:
    doc = Document("spread.pdf", "d", "pdf", 1, (
        _line("(款) 01 特別区税    (単位 : 千円)", (50.0, 60.0, 1154.0, 70.0)),
        _table(0, LEFT, [["款", "本年度"], ["06 特別区たばこ税", "4,525,026"]]),
        _table(1, RIGHT, [["節", "金額"], ["01 現年課税分", "4,525,026"]]),
        _table(2, (34.0, 800.0, 537.0, 830.0), [["款", "本年度"], ["07 地方譲与税", "10"]]),
    ), ())
    units = [unit for _, _, unit, _, _ in walk_tables(doc, running_heads(doc))]
    assert units == ["千円", "千円", None]


def test_a_unit_row_atop_a_table_over_one_column_states_every_columns_unit() -> None:
    # (単位:百万円) set right, over the last column, inside the table (no rule parts it from the
    # header): the caption of the whole table, as a line above it would be
    unit_row = ["", "", "(単位:百万円)"]
    doc = Document("spread.pdf", "d", "pdf", 1, (
        _table(0, LEFT, [unit_row, ["指標", "2015年度", "2016年度"], ["農業産出額", "18,331", "17,958"]]),
        _table(1, RIGHT, [["", "", "単位"], ["指標", "2015年度", "2016年度"], ["農業産出額", "18,331", "17,958"]]),
        _table(2, (34.0, 800.0, 537.0, 830.0), [["", "年度", "(単位:百万円)"], ["農業産出額", "18,331", "17,958"]]),
    ), ())
    units = [unit for _, _, unit, _, _ in walk_tables(doc, running_heads(doc))]
    assert units == ["百万円", None, None]  # a 単位 header stating none, a row of two headers: no caption


@pytest.mark.parametrize(("line", "amounts"), [
    ("充当事業：区税徴収・P325", []),  # a page reference
    ("関係資料 No.12", []),
    ("納・課税証明（財務部） 27,120", ["27,120"]),
    ("特財：都支出金 2,078、その他 7,899", ["2,078", "7,899"]),  # two labelled amounts on one line
    ("暴力追放推進事業費補助金400", ["400"]),  # no space, but no reference mark either
])
def test_a_number_written_onto_a_reference_mark_is_no_amount(line: str, amounts: list[str]) -> None:
    cell = Cell(line, line, Provenance("spread.pdf", "d", 1))
    assert [p.text for p in labelled_lines(cell)] == amounts


def _spread_values(pages: list[int]) -> dict[tuple[int, str, str], int | None]:
    doc = _read("setagaya_r8_tousho_yosan.pdf", pages)
    return {(v.prov.page, v.project, v.measure): v.amount_yen for v in recognize_document(doc).budget_values}


def test_setagaya_spreads_read_in_thousand_yen() -> None:
    # Read off the pages by hand: p40 (款) 01 特別区税, one (単位：千円) at the top right of the
    # spread; p61 説明 lines name pages (・P325) beside their amounts; p36 and p284 state the
    # unit over each page's table.
    got = _spread_values([36, 40, 61, 284])
    assert got[(40, "06特別区たばこ税", "本年度")] == 4_525_026_000
    assert got[(40, "01現年課税分", "節 / 金額")] == 4_525_026_000
    assert got[(61, "1納・課税証明(財務部)", "説明")] == 27_120_000
    assert not any(project.endswith("・P") for _, project, _ in got)
    assert got[(36, "01議会費", "前年度 / 予算額")] == 783_842_000
    assert got[(284, "21総務費", "本年度予算額")] == 1_160_268_000  # (歳出) is the frame's title, no header


# Facing pages printed as two PDF pages (fuji_r6 p16/p17's 補正予算整理表): the unit over the right half only.
HALF = (58.8, 71.6, 531.1, 779.9)
FACING = (57.0, 71.6, 528.6, 779.9)


@pytest.mark.parametrize(("shift", "facing"), [(1.5, True), (3.0, False)])
def test_halves_of_a_spread_share_their_top_and_bottom(shift: float, facing: bool) -> None:
    # FACING_EDGE_TOL_PT (2.0): edges 1.5 pt apart face (halved, 1.0, they would not); 3 pt apart
    # do not (doubled, 4.0, they would)
    left = _table(0, HALF, [["款別", "当初予算"], ["市税", "46,460,600"]], page=16)
    right = _table(1, (FACING[0], FACING[1] + shift, FACING[2], FACING[3] + shift), [["第3回"], [""]], page=17)
    assert faces(left, right) is facing


def test_halves_of_a_spread_have_as_many_rows_on_consecutive_pages() -> None:
    left = _table(0, HALF, [["款別"], ["市税"]], page=16)
    assert faces(left, _table(1, FACING, [["第3回"], [""]], page=17))
    assert not faces(left, _table(1, FACING, [["第3回"], [""], [""]], page=17))
    assert not faces(left, _table(1, FACING, [["第3回"], [""]], page=18))


def test_a_half_stating_no_unit_takes_its_facing_halfs() -> None:
    left = _table(0, HALF, [["款別"], ["市税"]], page=16)
    right = _table(1, FACING, [["第3回"], [""]], page=17)
    other = _table(2, (57.0, 71.6, 528.6, 400.0), [["a"], ["b"]], page=18)
    walked = with_facing_units([(left, None, None, "", None), (right, None, "千円", "", None),
                                (other, None, None, "", None)])
    assert [w[2] for w in walked] == ["千円", "千円", None]
