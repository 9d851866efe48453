"""Session 29's rules for real documents' tables never read before (tests/realdocs/test_pages.py): a header band
kept open by a cell reaching past the line another spanning cell ends on, the halves of a spread whose headers differ
in depth, a number centred beside its name's two lines, and a figure over a proviso sentence in one cell."""

from __future__ import annotations

from extract.context import faces, rows_level, with_facing_units
from extract.interpret.header_rows import closed_above, count_header_rows
from extract.interpret.stacks import amount_segments, cell_pieces, labelled_lines, proviso_follows
from extract.interpret.facets import EMPTY
from extract.interpret.values import RowLabels, dated_item
from extract.model import BBox, Cell, Document, Provenance, Table, TextLine
from extract.recognize import recognize_document
from extract.pdf.pieces import Piece, side_line_first
from normalize import clean_text

FRAME_TOP, FRAME_BOTTOM = 111.0, 789.8  # fuji_r6 p602 / p603: the spread's frame (PDF points)
ROW_PITCH = 41.5  # its body rows


def _spanned(texts: list[list[str]], spans: dict[tuple[int, int], int]) -> Table:
    rows = [tuple(Cell(clean_text(t), t, Provenance("p.pdf", "d", 1, table_index=0, row=r, col=c),
                       row_span=spans.get((r, c), 1)) for c, t in enumerate(row)) for r, row in enumerate(texts)]
    return Table(0, tuple(rows), Provenance("p.pdf", "d", 1, table_index=0))


# fuji_r6 p603: 6年度以降の支出予定額 spans the two rows above 期間 | 金額, while 一般財源 spans the two rows under 左の財源内訳
RIGHT_HALF = [["6年度以降の支出予定額", "", "左の財源内訳", "", "", ""],
              ["", "", "特定財源", "", "", "一般財源"],
              ["期間", "金額", "国県支出金", "地方債", "その他", ""],
              ["8年度まで", "5,495", "", "", "", "5,495"]]


def test_a_header_cell_reaching_past_the_line_keeps_the_band_open() -> None:
    spans = {(0, 0): 2, (1, 5): 2}
    assert not closed_above(_spanned(RIGHT_HALF, spans), 0, 2)
    assert count_header_rows(_spanned(RIGHT_HALF, spans)) == 3
    # without 一般財源 reaching into the third row the header's cells all end on one line: its band ends there
    assert closed_above(_spanned(RIGHT_HALF, {(0, 0): 2}), 0, 2)


def _half(page: int, bottoms: list[float]) -> Table:
    """A table of one column whose rows end at the bottoms given, in the spread's frame."""
    tops = [FRAME_TOP, *bottoms[:-1]]
    rows = tuple((Cell(f"r{r}", f"r{r}", Provenance("s.pdf", "d", page, None, 0, r, 0, (60.0, top, 500.0, bottom))),)
                 for r, (top, bottom) in enumerate(zip(tops, bottoms)))
    return Table(0, rows, Provenance("s.pdf", "d", page, None, 0, None, None, (60.0, FRAME_TOP, 500.0, FRAME_BOTTOM)))


BODY = [167.2 + ROW_PITCH * k for k in range(1, 15)] + [FRAME_BOTTOM]


def test_halves_whose_headers_differ_in_depth_face_when_their_rows_are_level() -> None:
    # p602's header is two rows deep, p603's three: 17 rows and 18, every row of p602 ending level with one of p603
    left, right = _half(602, [167.2, 167.2, *BODY]), _half(603, [148.6, 167.2, 167.2, *BODY])
    assert rows_level(left, right) and faces(left, right)
    walked = with_facing_units([(left, None, None, "", None), (right, None, "千円", "", None)])
    assert [w[2] for w in walked] == ["千円", "千円"]


def test_halves_whose_rows_are_not_level_do_not_face() -> None:
    left = _half(602, [167.2, 167.2, *BODY])
    shifted = _half(603, [148.6, 167.2, 167.2, *(b + 20.0 for b in BODY[:-1]), FRAME_BOTTOM])
    assert not rows_level(left, shifted) and not faces(left, shifted)
    # rows whose ends are not known apart (every cell boxed by the frame) prove nothing
    assert not rows_level(_half(602, [FRAME_BOTTOM] * 3), _half(603, [FRAME_BOTTOM] * 4))


def _piece(text: str, box: BBox) -> Piece:
    return Piece(text, box, 0, 1)


def test_a_number_centred_beside_its_names_two_lines_opens_the_cell() -> None:
    # setagaya p284: 32 centred beside 国民健康保険 / 事業費納付金
    upper = _piece("国 民 健 康 保 険", (686.1, 368.3, 763.4, 377.3))
    number = _piece("32", (668.1, 373.2, 681.6, 382.2))
    lower = _piece("事 業 費 納 付 金", (686.1, 378.2, 760.6, 387.2))
    assert [p.text for p in side_line_first([upper, number, lower])] == ["32", "国 民 健 康 保 険", "事 業 費 納 付 金"]
    # a number on a line of its own under a name (no line beside it) keeps its place
    under = _piece("32", (668.1, 390.0, 681.6, 399.0))
    assert [p.text for p in side_line_first([upper, lower, under])] == ["国 民 健 康 保 険", "事 業 費 納 付 金", "32"]
    # two lines only: nothing to stand beside
    assert [p.text for p in side_line_first([upper, number])] == ["国 民 健 康 保 険", "32"]


PROVISO = "５，２００\nただし、７年度から21年度までの15か\n年間に 5.0％の利息を限度に元利償還\n金相当額を補給する。"


