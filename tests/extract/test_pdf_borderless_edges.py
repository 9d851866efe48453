"""Column edges repeated down the rows (extract.pdf.edges) and what they feed: a spreadsheet's
cells set some 0.2 em apart, closer than a column gap, parted where figures end at one x.

Lines are built by hand in PDF points (top-left origin), shaped like LibreOffice Calc's print of
the corpus' workbooks (calc_borderless: IPA PGothic at 7.2 pt, cells 1.5 pt apart); each word's
x-range is given as the reader measures it (Segment.words).
"""

from __future__ import annotations

import pytest

from extract.pdf import edges
from extract.pdf.borderless import build_table
from extract.pdf import colgaps
from extract.pdf.colgaps import MIN_GAP_PT, columns, open_witnessed_gaps
from extract.pdf.edges import HEIGHT_TOL, MIN_EDGE_LINES, segment_parts, split_at_edges
from extract.pdf.glyphs import LETTER_SPACE_EM
from extract.pdf.glyphs import word_spans
from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine
from extract.pdf.value_starts import split_at_value_starts
from extract.pdf import pdfplumber_adapter
from extract.text_items import is_item_number

SIZE_PT = 7.2
PITCH_PT = 21.6  # rows
DIGIT_PT = 4.5  # a digit's advance in IPA PGothic at SIZE_PT
GAP_PT = 1.5  # a cell's text to the next cell's, Calc at SIZE_PT


def seg(x0: float, words: list[tuple[str, float]], top: float, joints: tuple[tuple[int, float], ...] = (),
        height: float = SIZE_PT) -> Segment:
    """A segment of words, each (text, width), a word space (GAP_PT) apart, measured."""
    boxes, at = [], x0
    for _, width in words:
        boxes.append((at, at + width))
        at += width + GAP_PT
    return Segment(" ".join(w for w, _ in words), (x0, top, boxes[-1][1], top + height), joints, tuple(boxes))


def seg_line(top: float, *segs: Segment) -> SegLine:
    return SegLine(segs, (segs[0].bbox[0], top, segs[-1].bbox[2], top + SIZE_PT), 1, " ".join(s.text for s in segs))


def figure(text: str) -> float:
    """A figure's width: digits DIGIT_PT, a comma 1.9 pt."""
    return sum(1.9 if ch == "," else DIGIT_PT for ch in text)


def right_aligned(edge: float, text: str) -> tuple[str, float, float]:
    """A figure right-aligned to edge: (text, x0, width)."""
    return text, edge - figure(text), figure(text)


def budget_rows(n: int) -> list[SegLine]:
    """n rows of a name, then two figure columns right-aligned at 237.1 and 291.8, the second's
    figure glued to the third column's by a word space, as Calc sets
    178,267 | 268,202 △89,935 (corpus seed 500 budget_main_projects in calc_borderless)."""
    values = [("178,267", "268,202", "89,935"), ("36,263", "46,803", "10,540"), ("371,277", "373,101", "1,824"),
              ("5,120", "14,500", "9,380")]
    out = []
    for k, (a, b, c) in enumerate(values[:n]):
        top = k * PITCH_PT
        _, xa, wa = right_aligned(237.1, a)
        _, xb, wb = right_aligned(291.8, b)
        out.append(seg_line(top, seg(115.9, [("事業" + "ア" * k, 30.0)], top), seg(xa, [(a, wa)], top),
                            seg(xb, [(b, wb), (c, figure(c))], top)))
    return out


def test_a_figure_glued_to_the_next_cell_by_a_word_space_is_parted_at_its_column_edge() -> None:
    lines = budget_rows(3)
    parted = split_at_edges(lines)
    assert [s.text for s in parted[0].segments] == ["事業", "178,267", "268,202", "89,935"]
    assert parted[0].segments[2].bbox[2] == pytest.approx(291.8)


def test_an_edge_needs_min_edge_lines_rows() -> None:
    # MIN_EDGE_LINES (2): one row shows no edge (halved, any break would be one); two rows do
    # (doubled, a table of two or three indicators, as the corpus' calc tables side by side, shows none)
    assert [len(ln.segments) for ln in split_at_edges(budget_rows(1))] == [3]
    assert [len(ln.segments) for ln in split_at_edges(budget_rows(2))] == [4, 4]


def test_a_row_number_a_word_space_before_its_name_stays_with_it() -> None:
    # 1 観光入込客数, 2 婚姻件数, … in one left-aligned cell: the numbers end at one x, but start
    # there too and a word space follows: no right-aligned column
    lines = [seg_line(k * PITCH_PT, seg(54.0, [(str(k + 1), DIGIT_PT), (name, 40.0 + 7.2 * k)], k * PITCH_PT),
                      seg(200.0, [("12,345", figure("12,345"))], k * PITCH_PT))
             for k, name in enumerate(["観光入込客数", "婚姻件数の推移", "転入者数の推移等"])]
    assert [s.text for s in split_at_edges(lines)[0].segments] == ["1 観光入込客数", "12,345"]


def test_a_row_number_glued_to_its_name_by_a_joint_is_its_own_column() -> None:
    # Calc's 番号 column right-aligned, 課名 left-aligned 1.4 pt on: 1財政課 with a joint
    lines = [seg_line(k * PITCH_PT, Segment(f"{k + 1}{name}", (70.4, k * PITCH_PT, 75.6 + 7.2 * len(name), k * PITCH_PT + SIZE_PT),
                                            ((1, 75.6),), ((70.4, 75.6 + 7.2 * len(name)),)),
                      seg(208.0, [("178,267", figure("178,267"))], k * PITCH_PT))
             for k, name in enumerate(["財政課", "企画課", "商工観光課"])]
    assert [s.text for s in split_at_edges(lines)[2].segments] == ["3", "商工観光課", "178,267"]


