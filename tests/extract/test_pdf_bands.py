"""A ruled header band over an unruled body: extract.pdf.bands (realdocs kobe_jinko_no_ugoki_h26
p5 / p7 / p9: a box of column heads, then rows of figures set in the open).

Lines are 10 pt tall; the band spans x 100-400 in three columns, y 0-20.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.bands import band_and_body, body_below, find_bands, is_band, is_value_cell, next_table_top
from extract.pdf.borderless import find_borderless
from extract.pdf.grid import RawCell, RawTable, SegLine, Segment

HEIGHT = 10.0
EDGES = (100.0, 200.0, 300.0, 400.0)


def band(texts: Sequence[str] = ("出生数", "死亡数", "人口"), rows: int = 1) -> RawTable:
    cells = tuple(tuple(RawCell(t if r == 0 else "", (a, r * 20.0, b, r * 20.0 + 20.0), 1)
                        for t, a, b in zip(texts, EDGES, EDGES[1:])) for r in range(rows))
    return RawTable(1, (EDGES[0], 0.0, EDGES[-1], 20.0 * rows), cells, "pdfplumber", 0.9, EDGES)


def body_line(top: float, label: str = "東灘区", xs: Sequence[float] = (160, 260, 360),
              texts: Sequence[str] = ("1,847", "1,734", "213,358")) -> SegLine:
    segs = [Segment(label, (20.0, top, 50.0, top + HEIGHT))] if label else []
    segs += [Segment(t, (x, top, x + 35.0, top + HEIGHT)) for x, t in zip(xs, texts)]
    return SegLine(tuple(segs), (segs[0].bbox[0], top, segs[-1].bbox[2], top + HEIGHT), 1)


def test_a_head_cell_holds_no_figure() -> None:
    assert is_value_cell("1,234") and is_value_cell("9.30")
    assert not is_value_cell("7") and not is_value_cell("平成6") and not is_value_cell("出生数")


def test_a_band_is_a_short_ruled_table_of_heads() -> None:
    assert is_band(band())
    assert is_band(band(rows=3))  # MAX_HEADER_ROWS
    assert not is_band(band(rows=4))
    assert not is_band(band(("出生数", "1,234", "人口")))


def test_the_body_starts_within_reach_of_the_band() -> None:
    # BAND_REACH_LINES (2.0): a body 1.5 lines below is the band's (halved, 1.0, it would not be);
    # 2.5 lines below it is not (doubled, 4.0, it would be)
    near = [body_line(20 + 1.5 * HEIGHT), body_line(20 + 2.7 * HEIGHT)]
    assert body_below(band(), near) == [0, 1]
    far = [body_line(20 + 2.5 * HEIGHT), body_line(20 + 3.7 * HEIGHT)]
    assert body_below(band(), far) == []


def test_the_body_ends_at_a_wide_gap() -> None:
    # BODY_GAP_LINES (3.0): a gap of 2.5 lines goes on (halved, 1.5, it would end the body); one of
    # 3.5 ends it (doubled, 6.0, it would not)
    lines = [body_line(22), body_line(34), body_line(44 + 2.5 * HEIGHT), body_line(66 + 2.5 * HEIGHT + 3.5 * HEIGHT)]
    assert body_below(band(), lines) == [0, 1, 2]


def test_a_band_heads_at_least_two_lines_of_numbers() -> None:
    # MIN_BODY_LINES (2): two lines of figures make a body (doubled, 4, they would not); one does
    # not (halved, 1, it would)
    assert body_below(band(), [body_line(22), body_line(34)]) == [0, 1]
    assert body_below(band(), [body_line(22), body_line(34, texts=("出生", "死亡", "計"))]) == []


def test_lines_of_numbers_count_when_they_cross_half_the_band() -> None:
    # MIN_OVERLAP_SHARE (0.5): figures across 0.6 of the band count (doubled, 1.0, they would not);
    # across 0.4 they do not (halved, 0.25, they would)
    wide = [body_line(22 + 12 * k, label="", xs=(150, 295), texts=("1,847", "1,734")) for k in range(2)]
    assert body_below(band(), wide) == [0, 1]  # x 150-330: 0.6 of the band
    narrow = [body_line(22 + 12 * k, label="", xs=(150, 235), texts=("1,847", "1,734")) for k in range(2)]
    assert body_below(band(), narrow) == []


def test_the_text_beside_the_band_joins_its_row() -> None:
    beside = SegLine((Segment("年次", (20.0, 5.0, 40.0, 15.0)),), (20.0, 5.0, 40.0, 15.0), 1)
    lines = [beside, body_line(22), body_line(34)]
    (found,) = find_bands([band()], lines)
    assert found.beside == frozenset({0}) and found.body == (1, 2)
    assert [s.text for s in found.rows[0].segments] == ["年次", "出生数", "死亡数", "人口"]


def test_heads_and_body_read_as_one_table_in_the_bands_columns() -> None:
    lines = [body_line(22 + 12 * k) for k in range(4)]
    (found,) = find_bands([band()], lines)
    tables, _ = find_borderless(band_and_body(found, lines), 1, 800.0, found.rules)
    (table,) = tables
    texts = [[c.raw for c in row if c.raw] for row in table.rows]
    assert texts[0] == ["出生数", "死亡数", "人口"]
    assert texts[1] == ["東灘区", "1,847", "1,734", "213,358"]


def test_a_body_ends_where_another_ruled_table_starts_under_the_band() -> None:
    # kobe_jinko p4: 表2's body runs close above 表3's ruled heads; the lines beside and under those
    # heads are 表3's, never rows of 表2
    second = RawTable(1, (EDGES[0], 60.0, EDGES[-1], 80.0), band().rows, "pdfplumber", 0.9, EDGES)
    lines = [body_line(22), body_line(34), body_line(46), body_line(64, label=""), body_line(84), body_line(96)]
    assert next_table_top(band(), [band(), second]) == 60.0
    assert body_below(band(), lines, next_table_top(band(), [band(), second])) == [0, 1, 2]
    bands = find_bands([band(), second], lines)
    assert [b.body for b in bands] == [(0, 1, 2), (4, 5)]


def test_a_table_beside_the_band_sets_no_floor() -> None:
    aside = RawTable(1, (500.0, 60.0, 600.0, 80.0), band().rows, "pdfplumber", 0.9, (500.0, 550.0, 600.0))
    assert next_table_top(band(), [band(), aside]) == float("inf")
