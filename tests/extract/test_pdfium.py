"""The pdfium page reader: its coordinate conversion, its thresholds, and pdfplumber as its reference."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from extract.model import Document, Table
from extract.pdf import pdfium_adapter as pa
from extract.pdf import triage
from extract.pdf.pdfium_chars import LINE_END_HYPHEN, code_text
from extract.pdf.reader import DEFAULT_ENGINE, ENGINES, read_pdf
from extract.recognize import recognize_document

SAMPLES = sorted((Path(__file__).parents[2] / "samples" / "pdf").glob("*.pdf"))
MIN_SAME_CELLS = 0.995  # share of cells whose text pdfium and pdfplumber must agree on


def test_thresholds_pinned() -> None:
    assert pa.WORD_SPACE_EM == (0.25, 0.55)
    assert MIN_SAME_CELLS == 0.995
    assert DEFAULT_ENGINE == "pdfium" and set(ENGINES) == {"pdfium", "pdfplumber"}


@pytest.mark.parametrize("rotation, user, expected", [
    (0, (10.0, 700.0), (10.0, 92.0)),     # x kept, y measured down from the top
    (90, (10.0, 700.0), (700.0, 10.0)),   # turned clockwise: user y runs right, user x runs down
    (180, (10.0, 700.0), (590.0, 700.0)),
    (270, (10.0, 700.0), (92.0, 590.0)),
])
def test_frame_turns_user_space_to_top_left(rotation: int, user: tuple[float, float], expected: tuple[float, float]) -> None:
    mediabox = (0.0, 0.0, 600.0, 792.0)
    height = 600.0 if rotation in (90, 270) else 792.0
    frame = pa.Frame(pa.rotation_ctm(mediabox, rotation), height, 0.0, 0.0, 0.0, 1)
    assert frame.coord(user) == pytest.approx(expected)


def test_frame_shifts_an_offset_mediabox() -> None:
    frame = pa.Frame(pa.rotation_ctm((50.0, 100.0, 650.0, 892.0), 0), 792.0, 0.0, 0.0, 0.0, 1)
    assert frame.coord((50.0, 892.0)) == pytest.approx((0.0, 0.0))


def test_compose_applies_left_matrix_first() -> None:
    scale, shift = (2.0, 0.0, 0.0, 2.0, 0.0, 0.0), (1.0, 0.0, 0.0, 1.0, 5.0, 7.0)
    assert pa.apply(pa.compose(scale, shift), (1.0, 1.0)) == (7.0, 9.0)


def test_subpaths_split_at_each_move_and_classify_like_pdfminer() -> None:
    frame = pa.Frame(pa.IDENTITY, 100.0, 0.0, 0.0, 0.0, 1)
    rect = [("m", [(0.0, 0.0)]), ("l", [(10.0, 0.0)]), ("l", [(10.0, 5.0)]), ("l", [(0.0, 5.0)]), ("h", [])]
    line = [("m", [(0.0, 50.0)]), ("l", [(80.0, 50.0)])]
    parts = pa.subpaths(rect + line)
    kinds = [pa.classify_subpath(p, {"stroke": True, "fill": False}, frame)["object_type"] for p in parts]
    assert kinds == ["rect", "line"]
    box = pa.classify_subpath(parts[0], {}, frame)
    assert (box["x0"], box["top"], box["x1"], box["bottom"]) == (0.0, 95.0, 10.0, 100.0)


def test_space_between_only_a_word_space() -> None:
    left = {"x0": 0.0, "x1": 10.0, "top": 0.0, "size": 10.0, "upright": True, "matrix": (1, 0, 0, 1, 0, 0)}
    assert pa.space_between(left, {**left, "x0": 12.9})["text"] == " "
    assert pa.space_between(left, {**left, "x0": 12.0}) is None  # letter spacing
    assert pa.space_between(left, {**left, "x0": 16.0}) is None  # a column gap
    assert pa.space_between(left, {**left, "x0": 12.9, "top": 3.0}) is None  # another line


@cache
def _read(path: Path, engine: str) -> Document:
    # camelot is left out: it reads the file itself, the same way for both engines
    return read_pdf(str(path), engine=engine, second_opinion=False)


def _cells(doc: Document) -> list[tuple[int | None, int, int, int, str]]:
    return [(c.prov.page, b.index, r, j, c.text) for b in doc.blocks if isinstance(b, Table)
            for r, row in enumerate(b.rows) for j, c in enumerate(row)]


def _values(doc: Document) -> tuple[list[str], list[str]]:
    found = recognize_document(doc)
    kpi = sorted(str((v.indicator, v.kind, v.fiscal_year, v.value)) for v in found.kpi_values)
    budget = sorted(str((v.project, v.fiscal_year, v.amount_yen)) for v in found.budget_values)
    return kpi, budget


def test_samples_exist() -> None:
    assert len(SAMPLES) == 5


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem[:3])
def test_pdfium_gives_pdfplumbers_values(path: Path) -> None:
    assert _values(_read(path, "pdfium")) == _values(_read(path, "pdfplumber"))


def test_pdfium_gives_pdfplumbers_cell_texts() -> None:
    same = total = 0
    for path in SAMPLES:
        ours, ref = _cells(_read(path, "pdfium")), _cells(_read(path, "pdfplumber"))
        same += len(set(ours) & set(ref))
        total += max(len(ours), len(ref))
    assert total > 0 and same / total >= MIN_SAME_CELLS


def test_base_name_drops_subset_prefix_and_slash() -> None:
    assert pa.base_name("/BAAAAA+IPAexMincho") == "IPAexMincho"
    assert pa.base_name("Ryumin-Light") == "Ryumin-Light"


def test_frame_rounds_float32_noise() -> None:
    frame = pa.Frame(pa.IDENTITY, 841.889763779528, 0.0, 0.0, 0.0, 1)
    assert frame.coord((54.099998474121094, 779.989013671875)) == (54.1, 841.889763779528 - 779.989)


def test_triage_constants_pinned() -> None:
    assert triage.RULE_KINDS == ("line", "rect", "curve")
    assert triage.COL_GAP_EM == 0.5


def _char(x0: float, x1: float, top: float = 10.0, size: float = 10.0) -> dict[str, object]:
    return {"text": "字", "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size, "upright": True}


@pytest.mark.parametrize("objects, expected", [
    ({"char": [_char(0, 10), _char(10, 20)]}, False),                      # running text
    ({"char": [_char(0, 10), _char(15, 25)]}, True),                       # a 0.5 em gap: columns may start
    ({"char": [_char(0, 10), _char(15, 25, top=40)]}, False),              # the gap is between lines
    ({"char": [_char(0, 10)], "line": [{"x0": 0}]}, True),                 # a rule
    ({"char": [{**_char(0, 10), "upright": False}]}, True),                # turned text
])
def test_can_hold_table(objects: dict[str, list[dict[str, object]]], expected: bool) -> None:
    assert triage.can_hold_table(objects) is expected


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem[:3])
def test_triage_changes_no_page(path: Path) -> None:
    with pa.open_pdf(str(path), None) as pdf:
        for i in range(pa.page_count(pdf)):
            fast = pa.read_page(replace(pdf, triage=True), i)
            assert fast == pa.read_page(replace(pdf, triage=False), i), f"page {i + 1}"


def test_reopening_pdfium_reads_the_same_pages() -> None:
    path = str(SAMPLES[0])
    with pa.open_pdf(path, None) as pdf:
        first = [pa.read_page(pdf, i) for i in range(3)]
        pdf.pages_read = pa.REOPEN_PAGES  # the next page opens the document again
        again = [pa.read_page(pdf, i) for i in range(3)]
        assert pdf.pages_read == 3
    assert again == first


def _chars_one_by_one(textpage: object, frame: pa.Frame, descents: dict[str, float]) -> list[dict[str, object]]:
    """page_chars as it read a page before it read the upright glyphs all at once: char by char, then a
    space put back pair by pair, at the page's autospace (a property of the page, read from its glyphs) none."""
    import pypdfium2.raw as pr

    from extract.pdf import pdfium_chars as pc
    styles: dict[object, pc.Style] = {}
    glyphs: list[dict[str, object]] = []
    n, probe, skip = pr.FPDFText_CountChars(textpage), pc.Probe(textpage), False
    for i in range(n):
        code = pr.FPDFText_GetUnicode(textpage, i)
        if skip or pc.is_generated(probe.page, i) == 1:
            skip = False
            continue
        if code in pc.HIGH_SURROGATE and i + 1 < n:
            code, skip = 0x10000 + ((code - 0xD800) << 10) + (pr.FPDFText_GetUnicode(textpage, i + 1) - 0xDC00), True
        glyphs.append(pc.char_item(i, code, pc.text_style(textpage, i, styles, descents, frame), frame, probe))
    autospace = pc.glyph_autospace(glyphs)
    chars: list[dict[str, object]] = []
    for ch in glyphs:
        gap = pa.space_between(chars[-1], ch, autospace) if chars else None
        chars += [gap, ch] if gap else [ch]
    return chars


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem[:3])
def test_page_chars_read_at_once_are_the_chars_read_one_by_one(path: Path) -> None:
    with pa.open_pdf(str(path), None) as pdf:
        for i in range(pa.page_count(pdf)):
            page, shell = pdf.doc[i], pdf.plumber.pages[i]
            textpage = page.get_textpage()
            try:
                frame, descents = pa.page_frame(shell), pa.font_descents(shell, pdf.fonts)
                assert pa.page_chars(textpage.raw, frame, descents) == _chars_one_by_one(textpage.raw, frame, descents)
            finally:
                textpage.close()
                page.close()


def test_a_line_ending_hyphen_pdfium_marks_reads_as_a_hyphen() -> None:
    assert code_text(LINE_END_HYPHEN) == "-" and code_text(ord("t")) == "t"
