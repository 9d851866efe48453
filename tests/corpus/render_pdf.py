"""Render a generated document as a PDF: reportlab in fixed styles, or WeasyPrint laying out HTML.

Each page of the document model becomes exactly one PDF page (reportlab shrinks a page's
content to fit; WeasyPrint is retried with smaller type), so the page every answer states
stays true; a renderer that cannot keep that raises RenderError.
"""

from __future__ import annotations

import html
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from tests.corpus.generator import Cell, Document, Page, Table, Text

FONT_FILES = {"IPAGothic": ("ipag.ttf", "fonts-japanese-gothic.ttf"), "IPAPGothic": ("ipagp.ttf",),
              "IPAMincho": ("ipam.ttf", "fonts-japanese-mincho.ttf"), "DejaVuSans": ("DejaVuSans.ttf",)}
# A glyph the document's font lacks (➡ in the IPA fonts) is drawn from this one, as a word processor substitutes a
# font that has it: the PDF shows the glyph and maps it to its character. Where it is not installed the glyph is
# drawn as the font's blank, its character lost (a PDF made without substitution).
FALLBACK_FONT = "DejaVuSans"
IDEOGRAPHIC_SPACE = "\u3000"  # an em wide
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"))
MARGIN_PT = 36.0
CELL_PAD_PT = 2.5
MIN_FONT_PT = 5.0
MIN_TEXT_CHARS = 4.0  # a text column is never squeezed below about four characters (in font sizes)
LEADING = 1.2  # line height / font size
TEXT_SIZES_PT = {"head": 8.0, "title": 13.0, "heading": 10.5, "body": 9.5, "caption": 8.5, "note": 8.0, "footer": 8.0}
HTML_FONT_SIZES_PT = (9.0, 8.0, 7.0, 6.0)  # tried in turn until every page fits its own sheet


NUMBER_CELL_RE = re.compile(r"^[▲△\-－+]?[\d０-９,，.．]+[^\s\d]{0,3}$|^[▲△\-－]?[\d０-９,，億万]+円$")
MARKER_CELLS = frozenset({"", "－", "―", "-", "…"})


def numeric_columns(table: Table) -> frozenset[int]:
    """Columns whose body cells are all numbers (with a short unit) or dashes: right-aligned, never wrapped."""
    n = len(table.rows[0])
    cols = set(range(n))
    for row in table.body:
        for j, c in enumerate(row):
            if j in cols and not c.covered and c.text not in MARKER_CELLS and not NUMBER_CELL_RE.match(c.text):
                cols.discard(j)
    return frozenset(j for j in cols if any(not r[j].covered and r[j].text not in MARKER_CELLS for r in table.body))


class RenderError(RuntimeError):
    """A document page did not fit on one PDF page."""


@dataclass(frozen=True, slots=True)
class PdfStyle:
    """How reportlab draws tables and pages."""

    name: str
    font: str
    rules: str  # grid | none | header (rules above and below the header and under the table)
    landscape: bool = False
    font_size: float = 9.0
    shade_header: bool = False


PDF_STYLES = {
    "pdf_grid": PdfStyle("pdf_grid", "IPAGothic", "grid"),
    "pdf_borderless": PdfStyle("pdf_borderless", "IPAPGothic", "none", font_size=9.5),
    "pdf_landscape": PdfStyle("pdf_landscape", "IPAMincho", "grid", landscape=True, font_size=10.0, shade_header=True),
    "pdf_rules": PdfStyle("pdf_rules", "IPAGothic", "header", font_size=8.5),
}
HTML_STYLES = {
    "html_ruled": "td, th { border: 0.6pt solid #000; } table { border-collapse: collapse; }",
    "html_borderless": "table { border-collapse: separate; border-spacing: 6pt 1pt; }",
}


def find_font(name: str) -> str | None:
    """The path of one of the font's files, or None when it is not installed."""
    wanted = set(FONT_FILES[name])
    for top in FONT_DIRS:
        for root, _, files in os.walk(top):
            hit = wanted.intersection(files)
            if hit:
                return os.path.join(root, sorted(hit)[0])
    return None