def _numbered_rows(numbers: list[str]) -> list[SegLine]:
    """Rows of a number right-aligned at 75.6 glued by a joint to a name set from 77.0 (Calc's
    No. column beside 課名), then a figure: (5)教育総務課 under 1財政課."""
    out = []
    for k, (number, name) in enumerate(zip(numbers, ["財政課", "企画課", "商工観光課", "教育総務課"])):
        top = k * PITCH_PT
        x0 = 75.6 - DIGIT_PT * len(number)
        out.append(seg_line(top, Segment(f"{number}{name}", (x0, top, 77.0 + 7.2 * len(name), top + SIZE_PT),
                                         ((len(number), 76.3),), ((x0, 77.0 + 7.2 * len(name)),)),
                            seg(208.0, [("178,267", figure("178,267"))], top)))
    return out


def test_a_bracketed_row_number_on_the_figures_edge_is_parted_as_they_are() -> None:
    parted = split_at_edges(_numbered_rows(["1", "2", "3", "(4)"]))
    assert [s.text for s in parted[3].segments] == ["(4)", "教育総務課", "178,267"]


def test_bracketed_row_numbers_prove_no_edge_of_their_own() -> None:
    # names opening with an item's number line up as well: only figures prove the edge
    parted = split_at_edges(_numbered_rows(["(1)", "(2)", "(3)", "(4)"]))
    assert [s.text for s in parted[3].segments] == ["(4)教育総務課", "178,267"]


def test_is_item_number_is_a_number_standing_alone() -> None:
    assert is_item_number("(5)") and is_item_number("③")
    assert not is_item_number("(5)教育総務課") and not is_item_number("5")


def test_a_figure_and_its_unit_a_word_space_apart_stay_one_value() -> None:
    # 41.4 %（H30年） under 42.4 %（R5年）: read together one value, never parted
    lines = [seg_line(k * PITCH_PT, seg(54.0, [("現状値", 21.6)], k * PITCH_PT),
                      seg(138.7, [(v, 16.0), ("%（H30年）", 30.0)], k * PITCH_PT)) for k, v in enumerate(["41.4", "42.4", "40.9"])]
    assert [len(ln.segments) for ln in split_at_edges(lines)] == [2, 2, 2]


def test_a_line_in_another_type_size_is_not_parted_by_the_body_s_edges() -> None:
    # a title set larger (HEIGHT_TOL) whose word space falls on a body column's edge by chance
    lines = budget_rows(3)
    title = seg(240.0, [("2,020", 51.8), ("一般会計予算", 60.0)], -30.0, height=SIZE_PT * (1 + 3 * HEIGHT_TOL))
    row = seg_line(-30.0, seg(54.0, [("表題", 14.4)], -30.0, height=title.bbox[3] - title.bbox[1]), title)
    assert [s.text for s in split_at_edges([row, *lines])[0].segments] == ["表題", "2,020 一般会計予算"]


def test_height_tol_parts_type_sizes_a_tenth_apart() -> None:
    # HEIGHT_TOL (0.1): 8% larger is the same size, 15% larger another
    assert edges._same_size(Segment("a", (0, 0, 5, SIZE_PT * 1.08)), SIZE_PT)
    assert not edges._same_size(Segment("a", (0, 0, 5, SIZE_PT * 1.15)), SIZE_PT)


def test_a_line_of_one_segment_is_never_parted() -> None:
    lines = budget_rows(3)
    heading = seg_line(-PITCH_PT, seg(240.0, [("268,202", figure("268,202")), ("見出し", 30.0)], -PITCH_PT))
    assert split_at_edges([heading, *lines])[0] == heading


def test_parts_split_a_word_at_its_joints() -> None:
    s = Segment("1財政課 178", (70.4, 0, 120.0, SIZE_PT), ((1, 75.6),), ((70.4, 97.9), (106.5, 120.0)))
    assert [(p.text, p.x0, p.x1, p.hard_end) for p in segment_parts(s)] == [
        ("1", 70.4, 75.6, True), ("財政課", 75.6, 97.9, False), ("178", 106.5, 120.0, True)]


def test_columns_a_line_shows_closer_than_min_gap_stay_apart() -> None:
    # 152,011 | 防災資機材の… : a right-aligned figure column and a left-aligned text column 1.5 pt
    # (under MIN_GAP_PT) apart, the gap between them witnessed by the rows' own segments
    lines = [seg_line(k * PITCH_PT, seg(380.0, [("26,256", figure("26,256"))], k * PITCH_PT),
                      seg(444.3 - figure(v), [(v, figure(v))], k * PITCH_PT), seg(444.3 + GAP_PT, [(t, 60.0 + k)], k * PITCH_PT))
             for k, (v, t) in enumerate([("152,011", "防災資機材の購入"), ("28,365", "創業に要する経費"), ("177,234", "住宅取得費の補助")])]
    assert GAP_PT < MIN_GAP_PT
    cols = columns(lines)
    assert any(b == pytest.approx(444.3) for _, b in cols) and any(a == pytest.approx(445.8) for a, _ in cols)


def test_a_gap_a_line_covers_whole_is_not_opened() -> None:
    lines = [seg_line(0, Segment("a", (0, 0, 10, SIZE_PT)), Segment("b", (11, 0, 20, SIZE_PT))),
             seg_line(PITCH_PT, Segment("ab", (0, PITCH_PT, 20, PITCH_PT + SIZE_PT)))]
    assert open_witnessed_gaps([(0.0, 20.0)], lines, [[(0.0, 10.0), (11.0, 20.0)], [(0.0, 20.0)]], 0) == [(0.0, 20.0)]
    assert open_witnessed_gaps([(0.0, 20.0)], lines, [[(0.0, 10.0), (11.0, 20.0)], [(0.0, 20.0)]], 1) == [(0.0, 10.0), (11.0, 20.0)]


# fixed figures, not figures scaled by JOINT_JITTER_PT (those move with it and pin nothing): 7 thousandths
# of a point past the gap is jitter (halved: the line covers it), 15 thousandths covers it (doubled: jitter)
@pytest.mark.parametrize("jitter, opened", [(0.007, True), (0.015, False)])
def test_a_line_ending_within_joint_jitter_of_a_gap_does_not_cover_it(jitter: float, opened: bool) -> None:
    # 1 | 建設課 parted at a joint, (5) ending a few thousandths of a point past it, nothing after
    lines = [seg_line(0, Segment("1", (70.0, 0, 77.35, SIZE_PT)), Segment("建設課", (77.35, 0, 100.0, SIZE_PT))),
             seg_line(PITCH_PT, Segment("(5)", (66.0, PITCH_PT, 77.35 + jitter, PITCH_PT + SIZE_PT)))]
    per_line = [[(70.0, 77.35), (77.35, 100.0)], [(66.0, 77.35 + jitter)]]
    cols = open_witnessed_gaps([(66.0, 115.0)], lines, per_line, 0)
    assert (len(cols) == 2) is opened


