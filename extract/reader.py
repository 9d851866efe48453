"""Open any supported document: sniff its type, hash it, hand it to the right reader.

    .pdf (or %PDF magic)         extract.pdf.reader
    .xlsx / .xlsm                extract.sheets.xlsx   (one page per sheet)
    .csv                         extract.sheets.csv
    .html / .htm                 extract.sheets.html   (every <table>)
    .txt .text .tsv .md          extract.text_reader
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extract.errors import UnreadableFileError
from extract.model import Document
from extract.text_reader import read_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".tsv", ".md"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
PDF_SUFFIXES = frozenset({".pdf"})
# what a folder scan picks up (README.md and other notes are not documents)
DOCUMENT_SUFFIXES = PDF_SUFFIXES | XLSX_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | {".txt", ".text", ".tsv"}
# document types a folder scan reports as skipped, with the reason
UNSUPPORTED_SUFFIXES = {
    ".xls": "Excel 97-2003 workbook: save it as .xlsx",
    ".ods": "OpenDocument spreadsheet: save it as .xlsx",
    ".doc": "Word document: export it as PDF or text",
    ".docx": "Word document: export it as PDF or text",
    ".odt": "OpenDocument text: export it as PDF or text",
    ".rtf": "RTF document: export it as PDF or text",
    ".ppt": "PowerPoint: export it as PDF",
    ".pptx": "PowerPoint: export it as PDF",
    ".jpg": "image: needs OCR first", ".jpeg": "image: needs OCR first",
    ".png": "image: needs OCR first", ".tif": "image: needs OCR first", ".tiff": "image: needs OCR first",
    ".zip": "archive: unpack it first",
    ".json": "JSON is not a document format we read",
    ".xml": "XML is not a document format we read",
}
PDF_MAGIC = b"%PDF"
ZIP_MAGIC = b"PK\x03\x04"
DOC_ID_CHARS = 16
HASH_CHUNK_BYTES = 1 << 20


def doc_id_of(data: bytes) -> str:
    """Given a file's bytes, return its content hash (sha256, first 16 hex chars)."""
    return hashlib.sha256(data).hexdigest()[:DOC_ID_CHARS]


def hash_file(path: str) -> str:
    """The doc_id of a file, read in chunks; OS errors become an error naming the file."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(HASH_CHUNK_BYTES), b""):
                digest.update(chunk)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return digest.hexdigest()[:DOC_ID_CHARS]


def _unreadable(path: str, exc: OSError) -> UnreadableFileError:
    if isinstance(exc, FileNotFoundError):
        return UnreadableFileError(path, "file not found")
    if isinstance(exc, IsADirectoryError):
        return UnreadableFileError(path, "is a directory")
    return UnreadableFileError(path, f"cannot read: {exc.strerror or exc}")


def read_bytes(path: str) -> bytes:
    """Read a whole file, turning OS errors into an error that names the file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not data:
        raise UnreadableFileError(path, "empty file")
    return data


def is_pdf(path: str, data: bytes) -> bool:
    """A PDF by its magic bytes (anywhere in the first KiB), or by its name."""
    return PDF_MAGIC in data[:1024] or Path(path).suffix.lower() in PDF_SUFFIXES


def source_format(path: str, data: bytes) -> str:
    """The reader a file goes to: pdf, xlsx, csv, html or text (by magic, then by name)."""
    suffix = Path(path).suffix.lower()
    if is_pdf(path, data):
        return "pdf"
    if suffix in XLSX_SUFFIXES or (data.startswith(ZIP_MAGIC) and suffix not in TEXT_SUFFIXES):
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def read_document(path: str, password: str | None = None) -> Document:
    """Given a path to a PDF, workbook, CSV, HTML page or text export, return it as a Document."""
    data = read_bytes(path)
    doc_id = doc_id_of(data)
    kind = source_format(path, data)
    if kind == "pdf":
        from extract.pdf.reader import read_pdf  # heavy imports only when needed

        return read_pdf(path, source_path=path, password=password)
    if kind == "xlsx":
        from extract.sheets.xlsx import read_xlsx

        return read_xlsx(data, path, doc_id)
    if kind == "csv":
        from extract.sheets.csv import read_csv

        return read_csv(data, path, doc_id)
    if kind == "html":
        from extract.sheets.html import read_html

        return read_html(data, path, doc_id)
    return read_text(data, path, doc_id)
