"""Unreadable PDFs raise the right ExtractError, naming the file; never a bare traceback."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions

from extract.errors import (
    BrokenPdfError,
    ExtractError,
    NoTextLayerError,
    PasswordRequiredError,
    UnreadableFileError,
)
from extract.pdf import read_pdf

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "pdf")
SAMPLE = sorted(glob.glob(os.path.join(SAMPLES, "*.pdf")))[0]
PRINT_ONLY = UserAccessPermissions(0xFFFFF0C4)  # reserved bits set, only "print" granted


def _two_pages(tmp_path: Path) -> Path:
    out = tmp_path / "two.pdf"
    writer = PdfWriter()
    for page in PdfReader(SAMPLE).pages[:2]:
        writer.add_page(page)
    with open(out, "wb") as f:
        writer.write(f)
    return out


def test_user_password_required(tmp_path: Path) -> None:
    src = _two_pages(tmp_path)
    writer = PdfWriter(clone_from=str(src))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    with pytest.raises(PasswordRequiredError) as err:
        read_pdf(str(path))
    assert "locked.pdf" in str(err.value) and isinstance(err.value, PermissionError)
    doc = read_pdf(str(path), password="secret")
    assert doc.pages == 2 and doc.tables


def test_owner_password_only_reads_normally(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=str(_two_pages(tmp_path)))
    writer.encrypt(user_password="", owner_password="owner", permissions_flag=PRINT_ONLY)
    path = tmp_path / "restricted.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    assert read_pdf(str(path)).tables


def test_truncated_pdf(tmp_path: Path) -> None:
    path = tmp_path / "truncated.pdf"
    path.write_bytes(Path(SAMPLE).read_bytes()[:1000])
    with pytest.raises((BrokenPdfError, UnreadableFileError, NoTextLayerError)) as err:
        read_pdf(str(path))
    assert "truncated.pdf" in str(err.value)


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("項目\t単位\n転出超過者数\t人\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as err:
        read_pdf(str(path))
    assert "notes.pdf" in str(err.value) and "not a PDF" in str(err.value)


def test_missing_and_empty(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError):
        read_pdf(str(tmp_path / "absent.pdf"))
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFileError, match="empty"):
        read_pdf(str(empty))


def test_garbage_after_header_is_broken(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    with pytest.raises(ExtractError) as err:
        read_pdf(str(path))
    assert "garbage.pdf" in str(err.value)


def test_image_only_pdf_needs_ocr(tmp_path: Path) -> None:
    with pdfplumber.open(SAMPLE) as pdf:
        image = pdf.pages[0].to_image(resolution=50).original.convert("RGB")
    path = tmp_path / "scan.pdf"
    image.save(path, "PDF")
    with pytest.raises(NoTextLayerError) as err:
        read_pdf(str(path))
    assert "scan.pdf" in str(err.value) and "OCR" in str(err.value)
