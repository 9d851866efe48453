"""Fake-bold de-duplication scales with the font size (our issue 8): a real repeated letter
in a tiny font stays, an overprinted glyph goes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from extract.model import TextLine
from extract.pdf import read_pdf
from extract.pdf import pdfplumber_adapter as adapter
from extract.pdf.pdfplumber_adapter import DEDUPE_EM, dedupe_chars

HELVETICA_L_EM = stringWidth("l", "Helvetica", 1000) / 1000  # 0.222: a narrow real letter


def _char(text: str, x0: float, top: float, size: float) -> dict[str, Any]:
    return {"text": text, "x0": x0, "top": top, "size": size, "fontname": "F", "upright": True}


@pytest.mark.parametrize("size", [3.6, 10.5, 24.0])
def test_overprint_within_the_share_of_size_is_one_glyph(size: float) -> None:
    off = 0.1 * size  # a heavy fake bold: 2/3 of the tolerance, beyond half of it
    chars = [_char("重", 100, 50, size), _char("重", 100 + off, 50, size), _char("重", 100, 50 + off, size)]
    assert dedupe_chars(chars) == chars[:1]


@pytest.mark.parametrize("size", [3.6, 10.5, 24.0])
def test_repeated_letter_a_narrow_advance_apart_stays(size: float) -> None:
    adv = 0.2 * size  # narrower than Helvetica's l; inside twice the tolerance
    chars = [_char("l", 100, 50, size), _char("l", 100 + adv, 50, size), _char("l", 100 + 2 * adv, 50, size)]
    assert dedupe_chars(chars) == chars


def test_share_sits_between_fake_bold_and_narrow_letters() -> None:
    assert 0.1 / 2 < DEDUPE_EM / 2 < 0.1 < DEDUPE_EM < 0.2 < 2 * DEDUPE_EM
    assert DEDUPE_EM < HELVETICA_L_EM


def test_different_glyphs_or_sizes_are_never_merged() -> None:
    chars = [_char("l", 100, 50, 10), _char("I", 100, 50, 10), _char("l", 100, 50, 12)]
    assert dedupe_chars(chars) == chars


def _tiny_font_pdf(path: Path, size: float) -> None:
    c = canvas.Canvas(str(path), pagesize=(300, 200))
    c.setFont("Helvetica", size)
    c.drawString(20, 150, "Hello Mississippi 1100 small")
    for dx in (0.0, 0.02 * size, 0.04 * size):  # Word-style fake bold: three strokes 0.02 em apart
        c.drawString(20 + dx, 120, "Bold Allee")
    c.showPage()
    c.save()


@pytest.mark.parametrize("size", [3.6, 5.0])
def test_tiny_font_keeps_repeated_letters(tmp_path: Path, size: float) -> None:
    path = tmp_path / "tiny.pdf"
    _tiny_font_pdf(path, size)
    texts = [b.text for b in read_pdf(str(path), second_opinion=False).blocks if isinstance(b, TextLine)]
    assert "Hello Mississippi 1100 small" in texts
    assert "Bold Allee" in texts


def test_fixed_one_point_tolerance_would_eat_the_tiny_letters() -> None:
    # the regression this replaces: at 3.6 pt, "ll" is 0.8 pt apart, inside a fixed 1.0 pt
    size = 3.6
    adv = HELVETICA_L_EM * size
    assert adv < 1.0
    chars = [_char("l", 100, 50, size), _char("l", 100 + adv, 50, size)]
    assert dedupe_chars(chars) == chars
    assert adapter.DEDUPE_EM * size < adv


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["重", "l", " "]), st.sampled_from([3.6, 10.5]), st.floats(0, 20), st.floats(0, 20),
                          st.sampled_from([True, False])), max_size=30))
def test_bucket_prefilter_keeps_the_exact_passes_answer(spec: list[tuple[str, float, float, float, bool]]) -> None:
    # only chars with a same-glyph char in a neighbouring bucket go through the exact pass
    chars = [{**_char(t, x, top, size), "upright": up} for t, size, x, top, up in spec]
    assert dedupe_chars(chars) == adapter.dedupe_exact(chars)