@pytest.mark.parametrize("off, opened", [(1.5 * colgaps.JOINT_JITTER_PT, True), (0.7 * ALIGN_TOL_PT, True), (1.5 * ALIGN_TOL_PT, False)])
def test_lines_parted_near_one_gap_are_parted_at_it(off: float, opened: bool) -> None:
    # 14人 | B and 2,300億円 | ○ parted at joints placed off one another by their own glyphs (corpus
    # seed 700 kpi_progress in calc_borderless): one gap, opened once, which neither line covers
    lines = [seg_line(0, Segment("1", (70.0, 0, 77.35, SIZE_PT)), Segment("建設課", (77.35, 0, 100.0, SIZE_PT))),
             seg_line(PITCH_PT, Segment("(5)", (66.0, PITCH_PT, 77.35 + off, PITCH_PT + SIZE_PT)),
                      Segment("教育総務課", (77.35 + off, PITCH_PT, 115.0, PITCH_PT + SIZE_PT)))]
    per_line = [[(70.0, 77.35), (77.35, 100.0)], [(66.0, 77.35 + off), (77.35 + off, 115.0)]]
    cols = open_witnessed_gaps([(66.0, 115.0)], lines, per_line, 0)
    assert (len(cols) == 2) is opened
    if opened:
        assert colgaps.close_unwitnessed_gaps(cols, per_line) == cols
    # a joint inside a segment parts it there as well (1,869人（延べ35,511日）○, its value no figure)
    joined = [lines[0], seg_line(PITCH_PT, Segment("(5)教育総務課", (66.0, PITCH_PT, 115.0, PITCH_PT + SIZE_PT), ((3, 77.35 + off),)))]
    assert (len(open_witnessed_gaps([(66.0, 115.0)], joined, [per_line[0], [(66.0, 115.0)]], 0)) == 2) is opened


def test_a_calc_budget_table_reads_one_figure_per_column() -> None:
    table, _ = build_table(budget_rows(4))
    assert table is not None
    assert [[c.raw for c in row] for row in table.rows][0] == ["事業", "178,267", "268,202", "89,935"]


def test_word_spans_are_the_measured_ones_when_the_reader_gave_them() -> None:
    s = Segment("- 26,256", (380.9, 0, 411.65, SIZE_PT), (), ((380.9, 383.47), (387.21, 411.65)))
    assert word_spans(s) == [("-", 380.9, 383.47), ("26,256", 387.21, 411.65)]
    estimated = Segment("- 26,256", (380.9, 0, 411.65, SIZE_PT))
    assert word_spans(estimated)[1][1] != pytest.approx(387.21, abs=0.1)


def char(text: str, x0: float, x1: float, size: float = SIZE_PT) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": 0.0, "bottom": size, "size": size, "upright": True}


def test_text_words_measure_each_word() -> None:
    chars = [char("1", 0, 4.5), char("2", 4.5, 9), char(" ", 9, 12.7), char("A", 12.7, 17)]
    assert pdfplumber_adapter.text_words(chars) == [("12", 0.0, 9.0), ("A", 12.7, 17.0)]
    assert pdfplumber_adapter.chars_to_text(chars) == "12 A"


@pytest.mark.parametrize(("gap_em", "joint"), [(0.0, False), (-0.2, False), (0.2, True)])
def test_latin_glyphs_set_apart_from_solid_make_a_joint(gap_em: float, joint: bool) -> None:
    # 11.2B: a figure right-aligned in its cell, a status centred in the next, 0.2 em apart
    # (JOINT_EM 0.1); kerned closer, two Latin glyphs are one word
    x = 9.0 + gap_em * SIZE_PT
    line = [char("1", 0, 4.5), char("2", 4.5, 9.0), char("B", x, x + 4.5), char("C", x + 4.5, x + 9.0)]
    assert pdfplumber_adapter._is_joint(line, 2, []) is joint


@pytest.mark.parametrize(("after_em", "joint"), [(0.6, True), (0.4, False)])
def test_a_mark_glued_to_a_figure_before_a_column_gap_makes_a_joint(after_em: float, joint: bool) -> None:
    # 3,249◎ | 87.2: a figure right-aligned in its cell, a mark 0.2 em after it in the next, the
    # next column's figure a column gap (COL_GAP_EM 0.5) on: that gap tells nothing of the run's
    # spacing; a narrower one after the mark is letter spacing, and no joint is proved
    assert pdfplumber_adapter.COL_GAP_EM == 0.5
    x = 9.0 + 0.2 * SIZE_PT
    after = x + SIZE_PT + after_em * SIZE_PT
    line = [char("4", 0, 4.5), char("9", 4.5, 9.0), char("◎", x, x + SIZE_PT), char("8", after, after + 4.5)]
    assert pdfplumber_adapter._is_joint(line, 2, []) is joint


def test_a_sign_opening_its_segment_proves_no_joint_after_it() -> None:
    # △ 87万円 (realdocs kouhou p4): the sign set 0.27 em before its digits, a column gap before
    # it; nothing before the break shows the run solid, and a sign belongs to its figure
    x = 100.0
    line = [char("税", 0, SIZE_PT), char("△", x, x + SIZE_PT), char("8", x + 1.27 * SIZE_PT, x + 1.27 * SIZE_PT + 4.5),
            char("7", x + 1.27 * SIZE_PT + 4.5, x + 1.27 * SIZE_PT + 9.0)]
    assert not pdfplumber_adapter._is_joint(line, 2, [])


