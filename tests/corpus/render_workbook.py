"""Write a generated document as an Excel workbook, the way municipal staff build one to print.

A sheet holds a run of document pages chained by one table continued over a page break
(a manual row break between them); any other page starts a sheet of its own, so every
printed page is one document page. Staff habits: a title row, a unit caption in the table's
last column, merged header cells over year / kind groups, headers broken with Alt+Enter,
names wrapped by the column width, numbers stored as numbers and shown by a number format
(#,##0;"▲"#,##0, 0.0, 0.0%, #,##0"人"), right-aligned, row heights set for the wrapped text,
the running head and page number in the page header and footer, fit to the page width.
Styles differ in font, rules (every cell / header rules / none), 均等割付 labels, and whether a
continued table repeats its header by 印刷タイトル (print titles) or by typing it again.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from tests.corpus.generator import Cell, Document, Page, Table, Text
from tests.corpus.render_pdf import MARKER_CELLS, NUMBER_CELL_RE, register_font

LINE_HEIGHT = 1.35  # a row's height per line of its tallest cell (font sizes)
ROW_PAD_PT = 3.0  # a row's height beyond its lines
CELL_PAD_PT = 4.0  # width a cell's text cannot use (both sides)
MAX_TEXT_COLUMN_EM = 12.0  # a text column is no wider than this; longer names wrap
MIN_COLUMN_EM = 2.5
TITLE_GROWTH_PT = 3.0  # a title is this much larger than the table type
FIGURE_COLUMN_SHARE = 0.5  # a column whose body cells are at least this share figures is formatted as figures
DISTRIBUTED_MAX_CHARS = 6  # labels this short are spread over their cell (均等割付) where a style does it
SHEET_NAME = "Sheet{n}"  # Excel's own default
PLAIN_NUMBER_RE = re.compile(r"^(?P<sign>[▲△\-－]?)(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?"
                             r"(?P<unit>%|[^0-9０-９\s▲△\-－,.※()（）]{1,3})?$")


@dataclass(frozen=True, slots=True)
class WorkbookStyle:
    """How one office builds its workbooks."""

    name: str
    font: str  # a family fontconfig knows, also in render_pdf.FONT_FILES
    font_size: float
    rules: str  # grid | header | none | mixed (header or none, by document)
    print_titles: bool  # a continued table repeats its header by print titles (else typed again)
    distributed: bool  # short body labels spread over their cell
    break_names: bool  # a name keeps the document's line breaks (Alt+Enter); else it wraps by width
    unit_formats: bool  # 37人 stored as 37 shown by #,##0"人"; else typed as text


WORKBOOK_STYLES = {
    "calc_ruled": WorkbookStyle("calc_ruled", "IPAMincho", 10.5, "grid", print_titles=True, distributed=True,
                                break_names=True, unit_formats=True),
    "calc_borderless": WorkbookStyle("calc_borderless", "IPAPGothic", 10.0, "mixed", print_titles=False,
                                     distributed=False, break_names=False, unit_formats=False),
}
XLSX_STYLE = "calc_ruled"  # the workbook read as it is (the xlsx rendering)


@dataclass(frozen=True, slots=True)
class Number:
    """A cell written as a number: its value and the format that shows it as the document does."""

    value: float
    number_format: str


def parse_number(text: str, unit_formats: bool) -> Number | None:
    """A cell's text as a number with its format (▲1,234 → -1234 and #,##0;"▲"#,##0), or None
    when staff would type it as text (full-width digits, 億万円, ※ marks, a unit left as text)."""
    m = PLAIN_NUMBER_RE.match(text)
    if not m or (m["unit"] and m["unit"] != "%" and not unit_formats):
        return None
    frac = m["frac"] or ""
    value = Decimal(m["digits"].replace(",", "") + ("." + frac if frac else "")) * (-1 if m["sign"] else 1)
    body = ("#,##0" if "," in m["digits"] else "0") + ("." + "0" * len(frac) if frac else "")
    if m["unit"] == "%":
        return Number(float(value / 100), _signed(body + "%", m["sign"]))
    suffix = f'"{m["unit"]}"' if m["unit"] else ""
    return Number(float(value), _signed(body + suffix, m["sign"]))


def _signed(body: str, sign: str) -> str:
    """A format showing negatives with the document's sign (▲, △, -, －)."""
    return f'{body};"{sign}"{body}' if sign else body


