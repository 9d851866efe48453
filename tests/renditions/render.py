"""Render a text export (running text + tab-separated table rows) into a PDF in a given style.

The samples' own PDFs were made by one word processor with one font; these renditions vary
what a reader must not depend on: the font, ruling (grid, none, booktabs), page orientation,
shaded header rows. Cells wrap inside their column, tables split across pages (header row
repeated when the style says so). A cell's text is exactly the text reader's cell text, with
HTML breaks (<br>, </p>, </li>) turned into line breaks, so both paths see the same cells.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LayoutError, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

# the IPA fonts are TrueType (glyf), which reportlab can embed; OpenType/CFF (Noto CJK) it cannot
from tests.corpus.render_pdf import find_font

if TYPE_CHECKING:
    from tests.renditions.html_render import HtmlStyle

MARGIN_PT = 40.0
CELL_PAD_PT = 3.0
MIN_FONT_PT = 5.5
LEADING = 1.25  # line height / font size
BREAK_RE = re.compile(r"<\s*(br|/p|/li|/div|/tr)\b[^>]*>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]+>")
SEPARATOR_RE = re.compile(r"^:?-{2,}:?$")
NUMERIC_RE = re.compile(r"^[△▲+\-−]?[\d,.]+%?$")
TOKEN_RE = re.compile(r"[\x21-\x7e\uff01-\uff5e]+")  # runs a line break will not cut


@dataclass(frozen=True, slots=True)
class Style:
    """How to draw tables and pages."""

    name: str
    font: str = "IPAGothic"
    rules: str = "grid"  # grid | none | booktabs
    landscape: bool = False
    shade_header: bool = False
    repeat_header: bool = False
    font_size: float = 9.0
    align_numbers_right: bool = True


STYLES = {
    "ruled_gothic": Style("ruled_gothic", font="IPAGothic", rules="grid"),
    "borderless": Style("borderless", font="IPAPGothic", rules="none"),
    "landscape": Style("landscape", font="IPAMincho", rules="grid", landscape=True, repeat_header=True),
    "booktabs": Style("booktabs", font="IPAGothic", rules="booktabs", shade_header=True),
}


def fonts_available(styles: Sequence[Style]) -> bool:
    """True when every style's font is installed."""
    return all(find_font(s.font) for s in styles)


def _register(name: str) -> None:
    if name in pdfmetrics.getRegisteredFontNames():
        return
    path = find_font(name)
    if path is None:
        raise FileNotFoundError(f"Japanese font {name} not installed (apt-get install fonts-ipafont)")
    pdfmetrics.registerFont(TTFont(name, path))


def cell_lines(fragment: str) -> list[str]:
    """Given a raw export cell, return its display lines (same text as the text reader's cell)."""
    text = BREAK_RE.sub("\n", fragment)
    text = TAG_RE.sub(" ", text)
    lines = [" ".join(html.unescape(part).split()) for part in text.split("\n")]
    return [ln for ln in lines if ln]


Block = str | list[list[list[str]]]  # a text line, or a table: rows of cells of lines


def parse_export(text: str) -> list[Block]:
    """Split a text export into text lines and tables (runs of tab-separated lines)."""
    lines = text.replace("\r\n", "\n").replace("\f", "").split("\n")
    blocks: list[Block] = []
    run: list[str] = []
    for i, line in enumerate(lines):
        if "\t" in line:
            run.append(line)
            continue
        if not line.strip() and run and _next_is_row(lines, i):
            continue
        if run:
            blocks.append(_table_rows(run))
            run = []
        if line.strip():
            blocks.append(" ".join(cell_lines(line)))
    if run:
        blocks.append(_table_rows(run))
    return [b for b in blocks if b]


def _next_is_row(lines: Sequence[str], start: int) -> bool:
    return next(("\t" in ln for ln in lines[start + 1:] if ln.strip()), False)


def _table_rows(run: Sequence[str]) -> list[list[list[str]]]:
    rows = [line.split("\t") for line in run]
    rows = [r for r in rows if not _is_separator(r)]
    width = max(len(r) for r in rows)
    return [[cell_lines(p) for p in r + [""] * (width - len(r))] for r in rows]


def _is_separator(row: Sequence[str]) -> bool:
    parts = [p.strip() for p in row if p.strip()]
    return bool(parts) and all(SEPARATOR_RE.match(p) for p in parts)


def _widths(rows: Sequence[Sequence[Sequence[str]]], font: str, size: float) -> tuple[list[float], list[float]]:
    """Per column: the natural width (longest line) and the minimum (longest unbreakable token)."""
    n = len(rows[0])
    natural, minimum = [size] * n, [size] * n
    for row in rows:
        for j, lines in enumerate(row):
            for ln in lines:
                natural[j] = max(natural[j], pdfmetrics.stringWidth(ln, font, size))
                tokens = TOKEN_RE.findall(ln) or [ln[:1]]
                minimum[j] = max(minimum[j], max(pdfmetrics.stringWidth(t, font, size) for t in tokens))
    return natural, minimum


