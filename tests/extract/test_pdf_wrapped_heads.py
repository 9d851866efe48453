"""Header cells wrapped over lines set as solid as the rows (a word processor's table, no cell
padding): one header row, not a row per line. Built by hand in PDF points, top-left origin, as
LibreOffice Writer sets a Word table at 10.5 pt, line spacing 1.15 (a line 10.5 pt high every
12.3 pt, rows and a cell's lines alike), header cells centred; then printed by Writer itself."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extract.model import Table as ReadTable
from extract.pdf.borderless import find_borderless
from extract.pdf.cells import CELL_GAP_EM, _body_start
from extract.pdf.colgaps import columns
from extract.pdf.grid import ALIGN_TOL_PT, RawCell, Segment, SegLine
from extract.pdf.reader import read_pdf
from extract.pdf.hanging import INK_SHARE
from extract.pdf.wrapped_heads import FLUSH_LEFT_MIN_LINES, band_leading, goes_on_cell, join_wrapped_header_rows
from tests.corpus.generator import Cell, Document, Page, Table, Text, spanned
from tests.corpus.render_writer import write_writer_pdfs
from tests.corpus.test_corpus import require

LINE_PT = 10.5
PITCH_PT = 12.3
EM_PT = 10.5  # a full-width glyph's advance
PAGE_HEIGHT_PT = 842.0


def centred(middle: float, text: str) -> tuple[float, float, str]:
    """A run of full-width glyphs centred on middle."""
    half = len(text) * EM_PT / 2
    return middle - half, middle + half, text


def flush(x0: float, text: str) -> tuple[float, float, str]:
    return x0, x0 + len(text) * EM_PT, text


def right(x1: float, text: str) -> tuple[float, float, str]:
    return x1 - len(text) * EM_PT / 2, x1, text  # figures are half-width


def line(k: int, *segs: tuple[float, float, str], drop_pt: float = 0.0) -> SegLine:
    top = 100.0 + k * PITCH_PT + drop_pt
    segments = tuple(Segment(text, (x0, top, x1, top + LINE_PT)) for x0, x1, text in segs)
    return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + LINE_PT), 1, " ".join(t for _, _, t in segs))


def _read(lines: list[SegLine]) -> list[list[str]]:
    tables, _ = find_borderless(lines, 1, PAGE_HEIGHT_PT)
    assert len(tables) == 1
    return [[c.raw for c in row] for row in tables[0].rows]


# columns of 6 glyphs' width (their middles), figures right-aligned at the column's right edge
MIDDLES = (70.0, 180.0, 270.0, 360.0)
RIGHTS = (None, 213.0, 303.0, 393.0)


def _body(first: int, n: int = 4) -> list[SegLine]:
    return [line(first + k, flush(58.0, f"R{k + 1}"), right(RIGHTS[1] or 0, "43.7"), right(RIGHTS[2] or 0, "39.3"),
                 right(RIGHTS[3] or 0, "68")) for k in range(n)]


def test_header_cells_wrapped_to_different_depths_are_one_row() -> None:
    # 特定健診受診 over 率（%） and 六次産業化に over 取り組む over 事業者数 beside 年度 and 高齢化率 on one line each
    lines = [line(0, centred(MIDDLES[0], "年度"), centred(MIDDLES[1], "特定健診受診"), centred(MIDDLES[2], "高齢化率"),
                  centred(MIDDLES[3], "六次産業化に")),
             line(1, centred(MIDDLES[1], "率（%）"), centred(MIDDLES[3], "取り組む")),
             line(2, centred(MIDDLES[3], "事業者数")),
             *_body(3)]
    rows = _read(lines)  # the rows as close as the header's lines: the header read alone (header_groups), one row
    assert [cell.replace("\n", "") for cell in rows[0]] == ["年度", "特定健診受診率（%）", "高齢化率", "六次産業化に取り組む事業者数"]
    assert rows[1][1:] == ["43.7", "39.3", "68"]


def test_a_group_header_over_wrapped_sub_headers_stays_a_row_of_its_own() -> None:
    lines = [line(0, centred(MIDDLES[0], "年度"), centred(MIDDLES[2], "実績")),
             line(1, centred(MIDDLES[1], "ボランティア"), centred(MIDDLES[2], "図書館貸出"), centred(MIDDLES[3], "待機児童数")),
             line(2, centred(MIDDLES[1], "派遣日数"), centred(MIDDLES[2], "冊数")),
             *_body(3)]
    rows = _read(lines)
    assert rows[0] == ["年度", "実績", "", ""]  # spanning the three (header_spans.spread_headers)
    assert rows[1] == ["", "ボランティア\n派遣日数", "図書館貸出\n冊数", "待機児童数"]


def _cell(text: str, x0: float, x1: float, k: int, lines: int = 1) -> RawCell:
    top = 100.0 + k * PITCH_PT
    boxes = tuple((x0, top + j * PITCH_PT, x1, top + j * PITCH_PT + LINE_PT) for j in range(lines))
    return RawCell(text, (x0, top, x1, boxes[-1][3]), 1, line_bboxes=boxes)


def _blank(k: int) -> RawCell:
    return RawCell("", (0.0, 0.0, 0.0, 0.0), 1)


COLS = ((50.0, 120.0), (140.0, 216.0))  # a label column, a column 76 pt wide (seven glyphs and a bit) centred on 178
FULL = (141.25, 214.75)  # seven glyphs centred on the column
REST = (167.5, 188.5)  # two glyphs centred under them
BODY = (RawCell("R1", (50.0, 200.0, 70.0, 210.5), 1), RawCell("1,234", (190.0, 200.0, 216.0, 210.5), 1))


def _pair(upper: str, lower: str, upper_x: tuple[float, float], lower_x: tuple[float, float], gap_pt: float = PITCH_PT - LINE_PT,
          key: str = "") -> list[tuple[RawCell, ...]]:
    top = RawCell(upper, (*upper_x[:1], 100.0, upper_x[1], 110.5), 1, line_bboxes=((upper_x[0], 100.0, upper_x[1], 110.5),))
    low_top = 110.5 + gap_pt
    low = RawCell(lower, (lower_x[0], low_top, lower_x[1], low_top + LINE_PT), 1,
                  line_bboxes=((lower_x[0], low_top, lower_x[1], low_top + LINE_PT),))
    key_cell = RawCell(key, (50.0, low_top, 50.0 + len(key) * EM_PT, low_top + LINE_PT), 1) if key else _blank(1)
    return [(RawCell("区分", (50.0, 100.0, 71.0, 110.5), 1), top), (key_cell, low), BODY]


def test_a_full_line_and_its_rest_are_one_cell_a_short_one_and_a_line_under_it_are_not() -> None:
    # 住民満足度調査 fills the column (one glyph more would not fit): 結果 goes on it
    full = _pair("住民満足度調査", "結果", FULL, REST)
    assert join_wrapped_header_rows(full, COLS)[0][1].raw == "住民満足度調査\n結果"
    # 目標値 leaves room: （R7） under it is a line of its own (a row of sub-headers), not its rest
    short = _pair("目標値", "（R7）", (162.25, 193.75), (167.5, 188.5))
    assert len(join_wrapped_header_rows(short, COLS)) == 3


def test_a_row_whose_first_column_starts_a_new_key_is_no_wrap() -> None:
    # a card: 事業概要 | 健康づくりの取組 (full) over 単位 | 千人, keys and values flush left
    card = _pair("健康づくりの取", "千人", (140.0, 213.5), (140.0, 161.0), key="単位")
    card[0] = (RawCell("事業概要", (50.0, 100.0, 92.0, 110.5), 1), card[0][1])
    assert len(join_wrapped_header_rows(card, COLS)) == 3


@pytest.mark.parametrize("gap_em, joined", [(0.15, True), (0.2, True), (0.35, False), (0.5, False)])
def test_a_next_line_is_set_at_a_cells_leading(gap_em: float, joined: bool) -> None:
    # a fifth of the line height below goes on, 0.35 does not: CELL_GAP_EM 0.25 lies between, its half and double not
    rows = _pair("住民満足度調査", "結果", FULL, REST, gap_pt=gap_em * LINE_PT)
    assert (len(join_wrapped_header_rows(rows, COLS)) == 2) == joined


@pytest.mark.parametrize("shift_pt, goes_on", [(0.0, True), (ALIGN_TOL_PT * 0.9, True), (ALIGN_TOL_PT * 1.2, False)])
def test_a_next_line_is_centred_on_the_line_above_or_flush_with_it(shift_pt: float, goes_on: bool) -> None:
    upper = _cell("住民満足度調査", *FULL, 0)
    centred_under = _cell("結果", REST[0] + shift_pt, REST[1] + shift_pt, 1)
    flush_under = _cell("結果", FULL[0] + shift_pt, FULL[0] + 2 * EM_PT + shift_pt, 1)
    assert goes_on_cell(upper, centred_under) == goes_on
    assert goes_on_cell(upper, flush_under) == goes_on


def test_no_header_over_a_body_no_join() -> None:
    rows = _pair("住民満足度調査", "結果", FULL, REST)[:2]
    assert len(join_wrapped_header_rows(rows, COLS)) == 2


def _word_table(header: tuple[tuple[Cell, ...], ...], body: list[list[str]]) -> Table:
    return Table(header=header, body=tuple(tuple(Cell((t,)) for t in row) for row in body))


def _cells(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell((t,)) for t in texts)


BODY_ROWS = [["2019", "43.7", "39.3", "2,998"], ["2020", "44.1", "40.2", "3,012"], ["2021", "45.0", "41.0", "3,100"]]
WRAPPED = _cells("年度", "特定健診受診率（%）", "高齢化率（%）", "六次産業化に取り組む事業者数（累計）")
GROUPED = ((Cell(("年度",), rowspan=2), *spanned("実績", 3)),
           (Cell(covered=True), *_cells("ボランティア派遣日数（日）", "図書館貸出冊数（冊）", "転入者数（人）")))


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_writer_sets_wrapped_header_cells_read_as_one_row(tmp_path: Path) -> None:
    require("writer_borderless")
    blocks = (Text("基本目標1", "heading"), _word_table((WRAPPED,), BODY_ROWS), Text("基本目標2", "heading"),
              _word_table(GROUPED, BODY_ROWS))
    doc = Document("wrapped_heads", "kpi_transposed", "hand", (Page(blocks),), (), ())
    [path] = write_writer_pdfs([doc], str(tmp_path), "writer_borderless")
    tables = [b for b in read_pdf(path).blocks if isinstance(b, ReadTable)]
    assert len(tables) == 2
    wrapped, grouped = ([[_flat(c.text) for c in row] for row in t.rows] for t in tables)
    assert wrapped[0] == [_flat(c.text) for c in WRAPPED]  # each header cell whole, in one row
    assert wrapped[1] == BODY_ROWS[0]
    assert "実績" in "".join(grouped[0]) and not any("ボランティア" in c for c in grouped[0])  # the group header's row apart
    assert grouped[1][1:] == [_flat(c.text) for c in GROUPED[1][1:]]
    assert grouped[2] == BODY_ROWS[0]



def _rising_row(name_lines: tuple[str, ...], row_gap_pt: float) -> list[SegLine]:
    # 予算額 (the header's second line) right above 6億7,349 / 万円, at the rows' very pitch, the label
    # 1 on the line between: a figure cell centred on the label, or set from the row's top with the
    # header's line above it, as the row's name shows; the next rows row_gap_pt further down
    return [line(0, centred(MIDDLES[0], "No."), centred(MIDDLES[1], "事業名"), centred(MIDDLES[2], "R1"), centred(MIDDLES[3], "H30")),
            line(1, centred(MIDDLES[2], "予算額"), centred(MIDDLES[3], "予算額")),
            line(2, flush(58.0, "1"), flush(148.0, name_lines[0]), right(303.0, "6億7,349"), right(393.0, "6億8,960")),
            line(3, *((flush(148.0, name_lines[1]),) if len(name_lines) > 1 else ()), right(303.0, "万円"), right(393.0, "万円")),
            *(line(4, flush(148.0, rest)) for rest in name_lines[2:]),
            *(line(5 + k, flush(58.0, str(k + 2)), flush(148.0, "道路補修"), right(303.0, "6,496万円"), right(393.0, "7,557万円"),
                   drop_pt=row_gap_pt) for k in range(3))]


@pytest.mark.parametrize("name_lines, row_gap_pt, body_start", [(("中心市街", "地にぎわ", "い創出"), 0.0, 2), (("道路",), LINE_PT, 1)])
def test_a_header_line_right_above_a_row_set_from_its_top_stays_in_the_header(name_lines: tuple[str, ...], row_gap_pt: float,
                                                                              body_start: int) -> None:
    # a name going on below its first line (中心市街 / 地にぎわ / い創出) shows the row set from its top, the
    # label level with its first lines: 予算額 above is the header's (corpus seed 515
    # budget_main_projects in writer_borderless); a one-line name leaves the figure cell centred on
    # the label, its first line rising above it (cells._rising_lines), the next row set a row's gap down
    lines = _rising_row(name_lines, row_gap_pt)
    assert _body_start(lines, columns(lines)) == body_start


COLS3 = (*COLS, (236.0, 312.0))  # a third column beside, centred on 274


@pytest.mark.parametrize("upper, lower, joined", [
    ("目標とする値", "（最終年度）", True),  # an author's break, centred: six glyphs over six of other widths
    ("目標とする値", "（R7）", True),
    ("施策の名称", "指標の名称", False),  # as wide: set flush alike too, a card's keys
])
def test_a_line_centred_under_a_line_of_another_width_goes_on_beside_a_wrapped_cell(upper: str, lower: str,
                                                                                      joined: bool) -> None:
    rows = _pair("住民満足度調査", "結果", FULL, REST)
    width = {"目標とする値": 6 * EM_PT, "（最終年度）": 6 * EM_PT - 2 * ALIGN_TOL_PT, "（R7）": 3 * EM_PT,
             "施策の名称": 5 * EM_PT, "指標の名称": 5 * EM_PT}
    third = [RawCell(text, (274.0 - width[text] / 2, top, 274.0 + width[text] / 2, top + LINE_PT), 1,
                     line_bboxes=((274.0 - width[text] / 2, top, 274.0 + width[text] / 2, top + LINE_PT),))
             for text, top in ((upper, 100.0), (lower, rows[1][1].bbox[1]))]
    rows = [(*rows[0], third[0]), (*rows[1], third[1]), (*BODY, RawCell("5,678", (280.0, 200.0, 312.0, 210.5), 1))]
    assert (len(join_wrapped_header_rows(rows, COLS3)) == 2) == joined


# Typst's borderless table: 10.5 pt lines, rows padded 1 pt apart, a cell's lines 3.83 pt apart (a
# leading of 0.65 em over the font's box), header cells centred across and set at the top
TYPST_PAD_PT = 1.0
TYPST_LEADING_PT = 3.83


def _typst_cell(text: str, middle: float, top: float, widths: tuple[float, ...] = ()) -> RawCell:
    """A centred cell of lines (its text split at newlines, each line len × EM_PT wide unless widths
    says) set at Typst's leading from top."""
    lines = text.split("\n")
    boxes = []
    for j, ln in enumerate(lines):
        half = (widths[j] if widths else len(ln) * EM_PT) / 2
        y = top + j * (LINE_PT + TYPST_LEADING_PT)
        boxes.append((middle - half, y, middle + half, y + LINE_PT))
    return RawCell(text, union(boxes), 1, line_bboxes=tuple(boxes))