@pytest.mark.parametrize(("number", "before_em", "gap_em", "after_em", "name", "joint"), [
    ("5", 4.0, 0.2, 0.0, "ふる", True), ("12", 4.0, 0.2, 0.0, "ふる", True),
    ("5", 0.4, 0.2, 0.0, "ふる", False),  # a letter's spacing before the number: it opens no segment
    ("5", 4.0, 0.0, 0.0, "ふる", False),  # set solid with the name: one text (5ふるさと)
    ("5", 4.0, 0.2, 0.2, "ふる", False),  # a name letter-spaced: its spacing proves no joint
    ("5", 4.0, 0.2, 0.0, "AB", False),  # Latin after a digit: one word (5A)
    ("5", 4.0, 0.2, 0.0, "⑤要", True),  # an enumerator glyph opening the name (5 | ⑤要介護認定率, seed 909)
    ("6", 4.0, 0.2, 0.0, "ＳＮ", True),  # a full-width Latin letter opening the name (6 | ＳＮＳフォロワー数, seed 573)
    ("5", 4.0, 0.2, 0.0, "％要", False)])  # a sign after a digit: the figure's unit (5％)
def test_a_number_opening_its_segment_is_glued_to_a_name_at_a_joint(
        number: str, before_em: float, gap_em: float, after_em: float, name: str, joint: bool) -> None:
    # 5 | ふるさと納税寄附額 (Calc, corpus seed 896 kpi_baseline_target): a row's number right-aligned
    # in its cell, the name beside it 0.2 em on (JOINT_EM 0.1), a column gap (COL_GAP_EM 0.5)
    # before the number; at the line's start the same pair makes a joint already
    assert (pdfplumber_adapter.COL_GAP_EM, pdfplumber_adapter.JOINT_EM) == (0.5, 0.1)
    x = SIZE_PT + before_em * SIZE_PT
    digits = [char(d, x + 4.5 * k, x + 4.5 * (k + 1)) for k, d in enumerate(number)]
    at = x + 4.5 * len(number) + gap_em * SIZE_PT
    width = SIZE_PT if name[0] > "~" else 4.5
    letters = [char(ch, at + k * (width + after_em * SIZE_PT), at + k * (width + after_em * SIZE_PT) + width) for k, ch in enumerate(name)]
    line = [char("円", 0, SIZE_PT), *digits, *letters]
    assert pdfplumber_adapter._is_joint(line, 1 + len(number), []) is joint


@pytest.mark.parametrize(("dash", "before_em", "joint"), [("－", 4.0, True), ("－", 0.4, False), ("△", 4.0, False),
                                                         ("…", 4.0, True)])  # … | ７ under 策定時 | 目標値 (seed 905)
def test_a_dash_cell_opening_its_segment_is_glued_to_the_next_cell_at_a_joint(dash: str, before_em: float, joint: bool) -> None:
    # － 132,850千円 (Calc): a dash standing for a value, right-aligned in its cell, the next
    # cell's figure 0.45 em on; a column gap (COL_GAP_EM) before the dash opens its segment. A sign
    # (△) belongs to its figure; a dash a letter's spacing after a word opens nothing
    x = SIZE_PT + before_em * SIZE_PT
    after = x + SIZE_PT + 0.45 * SIZE_PT
    line = [char("円", 0, SIZE_PT), char(dash, x, x + SIZE_PT), char("1", after, after + 4.5), char("3", after + 4.5, after + 9.0)]
    assert pdfplumber_adapter._is_joint(line, 2, []) is joint


def test_a_dash_cell_glued_to_a_figure_is_parted_on_its_column_edge() -> None:
    # － under 市債 ends where the figures above it end; 132,850 under その他財源 likewise
    rows = [seg_line(0.0, seg(381.6 - figure("27,544"), [("27,544", figure("27,544"))], 0.0),
                     seg(420.9 - figure("36,692"), [("36,692", figure("36,692"))], 0.0)),
            seg_line(PITCH_PT, seg(381.6 - figure("1,000"), [("1,000", figure("1,000"))], PITCH_PT),
                     seg(420.9 - figure("5,000"), [("5,000", figure("5,000"))], PITCH_PT)),
            seg_line(2 * PITCH_PT, seg(300.0, [("若者定住奨励金", 50.4)], 2 * PITCH_PT),
                     Segment("－132,850", (376.7, 2 * PITCH_PT, 420.9, 2 * PITCH_PT + SIZE_PT), ((1, 383.1),), ((376.7, 420.9),)))]
    assert [s.text for s in split_at_edges(rows)[2].segments] == ["若者定住奨励金", "－", "132,850"]


def centred_header_rows(overshoot: float = 0.0) -> list[SegLine]:
    """Two headers, each centred in a cell wider than it, glued by a word space (実績値 (令和２年度)
    目指す値 (令和３年度), corpus seed 508 kpi_year_matrix in calc_borderless), over two rows of
    figures right-aligned at 148.0 and 208.5 (of differing widths: right-aligned, proved); the first
    header's last word ends overshoot past its column's edge."""
    x0 = 95.0 + overshoot
    header = seg_line(0.0, seg(55.0, [("成果指標", 28.8)], 0.0),
                      seg(x0, [("実績値", 21.6), ("(令和２年度)", 29.9), ("目指す値", 28.8), ("(令和３年度)", 29.0)], 0.0))
    rows = []
    for k, (a, b) in enumerate((("1,234", "2,345"), ("23,456", "567")), start=1):
        top = k * PITCH_PT
        _, xa, wa = right_aligned(148.0, a)
        _, xb, wb = right_aligned(208.5, b)
        rows.append(seg_line(top, seg(55.0, [("出生数" + "ア" * k, 28.8)], top), seg(xa, [(a, wa)], top), seg(xb, [(b, wb)], top)))
    return [header, *rows]


def test_headers_centred_in_wide_cells_part_where_the_figures_below_end() -> None:
    # the break after (令和２年度) spans the edge its column's figures end at: 目指す値 is the next
    # cell's, where the gaps alone hand it (left of its figures) to the column before
    parted = split_at_edges(centred_header_rows())
    assert [s.text for s in parted[0].segments] == ["成果指標", "実績値 (令和２年度)", "目指す値 (令和３年度)"]
    table, _ = build_table(parted)
    assert table is not None
    assert [c.raw for c in table.rows[0]] == ["成果指標", "実績値 (令和２年度)", "目指す値 (令和３年度)"]


