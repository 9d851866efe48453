"""Rows rebuilt from text lines when no row rules are drawn (extract.pdf.rows).

Pieces are built by hand in PDF points (top-left origin) with two leadings, so nothing is
tied to one renderer: a reportlab-like one (9 pt text, 11.25 pt pitch, 6 pt row padding) and
an HTML-like one (9 pt text, 13 pt pitch, 3 pt row padding, cells centred vertically).
"""

from __future__ import annotations

import pytest

from extract.pdf import rows
from extract.pdf import cuts, lockstep, lone_rests, pieces, subrow_names, top_rows, wrap_gaps
from extract.pdf.cuts import cell_lines, is_cut_number, join_cut_number
from extract.pdf.pieces import Piece
from extract.pdf.rows import pieces_to_rows, wrap_gap_limit

H = 9.0  # glyph height


def piece(col: int, top: float, text: str, x0: float | None = None, width: float | None = None) -> Piece:
    w = width if width is not None else 5.0 * len(text)
    x = x0 if x0 is not None else 100.0 * col
    return Piece(text, (x, top, x + w, top + H), col)


def texts(table: list[list[list[Piece]]]) -> list[list[str]]:
    return [["\n".join(p.text for p in block) for block in sorted(row, key=lambda b: b[0].col)] for row in table]


@pytest.mark.parametrize(("pitch", "row_gap"), [(11.25, 6.0), (13.0, 3.0), (10.0, 1.5)])
def test_a_wrapped_name_is_one_cell_and_a_centred_number_is_in_its_row(pitch: float, row_gap: float) -> None:
    # Row 1: a name over three lines, its number centred on the second; row 2: one line each.
    ps = [piece(0, 0, "重要業績"), piece(0, pitch, "評価指標の"), piece(0, 2 * pitch, "名前"), piece(1, pitch, "1,498")]
    top2 = 3 * pitch + row_gap  # the next row: one leading plus the cells' padding below
    ps += [piece(0, top2, "人口"), piece(1, top2, "312")]
    assert texts(pieces_to_rows(ps)) == [["重要業績\n評価指標の\n名前", "1,498"], ["人口", "312"]]


def test_lines_a_row_apart_are_rows_when_no_cell_wraps() -> None:
    # The kobe 予算比較 layout: one line per 科目, 1.6 em apart, no row rules.
    ps = [p for k in range(5) for p in (piece(0, 26.0 * k, f"科目{k}"), piece(1, 26.0 * k, f"{k},000"))]
    assert wrap_gap_limit(ps) is None
    assert len(pieces_to_rows(ps)) == 5


def _year_rows(wrapped: bool) -> list[Piece]:
    # rows of a year matrix 6.6 pt apart (two value columns), one name wrapped over three lines
    # 1.6 pt apart, its values on the middle line (結婚・子育ての希望がかな / う / と感じる市民の割合,
    # corpus seed 508 kpi_year_matrix in pdf_rules): no full line (a wider name below), no value
    # beside two of them
    top, ps = 0.0, []
    for k, name in enumerate(("世帯数", "結婚・子育ての", "自主防災組織率の向上")):
        lines = ["結婚・子育ての", "う", "と感じる割合"] if wrapped and k == 1 else [name]
        ps += [piece(0, top + j * (H + 1.6), text, 0) for j, text in enumerate(lines)]
        middle = top + (len(lines) - 1) // 2 * (H + 1.6)
        ps += [piece(1, middle, f"{k}2.5", 100, 20), piece(2, middle, f"{k}3.0", 200, 20)]
        top += len(lines) * H + (len(lines) - 1) * 1.6 + 6.6
    return ps


def test_a_name_wrapped_closer_than_the_rows_of_values_is_one_cell() -> None:
    # the rows show in whole values one above the other, 6.6 pt apart: lines of the name
    # column 1.6 pt apart (within SOLID_SHARE of that) are one cell's, though the name column's
    # own gaps hold them
    assert texts(pieces_to_rows(_year_rows(wrapped=True)))[1] == ["結婚・子育ての\nう\nと感じる割合", "12.5", "13.0"]
    assert len(pieces_to_rows(_year_rows(wrapped=False))) == 3  # one line a name: no leading to find


def test_rows_on_two_pages_never_merge() -> None:
    a, b = piece(0, 700, "名前"), Piece("続き", (0, 700, 20, 709), 0, page=2)
    assert len(pieces_to_rows([a, b])) == 2


@pytest.mark.parametrize(("pieces", "joined"), [
    (["2,60", "0"], "2,600"),           # the case: 2,60 over 0
    (["1,234,", "567"], "1,234,567"),
    (["△1,2", "34"], "△1,234"),
    (["2,60", "0千円"], "2,600千円"),
    (["2", ",", "0", "1", "8"], "2,018"),  # one glyph per line: the run is judged whole
    (["84.", "3"], "84.3"),              # a number never ends in its separator
    (["12", "345"], "12 345"),           # no digit groups: cannot be proved, left ambiguous
    (["4", "6", "6"], "4 6 6"),
    (["1,234", "567"], "1,234 567"),     # both pieces whole numbers
    (["▲0.3", "8%"], "▲0.3 8%"),
    (["年間１１１，１", "９７人（4年間で"], "年間１１１，１９７人（4年間で"),  # words before the number
    (["年間12", "345人"], "年間12 345人"),  # no digit groups: still unproved
    (["H2", "7"], "H2 7"),
])
def test_join_cut_number(pieces: list[str], joined: str) -> None:
    assert join_cut_number(pieces) == joined


def test_cjk_text_wrapped_by_the_engine_is_one_line() -> None:
    # 現状値(R1) in a column two glyphs wide: 現状 / 値( / R1) — every line full.
    block = [piece(0, 0, "現状", 0, 18), piece(0, 9, "値(", 0, 18), piece(0, 18, "R1)", 0, 15)]
    assert [t for t, _ in cell_lines(block, 18.0)] == ["現状値(R1)"]
    # the author's break after a short line stays
    assert [t for t, _ in cell_lines([piece(0, 0, "基準", 0, 18), piece(0, 9, "(R1)", 0, 18)], 30.0)] == ["基準", "(R1)"]


def test_a_full_line_was_cut_and_a_short_one_was_broken_on_purpose() -> None:
    # 20 pt column; "2,60" fills it, so the "0" did not fit: a wrap. "696" over "696" in a
    # 40 pt column: the second line would have fitted after the first, so the break is the author's.
    cut = cell_lines([piece(1, 0, "2,60", 100, 20), piece(1, 12, "0", 115, 5)], 20.0)
    assert [t for t, _ in cut] == ["2,600"]
    assert cut[0][1] == (100, 0, 120, 12 + H)
    stacked = cell_lines([piece(1, 0, "696", 125, 15), piece(1, 12, "696", 125, 15)], 40.0)
    assert [t for t, _ in stacked] == ["696", "696"]


def test_only_digit_breaks_are_number_cuts() -> None:
    assert not is_cut_number("調査な", (0, 0, 20, 9), piece(0, 12, "し"), 20.0)
    assert not is_cut_number("1,498千", (0, 0, 20, 9), piece(0, 12, "円"), 20.0)


# Every threshold pinned: halving or doubling it changes an outcome.

def _gaps(gap: float) -> list[Piece]:
    return [piece(0, 0, "a"), piece(0, H + gap, "b")]


def test_wrap_gap_max_em_is_pinned() -> None:
    gap = 0.6 * H  # a loose leading: within WRAP_GAP_MAX_EM, not within half of it
    assert rows.WRAP_GAP_MAX_EM / 2 * H < gap < rows.WRAP_GAP_MAX_EM * H < 2 * gap
    assert wrap_gap_limit(_gaps(gap)) is not None
    assert wrap_gap_limit(_gaps(2 * gap)) is None


def _three(h: float, gap1: float, gap2: float) -> list[Piece]:
    """Three lines of one column, glyphs h high: the first gap is the leading."""
    return [Piece(t, (0, top, 10, top + h), 0) for t, top in (("a", 0.0), ("b", h + gap1), ("c", 2 * h + gap1 + gap2))]


@pytest.mark.parametrize(("gap2", "n_rows"), [(1.7, 1), (2.2, 2)])
def test_wrap_gap_tol_em_is_pinned(gap2: float, n_rows: int) -> None:
    # 9 pt glyphs, leading gap 1 pt: lines up to 1 + 0.1 em = 1.9 pt apart are one cell.
    # Halving the tolerance (1.7 pt apart) or doubling it (2.2 pt together) flips a case.
    assert len(pieces_to_rows(_three(H, 1.0, gap2))) == n_rows
    assert wrap_gap_limit(_three(H, 1.0, gap2)) == pytest.approx(1.0 + rows.WRAP_GAP_TOL_EM * H)


@pytest.mark.parametrize(("gap2", "n_rows"), [(0.95, 1), (1.3, 2)])
def test_wrap_gap_tol_pt_is_pinned(gap2: float, n_rows: int) -> None:
    # 4 pt glyphs (0.1 em = 0.4 pt < 0.5 pt): lines up to 0.5 + 0.5 pt apart are one cell.
    assert len(pieces_to_rows(_three(4.0, 0.5, gap2))) == n_rows


def test_overlap_share_is_pinned() -> None:
    # A one-line cell overlapping another cell's last line by 0.4 of a line shares its row
    # (OVERLAP_SHARE 0.3); by 0.2 it does not.
    assert rows.OVERLAP_SHARE / 2 < 0.2 < rows.OVERLAP_SHARE < 0.4 < 2 * rows.OVERLAP_SHARE
    name = piece(0, 0, "名前")
    assert len(pieces_to_rows([name, piece(1, H - 0.4 * H, "1")])) == 1
    assert len(pieces_to_rows([name, piece(1, H - 0.2 * H, "1")])) == 2


def test_fit_tol_is_pinned() -> None:
    # A line 1.5 pt short of a 20 pt column: a 2.2 pt glyph overshoots by 0.7 pt (< FIT_TOL_PT,
    # 1 pt; > half of it) and fitted; a 3.5 pt glyph overshoots by 2 pt (double) and did not.
    assert not is_cut_number("1,2", (0, 0, 18.5, H), piece(0, 12, "3", 0, 2.2), 20.0)
    assert is_cut_number("1,2", (0, 0, 18.5, H), piece(0, 12, "3", 0, 3.5), 20.0)


def test_whole_numbers_one_above_the_other_are_rows_not_a_wrap() -> None:
    # A name list without wraps, rows 3 pt apart: the longest name fills its column, yet the
    # numbers 1, 2, 3 beside the names (short lines under No.) show the lines are rows.
    ps = [piece(0, -12.0, "No.", 50, 15), piece(1, -12.0, "氏名", 71, 20)]
    ps += [p for k, name in enumerate(("石川 加津子", "岩 渕 豊 子", "栗生澤 奈生子"))
           for p in (piece(0, 12.0 * k, str(k + 1), 60, 5), piece(1, 12.0 * k, name, 71, 10 * len(name)))]
    assert wrap_gap_limit(ps) is None
    assert len(pieces_to_rows(ps)) == 4


