"""Right-aligned figures of mixed widths are one column, a group header over several is none
(extract.pdf.edges.right_aligned_spans, type_size; extract.pdf.colgaps.columns).

Lines are built by hand in PDF points (top-left origin), shaped like headless Chromium's print of
a 主な事業 table squeezed onto A4 (corpus seed 810 budget_main_projects in chromium_borderless):
its 事業名 and 事業概要 columns wrap a glyph or two per line beside each other, so most of the
table's lines hold two segments while only three lines hold the figures; the 財源内訳 columns
hold 万円 / 億円 amounts of very different widths (0万円, 2億654万円) right-aligned in each.
"""

from __future__ import annotations

import pytest

from extract.pdf.borderless import find_borderless
from extract.pdf.cells import header_phrases
from extract.pdf.colgaps import BRIDGE_SHARE, columns
from extract.pdf.edges import HEIGHT_TOL, MIN_EDGE_LINES, right_aligned_spans, split_at_edges, type_size
from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine

SIZE_PT = 7.8
PITCH_PT = 7.8
GLYPH_PT = 7.8  # a full-width glyph at SIZE_PT
DIGIT_PT = 3.9
EDGES = (376.2, 432.0, 482.3)  # where the 国・県, 町債 and その他 figures end
NAME_X, DESC_X = 99.9, 120.7  # the wrapped 事業名 and 事業概要 columns


def width(text: str) -> float:
    return sum(GLYPH_PT if ord(ch) > 0xFF else DIGIT_PT for ch in text)


def seg(text: str, x0: float, top: float, height: float = SIZE_PT) -> Segment:
    return Segment(text, (x0, top, x0 + width(max(text.split("\n"), key=width)), top + height))


def flush_right(text: str, edge: float, top: float) -> Segment:
    return Segment(text, (edge - width(text), top, edge, top + SIZE_PT))


def line(*segs: Segment) -> SegLine:
    return SegLine(segs, (segs[0].bbox[0], min(s.bbox[1] for s in segs), segs[-1].bbox[2], max(s.bbox[3] for s in segs)),
                   1, " ".join(s.text for s in segs))


def table(rows: list[tuple[str, str, str]], wrapped: int = 14, group: Segment | None = None,
          beside: bool = True) -> list[SegLine]:
    """A header (group header over 国・県 | 町債 | その他, each sub-header centred over its figures),
    then per row `wrapped` lines of a glyph of 事業名 (unless not beside) beside two of 事業概要,
    the row's figures right-aligned at EDGES on the middle one."""
    group = group or seg("特定財源等", 419.9, 70.6)
    out = [line(seg("事", NAME_X, 70.6), group),
           line(seg("名", NAME_X, 78.4), seg("概要", DESC_X, 78.4), seg("国・県", 343.1, 78.4), seg("町債", 402.8, 78.4),
                seg("その他", 452.0, 78.4))]
    top = 100.0
    for figures in rows:
        for k in range(wrapped):
            wraps = [seg("業", NAME_X, top)] * beside + [seg("移住", DESC_X, top)]
            if k == wrapped // 2:
                wraps += [flush_right(f, e, top) for f, e in zip(figures, EDGES)]
            out.append(line(*wraps))
            top += PITCH_PT
    return out


MIXED = [("762万円", "2億654万円", "―"), ("3億687万円", "0万円", "5,102万円"), ("4,983万円", "0万円", "0万円")]


def test_short_and_long_figures_on_one_edge_span_one_column() -> None:
    spans = right_aligned_spans(table(MIXED))
    bond = next(sp for sp in spans if abs(sp[1] - EDGES[1]) <= ALIGN_TOL_PT)
    assert bond == pytest.approx((EDGES[1] - width("2億654万円"), EDGES[1]))  # from the long one's start


def test_figures_starting_at_one_x_span_no_column() -> None:
    # figures set flush left (each as wide as the others) prove no right edge
    lines = [line(seg("1", 50.0, t), seg("東町", 80.0, t), seg("123", 300.0, t)) for t in (0.0, 10.0, 20.0)]
    assert right_aligned_spans(lines) == []