def union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _line_rows(header: list[tuple[str, ...]], body_top: float, n_body: int = 3, pad: float = TYPST_PAD_PT,
               cols: tuple[tuple[float, float], ...] = COLS3) -> list[tuple[RawCell, ...]]:
    """Rows of cells as the rows reader gives them when it reads each header line as a row: header
    lines at Typst's leading, then n_body rows of figures at the rows' padding (a label, then a
    figure set right in each column)."""
    rows = []
    for r, texts in enumerate(header):
        top = 100.0 + r * (LINE_PT + TYPST_LEADING_PT)
        rows.append(tuple(_typst_cell(t, sum(c) / 2, top) if t else _blank(r) for t, c in zip(texts, cols)))
    for r in range(n_body):
        top = body_top + r * (LINE_PT + pad)
        figures = tuple(RawCell(text, (x1 - 26.0, top, x1, top + LINE_PT), 1, line_bboxes=((x1 - 26.0, top, x1, top + LINE_PT),))
                        for text, (_, x1) in zip(("1,234", "5,678", "9,012"), cols[1:]))
        rows.append((RawCell(f"R{r + 1}", (50.0, top, 71.0, top + LINE_PT), 1, line_bboxes=((50.0, top, 71.0, top + LINE_PT),)),
                     *figures))
    return rows


