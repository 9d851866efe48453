"""A group header over sub-headers in one stack of lines, one sub-header wrapped in two lines set
solid beside others centred between them: parted over them, each read down its own lines
(synthetic char layouts, pdfplumber's char dicts; corpus seeds 849 / 864 budget_main_projects in
chromium_borderless, dev7 / dev8 wordings)."""

from __future__ import annotations

from typing import Any

from extract.pdf import pdfplumber_adapter as plumber
from extract.pdf.cells import _joinable
from extract.pdf.grid import Segment
from extract.pdf.stack_heads import HEAD_GAP_EM, LEVEL_TOL_EM, columns_of, headed_cells, is_level, is_set_apart

SIZE = 10.0
Char = dict[str, Any]


def _line_at(text: str, x0: float, top: float) -> list[Char]:
    return [{"text": t, "x0": x0 + k * SIZE, "x1": x0 + (k + 1) * SIZE, "top": top, "bottom": top + SIZE,
             "doctop": top, "size": SIZE, "upright": True, "fontname": "F"} for k, t in enumerate(text)]


def _header(unit_line: bool = False, bond_at: float = 5.0) -> list[Char]:
    # 財源内訳 over 市債 | その他 / 財源: the last wrapped in two lines set solid (leading 0, the
    # lines' boxes touch), 市債 centred between them
    top = 2 * SIZE if unit_line else SIZE
    heading = _line_at("財源内訳", 20.0, 0.0) + (_line_at("(単位)", 20.0, SIZE) if unit_line else [])
    return [*heading, *_line_at("その他", 45.0, top), *_line_at("財源", 50.0, top + SIZE),
            *_line_at("市債", bond_at, top + SIZE / 2)]


def _texts(chars: list[Char]) -> list[tuple[str, tuple[float, float, float, float]]]:
    return [(s.text, s.bbox) for s in plumber._segments(chars, [])]


def test_a_group_header_over_a_wrapped_sub_header_parts_over_its_sub_headers() -> None:
    # read as one block, the lines interleave (財源内訳 / その他 / 市債 / 財源); each sub-header
    # stands in its own box, the wrapped one keeps its lines together, and the header, its middle
    # nearest the wrapped one's, is a segment of its own in its own box
    assert _texts(_header()) == [("市債", (5.0, 1.5 * SIZE, 25.0, 2.5 * SIZE)), ("財源内訳", (20.0, 0.0, 60.0, SIZE)),
                                 ("その他\n財源", (45.0, SIZE, 75.0, 3 * SIZE))]


def test_a_header_over_a_one_line_sub_header_stands_glued_to_it() -> None:
    # 市債 moved nearer the header's middle than その他 / 財源: the header is glued over it, standing
    # where it does (its box 市債's width)
    assert _texts(_header(bond_at=22.0)) == [("財源内訳\n市債", (22.0, 0.0, 42.0, 2.5 * SIZE)),
                                            ("その他\n財源", (45.0, SIZE, 75.0, 3 * SIZE))]


def test_the_header_s_own_lines_stay_the_header_s() -> None:
    # (単位) under 財源内訳 overlaps その他 only: taken as its first line, that column would stand
    # half a line above 市債
    headed = headed_cells([[ln] for ln in plumber._baselines(_header(unit_line=True))])
    assert headed is not None
    assert ["".join(c["text"] for c in ln) for ln in headed.heading] == ["財源内訳", "(単位)"]
    assert [t for t, _ in _texts(_header(unit_line=True))] == ["市債", "財源内訳\n(単位)", "その他\n財源"]


def test_sub_headers_must_be_set_level() -> None:
    # 市債 above the middle of その他 / 財源 by 0.15 em is level with it; by 0.25 em it is not (nor
    # are their tops or bottoms)
    def level(shift_em: float) -> bool:
        return is_level(columns_of([[_line_at("その他", 45.0, 0.0)], [_line_at("市債", 0.0, SIZE / 2 - shift_em * SIZE)],
                                    [_line_at("財源", 50.0, SIZE)]]))
    assert level(0.15)
    assert not level(0.25)
    assert 0.15 < LEVEL_TOL_EM < 0.25


def test_tops_or_bottoms_level_count_too() -> None:
    one, two = [[_line_at("市債", 0.0, 0.0)]], [[_line_at("その他", 45.0, 0.0)], [_line_at("財源", 50.0, SIZE)]]
    assert is_level((columns_of(one)[0], columns_of(two)[0]))  # tops level
    low = [[_line_at("市債", 0.0, SIZE)]]
    assert is_level((columns_of(low)[0], columns_of(two)[0]))  # bottoms level


def test_a_wrapped_cell_alone_is_no_group_header() -> None:
    # its lines overlap: one column under the first line, no sub-headers
    lines = [[_line_at("本年度予算計", 0.0, 0.0)], [_line_at("上額", 20.0, SIZE)]]
    assert headed_cells(lines) is None
    assert [s.text for s in plumber._segments([*lines[0][0], *lines[1][0]], [])] == ["本年度予算計\n上額"]


def test_a_top_line_of_two_texts_is_no_header() -> None:
    # the top line parts at a column gap: no one header over the rest
    lines = [[_line_at("国", 0.0, 0.0), _line_at("県", 60.0, 0.0)], [_line_at("市債", 0.0, SIZE), _line_at("その他", 45.0, SIZE)]]
    assert headed_cells(lines) is None


def test_columns_chain_overlapping_groups_down_their_lines() -> None:
    cols = columns_of([[_line_at("その他", 45.0, 0.0)], [_line_at("市債", 0.0, 5.0)], [_line_at("財源", 50.0, SIZE)]])
    assert [["".join(c["text"] for c in ln) for ln in col] for col in cols] == [["市債"], ["その他", "財源"]]


def test_a_header_set_apart_over_one_wrapped_sub_header_heads_it() -> None:
    # 財源内訳 over その他特定 / 財源 set solid: 0.5 em farther from the header than from each other
    # heads it; 0.3 em farther reads as one text wrapped
    def lines(gap_em: float) -> list[list[list[Char]]]:
        low = SIZE + gap_em * SIZE
        return [[_line_at("財源内訳", 0.0, 0.0)], [_line_at("その他特定", 0.0, low)], [_line_at("財源", 15.0, low + SIZE)]]
    assert headed_cells(lines(0.5)) is not None
    assert headed_cells(lines(0.3)) is None
    assert 0.3 < HEAD_GAP_EM < 0.5
    # one line under the header is no evidence: a text wrapped in two lines reads so
    assert not is_set_apart(((*_line_at("財源内訳", 0.0, 0.0),),), ((*_line_at("その他", 0.0, 2 * SIZE),),))


def test_segments_one_over_another_in_a_column_are_pieces_of_their_own() -> None:
    head, sub = Segment("財源内訳", (20.0, 0.0, 60.0, SIZE)), Segment("市債", (30.0, SIZE, 50.0, 2 * SIZE))
    assert _joinable([head, sub]) == [[head], [sub]]
    beside = Segment("財源", (62.0, 0.0, 82.0, SIZE))
    assert _joinable([head, beside]) == [[head, beside]]  # side by side on one line: one piece
