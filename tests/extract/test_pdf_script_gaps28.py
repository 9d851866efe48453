"""The page's script gap in pdfium's word spaces (extract/pdf/pdfium_chars.py with_spaces, space_between,
glyph_autospace) and a one-glyph unit glued to the next cell's figure (extract/pdf/pdfplumber_adapter.py
_glyph_alone_before_figure)."""

from __future__ import annotations

from typing import Any

import pytest

from extract.pdf import pdfium_chars as pc
from extract.pdf import pdfplumber_adapter as pp
from extract.pdf.pdfplumber_adapter import COL_GAP_EM, JOINT_EM

EM = 10.0
NARROW = 0.5  # a Latin letter or digit is half an em wide


def _line(cells: list[tuple[str, float]], top: float = 50.0, x: float = 100.0) -> list[dict[str, Any]]:
    """Glyphs set solid, each text (a cell's) after a gap (ems) from the text before it."""
    out = []
    for text, gap in cells:
        x += gap * EM
        for ch in text:
            width = (NARROW if ch.isascii() else 1.0) * EM
            out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + EM, "size": EM,
                        "upright": True, "matrix": (1.0, 0.0, 0.0, 1.0, x, top + EM)})
            x += width
    return out


def _text(chars: list[dict[str, Any]]) -> str:
    return "".join(c["text"] for c in chars)


# Typst sets a quarter em (JIS) between Japanese letters and Latin letters or digits: 年間 750 人（5 年間で 3750 人）
AUTOSPACE = 0.27


def _typst_page() -> list[dict[str, Any]]:
    first = _line([("年間", 0.0), ("750", AUTOSPACE), ("人（5", AUTOSPACE), ("年間で", AUTOSPACE)])
    second = _line([("令和", 0.0), ("2", AUTOSPACE), ("年度", AUTOSPACE), ("目標", 0.3)], top=70.0)
    return first + second


def test_a_gap_at_the_pages_autospace_is_no_word_space() -> None:
    chars = _typst_page()
    assert pc.glyph_autospace(chars) == pytest.approx(AUTOSPACE)
    assert _text(pc.with_spaces(chars)) == "年間750人（5年間で令和2年度 目標"  # 度 | 目標, 0.3 em: a word space


def test_without_the_pages_autospace_every_such_gap_is_a_word_space() -> None:
    chars = _typst_page()[:5]  # 年間750: one transition proves nothing
    assert pc.glyph_autospace(chars) == 0.0
    assert _text(pc.with_spaces(chars)) == "年間 750"


def test_chars_read_one_by_one_read_the_pages_autospace_alike() -> None:
    chars = _typst_page()
    autospace = pc.glyph_autospace(chars)
    one_by_one: list[dict[str, Any]] = []
    for ch in chars:
        gap = pc.space_between(one_by_one[-1], ch, autospace) if one_by_one else None
        one_by_one += [gap, ch] if gap else [ch]
    assert one_by_one == pc.with_spaces(chars)


def _joints(line: list[dict[str, Any]]) -> list[tuple[str, list[int]]]:
    """The line's groups (parted at column gaps) with their joints."""
    return [(_text(group), joints) for group, joints in pp._char_groups(line, [])]


def test_a_one_glyph_unit_glued_to_a_figure_is_a_joint() -> None:
    # 公共交通 | 千2,445 under 単位 | 現況値: the unit column fitted to one glyph (corpus seed 853 in typst_borderless)
    glued = 2 * JOINT_EM
    assert _joints(_line([("公共交通", 0.0), ("千", 2 * COL_GAP_EM), ("2,445", glued)])) == [("公共交通", []), ("千2,445", [1])]
    assert _joints(_line([("利用者数", 0.0), ("人", 2 * COL_GAP_EM), ("（2014年", glued)]))[1] == ("人（2014年", [1])
    assert _joints(_line([("千", 0.0), ("2,445", glued)])) == [("千2,445", [1])]  # the line's first glyph


def test_a_glyph_in_a_run_or_before_a_word_proves_no_joint_alone() -> None:
    glued = 2 * JOINT_EM
    assert _joints(_line([("公共交通", 0.0), ("千", 2 * COL_GAP_EM), ("人口", glued)]))[1] == ("千人口", [])  # no figure after it
    assert _joints(_line([("公共交通", 0.0), ("千", 2 * COL_GAP_EM), ("2", glued)]))[1] == ("千2", [])  # no solid run after it
    assert _joints(_line([("千", 0.0), ("2,445", JOINT_EM / 2)])) == [("千2,445", [])]  # set solid