def figure_columns(table: Table) -> frozenset[int]:
    """Columns staff format as figures (right-aligned, never wrapped, the marks among them too):
    at least FIGURE_COLUMN_SHARE of their filled body cells are numbers or dashes, one a number."""
    columns = set()
    for j in range(len(table.rows[0])):
        texts = [row[j].text for row in table.body if not row[j].covered and row[j].text]
        figures = [t for t in texts if t in MARKER_CELLS or NUMBER_CELL_RE.match(t)]
        if texts and len(figures) >= FIGURE_COLUMN_SHARE * len(texts) and any(t not in MARKER_CELLS for t in figures):
            columns.add(j)
    return frozenset(columns)


def continues(before: Page, after: Page) -> bool:
    """Whether a page opens with the rest of the table that ends the page before (its header
    repeated or not)."""
    last = _content(before.blocks)[-1:]
    first = _content(after.blocks)[:1]
    if not last or not first or not isinstance(last[0], Table) or not isinstance(first[0], Table):
        return False
    a, b = last[0], first[0]
    return len(a.rows[0]) == len(b.rows[0]) and b.header in ((), a.header)


def _content(blocks: Sequence[Text | Table]) -> list[Text | Table]:
    return [b for b in blocks if not (isinstance(b, Text) and b.role in ("head", "footer"))]


def sheet_pages(doc: Document) -> list[list[int]]:
    """0-based document pages per sheet: a page continuing the table of the page before joins its
    sheet, unless that page already continued a table (one repeated header per sheet)."""
    sheets: list[list[int]] = []
    for i, page in enumerate(doc.pages):
        chained = i > 0 and continues(doc.pages[i - 1], page)
        if chained and (len(sheets[-1]) == 1 or len(_content(doc.pages[i - 1].blocks)) == 1):
            sheets[-1].append(i)
        else:
            sheets.append([i])
    return sheets


def on_sheets(doc: Document) -> Document:
    """The document with each answer's page replaced by the (1-based) sheet holding it."""
    sheet_of = {p + 1: s for s, pages in enumerate(sheet_pages(doc), start=1) for p in pages}
    return replace(doc, kpis=tuple(replace(a, page=sheet_of[a.page]) for a in doc.kpis),
                   budgets=tuple(replace(a, page=sheet_of[a.page]) for a in doc.budgets))


