"""Columns and header bands of borderless tables read from their own geometry (session 24):
one amount's myriad groups and a value's unit before its note stay one cell whatever edge they
end on, a full-width minus signs a figure, a name's wrapped note heads no table, a header taller
than MAX_HEADER_ROWS lines still shows the columns its stub header stands over, a header opening
with its year is the header band's, a header wrapped inside its brackets is one header row, and
group headers centred over their runs part the sub-headers among them.

Lines are built by hand in PDF points (top-left origin).
"""

from __future__ import annotations

import pytest

from extract.pdf.borderless import _lift, find_borderless
from extract.pdf.header_spans import PARTITION_CENTRE_TOL
from extract.pdf.edges import split_at_edges
from extract.pdf.grid import MAX_HEADER_ROWS, RawCell, Segment, SegLine, is_value
from extract.pdf.headings import heads_no_columns, is_heading_number
from extract.pdf.wrapped_heads import _header_rows
from normalize.numbers import continues_below_scale

SIZE_PT = 10.5
PITCH_PT = 11.5
GLYPH_PT = 10.5  # a full-width glyph's advance
DIGIT_PT = 5.25


def seg(x0: float, words: list[tuple[str, float]], top: float, joints: tuple[tuple[int, float], ...] = ()) -> Segment:
    """A segment of words, each (text, width), a quarter em apart, measured."""
    boxes, at = [], x0
    for _, width in words:
        boxes.append((at, at + width))
        at += width + SIZE_PT / 4
    return Segment(" ".join(w for w, _ in words), (x0, top, boxes[-1][1], top + SIZE_PT), joints, tuple(boxes))


def seg_line(top: float, *segs: Segment) -> SegLine:
    return SegLine(segs, (segs[0].bbox[0], top, segs[-1].bbox[2], top + SIZE_PT), 1, " ".join(s.text for s in segs))


def width(text: str) -> float:
    return sum(DIGIT_PT if ch.isascii() else GLYPH_PT for ch in text)


@pytest.mark.parametrize(("head", "tail", "goes_on"), [
    ("10億", "4,854万", True), ("10億", "4,854", True), ("1億", "2,000万円", True),
    ("10億", "5億", False),  # two amounts: 5億 is no lower group of 10億
    ("12", "345", False),  # no scale word ends the head: two figures side by side
    ("10億円", "4,854", False),  # the head's unit closes its amount
    ("4,854万", "円", False),  # a unit, no digits
])
def test_a_figure_goes_on_below_the_scale_word_its_head_ends_with(head: str, tail: str, goes_on: bool) -> None:
    assert continues_below_scale(head, tail) is goes_on


def test_one_amount_s_myriad_groups_stay_one_cell_where_its_groups_end_on_one_x() -> None:
    # 10億 4,854万 right-aligned in a 計 column, every row's groups as wide (corpus seed 745
    # budget_supplementary in typst_borderless): the 万 group ends on the rows' edge, yet 10億 is its head
    edge = 420.0
    rows = []
    for k, (oku, man) in enumerate((("10億", "4,854万"), ("16億", "4,424万"), ("9億", "8,465万"))):
        top = k * PITCH_PT
        x0 = edge - width(oku) - SIZE_PT / 4 - width(man)
        rows.append(seg_line(top, seg(60.0, [("事業" + "ア" * k, 4 * GLYPH_PT)], top), seg(x0, [(oku, width(oku)), (man, width(man))], top)))
    assert [[s.text for s in ln.segments] for ln in split_at_edges(rows)] == [
        ["事業", "10億 4,854万"], ["事業ア", "16億 4,424万"], ["事業アア", "9億 8,465万"]]


def test_two_figures_a_word_space_apart_still_part_at_the_edge_the_second_ends_on() -> None:
    # the control: 12 | 345 (no scale word) part where the rows' figures end
    edge = 420.0
    rows = [seg_line(k * PITCH_PT, seg(60.0, [("事業", 2 * GLYPH_PT)], k * PITCH_PT),
                     seg(edge - width(f"1{k}") - SIZE_PT / 4 - width(f"34{k}5"), [(f"1{k}", width(f"1{k}")), (f"34{k}5", width(f"34{k}5"))], k * PITCH_PT))
            for k in range(3)]
    assert [s.text for s in split_at_edges(rows)[0].segments] == ["事業", "10", "3405"]


@pytest.mark.parametrize(("after", "whole"), [("人（延べ", True), ("区分（延べ", False)])
def test_a_unit_opening_a_note_stays_with_its_figure_on_a_joint_edge(after: str, whole: bool) -> None:
    # 10人（延べ 273 日） over 12人（延べ 269 日）: 10 and 12 end on one x at a joint (corpus seed 993
    # kpi_cards in typst_borderless); the unit and its open note are the figure's. A word that is no
    # unit of the figure (区分) is another cell's: the edge parts it as before.
    x0 = 276.0
    rows = []
    for k, figure in enumerate(("10", "12")):
        top = k * PITCH_PT
        joint = x0 + width(figure)
        words = [(figure + after, width(figure + after)), (f"2{k}3", width("273")), ("日）", 2 * GLYPH_PT)]
        rows.append(seg_line(top, seg(60.0, [("策定時" + "ア" * k, 4 * GLYPH_PT)], top), Segment(
            f"{figure}{after} 2{k}3 日）", seg(x0, words, top).bbox, ((len(figure), joint),), seg(x0, words, top).words)))
    parted = [s.text for s in split_at_edges(rows)[0].segments]
    assert parted == (["策定時", f"10{after} 203 日）"] if whole else ["策定時", "10", f"{after} 203 日）"])


