"""Superscripts and subscripts in a ruled cell are read on their line (extract.pdf.pdfplumber_adapter
._char_lines): otoineppu_nousyuu p7's 1か月20m³当たり家庭料金 and 面積(km²), whose raised ³ and ²
were read as a line of their own over the cell's text (31か月20m 当たり…, 2面積(km ))."""

from __future__ import annotations

from typing import Any

from extract.pdf import pdfplumber_adapter as plumber

SIZE = 10.0


def _ch(text: str, x0: float, size: float = SIZE, top: float = 100.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size,
            "upright": True}


def _line(text: str, x0: float = 0.0, top: float = 100.0) -> list[dict[str, Any]]:
    return [_ch(t, x0 + k * SIZE, top=top) for k, t in enumerate(text)]


def _texts(chars: list[dict[str, Any]]) -> list[str]:
    return [plumber.chars_to_text(line) for line in plumber._char_lines(chars)]


def test_a_raised_small_glyph_is_read_on_its_line() -> None:
    raised = _ch("3", 30.0, size=0.7 * SIZE, top=97.0)  # 3 pt higher, 0.7 of the size
    assert _texts([*_line("20m"), raised, *_line("当たり", 37.0)]) == ["20m3当たり"]


def test_a_glyph_of_the_line_size_is_a_line_of_its_own() -> None:
    # SCRIPT_SIZE_RATIO (0.85): a glyph 0.9 of the size is no script (halved, 0.425, the 0.7 one
    # above would not be one either; doubled, 1.7, this one would be)
    near_size = _ch("3", 30.0, size=0.9 * SIZE, top=94.0)
    assert len(_texts([*_line("20m"), near_size, *_line("当たり", 39.0)])) == 2


def test_a_short_small_line_over_a_cell_is_no_script_when_longer_than_two_glyphs() -> None:
    # SCRIPT_MAX_GLYPHS (2): three raised small glyphs are a line of their own (doubled, 4, they
    # would be set on the line; halved, 1, the two of the next test would not)
    small = [_ch(t, 10.0 + 7 * k, size=0.7 * SIZE, top=96.0) for k, t in enumerate("注12")]
    assert len(_texts([*small, *_line("人口密度")])) == 2
    two = [_ch(t, 40.0 + 7 * k, size=0.7 * SIZE, top=97.0) for k, t in enumerate("*1")]
    assert _texts([*_line("実施状況"), *two]) == ["実施状況*1"]


def test_lines_that_do_not_overlap_stay_apart() -> None:
    note = [_ch("※", 0.0, size=0.7 * SIZE, top=80.0)]
    assert len(_texts([*note, *_line("人口")])) == 2
