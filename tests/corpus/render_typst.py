"""Typeset a generated document with Typst and let it write the PDF: another layout engine and
PDF producer than reportlab, WeasyPrint, Chromium, Calc and Writer, with its own table layout
(auto columns share the page's width and wrap their text; cells padded by an inset, set at the
top) and its own PDF text (glyph runs positioned by TJ arrays, fonts as CID subsets).

The markup is what an author writes with Typst: a table per table, stroke or none, header rows
in table.header, columns holding figures as wide as their widest line (a longer header or text
wraps, up to a cap; a figure never does), figures set right, text columns sharing the rest in proportion to their text (fr, weighted);
Typst lays the columns out and wraps the text itself. The type is
the largest at which every figure column can keep its widest line beside the text columns'
floors, and each document page must stay one PDF page with every glyph printed: else the type
is made smaller, then the sheet turned to landscape; else RenderError.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pypdfium2 as pdfium

from tests.corpus.generator import Cell, Document, Table, Text
from tests.corpus.render_pdf import NUMBER_CELL_RE, RenderError, numeric_columns
from tests.corpus.render_writer import SLACK_EM, TEXT_COLUMN_CAP_EM, TEXT_COLUMN_MIN_EM, natural_ems


@dataclass(frozen=True)
class TypstStyle:
    font: str
    ruled: bool  # every cell stroked (Typst's default), else stroke: none
    inset_pt: tuple[float, float]  # a cell's padding (across, down)


TYPST_STYLES = {
    "typst_ruled": TypstStyle(font="Noto Serif CJK JP", ruled=True, inset_pt=(5.0, 5.0)),
    "typst_borderless": TypstStyle(font="IPAPMincho", ruled=False, inset_pt=(5.0, 2.0)),
}
FONT_SIZES_PT = (10.5, 9.0, 8.0, 7.0, 6.0)  # a Japanese report's body size first, then smaller until pages fit
MARGIN_MM = {False: 20.0, True: 12.7}  # portrait; landscape sheets get narrow margins
A4_MM = (210.0, 297.0)
PT_PER_MM = 72.0 / 25.4
TITLE_SCALE = 1.4  # a title's type against the body's


def missing_prerequisite(rendering: str) -> str | None:
    """Why a Typst rendering cannot run on this machine, or None when it can."""
    try:
        import typst  # noqa: F401
    except ImportError:
        return "the typst package is not installed (pip install -e .[test])"
    font = TYPST_STYLES[rendering].font
    return None if _font_known(font) else f"font {font} missing (apt-get install fonts-ipafont-mincho fonts-noto-cjk)"


def _font_known(font: str) -> bool:
    import typst

    probe = f'#set text(font: "{font}", fallback: false)\n#"字"'
    try:
        typst.compile(probe.encode(), format="pdf")
    except Exception:  # typst raises its own error type for an unknown font
        return False
    return True


def write_typst_pdf(doc: Document, out_dir: str, rendering: str) -> str:
    """Typeset the document in the named style into out_dir; return the PDF's path."""
    import typst

    style = TYPST_STYLES[rendering]
    path = os.path.join(out_dir, f"{doc.name}.{rendering}.pdf")
    source = os.path.join(out_dir, f"{doc.name}.{rendering}.typ")
    expected_glyphs = document_glyphs(doc)
    for landscape in (False, True):
        for font_pt in FONT_SIZES_PT:
            if not _figures_fit(doc, style, font_pt, landscape):
                continue
            markup = document_markup(doc, style, font_pt, landscape)
            with open(source, "w", encoding="utf-8") as f:
                f.write(markup)
            with open(path, "wb") as f:
                f.write(typst.compile(markup.encode(), format="pdf"))
            pages, glyphs = _pages_and_glyphs(path)
            if pages == len(doc.pages) and glyphs >= expected_glyphs:
                return path
    raise RenderError(f"{doc.name}: pages overflow in Typst even at {FONT_SIZES_PT[-1]}pt, landscape")


