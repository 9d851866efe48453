"""Run the pipeline over inputs: read, recognize, write; a failure becomes a row."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.errors import ExtractError
from extract.model import Document
from extract.reader import doc_id_of, read_document
from extract.recognize import recognize_document
from extract.records import Extraction
from pipelines.rows import Row, dataset_rows
from pipelines.writer import ensure_datasets, part_name, remove_parts, write_part

INPUT_SUFFIXES = frozenset({".pdf", ".txt", ".text", ".tsv"})
# Issues that lose content make a document "partial"; the others are notes for the reader.
CONTENT_LOSS_ISSUES = frozenset({"page_error", "cid_garbage", "needs_ocr"})


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """The outcome of one input, as reported in the summary and the documents dataset."""

    source_path: str
    status: str  # ok | partial | failed
    row: Row


def find_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; folders searched recursively for PDFs and text exports, sorted."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES and not child.name.startswith("."):
                    yield str(child)
        else:
            yield path


def document_row(document: Document, extraction: Extraction, seconds: float) -> Row:
    status = "partial" if any(i.code in CONTENT_LOSS_ISSUES for i in document.issues) else "ok"
    return {
        "source_path": document.source_path, "doc_id": document.doc_id,
        "format": document.format, "pages": document.pages, "encoding": document.encoding,
        "status": status, "error": None, "error_type": None, "error_page": None,
        "issues": [f"{i.code}: {i.message}" + (f" (page {i.page})" if i.page else "") for i in document.issues],
        "n_tables": len(document.tables),
        "n_cells": sum(t.n_rows * t.n_cols for t in document.tables),
        "n_kpi_values": len(extraction.kpi_values),
        "n_budget_values": len(extraction.budget_values),
        "n_indicators": len(extraction.indicators),
        "n_projects": len(extraction.projects),
        "seconds": round(seconds, 3),
    }


def failure_row(path: str, error: Exception, seconds: float) -> Row:
    page = getattr(error, "page", None)
    return {
        # an unreadable file has no content hash: the path's hash keeps its row apart
        "source_path": path, "doc_id": doc_id_of(path.encode("utf-8")), "format": None,
        "pages": None, "encoding": None, "status": "failed", "error": str(error),
        "error_type": type(error).__name__, "error_page": page, "issues": [],
        "n_tables": 0, "n_cells": 0, "n_kpi_values": 0, "n_budget_values": 0,
        "n_indicators": 0, "n_projects": 0, "seconds": round(seconds, 3),
    }


def process(path: str, out_dir: Path, password: str | None = None,
            debug_dir: Path | None = None) -> DocumentResult:
    """Read, recognize and write one input; any error becomes a failed documents row."""
    started = time.perf_counter()
    try:
        document = read_document(path, password=password)
        extraction = recognize_document(document)
        if debug_dir is not None and document.format == "pdf":
            from extract.pdf.debug import write_debug_images

            write_debug_images(path, document, str(debug_dir / Path(path).stem), password=password)
    except ExtractError as exc:
        return _write_failure(path, out_dir, exc, started)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops a batch
        wrapped = ExtractError(path, f"unexpected {type(exc).__name__}: {exc}")
        return _write_failure(path, out_dir, wrapped, started)
    name = part_name(document.doc_id, path)
    for dataset, rows in dataset_rows(document, extraction).items():
        write_part(out_dir, dataset, rows, name)
    row = document_row(document, extraction, time.perf_counter() - started)
    write_part(out_dir, "documents", [row], name)
    return DocumentResult(path, row["status"], row)


def _write_failure(path: str, out_dir: Path, error: Exception, started: float) -> DocumentResult:
    row = failure_row(path, error, time.perf_counter() - started)
    name = part_name(row["doc_id"], path)
    remove_parts(out_dir, name)
    write_part(out_dir, "documents", [row], name)
    return DocumentResult(path, "failed", row)


def run(inputs: Iterable[str], out_dir: Path, password: str | None = None,
        debug_dir: Path | None = None,
        progress: Callable[[int, DocumentResult], None] | None = None) -> list[DocumentResult]:
    """Process every input in order; return one result per input."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for i, path in enumerate(find_inputs(inputs), start=1):
        result = process(path, out_dir, password, debug_dir)
        results.append(result)
        if progress:
            progress(i, result)
    ensure_datasets(out_dir)
    return results
