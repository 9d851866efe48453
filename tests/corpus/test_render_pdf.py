"""The reportlab rendering's font substitution: a glyph the document's font lacks (➡ in the IPA fonts) is drawn
from FALLBACK_FONT, as a word processor substitutes a font that has it, so the PDF keeps the character."""

from __future__ import annotations

import tempfile

import pytest

from tests.corpus.generator import Document, Page, Text
from tests.corpus.render_pdf import FALLBACK_FONT, find_font, markup, register_font, write_pdf


def _require(*fonts: str) -> None:
    pytest.importorskip("reportlab")
    missing = [f for f in fonts if find_font(f) is None]
    if missing:
        pytest.skip(f"fonts missing: {missing}")


def test_a_glyph_the_font_lacks_is_set_in_the_fallback_font() -> None:
    _require("IPAGothic", FALLBACK_FONT)
    register_font("IPAGothic")
    assert markup("81.82歳（H28）➡81.23歳（R4）", "IPAGothic") == \
        f'81.82歳（H28）<font name="{FALLBACK_FONT}">➡</font>81.23歳（R4）'
    assert markup("120件 → 150件 & <", "IPAGothic") == "120件 → 150件 &amp; &lt;"  # the font has →: nothing substituted


def test_the_pdf_keeps_the_substituted_character() -> None:
    _require("IPAGothic", FALLBACK_FONT)
    from extract.reader import read_document
    from extract.model import TextLine

    doc = Document("probe", "probe", "", (Page((Text("・健康寿命 81.82歳（H28）➡81.23歳（R4）", "body"),)),), (), ())
    with tempfile.TemporaryDirectory() as folder:
        read = read_document(write_pdf(doc, folder, "pdf_grid"))
    assert any("➡" in b.text for b in read.blocks if isinstance(b, TextLine)), "the arrow is read"