@pytest.mark.parametrize(("overshoot", "parted"), [(0.7 * edges.ALIGN_TOL_PT, True), (1.5 * edges.ALIGN_TOL_PT, False)])
def test_a_header_word_may_reach_past_an_edge_by_align_tol_only(overshoot: float, parted: bool) -> None:
    # a word running further past the edge than ALIGN_TOL_PT (1.5 pt) runs over the cell's border:
    # no cell ends there
    assert edges.ALIGN_TOL_PT == 1.5
    lines = centred_header_rows(overshoot)
    assert (len(split_at_edges(lines)[0].segments) == 3) is parted


def group_header_rows(left: float) -> list[SegLine]:
    """A group header (実績（確定値）) starting at left, over sub-headers centred in cells wider
    than them and two rows of figures right-aligned at 148.0 and 208.5 (corpus seed 501
    kpi_transposed in calc_borderless)."""
    group = seg_line(0.0, seg(55.0, [("区分", 14.4)], 0.0), seg(left, [("実績（確定値）", 50.4)], 0.0))
    subs = seg_line(PITCH_PT, seg(95.0, [("人口（人）", 36.0)], PITCH_PT), seg(152.2, [("要介護認定率（%）", 50.4)], PITCH_PT))
    rows = []
    for k, (a, b) in enumerate((("1,234", "2,345"), ("34,567", "456")), start=2):
        top = k * PITCH_PT
        _, xa, wa = right_aligned(148.0, a)
        _, xb, wb = right_aligned(208.5, b)
        rows.append(seg_line(top, seg(55.0, [("R" + str(k), 9.0)], top), seg(xa, [(a, wa)], top), seg(xb, [(b, wb)], top)))
    return [group, subs, *rows]


@pytest.mark.parametrize(("over", "spans"), [(1.5 * edges.ALIGN_TOL_PT, True), (0.7 * edges.ALIGN_TOL_PT, False)])
def test_a_header_running_over_a_figures_edge_spans_two_cells(over: float, spans: bool) -> None:
    # 実績（確定値） from 148.0 - over onwards: past the edge by more than ALIGN_TOL_PT it heads
    # cells on both sides and widens neither (the figures' column ends at the edge, the next
    # one's sub-header starts past it)
    assert edges.ALIGN_TOL_PT == 1.5
    lines = group_header_rows(148.0 - over)
    assert colgaps._crosses_edge(lines[0].segments[1], lines, 0) is spans
    assert not colgaps._crosses_edge(lines[1].segments[1], lines, 1)  # a sub-header past the edge heads one cell


def test_only_the_figures_under_a_header_prove_an_edge_it_crosses() -> None:
    # 到達目標（Ｒ５） over one row, a table of other columns below it read with it (corpus seed 502
    # kpi_baseline_target in html_borderless): that table's figures, ending where the header
    # runs on, prove no edge of the header's cells
    lines = group_header_rows(148.0 - 1.5 * edges.ALIGN_TOL_PT)
    top = 5 * PITCH_PT
    other = seg_line(top, seg(55.0, [("No.", 9.0)], top), seg(95.0, [("項目", 14.4)], top))
    moved = [SegLine(ln.segments, ln.bbox, 1, ln.text) for ln in lines[2:]]
    below = [seg_line(top + (k + 1) * PITCH_PT, *(Segment(s.text, (s.bbox[0], top + (k + 1) * PITCH_PT, s.bbox[2],
                                                                  top + (k + 1) * PITCH_PT + SIZE_PT), s.joints, s.words)
                                                    for s in ln.segments)) for k, ln in enumerate(moved)]
    assert colgaps._crosses_edge(lines[0].segments[1], [lines[0], lines[1], lines[2], other, *below], 0) is False
    assert colgaps._crosses_edge(lines[0].segments[1], [*lines, other, *below], 0) is True


def test_texts_of_one_width_from_one_x_show_no_right_aligned_edge() -> None:
    # 指標0 … 指標2 set from one x end at one x too: an edge for parting segments (find_edges),
    # no proof of right alignment (find_right_edges) a header may not run over
    same = [seg_line(k * PITCH_PT, seg(55.0, [("名" * (k + 1), 9.0)], k * PITCH_PT), seg(100.0, [("1,234", figure("1,234"))], k * PITCH_PT))
            for k in range(3)]
    assert edges.find_edges(same, SIZE_PT) == (pytest.approx(100.0 + figure("1,234")),)
    assert edges.find_right_edges(same, SIZE_PT) == ()
    ragged = [seg_line(k * PITCH_PT, seg(55.0, [("名", 9.0)], k * PITCH_PT), seg(*right_aligned(150.0, v)[1:2], [(v, figure(v))], k * PITCH_PT))
              for k, v in enumerate(("1,234", "23,456", "7"))]
    assert edges.find_right_edges(ragged, SIZE_PT) == (pytest.approx(150.0),)


def header_over(rows: list[tuple[str, ...]], top: float = 0.0, left_aligned_at: float | None = None) -> list[SegLine]:
    """成果指標 | 実績値 (R3) over rows of a name and one figure: right-aligned at 116.9 (in the
    word space after 実績値, 95.0-116.6, (R3) from 118.1), or left-aligned at left_aligned_at."""
    header = seg_line(top, seg(55.0, [("成果指標", 28.8)], top), seg(95.0, [("実績値", 21.6), ("(R3)", 16.0)], top))
    out = [header]
    for k, (v,) in enumerate(rows, start=1):
        y = top + k * PITCH_PT
        x = left_aligned_at if left_aligned_at is not None else 116.9 - figure(v)
        out.append(seg_line(y, seg(55.0, [("指標" + "ア" * k, 28.8)], y), seg(x, [(v, figure(v))], y)))
    return out