@pytest.mark.parametrize(("shorter_em", "n_rows"), [(0.075, 2), (0.15, 1)])
def test_two_rows_of_equal_width_values_beside_the_widest_name_are_rows(shorter_em: float, n_rows: int) -> None:
    # 公共交通利用者数 over 宿泊者数, 6 pt apart: the widest name fills its column, so it reads as
    # full; 271 over 613 beside it in every column, each as wide as the other, are no number cut
    # at its column's width (its rest would be shorter): two rows, not 271613 glued (corpus seed 60).
    # 0.075 em shorter is as wide (EQUAL_WIDTH_EM halved: a cut number's rest), 0.15 em shorter a
    # rest (doubled: as wide); fixed figures, as figures scaled by the constant move with it. A unit
    # column (人 over 人) beside them: with figures in every column past the first, two tops are two
    # rows whatever the widths (_two_rows_of_figures)
    rest = 15.0 - shorter_em * H
    ps = [piece(0, 0, "公共交通利用者数", 0, 76), piece(0, 15, "宿泊者数", 0, 38)]
    ps += [p for k in range(1, 4) for p in (piece(k, 0, "271", 100 * k, 15), piece(k, 15, "613", 100 * k + 15 - rest, rest))]
    assert len(pieces_to_rows(ps)) == 2
    ps += [piece(4, 0, "人", 400, 10), piece(4, 15, "人", 400, 10)]
    assert len(pieces_to_rows(ps)) == n_rows


@pytest.mark.parametrize(("first", "second", "marked", "n_rows"), [
    ("①地域の魅力を発信する", "②生産年齢人口", False, 3), ("地域の魅力を発信する", "生産年齢人口", False, 1),
    ("①地域の魅力を発信する", "②生産年齢人口", True, 3), ("地域の魅力を発信する", "生産年齢人口", True, 3)])
def test_a_numbered_item_opens_a_cell_at_the_leading_of_the_name_above(first: str, second: str, marked: bool, n_rows: int) -> None:
    # a section heading, a name wrapped over two lines and the next name, all 6.5 pt apart (the
    # rows' pitch): the wrap sets the leading, so only the items' numbers show where names start
    # (corpus seed 65 kpi_baseline_target in pdf_borderless), or a figure standing level with the
    # second name as 1,265 stands level with the first (調査なし: figure_levels.labelled_tops, rows of one
    # figure each, read line by line; read at the leading, the four lines were one name, 調査なし a row alone)
    ps = [piece(0, 0, "（1）地域産業の振興", 0, 87), piece(0, 15.5, first, 0, 105.6), piece(0, 31, "イベントへの参加者数", 0, 92),
          piece(0, 46.5, second, 0, 70), piece(1, 15.5, "1,265", 120, 30)] + ([piece(1, 46.5, "調査なし", 120, 37)] if marked else [])
    assert len(pieces_to_rows(ps)) == n_rows


@pytest.mark.parametrize(("second_top", "opens"), [(13.0, 1), (30.0, 2)])
def test_a_numbered_item_beside_a_cell_run_on_to_it_opens_nothing(second_top: float, opens: int) -> None:
    # ①創業件数 over ②ふるさと納税寄附件数 beside 60※ over 50,611, 4 pt apart, at the leading: the
    # figures' column runs a cell on to ②, so ② opens no cell (corpus seed 60
    # kpi_baseline_target in html_borderless); with the figures a row apart, both open one
    ps = [piece(0, 0, "①創業件数", 0, 45), piece(0, second_top, "②ふるさと納税寄附件数", 0, 99),
          piece(1, 0, "60※", 120, 18), piece(1, second_top, "50,611", 120, 27)]
    assert len(rows.numbered_openers(ps, 5.0)) == opens


@pytest.mark.parametrize(("digits", "as_wide"), [(2, True), (1, False)])
def test_lines_of_one_glyph_tell_no_width(digits: int, as_wide: bool) -> None:
    # a column one glyph wide cuts every number glyph by glyph (8 over 2 over 7): equal widths
    # there say nothing (MIN_AS_WIDE_GLYPHS halved: they would); lines of two glyphs do (27 over
    # 61; doubled: they would not). Fixed figures: figures scaled by the constant move with it
    first, rest = piece(1, 0, "27"[:digits], 100, 5.0 * digits), piece(1, 12, "61"[:digits], 100, 5.0 * digits)
    assert rows.as_wide(rest, first, H) is as_wide


@pytest.mark.parametrize(("values", "expected"), [(["1,000", "2,000"], True), (["1,000"], False)])
def test_min_value_rows_is_pinned(values: list[str], expected: bool) -> None:
    # A column with a value in MIN_VALUE_ROWS (2) rows below a header shows the lines are rows.
    table = [[[piece(0, 0, "科目")], [piece(1, 0, "金額")]]]
    table += [[[piece(0, 26.0 * (k + 1), f"科目{k}")], [piece(1, 26.0 * (k + 1), v)]] for k, v in enumerate(values)]
    assert rows.has_value_column(table) is expected
    assert rows.has_value_column(table + [[[piece(0, 200, "合計")], [piece(1, 200, "x")]]]) is False


def test_a_cell_centred_over_two_rows_spans_them_and_makes_neither_one_row() -> None:
    # 施策 centred over the two indicators it heads: it reaches into both rows.
    pitch, gap = 11.0, 6.0
    first = [piece(1, 0, "①結婚・子育て"), piece(1, pitch, "の希望"), piece(1, 2 * pitch, "割合（%）"), piece(2, pitch, "47.8")]
    top2 = 3 * pitch + gap
    second = [piece(1, top2, "②ごみ排出量"), piece(1, top2 + pitch, "（g）"), piece(2, top2 + pitch / 2, "1,042")]
    centre = (0 + top2 + 2 * pitch) / 2
    spanning = [piece(0, centre - pitch / 2 - H / 2, "安全・安心なま"), piece(0, centre + pitch / 2 - H / 2, "ちづくり")]
    assert texts(pieces_to_rows(first + second + spanning)) == [
        ["安全・安心なま\nちづくり", "①結婚・子育て\nの希望\n割合（%）", "47.8"], ["②ごみ排出量\n（g）", "1,042"]]


def _year_matrix(label_top: float) -> tuple[list[Piece], Piece]:
    """A 実績 row over a 計画 row, 5 pt apart, and a one-line indicator name at label_top."""
    gap = 5.0
    cells = [piece(1, 0, "実績"), piece(2, 0, "47"), piece(1, H + gap, "計画値"), piece(2, H + gap, "1,034")]
    return cells, piece(0, label_top, "Uターン就職者数")


def test_a_label_centred_between_two_rows_belongs_to_the_first() -> None:
    # Centred between the rows, it touches each by less than OVERLAP_SHARE of a line.
    cells, label = _year_matrix((H + 5.0) / 2)
    assert rows.spans_rows([label], [[p] for p in cells])
    assert texts(pieces_to_rows([*cells, label])) == [["Uターン就職者数", "実績", "47"], ["計画値", "1,034"]]


@pytest.mark.parametrize(("shift_em", "spans"), [(0.2, True), (0.4, False)])
def test_a_label_near_one_row_is_aligned_with_it_not_between(shift_em: float, spans: bool) -> None:
    # Moved towards the first row by 0.2 em its centre is still more than OVERLAP_SHARE (0.3)
    # of a line from that row's centre (2.5 pt = 0.28 em): between; by 0.4 em it is aligned.
    cells, label = _year_matrix((H + 5.0) / 2 - shift_em * H)
    assert rows.spans_rows([label], [[p] for p in cells]) is spans


def test_two_lines_beside_two_rows_set_tighter_than_the_rows_are_one_cell() -> None:
    # No line was wrapped by the engine (the author broke the name), yet its two lines are
    # closer than the 目標 / 実績 rows beside them: one name centred over both rows.
    gap, leading = 6.0, 1.8
    rows_ = [piece(1, 0, "目標"), piece(2, 0, "563"), piece(1, H + gap, "実績値"), piece(2, H + gap, "781")]
    span = 2 * H + leading
    top = (2 * H + gap - span) / 2
    name = [piece(0, top, "六次産業化に取り組む", width=60), piece(0, top + H + leading, "事業者数", width=30)]
    assert wrap_gap_limit([*rows_, *name]) == pytest.approx(leading + max(rows.WRAP_GAP_TOL_PT, rows.WRAP_GAP_TOL_EM * H))
    assert texts(pieces_to_rows([*rows_, *name])) == [["六次産業化に取り組む\n事業者数", "目標", "563"], ["実績値", "781"]]


def test_full_width_numbers_one_above_the_other_are_rows() -> None:
    ps = [piece(0, 0, "議会費"), piece(1, 0, "２，５０１，３０７，４７７", width=80),
          piece(0, 14, "民生費"), piece(1, 14, "９７４，１５７，０２６", width=60)]
    assert texts(pieces_to_rows(ps)) == [["議会費", "２，５０１，３０７，４７７"], ["民生費", "９７４，１５７，０２６"]]


@pytest.mark.parametrize(("gap", "one_cell"), [(4.0, True), (6.5, False)])
def test_solid_share_is_pinned(gap: float, one_cell: bool) -> None:
    # Rows 12 pt apart (two whole numbers); no line was wrapped by the engine. Two lines of a
    # header cell 4 pt apart (a third of the row gap: within SOLID_SHARE 0.5, not within half
    # of it) are one cell; 6.5 pt apart (within double, not within 0.5) they are not.
    wide = piece(1, -40, "事業名称の欄です", width=60)
    ps = [wide, piece(1, 0, "2026年", width=25), piece(1, H + gap, "事業費", width=15),
          piece(0, 40, "事業A"), piece(0, 40 + H + 12.0, "事業B"),  # body rows, below the header
          piece(1, 40, "1,000"), piece(1, 40 + H + 12.0, "2,000")]
    got = [cell for row in texts(pieces_to_rows(ps)) for cell in row]
    assert ("2026年\n事業費" in got) is one_cell


def test_the_next_lines_first_glyph_is_measured_by_its_advance() -> None:
    # 287件（2022年度（令和4年度）） over 275件（2028年度（令和10年度））, 6.3 pt narrower: the next
    # line opens with a digit (half a kanji, 4.8 pt here), which would have fitted; the average
    # glyph of that line (7.4 pt) would not. Two lines of a card, not a wrap.
    upper = (131.5, 362.2, 273.8, 372.2)
    nxt = Piece("275件（2028年度（令和10年度））", (131.5, 379.2, 280.1, 389.2), 1)
    assert not pieces.is_full(upper, nxt, 148.6)
    assert pieces.is_full(upper, Piece("令和10年度（2028年度）の値です。", (131.5, 379.2, 280.1, 389.2), 1), 148.6)


def _header_over_two_lines(gap: float, off: float) -> list[Piece]:
    """実績 over its sub-header, gap pt apart, and 年度 beside them, off pt below their centre."""
    below = H + gap
    centre = (below + H) / 2
    return [piece(1, 0, "実績"), piece(1, below, "人口（人）"), piece(2, below, "件数（件）"),
            piece(0, centre - H / 2 + off, "年度")]


def test_a_header_centred_over_two_lines_set_solid_spans_them_though_it_touches_one() -> None:
    # Set without padding, 年度 centred on the header band reaches into 実績 by 0.1 pt and
    # only touches the line below: it still cannot be a row between them.
    assert texts(pieces_to_rows(_header_over_two_lines(H - 0.2, 0.1))) == [["年度", "実績"], ["人口（人）", "件数（件）"]]


@pytest.mark.parametrize(("off_em", "spans"), [(0.2, True), (0.4, False)])
def test_a_header_filling_the_gap_is_centred_on_the_two_lines_within_overlap_share(off_em: float, spans: bool) -> None:
    # 1.5 pt of gap beyond its height: moved 0.2 em off the band's centre it still spans (within
    # OVERLAP_SHARE, 0.3); moved 0.4 em it stops short of the line above and is no header of both.
    cells = _header_over_two_lines(H - 1.5, off_em * H)
    assert rows.spans_rows([cells[-1]], [[p] for p in cells[:-1]]) is spans