def text_width_pt(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_font(font)
    return float(stringWidth(text, font, size))


def column_widths_pt(tables: Sequence[Table], style: WorkbookStyle, size: float) -> list[float]:
    """Per sheet column: its widest unspanned line (a text column at most MAX_TEXT_COLUMN_EM)."""
    n = max((len(t.rows[0]) for t in tables), default=1)
    widths = [MIN_COLUMN_EM * size] * n
    for table in tables:
        numeric = figure_columns(table)
        for row in table.rows:
            for j, c in enumerate(row):
                if c.covered or c.colspan > 1:
                    continue
                lines = c.lines if style.break_names or j in numeric else ("".join(c.lines),)
                natural = max([0.0] + [text_width_pt(ln, style.font, size) for ln in lines])
                cap = math.inf if j in numeric else MAX_TEXT_COLUMN_EM * size
                widths[j] = max(widths[j], min(natural, cap))
    return [w + CELL_PAD_PT + 1 for w in widths]


def digit_width_pt(style: WorkbookStyle, size: float) -> float:
    """The sheet's column width unit: the default font's digit width (0 in the workbook font)."""
    return text_width_pt("0", style.font, size)


def line_count(lines: Sequence[str], width_pt: float, style: WorkbookStyle, size: float) -> int:
    """Lines a wrapped cell takes in a column width_pt wide (each line broken where it overflows)."""
    usable = max(width_pt - CELL_PAD_PT, size)
    return sum(max(1, math.ceil(text_width_pt(ln, style.font, size) / usable)) for ln in lines) or 1


def row_lines(n_rows: int, needs: Sequence[tuple[int, int, int]]) -> list[int]:
    """Lines each of n_rows rows is made tall for, given (first row, rows spanned, lines) per cell:
    a cell spanning rows grows the last of them by what the rows it spans lack."""
    lines = [1] * n_rows
    for first, span, need in sorted(needs, key=lambda n: n[1]):
        last = min(first + span, n_rows) - 1
        lines[last] += max(0, need - sum(lines[first:last + 1]))
    return lines


def doc_rules(doc: Document, style: WorkbookStyle) -> str:
    """The rules of a document's tables: the style's, or for a mixed style header rules or none by name."""
    if style.rules != "mixed":
        return style.rules
    return "header" if zlib.crc32(doc.name.encode()) % 2 else "none"


def write_workbook(doc: Document, path: str, style: WorkbookStyle, size: float | None = None,
                   landscape: bool = False) -> None:
    """Write the document as a workbook in the given style (type size and sheet orientation
    overridable, for a page that does not fit); one sheet per run of chained pages."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    font_size = size or style.font_size
    book._named_styles["Normal"].font = Font(name=style.font, size=font_size)  # the width unit's font
    for n, pages in enumerate(sheet_pages(doc), start=1):
        sheet = book.create_sheet(SHEET_NAME.format(n=n))
        _SheetWriter(sheet, style, doc_rules(doc, style), font_size).write([doc.pages[p] for p in pages])
        _page_setup(sheet, doc, landscape)
    book.save(path)


def _page_setup(sheet: object, doc: Document, landscape: bool) -> None:
    setup = sheet.page_setup  # type: ignore[attr-defined]
    setup.paperSize = sheet.PAPERSIZE_A4  # type: ignore[attr-defined]
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
    blocks = [b for p in doc.pages for b in p.blocks if isinstance(b, Text)]
    head = next((b.text for b in blocks if b.role == "head"), None)
    if head:
        sheet.oddHeader.right.text = head  # type: ignore[attr-defined]
    if any(b.role == "footer" for b in blocks):
        sheet.oddFooter.center.text = "- &P -"  # type: ignore[attr-defined]


class _SheetWriter:
    """Writes pages onto one worksheet, row by row."""

    def __init__(self, sheet: object, style: WorkbookStyle, rules: str, size: float) -> None:
        self.sheet, self.style, self.rules, self.size = sheet, style, rules, size
        self.row = 1
        self.widths: list[float] = []
        self.header_rows: dict[tuple[tuple[Cell, ...], ...], tuple[int, int]] = {}

    def write(self, pages: Sequence[Page]) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.pagebreak import Break

        tables = [b for p in pages for b in p.blocks if isinstance(b, Table)]
        self.widths = column_widths_pt(tables, self.style, self.size) if tables else [MAX_TEXT_COLUMN_EM * self.size]
        unit = digit_width_pt(self.style, self.size)
        for j, w in enumerate(self.widths, start=1):
            self.sheet.column_dimensions[get_column_letter(j)].width = round(w / unit, 2)  # type: ignore[attr-defined]
        for i, page in enumerate(pages):
            if i:
                self.sheet.row_breaks.append(Break(id=self.row - 1))  # type: ignore[attr-defined]
            self._page(page, continued=i > 0)

    def _page(self, page: Page, continued: bool) -> None:
        blocks = _content(page.blocks)
        for k, block in enumerate(blocks):
            if isinstance(block, Table):
                repeat = continued and k == 0 and bool(block.header) and self.style.print_titles
                self._table(block, skip_header=repeat)
                if k + 1 < len(blocks):
                    self.row += 1  # a blank row after a table
            else:
                self._text(block)

    def _text(self, line: Text) -> None:
        """A line typed into one cell, running over the empty cells beside it (a unit caption in the
        last column, right-aligned; a title centred over the table when it is narrower)."""
        from openpyxl.styles import Alignment, Font

        last = len(self.widths)
        size = self.size + (TITLE_GROWTH_PT if line.role == "title" else 0)
        if line.role == "caption" and "単位" in line.text:
            target = self.sheet.cell(self.row, last, line.text)  # type: ignore[attr-defined]
            target.alignment = Alignment(horizontal="right", vertical="center")
        else:
            target = self.sheet.cell(self.row, 1, line.text)  # type: ignore[attr-defined]
            centred = line.role == "title" and last > 1 and text_width_pt(line.text, self.style.font, size) < sum(self.widths)
            if centred:
                self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=last)  # type: ignore[attr-defined]
            target.alignment = Alignment(horizontal="center" if centred else "left", vertical="center")
        target.font = Font(name=self.style.font, size=size)
        self._height(1, size)
        self.row += 1

    def _height(self, lines: int, size: float) -> None:
        self.sheet.row_dimensions[self.row].height = round(lines * size * LINE_HEIGHT + ROW_PAD_PT, 1)  # type: ignore[attr-defined]

    def _table(self, table: Table, skip_header: bool) -> None:
        numeric = figure_columns(table)
        head = len(table.header)
        if skip_header:
            first, last = self.header_rows[table.header]
            self.sheet.print_title_rows = f"{first}:{last}"  # type: ignore[attr-defined]
        elif head:
            self.header_rows.setdefault(table.header, (self.row, self.row + head - 1))
        rows = table.body if skip_header else table.rows
        top = self.row
        needs: list[tuple[int, int, int]] = []  # (first row, rows spanned, lines) per cell
        for r, cells in enumerate(rows):
            is_header = not skip_header and r < head
            needs += [(r, c.rowspan, self._cell(c, j + 1, is_header, j in numeric)) for j, c in enumerate(cells) if not c.covered]
            self.row += 1
        for r, lines in enumerate(row_lines(len(rows), needs)):
            self.sheet.row_dimensions[top + r].height = round(lines * self.size * LINE_HEIGHT + ROW_PAD_PT, 1)  # type: ignore[attr-defined]
        self._rules(table, top, self.row - 1, 0 if skip_header else head)

    def _cell(self, c: Cell, col: int, is_header: bool, numeric: bool) -> int:
        """Write one cell (merging its span); return the lines its text takes."""
        from openpyxl.styles import Alignment, Font

        if c.colspan > 1 or c.rowspan > 1:
            self.sheet.merge_cells(start_row=self.row, start_column=col, end_row=self.row + c.rowspan - 1,  # type: ignore[attr-defined]
                                   end_column=col + c.colspan - 1)
        target = self.sheet.cell(self.row, col)  # type: ignore[attr-defined]
        number = parse_number(c.text, self.style.unit_formats) if not is_header and len(c.lines) == 1 else None
        numeric = numeric or number is not None
        lines = self._lines(c, is_header, numeric)
        if number:
            target.value, target.number_format = number.value, number.number_format
        else:
            target.value = "\n".join(lines)
        target.font = Font(name=self.style.font, size=self.size)
        target.alignment = Alignment(horizontal=self._align(c, is_header, numeric), vertical="center", wrap_text=not numeric)
        width = sum(self.widths[col - 1:col - 1 + c.colspan])
        return line_count(lines, width, self.style, self.size)

    def _lines(self, c: Cell, is_header: bool, numeric: bool) -> tuple[str, ...]:
        """A name wraps by the column width unless the style keeps the document's breaks; numbers
        stacked in one cell and header lines keep theirs (Alt+Enter)."""
        if self.style.break_names or is_header or numeric or any(NUMBER_CELL_RE.match(ln) for ln in c.lines):
            return c.lines
        return ("".join(c.lines),) if c.lines else ()

    def _align(self, c: Cell, is_header: bool, numeric: bool) -> str:
        if is_header:
            return "center"
        if numeric:
            return "right"
        short = len(c.lines) == 1 and 2 <= len(c.text) <= DISTRIBUTED_MAX_CHARS and not NUMBER_CELL_RE.match(c.text)
        return "distributed" if self.style.distributed and short else "left"

    def _rules(self, table: Table, top: int, bottom: int, head: int) -> None:
        from openpyxl.styles import Border, Side

        thin, none = Side(style="thin"), Side()
        width = len(table.rows[0])
        for r in range(top, bottom + 1):
            for col in range(1, width + 1):
                if self.rules == "grid":
                    border = Border(left=thin, right=thin, top=thin, bottom=thin)
                elif self.rules == "header":
                    above = r == top
                    below = (head and r == top + head - 1) or r == bottom
                    border = Border(top=thin if above else none, bottom=thin if below else none)
                else:
                    continue
                self.sheet.cell(r, col).border = border  # type: ignore[attr-defined]
