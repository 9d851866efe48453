"""Session 24's rules from pages read by hand (realdocs): a ruled band's head no cell holds
(kobe_jinko p12), lines of a ruled row that are no row (otoineppu_kyuyo p11), a value axis with
its legend read as a table (kyuyo p11), a row named by a year and its kind (setagaya p36) and a
row name's kind stated only in a bracket (setagaya p36)."""

from __future__ import annotations

import pytest

from extract.interpret.facets import read_facets
from extract.interpret.values import _row_relative_year, main_reading_facets
from extract.pdf import band_rows
from extract.pdf.band_rows import is_range_mark, is_unit_line, joined_line_rows, leaves_range_open
from extract.pdf.bands import Band, _row_of, band_lines, open_head, span_open_heads
from extract.pdf.charts import TICK_ALIGN_EM, is_axis_beside_legend
from extract.pdf.grid import RawCell, RawLine, RawTable, SegLine, Segment
from extract.pdf.pieces import Piece

H = 10.0  # line height (pt)


def _cell(text: str, x0: float, x1: float, top: float = 0.0, bottom: float = 10.0, rs: int = 1) -> RawCell:
    return RawCell(text, (x0, top, x1, bottom), 1, row_span=rs)


def _line(*segs: tuple[str, float, float], top: float = 1.0) -> SegLine:
    s = tuple(Segment(t, (a, top, b, top + 8.0)) for t, a, b in segs)
    return SegLine(s, (s[0].bbox[0], top, s[-1].bbox[2], top + 8.0), 1)


# a band of two rows: 年 over 100-200 left closed by the rule at 100, open at the band's right edge (300);
# its row 0 slots 100-200 and 200-300 hold no cell (blank), row 1 heads A | B
BAND_ROWS = ((_cell("区分", 0, 100, 0, 20, rs=2), _cell("", 100, 200), _cell("", 200, 300)),
             (_cell("", 0, 100, 10, 20), _cell("A", 100, 200, 10, 20), _cell("B", 200, 300, 10, 20)))
BAND = RawTable(1, (0.0, 0.0, 300.0, 20.0), BAND_ROWS, "pdfplumber", 0.9, (0.0, 100.0, 200.0, 300.0))


def test_an_open_head_spans_its_blank_slots_and_mirrors_its_open_side() -> None:
    # glyphs set apart (平 成 2 6 年) centred at 200 over the run 100-300 closed on the left at 100:
    # the open right side lies as far from the centre, at 300 (the band's edge) or beyond
    head = open_head(_line(("平", 150, 158), ("成", 180, 188), ("26", 210, 220), ("年", 242, 250)), BAND_ROWS[0])
    assert head.text == "平成26年" and (head.bbox[0], head.bbox[2]) == (100.0, 300.0)
    wide = open_head(_line(("平成", 200, 230), ("26年", 270, 300)), BAND_ROWS[0])  # centre 250: open side at 400
    assert (wide.bbox[0], wide.bbox[2]) == (100.0, 400.0)
    latin = open_head(_line(("Fiscal", 120, 150), ("Year", 160, 180)), BAND_ROWS[0])
    assert latin.text == "Fiscal Year"


def test_a_line_joins_the_row_whose_own_slots_lie_nearest() -> None:
    # 区分 spans both rows (row_span 2): row 0's own slots are 0-10, row 1's 10-20
    assert _row_of(BAND_ROWS, 4.0) == 0 and _row_of(BAND_ROWS, 16.0) == 1
    assert _row_of(BAND_ROWS, 30.0) is None  # below the band


def test_the_open_head_and_text_beside_read_as_band_lines() -> None:
    lines = [_line(("平", 150, 158), ("年", 242, 250)), _line(("C", 320, 330), top=12.0)]
    rows, taken, heads = band_lines(BAND, lines)
    assert taken == {0, 1} and [h.text for h in heads] == ["平年"]
    assert [s.text for s in rows[0].segments] == ["区分", "平年"]
    assert [s.text for s in rows[1].segments] == ["A", "B", "C"]


def test_an_open_head_spans_the_table_columns_its_box_covers() -> None:
    rows = ((RawCell("", (0, 0, 100, 10), 1), RawCell("平成26年", (150, 0, 250, 10), 1), RawCell("", (200, 0, 300, 10), 1)),
            (RawCell("区分", (0, 10, 100, 20), 1), RawCell("A", (100, 10, 200, 20), 1), RawCell("B", (200, 10, 300, 20), 1)))
    table = RawTable(1, (0.0, 0.0, 300.0, 20.0), rows, "pdfplumber-text", 0.9, (0.0, 100.0, 200.0, 300.0))
    spanned = span_open_heads(table, [Segment("平成26年", (100.0, 0.0, 300.0, 8.0))])
    assert spanned.rows[0][1].col_span == 2 and spanned.rows[0][1].raw == "平成26年"
    narrow = span_open_heads(table, [Segment("平成26年", (160.0, 0.0, 240.0, 8.0))])  # covers one column's middle
    assert narrow.rows[0][1].col_span == 1


def _piece(text: str, col: int, top: float) -> Piece:
    return Piece(text, (col * 50.0, top, col * 50.0 + 20.0, top + 8.0), col)