def test_header_lines_at_a_leading_wider_than_the_rows_padding_are_one_row() -> None:
    # 住民満足度調査 fills its column; 結果 and （人） stand 3.83 pt under their lines, the body's rows 1 pt apart
    header = [("区分", "住民満足度調査", "転入者数"), ("", "結果", "（人）")]
    rows = _line_rows(header, 100.0 + 2 * LINE_PT + TYPST_LEADING_PT + TYPST_PAD_PT)
    assert band_leading(rows, COLS3) == pytest.approx(TYPST_LEADING_PT)
    joined = join_wrapped_header_rows(rows, COLS3)
    assert [c.raw for c in joined[0]] == ["区分", "住民満足度調査\n結果", "転入者数\n（人）"]
    assert joined[1][1].raw == "1,234"


def test_a_gap_as_wide_as_the_rows_padding_proves_no_leading() -> None:
    # rows padded 4 pt (wider than a solid cell's lines, CELL_GAP_EM), the header's lines as far apart:
    # a row of sub-headers, no proof of a cell's leading
    pad = 4.0
    header = [("区分", "住民満足度調査", "転入者数"), ("", "結果", "（人）")]
    rows = _line_rows(header, 200.0, pad=pad)
    second = 100.0 + LINE_PT + pad
    rows[1] = tuple(replace_top(c, second) for c in rows[1])
    assert band_leading(rows, COLS3) is None
    assert len(join_wrapped_header_rows(rows, COLS3)) == 5


