"""Thresholds of extract.pdf's pdfium reading, each read on both sides of its value: halving or doubling the
constant makes a test here fail (benchmarks/pins.py). Glyphs are built by hand in PDF points (top-left origin)
with the helpers of test_pdfium_blanks."""

from __future__ import annotations

import numpy as np
import pytest

from extract.pdf import pdfium_chars as pc
from tests.extract.test_pdfium_blanks import _chars, _spaced


def test_user_space_points_are_read_to_four_decimals() -> None:
    # USER_DIGITS: pdfium's float32 54.099998 is the 54.1 the producer wrote; 54.12344 keeps its fourth decimal
    # (two decimals would move glyphs by up to 0.005 pt, eight would keep the float32 noise)
    (rounded,) = pc.rounded_user([np.array([54.099998, 54.12344])])
    assert rounded.tolist() == [54.1, 54.1234]


@pytest.mark.parametrize(("top_off_pt", "spaced"), [(0.3, True), (0.8, False)])
def test_a_word_space_is_between_glyphs_of_one_line(top_off_pt: float, spaced: bool) -> None:
    # SAME_LINE_PT: glyphs whose tops lie 0.3 pt apart sit on one line and the 0.3 em gap between them is a word
    # space; 0.8 pt apart, 9 pt type, they sit on two lines and no space is put between them
    chars = _chars("額達", [1.3], tops={1: top_off_pt})
    assert (_spaced(chars, []) == "額 達") is spaced