def test_a_row_of_units_goes_with_the_row_under_it() -> None:
    units = [[_piece("人", 1, 0)], [_piece("人", 2, 0)]]
    values = [[_piece("職員数", 0, 10)], [_piece("2", 1, 10)], [_piece("3", 2, 10)]]
    assert [[p.text for b in r for p in b] for r in joined_line_rows([units, values])] == [["人", "人", "職員数", "2", "3"]]


def test_a_head_wrapped_at_its_range_mark_is_one_row() -> None:
    top = [[_piece("20歳", 1, 0)], [_piece("24歳", 2, 0)]]
    mark = [[_piece("～", 1, 10)], [_piece("～", 2, 10)]]
    bottom = [[_piece("23歳", 1, 20)], [_piece("27歳", 2, 20)]]
    assert len(joined_line_rows([top, mark, bottom])) == 1
    opened = [[_piece("20歳～", 1, 0)], [_piece("24歳～", 2, 0)]]
    assert len(joined_line_rows([opened, bottom])) == 1 and leaves_range_open(opened)
    assert is_range_mark("～") and not is_range_mark("20歳～")
    records = [[[_piece("市税", 0, 0)], [_piece("100", 1, 0)]], [[_piece("地方税", 0, 10)], [_piece("200", 1, 10)]]]
    assert len(joined_line_rows(records)) == 2


def test_a_unit_line_is_a_short_known_unit() -> None:
    # UNIT_WORD_MAX_CHARS (2): ヶ所 is a unit (halved, 1, it would not be); 世帯数, a head that is a
    # unit too, is not (doubled, 4, it would be); 千円 states a unit whatever its length
    assert band_rows.UNIT_WORD_MAX_CHARS == 2
    assert is_unit_line("人") and is_unit_line("千円") and is_unit_line("ヶ所") and is_unit_line("百万円")
    assert not is_unit_line("合計") and not is_unit_line("1人") and not is_unit_line("世帯数")


def _ticks(values: list[str], right: float = 40.0) -> list[RawLine]:
    return [RawLine(v, (right - 6.0 * len(v), 20.0 * k, right, 20.0 * k + H), 1) for k, v in enumerate(values)]


def _legend_table(right: float = 40.0) -> RawTable:
    rows = ((RawCell("8", (right - 6.0, 120.0, right, 130.0), 1), RawCell("構成比", (80.0, 120.0, 120.0, 130.0), 1)),
            (RawCell("6", (right - 6.0, 140.0, right, 150.0), 1), RawCell("5年前の構成比", (80.0, 140.0, 160.0, 150.0), 1)),
            (RawCell("4", (right - 6.0, 160.0, right, 170.0), 1), RawCell("", (80.0, 160.0, 160.0, 170.0), 1)))
    return RawTable(1, (right - 6.0, 120.0, 160.0, 170.0), rows, "pdfplumber-text", 0.5, (0.0, 60.0, 160.0))


def test_a_legend_set_level_with_axis_ticks_is_no_table() -> None:
    axis = _ticks(["20", "18", "16", "14", "12", "10", "8", "6", "4", "2", "0"])
    assert is_axis_beside_legend(_legend_table(), axis)
    assert not is_axis_beside_legend(_legend_table(), _ticks(["8", "6", "4"]))  # no scale through 0 around them


def test_ticks_of_one_axis_end_flush_within_half_a_height() -> None:
    # TICK_ALIGN_EM (0.5): ticks ending 4 pt (0.4 heights) right of the table's column are its axis
    # (halved, 0.25, they would not be); ending 7 pt away (0.7) they are not (doubled, 1.0, they would)
    assert TICK_ALIGN_EM == 0.5
    values = ["20", "18", "16", "14", "12", "10", "8", "6", "4", "2", "0"]
    assert is_axis_beside_legend(_legend_table(), [t for t in _ticks(values, 44.0) if t.raw not in "864"]
                                 + _ticks(values, 40.0)[6:9])
    assert not is_axis_beside_legend(_legend_table(), [t for t in _ticks(values, 47.0) if t.raw not in "864"]
                                     + _ticks(values, 40.0)[6:9])


@pytest.mark.parametrize(("name", "kind"), [
    ("合計(構成比)", None),  # the bracket names the cells' bracketed second reading
    ("(構成比)", "ratio"),  # the line alone: the ratio row
    ("構成比", "ratio"),
    ("前年度予算額", "budget"),
])
def test_a_kind_stated_only_in_a_bracket_after_a_name_is_no_kind_of_the_row(name: str, kind: str | None) -> None:
    assert main_reading_facets(name).kind == kind


def test_a_row_named_by_a_relative_year_and_its_kind_is_of_that_year() -> None:
    assert _row_relative_year([read_facets("前年度予算額")], "budget") == -1
    assert _row_relative_year([read_facets("前年度")], None) == -1
    assert _row_relative_year([read_facets("前年度繰越金")], None) is None  # a revenue of this year
    assert _row_relative_year([read_facets("前年度予算額")], None) is None  # the row's kind not taken


def test_band_carries_its_open_heads() -> None:
    assert Band(BAND, (), frozenset(), (), ()).open_heads == ()