def test_a_group_header_over_sub_headers_wrapped_at_the_leading_stays_a_row() -> None:
    # 実績 over 住民満足度調査 / 結果 and 転入者数 / （人）: the group header stands the rows' padding above them
    group = (RawCell("区分", (50.0, 100.0, 71.0, 110.5), 1, line_bboxes=((50.0, 100.0, 71.0, 110.5),)),
             _typst_cell("実績", 226.0, 100.0), _blank(0))
    sub = _line_rows([("", "住民満足度調査", "転入者数"), ("", "結果", "（人）")], 0.0)[:2]
    shift = LINE_PT + TYPST_PAD_PT
    sub = [tuple(replace_top(c, c.bbox[1] + shift) if c.raw else c for c in row) for row in sub]
    body_top = sub[1][1].bbox[3] + TYPST_PAD_PT
    rows = [group, *sub, *_line_rows([], body_top)]
    joined = join_wrapped_header_rows(rows, COLS3)
    assert [c.raw for c in joined[0]] == ["区分", "実績", ""]
    assert [c.raw for c in joined[1]] == ["", "住民満足度調査\n結果", "転入者数\n（人）"]


@pytest.mark.parametrize("shift_pt, goes_on", [(0.0, True), (ALIGN_TOL_PT * 0.9, True), (ALIGN_TOL_PT * 1.2, False)])
def test_a_line_ending_in_a_closing_bracket_may_be_centred_on_its_ink(shift_pt: float, goes_on: bool) -> None:
    # 口（人） under 生産年齢人: the engine centred the line with its last bracket's blank half trimmed,
    # so its box's middle lies a quarter of that bracket right of the middle above
    upper = _typst_cell("生産年齢人", 178.0, 100.0)
    bracket = EM_PT  # （ and ） set full-width: 口（人） is four glyphs of EM_PT
    ink_width = 4 * EM_PT - (1 - INK_SHARE) * bracket
    x0 = 178.0 - ink_width / 2 + shift_pt
    top = 110.5 + CELL_GAP_EM * LINE_PT / 2  # set solid: at a proved leading any line crossing it goes on (below)
    lower = RawCell("口（人）", (x0, top, x0 + 4 * EM_PT, top + LINE_PT), 1, line_bboxes=((x0, top, x0 + 4 * EM_PT, top + LINE_PT),))
    assert goes_on_cell(upper, lower) == goes_on


