"""Read a CSV file (comma, tab or semicolon separated, any encoding the text reader knows)."""

from __future__ import annotations

import csv as csv_module
import io

from extract.errors import DecodeError
from extract.model import Document
from extract.sheets.grid import Place, SourceCell, SourceRow, check_not_binary, rows_to_blocks
from extract.text_reader import decode_text

DELIMITERS = ",\t;"
SNIFF_CHARS = 8192  # the start of the file the delimiter is guessed from


def sniff_delimiter(text: str) -> str:
    """The delimiter the start of the file uses most consistently; a comma when unsure."""
    try:
        return csv_module.Sniffer().sniff(text[:SNIFF_CHARS], delimiters=DELIMITERS).delimiter
    except csv_module.Error:
        return ","


def text_to_rows(text: str) -> list[SourceRow]:
    """CSV records as rows, each numbered by the line it starts on (a quoted cell may span lines)."""
    reader = csv_module.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows: list[SourceRow] = []
    start = 1
    for record in reader:
        rows.append(SourceRow(start, tuple(SourceCell(v) for v in record)))
        start = reader.line_num + 1
    return rows


def read_csv(data: bytes, source_path: str, doc_id: str) -> Document:
    """Given a CSV file's bytes, return it as a Document (unpaged: page is None, line is the row)."""
    check_not_binary(data, source_path, "CSV")
    text, encoding = decode_text(data, source_path)
    try:
        rows = text_to_rows(text)
    except csv_module.Error as exc:
        raise DecodeError(source_path, f"not readable as CSV: {exc}") from None
    blocks = rows_to_blocks(rows, Place(source_path, doc_id))
    return Document(source_path, doc_id, "csv", None, tuple(blocks), encoding=encoding)