def missing_prerequisite(rendering: str) -> str | None:
    """Why a rendering cannot run on this machine, or None when it can."""
    if rendering in PDF_STYLES:
        try:
            import reportlab  # noqa: F401
        except ImportError:
            return "reportlab is not installed (pip install -e .[test])"
        font = PDF_STYLES[rendering].font
        if find_font(font) is None:
            return f"font {font} missing (apt-get install fonts-ipafont-gothic fonts-ipafont-mincho)"
        return None if find_font(FALLBACK_FONT) else f"fallback font {FALLBACK_FONT} missing (apt-get install fonts-dejavu-core)"
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        return f"weasyprint unusable ({exc}); pip install weasyprint, apt-get install libpango-1.0-0 libpangoft2-1.0-0"
    return None if find_font("IPAGothic") else "IPA fonts missing (apt-get install fonts-ipafont-gothic)"


def write_pdf(doc: Document, out_dir: str, rendering: str) -> str:
    """Render the document in the named style into out_dir; return the PDF's path."""
    path = os.path.join(out_dir, f"{doc.name}.{rendering}.pdf")
    if rendering in PDF_STYLES:
        _reportlab_pdf(doc, path, PDF_STYLES[rendering])
    else:
        _weasy_pdf(doc, path, HTML_STYLES[rendering])
    return path


# reportlab