def test_a_figure_over_a_proviso_sentence_is_the_cells_value() -> None:
    # fuji_r6 p10 第2表 債務負担行為: the 限度額 cell holds its figure, then a proviso naming years and a rate
    cell = Cell(clean_text(PROVISO), PROVISO, Provenance("p.pdf", "d", 10, table_index=0, row=10, col=2))
    assert [p.text for p in cell_pieces(cell)] == ["５，２００"]
    lines = [(t, None) for t in PROVISO.splitlines()]
    assert proviso_follows(lines)
    assert not proviso_follows([*lines[:-1], ("金相当額を補給する", None)])  # no sentence closed: read whole
    assert not proviso_follows([("ただし、", None), *lines[1:]])  # no figure opening the cell


def test_an_amount_then_a_list_its_heading_opens_after_a_space_parts_at_the_heading() -> None:
    # setagaya p256 事業説明: 本年度債務負担額 8,523,809 特財：繰入金 5,754,363、特別区債 1,449,841
    line = "本年度債務負担額 8,523,809 特財：繰入金 5,754,363、特別区債 1,449,841"
    assert amount_segments(line) == ["本年度債務負担額 8,523,809", "特財：繰入金 5,754,363", "特財：特別区債 1,449,841"]
    cell = Cell(clean_text(line), line, Provenance("p.pdf", "d", 256, table_index=0, row=1, col=0))
    assert [(p.label, p.text) for p in labelled_lines(cell)] == [
        ("本年度債務負担額", "8,523,809"), ("特財:繰入金", "5,754,363"), ("特財:特別区債", "1,449,841")]
    # the list's heading opens the line: carried to its items as before; words without a colon part nothing
    assert amount_segments("特財：都支出金 228、その他 6,262") == ["特財：都支出金 228", "特財：その他 6,262"]
    assert amount_segments("事業費 1,200 委託料 300") == ["事業費 1,200 委託料 300"]


def _boxed(index: int, rows: list[list[tuple[str, BBox]]]) -> Table:
    cells = tuple(tuple(Cell(clean_text(t), t, Provenance("p.pdf", "d", 1, table_index=index, row=r, col=c, bbox=box))
                        for c, (t, box) in enumerate(row)) for r, row in enumerate(rows))
    boxes = [box for row in rows for _, box in row]
    frame = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Table(index, cells, Provenance("p.pdf", "d", 1, table_index=index, bbox=frame), engine="pdfplumber")


def _debt_spread(items: list[str]) -> Document:
    """setagaya p256 債務負担行為調書 on one sheet: 番号 | 事項 | 金額 on the left, 事業説明 beside it listing each
    row's amounts, under a book of 令和8年度."""
    left = [[("番号", (30, 130, 60, 150)), ("事項", (60, 130, 270, 150)), ("金額", (400, 130, 530, 150))]]
    right = [[("事業説明", (660, 130, 1150, 150))]]
    for k, (name, amount) in enumerate([("本庁舎等整備事業", "8,523,809"), ("上祖師谷まちづくりセンター整備事業", "524,000")]):
        top = 150 + 150 * k
        left.append([(str(k + 1), (30, top, 60, top + 150)), (name, (60, top, 270, top + 150)),
                     (amount, (400, top, 530, top + 150))])
        right.append([(items[k], (660, top, 1150, top + 150))])
    title = TextLine("令和8年度 世田谷区予算", "令和8年度 世田谷区予算", Provenance("p.pdf", "d", 1))
    unit = TextLine("（単位：千円）", "（単位：千円）", Provenance("p.pdf", "d", 1))
    return Document("p.pdf", "d", "pdf", 1, (title, unit, _boxed(0, left), _boxed(1, right)))


def test_a_note_table_beside_the_rows_it_explains_dates_its_amounts_by_their_words() -> None:
    items = ["1 事業の目的 本庁舎等の複合施設を建設する。\n4 経費区分\n本年度予算計上額 7,214,022\n"
             "本年度債務負担額 8,523,809 特財：繰入金 5,754,363、特別区債 1,449,841",
             "1 事業の目的 上祖師谷まちづくりセンターを建設する。\n本年度予算計上額 0\n本年度債務負担額 524,000"]
    found = recognize_document(_debt_spread(items))
    got = sorted((v.project, v.measure, v.fiscal_year, v.amount_yen) for v in found.budget_values if v.prov.table_index == 1)
    assert got == sorted([
        ("本庁舎等整備事業", "事業説明 / 本年度予算計上額", 2026, 7_214_022_000),
        ("本庁舎等整備事業", "事業説明 / 本年度債務負担額", 2026, 8_523_809_000),
        ("特財:繰入金", "事業説明", 2026, 5_754_363_000), ("特財:特別区債", "事業説明", 2026, 1_449_841_000),
        ("上祖師谷まちづくりセンター整備事業", "事業説明 / 本年度予算計上額", 2026, 0),
        ("上祖師谷まちづくりセンター整備事業", "事業説明 / 本年度債務負担額", 2026, 524_000_000)])


def test_an_item_naming_a_thing_of_its_own_keeps_its_name() -> None:
    assert dated_item("本年度予算計上額", RowLabels("本庁舎等整備事業", ("本庁舎等整備事業",), None, EMPTY)) is not None
    assert dated_item("車両集中管理費", RowLabels("07 車両管理費", ("07 車両管理費",), None, EMPTY)) is None
    assert dated_item("本年度予算計上額", RowLabels(None, (), None, EMPTY)) is None  # no row to be of
    # a tax of the current year (現年) names a thing, whatever year it states: no amount's head closes it (setagaya p38)
    assert dated_item("特別区民税現年課税分（財務部）", RowLabels("01 現年課税分", ("01 現年課税分",), None, EMPTY)) is None
