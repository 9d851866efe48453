"""Write a generated document as a word-processor file (.docx, as municipal staff write their
reports in Word) and print it to PDF with LibreOffice Writer: another layout engine and PDF
producer than reportlab, WeasyPrint, Chromium and Calc. Writer sets the table cells, wraps the
long names inside their columns, and draws (or does not draw) the cell borders as a Word table
style says.

Columns are as wide as an author makes them: a figure column as wide as its widest figure, a
text column as wide as its text up to a cap (longer names wrap), the whole stretched to the
text width. Each document page must stay one PDF page: a document whose PDF has another page
count is written again in smaller type, then on landscape sheets; else RenderError.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.generator import Cell, Document, Table, Text
from tests.corpus.render_calc import SOFFICE, convert, page_count
from tests.corpus.render_pdf import NUMBER_CELL_RE, RenderError, find_font, numeric_columns


@dataclass(frozen=True)
class WriterStyle:
    font: str  # the East Asian and Latin font of every run
    ruled: bool  # every cell border drawn (Word's "Table Grid"), else none
    line_spacing: float  # in type sizes' line heights (Word's "multiple")
    centred: bool  # cells centred vertically (as often set in a ruled table), else at the top (Word's default)


WRITER_STYLES = {
    "writer_ruled": WriterStyle(font="IPAMincho", ruled=True, line_spacing=1.0, centred=True),
    "writer_borderless": WriterStyle(font="IPAPGothic", ruled=False, line_spacing=1.15, centred=False),
}
FONT_SIZES_PT = (10.5, 9.0, 8.0, 7.0, 6.0)  # Word's default body size first, then smaller until pages fit
A4_MM = (210.0, 297.0)
MARGIN_MM = {False: 20.0, True: 12.7}  # portrait; landscape sheets get Word's "narrow" margins
CELL_MARGINS_PT = 10.8  # Word's default left and right cell margins together (0.19 cm each)
SLACK_EM = 0.6  # room an author leaves beside the widest line, in type sizes
TEXT_COLUMN_CAP_EM = 14.0  # a text column wider than this wraps its lines
HEADER_CAP_EM = 6.0  # a header wider than this wraps (over figures: where the figures are narrower)
TEXT_COLUMN_MIN_EM = 4.0  # ... and one is made no narrower than this to fit a wide table
HALF_WIDTH_EM = 0.55  # a half-width glyph's advance, in type sizes
PT_PER_MM = 72.0 / 25.4
WRITER_MODULE = "libswlo.so"  # LibreOffice Writer's library, beside the soffice program


def missing_prerequisite(rendering: str) -> str | None:
    """Why a Writer rendering cannot run on this machine, or None when it can."""
    try:
        import docx  # noqa: F401
    except ImportError:
        return "python-docx is not installed (pip install -e .[test])"
    if find_font(WRITER_STYLES[rendering].font) is None:
        return f"font {WRITER_STYLES[rendering].font} missing (apt-get install fonts-ipafont-gothic fonts-ipafont-mincho)"
    if not _has_writer():
        return "no LibreOffice Writer (apt-get install --no-install-recommends libreoffice-writer-nogui; .ci/run installs it)"
    return None


def _has_writer() -> bool:
    """soffice with its Writer module beside it (Calc alone converts no .docx)."""
    soffice = shutil.which(SOFFICE)
    return soffice is not None and (Path(soffice).resolve().parent / WRITER_MODULE).exists()


def write_writer_pdfs(docs: Sequence[Document], out_dir: str, rendering: str) -> list[str]:
    """Print each document as a Word file laid out by Writer into out_dir; return the PDFs' paths."""
    style = WRITER_STYLES[rendering]
    stem = {d.name: os.path.join(out_dir, f"{d.name}.{rendering}") for d in docs}
    pending = list(docs)
    for landscape in (False, True):
        for font_pt in FONT_SIZES_PT:
            fitting = [d for d in pending if _tables_fit(d, font_pt, landscape)]
            for doc in fitting:
                write_docx(doc, stem[doc.name] + ".docx", style, font_pt, landscape)
            if fitting:
                convert([stem[d.name] + ".docx" for d in fitting], out_dir)
            pending = [d for d in pending if d not in fitting or page_count(stem[d.name] + ".pdf") != len(d.pages)]
            if not pending:
                return [stem[d.name] + ".pdf" for d in docs]
    raise RenderError(f"{[d.name for d in pending]}: pages overflow in Writer even at {FONT_SIZES_PT[-1]}pt, landscape")


def _text_width_pt(landscape: bool) -> float:
    return ((A4_MM[1] if landscape else A4_MM[0]) - 2 * MARGIN_MM[landscape]) * PT_PER_MM


def _tables_fit(doc: Document, font_pt: float, landscape: bool) -> bool:
    tables = [b for page in doc.pages for b in page.blocks if isinstance(b, Table)]
    return all(column_widths_pt(t, numeric_columns(t), font_pt, _text_width_pt(landscape)) is not None for t in tables)