def register_font(font: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if font not in pdfmetrics.getRegisteredFontNames():
        path = find_font(font)
        if path is None:
            raise RenderError(f"font {font} is not installed")
        pdfmetrics.registerFont(TTFont(font, path))


def markup(text: str, font: str) -> str:
    """The text as reportlab paragraph markup, each run of characters the font lacks set in FALLBACK_FONT."""
    from reportlab.pdfbase import pdfmetrics

    glyphs = pdfmetrics.getFont(font).face.charToGlyph  # type: ignore[attr-defined]
    fallback = _fallback_glyphs()
    runs: list[tuple[bool, str]] = []
    for ch in text:
        substituted = ord(ch) not in glyphs and ord(ch) in fallback
        if runs and runs[-1][0] == substituted:
            runs[-1] = (substituted, runs[-1][1] + ch)
        else:
            runs.append((substituted, ch))
    return "".join(f'<font name="{FALLBACK_FONT}">{html.escape(run, quote=False)}</font>' if substituted
                   else html.escape(run, quote=False) for substituted, run in runs)


@lru_cache(maxsize=1)
def _fallback_glyphs() -> frozenset[int]:
    """The characters FALLBACK_FONT draws (none when it is not installed)."""
    from reportlab.pdfbase import pdfmetrics

    if find_font(FALLBACK_FONT) is None:
        return frozenset()
    register_font(FALLBACK_FONT)
    return frozenset(pdfmetrics.getFont(FALLBACK_FONT).face.charToGlyph)  # type: ignore[attr-defined]


def column_widths(table: Table, font: str, size: float) -> tuple[list[float], list[float]]:
    """Per column (padding included): the natural width (widest line of its unspanned cells) and
    the least it may take (a number column its widest body number, a text column MIN_TEXT_CHARS)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    numeric = numeric_columns(table)
    n = len(table.rows[0])
    natural, least = [size] * n, [size * MIN_TEXT_CHARS] * n
    for r, row in enumerate(table.rows):
        for j, c in enumerate(row):
            if c.colspan == 1 and not c.covered:
                width = max([0.0] + [stringWidth(ln, font, size) for ln in c.lines])
                natural[j] = max(natural[j], width)
                if j in numeric and r >= len(table.header):
                    least[j] = max(least[j], width)
    pad = 2 * CELL_PAD_PT + 1
    return [w + pad for w in natural], [min(m, w) + pad for m, w in zip(least, natural)]


def fit_widths(natural: Sequence[float], least: Sequence[float], avail: float) -> list[float] | None:
    """Natural widths when they fit; otherwise the widest columns capped at one level (none below
    its least width) so the sum fits; None when even the least widths do not fit."""
    if sum(least) > avail:
        return None
    if sum(natural) <= avail:
        return list(natural)
    lo, hi = 0.0, max(natural)
    for _ in range(40):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if sum(max(m, min(w, mid)) for w, m in zip(natural, least)) <= avail else (lo, mid)
    return [max(m, min(w, lo)) for w, m in zip(natural, least)]


def _table_commands(table: Table, style: PdfStyle) -> list[tuple[object, ...]]:
    from reportlab.lib import colors

    last = len(table.rows) - 1
    cmds: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    cmds += [(k, (0, 0), (-1, -1), CELL_PAD_PT) for k in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.colspan > 1 or cell.rowspan > 1:
                cmds.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
    head = len(table.header)
    if style.rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif style.rules == "header":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black), ("LINEBELOW", (0, last), (-1, last), 1.0, colors.black)]
        if head:
            cmds.append(("LINEBELOW", (0, head - 1), (-1, head - 1), 0.5, colors.black))
    if style.shade_header and head:
        cmds.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#dde5f0")))
    return cmds


def _table_flowable(table: Table, style: PdfStyle, avail: float) -> object:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table as RlTable
    from reportlab.platypus import TableStyle

    size = style.font_size
    widths = fit_widths(*column_widths(table, style.font, size), avail)
    while widths is None and size > MIN_FONT_PT:
        size -= 0.5
        widths = fit_widths(*column_widths(table, style.font, size), avail)
    if widths is None:  # still too wide: the page is shrunk to fit as a whole
        widths = column_widths(table, style.font, size)[1]
    styles = {a: ParagraphStyle(f"c{a}", fontName=style.font, fontSize=size, leading=size * LEADING, alignment=a,
                                wordWrap="CJK") for a in (TA_LEFT, TA_CENTER, TA_RIGHT)}

    numeric = numeric_columns(table)

    def para(c: Cell, r: int, col: int) -> object:
        align = TA_CENTER if r < len(table.header) else TA_RIGHT if col in numeric else TA_LEFT
        return "" if c.covered else Paragraph("<br/>".join(markup(ln, style.font) for ln in c.lines), styles[align])

    data = [[para(c, r, j) for j, c in enumerate(row)] for r, row in enumerate(table.rows)]
    flowable = RlTable(data, colWidths=widths, hAlign="LEFT")
    flowable.setStyle(TableStyle(_table_commands(table, style)))
    return flowable


def _text_flowable(line: Text, font: str) -> object:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    size = TEXT_SIZES_PT[line.role]
    right = line.role == "head" or line.role == "caption" and "単位" in line.text
    align = TA_CENTER if line.role == "title" else TA_RIGHT if right else TA_LEFT
    # reportlab drops a paragraph's leading whitespace, the ideographic space too, which a word processor sets as a
    # glyph an em wide: a line set in by it (a name's second line, figures under their name) keeps its indent
    text = line.text.lstrip(IDEOGRAPHIC_SPACE)
    ps = ParagraphStyle(line.role, fontName=font, fontSize=size, leading=size * 1.4, alignment=align, wordWrap="CJK",
                        spaceAfter=size * 0.4, firstLineIndent=(len(line.text) - len(text)) * size)
    return Paragraph(markup(text, font), ps)


def _page_story(page: Page, style: PdfStyle, avail: tuple[float, float]) -> object:
    from reportlab.platypus import KeepInFrame, Spacer

    story: list[object] = []
    for block in page.blocks:
        if isinstance(block, Table):
            story += [Spacer(1, 3), _table_flowable(block, style, avail[0]), Spacer(1, 6)]
        elif block.role != "footer":
            story.append(_text_flowable(block, style.font))
    return KeepInFrame(avail[0], avail[1], story, mode="shrink")


def _reportlab_pdf(doc: Document, path: str, style: PdfStyle) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    register_font(style.font)
    # type size varies by document (±0.5pt, stable per name) so column positions are not one fixed grid
    style = replace(style, font_size=style.font_size + (zlib.crc32(doc.name.encode()) % 3 - 1) * 0.5)
    size = landscape(A4) if style.landscape else A4
    avail = (size[0] - 2 * MARGIN_PT, size[1] - 2 * MARGIN_PT - 12)
    footers = [next((b.text for b in p.blocks if isinstance(b, Text) and b.role == "footer"), "") for p in doc.pages]

    def on_page(canvas: object, template: object) -> None:
        text = footers[template.page - 1] if template.page <= len(footers) else ""  # type: ignore[attr-defined]
        if text:
            canvas.setFont(style.font, TEXT_SIZES_PT["footer"])  # type: ignore[attr-defined]
            canvas.drawCentredString(size[0] / 2, MARGIN_PT / 2, text)  # type: ignore[attr-defined]

    story: list[object] = []
    for i, page in enumerate(doc.pages):
        story += [_page_story(page, style, avail)] + ([PageBreak()] if i < len(doc.pages) - 1 else [])
    template = SimpleDocTemplate(path, pagesize=size, leftMargin=MARGIN_PT, rightMargin=MARGIN_PT, topMargin=MARGIN_PT,
                                 bottomMargin=MARGIN_PT, invariant=True, title=doc.name)
    template.build(story, onFirstPage=on_page, onLaterPages=on_page)
    if template.page != len(doc.pages):
        raise RenderError(f"{doc.name}: {template.page} PDF pages for {len(doc.pages)} document pages")


# WeasyPrint

def _html_cell(c: Cell, tag: str, numeric: bool) -> str:
    if c.covered:
        return ""
    attrs = (f' colspan="{c.colspan}"' if c.colspan > 1 else "") + (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "")
    attrs += ' class="num"' if numeric and tag == "td" else ""
    return f"<{tag}{attrs}>{'<br>'.join(html.escape(ln) for ln in c.lines)}</{tag}>"


def _html_table(table: Table) -> str:
    head = "".join("<tr>" + "".join(_html_cell(c, "th", False) for c in row) + "</tr>" for row in table.header)
    numeric = numeric_columns(table)
    body = "".join("<tr>" + "".join(_html_cell(c, "td", j in numeric) for j, c in enumerate(row)) + "</tr>"
                   for row in table.body)
    return f"<table>{f'<thead>{head}</thead>' if head else ''}<tbody>{body}</tbody></table>"


def document_html(doc: Document, css: str, font_pt: float) -> str:
    """The document as HTML: one section per page, each ending with a page break."""
    sections = []
    for page in doc.pages:
        parts = [_html_table(b) if isinstance(b, Table) else f'<p class="{b.role}">{html.escape(b.text)}</p>' for b in page.blocks]
        sections.append(f'<section>{"".join(parts)}</section>')
    base = (f"@page {{ size: A4; margin: 14mm; }} body {{ font-family: 'IPAGothic', 'IPAPGothic'; font-size: {font_pt}pt; }}"
            " section { break-after: page; } section:last-child { break-after: auto; }"
            " th, td { padding: 1.5pt 3pt; vertical-align: middle; } th { font-weight: normal; } td.num { text-align: right; white-space: nowrap; }"
            " p { margin: 2pt 0; } p.title { text-align: center; font-size: 1.4em; } p.footer { text-align: center; }"
            " p.caption, p.head { text-align: right; } table { margin: 4pt 0 8pt 0; }")
    return f"<html><head><meta charset='utf-8'><style>{base} {css}</style></head><body>{''.join(sections)}</body></html>"


def _weasy_pdf(doc: Document, path: str, css: str) -> None:
    from weasyprint import HTML

    for font_pt in HTML_FONT_SIZES_PT:
        rendered = HTML(string=document_html(doc, css, font_pt)).render()
        if len(rendered.pages) == len(doc.pages):
            rendered.write_pdf(path)
            return
    raise RenderError(f"{doc.name}: pages overflow even at {HTML_FONT_SIZES_PT[-1]}pt")