def test_a_figure_reaching_over_another_edge_widens_neither() -> None:
    lines = table(MIXED)
    wide = flush_right("12億3,456万7,890円", EDGES[1], 500.0)  # a 合計 set over two cells
    assert wide.bbox[0] < EDGES[0]
    spans = right_aligned_spans([*lines, line(seg("計", NAME_X, 500.0), wide)])
    assert next(sp for sp in spans if abs(sp[1] - EDGES[1]) <= ALIGN_TOL_PT)[0] > EDGES[0]


def test_few_figure_rows_among_many_wrapped_lines_keep_their_columns() -> None:
    lines = table(MIXED)
    # the figures' lines are fewer than the share of lines a column gap may be bridged by
    assert len(MIXED) + 1 <= int(BRIDGE_SHARE * sum(ln.is_multi for ln in lines))
    cols = columns(lines)
    for edge in EDGES:
        col = next(c for c in cols if c[0] < edge - 1.0 < c[1])
        assert col[1] == pytest.approx(edge)
    bond = next(c for c in cols if c[0] < EDGES[1] - 1.0 < c[1])
    assert bond[0] <= EDGES[1] - width("2億654万円")  # 0万円 and 2億654万円 in one column
    # the group header (419.9-458.8, between 0万円's start and その他's figures) is no column
    assert not any(432.0 < c[0] and c[1] < 444.0 for c in cols)
    assert len([c for c in cols if c[0] > 330.0]) == 3


def test_fewer_wrapped_lines_give_the_same_columns() -> None:
    # the rule does not hang on how many lines wrap: two lines a row, no bridging share at all
    few, many = columns(table(MIXED, wrapped=2)), columns(table(MIXED))
    assert [x for c in few if c[0] > 330.0 for x in c] == pytest.approx([x for c in many if c[0] > 330.0 for x in c])


def test_text_bridging_a_gap_on_few_lines_still_leaves_it_open() -> None:
    # a name overflowing into the next column on one line of many closes no gap: no figure ends there
    rows = [line(seg("業", NAME_X, t), seg("移住", DESC_X, t), seg("あいう", 200.0, t), seg("かき", 260.0, t))
            for t in range(0, 200, 10)]
    rows.append(line(seg("業", NAME_X, 300.0), seg("移住", DESC_X, 300.0), seg("あいうえおかきくけこ", 200.0, 300.0)))
    cols = columns(rows)
    assert any(abs(c[1] - (200.0 + width("あいう"))) <= ALIGN_TOL_PT for c in cols)
    assert any(abs(c[0] - 260.0) <= ALIGN_TOL_PT for c in cols)


@pytest.mark.parametrize(("text", "height", "expected"), [
    ("財源の内訳\n（円）", 2.2 * 4.9, 4.9),  # two lines over 4.9 pt figures: its width over five glyphs
    ("町債", 4.9, 4.9),  # one line: its height
    ("当初予算\n(千円)", 2.5 * 6.0, 6.0),  # a half-width line under a full-width one: the widest counts
])
def test_type_size_of_stacked_lines_is_their_glyph_width(text: str, height: float, expected: float) -> None:
    glyph = expected
    longest = max(sum(glyph if ord(ch) > 0xFF else glyph / 2 for ch in ln) for ln in text.split("\n"))
    assert type_size(Segment(text, (100.0, 0.0, 100.0 + longest, height))) == pytest.approx(expected)
    assert abs(type_size(Segment(text, (100.0, 0.0, 100.0 + longest, height))) - expected) <= HEIGHT_TOL * expected


def test_a_stacked_group_header_over_an_edge_closes_no_gap() -> None:
    # 財源の内訳/（円） set on the sub-headers' line (its lines merged with theirs) across the edge
    # where 町債's figures end: a header of two cells, not a column between them
    group = seg("財源の内訳\n（円）", 411.0, 78.4, height=2 * SIZE_PT + 1.0)
    # two rows (a valley of the coverage would part a third's), no line just below it parting its columns
    lines = table(MIXED[:MIN_EDGE_LINES], wrapped=10, group=group, beside=False)
    lines[1] = line(*lines[1].segments[:3], seg("町債", 380.0, 78.4), group, lines[1].segments[4])
    lines[0] = line(lines[0].segments[0])
    cols = columns(lines)
    assert any(abs(c[1] - EDGES[1]) <= ALIGN_TOL_PT for c in cols)
    assert not any(c[0] < EDGES[1] < c[1] - ALIGN_TOL_PT for c in cols)