def write_docx(doc: Document, path: str, style: WriterStyle, font_pt: float, landscape: bool) -> None:
    """The document as a .docx: one section of blocks per page, a page break between pages."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    word = docx.Document()
    section = word.sections[0]
    width, height = (A4_MM[1], A4_MM[0]) if landscape else A4_MM
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM[landscape]))
    _set_default_font(word, style, font_pt)
    text_width_pt = _text_width_pt(landscape)
    for n, page in enumerate(doc.pages):
        for block in page.blocks:
            if isinstance(block, Table):
                _add_table(word, block, style, font_pt, text_width_pt)
            else:
                _add_text(word, block)
        if n < len(doc.pages) - 1:
            word.add_page_break()
    word.save(path)


def _set_default_font(word: object, style: WriterStyle, font_pt: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = word.styles["Normal"]  # type: ignore[attr-defined]
    normal.font.name = style.font
    normal.font.size = Pt(font_pt)
    fonts = normal.element.rPr.rFonts
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), style.font)
    spacing = normal.paragraph_format
    spacing.space_before = spacing.space_after = Pt(0)
    spacing.line_spacing = style.line_spacing


def _add_text(word: object, block: Text) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = word.add_paragraph(block.text)  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_after = Pt(2)
    if block.role in ("title", "footer"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif block.role in ("caption", "head"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if block.role == "title":
        for run in paragraph.runs:
            run.font.size = Pt(word.styles["Normal"].font.size.pt * 1.4)  # type: ignore[attr-defined]


def _add_table(word: object, table: Table, style: WriterStyle, font_pt: float, text_width_pt: float) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    n_cols = len(table.rows[0])
    grid = word.add_table(rows=len(table.rows), cols=n_cols)  # type: ignore[attr-defined]
    if style.ruled:
        grid.style = "Table Grid"
    grid.autofit = False
    numeric = numeric_columns(table)
    widths = column_widths_pt(table, numeric, font_pt, text_width_pt)
    if widths is None:
        raise RenderError(f"a table of {n_cols} columns does not fit {text_width_pt:.0f}pt at {font_pt}pt")
    _set_column_widths(grid, [Pt(w) for w in widths])
    for i, row in enumerate(table.rows):
        for j, c in enumerate(row):
            if c.covered:
                continue
            target = grid.cell(i, j)
            if c.colspan > 1 or c.rowspan > 1:
                target = target.merge(grid.cell(i + c.rowspan - 1, j + c.colspan - 1))
            _fill(target, c)
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER if style.centred else WD_CELL_VERTICAL_ALIGNMENT.TOP
            in_head = i < len(table.header)
            align = WD_ALIGN_PARAGRAPH.CENTER if in_head else (
                WD_ALIGN_PARAGRAPH.RIGHT if j in numeric else WD_ALIGN_PARAGRAPH.LEFT)
            for paragraph in target.paragraphs:
                paragraph.alignment = align
    word.add_paragraph()  # type: ignore[attr-defined]  # Word ends a table with a paragraph mark


def _set_column_widths(grid: object, widths: list[int]) -> None:
    """Both the table grid (what Writer lays out by) and every cell's own width (what Word reads)."""
    from docx.oxml.ns import qn

    for col, width in zip(grid._tbl.tblGrid.findall(qn("w:gridCol")), widths):  # type: ignore[attr-defined]
        col.set(qn("w:w"), str(int(width.twips)))  # type: ignore[attr-defined]
    for j, width in enumerate(widths):
        for cell in grid.columns[j].cells:  # type: ignore[attr-defined]
            cell.width = width


def _fill(target: object, cell: Cell) -> None:
    """The cell's lines in one paragraph, a line break between them (as typed with Shift+Enter)."""
    paragraph = target.paragraphs[0]  # type: ignore[attr-defined]
    for k, line in enumerate(cell.lines):
        run = paragraph.add_run(line)
        if k < len(cell.lines) - 1:
            run.add_break()


def column_widths_pt(table: Table, numeric: frozenset[int], font_pt: float, text_width_pt: float) -> list[float] | None:
    """Each column as wide as its widest one-column line (headers and text capped: they wrap; figures
    never do), stretched to the text width; when the table is wider, its columns narrowed towards
    their floors (text to a few glyphs, never below a figure's width); None when it still does not fit."""
    natural, figures = natural_ems(table, numeric), figure_ems(table, numeric)
    widths = [_pt(w, font_pt) for w in natural]
    floors = [_pt(natural[j] if j in numeric else max(figures[j], min(natural[j], TEXT_COLUMN_MIN_EM)), font_pt)
              for j in range(len(natural))]
    total = sum(widths)
    if total <= text_width_pt:
        return [w * text_width_pt / total for w in widths]
    excess, room = total - text_width_pt, total - sum(floors)
    if excess > room:
        return None
    return [f + (w - f) * (1 - excess / room) for w, f in zip(widths, floors)]


def natural_ems(table: Table, numeric: frozenset[int] = frozenset()) -> list[float]:
    """Each column's widest one-column line in type sizes: a header's capped at HEADER_CAP_EM (it
    wraps), a figure's never, other text's at TEXT_COLUMN_CAP_EM."""
    ems = [0.0] * len(table.rows[0])
    for i, row in enumerate(table.rows):
        for j, c in enumerate(row):
            if c.covered or c.colspan > 1:
                continue
            widest = max((line_em(line) for line in c.lines), default=0.0)
            if i < len(table.header):
                widest = min(widest, HEADER_CAP_EM)
            elif not (j in numeric or NUMBER_CELL_RE.match(c.text)):
                widest = min(widest, TEXT_COLUMN_CAP_EM)
            ems[j] = max(ems[j], widest)
    return ems


def figure_ems(table: Table, numeric: frozenset[int]) -> list[float]:
    """Each column's widest figure (a body cell of a figure column, or a number in another), in type sizes."""
    ems = [0.0] * len(table.rows[0])
    for row in table.body:
        for j, c in enumerate(row):
            if not c.covered and c.colspan == 1 and (j in numeric or NUMBER_CELL_RE.match(c.text)):
                ems[j] = max([ems[j], *(line_em(line) for line in c.lines)])
    return ems


def _pt(em: float, font_pt: float) -> float:
    return (em + SLACK_EM) * font_pt + CELL_MARGINS_PT


def line_em(line: str) -> float:
    """A line's advance in type sizes: full-width glyphs one, others about half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else HALF_WIDTH_EM for ch in line)