def test_a_header_parts_only_at_an_edge_its_own_rows_prove_right_aligned() -> None:
    # figures of differing widths ending at 116.9: right-aligned, a cell ends there, (R3) is the next cell's
    ragged = header_over([("10,537",), ("221",)])
    assert [s.text for s in split_at_edges(ragged)[0].segments] == ["成果指標", "実績値", "(R3)"]
    # 10,537 and 39,436 set from one x end at one x too (corpus seed 303 kpi_progress in pdf_rules,
    # figures left-aligned): no proof the cell ends there, 実績値 (R3) is one header
    same = header_over([("10,537",), ("39,436",)], left_aligned_at=116.9 - figure("10,537"))
    assert [s.text for s in split_at_edges(same)[0].segments] == ["成果指標", "実績値 (R3)"]


def test_another_tables_edge_on_the_page_does_not_part_a_header() -> None:
    # a table above on the page right-aligns its figures at 116.9; the header's own rows end theirs
    # at 140.0: the header is read by its own rows only
    above = header_over([("10,537",), ("221",)])
    top = 4 * PITCH_PT
    own = header_over([], top=top)
    rows = [seg_line(top + k * PITCH_PT, seg(55.0, [("名" * k, 9.0)], top + k * PITCH_PT),
                     seg(140.0 - figure(v), [(v, figure(v))], top + k * PITCH_PT)) for k, v in ((1, "1,234"), (2, "56"))]
    parted = split_at_edges([*above, *own, *rows])
    assert [s.text for s in parted[len(above)].segments] == ["成果指標", "実績値 (R3)"]


def unit_rows(second_unit: str) -> list[SegLine]:
    """Two rows of a name, a unit right-aligned at 191.1 and a figure, Calc's print of corpus seed
    509 kpi_progress: the first name runs on up to the unit, a word space before it."""
    first = seg_line(0.0, seg(121.5, [("ＳＮＳフォロワー数", 61.6), ("人", SIZE_PT)], 0.0),
                     seg(239.9, [("34,723", figure("34,723"))], 0.0))
    second = seg_line(PITCH_PT, seg(121.5, [("人口", 2 * SIZE_PT)], PITCH_PT),
                      seg(191.1 - SIZE_PT * len(second_unit), [(second_unit, SIZE_PT * len(second_unit))], PITCH_PT),
                      seg(239.9, [("87,957", figure("87,957"))], PITCH_PT))
    return [first, second]


def test_a_word_standing_where_another_line_s_cell_stands_is_that_cell() -> None:
    assert [s.text for s in split_at_edges(unit_rows("人"))[0].segments] == ["ＳＮＳフォロワー数", "人", "34,723"]


def test_a_word_standing_where_a_header_or_a_figure_stands_stays_in_its_segment() -> None:
    # corpus seed 500 budget_kan_kou and kpi_year_matrix in pdf_rules, wordings dev8: a header
    # centred over its column (項の名称) as wide as a name set from the column's number (2 小学校費),
    # and a header's word (年度 of 平成 27 年度) as wide as a figure under it, line up by chance
    header = seg_line(0.0, seg(55.0, [("歳出科目", 4 * SIZE_PT)], 0.0), seg(121.5, [("項の名称", 4 * SIZE_PT)], 0.0),
                      seg(200.0, [("令和", 2 * SIZE_PT), ("3", DIGIT_PT), ("年度", 2 * SIZE_PT)], 0.0))  # a number among its words (seed 822)
    name = seg(121.5 - DIGIT_PT - GAP_PT, [("2", DIGIT_PT), ("小学校費", 4 * SIZE_PT)], PITCH_PT)
    rows = [seg_line(PITCH_PT, name, seg(239.9, [("1,446,821", figure("1,446,821"))], PITCH_PT))]
    assert [s.text for s in split_at_edges([header, *rows])[1].segments] == ["2 小学校費", "1,446,821"]
    year = seg_line(0.0, seg(55.0, [("指標", 2 * SIZE_PT)], 0.0),
                    seg(239.9 - 2 * SIZE_PT - GAP_PT - 2 * DIGIT_PT, [("27", 2 * DIGIT_PT), ("年度", 2 * SIZE_PT)], 0.0))
    value = [seg_line(top, seg(55.0, [("人口", 2 * SIZE_PT)], top), seg(239.9 - 2 * SIZE_PT, [("67.9", 2 * SIZE_PT)], top))
             for top in (PITCH_PT, 2 * PITCH_PT)]
    assert [s.text for s in split_at_edges([year, *value])[0].segments] == ["指標", "27 年度"]
    assert [s.text for s in split_at_edges(unit_rows("人"))[0].segments] == ["ＳＮＳフォロワー数", "人", "34,723"]


@pytest.mark.parametrize("first, second, parted", [("〔単位", "百万円〕", False), ("単位", "百万円", True), ("（単位", "百万円", True)])
def test_a_header_is_not_parted_inside_a_bracket_it_closes(first: str, second: str, parted: bool) -> None:
    # corpus seed 515 budget_plan_years in pdf_rules (wordings dev8): 〔単位 百万円〕 over two year
    # columns, the first column's right-aligned figures ending in its word space; a bracket left
    # open to the segment's end closes nothing in it
    header = seg_line(0.0, seg(55.0, [("事業名称", 4 * SIZE_PT)], 0.0), seg(238.0, [(first, 24.0), (second, 32.0)], 0.0))
    rows = [seg_line(k * PITCH_PT, seg(55.0, [("人口", 2 * SIZE_PT)], k * PITCH_PT),
                     seg(262.5 - figure(v), [(v, figure(v))], k * PITCH_PT)) for k, v in ((1, "165.3"), (2, "88.0"))]
    texts = [s.text for s in split_at_edges([header, *rows])[0].segments]
    assert texts == (["事業名称", first, second] if parted else ["事業名称", f"{first} {second}"])


