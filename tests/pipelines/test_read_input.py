"""read_input tells a PDF by its first bytes and reads it from the file (never whole into memory)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.model import Document
from pipelines import run
from pipelines.run import SNIFF_BYTES, RunOptions, read_head, read_input


def test_sniff_bytes_pinned_to_what_is_pdf_looks_at() -> None:
    assert SNIFF_BYTES == 1024


def _routed(monkeypatch: pytest.MonkeyPatch, path: Path) -> str:
    """Which reader read_input hands path to: "pdf" (the page reader) or "document"."""
    seen: list[str] = []
    monkeypatch.setattr(run, "read_document", lambda *a, **k: seen.append("document") or Document(str(path), "x", "text", None, (), None, ()))
    import extract.pdf.reader as pdf_reader

    monkeypatch.setattr(pdf_reader, "read_pdf", lambda *a, **k: seen.append("pdf") or Document(str(path), "x", "pdf", 0, (), None, ()))
    read_input(str(path), RunOptions())
    return seen[0]


@pytest.mark.parametrize("offset, expected", [
    (0, "pdf"),
    (SNIFF_BYTES - len(b"%PDF"), "pdf"),     # the magic's last byte is the last one read
    (SNIFF_BYTES - len(b"%PDF") + 1, "document"),  # cut by the sniff: not seen
])
def test_magic_found_within_the_sniffed_bytes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, offset: int,
                                               expected: str) -> None:
    path = tmp_path / "export.bin"
    path.write_bytes(b" " * offset + b"%PDF-1.7\n" + b" " * 2000)
    assert _routed(monkeypatch, path) == expected


def test_a_pdf_by_name_or_an_empty_file_goes_where_read_document_sends_it(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    named = tmp_path / "a.pdf"
    named.write_bytes(b"not really")
    assert _routed(monkeypatch, named) == "pdf"
    empty = tmp_path / "b.pdf"
    empty.write_bytes(b"")
    assert _routed(monkeypatch, empty) == "document"  # read_document says "empty file"


def test_read_head_reads_at_most_the_sniffed_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * (SNIFF_BYTES + 1))
    assert len(read_head(str(path))) == SNIFF_BYTES
    assert read_head(str(tmp_path / "missing")) == b""


def test_a_pdf_whose_hash_the_run_has_is_not_hashed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.pdf.reader as pdf_reader
    from extract.reader import hash_file

    sample = sorted((Path(__file__).parents[2] / "samples" / "pdf").glob("*.pdf"))[-1]
    hashed = read_input(str(sample), RunOptions())
    assert hashed.doc_id == hash_file(str(sample)) == pdf_reader.file_doc_id(str(sample))

    def no_second_pass(path: str) -> str:
        raise AssertionError("hashed again")

    monkeypatch.setattr(pdf_reader, "file_doc_id", no_second_pass)
    assert read_input(str(sample), RunOptions(), doc_id=hash_file(str(sample))) == hashed