def _figures_fit(doc: Document, style: TypstStyle, font_pt: float, landscape: bool) -> bool:
    """Every table's figure columns at their widest line beside its text columns at their floor."""
    text_width = ((A4_MM[1] if landscape else A4_MM[0]) - 2 * MARGIN_MM[landscape]) * PT_PER_MM
    padding = 2 * style.inset_pt[0]
    for table in (b for page in doc.pages for b in page.blocks if isinstance(b, Table)):
        sized = _figure_columns(table)
        ems = natural_ems(table)
        need = sum((ems[j] + SLACK_EM if j in sized else TEXT_COLUMN_MIN_EM) * font_pt + padding
                   for j in range(len(ems)))
        if need > text_width:
            return False
    return True


def _figure_columns(table: Table) -> frozenset[int]:
    """Columns holding a figure in some body cell (beside dashes or words such as 集計中)."""
    return numeric_columns(table) | frozenset(j for row in table.body for j, c in enumerate(row)
                                              if not c.covered and NUMBER_CELL_RE.match(c.text))


def _columns(table: Table, inset_pt: float) -> str:
    """Figure columns at their width, text columns a share of the rest weighted by their (capped) text."""
    sized = _figure_columns(table)
    ems = natural_ems(table)
    return "(" + ", ".join(f"{em + SLACK_EM:.2f}em + {2 * inset_pt}pt" if j in sized
                           else f"{max(1.0, min(em, TEXT_COLUMN_CAP_EM)):.1f}fr"
                           for j, em in enumerate(ems)) + ",)"


def document_markup(doc: Document, style: TypstStyle, font_pt: float, landscape: bool) -> str:
    """The document as Typst markup: one page of blocks per document page."""
    head = [
        f'#set page(paper: "a4", flipped: {str(landscape).lower()}, margin: {MARGIN_MM[landscape]}mm)',
        f'#set text(font: "{style.font}", size: {font_pt}pt, lang: "ja")',
        "#set par(justify: false)",
        f"#set table(stroke: {'0.5pt' if style.ruled else 'none'}, inset: (x: {style.inset_pt[0]}pt, y: {style.inset_pt[1]}pt))",
    ]
    pages = ["\n".join(_block(b, style) for b in page.blocks) for page in doc.pages]
    return "\n".join(head) + "\n" + "\n#pagebreak()\n".join(pages) + "\n"


def _block(block: Text | Table, style: TypstStyle) -> str:
    return _table(block, style) if isinstance(block, Table) else _text(block)


def _text(block: Text) -> str:
    words = _string(block.text)
    if block.role == "title":
        return f"#align(center, text(size: {TITLE_SCALE}em, {words}))"
    if block.role == "footer":
        return f"#align(center, {words})"
    if block.role in ("caption", "head"):
        return f"#align(right, {words})"
    return f"#par({words})"


def _table(table: Table, style: TypstStyle) -> str:
    numeric = numeric_columns(table)
    header = [_cell(c, j, numeric, True) for row in table.header for j, c in enumerate(row) if not c.covered]
    body = [_cell(c, j, numeric, False) for row in table.body for j, c in enumerate(row) if not c.covered]
    parts = ([f"table.header({', '.join(header)})"] if header else []) + body
    return f"#table(columns: {_columns(table, style.inset_pt[0])}, {', '.join(parts)})"


def _cell(cell: Cell, column: int, numeric: frozenset[int], in_header: bool) -> str:
    align = "center" if in_header else ("right" if column in numeric else "left")
    lines = ", ".join(_string(line) for line in cell.lines)
    content = f"({lines},).join(linebreak())" if cell.lines else '""'
    return f"table.cell(colspan: {cell.colspan}, rowspan: {cell.rowspan}, align: {align}, {content})"


def _string(text: str) -> str:
    """A Typst string literal: set as written, no markup read in it."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def document_glyphs(doc: Document) -> int:
    """How many glyphs other than spaces the document shows."""
    texts = [b.text if isinstance(b, Text) else " ".join(c.text for row in b.rows for c in row if not c.covered)
             for page in doc.pages for b in page.blocks]
    return sum(1 for t in texts for ch in t if not ch.isspace())


def _pages_and_glyphs(path: str) -> tuple[int, int]:
    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf), sum(1 for page in pdf for ch in page.get_textpage().get_text_range() if not ch.isspace())
    finally:
        pdf.close()