def test_a_segment_s_first_word_as_wide_as_a_cell_of_its_column_stays_in_its_segment() -> None:
    # ごみ排出量（1 | 人 under 製造品出荷額, both set from the names' left edge and as wide by chance
    # (corpus seed 803 kpi_year_matrix in typst_borderless): a name's end proves no cell
    name = seg_line(0.0, seg(121.5, [("製造品出荷額", 6 * SIZE_PT)], 0.0), seg(239.9, [("414", figure("414"))], 0.0))
    wrapped = seg_line(PITCH_PT, seg(121.5, [("ごみ排出量（1", 6 * SIZE_PT), ("人", SIZE_PT)], PITCH_PT),
                       seg(239.9, [("917", figure("917"))], PITCH_PT))
    assert [s.text for s in split_at_edges([name, wrapped])[1].segments] == ["ごみ排出量（1 人", "917"]


def test_a_figure_s_unit_as_wide_as_another_line_s_cell_stays_with_its_figure() -> None:
    # 16 億 4,892 万 wrapped over 円, 円 alone under 万 (corpus seed 855 budget_supplementary in
    # typst_borderless): the unit is the figure's, whatever word stands under it
    x0 = 150.0
    amount = seg(x0, [("16", 2 * DIGIT_PT), ("億", SIZE_PT), ("4,892", figure("4,892")), ("万", SIZE_PT)], 0.0)
    rest_x = amount.words[-1][0]
    lines = [seg_line(0.0, seg(55.0, [("健康ポイント事業", 8 * SIZE_PT)], 0.0), amount),
             seg_line(SIZE_PT + GAP_PT, seg(rest_x, [("円", SIZE_PT)], SIZE_PT + GAP_PT), seg(300.0, [("1,736", figure("1,736"))], SIZE_PT + GAP_PT))]
    assert [s.text for s in split_at_edges(lines)[0].segments] == ["健康ポイント事業", "16 億 4,892 万"]


def test_a_word_ending_where_a_wider_cell_ends_stays_in_its_segment() -> None:
    # 人 ends where 万人 does but does not start there (within ALIGN_TOL_PT): no proof of one cell
    assert [s.text for s in split_at_edges(unit_rows("万人"))[0].segments] == ["ＳＮＳフォロワー数 人", "34,723"]


def test_a_figure_as_wide_as_another_line_s_cell_stays_with_its_sign() -> None:
    # △ 1,411 over 4,447 in one right-aligned column (realdocs kobe 人口動態): a figure as wide as
    # a cell of another line is no cell of its own; the sign a space before it is its own
    top = PITCH_PT
    lines = [seg_line(0.0, seg(54.0, [("北区", 14.4)], 0.0), seg(300.0, [("4,447", figure("4,447"))], 0.0)),
             seg_line(top, seg(54.0, [("灘区", 14.4)], top),
                      seg(300.0 - GAP_PT - SIZE_PT, [("△", SIZE_PT), ("1,411", figure("1,411"))], top))]
    assert [s.text for s in split_at_edges(lines)[1].segments] == ["灘区", "△ 1,411"]


def card_lines(n_text_rows: int, glued: list[tuple[str, float]], value_x: float = 166.2) -> list[SegLine]:
    """A key | value card (corpus seed 507 kpi_cards in calc_borderless): n_text_rows lines of a key
    and a text value set from value_x, then a key and its value glued a word space apart."""
    keys = [("重要業績評価指標", 80.0), ("事業概要", 40.0), ("担当課", 30.0)]
    rows = [seg_line(k * PITCH_PT, seg(55.0, [keys[k]], k * PITCH_PT), seg(value_x, [("創業に要する経費", 60.0)], k * PITCH_PT))
            for k in range(n_text_rows)]
    top = n_text_rows * PITCH_PT
    return [*rows, seg_line(top, seg(55.0, glued, top))]


KEY_PT = 166.2 - 55.0 - GAP_PT  # the glued key's width: its value starts at the value column's x


@pytest.mark.parametrize(("n_text_rows", "parted"), [(2, True), (1, False)])  # MIN_EDGE_LINES show the column's start
def test_a_value_glued_to_its_key_parts_where_the_value_column_starts(n_text_rows: int, parted: bool) -> None:
    glued = [("基準年度値（2023年度）", KEY_PT), ("35.5万人回/年", 40.0)]
    out = split_at_value_starts(card_lines(n_text_rows, glued))[-1]
    assert [s.text for s in out.segments] == (["基準年度値（2023年度）", "35.5万人回/年"] if parted else ["基準年度値（2023年度） 35.5万人回/年"])


@pytest.mark.parametrize("glued", [
    [("基準年度値（2023年度）", KEY_PT), ("のとおり", 40.0)],  # no figure: prose set across the columns
    [("基準年度値（2023年度）", KEY_PT + 3.0), ("35.5万人回/年", 40.0)],  # a figure off the column's start
    [("△", KEY_PT), ("35.5", 20.0)]])  # a figure and the sign before it read as one value
def test_a_line_of_one_segment_stays_whole_without_a_figure_on_the_column_start(glued: list[tuple[str, float]]) -> None:
    out = split_at_value_starts(card_lines(3, glued))[-1]
    assert len(out.segments) == 1


@pytest.mark.parametrize("off, kept", [(0.7 * ALIGN_TOL_PT, True), (1.5 * ALIGN_TOL_PT, False)])
def test_lines_parted_near_a_gap_do_not_bridge_it(off: float, kept: bool) -> None:
    # every line parted a few hundredths of a point past the gap opened (80.01 | 未達成, 11 | ◎,
    # corpus seed 701 kpi_progress in calc_borderless): none ends exactly at it, none bridges it
    cols = [(66.0, 77.35), (77.35, 115.0)]
    per_line = [[(66.0, 77.35 + off), (77.35 + off, 115.0)], [(70.0, 77.35 + off / 2), (77.35 + off / 2, 100.0)]]
    assert (colgaps.close_unwitnessed_gaps(cols, per_line) == cols) is kept


