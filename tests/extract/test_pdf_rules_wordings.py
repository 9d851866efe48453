"""Tables drawn with horizontal rules only, read with real wordings (pdf_rules, --vocab dev..dev9):
a closing bracket's blank half, group headers centred over runs of as-wide year headers, rows
whose wrapped cells overlap (hand-made inputs after corpus seeds 504, 535 and 532)."""

from __future__ import annotations

from typing import Any

import pytest

from extract.pdf import pdfplumber_adapter as plumber
from extract.pdf.pdfplumber_adapter import CELLS_APART_EM
from extract.pdf.borderless import _ends_table, _is_body_word, _line_bands, _set_apart
from extract.pdf.cuts import is_cut_figure
from extract.pdf.edges import HEIGHT_TOL
from extract.pdf.grid import ALIGN_TOL_PT, RawCell, Segment, SegLine
from extract.pdf.hanging import FULL_WIDTH_SHARE, INK_SHARE, ink_end
from extract.pdf.header_spans import _head_spans

SIZE = 8.0


def _glyphs(text: str, x0: float, top: float) -> list[dict[str, Any]]:
    return [{"text": t, "x0": x0 + k * SIZE, "x1": x0 + (k + 1) * SIZE, "top": top, "bottom": top + SIZE,
             "doctop": top, "size": SIZE, "upright": True, "fontname": "F"} for k, t in enumerate(text)]


def test_a_full_width_closing_bracket_inks_only_its_first_half() -> None:
    assert ink_end("）", 100.0, 108.0, SIZE) == 100.0 + INK_SHARE * SIZE == 104.0
    assert ink_end("。", 100.0, 108.0, SIZE) == 104.0


@pytest.mark.parametrize("text, width, end", [
    ("末", SIZE, 108.0),  # a kanji inks its whole box
    (")", 0.5 * SIZE, 104.0),  # a half-width bracket has no blank half
    ("）", FULL_WIDTH_SHARE * SIZE, 100.0 + INK_SHARE * FULL_WIDTH_SHARE * SIZE),  # condensed, still full-width
    ("）", 0.6 * SIZE, 104.8),  # proportional: narrower than full-width by far
])
def test_only_a_full_width_bracket_has_a_blank_half(text: str, width: float, end: float) -> None:
    assert ink_end(text, 100.0, 100.0 + width, SIZE) == pytest.approx(end)


def _label_and_wrapped_tail(start: float) -> list[dict[str, Any]]:
    # 要介護認定率（%） on its baseline, the next column's wrapped 末） set 2.5 pt higher, starting at start
    return _glyphs("要介護（%）", 44.0, 2.5) + _glyphs("末）", start, 0.0)


def test_a_text_starting_in_a_closing_brackets_blank_half_is_no_stack() -> None:
    # the label's ） spans 84 .. 92, its ink ends at 88: 末） starting at 89.5 overlaps only its blank half
    segs = plumber._segments(_label_and_wrapped_tail(89.5), [])
    assert [s.text for s in segs] == ["要介護（%）", "末）"]


def test_a_text_starting_in_a_glyphs_ink_on_another_line_stacks_with_it() -> None:
    segs = plumber._segments(_label_and_wrapped_tail(86.0), [])
    assert len(segs) == 1


def _cell(text: str, x0: float, x1: float) -> RawCell:
    return RawCell(text, (x0, 0.0, x1, 10.0), 1)


YEARS = [(98.0 + 52.3 * k, 143.0 + 52.3 * k) for k in range(9)]  # nine year headers 45 pt wide, 7.3 pt apart
EXTENTS = [(44.5, 89.5), *YEARS]


def _header(heads: dict[int, int]) -> tuple[list[RawCell], list[RawCell]]:
    """Group headers 45 pt wide over the columns given (column: the column whose extent each fills)."""
    row = [_cell("", *EXTENTS[k]) for k in range(len(EXTENTS))]
    for k in heads:
        row[k] = _cell(f"見出し{k}", *EXTENTS[k])
    below = [_cell("", *EXTENTS[0])] + [_cell(f"{2018 + k}年度", *YEARS[k]) for k in range(9)]
    return row, below


def test_group_headers_each_as_wide_as_a_year_are_centred_over_their_runs() -> None:
    # 計画策定時の値 over 2018 alone, 最新の数値 over 2019 … 2021 (filling 2020's), 中間目標値 over 2022 …
    # 2026 (filling 2024's): each starts where a year's header starts, yet the row is centred
    row, below = _header({1: 1, 3: 3, 7: 7})
    assert _head_spans(row, below, [1, 3, 7], EXTENTS, EXTENTS) == {1: (1, 1), 3: (2, 4), 7: (5, 9)}


def test_group_headers_flush_with_their_first_years_leaving_none_unheaded_stay_flush() -> None:
    # 目標値 over 2018 … 2020, 実績 over 2021 … 2023, 見込 over 2024 … 2026, each as wide as its first
    # year: read centred, 目標値 would leave 2019 and 2020 under no header
    row, below = _header({1: 1, 4: 4, 7: 7})
    assert _head_spans(row, below, [1, 4, 7], EXTENTS, EXTENTS) == {1: (1, 3), 4: (4, 6), 7: (7, 9)}


def _line(top: float, *texts: str) -> SegLine:
    segs = tuple(Segment(t, (100.0 * k, top, 100.0 * k + 40.0, top + 9.0)) for k, t in enumerate(texts))
    return SegLine(segs, (0.0, top, 100.0 * len(texts), top + 9.0))


def test_lines_overlapping_one_another_are_one_band() -> None:
    body = [_line(128.3, "相談員の活", "１４３人（"), _line(133.7, "観光交流の", "２９人（延"), _line(139.1, "動日数（延", "－")]
    assert [(top, bottom) for top, bottom, _ in _line_bands(body)] == [(128.3, 148.1)]