def test_a_row_between_two_rows_with_room_to_spare_is_a_row_of_its_own() -> None:
    # A heading row in the gap between two rows, shorter than the gap: a row of its own.
    cells = _header_over_two_lines(H + 2.0, 0.0)
    assert len(pieces_to_rows(cells)) == 3


def _lockstep(labels: list[str], values: list[str]) -> list[Piece]:
    """Two columns, one line of each at every 16.4 pt: labels 9.5 pt a glyph from x 44.5, values from 88.5."""
    return [Piece(t, (x, 16.4 * k, x + 9.5 * len(t), 16.4 * k + 9.5), col)
            for col, (x, texts) in enumerate(((44.5, labels), (88.5, values))) for k, t in enumerate(texts)]


@pytest.mark.parametrize(("n_lines", "n_rows"), [(3, 3), (2, 1)])
def test_min_pitch_lines_is_pinned(n_lines: int, n_rows: int) -> None:
    # 評価指標 is as wide as the widest label, so by the column's own measure it is full and 策定時
    # its wrap; three lines in both columns at one pitch (MIN_PITCH_LINES 3) are rows all the
    # same, two lines prove nothing (halving or doubling the constant flips one case).
    labels, values = ["評価指標", "策定時", "目指す値"], ["宿泊者数", "258千人（R1年）", "260千人（R7年）"]
    assert rows.MIN_PITCH_LINES / 2 < 2 < rows.MIN_PITCH_LINES <= 3 < 2 * rows.MIN_PITCH_LINES
    assert len(pieces_to_rows(_lockstep(labels[:n_lines], values[:n_lines]))) == n_rows


def test_lines_at_an_uneven_pitch_are_not_lockstep() -> None:
    ps = _lockstep(["評価指標", "策定時", "目指す値"], ["宿泊者数", "258千人", "260千人"])
    moved = [Piece(p.text, (p.bbox[0], p.bbox[1] + 3, p.bbox[2], p.bbox[3] + 3), p.col) if p.bbox[1] > 30 else p for p in ps]
    assert rows.is_lockstep(ps, 0.9) and not rows.is_lockstep(moved, 0.9)


def test_prose_set_in_two_columns_at_one_pitch_is_not_a_card() -> None:
    # Every line of both columns fills it (the next one's first glyph would not have fitted):
    # paragraphs on a baseline grid, not rows.
    ps = _lockstep(["本市では人口減少と", "少子高齢化が進む中", "で、地域の産業を振"], ["また、関係人口の創", "出や移住定住の促進", "に向けた取組を進め"])
    assert not rows.is_lockstep(ps, 0.9)
    assert rows.is_lockstep(_lockstep(["評価指標", "策定時", "目指す値"], ["宿泊者数", "258千人", "260千人"]), 0.9)


@pytest.mark.parametrize(("labels", "prose"), [
    (["本市では人口減少と", "少子高齢化が進む中", "で、地域の産業を振", "興して"], True),  # 2 of 3 full
    (["基準値（2018年度）", "単位", "目標", "備考"], False),  # 1 of 3 full
])
def test_prose_full_share_is_pinned(labels: list[str], prose: bool) -> None:
    # PROSE_FULL_SHARE 0.5: two full lines of three are prose, one of three (a card's labels as
    # wide as the column now and then) is not; halving or doubling the share flips one case.
    assert rows.PROSE_FULL_SHARE / 2 < 1 / 3 < rows.PROSE_FULL_SHARE < 2 / 3 < 2 * rows.PROSE_FULL_SHARE
    column = [p for p in _lockstep(labels, ["1", "2", "3", "4"]) if p.col == 0]
    assert rows.is_paragraph(column) is prose


def test_a_column_of_labels_as_wide_as_each_other_beside_values_is_a_card() -> None:
    # Ｈ２８ / Ｈ２９ / Ｈ３０ each fill the label column (by its own measure), but the values
    # beside them are no prose: rows.
    ps = _lockstep(["Ｈ２８", "Ｈ２９", "Ｈ３０"], ["２０．１", "２９．３", "２５．０"])
    assert rows.is_lockstep(ps, 0.9)


def test_cells_wrapped_alike_side_by_side_are_no_card() -> None:
    # A label beside three cells each wrapped over three lines at the same pitch (a ruled row's
    # 事業費 / 11億7,547万円 （令和2年 / 度決算額） in every year column): every column past the
    # first is prose, so the lines are no rows of their own.
    values = ["○総合戦略関連事業２７事業事業", "費１１億７，５４７万円（令和２", "年度決算額）"]
    ps = _lockstep(["○総合戦略関連事業", "事業費", "決算額"], values)
    ps += [Piece(p.text, (p.bbox[0] + 150, p.bbox[1], p.bbox[2] + 150, p.bbox[3]), 2) for p in ps if p.col == 1]
    assert not rows.is_lockstep(ps, 0.9)


@pytest.mark.parametrize(("n_wraps", "stacked"), [(3, True), (2, False)])
def test_wraps_per_row_pair_is_pinned(n_wraps: int, stacked: bool) -> None:
    # One pair of whole values at the leading, beside n_wraps wrapped lines at that leading:
    # three times as many wraps make the pair one cell's (halving the factor would take two,
    # doubling it would need six).
    pair = (piece(1, 0, "5世帯"), piece(1, H, "15人"))
    assert rows.outnumbered(0.0, [0.0] * n_wraps, [pair], 0.9) is stacked
    assert n_wraps < rows.WRAPS_PER_ROW_PAIR * 2 and (n_wraps >= rows.WRAPS_PER_ROW_PAIR) is stacked


def test_values_stacked_in_a_cell_beside_names_wrapped_at_its_leading_are_one_row() -> None:
    # 002's お試し暮らし制度利用後の移住者数 in the html_narrow rendition: names wrapped line by
    # line at the leading (no gap), rows 3 pt apart, a target cell of 5世帯 over 15人 (both
    # whole values, the author's break) centred half a line off the name's lines.
    ps = []
    for k, top in enumerate((0.0, 39.0)):
        ps += [piece(0, top + H * j, name, 0, 36) for j, name in enumerate(("お試し暮", "らし制度", "利用後の", "移住者数"))]
        ps += [piece(1, top + 4.5, "3世帯9人" if k else "5世帯", 50, 25), piece(1, top + 4.5 + H, "15人", 50, 15)] if not k else \
            [piece(1, top + 13.5, "2人", 50, 10)]
    assert texts(pieces_to_rows(ps)) == [["お試し暮\nらし制度\n利用後の\n移住者数", "5世帯\n15人"],
                                         ["お試し暮\nらし制度\n利用後の\n移住者数", "2人"]]


def _two_header_rows(shift_em: float) -> list[list[str]]:
    # HTML-like rows at the leading, no padding: 成果指標 centred on two header rows, 基準年度値 |
    # 実績（確定値） over H26 | R2 | R4 (R4 under a blank cell, shift_em of a line below H26's line)
    pitch = 13.0
    ps = [piece(0, pitch / 2, "成果指標", 55, 36), piece(0, 2 * pitch, "スポーツ施設利用者数", 55, 90),
          piece(1, 0, "基準年度値", 157, 45), piece(1, pitch, "H26", 157, 13.5), piece(1, 2 * pitch, "43.9※", 157, 45),
          piece(2, 0, "実績（確定値）", 214, 63), piece(2, pitch, "R2", 214, 9), piece(2, 2 * pitch, "46.6", 241, 36),
          piece(3, pitch + shift_em * H, "R4", 337, 9), piece(3, 2 * pitch, "42.2", 337, 36)]
    return texts(pieces_to_rows(ps))


@pytest.mark.parametrize(("shift_em", "two_rows"), [(0.0, True), (0.07, True), (0.15, False)])
def test_row_start_tol_em_is_pinned(shift_em: float, two_rows: bool) -> None:
    # 成果指標 ends above H26's line and R4 starts on it, blank above: no one alignment of a row
    # sets one-line cells both ways, so H26's line opens a row (within ROW_START_TOL_EM 0.1); a
    # cell 0.15 em off the line is centred somewhere, no row start.
    first = _two_header_rows(shift_em)[0]
    assert (first == ["成果指標", "基準年度値", "実績（確定値）"]) is two_rows


def _rowspan_header(level_mate: bool, figure_beside: bool = False) -> list[list[str]]:
    # a header band set at the leading: No. centred on it, 増減（Ａ） over －（Ｂ） centred on it too
    # (a rowspan cell), beside 平成30年度 over （2018年度） ending inside its first line and 国・県補助
    # over 金 starting on its second (corpus seed 519 budget_main_projects in pdf_rules, dev5);
    # level_mate: a cell of another column starts level with 増減（Ａ）
    pitch = 9.6
    ps = [piece(0, 14.4, "No", 0, 18), piece(1, pitch, "増減（Ａ）", 100, 45), piece(1, 2 * pitch, "－（Ｂ）", 104, 36),
          piece(2, 0, "平成30年度", 200, 45), piece(2, pitch, "（2018年度）", 196, 54),
          piece(3, 2 * pitch, "国・県補助", 300, 45), piece(3, 3 * pitch, "金", 318, 9),
          piece(4, 50, "介護予防推", 400, 45), piece(4, 50 + pitch, "進事業", 400, 27), piece(1, 54.8, "88,908", 110, 30)]
    if level_mate:
        ps.append(piece(5, pitch, "目標値", 500, 27))
    if figure_beside:  # body rows: a figure level with the lower line (実績 over めざす値 of two indicators)
        ps.append(piece(6, 2 * pitch, "78.71", 600, 25))
    return texts(pieces_to_rows(ps))


def test_a_rowspan_header_centred_on_the_band_stays_one_cell() -> None:
    assert "増減（Ａ）\n－（Ｂ）" in _rowspan_header(level_mate=False)[0] + _rowspan_header(level_mate=False)[1]


def test_lines_beside_a_figure_are_body_rows_parted_where_the_next_row_starts() -> None:
    # corpus seed 709 kpi_year_matrix in html_borderless: 実績 | めざす値 of two indicators' sub-rows
    assert not any("増減（Ａ）\n－（Ｂ）" in row for row in _rowspan_header(level_mate=False, figure_beside=True))


def test_a_header_opening_a_row_level_with_another_is_parted_where_the_next_row_starts() -> None:
    assert not any("増減（Ａ）\n－（Ｂ）" in row for row in _rowspan_header(level_mate=True))


def test_a_line_spanning_columns_is_a_cell_of_its_own() -> None:
    # （1）健康づくりの推進 set from the table's edge over 2015年度's column, at the leading of the
    # rows above and below: no line of KPI's cell nor of 世帯数's.
    pitch = 13.0
    ps = [piece(0, 0, "KPI", 55, 13), piece(1, 0, "2015年度", 94, 36), piece(2, 0, "実績（確定値）", 142, 63),
          piece(2, pitch, "R2", 142, 9), piece(0, pitch, "（1）健康づくりの推進", 55, 94),
          piece(0, 2 * pitch, "世帯数", 55, 27), piece(1, 2 * pitch, "9,658", 107, 23)]
    assert [row[0] for row in texts(pieces_to_rows(ps))] == ["KPI", "（1）健康づくりの推進", "世帯数"]