def column_widths(natural: Sequence[float], minimum: Sequence[float], avail: float) -> list[float] | None:
    """Fit columns into avail: natural widths, the widest capped at a common level (never below
    their minimum); None when even the minimums do not fit."""
    pad = 2 * CELL_PAD_PT + 1
    nat = [w + pad for w in natural]
    low = [w + pad for w in minimum]
    if sum(low) > avail:
        return None
    if sum(nat) <= avail:
        return nat
    lo, hi = 0.0, max(nat)
    for _ in range(40):  # bisect the cap level
        mid = (lo + hi) / 2
        if sum(max(m, min(w, mid)) for w, m in zip(nat, low)) > avail:
            hi = mid
        else:
            lo = mid
    return [max(m, min(w, lo)) for w, m in zip(nat, low)]


def _para(lines: Sequence[str], font: str, size: float, align: int) -> Paragraph:
    style = ParagraphStyle("c", fontName=font, fontSize=size, leading=size * LEADING, alignment=align, wordWrap="CJK")
    return Paragraph("<br/>".join(html.escape(ln, quote=False) for ln in lines), style)


def _align(lines: Sequence[str], header: bool, style: Style) -> int:
    if header:
        return TA_CENTER
    if style.align_numbers_right and lines and all(NUMERIC_RE.match(ln.replace(" ", "")) for ln in lines):
        return TA_RIGHT
    return TA_LEFT


def _table_style(style: Style, n_rows: int) -> TableStyle:
    cmds: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_PT), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_PT),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_PT), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_PT),
    ]
    if style.rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif style.rules == "booktabs":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
    if style.shade_header and n_rows > 1:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
    return TableStyle(cmds)


def table_flowable(rows: list[list[list[str]]], style: Style, avail: float) -> Flowable:
    """Build the table: font shrunk until the columns' minimum widths fit the frame."""
    size = style.font_size
    natural, minimum = _widths(rows, style.font, size)
    widths = column_widths(natural, minimum, avail)
    while widths is None and size > MIN_FONT_PT:
        size -= 0.5
        natural, minimum = _widths(rows, style.font, size)
        widths = column_widths(natural, minimum, avail)
    if widths is None:  # still too wide: equal shares, tokens may be cut
        widths = [avail / len(rows[0])] * len(rows[0])
    cells = [[_para(c, style.font, size, _align(c, r == 0 and len(rows) > 1, style)) for c in row] for r, row in enumerate(rows)]
    repeat = 1 if style.repeat_header and len(rows) > 1 else 0
    table = Table(cells, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
    table.setStyle(_table_style(style, len(rows)))
    return table


def render(export_path: str, pdf_path: str, style: Style) -> None:
    """Render one text export as a PDF in the given style."""
    _register(style.font)
    with open(export_path, encoding="utf-8-sig") as f:
        blocks = parse_export(f.read())
    pagesize = landscape(A4) if style.landscape else A4
    avail = pagesize[0] - 2 * MARGIN_PT
    text_style = ParagraphStyle("t", fontName=style.font, fontSize=10.5, leading=10.5 * 1.5, wordWrap="CJK")
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, str):
            story.append(Paragraph(html.escape(block, quote=False), text_style))
        else:
            story += [Spacer(1, 4), table_flowable(block, style, avail), Spacer(1, 6)]
    _build(pdf_path, pagesize, story)


def _build(pdf_path: str, pagesize: tuple[float, float], story: list[Flowable]) -> None:
    """Write the story; a row taller than a page is split inside the row instead of failing."""
    def doc() -> SimpleDocTemplate:
        return SimpleDocTemplate(pdf_path, pagesize=pagesize, leftMargin=MARGIN_PT, rightMargin=MARGIN_PT,
                                 topMargin=MARGIN_PT, bottomMargin=MARGIN_PT, invariant=True)
    try:
        doc().build(list(story))
    except LayoutError:
        for item in story:
            if isinstance(item, Table):
                item.splitInRow = 1
        doc().build(list(story))


def render_all(text_dir: str, out_dir: str, style: Style | HtmlStyle, stems: Sequence[str] | None = None) -> list[str]:
    """Render every export (or those whose stem is listed) into out_dir/<stem>.pdf; return the paths.

    A reportlab Style is drawn here, an HtmlStyle by the HTML layout engine (html_render).
    """
    from tests.renditions import html_render

    os.makedirs(out_dir, exist_ok=True)
    out: list[str] = []
    for name in sorted(os.listdir(text_dir)):
        stem, ext = os.path.splitext(name)
        if ext != ".txt" or (stems is not None and stem not in stems):
            continue
        path = os.path.join(out_dir, stem + ".pdf")
        if isinstance(style, Style):
            render(os.path.join(text_dir, name), path, style)
        else:
            html_render.render(os.path.join(text_dir, name), path, style)
        out.append(path)
    return out