@pytest.mark.parametrize(("number", "heading"), [
    ("（1）", True), ("基本目標2", True), ("第3章", True),
    ("（18", False),  # （18 歳まで） read apart at its space: its bracket left open for the words after it
])
def test_a_heading_number_closes_the_brackets_it_opens(number: str, heading: bool) -> None:
    assert is_heading_number(number) is heading


def test_a_name_s_wrapped_note_hung_left_of_the_names_heads_no_table() -> None:
    # 子ども医療費 / 助成事業 / （18 歳まで）, the bracket hung 2.7 pt left of the names, over the next
    # rows (corpus seed 731 budget_supplementary in typst_borderless): the table goes on
    def row(top: float, name: str) -> SegLine:
        return seg_line(top, seg(61.7, [(name, width(name))], top), seg(190.0, [("1,289,439千円", 60.0)], top),
                        seg(300.0, [("136,597千円", 55.0)], top), seg(430.0, [("1,426,036千円", 60.0)], top))
    note = SegLine((Segment("（18 歳まで）", (59.0, 0.0, 114.1, SIZE_PT)),), (59.0, 0.0, 114.1, SIZE_PT), 1, "（18 歳まで）")
    lines = [note, row(PITCH_PT, "観光プロモー"), row(2 * PITCH_PT, "森林環境整備事業"), row(3 * PITCH_PT, "図書館運営事業")]
    assert not heads_no_columns(lines, 0)


def test_a_stub_header_over_a_header_taller_than_max_header_rows_is_lifted_into_the_table() -> None:
    # 年 度 | 実績値（年度末） over four indicators whose headers wrap over four lines, the years'
    # column filled by the body alone (corpus seed 996 kpi_transposed in typst_borderless)
    cols = [(112.0, 176.0), (192.0, 255.0), (269.0, 337.0), (348.0, 416.0)]
    top = PITCH_PT + 1.0
    head = seg_line(0.0, seg(64.8, [("年 度", 31.5)], 0.0), seg(227.6, [("実績値（年度末）", 73.7)], 0.0))
    wraps = [seg_line(top + k * PITCH_PT, *(seg(a, [(f"指標{j}の{k}", b - a)], top + k * PITCH_PT) for j, (a, b) in enumerate(cols)))
             for k in range(MAX_HEADER_ROWS + 1)]
    body_top = top + (MAX_HEADER_ROWS + 1) * PITCH_PT
    body = [seg_line(body_top + k * PITCH_PT, seg(73.5, [(f"201{5 - k}", 26.0)], body_top + k * PITCH_PT),
                     *(seg(b - 20.0, [(f"{150 + k + j}", 20.0)], body_top + k * PITCH_PT) for j, (_, b) in enumerate(cols)))
            for k in range(3)]
    assert _lift([head, *wraps, *body], 1, 0) == 0





def _row(top: float, *texts: str) -> tuple[RawCell, ...]:
    return tuple(RawCell(t, (60.0 + 50 * k, top, 100.0 + 50 * k, top + 6.0), 1) for k, t in enumerate(texts))


@pytest.mark.parametrize(("last", "rows"), [("元年度）", 3), ("元年度", 1)])
def test_a_figure_like_line_inside_a_header_s_open_bracket_is_the_header_s(last: str, rows: int) -> None:
    # 現在値（平成 / 31 年度/令和 / 元年度）, each line a row of its own (corpus seed 759 kpi_year_matrix in
    # typst_borderless): 31 年度/令和 reads as a figure with its unit, yet goes on the open bracket its
    # cell under it closes; with no line closing it, it is a body's figure
    table = [_row(0.0, "数値目標", "現況値（2015", "現在値（平成"), _row(8.0, "", "年度（平成 27", "31 年度/令和"),
             _row(16.0, "", "年度））", last), _row(24.0, "創業件数（件）", "16", "14")]
    assert _header_rows(table) == rows