def _glued_rows(marks: list[str], at: list[float]) -> list[SegLine]:
    """Rows of a name, a cell right-aligned at 291.1 (93.8, 調査なし, …) and the next column's mark
    set flush left from at[k] after a joint, no word space: 93.8－ | 調査なし… under 令和5年度 |
    令和6年度 (corpus seed 830 kpi_year_matrix in calc_borderless)."""
    cells = ["93.8", "調査なし", "12.5"]
    out = []
    for k, (mark, x) in enumerate(zip(marks, at)):
        top, width = k * PITCH_PT, 7.2 * len(cells[k]) if not cells[k][0].isdigit() else figure(cells[k])
        text = cells[k] + mark
        glued = Segment(text, (291.1 - width, top, x + 7.2, top + SIZE_PT), ((len(cells[k]), x),), ((291.1 - width, x + 7.2),))
        out.append(seg_line(top, seg(54.0, [(f"指標{k}", 30.0)], top), glued, seg(380.0, [("83.1", figure("83.1"))], top)))
    return out


@pytest.mark.parametrize(("marks", "at", "parted"), [
    (["－", "…"], [292.1, 292.2], True),  # two rows' marks start at one x: the next column's left edge
    (["－", "…"], [292.1, 292.1 + 2 * ALIGN_TOL_PT], False),  # starting apart: no edge shown
    (["※", "件"], [292.1, 292.2], False),  # a note mark, a unit: no value, the cell's own
    (["－"], [292.1], False),  # one row proves no edge (MIN_EDGE_LINES)
])
def test_a_mark_glued_after_a_cell_is_the_next_column_s_where_rows_start_it_at_one_x(
        marks: list[str], at: list[float], parted: bool) -> None:
    lines = split_at_edges(_glued_rows(marks, at))
    assert (len(lines[0].segments) == 4 and lines[0].segments[1].text == "93.8") is parted


def _letters_over_figures(gap: float) -> list[SegLine]:
    # 本 年 度 set letter-spaced over 金額 | 構成比, the first column's figures ending at 237.1,
    # between 本 and 年 (corpus seed 986 budget_book in pdf_rules, dev7 wordings)
    x0 = 237.1 - 7.2 - gap / 2
    head = Segment("本 年 度", (x0, -20.0, x0 + 3 * 7.2 + 2 * gap, -20.0 + SIZE_PT), (),
                   tuple((x0 + k * (7.2 + gap), x0 + k * (7.2 + gap) + 7.2) for k in range(3)))
    return [seg_line(-20.0, seg(115.9, [("科目", 14.4)], -20.0), head), *budget_rows(3)]


@pytest.mark.parametrize("gap_em, parted", [(LETTER_SPACE_EM - 0.05, False), (LETTER_SPACE_EM + 0.05, True)])
def test_a_word_set_letter_spaced_is_not_parted_at_a_figure_edge(gap_em: float, parted: bool) -> None:
    # letters farther apart than LETTER_SPACE_EM of a letter are two words (地 方 債 | そ の 他)
    head = split_at_edges(_letters_over_figures(gap_em * 7.2))[0]
    assert [s.text for s in head.segments][1:] == (["本", "年 度"] if parted else ["本 年 度"])


def _figure_at(edge: float, text: str, top: float) -> Segment:
    return seg(edge - figure(text), [(text, figure(text))], top)


def _years_under_a_header(second: tuple[str, str], first_line: bool = False, gap: float = 3.5) -> list[SegLine]:
    """A header line of two segments, then one segment of year headers set by a spreadsheet's narrow
    gap over two figure columns right-aligned at 237.1 and 291.8 (H30年度 2018 R元年度 2019 …, corpus
    seed 867 kpi_year_matrix in calc_borderless, dev9): 2020 ends 1.2 pt before 237.1, R3年度 starts
    gap pt after 2020. The first column's figures are one width; the second's, second (a row each), may differ."""
    widths = [25.0, 18.0, 25.0, 18.0]
    x0 = 235.9 - GAP_PT - widths[0] - widths[1]
    starts = [x0, x0 + widths[0] + GAP_PT, 235.9 + gap, 235.9 + gap + widths[2] + GAP_PT]
    boxes = tuple((a, a + w) for a, w in zip(starts, widths))
    years = Segment("R2年度 2020 R3年度 2021", (x0, -20.0, boxes[-1][1], -20.0 + SIZE_PT), (), boxes)
    head = seg_line(-40.0, seg(115.9, [("区分", 14.4)], -40.0), seg(200.0, [("年度実績値", 36.0)], -40.0))
    rows = [seg_line(k * PITCH_PT, seg(115.9, [("事業", 30.0)], k * PITCH_PT),
                     _figure_at(237.1, a, k * PITCH_PT), _figure_at(291.8, b, k * PITCH_PT))
            for k, (a, b) in enumerate([("68", "74"), second])]
    return [seg_line(-20.0, years), *rows] if first_line else [head, seg_line(-20.0, years), *rows]


@pytest.mark.parametrize(("figure_below", "parted"), [
    ("1,095", True),  # 74 over 1,095 ending at one x: the table sets its figures right-aligned, 68 | 61 too
    ("95", False),  # every column's figures one width: left-aligned as well, no edge proved
])
def test_a_header_row_set_as_one_segment_is_parted_at_the_table_s_right_edges(figure_below: str, parted: bool) -> None:
    years = split_at_edges(_years_under_a_header(("61", figure_below)))[1]
    assert [s.text for s in years.segments] == (["R2年度 2020", "R3年度 2021"] if parted else ["R2年度 2020 R3年度 2021"])


def test_a_line_of_one_segment_under_no_header_line_stays_whole() -> None:
    # a heading or prose set across the columns (no header line of several segments above it)
    years = split_at_edges(_years_under_a_header(("61", "1,095"), first_line=True))[0]
    assert [s.text for s in years.segments] == ["R2年度 2020 R3年度 2021"]


@pytest.mark.parametrize(("past_edge", "parted"), [(MIN_GAP_PT + 0.3, True), (MIN_GAP_PT - 0.3, False)])
def test_a_header_row_is_parted_only_where_its_cells_keep_the_column_gaps_open(past_edge: float, parted: bool) -> None:
    # 令和2年度/2020年度 starting 1.7 pt after 813's edge would close the gap between two columns
    # (corpus seed 867 kpi_year_matrix in calc_borderless, dev4 wordings): left whole
    years = split_at_edges(_years_under_a_header(("61", "1,095"), gap=237.1 - 235.9 + past_edge))[1]
    assert len(years.segments) == (2 if parted else 1)
