"""The reportlab rendering's font substitution: a glyph the document's font lacks (➡ in the IPA fonts) is drawn
from FALLBACK_FONT, as a word processor substitutes a font that has it, so the PDF keeps the character."""

from __future__ import annotations

import os
import tempfile

import pytest

from tests.corpus.generator import Document, Page, Text
from tests.corpus.render_pdf import FALLBACK_FONT, TEXT_SIZES_PT, find_font, markup, register_font, write_pdf


def _require(*fonts: str) -> None:
    pytest.importorskip("reportlab")
    missing = [f for f in fonts if find_font(f) is None]
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"fonts missing: {missing}")
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


def test_a_line_set_in_by_an_ideographic_space_keeps_its_indent() -> None:
    """reportlab drops a paragraph's leading whitespace; a word processor sets the ideographic space an em wide."""
    _require("IPAGothic")
    from extract.reader import read_document
    from extract.model import TextLine

    lines = (Text("住み続けたいと思う", "body"), Text("\u3000中学生の割合（単位：%） 2024年目標：68.3", "body"))
    doc = Document("probe", "probe", "", (Page(lines),), (), ())
    with tempfile.TemporaryDirectory() as folder:
        read = [b for b in read_document(write_pdf(doc, folder, "pdf_grid")).blocks if isinstance(b, TextLine)]
    (name, figures) = read
    assert name.prov.bbox and figures.prov.bbox
    indent = figures.prov.bbox[0] - name.prov.bbox[0]
    assert abs(indent - TEXT_SIZES_PT["body"]) < 0.5, indent