def _card_below_a_wrapped_name(pitch: float, wrap_leading: float, n_rows: int = 3) -> list[Piece]:
    """A card (corpus seed 2 kpi_cards, reportlab): a name wrapped over two lines at wrap_leading
    beside its label centred on them, then three rows of one line each at pitch, every label as
    wide as the column (so each reads as full) and the text line the value column's widest."""
    top = 0.0
    ps = [Piece("結婚・子育ての希望がかなう", (121, top, 235, top + 9.5), 1),
          Piece("と感じる市民の割合", (121, top + wrap_leading, 200, top + wrap_leading + 9.5), 1),
          Piece("成果指標", (44, top + wrap_leading / 2, 115, top + wrap_leading / 2 + 9.5), 0)]
    first = top + wrap_leading + pitch
    for k, (label, value) in enumerate([("事業概要事業概要", "観光情報の発信及び誘客イベントを実施する"),
                                        ("基準年度値（R4）", "24.4%"), ("目標数値（R9）", "…")][:n_rows]):
        t = first + k * pitch
        ps += [Piece(label, (44, t, 115, t + 9.5), 0), Piece(value, (121, t, 121 + 9.5 * len(value), t + 9.5), 1)]
    return ps


@pytest.mark.parametrize(("n_rows", "split"), [(3, True), (2, False)])
def test_rows_set_in_lockstep_below_a_wrapped_name_are_rows(n_rows: int, split: bool) -> None:
    # The labels, each as wide as the column, read as wrapped at the rows' gap, and the value
    # column's widest line too: without the lockstep the three rows are one cell. Three tops
    # where both columns start a line at one pitch (MIN_PITCH_LINES) are rows; two prove nothing.
    got = texts(pieces_to_rows(_card_below_a_wrapped_name(16.4, 11.4, n_rows)))
    assert rows.MIN_PITCH_LINES / 2 < 2 < rows.MIN_PITCH_LINES <= 3 < 2 * rows.MIN_PITCH_LINES
    assert (len(got) == 1 + n_rows) is split
    if split:
        assert got[0] == ["成果指標", "結婚・子育ての希望がかなう\nと感じる市民の割合"]


def test_a_note_below_a_card_set_in_lockstep_leaves_its_rows_apart() -> None:
    # corpus seed 1 kpi_cards (WeasyPrint): five one-line rows at one pitch, the labels read as
    # wrapped (the longest fills the column), and a ※ note below in the label column, so that
    # no longer every column holds a line at every top: the rows stay rows.
    labels = ["施策", "重要業績評価指標", "単位", "現況値（2021年度（令和3年度））", "目標（2026年度（令和8年度））"]
    values = ["健康寿命の延伸", "観光消費額", "億円", "60.8※", "50.2"]
    ps = [Piece(t, (55, 13.0 * k, 55 + 9 * len(t) / 2 + 30, 13.0 * k + 9), 0) for k, t in enumerate(labels)]
    ps += [Piece(t, (206, 13.0 * k, 206 + 9 * len(t), 13.0 * k + 9), 1) for k, t in enumerate(values)]
    ps.append(Piece("※ 実績値は各年度末現在の数値", (46, 13.0 * 4 + 19.5, 176, 13.0 * 4 + 28.5), 0))
    got = texts(pieces_to_rows(ps))
    assert [r[0] for r in got[:5]] == labels
    assert all(len(r) == 2 for r in got[:5])


def test_a_name_wrapped_beside_a_centred_label_below_a_row_set_a_rows_gap_above_is_its_own_row() -> None:
    # corpus seed 18 kpi_cards (reportlab): 施策名 | 移住・定住の促進, then 重要業績評価指標 centred
    # beside 住み続けたいと思う / 中学生の割合 (set 2 pt apart), then four rows in lockstep 7 pt
    # apart. The first name's line sits a row's gap above the wrapped one: the lockstep rows
    # bound the leading below that gap, so the two names are two rows.
    def p(col: int, top: float, text: str, x0: float) -> Piece:
        return Piece(text, (x0, top, x0 + 9 * len(text), top + 10), col)
    ps = [p(0, 216.6, "施策名", 44), p(1, 216.6, "移住・定住の促進", 130),
          p(1, 233.6, "住み続けたいと思う", 130), p(0, 239.6, "重要業績評価指標", 44), p(1, 245.6, "中学生の割合", 130)]
    for k, (label, value) in enumerate([("担当課", "健康福祉課"), ("取組内容", "地域公共交通の運行経費を負担する"),
                                        ("基準値", "32.2%（2020年度）"), ("目標", "44.6%（2026年度）")]):
        ps += [p(0, 262.6 + 17 * k, label, 44), p(1, 262.6 + 17 * k, value, 130)]
    assert texts(pieces_to_rows(ps))[:2] == [["施策名", "移住・定住の促進"], ["重要業績評価指標", "住み続けたいと思う\n中学生の割合"]]


def test_a_header_line_ending_inside_a_bracket_is_continued_by_the_next() -> None:
    # corpus seed 12 budget_main_projects (pdf_borderless, page 2): 2024年度（ over 令和6年度）, a
    # neighbour's header ending above the second line and another starting on it (特定財源等 |
    # 対前年度増): no row starts inside an open bracket.
    ps = [Piece("2024年度（", (160, 63.1, 210, 73.1), 0), Piece("令和6年度）", (159, 75.1, 213, 85.1), 0),
          Piece("特定財源等", (392, 64.9, 442, 74.9), 1), Piece("対前年度増", (273, 75.1, 323, 85.1), 2)]
    assert "2024年度（\n令和6年度）" in [b for row in texts(pieces_to_rows(ps)) for b in row]


def test_rows_set_solid_part_a_description_wrapped_at_their_pitch() -> None:
    # No. | 担当課 | 事業内容 with no padding: each description wraps onto a second line at the
    # rows' very pitch (corpus seed 10 budget_main_projects); the one-line cells mark each row's top.
    pitch, width = 15.0, 60.0
    ps = []
    for r in range(3):
        top = r * 2 * pitch
        ps += [piece(0, top, str(r + 1)), piece(1, top, "総務課"),
               piece(2, top, "健康づくりの取組にポイン", width=width), piece(2, top + pitch, "トを付与する")]
    assert texts(pieces_to_rows(ps)) == [[str(r + 1), "総務課", "健康づくりの取組にポイン\nトを付与する"] for r in range(3)]


@pytest.mark.parametrize("beside", ["centred", "centred_by_a_tall_cell", "every_line"])
def test_a_cell_not_set_level_with_its_rows_top_is_not_parted(beside: str) -> None:
    # A name of three lines with its value on the second (centred; also beside a description as
    # tall as the name, corpus seed 10 budget_main_projects in pdf_grid), or a 施策 of two lines
    # with one indicator row beside each line: no line of it opens a row of its own.
    pitch = 11.0
    name = [piece(0, k * pitch, t, width=60.0) for k, t in enumerate(["中心市街地の歩行", "者通行量（休日", "）の割合"])]
    if beside.startswith("centred"):
        others = [piece(1, pitch, "1,482"), piece(1, 4 * pitch + 6, "1,500")]
        name.append(piece(0, 4 * pitch + 6, "人口"))
        if beside == "centred_by_a_tall_cell":
            others += [piece(2, k * pitch, t, width=60.0) for k, t in enumerate(["学校のＩＣＴ環境", "を整備し授業", "で活用する"])]
    else:
        name = name[:2]
        others = [piece(1, 0, "目標"), piece(2, 0, "100"), piece(1, pitch, "実績"), piece(2, pitch, "90")]
    table = pieces_to_rows([*name, *others])
    first = next(b for row in table for b in row if b[0].col == 0)
    assert [p.text for p in first][:2] == ["中心市街地の歩行", "者通行量（休日"]