@pytest.mark.parametrize("shift_pt, goes_on", [(ALIGN_TOL_PT * 1.5, True), (3 * EM_PT, True), (4 * EM_PT, False)])
def test_a_line_at_the_proved_leading_goes_on_a_line_it_crosses_however_centred(shift_pt: float, goes_on: bool) -> None:
    # 登録者数（人） under ①ボランティア, 2 pt off centre (its brackets trimmed), at the header's leading:
    # the cell's next line wherever its middle falls inside the line above (and the line above's inside it)
    upper = _typst_cell("地域のボランティア", 178.0, 100.0)  # 94.5 pt wide, middle 178
    lower = _typst_cell("登録者数（人）", 178.0 + shift_pt, 110.5 + TYPST_LEADING_PT)  # 73.5 pt wide
    assert goes_on_cell(upper, lower, TYPST_LEADING_PT) == goes_on
    assert not goes_on_cell(upper, lower, TYPST_LEADING_PT + 2 * LINE_PT)  # not at the leading: centred alone decides


@pytest.mark.parametrize("apart_pt, proved", [(0.4, False), (0.6, True)])
def test_a_leading_a_little_wider_than_the_rows_padding_is_proved(apart_pt: float, proved: bool) -> None:
    # Typst at 7 pt sets a cell's lines 2.6 pt apart, its rows 2.0 pt: within a tenth of the type's
    # height, yet two measures of one table's lines; lockstep.WRAP_GAP_TOL_PT (0.5 pt) tells them apart
    pad = TYPST_LEADING_PT - apart_pt
    header = [("区分", "住民満足度調査", "転入者数"), ("", "結果", "（人）")]
    rows = _line_rows(header, 100.0 + 2 * LINE_PT + TYPST_LEADING_PT + pad, pad=pad)
    assert (band_leading(rows, COLS3) == pytest.approx(TYPST_LEADING_PT)) == proved
    if proved:
        assert [c.raw for c in join_wrapped_header_rows(rows, COLS3)[0]] == ["区分", "住民満足度調査\n結果", "転入者数\n（人）"]


def replace_top(cell: RawCell, top: float) -> RawCell:
    """The cell moved down or up so its first line's top is top."""
    dy = top - cell.bbox[1]
    boxes = tuple((b[0], b[1] + dy, b[2], b[3] + dy) for b in cell.line_bboxes)
    return RawCell(cell.raw, (cell.bbox[0], cell.bbox[1] + dy, cell.bbox[2], cell.bbox[3] + dy), cell.page, line_bboxes=boxes)


# A card as Typst sets it (corpus seed 980 kpi_cards in typst_borderless): keys flush left from
# x 61.7, values flush left from x 464.3, one line each, 10.5 pt high, 1 pt apart.
CARD_COLS = ((61.7, 167.7), (464.3, 501.0))
CARD_PITCH_PT = 11.5


LATIN_EM = 0.58  # Typst's Latin capitals' advance, a share of the em (KPI: 18.3 pt at 10.5 pt)


def _card_cell(text: str, x0: float, top: float) -> RawCell:
    box = (x0, top, x0 + EM_PT * sum(1.0 if ord(ch) > 0x2000 else LATIN_EM for ch in text), top + LINE_PT)
    return RawCell(text, box, 1, line_bboxes=(box,)) if text else RawCell("", (x0, top, x0, top + LINE_PT), 1)


def _card(pairs: list[tuple[str, str]], tops: list[float]) -> list[tuple[RawCell, ...]]:
    return [(_card_cell(key, CARD_COLS[0][0], top), _card_cell(value, CARD_COLS[1][0], top)) for (key, value), top in zip(pairs, tops)]


@pytest.mark.parametrize("keys, joined", [(("KPI", "単位", "当初値（2020年度）"), False), (("KPI", "単位", ""), True)])
def test_short_keys_flush_left_whose_middles_meet_are_no_centred_break(keys: tuple[str, str, str], joined: bool) -> None:
    # KPI over 単位: two lines of different widths, flush left, their middles 1.35 pt apart: read
    # as centred, with 世帯数 over 世帯 (the value column as wide as its widest figure, so 世帯数
    # reads as full) they were one wrapped header row. Three lines of the key column starting at
    # one left edge (FLUSH_LEFT_MIN_LINES) show it set flush left, where no line is centred; two
    # prove nothing (the body's key left blank). The rows at an uneven pitch: no lockstep.
    rows = _card(list(zip(keys, ("世帯数", "世帯", "36,169"))), [100.0, 111.5, 125.0])
    assert FLUSH_LEFT_MIN_LINES / 2 < 2 < FLUSH_LEFT_MIN_LINES <= 3 < 2 * FLUSH_LEFT_MIN_LINES
    got = [[c.raw for c in row] for row in join_wrapped_header_rows(rows, CARD_COLS)]
    assert (got[0] == ["KPI\n単位", "世帯数\n世帯"]) is joined
    assert (len(got) == 2) is joined