def test_a_word_after_an_open_bracket_is_inside_it() -> None:
    # (単位 百万円) under 財源内訳 stays one phrase, its word space over a column gap
    assert header_phrases([("（単位", 424.4, 451.4), ("百万円）", 453.8, 489.8)]) == [("（単位 百万円）", 424.4, 489.8)]
    # a bracket closed before the space qualifies the word before it and nothing after
    spans = [("（R7）", 0.0, 20.0), ("実績", 30.0, 50.0)]
    assert header_phrases(spans) == spans


def _unit_under_group(unit_words: tuple[str, str]) -> list[SegLine]:
    """A header line of a group header's unit (its two words a space apart, the space falling on
    the edge where 町債's figures end at 450.5, its first word as wide as a figure cell there), over
    two rows of figures right-aligned at 410.3, 450.5 and 495.0."""
    first, second = unit_words
    unit = Segment(f"{first} {second}", (424.4, 84.5, 489.8, 84.5 + SIZE_PT), words=((424.4, 451.4), (453.8, 489.8)))
    head = line(seg("課名", NAME_X, 84.5), unit)
    rows = [line(seg("建設課", NAME_X, top), flush_right(a, 410.3, top), Segment(b, (450.5 - wide, top, 450.5, top + SIZE_PT)),
                 flush_right(c, 495.0, top)) for top, (a, b, c), wide in ((120.0, ("177.9", "157.5", "19.7"), 25.2),
                                                                         (140.0, ("231.1", "0.0", "19.4"), 13.9))]
    return [head, *rows]


def test_a_unit_in_brackets_over_an_edge_stays_whole() -> None:
    head = split_at_edges(_unit_under_group(("（単位", "百万円）")))[0]
    assert [s.text for s in head.segments] == ["課名", "（単位 百万円）"]


def test_words_outside_brackets_still_part_at_the_edge() -> None:
    head = split_at_edges(_unit_under_group(("（R6）", "百万円")))[0]
    assert [s.text for s in head.segments] == ["課名", "（R6）", "百万円"]


def _budget_under(caption: SegLine) -> list[SegLine]:
    """caption, then a header and three rows of a name and two figure columns right-aligned."""
    head = line(seg("事業名", 60.0, 100.0), seg("予算額", 200.0, 100.0), seg("一般財源", 280.0, 100.0))
    rows = [line(seg(name, 60.0, top), flush_right(a, 230.0, top), flush_right(b, 320.0, top))
            for top, name, a, b in ((120.0, "道路整備", "416,750", "303,174"), (140.0, "学校改修", "54,516", "0"),
                                    (160.0, "移住支援", "306,031", "138,114"))]
    return [caption, head, *rows]


def test_a_unit_caption_parted_at_a_wide_space_opens_no_table() -> None:
    # （単位　千円） right-aligned over the table, parted by the reader at its full-width space
    caption = line(seg("（単位", 240.0, 80.0), seg("千円）", 290.0, 80.0))
    tables, used = find_borderless(_budget_under(caption), 1, 842.0)
    assert len(tables) == 1 and used == [1, 2, 3, 4]
    assert tables[0].rows[0][0].raw == "事業名"


def test_two_headers_over_a_table_are_no_caption() -> None:
    # words a space apart that are no one bracketed phrase head columns: the table opens with them
    for heads in [(seg("（単位）", 200.0, 80.0), seg("千円", 290.0, 80.0)), (seg("単位", 200.0, 80.0), seg("千円", 290.0, 80.0))]:
        tables, used = find_borderless(_budget_under(line(*heads)), 1, 842.0)
        assert used[0] == 0


def test_a_unit_after_the_word_unit_is_what_it_names() -> None:
    # 単位 円 under 財源内訳（当初予算）, its word space over the column gap below: one statement
    assert header_phrases([("単位", 404.3, 416.0), ("円", 423.9, 429.8)]) == [("単位 円", 404.3, 429.8)]
    # 単位 heading a unit column beside another header, or a unit before another word, stays apart
    spans = [("単位", 0.0, 20.0), ("現状値", 30.0, 60.0)]
    assert header_phrases(spans) == spans
    spans = [("千円", 0.0, 20.0), ("円", 30.0, 40.0)]
    assert header_phrases(spans) == spans
