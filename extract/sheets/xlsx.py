"""Read an Excel workbook (.xlsx) with openpyxl: each sheet is a page, merged cells become spans.

Provenance: page = the sheet's 1-based position in the workbook, line = the sheet row,
col_index = the sheet column (0 = A), so (page, line, col_index) is the cell's address.
Each sheet starts with a text line holding its name, which recognizers see as a heading.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from extract.errors import UnreadableFileError
from extract.model import Block, Document, Provenance, Table, TextLine
from extract.sheets.grid import Place, SourceCell, SourceRow, rows_to_blocks
from extract.sheets.number_format import format_number
from normalize import clean_text

def format_value(value: Any, number_format: str) -> str:
    """A cell's value as the sheet shows it (its number format applied: units, sign, scale, decimals)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, (int, float)):
        return format_number(value, number_format or "") or _plain(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%Y年%m月%d日")
    return str(value)


def _plain(number: float) -> str:
    """A number without a float's noise: 1234.0 → 1234, 0.1 + 0.2 → 0.3."""
    rounded = round(float(number), 10)
    return str(int(rounded)) if rounded.is_integer() else repr(rounded)


def sheet_rows(sheet: Any) -> list[SourceRow]:
    """A worksheet's rows from row 1 and column A, merged ranges as spans at their top-left."""
    spans = {(r.min_row, r.min_col): (r.max_row - r.min_row + 1, r.max_col - r.min_col + 1)
             for r in sheet.merged_cells.ranges}
    rows = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        row = []
        for cell in cells:
            row_span, col_span = spans.get((cell.row, cell.column), (1, 1))
            text = format_value(getattr(cell, "value", None), getattr(cell, "number_format", ""))
            row.append(SourceCell(text, row_span, col_span))
        boxed = frozenset(col for col, cell in enumerate(cells) if is_boxed(getattr(cell, "border", None)))
        rows.append(SourceRow(number, tuple(row), boxed))
    return rows


def is_boxed(border: Any) -> bool:
    """True when a cell's border draws all four sides (a cell of a ruled table)."""
    sides = [getattr(border, side, None) for side in ("left", "right", "top", "bottom")]
    return all(side is not None and side.style for side in sides)


def load_workbook(data: bytes, source_path: str) -> Any:
    """Open the workbook (cached formula values, not formulas); errors name the file."""
    from openpyxl import load_workbook as openpyxl_load  # heavy import only when needed

    try:
        return openpyxl_load(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableFileError(source_path, f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None


def read_xlsx(data: bytes, source_path: str, doc_id: str) -> Document:
    """Given a workbook's bytes, return every sheet as text lines and tables, one page per sheet."""
    book = load_workbook(data, source_path)
    blocks: list[Block] = []
    for page, sheet in enumerate(book.worksheets, start=1):
        name = str(sheet.title)
        blocks.append(TextLine(clean_text(name), name, Provenance(source_path, doc_id, page)))
        first_table = sum(1 for b in blocks if isinstance(b, Table))
        blocks += rows_to_blocks(sheet_rows(sheet), Place(source_path, doc_id, page), first_table)
    return Document(source_path, doc_id, "xlsx", len(book.worksheets), tuple(blocks))