def test_a_cards_rows_set_in_lockstep_are_rows_though_each_line_fills_its_column() -> None:
    # corpus seed 983 kpi_cards in typst_borderless: 重要業績評価指標 and スポーツ施設利用者数 are each
    # their column's widest line, so each reads as full and the key below as its wrap; every
    # column holds one line at each of five tops at one pitch: rows of one line.
    cols = ((61.7, 145.7), (422.3, 527.3))
    pairs = [("重要業績評価指標", "スポーツ施設利用者数"), ("担当部局", "生涯学習課"), ("単位", "万人回/年"),
             ("策定時（Ｒ１）", "6.0※"), ("目標（Ｒ５）", "6.3")]
    rows = [(_card_cell(key, cols[0][0], top), _card_cell(value, cols[1][0], top))
            for (key, value), top in zip(pairs, [100.0 + CARD_PITCH_PT * k for k in range(5)])]
    got = [[c.raw for c in row] for row in join_wrapped_header_rows(rows, cols)]
    assert got == [list(pair) for pair in pairs]


def test_a_numbered_heading_under_the_header_is_a_row_not_a_header_cell_s_next_line() -> None:
    # （1）防災・減災の推進 alone under a full header line (corpus seed 859 kpi_baseline_target in
    # calc_borderless): a section heading over the body rows; 結果 under it goes on it
    assert len(join_wrapped_header_rows(_pair("住民満足度調査", "（1）防災", FULL, REST), COLS)) == 3
    assert len(join_wrapped_header_rows(_pair("住民満足度調査", "結果", FULL, REST), COLS)) == 2


def test_a_heading_set_flush_right_over_the_only_row_is_the_body_s() -> None:
    # a spreadsheet's heading cell merged over its row, set flush right (the first column formatted for
    # numbers), at the rows' pitch under the header (corpus seed 855 kpi_baseline_target in calc_borderless)
    lines = [line(0, centred(MIDDLES[0], "年度"), centred(MIDDLES[1], "目標値"), centred(MIDDLES[2], "実績値"),
                  centred(MIDDLES[3], "策定時の値")),
             line(1, (RIGHTS[3] - 8 * EM_PT, RIGHTS[3], "（1）健康づくりの推進")),
             *_body(2, 1)]
    rows = _read(lines)
    assert rows[0][3] == "策定時の値" and rows[1][3] == "（1）健康づくりの推進"


COLS4 = (*COLS3, (332.0, 408.0))  # a fourth column beside, centred on 370


def _sub_header_rows(header: list[tuple[str, ...]], off_pt: float | None = None,
                     cols: tuple[tuple[float, float], ...] = COLS4) -> list[tuple[RawCell, ...]]:
    """_line_rows, the second row's cells but the second column's set at the rows' padding under the
    first row, or (off_pt) that far above the second column's line."""
    rows = _line_rows(header, 100.0 + 2 * LINE_PT + TYPST_LEADING_PT + TYPST_PAD_PT, cols=cols)
    top = 100.0 + LINE_PT + TYPST_PAD_PT if off_pt is None else rows[1][1].bbox[1] - off_pt
    rows[1] = tuple(c if k == 1 or not c.raw else replace_top(c, top) for k, c in enumerate(rows[1]))
    return rows


def test_a_cells_next_line_at_the_leading_is_lifted_out_of_a_row_of_sub_headers() -> None:
    # 住民満足度調査 / 結果 at the proved leading; （人） and （件） beside 結果 stand under no cell: sub-headers
    # of their own (国県 | 地方債 under 財源内訳 beside 課 / 名, corpus seed 978 budget_main_projects in typst_borderless)
    header = [("区分", "住民満足度調査", "", ""), ("", "結果", "（人）", "（件）")]
    joined = join_wrapped_header_rows(_sub_header_rows(header), COLS4)
    assert [c.raw for c in joined[0]] == ["区分", "住民満足度調査\n結果", "", ""]
    assert [c.raw for c in joined[1]] == ["", "", "（人）", "（件）"]
    # set level with 結果 (within lockstep.WRAP_GAP_TOL_PT, 0.5 pt), they make one row of sub-headers with it
    for off_pt, lifted in ((0.4, False), (0.6, True)):
        level = _sub_header_rows(header, off_pt)
        assert (join_wrapped_header_rows(level, COLS4)[0][1].raw == "住民満足度調査\n結果") == lifted


def test_one_cell_beside_a_next_line_shows_no_row_of_sub_headers() -> None:
    # HEADER_ROW_MATES 2: a card's key beside its value's first line, the value set a little lower (corpus
    # kpi_cards in calc_borderless: 取組内容 | 健康づくりの… read into KPI | 相談員の活動日数) lifts nothing
    rows = _sub_header_rows([("区分", "住民満足度調査", ""), ("", "結果", "（人）")], cols=COLS3)
    assert [c.raw for c in join_wrapped_header_rows(rows, COLS3)[1]] == ["", "結果", "（人）"]


def test_no_line_is_lifted_without_a_proved_leading() -> None:
    # the same lines set as far apart as the rows: no leading, nothing lifted
    pad = TYPST_LEADING_PT
    header = [("区分", "住民満足度調査", ""), ("", "結果", "（人）")]
    rows = _line_rows(header, 100.0 + 2 * LINE_PT + TYPST_LEADING_PT + pad, pad=pad)
    assert [c.raw for c in join_wrapped_header_rows(rows, COLS3)[1]] == ["", "結果", "（人）"]


