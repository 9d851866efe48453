"""Spaces pdfium's text page leaves out: a blank glyph drawn in a text object of its own (Chromium sets every glyph
so) has no width, and pdfium drops the object; the reader puts its space back from the page's objects
(extract/pdf/pdfium_adapter.py blank_origin, extract/pdf/pdfium_chars.py with_spaces), and fits a glyph whose box is
narrower than its step in the run it opens (fitted_to_pitch)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extract.pdf import pdfium_adapter as pa
from extract.pdf import pdfium_chars as pc

EM = 9.0
BASE = 600.0  # the chars' baseline (matrix[5])


def _chars(text: str, steps: list[float], boxes: dict[int, float] | None = None,
           tops: dict[int, float] | None = None) -> list[dict[str, Any]]:
    """A line of glyphs at x 100, each steps[k] ems after the one before, em-wide boxes but where boxes says."""
    out, x = [], 100.0
    for k, ch in enumerate(text):
        width = (boxes or {}).get(k, 1.0) * EM
        top = 50.0 + (tops or {}).get(k, 0.0)
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + EM, "size": EM, "upright": True,
                    "matrix": (1.0, 0.0, 0.0, 1.0, x, BASE)})
        x += steps[k] * EM if k < len(steps) else EM
    return out


def _spaced(chars: list[dict[str, Any]], blanks: list[tuple[float, float]]) -> str:
    return "".join(c["text"] for c in pc.with_spaces(chars, None, blanks))


def test_a_gap_opening_at_a_blank_glyph_is_a_space() -> None:
    # Noto Sans CJK's space, 0.224 em: under WORD_SPACE_EM alone (■製造品出荷額 達成値, corpus seed 948 kpi_listed in
    # chromium_ruled); the blank drawn at the gap's start proves it
    chars = _chars("額達", [1.224])
    assert _spaced(chars, []) == "額達"
    assert _spaced(chars, [(109.0, BASE)]) == "額 達"
    assert _spaced(chars, [(109.0, BASE + 12.0)]) == "額達"  # a blank on another line
    assert _spaced(chars, [(60.0, BASE)]) == "額達"  # a blank elsewhere on the line


@pytest.mark.parametrize(("gap", "spaced"), [(0.07, False), (0.15, True), (0.24, True)])
def test_a_blanks_gap_is_more_than_next_to_nothing(gap: float, spaced: bool) -> None:
    chars = _chars("標結", [1.0 + gap])
    assert (_spaced(chars, [(109.0, BASE)]) == "標 結") is spaced


def test_a_wider_gap_keeps_its_reading_blank_or_not() -> None:
    # 年　次 spread over its cell (realdocs kobe_jinko_no_ugoki_h26): extract.pdf.spread reads it from its gaps
    assert _spaced(_chars("年次", [2.0]), [(109.0, BASE)]) == "年次"
    assert _spaced(_chars("額達", [1.3]), [(109.0, BASE)]) == _spaced(_chars("額達", [1.3]), []) == "額 達"


def test_a_blank_gap_between_glyphs_of_two_fonts_needs_their_baselines_only() -> None:
    chars = _chars("数現", [1.224], tops={0: 0.9})  # tops apart (fonts of other ascents), one baseline
    assert _spaced(chars, [(109.0, BASE)]) == "数 現"


@pytest.mark.parametrize("text", ["△4", "）目"])
def test_a_blank_beside_a_sign_or_a_bracket_keeps_the_gaps_reading(text: str) -> None:
    # △ 44,353 in a table's cell is one figure (realdocs kobe_jinko_no_ugoki_h26); a bracket parts words itself
    assert _spaced(_chars(text, [1.224]), [(109.0, BASE)]) == text


@pytest.mark.parametrize("text", ["度2", "62", "数R"])
def test_a_blank_between_letters_or_digits_is_a_space(text: str) -> None:
    # (実績R6 12件), R10 254千人 (corpus seed 865 kpi_listed in chromium_ruled): figures and years parted
    assert _spaced(_chars(text, [1.224]), [(109.0, BASE)]) == f"{text[0]} {text[1]}"


def test_a_narrow_glyph_opening_its_run_fills_its_step() -> None:
    # Chromium's 目 at 0.68 em after a word space: its step to 標 is the run's pitch (■新規雇用者数 目標値, corpus seed
    # 948 kpi_listed in chromium_ruled, read 目 標)
    made = _chars("数目標値", [1.224, 1.0, 1.0], boxes={1: 0.68})
    chars = pc.fitted_to_pitch(made, pc.Spacing.of(made))
    assert chars[1]["x1"] == chars[2]["x0"]
    ending = _chars("数目", [1.224], boxes={1: 0.68})  # alone after the gap, no run to fit: kept
    assert pc.fitted_to_pitch(ending, pc.Spacing.of(ending))[1]["x1"] == ending[1]["x0"] + 0.68 * EM


def test_two_narrow_glyphs_side_by_side_are_fitted_one_after_the_other() -> None:
    # 結婚・出産・子育て: ・ (0.21 em) then 子 (0.91 em), each stepping an em
    made = _chars("産・子育て", [1.0] * 4, boxes={1: 0.21, 2: 0.91})
    chars = pc.fitted_to_pitch(made, pc.Spacing.of(made))
    assert [c["x1"] - c["x0"] for c in chars[:4]] == [EM] * 4


def test_pdfium_puts_back_a_space_drawn_in_an_object_of_its_own(tmp_path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    path = str(tmp_path / "blank.pdf")
    c = canvas.Canvas(path)
    c.setFont("HeiseiKakuGo-W5", 10)
    x = 100.0
    for ch in "製造額":
        c.drawString(x, 700, ch)
        x += 10
    c.drawString(x, 700, " ")  # the space alone in its object: pdfium's text page drops it
    x += 2.24
    for ch in "達成値":
        c.drawString(x, 700, ch)
        x += 10
    c.save()
    with pa.open_pdf(path, None) as pdf:
        page, shell = pdf.doc[0], pdf.plumber.pages[0]
        chars = pa.page_objects(page, pa.page_frame(shell), pa.font_descents(shell))["char"]
    assert "".join(ch["text"] for ch in chars) == "製造額 達成値"


def test_a_blank_ends_the_step_of_the_glyph_before_it() -> None:
    # 移住者数 目標 118人 (corpus seed 0 kpi_listed in chromium_ruled): 標 steps to 1 past a blank; its step ends at
    # the blank, an em, the pitch 目 (0.68 em wide) steps too; 1's top (another font) lies apart
    made = _chars("数目標1", [1.224, 1.0, 1.224], boxes={1: 0.68, 3: 0.555}, tops={3: 0.9})
    blanks = [(made[0]["x1"], BASE), (made[2]["x1"], BASE)]
    chars = pc.fitted_to_pitch(made, pc.Spacing.of(made), blanks)
    assert chars[1]["x1"] == chars[2]["x0"]
    assert "".join(c["text"] for c in pc.with_spaces(chars, None, blanks)) == "数 目標 1"
    alone = _chars("数目標1", [1.224, 1.0, 1.224], boxes={1: 0.68, 3: 0.555}, tops={3: 0.9})
    assert pc.fitted_to_pitch(alone, pc.Spacing.of(alone))[1]["x1"] < alone[2]["x0"]  # no blank: 標's step is no pitch