def _group_spans(goal_width: float) -> list[tuple[str, int]]:
    """基準年度値 over H27, 達成値 centred over H29 … R1, 目標値 over R2 … R6 starting where R4's figures
    start and goal_width wide, the columns' extents as corpus seed 754 kpi_year_matrix in
    typst_borderless sets them, as read."""
    cols = [(156.6, 186.5), (200.0, 235.5), (244.1, 274.1), (287.5, 317.4), (330.9, 360.8), (374.2, 404.2),
            (417.6, 449.3), (460.9, 490.9), (500.2, 530.2)]
    years = ("H27", "H29", "H30", "R1", "R2", "R3", "R4", "R5", "R6")

    def row(top: float, *segs: tuple[float, float, str]) -> SegLine:
        segments = tuple(Segment(t, (a, top, b, top + 9.0)) for a, b, t in segs)
        return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + 9.0), 1, " ".join(t for _, _, t in segs))
    lines = [row(0.0, (95.0, 113.0, "項目"), (159.8, 186.8, "基準年度値"), (246.9, 273.9, "達成値"),
                 (418.7, 418.7 + goal_width, "目標値")),
             row(14.0, *((a, b, y) for (a, b), y in zip(cols, years))),
             *(row(28.0 + 14.0 * r, (62.0, 130.0, f"指標{r}"), *((b - 20.0, b, f"{r}{k},5{k}6") for k, (_, b) in enumerate(cols)))
               for r in range(3))]
    tables, _ = find_borderless(lines, 1, 842.0)
    return [(c.raw, c.col_span) for c in tables[0].rows[0] if c.raw]


@pytest.mark.parametrize(("goal_width", "spans_run"), [
    (27.0, True),  # 0.056 of a column's width off the run's centre: within PARTITION_CENTRE_TOL (0.1), not half of it
    (33.0, False),  # 0.155 off: a header flush with R4 wider than it, within double the tolerance only
])
def test_group_headers_part_the_sub_headers_by_their_centres(goal_width: float, spans_run: bool) -> None:
    assert PARTITION_CENTRE_TOL == 0.1
    spans = _group_spans(goal_width)
    assert (spans[-1] == ("目標値", 5)) is spans_run
    if spans_run:
        assert spans == [("項目", 1), ("基準年度値", 1), ("達成値", 3), ("目標値", 5)]


@pytest.mark.parametrize(("text", "value"), [("－1", True), ("－2,707万円", True), ("－", True), ("1", True), ("ー1", False)])
def test_a_full_width_minus_signs_a_figure(text: str, value: bool) -> None:
    # －1 億 8,765 万円 (corpus seed 800 budget_supplementary in typst_borderless): a signed figure, which
    # value_starts reads on into 億 8,765 万円 as one amount; ー (a long vowel mark) signs nothing
    assert is_value(text) is value


def test_a_header_opening_with_its_year_is_of_the_header_band() -> None:
    # 2026 年度計 / 画目標値 / （百万円） beside 基準年度値 / （百万円） (corpus seed 881 kpi_baseline_target in
    # typst_borderless): the band's three lines head the columns, 未公表 left-aligned under 基準年度値; the rows
    # standing as close as the header's lines, the header, its cells starting on one line at one gap, is read
    # alone as one row of wrapped cells (header_groups.head_leading)
    def row(top: float, *segs: tuple[float, float, str]) -> SegLine:
        segments = tuple(Segment(t, (a, top, b, top + SIZE_PT)) for a, b, t in segs)
        return SegLine(segments, (segments[0].bbox[0], top, segments[-1].bbox[2], top + SIZE_PT), 1, " ".join(t for _, _, t in segs))
    lines = [row(0.0, (124.0, 145.0, "指標"), (238.4, 303.1, "2026 年度計"), (368.0, 420.5, "基準年度値"), (488.4, 533.6, "県内平均")),
             row(14.0, (244.0, 297.0, "画目標値"), (368.0, 420.5, "（百万円）")),
             row(28.0, (244.0, 297.0, "（百万円）")),
             row(45.0, (61.7, 114.2, "農業産出額"), (274.7, 303.1, "4,128"), (313.1, 344.6, "未公表"), (505.1, 533.6, "5,339")),
             row(59.0, (61.7, 114.2, "観光入込客数"), (274.7, 303.1, "1,128"), (313.1, 344.6, "2,451"), (505.1, 533.6, "3,339"))]
    tables, _ = find_borderless(lines, 1, 842.0)
    texts = [[c.raw for c in r] for r in tables[0].rows]
    assert texts[0] == ["指標", "2026 年度計\n画目標値\n（百万円）", "基準年度値\n（百万円）", "県内平均"]
    assert texts[-2:] == [["農業産出額", "4,128", "未公表", "5,339"], ["観光入込客数", "1,128", "2,451", "3,339"]]


def test_a_heading_over_a_card_stays_out_of_it_however_far_down_its_figures_stand() -> None:
    # 基本目標4 | 新しいひとの流れをつくる over a card whose keys and values run five lines before its
    # first figure (corpus seed 770 kpi_cards in calc_borderless): only the columns are read that far down
    def row(top: float, key: str, value: str) -> SegLine:
        return seg_line(top, seg(56.0, [(key, width(key))], top), seg(160.0, [(value, width(value))], top))
    heading = row(0.0, "基本目標4", "新しいひとの流れをつくる")
    card = [row(PITCH_PT * (k + 1) + 1.0, key, value) for k, (key, value) in enumerate((
        ("施策", "総所得の向上"), ("成果指標", "要介護認定率"), ("担当課", "子育て支援課"), ("取組内容", "防災資機材の購入を支援する"),
        ("策定時", "14.0%（2024年度）"), ("目標値", "14.3%（2030年度）")))]
    assert _lift([heading, *card], 1, 0) == 1