@pytest.mark.parametrize(("n_cells", "min_cut", "cut"), [
    (2, cuts.MIN_CUT_YEARS, True), (1, cuts.MIN_CUT_YEARS, False), (1, cuts.MIN_CUT_YEARS // 2, True),
    (2, cuts.MIN_CUT_YEARS * 2, False)])
def test_years_cut_in_a_column_of_full_width_glyphs_are_joined(monkeypatch: pytest.MonkeyPatch, n_cells: int,
                                                                min_cut: int, cut: bool) -> None:
    # Ｈ２ over ２, Ｈ２ over ３ in a column two full-width glyphs wide (corpus seed 11 kpi_transposed,
    # html_borderless): each cell a year the engine cut, H22 and H23, not H2 and a stray digit.
    monkeypatch.setattr(cuts, "MIN_CUT_YEARS", min_cut)
    cells = [[piece(0, 30 * k, "Ｈ２", width=18.0), piece(0, 30 * k + 9, f"{'２３４'[k]}", width=9.0)] for k in range(n_cells)]
    assert cuts.cuts_years(cells, 18.0) is cut
    assert [t for t, _ in cell_lines(cells[0], 18.0, cut)] == (["Ｈ２２"] if cut else ["Ｈ２ ２"])


def test_values_stacked_in_cells_are_no_cut_years() -> None:
    cells = [[piece(0, 30 * k, "100", width=15.0), piece(0, 30 * k + 9, f"{200 + k}", width=15.0)] for k in range(3)]
    assert not cuts.cuts_years(cells, 15.0)


def test_a_unit_cut_after_its_hyphen_is_one_line() -> None:
    # 163,766t- over CO2 in a column a browser wrapped (corpus seed 15 kpi_progress, html_borderless)
    lines = [piece(0, 0, "163,766t-", width=45.0), piece(0, 9, "CO2", width=15.0)]
    assert [t for t, _ in cell_lines(lines, 45.0)] == ["163,766t-CO2"]
    assert [t for t, _ in cell_lines([piece(0, 0, "163,766", width=45.0), piece(0, 9, "CO2", width=15.0)], 45.0)] == ["163,766", "CO2"]


@pytest.mark.parametrize(("text", "whole"), [
    ("869（Ｈ３０）", True),  # a value and the year it was measured: one reading
    ("38.0(R1)", True),
    ("1,234 (2019年度)", True),
    ("12(見込)", False),  # a bracket holding no year
    ("(H30)", False),  # a year alone
    ("11人(延べ107日)(H28)", False),  # two readings
    ("15.(H30)", False),  # a number cut after its separator
])
def test_a_value_with_its_year_in_brackets_is_whole(text: str, whole: bool) -> None:
    assert rows.is_whole_value(text) is whole


def test_two_rows_of_dated_values_beside_names_and_units_that_read_as_full_are_rows() -> None:
    # ごみ排出量（1人1日当たり） over 婚姻件数, 5 pt apart (under WRAP_GAP_MAX_EM of a line), beside g over 件, 869（Ｈ３０） over
    # 539（Ｈ２９） and 1073 over 528: each column's first line is its widest, so it reads as full,
    # yet two pairs of whole readings show rows, not one cell glued into 1073528 (corpus seed 528
    # kpi_baseline_target, pdf_borderless and html_borderless: a group label centred beside both)
    ps = [piece(0, 0, "ごみ排出量（1人1日当たり）", 0, 119), piece(0, 14, "婚姻件数", 0, 40),
          piece(1, 0, "g", 125, 5.5), piece(1, 14, "件", 125, 10),
          piece(2, 0, "869（Ｈ３０）", 150, 50), piece(2, 14, "539（Ｈ２９）", 150, 50),
          piece(3, 0, "1073", 226, 25), piece(3, 14, "528", 232, 19)]
    assert texts(pieces_to_rows(ps)) == [["ごみ排出量（1人1日当たり）", "g", "869（Ｈ３０）", "1073"],
                                         ["婚姻件数", "件", "539（Ｈ２９）", "528"]]


def _name_beside_a_group_label(value_top: float) -> list[Piece]:
    """地域の魅力を / 発信する / イベントへの参 / 加者数（人） at a 2 pt leading, a value at value_top,
    and a group label of two lines that the next row shares, starting level with the name's last
    line (corpus seed 521 kpi_progress, pdf_borderless)."""
    names = ("地域の魅力を", "発信する", "イベントへの参", "加者数（人）")
    ps = [piece(1, 11.0 * k, name, 100, 50) for k, name in enumerate(names)]
    ps += [piece(0, 33.3, "関係人口の拡", 0, 55), piece(0, 44.7, "大", 0, 9)]
    ps += [piece(1, 50.0, "農業産出額", 100, 50), piece(2, 50.0, "5,808", 200, 25)]
    return ps + [piece(2, value_top, "515", 210, 15)]


def test_a_value_centred_on_a_name_keeps_its_last_line_beside_a_group_label_level_with_it() -> None:
    # the name runs 0 to 42 (middle 21); 515 centred on it (16.5 to 25.5) is a row-mate of all four lines
    rows_ = texts(pieces_to_rows(_name_beside_a_group_label(16.5)))
    assert ["地域の魅力を\n発信する\nイベントへの参\n加者数（人）", "515"] in [r[-2:] for r in rows_]


def test_a_value_off_the_names_middle_ends_a_row_above_a_line_level_with_a_new_cell() -> None:
    # 515 set 20 to 29, its middle 3.5 pt below the name's (more than OVERLAP_SHARE of its height),
    # ending above the last line's middle: the last line opens a row with the group label
    rows_ = texts(pieces_to_rows(_name_beside_a_group_label(20.0)))
    assert not any("地域の魅力を\n発信する\nイベントへの参\n加者数（人）" in r for r in rows_)


def test_a_cell_centred_on_the_break_of_two_header_lines_still_parts_them() -> None:
    # KPI centred on 現況値 over Ｈ２６ (4 pt apart, at the leading), years starting under blank
    # group cells beside the second line: two header rows, KPI spanning both, not 現況値 wrapped
    # over Ｈ２６ (corpus seed 504 kpi_year_matrix in html_borderless, its boxes)
    xs = [129.7, 168.7, 203.2, 237.7, 272.2, 302.2, 336.7, 366.7]
    ps = [piece(0, 93.3, "KPI", 54.7, 13.5), piece(1, 86.8, "現況値", 129.7, 27), piece(2, 86.8, "実績", 168.7, 18),
          piece(4, 86.8, "到達目標", 237.7, 36), piece(0, 112.8, "①観光入込客数", 54.7, 63)]
    ps += [piece(k, 99.8, "Ｈ２６" if k == 1 else f"Ｒ{k}", x, 27 if k == 1 else 18) for k, x in enumerate(xs, start=1)]
    assert texts(pieces_to_rows(ps))[0] == ["KPI", "現況値", "実績", "到達目標"]
    assert texts(pieces_to_rows(ps[:4] + ps[5:]))[0] == ["KPI", "現況値", "実績", "到達目標"]  # the header apart (cells._grouped_rows)
PITCH = 11.3  # lines of one cell, Chromium at 9 pt
PAD = 2.3  # between two rows


def sub_rows(top: float, name: str | None, values: tuple[str, str]) -> list[list[list[Piece]]]:
    """One indicator as Chromium centres it: 目標 (one line) over 実績値（年度 / 末） (two lines), each
    row's cells centred on it, the name (one line) centred over both rows."""
    second = top + H + PAD
    middle = second + PITCH / 2  # a one-line cell centred on the two-line row
    upper = [[piece(1, top, "目標")], [piece(2, top, values[0])], [piece(3, top, values[1])]]
    lower = [[piece(1, second, "実績値（年度"), piece(1, second + PITCH, "末）")], [piece(2, middle, values[1])],
             [piece(3, middle, values[0])]]
    if name is not None:
        lower.append([piece(0, (top + second + PITCH + H) / 2 - H / 2, name)])
    return [upper, lower]


def header(top: float) -> list[list[list[Piece]]]:
    # a year wrapped in its head (Ｈ３ / ０) holds one figure: no body row (MIN_VALUE_COLUMNS)
    return [[[piece(0, top, "指標")], [piece(1, top, "種別")], [piece(2, top, "Ｒ６")], [piece(3, top - H / 2, "Ｈ３"), piece(3, top + H / 2, "０")]]]


def test_names_centred_over_two_sub_rows_head_the_upper_when_the_first_row_goes_unnamed() -> None:
    step = 2 * H + PITCH + 2 * PAD
    table = header(0.0) + sub_rows(20.0, "保育所入所率", ("76.5", "78.3")) + sub_rows(20.0 + step, "要介護認定率", ("19.6", "21.4"))
    lifted = rows.lift_centred_labels(table)
    # MIN_VALUE_COLUMNS (2): halved, the header (its wrapped year) is the first body row, named;
    # doubled, no row is: either way nothing moves
    assert [row[0] for row in texts(lifted)] == ["指標", "保育所入所率", "実績値（年度\n末）", "要介護認定率", "実績値（年度\n末）"]


def test_a_name_making_a_row_of_its_own_between_two_sub_rows_heads_the_upper() -> None:
    # 健康寿命（男性） | 歳 read as a row of no figures between 目標 and 実績値 (corpus seed 502)
    upper, lower = sub_rows(20.0, None, ("81.60", "80.22"))
    top, bottom = upper[0][0].bbox[1], lower[0][-1].bbox[3]
    middle = (top + bottom) / 2 - H / 2
    table = header(0.0) + [upper, [[piece(0, middle, "健康寿命")], [piece(1, middle, "歳")]], lower]
    assert texts(rows.lift_centred_labels(table))[1] == ["健康寿命", "目標", "歳", "81.60", "80.22"]


def test_a_row_whose_values_wrap_their_notes_is_no_name_between_two_rows() -> None:
    # ② holds 754人（延べ18,850 over 日） in each value column: values, read with their wrapped
    # notes, so the group label centred over ① … ③ beside it does not fold ② up into ① (corpus
    # seed 704 kpi_progress in pdf_rules)
    def row(top: float, name: str, values: tuple[str, str]) -> list[list[Piece]]:
        return [[piece(1, top, name)], [piece(2, top, values[0])], [piece(3, top, values[1])]]
    second = 20.0 + H + 3 * PAD
    wrapped = [[piece(1, second, "②登録者数")], [piece(2, second, "754人（延べ18,850"), piece(2, second + PITCH, "日）")],
               [piece(3, second, "482人（延べ16,388"), piece(3, second + PITCH, "日）")]]
    third = second + PITCH + H + 3 * PAD
    label = [piece(0, (20.0 + third + H) / 2 - H / 2, "移住・定住の促進")]
    table = header(0.0) + [row(20.0, "①人口", ("3,402", "3,017")), [label, *wrapped], row(third, "③件数", ("48", "52"))]
    assert rows.lift_centred_labels(table) == table


def test_a_named_first_row_leaves_the_names_where_they_are() -> None:
    # the first body row named (a name top-aligned in its row): the rows below keep their names
    step = 2 * H + PITCH + 2 * PAD
    first = [[[piece(0, 20.0, "人口")], [piece(1, 20.0, "目標")], [piece(2, 20.0, "1,200")], [piece(3, 20.0, "1,300")]]]
    table = header(0.0) + first + sub_rows(20.0 + H + PAD, "保育所入所率", ("76.5", "78.3"))
    assert rows.lift_centred_labels(table) == table


def _first_name_over_both_sub_rows(shift: float) -> list[list[list[Piece]]]:
    """相談員の活動日数（延 / べ日数） centred over its two sub-rows, shift pt down, its first line beside
    the upper; then 創業件数 | 件 centred over the next two, level with the lower sub-row's first line."""
    upper, lower = sub_rows(20.0, None, ("105", "171"))
    middle = (upper[0][0].bbox[1] + lower[0][-1].bbox[3]) / 2 + shift
    name = [piece(0, middle - PITCH / 2 - H / 2, "相談員の活動日数（延"), piece(0, middle - PITCH / 2 - H / 2 + PITCH, "べ日数）")]
    step = 2 * H + PITCH + 2 * PAD
    second = sub_rows(20.0 + step, "創業件数", ("27", "34"))
    second[1].append([piece(4, second[1][-1][0].bbox[1], "件")])
    return header(0.0) + [[*upper, name], lower] + second


@pytest.mark.parametrize(("shift", "lifted"), [(0.0, True), (-11.3, False)])
def test_names_centred_over_sub_rows_head_the_upper_though_the_first_name_reaches_its_row(shift: float, lifted: bool) -> None:
    # corpus seed 807 kpi_year_matrix chromium_borderless: the first name, two lines centred over its
    # sub-rows, reaches the upper one's line, so the first row of figures is named; the names are
    # centred all the same, and 創業件数 | 件, level with the lower sub-row, head the upper (its 最新値
    # row read under ごみ排出量 before). Set level with its first row (shifted up), the first name
    # shows names sit in their rows: nothing moves.
    table = _first_name_over_both_sub_rows(shift)
    out = texts(rows.lift_centred_labels(table))
    assert (["創業件数", "目標", "27", "34", "件"] in out) is lifted
    assert (out == texts(table)) is not lifted


def test_a_name_centred_over_a_row_of_no_figures_and_its_own_stays() -> None:
    # html_borderless seed 717 kpi_year_matrix: a name set a glyph a line (相件値, a piece of ⑤移住相談件数
    # beside 件 and 値) beside a row's figures, under a 実績 row holding none: no sub-row of figures
    # above to head, it stays with its figures
    table = _first_name_over_both_sub_rows(0.0)
    table[-2] = table[-2][:1]  # the second indicator's upper row: 目標 alone
    out = texts(rows.lift_centred_labels(table))
    assert ["創業件数", "実績値（年度\n末）", "34", "27", "件"] in out


def test_a_line_whose_box_took_another_columns_line_measures_no_leading() -> None:
    # corpus seed 736 kpi_year_matrix in pdf_rules, dev5 wordings: a name wrapped at 10.8 pt
    # (9 pt lines) beside a sub-row label wrapped at the same pitch 2.5 pt higher; the name's
    # third line read on one page line with the label's third, its box reaching the label's top
    # (11.5 pt tall, overlapping the line above by 0.7 pt): the leading is the 1.8 pt the other
    # wraps show, not nothing, and each name and label is one cell
    pitch, tall = 10.8, 11.5
    ps = [piece(0, 0, "ボランティ"), piece(0, pitch, "ア派遣日数"),
          Piece("（延べ日数）", (0.0, 2 * pitch - 2.5, 25.0, 2 * pitch + H), 0), piece(0, 3 * pitch, "（日）"),
          piece(1, -2.5, "目標値（計"), piece(1, pitch - 2.5, "画期間最終"), piece(1, 2 * pitch - 2.5, "年度）"),
          piece(1, 3 * pitch + 2.0, "最新実績値"), piece(2, pitch - 2.5, "241"), piece(2, 3 * pitch + 2.0, "174")]
    assert ps[2].height == pytest.approx(tall)
    assert wrap_gap_limit(ps) == pytest.approx(pitch - H + max(rows.WRAP_GAP_TOL_PT, rows.WRAP_GAP_TOL_EM * H))
    assert texts(pieces_to_rows(ps))[0][:2] == ["ボランティ\nア派遣日数\n（延べ日数）\n（日）", "目標値（計\n画期間最終\n年度）"]


def _unit_between(unit_top: float, unit: str = "千円") -> list[list[list[Piece]]]:
    """ふるさと納税寄附額 wrapped over two sub-rows (実績値 | 600,219 at 1, 計画 | 456,810 at 19) and a
    unit at unit_top between them (corpus seed 808 kpi_year_matrix in pdf_rules)."""
    upper = [[piece(0, 0, "ふるさと"), piece(0, 10, "納税寄附"), piece(0, 20, "額")], [piece(2, 1, "実績値")], [piece(3, 1, "600,219")]]
    return [upper, [[piece(1, unit_top, unit)]], [[piece(2, 19, "計画")], [piece(3, 19, "456,810")]]]


@pytest.mark.parametrize("unit_top, folded", [(10.0, True), (12.0, True), (14.0, False)])
def test_a_unit_centred_on_its_indicator_s_two_sub_rows_is_the_upper_row_s(unit_top: float, folded: bool) -> None:
    # centred on 1 .. 28 within OVERLAP_SHARE of its height (2.7 pt): the upper row's; further off, a row of its own
    out = rows.fold_centred_cells(_unit_between(unit_top))
    assert len(out) == (2 if folded else 3)
    assert not folded or "千円" in texts(out)[0]


def test_a_row_holding_a_figure_between_sub_rows_stays_a_row() -> None:
    assert len(rows.fold_centred_cells(_unit_between(10.0, "1,234"))) == 3


def _solid_two_rows() -> list[Piece]:
    # corpus seed 844 kpi_baseline_target in calc_borderless: Calc sets a table's rows at the leading
    # of a wrapped cell (rows 15.5 pt apart, 9 pt lines); two header lines per value column, the
    # second (the year) the widest line of its column, over the first figure; two rows of a 施策
    # and a name each, the first row's the widest of their columns; one pair of figures a row apart
    pitch, w = H + 6.5, 5.0
    ps = [piece(0, pitch / 2, "具体的な施策", 0, 6 * w), piece(1, pitch / 2, "KPI", 100, 3 * w)]
    for col, (head, year, first, second) in enumerate(
            [("現状値", "（2021年度（令和3年度））", "２１８８", "…"), ("目標数値", "（2026年度（令和8年度））", "２３２０", "１８．０")], start=2):
        x = 100.0 * col
        ps += [piece(col, 0, head, x, 3 * w), piece(col, pitch, year, x, 11 * w),
               piece(col, 2 * pitch, first, x + 7 * w, 4 * w), piece(col, 3 * pitch, second, x + 7 * w, 4 * w)]
    names = [("安全・安心なまちづくり", "製造品出荷額"), ("関係人口の拡大", "観光消費額")]
    return ps + [piece(col, (2 + k) * pitch, text, 100.0 * col, len(text) * w)
                 for k, row in enumerate(names) for col, text in enumerate(row)]


def test_a_header_over_the_first_figure_is_no_wrap_measuring_the_leading() -> None:
    # the year lines read as full (the widest of their columns) over ２１８８ and ２３２０: counted as
    # wraps, with the names they outnumbered the one pair of figures a row apart, and the two rows
    # were read as one (製造品出荷額 / 観光消費額 beside ２３２０ / １８．０)
    out = texts(pieces_to_rows(_solid_two_rows()))
    assert ["安全・安心なまちづくり", "製造品出荷額", "２１８８", "２３２０"] in out
    assert ["関係人口の拡大", "観光消費額", "…", "１８．０"] in out


def test_a_text_line_over_a_value_is_no_wrap_a_words_continuation_is() -> None:
    assert rows._text_over_value(piece(1, 0, "（2021年度（令和3年度））"), piece(1, 16, "２１８８"))
    assert not rows._text_over_value(piece(0, 0, "安全・安心なまちづく"), piece(0, 16, "り"))
    assert not rows._text_over_value(piece(1, 0, "4278"), piece(1, 16, "5"))  # a number cut by a wrap: cuts decide
    # a figure cut after its point or inside a group, full-width or not, is no text over a value
    assert not rows._text_over_value(piece(1, 0, "２０．"), piece(1, 16, "１"))
    assert not rows._text_over_value(piece(1, 0, "15."), piece(1, 16, "6"))
    assert not rows._text_over_value(piece(1, 0, "337,76"), piece(1, 16, "9"))


def _typst_card() -> list[Piece]:
    """corpus seed 980 kpi_cards in typst_borderless: lines 10.5 pt high, rows 1 pt apart (an inset
    of 2 pt less the line box), a cell's wrapped lines 3.8 pt apart (a leading of 0.65 em)."""
    def p(col: int, top: float, text: str, x1: float) -> Piece:
        return Piece(text, ((61.7, 380.3)[col], top, x1, top + 10.5), col)
    return [p(0, 314.4, "成果指標", 103.7), p(1, 314.4, "関係人口（登録者数）", 475.0),
            p(0, 325.9, "取組内容", 103.7), p(1, 325.9, "観光情報の発信及び誘客イベント", 529.4),
            p(1, 340.2, "を実施する", 428.4),
            p(0, 351.7, "単位", 82.7), p(1, 351.7, "人", 390.8),
            p(0, 363.2, "策定時（2022年度）", 153.5), p(1, 363.2, "４，０２２", 408.6),
            p(0, 374.7, "目標水準（2027年度）", 164.0), p(1, 374.7, "年２，７４２人（4年間で１０，９６８人）", 523.6)]


def test_rows_padded_less_than_a_cells_leading_are_rows_at_the_padding() -> None:
    # The wrapped value shows the leading (3.8 pt), the three rows in lockstep below show the
    # padding (1 pt): the key and value above, set at the padding, are two rows, not one cell.
    got = texts(pieces_to_rows(_typst_card()))
    assert got[:3] == [["成果指標", "関係人口（登録者数）"], ["取組内容", "観光情報の発信及び誘客イベント\nを実施する"], ["単位", "人"]]


def test_lines_at_the_padding_open_no_cell_where_the_padding_is_the_leading() -> None:
    ps = _typst_card()
    tol = rows.line_tol(ps)
    padding = 1.0
    assert rows.padding_openers(ps, padding + 2.5 * tol)
    assert not rows.padding_openers(ps, padding + 1.5 * tol) and not rows.padding_openers(ps, None)


def test_a_key_as_wide_as_its_column_over_the_next_key_is_no_wrap_where_a_narrower_line_proves_the_leading() -> None:
    # corpus seed 560 kpi_cards in typst_borderless: 施策名 is as wide as 当初値 and 目標値, so it
    # reads as full over KPI (1 pt below: the rows' padding); 住み続けたいと思う, narrower than its
    # column's widest line, wraps into 中学生の割合 3.9 pt below: the leading. The keys, flush left,
    # show the rows' padding, and the lines set at it open cells.
    def p(col: int, top: float, text: str, x1: float) -> Piece:
        return Piece(text, ((61.7, 177.3)[col], top, x1, top + 10.5), col)
    ps = [p(0, 105.2, "施策名", 93.2), p(1, 105.2, "関係人口の拡大", 250.4), p(0, 116.7, "KPI", 80.0),
          p(1, 116.7, "住み続けたいと思う", 263.7), p(1, 131.1, "中学生の割合", 239.9), p(0, 142.6, "当初値", 93.2),
          p(1, 142.6, "調査なし", 215.9), p(0, 154.1, "目標値", 93.2), p(1, 154.1, "41.9 %（2026 年度）", 270.8)]
    assert texts(pieces_to_rows(ps)) == [["施策名", "関係人口の拡大"], ["KPI", "住み続けたいと思う\n中学生の割合"],
                                         ["当初値", "調査なし"], ["目標値", "41.9 %（2026 年度）"]]


def test_a_figure_under_a_full_figure_vouches_for_no_leading() -> None:
    # corpus seed 502 kpi_cards in calc_borderless: 観光情報の発信及び誘客イベ, its column's widest
    # line, wraps into ントを実施する set solid under it; １，８０５人（延べ５９，５６５日） reads as full
    # over the next row's figure, 6.5 pt below: no wrap, so the solid one stays the leading.
    def p(col: int, top: float, text: str, x1: float) -> Piece:
        return Piece(text, ((55.0, 133.8)[col], top, x1, top + 10.0), col)
    ps = [p(0, 241.3, "担当部局", 95.0), p(1, 241.3, "健康福祉課", 183.8), p(0, 264.5, "取組内容", 95.0),
          p(1, 259.5, "観光情報の発信及び誘客イベ", 260.3), p(1, 269.5, "ントを実施する", 195.4),
          p(0, 287.7, "基準年度値（R6）", 128.8), p(1, 287.7, "１，８０５人（延べ５９，５６５日）", 252.7),
          p(0, 304.2, "目指す値（R12）", 124.1), p(1, 304.2, "２，２８６人（延べ５７，１５０日）", 252.2)]
    got = texts(pieces_to_rows(ps))
    assert [r[0] for r in got] == ["担当部局", "取組内容", "基準年度値（R6）", "目指す値（R12）"]
    assert got[1][1] == "観光情報の発信及び誘客イベ\nントを実施する"


def _typst_key_card(lone_gap: float = 3.83, tail: str = "年間１，５４７人（4年間で６，１８８人）") -> list[Piece]:
    """corpus seed 841 kpi_cards in typst_borderless: rows 1 pt apart, the value wrapped lone_gap
    below its first line; 当初値（H28） reads as full over 到達目標（R4）, the column's widest."""
    def p(col: int, top: float, text: str, x1: float) -> Piece:
        return Piece(text, ((61.7, 380.3)[col], top, x1, top + 10.5), col)
    second = 224.75 + 10.5 + lone_gap
    rows_below = [second + 11.506 * k for k in range(1, 4)]
    return [p(0, 213.24, "成果指標", 103.7), p(1, 213.24, "転入者数", 422.3),
            p(0, 224.75, "取組内容", 103.7), p(1, 224.75, "新婚世帯の住居費・引越費用を支", 530.0),
            p(1, second, "援する", 409.5),
            p(0, rows_below[0], "単位", 82.7), p(1, rows_below[0], "人", 390.8),
            p(0, rows_below[1], "当初値（H28）", 125.5), p(1, rows_below[1], "２，１３７", 407.4),
            p(0, rows_below[2], "到達目標（R4）", 128.2), p(1, rows_below[2], tail, 528.4)]


def test_a_complete_key_reading_as_full_at_the_gap_a_key_over_its_figure_shows_is_no_wrap() -> None:
    # 当初値（H28） over 到達目標（R4） and 人 over ２，１３７ sit 1 pt apart; the wrapped value 3.8 pt:
    # a cell's lines stand at one leading, and the gap a text over a figure shows is the rows'.
    got = texts(pieces_to_rows(_typst_key_card()))
    assert got == [["成果指標", "転入者数"], ["取組内容", "新婚世帯の住居費・引越費用を支\n援する"], ["単位", "人"],
                   ["当初値（H28）", "２，１３７"], ["到達目標（R4）", "年間１，５４７人（4年間で６，１８８人）"]]


def test_past_padding_keeps_the_wraps_where_no_wider_wrap_stands() -> None:
    tol, most = 1.05, 7.9
    assert wrap_gaps.past_padding([1.0, 3.8], [1.0], tol, most) == [3.8]
    assert wrap_gaps.past_padding([1.0, 1.9], [1.0], tol, most) == [1.0, 1.9]  # within tol: one leading
    assert wrap_gaps.past_padding([1.0], [1.0], tol, most) == [1.0]
    assert wrap_gaps.past_padding([1.0, 3.8], [], tol, most) == [1.0, 3.8]
    assert wrap_gaps.past_padding([1.0, 12.6], [1.0], tol, most) == [1.0, 12.6]  # wider than any leading: no proof
    assert wrap_gaps.past_padding([0.0, 4.05], [0.0], tol, most) == [0.0, 4.05]  # text over a value set solid: no padding shown


def _typst_card_of_figures(lone_gap: float) -> list[Piece]:
    """corpus seed 983 kpi_cards in typst_borderless: 39 over 45 (two rows of whole values) 1 pt
    apart, the keys flush left 1 pt apart, the wrapped value lone_gap below its first line."""
    def p(col: int, top: float, text: str, x1: float) -> Piece:
        return Piece(text, ((61.7, 380.3)[col], top, x1, top + 10.5), col)
    second = 193.58 + 10.5 + lone_gap
    below = [second + 11.506 * k for k in range(1, 4)]
    return [p(0, 170.57, "施策", 82.7), p(1, 170.57, "総所得の向上", 442.9), p(0, 182.08, "KPI", 80.0),
            p(1, 182.08, "移住相談件数", 443.3), p(0, 193.58, "取組内容", 103.7),
            p(1, 193.58, "健康づくりの取組にポイントを付与", 531.0), p(1, second, "する", 399.0),
            p(0, below[0], "単位", 82.7), p(1, below[0], "件", 390.8), p(0, below[1], "計画策定時（Ｈ３１）", 145.6),
            p(1, below[1], "39", 393.3), p(0, below[2], "目標値（最終年度）", 144.5), p(1, below[2], "45", 393.3)]


def test_a_lone_wrap_wider_than_rows_of_figures_shows_the_leading_of_rows_padded_less() -> None:
    # 39 over 45 bound the leading at the rows' 1 pt gap; the wrapped value, nothing beside its
    # second line, 3.8 pt below: rows padded less than lines are led.
    got = texts(pieces_to_rows(_typst_card_of_figures(3.83)))
    assert ["取組内容", "健康づくりの取組にポイントを付与\nする"] in got
    assert [r[0] for r in got] == ["施策", "KPI", "取組内容", "単位", "計画策定時（Ｈ３１）", "目標値（最終年度）"]


def test_a_lone_wrap_shows_a_leading_only_padded_apart_from_the_rows() -> None:
    tol = rows.line_tol(_typst_card_of_figures(3.83))
    padding = 11.506 - 10.5
    assert rows.lone_wrap_leading(_typst_card_of_figures(3.83)) == pytest.approx(3.83)
    # PADDED_LESS_TOLS: a gap 1.5 line_tols past the padding is no proof of a wider leading
    assert rows.lone_wrap_leading(_typst_card_of_figures(padding + 1.5 * tol)) is None
    assert rows.lone_wrap_leading(_typst_card_of_figures(padding + 2.5 * tol)) == pytest.approx(padding + 2.5 * tol)


def test_a_lone_wrap_beside_another_columns_line_shows_no_leading() -> None:
    ps = _typst_card_of_figures(3.83)
    second = next(p for p in ps if p.text == "する")
    ps.append(Piece("備考", (61.7, second.bbox[1], 82.7, second.bbox[3]), 0))
    assert rows.lone_wrap_leading(ps) is None


@pytest.mark.parametrize("marker", ["…", "集計中", "―"])
def test_a_first_row_with_a_figure_not_yet_reported_is_named_and_names_stay(marker: str) -> None:
    # corpus seed 739 kpi_year_matrix in typst_borderless: each name set at its rows' top, its 実績値
    # a glyph a line; the first row holds １５．０ and a marker for a figure not yet reported, so
    # it is the first row of figures, named: 新規雇用者数, level with its own 実績値 though centred
    # over the 計画 row above and it, is not lifted into that row.
    def glyphs(top: float, text: str) -> list[Piece]:
        return [piece(1, top + 12.284 * k, ch) for k, ch in enumerate(text)]
    table = header(110.0) + [
        [[piece(0, 130.555, "要介護認定率（%）")], glyphs(130.555, "実績値"), [piece(2, 142.8, "１５．０")], [piece(3, 142.8, marker)]],
        [glyphs(165.556, "計画"), [piece(2, 171.7, "１６．４")], [piece(3, 171.7, "２０．７")]],
        [[piece(0, 188.273, "新規雇用者数（人）")], glyphs(188.273, "実績値"), [piece(2, 200.5, "１４４")], [piece(3, 200.5, "１８６")]],
        [glyphs(223.274, "計画"), [piece(2, 229.4, "１６３")], [piece(3, 229.4, "１５５")]]]
    assert rows.lift_centred_labels(table) == table
    assert rows._figure_columns(table[1]) == 2 and rows._value_columns(table[1]) == 1


def test_a_wrap_leaving_a_bracket_open_bounds_the_leading_from_below() -> None:
    tol = 1.05
    assert wrap_gaps.at_bracket_leading([1.0, 3.8], [3.8], tol) == [3.8]
    assert wrap_gaps.at_bracket_leading([1.0, 3.8], [], tol) == [1.0, 3.8]
    assert wrap_gaps.at_bracket_leading([2.9, 3.8], [3.8], tol) == [2.9, 3.8]  # within tol: one leading


def _typst_numbered_rows(pad: float = 1.006) -> list[Piece]:
    """corpus seed 875 kpi_baseline_target in typst_borderless: two numbered rows pad apart, each
    figure cell wrapped 3.8 pt below its first line; 1（2018 年度（平成 30 年度）） reads as full."""
    def p(col: int, x0: float, top: float, text: str, x1: float) -> Piece:
        return Piece(text, (x0, top, x1, top + 10.5), col)
    second = 320.955 + 10.5 + pad
    return [p(0, 59.0, 309.449, "（1）防災・減災の推進", 154.5), p(0, 61.7, 320.955, "①新規就農者数", 135.2),
            p(0, 61.7, second, "②子育て支援センター利用者数", 202.1),
            p(1, 218.7, 320.955, "1（2018 年度（平成 30 年度））", 353.7), p(1, 218.7, second, "7,199（平成 31 年度/令和元年", 359.9),
            p(1, 218.7, second + 14.331, "度）", 234.5),
            p(2, 380.3, 320.955, "1", 386.8), p(2, 380.3, second, "年間 5,493 人（5 年間で 27,465", 528.3),
            p(2, 380.3, second + 14.331, "人）", 396.1)]


def test_rows_every_column_starts_level_at_the_padding_are_rows_under_a_wider_leading() -> None:
    # the wraps leaving a bracket open show the leading (3.8 pt); the second row starts in every
    # column 1 pt under the first: the rows' padding, a row of its own
    got = texts(pieces_to_rows(_typst_numbered_rows()))
    assert ["①新規就農者数", "1（2018 年度（平成 30 年度））", "1"] in got
    assert ["②子育て支援センター利用者数", "7,199（平成 31 年度/令和元年\n度）", "年間 5,493 人（5 年間で 27,465\n人）"] in got


def test_a_row_every_column_starts_level_shows_the_padding() -> None:
    assert lockstep.row_padding(_typst_numbered_rows()) == pytest.approx(1.006)
    assert lockstep.row_padding(_typst_numbered_rows(2.5)) == pytest.approx(2.5)
    # a column holding no line at that top: no row shown across the table
    assert lockstep.row_padding([p for p in _typst_numbered_rows() if p.text != "年間 5,493 人（5 年間で 27,465"]) is None


def test_a_lone_line_under_the_rows_of_figures_is_read_again_line_by_line() -> None:
    # corpus seed 873 kpi_baseline_target in typst_borderless: 地域の魅力を発信する / イベントへの
    # 参加者数（人）, a name its author broke, 3.8 pt apart, the rows 1 pt: no wrap to show the leading,
    # every line a cell; the lone rest goes back to its name, the lines proving one leading
    def p(col: int, x0: float, top: float, text: str) -> Piece:
        return Piece(text, (x0, top, x0 + 10.5 * len(text), top + 10.5), col)
    tops = [148.332 + 11.506 * k for k in range(3)]
    ps = [p(0, 67.3, 125.32, "№"), p(1, 83.8, 125.32, "数値目標"), p(2, 345.6, 125.32, "現状値"), p(3, 424.9, 125.32, "目標値")]
    for k, (name, a, b) in enumerate([("がん検診受診率", "11.7", "11.7"), ("ごみ排出量（1人1日当たり）（g）", "734", "749"), ("地域の魅力を発信する", "380", "610")]):
        ps += [p(0, 67.3, tops[k], str(k + 1)), p(1, 83.8, tops[k], name), p(2, 374.0, tops[k], a), p(3, 453.3, tops[k], b)]
    ps.append(p(1, 83.8, tops[2] + 14.331, "イベントへの参加者数"))
    got = texts(pieces_to_rows(ps))
    assert got[-1] == ["3", "地域の魅力を発信する\nイベントへの参加者数", "380", "610"]


def test_a_lone_rest_is_folded_only_set_lower_than_a_row_of_its_own_from_its_cells_left_edge() -> None:
    def cell(col: int, x0: float, top: float, text: str) -> list[Piece]:
        return [Piece(text, (x0, top, x0 + 10.5 * len(text), top + 10.5), col)]
    row = [cell(0, 61.7, 159.8, "子ども医療費"), cell(1, 236.8, 159.8, "2,389.5"), cell(2, 321.0, 159.8, "48.6")]
    padding, tol = 1.006, 1.05
    def folded(top: float, text: str = "助成事業（18 歳まで）", x0: float = 61.7) -> bool:
        return len(lone_rests.fold_lone_rests([row, [cell(0, x0, top, text)]], padding, tol, frozenset())) == 1
    assert folded(159.8 + 10.5 + 3.83)  # the leading, wider than the rows' padding
    # PADDED_LESS_TOLS: a line 1.5 line_tols past the padding may start a row of its own; 2.5 may not
    assert not folded(159.8 + 10.5 + padding + 1.5 * tol) and folded(159.8 + 10.5 + padding + 2.5 * tol)
    assert not folded(159.8 + 10.5 + padding)  # a row of its own one line tall
    assert not folded(159.8 + 10.5 + 3.83, x0=56.7)  # set out of the column: a heading
    assert not folded(159.8 + 10.5 + 3.83, "※ 人口は各年10月1日現在")  # a note under the table
    assert not folded(159.8 + 10.5 + 3.83, "1,234")  # a figure
    assert len(lone_rests.fold_lone_rests([row, [cell(0, 61.7, 174.2, "助成事業")]], None, tol, frozenset())) == 2


def test_a_name_running_on_narrower_than_the_names_lead_is_the_next_rows() -> None:
    # corpus seed 826 budget_supplementary in typst_borderless: 子ども医療費 / 助成事業（18 歳まで） shows
    # the names' leading (3.8 pt); 結婚新生活支援事業 over 商店街活性化事業, 1 pt apart (the rows'
    # padding), though it reads as full, is no run-on
    def p(top: float, text: str) -> Piece:
        return Piece(text, (61.7, top, 61.7 + 10.5 * len(text), top + 10.5), 0)
    at = subrow_names._at_name_leading([[[p(159.8, "子ども医療費"), p(174.2, "助成事業")]]])
    assert at(p(136.8, "結婚新生活支援事業"), p(148.3 + 3.8, "商店街活性化事業"))
    assert not at(p(136.8, "結婚新生活支援事業"), p(148.3, "商店街活性化事業"))
    assert subrow_names._at_name_leading([[[p(159.8, "子ども医療費")]]])(p(136.8, "結婚"), p(148.3, "商店街"))


def test_a_line_level_with_a_row_opened_at_the_padding_across_the_table_opens_its_cell() -> None:
    # corpus seed 886 kpi_baseline_target in typst_borderless: 方向 (a taller header cell) over 関係人
    # at the rows' padding (1 pt); （2020 年）, the header's last line in its column, 3.8 pt (the
    # leading) over 28 人, level with 関係人: every column starts a line there, a row across the table
    def p(col: int, x0: float, top: float, text: str, x1: float) -> Piece:
        return Piece(text, (x0, top, x1, top + 10.5), col)
    ps = [p(0, 66.6, 105.214, "基本的", 98.1), p(0, 71.8, 119.545, "方向", 92.8), p(0, 61.7, 131.051, "関係人口の拡大", 135.2),
          p(1, 239.7, 105.214, "目標値", 271.2), p(1, 230.5, 116.72, "（2020 年）", 280.3),
          p(1, 215.4, 131.051, "28 人（延べ 769", 289.2), p(1, 215.4, 145.382, "日）", 231.3),
          p(0, 61.7, 156.888, "転出者数", 103.7), p(1, 215.4, 156.888, "741 人", 248.4)]
    tol = rows.line_tol(ps)
    opens = lockstep.padding_openers(ps, 3.831 + tol)
    assert {q.text for q in ps if id(q) in opens} >= {"関係人口の拡大", "28 人（延べ 769"}
    got = texts(pieces_to_rows(ps))
    assert ["関係人口の拡大", "28 人（延べ 769\n日）"] in got and ["転出者数", "741 人"] in got
    # a column with no line at that top: no row across the table, the leading's reading stands
    assert not lockstep._row_mates([q for q in ps if q.text != "関係人口の拡大"], frozenset(), tol)


def _two_blocks_with_rests(rest_gap: float) -> list[Piece]:
    """corpus seed 736 kpi_baseline_target in typst_borderless: two blocks of indicators side by side
    (name | unit | figure twice), the rows 1 pt apart, each first row's name wrapped by its author
    over three lines 3.8 pt apart (no full line to show a leading), its last line rest_gap under the
    second beside the other block's."""
    def p(col: int, x0: float, top: float, text: str) -> Piece:
        return Piece(text, (x0, top, x0 + 10.5 * len(text), top + 10.5), col)
    ps = [p(0, 61.7, 105.2, "指標"), p(1, 146.7, 105.2, "単位"), p(2, 190.0, 105.2, "当初値"),
          p(3, 285.7, 105.2, "指標"), p(4, 406.7, 105.2, "単位"), p(5, 440.0, 105.2, "当初値")]
    top = 105.2 + 10.5 + 1.006
    ps += [p(0, 61.7, top, "①中心市街地の"), p(1, 148.0, top, "人"), p(2, 190.0, top, "24,675"),
           p(3, 285.7, top, "④結婚・子育ての希望が"), p(4, 408.0, top, "%"), p(5, 440.0, top, "42.2"),
           p(0, 61.7, top + 14.331, "歩行者"), p(3, 285.7, top + 14.331, "かなう")]
    top += 14.331 + 10.5 + rest_gap
    ps += [p(0, 61.7, top, "通行量（休日）"), p(3, 285.7, top, "と感じる市民の割合")]
    top += 10.5 + 1.006
    for k, (a, b) in enumerate((("②婚姻件数", "⑤耕作放棄地面積"), ("③転出者数", "⑥移住者数"))):
        ps += [p(0, 61.7, top, a), p(1, 148.0, top, "件"), p(2, 190.0, top, f"17{k}"),
               p(3, 285.7, top, b), p(4, 408.0, top, "ha"), p(5, 440.0, top, f"19.{k}")]
        top += 10.5 + 1.006
    return ps


def by_column_texts(table: list[list[list[Piece]]]) -> list[list[str]]:
    """Each row's cells as the table reads them: a column's lines, whichever blocks hold them, top to bottom."""
    return [["\n".join(p.text for p in sorted((p for b in row if b[0].col == col for p in b), key=lambda p: p.bbox[1]))
             for col in sorted({b[0].col for b in row})] for row in table]


def test_rests_of_two_cells_side_by_side_past_the_padding_are_read_again_line_by_line() -> None:
    # the rests join their names, read by line or folded into the row above as going on its names
    got = by_column_texts(pieces_to_rows(_two_blocks_with_rests(3.831)))
    assert got[1] == ["①中心市街地の\n歩行者\n通行量（休日）", "人", "24,675", "④結婚・子育ての希望が\nかなう\nと感じる市民の割合", "%", "42.2"]
    assert len(got) == 4


def test_a_row_of_no_figures_past_the_padding_leaves_rests() -> None:
    ps = _two_blocks_with_rests(3.831)
    padding, tol = lockstep.row_padding(ps), lockstep.line_tol(ps)
    assert padding == pytest.approx(1.006) and tol == pytest.approx(1.05)

    def leaves(rest_gap: float, text: str = "と感じる市民の割合") -> bool:
        header, first, second, rests, *others = rows_of(_two_blocks_with_rests(rest_gap))
        first = [b + next(([q] for [q] in second if q.col == b[0].col), []) for b in first]  # the wraps the leading read
        rests = [[Piece(text, b[0].bbox, b[0].col)] if b[0].text == "と感じる市民の割合" else b for b in rests]
        return lone_rests.leaves_rests([header, first, rests, *others], padding, tol, frozenset())
    assert leaves(3.831)
    # PADDED_LESS_TOLS: 1.5 line_tols past the padding may be a row of its own; 2.5 may not
    assert not leaves(padding + 1.5 * tol) and leaves(padding + 2.5 * tol)
    assert not leaves(padding)  # a row of its own
    assert not leaves(3.831, "※ 人口は各年10月1日現在")  # a note under the table
    assert not leaves(3.831, "1,234")  # a figure
    assert not lone_rests.leaves_rests(rows_of(ps), None, tol, frozenset())


def rows_of(ps: list[Piece]) -> list[list[list[Piece]]]:
    """Each line a cell, cells level with each other a row (the leading's reading where no wrap shows one)."""
    out: list[list[list[Piece]]] = []
    for p in sorted(ps, key=lambda p: (p.bbox[1], p.col)):
        if out and abs(out[-1][0][0].bbox[1] - p.bbox[1]) < 0.5:
            out[-1].append([p])
        else:
            out.append([[p]])
    return out


def test_a_row_of_no_figures_past_any_leading_leaves_no_rest() -> None:
    # typst_borderless seeds 768 / 772 kpi_baseline_target: a folio (- 1 -) or a heading under the table is no
    # cell's rest; read again line by line, it went on in the last row's name
    ps = _two_blocks_with_rests(3.831)
    padding, tol = lockstep.row_padding(ps), lockstep.line_tol(ps)
    header, first, second, rests, *others = rows_of(ps)
    first = [b + next(([q] for [q] in second if q.col == b[0].col), []) for b in first]

    def leaves(gap_em: float) -> bool:
        under = [[Piece("- 1 -", (61.7, b + gap_em * 10.5, 90.0, b + gap_em * 10.5 + 10.5), 0)] for b in [first[0][-1].bbox[3]]]
        return lone_rests.leaves_rests([header, first, under], padding, tol, frozenset())
    assert leaves(0.5) and not leaves(1.0)  # WRAP_GAP_MAX_EM: 0.75 of a line


@pytest.mark.parametrize(("upper", "lower", "own"), [
    ("学校の ＩＣＴ 環境を整備し授業で活用する", "77.3%（2020 年度（令和 2 年度））", True),
    ("41 人（2018 年度（平成 30 年度））※", "32 人（2022 年度（令和 4 年度））", True),
    ("汚水処理人口普及率", "集計中", True),
    ("年 507 人（5 年間で", "2,535 人）", False),  # a bracket left open goes on
    ("○総合戦略関連事業２７事業事業", "費１１億７，５４７万円（令和２", False),  # words before the figure
    ("地域の魅力を発信する", "イベントへの参加者数", False)])
def test_a_figure_under_a_closed_line_opens_its_own_cell(upper: str, lower: str, own: bool) -> None:
    assert top_rows.opens_own_cell(upper, lower) is own


@pytest.mark.parametrize(("upper", "lower", "rows_apart"), [
    ("80.36※", "40", True), ("32.6", "調査なし", True), ("81.18", "63", False),
    # a lone minus proves no row gap by itself, but each line stands level with a name of its own (①, ②):
    # a figure level with a line of another column opens a row (figure_levels.labelled_tops), so not −24,313
    ("－", "24,313", True)])
def test_two_rows_of_one_line_stand_apart_where_a_line_is_a_whole_cell(upper: str, lower: str, rows_apart: bool) -> None:
    # two rows at a gap of 6.5 pt, every line the widest of its column, so each reads as full by its
    # width alone (①健康寿命（男性）（歳） over ②移住者数（人）, corpus seeds 912 and 929
    # kpi_baseline_target in calc_borderless): a figure its note mark closes, or a statement that there
    # is no value, is a cell's whole content, and the gap under it the rows'; a figure digits may go on
    # and a lone minus (a sign a narrow cell may wrap) prove nothing (a unit column beside them: no
    # two rows of figures in every column, _two_rows_of_figures)
    ps = [piece(0, 0.0, "①健康寿命（男性）（歳）", 0.0, 100.0), piece(0, 15.5, "②移住者数（人）", 0.0, 70.0),
          piece(1, 0.0, "年", 110.0, 5.0), piece(1, 15.5, "人", 110.0, 5.0),
          piece(2, 0.0, upper, 150.0, 5.0 * len(upper)), piece(2, 15.5, lower, 150.0 + 5.0 * (len(upper) - len(lower)), 5.0 * len(lower))]
    assert (len(pieces_to_rows(ps)) == 2) is rows_apart


@pytest.mark.parametrize(("text", "whole"), [
    ("80.36※", True), ("45※2", True), ("1,042", True), ("調査なし", True), ("―", True), ("－", True), ("21.6億", True),
    ("15.", False), ("年726人（4年間で", False), ("目標値", False), ("今後の方向1", False)])
def test_a_whole_cell_is_a_value_its_note_mark_closes_or_a_statement_of_no_value(text: str, whole: bool) -> None:
    assert rows.is_whole_figure(text) is whole


@pytest.mark.parametrize(("lower", "two_rows"), [(("57", "77"), True), (("57", "年"), False), (("57", "2,01"), False), (("57",), False)])
def test_two_rows_of_figures_in_every_column_are_two_rows(lower: tuple[str, ...], two_rows: bool) -> None:
    # 特定健診受診率（%） | 59.2 | 47.1 over 移住者数（人） | 57 | 77, 10 pt type 6.5 pt apart (corpus seed
    # 959 kpi_baseline_target in calc_borderless): every widest line reads as full by its own width, but
    # a figure at both tops of every column past the first is no cell wrapped or cut alike in each; a
    # word, a figure cut short or a blank at a top proves nothing
    def at(col: int, text: str, x1: float, top: float) -> Piece:
        return Piece(text, (x1 - 5.4 * len(text), top, x1, top + 10.0), col)
    ps = [Piece("特定健診受診率（%）", (55.0, 0.0, 144.5, 10.0), 0), at(1, "59.2", 202.5, 0.0), at(2, "47.1", 232.5, 0.0),
          Piece("移住者数（人）", (55.0, 16.5, 116.0, 26.5), 0)]
    ps += [at(k + 1, text, 202.4 + 30.0 * k, 16.5) for k, text in enumerate(lower)]
    assert rows._two_rows_of_figures(ps, rows.line_tol(ps)) is two_rows
    if two_rows:
        assert texts(pieces_to_rows(ps)) == [["特定健診受診率（%）", "59.2", "47.1"], ["移住者数（人）", *lower]]