SMALL_PT = 6.0  # Typst at 6 pt: its leading as wide as its rows' padding, 2.2 pt
SMALL_GAP_PT = 2.2
NARROW_COLS = ((61.7, 74.0), (85.2, 93.2), (200.0, 237.2), (249.0, 286.0), (361.0, 387.0), (402.0, 435.0))


def _small(x0: float, top: float, text: str, lines: int = 1, glyphs: int | None = None) -> RawCell:
    width = SMALL_PT * (glyphs or len(text))
    return RawCell(text, (x0, top, x0 + width, top + lines * SMALL_PT + (lines - 1) * SMALL_GAP_PT), 1)


def _narrow_header(name_lines: int) -> list[tuple[RawCell, ...]]:
    """No. | 課 / 名 | 2025年 / 計上予算額 | 2026年 / … | 国県 | 地方債 under 財源内訳, every second line set
    the padding below the first (corpus seed 864 budget_main_projects in typst_borderless); the body's
    名 column a glyph wide holding names of name_lines glyphs, one a line."""
    top, low = 85.3, 85.3 + SMALL_PT + SMALL_GAP_PT
    blank = lambda col, t: RawCell("", (col[0], t, col[1], t + SMALL_PT), 1)  # noqa: E731
    first = (_small(64.1, top, "No."), _small(87.2, top, "課"), _small(206.7, top, "2025年"),
             _small(255.4, top, "2026年"), blank(NARROW_COLS[4], top), _small(428.7, top, "財源内訳"))
    second = (blank(NARROW_COLS[0], low), _small(87.2, low, "名"), _small(202.8, low, "計上予算額"),
              _small(251.5, low, "計上予算額"), _small(361.2, low, "国県"), _small(406.9, low, "地方債"))
    body = []
    for r in range(3):
        y = 110.0 + r * 50.0
        body.append((_small(61.7, y, str(r + 1)), _small(85.2, y, "子育て支援課"[:name_lines], lines=name_lines, glyphs=1),
                     _small(200.0, y, "387,701"), _small(249.0, y, "379,931"), _small(381.9, y, "－"), _small(401.8, y, "24,724")))
    return [first, second, *body]


@pytest.mark.parametrize("name_lines, lifted", [(6, True), (2, True), (1, False)])
def test_a_full_line_in_a_column_the_body_sets_a_glyph_wide_goes_on_beside_sub_headers(name_lines: int, lifted: bool) -> None:
    # no leading proved (the wraps stand the padding apart), but the body wraps its names a glyph
    # a line (NARROW_WRAP_LINES 2: a name of two lines proves it, a name of one does not)
    joined = join_wrapped_header_rows(_narrow_header(name_lines), list(NARROW_COLS))
    assert (joined[0][1].raw == "課\n名") == lifted
    assert [c.raw for c in joined[1]][2:] == ["計上予算額", "計上予算額", "国県", "地方債"]


def _small_cell(x0: float, x1: float, top: float, text: str) -> RawCell:
    return RawCell(text, (x0, top, x1, top + SMALL_PT), 1)


def _bracket_header(opener: str, rest: str = "度）") -> list[tuple[RawCell, ...]]:
    """指標名 | 策定時 / Ｈ２６ | opener / 度） / Ｒ４ | 目指す値 / Ｒ６, every line the padding below the one
    above (corpus seed 860 kpi_year_matrix in typst_borderless, 6 pt), two rows of figures under it."""
    tops = [213.7 + r * (SMALL_PT + SMALL_GAP_PT) for r in range(5)]
    blank = RawCell("", (0.0, 0.0, 0.0, 0.0), 1)
    head = [(_small_cell(139.0, 157.0, tops[0], "指標名"), _small_cell(246.2, 264.2, tops[0], "策定時"), _small_cell(407.1, 446.1, tops[0], opener),
             _small_cell(507.9, 531.6, tops[0], "目指す値")),
            (blank, _small_cell(249.5, 260.9, tops[1], "Ｈ２６"), _small_cell(422.8, 431.9, tops[1], rest), _small_cell(515.9, 523.7, tops[1], "Ｒ６")),
            (blank, blank, _small_cell(422.4, 430.8, tops[2], "Ｒ４"), blank)]
    body = [(_small_cell(61.7, 97.7, tops[r], "森林整備面積"), _small_cell(253.4, 266.0, tops[r], "55.7"), _small_cell(433.8, 446.4, tops[r], "59.3"),
             _small_cell(521.0, 533.6, tops[r], "82.0")) for r in (3, 4)]
    return [*head, *body]


BRACKET_COLS = [(61.7, 157.0), (246.2, 266.0), (407.1, 446.4), (507.9, 533.6)]


