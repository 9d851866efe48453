"""Open any supported document: sniff its type, hash it, hand it to the right reader."""

from __future__ import annotations

import hashlib
from pathlib import Path

from extract.errors import UnreadableFileError
from extract.model import Document
from extract.text_reader import read_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".tsv", ".md", ".csv"})
PDF_MAGIC = b"%PDF"
DOC_ID_CHARS = 16


def doc_id_of(data: bytes) -> str:
    """Given a file's bytes, return its content hash (sha256, first 16 hex chars)."""
    return hashlib.sha256(data).hexdigest()[:DOC_ID_CHARS]


def read_bytes(path: str) -> bytes:
    """Read a whole file, turning OS errors into an error that names the file."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError(path, "file not found") from None
    except IsADirectoryError:
        raise UnreadableFileError(path, "is a directory") from None
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot read: {exc.strerror or exc}") from None
    if not data:
        raise UnreadableFileError(path, "empty file")
    return data


def is_pdf(path: str, data: bytes) -> bool:
    """A PDF by its magic bytes (anywhere in the first KiB), or by its name."""
    return PDF_MAGIC in data[:1024] or Path(path).suffix.lower() == ".pdf"


def read_document(path: str, password: str | None = None) -> Document:
    """Given a path to a PDF or a text export, return it as a Document."""
    data = read_bytes(path)
    doc_id = doc_id_of(data)
    if is_pdf(path, data):
        from extract.pdf.reader import read_pdf  # heavy imports only when needed

        return read_pdf(path, source_path=path, password=password)
    return read_text(data, path, doc_id)
