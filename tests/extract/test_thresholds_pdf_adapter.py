"""Thresholds of extract.pdf.pdfplumber_adapter's page reading, each read on both sides of its value:
halving or doubling the constant makes a test here fail (benchmarks/pins.py). Glyphs are pdfplumber
char dicts built by hand in PDF points (top-left origin), 10 pt type, nothing tied to one engine."""

from __future__ import annotations

from typing import Any

import pytest

from extract.pdf import pdfplumber_adapter as adapter

SIZE = 10.0


def glyph(text: str, x0: float, bottom: float = 110.0, size: float = SIZE) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + size, "top": bottom - size, "bottom": bottom, "size": size,
            "fontname": "F", "upright": True}


def space(x0: float, x1: float) -> dict[str, Any]:
    return {"text": " ", "x0": x0, "x1": x1, "top": 100.0, "bottom": 110.0, "size": SIZE, "fontname": "F", "upright": True}


@pytest.mark.parametrize(("off_em", "one_line"), [(0.15, True), (0.3, False)])
def test_glyphs_whose_bottoms_lie_a_fifth_of_the_size_apart_sit_on_one_line(off_em: float, one_line: bool) -> None:
    # BASELINE_TOL_EM: fonts' descents put glyphs of one line 0.15 em apart; 0.3 em is another line of the cell
    chars = [glyph("事", 100.0), glyph("業", 110.0, 110.0 + off_em * SIZE)]
    assert (len(adapter._baselines(chars)) == 1) is one_line


@pytest.mark.parametrize(("right_size", "other_lines"), [(9.3, True), (8.5, False)])
def test_glyphs_a_fifteenth_apart_in_size_are_of_one_size(right_size: float, other_lines: bool) -> None:
    # SAME_SIZE_TOL: 10 pt beside 9.3 pt is one size, the pair's lines two cells' at two heights of a row;
    # beside 8.5 pt (0.15 of the size smaller) it is a sub- or superscript, no other line
    left, right = glyph("1", 100.0), glyph("補", 103.0, 104.0, right_size)
    assert adapter._on_other_baselines(left, right) is other_lines


def _spaced_run(neighbour_gap_em: float) -> list[dict[str, Any]]:
    # 令和 | 目標値: em-wide letters, the pair at the middle 0.5 em apart, their neighbours set this far apart
    xs, x = [], 100.0
    for gap in (neighbour_gap_em, 0.5, neighbour_gap_em):
        xs.append(x)
        x += SIZE + gap * SIZE
    xs.append(x)
    return [glyph(ch, x0) for ch, x0 in zip("令和目標", xs)]


@pytest.mark.parametrize(("neighbour_gap_em", "cell_gap"), [(0.03, True), (0.08, False)])
def test_a_wide_gap_in_a_run_set_solid_is_a_cells_padding(neighbour_gap_em: float, cell_gap: bool) -> None:
    # SOLID_EM: neighbours 0.03 em apart are set solid, so the one wide gap parts two cells; 0.08 em apart
    # the run is spaced out (justified prose) and the wide gap is its own
    assert adapter._is_cell_gap(_spaced_run(neighbour_gap_em), 2, []) is cell_gap


@pytest.mark.parametrize(("inside_pt", "parted"), [(0.4, False), (0.7, True)])
def test_a_space_drawn_between_two_glyphs_reaches_a_little_into_them(inside_pt: float, parted: bool) -> None:
    # SPACE_TOL_PT: a space drawn from 0.4 pt inside the glyph before it still lies between the two (a word
    # space, no cell's padding); from 0.7 pt inside it is no space of this gap
    run = _spaced_run(0.0)
    drawn = space(run[1]["x1"] - inside_pt, run[2]["x0"])
    assert adapter._is_cell_gap(run, 2, [drawn]) is parted


@pytest.mark.parametrize(("thickness_pt", "rule"), [(1.5, True), (3.0, False)])
def test_a_filled_rect_thinner_than_two_points_is_a_rule_not_shading(thickness_pt: float, rule: bool) -> None:
    # SHADE_MIN_PT: a filled, unstroked rect 1.5 pt high is a drawn rule; 3 pt high it shades a band
    rect = {"object_type": "rect", "stroke": False, "fill": True, "width": 200.0, "height": thickness_pt}
    assert adapter._is_not_shading(rect) is rule