@pytest.mark.parametrize("rest", ["度）", "度）(令"])
def test_a_line_closing_the_bracket_the_line_above_left_open_goes_on_it_and_the_line_under_rises(rest: str) -> None:
    # whatever the line opens after the bracket it closes (度）(令和 6 年, corpus seed 967 kpi_year_matrix)
    joined = join_wrapped_header_rows(_bracket_header("目標値（最終年", rest), BRACKET_COLS)
    assert [c.raw for c in joined[0]] == ["指標名", "策定時", "目標値（最終年\n" + rest, "目指す値"]
    assert [c.raw for c in joined[1]] == ["", "Ｈ２６", "Ｒ４", "Ｒ６"]
    assert joined[2][1].raw == "55.7"


def test_a_line_under_a_closed_header_at_the_rows_padding_stays_in_its_row() -> None:
    joined = join_wrapped_header_rows(_bracket_header("目標値（最終）"), BRACKET_COLS)
    assert [c.raw for c in joined[1]] == ["", "Ｈ２６", "度）", "Ｒ６"]
    assert [c.raw for c in joined[2]] == ["", "", "Ｒ４", ""]


def test_a_body_wrapping_narrower_than_a_header_line_proves_no_wrap_of_it() -> None:
    # the names wrap two glyphs a line under a line three glyphs wide: the line is wider than its
    # column (a group header's, めざす値 over Ｒ２ | Ｒ３ | Ｒ４, 調査な / し under it, corpus seed 718
    # kpi_year_matrix in html_borderless), the line under it no next line of it
    rows = _narrow_header(6)
    rows[0] = (rows[0][0], _small(87.2, 85.3, "めざす"), *rows[0][2:])
    rows[2:] = [(r[0], _small(85.2, r[1].bbox[1], "子育て支援", lines=3, glyphs=2), *r[2:]) for r in rows[2:]]
    cols = [NARROW_COLS[0], (85.2, 105.2), *NARROW_COLS[2:]]
    assert join_wrapped_header_rows(rows, cols)[0][1].raw == "めざす"
    rows[0] = (rows[0][0], _small(85.2, 85.3, "めざ"), *rows[0][2:])  # as wide as the names: a wrap
    rows[1] = (rows[1][0], _small(85.2, rows[1][1].bbox[1], "名"), *rows[1][2:])
    cols[1] = (85.2, 97.2)
    assert join_wrapped_header_rows(rows, cols)[0][1].raw == "めざ\n名"


def test_the_rows_padding_is_measured_from_a_section_heading_over_one_row_of_figures() -> None:
    # R6 年度到達目 / 標 at the leading, one row of figures under （1）子育て環境の充実 at the padding
    # (corpus seed 845 kpi_baseline_target in typst_borderless): the heading and the row show the padding
    header = [("区分", "住民満足度調査", "転入者数"), ("", "結果", "")]
    top = 100.0 + 2 * LINE_PT + TYPST_LEADING_PT + TYPST_PAD_PT
    section = (RawCell("（1）子育て環境の充実", (50.0, top, 155.0, top + LINE_PT), 1, line_bboxes=((50.0, top, 155.0, top + LINE_PT),)),
               _blank(2), _blank(2))
    rows = [*_line_rows(header, top + LINE_PT + TYPST_PAD_PT, n_body=1)]
    rows.insert(2, section)
    assert band_leading(rows, COLS3) == pytest.approx(TYPST_LEADING_PT)
    assert [c.raw for c in join_wrapped_header_rows(rows, COLS3)[0]] == ["区分", "住民満足度調査\n結果", "転入者数"]


def test_a_full_line_beside_a_blank_over_a_sub_header_may_be_a_group_header() -> None:
    # 課 with the cell after it blank over 計上予算額: it may head both, flush left, and 名 is a
    # sub-header level with the rest (到達目標 over Ｒ２ | Ｒ３ | Ｒ４, corpus seed 749 kpi_year_matrix in
    # html_borderless): nothing lifted
    rows = _narrow_header(6)
    rows[0] = (*rows[0][:2], RawCell("", (200.0, 85.3, 237.2, 91.3), 1), *rows[0][3:])
    assert join_wrapped_header_rows(rows, list(NARROW_COLS))[0][1].raw == "課"


def test_a_row_beside_proved_wraps_goes_on_when_no_sub_header_rises_under_them() -> None:
    # H26 現況 / 値 beside R3 実績値（年 / 度末）, nothing under 度末） (corpus seed 742 kpi_year_matrix in
    # typst_borderless): the row is the rest of its cells; with Ｒ４ under 度） it is a row of sub-headers
    # (test_a_line_closing_the_bracket_the_line_above_left_open_goes_on_it_and_the_line_under_rises)
    rows = _bracket_header("目標値（最終年")
    del rows[2]
    joined = join_wrapped_header_rows(rows, BRACKET_COLS)
    assert [c.raw for c in joined[0]] == ["指標名", "策定時\nＨ２６", "目標値（最終年\n度）", "目指す値\nＲ６"]
    assert joined[1][1].raw == "55.7"
    # a line set off its cell (neither holding the other's middle) keeps the row apart
    shifted = list(rows[1])
    shifted[1] = _small_cell(257.5, 268.9, rows[1][1].bbox[1], "Ｈ２６")
    rows[1] = tuple(shifted)
    assert [c.raw for c in join_wrapped_header_rows(rows, BRACKET_COLS)[1]] == ["", "Ｈ２６", "", "Ｒ６"]