def test_a_row_wrapped_at_half_line_offsets_shows_no_gap_between_rows() -> None:
    # one row whose figures sit on overlapping lines: the next label's first line, 6.8 pt below,
    # is no text set a blank row apart
    table = [_line(101.7, "方向", "指標"), _line(128.3, "相談員の活", "１４３人（"), _line(133.7, "観光交流の", "２９人（延"),
             _line(139.1, "動日数（延", "延べ４３０"), _line(149.9, "べ日数）", "日）")]
    assert not _set_apart(table, _line(165.7, "結婚・子育"))


def test_a_line_a_blank_row_below_rows_apart_is_set_apart() -> None:
    table = [_line(101.7, "方向", "指標"), _line(128.3, "相談員", "143"), _line(140.0, "婚姻件数", "249")]
    assert _set_apart(table, _line(172.0, "基本目標2"))
    assert not _set_apart(table, _line(154.0, "基本目標2"))


def test_a_header_centred_on_its_sub_header_and_wider_reads_the_row_centred() -> None:
    # 直近値（実績） centred over 2019年度〔令 and 4.5 pt wider a side, starting within a point and a
    # half of the figures under it by chance: 目標年次の値 then spans the run it is centred over
    row, below = _header({1: 1, 2: 2, 6: 6})
    row[2] = _cell("直近値（実績）", YEARS[1][0] - 4.5, YEARS[1][1] + 4.5)
    extents = [*EXTENTS[:2], (YEARS[1][0] - 3.2, YEARS[1][1]), *EXTENTS[3:]]
    # read flush: {1: (1, 1), 2: (2, 5), 6: (6, 9)}
    assert _head_spans(row, below, [1, 2, 6], extents, extents) == {1: (1, 1), 2: (2, 2), 6: (3, 9)}


@pytest.mark.parametrize("shift, centred", [(ALIGN_TOL_PT - 0.1, True), (ALIGN_TOL_PT + 0.1, False)])
def test_a_header_off_the_centre_of_every_run_it_may_head_reads_the_row_flush(shift: float, centred: bool) -> None:
    # 最新の数値 centred shift off 2019 … 2021: beyond ALIGN_TOL_PT, the row reads flush left
    row, below = _header({1: 1, 3: 3, 7: 7})
    row[3] = _cell("最新の数値", YEARS[2][0], YEARS[2][1] + 2 * shift)  # flush with its column, its centre shift off
    assert _head_spans(row, below, [1, 3, 7], EXTENTS, EXTENTS)[3] == ((2, 4) if centred else (3, 6))


@pytest.mark.parametrize("text, cut", [("337,76", True), ("1,234,5", True), ("337,769", False), ("2,60", True),
                                       ("337", False), ("2024,1", False), ("12.5", False)])
def test_a_grouped_figure_cut_short_is_the_head_of_a_wrapped_figure(text: str, cut: bool) -> None:
    assert is_cut_figure(text) == cut


def test_a_row_of_cut_figures_is_a_body_row_under_a_section_line() -> None:
    assert _is_body_word("３３７，７６")
    assert not _is_body_word("2020年度")


def _offset_header() -> SegLine:
    # 成果指標（ア beside 単位 | 区分 | years set half a line lower: merge_offset_lines joins them in a
    # box 13.6 pt tall, each segment 8.5 pt
    segs = (Segment("成果指標（ア", (44.7, 109.7, 95.7, 118.2)), Segment("単位", (105.7, 114.8, 122.7, 123.3)),
            Segment("区分", (141.5, 114.8, 158.5, 123.3)), Segment("2022", (170.6, 114.8, 190.0, 123.3)))
    return SegLine(segs, (44.7, 109.7, 190.0, 123.3))


@pytest.mark.parametrize("height, ends", [(8.5, False), (8.5 * (1 + 2 * HEIGHT_TOL), True)])
def test_a_line_left_of_the_table_in_the_size_of_its_offset_header_goes_on(height: float, ends: bool) -> None:
    cols = [(44.7, 95.7), (105.7, 122.7), (141.5, 158.5), (170.6, 190.0)]
    wrapped = SegLine((Segment("ウトカム指標）", (40.5, 119.9, 100.0, 119.9 + height)),), (40.5, 119.9, 100.0, 119.9 + height))
    assert _ends_table(_offset_header(), wrapped, cols, 1, False) == ends


def _years_apart(gap_em: float) -> list[dict[str, Any]]:
    # 2015（平成27） then 2020 set gap_em of the size after the bracket's box, no space drawn
    first = _glyphs("平成27）", 40.0, 0.0)
    return first + _glyphs("令和2", first[-1]["x1"] + gap_em * SIZE, 0.0)


@pytest.mark.parametrize("gap_em, parted", [(CELLS_APART_EM + 0.01, True), (CELLS_APART_EM - 0.01, False)])
def test_a_gap_after_a_closing_bracket_counts_its_blank_half(gap_em: float, parted: bool) -> None:
    # 0.23 em after the box is 0.73 em after the ink: a column gap (COL_GAP_EM); nearer, a text set solid
    assert len(plumber._segments(_years_apart(gap_em), [])) == (2 if parted else 1)


def test_a_space_drawn_after_a_closing_bracket_is_a_word_space() -> None:
    chars = _years_apart(CELLS_APART_EM + 0.05)
    x1 = chars[4]["x1"]
    space = {**chars[4], "text": " ", "x0": x1, "x1": x1 + 0.25 * SIZE}
    assert len(plumber._segments(chars, [space])) == 1
