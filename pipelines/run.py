"""Run the pipeline over inputs: read, recognize, write; a failure becomes a row.

A document is its content (doc_id, the sha256 of its bytes). The output folder's manifest
says which contents it holds: an unchanged file is not read again (unless `force`), the
same content under a second path is recorded as another path of the same document, and a
file whose content changed replaces its old rows. After the run, documents that state the
same values (a PDF and its text export) are linked with `twin_of` (pipelines.identity).
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from concurrent.futures import Executor
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from extract.errors import ExtractError, PasswordRequiredError
from extract.model import Document
from extract.reader import doc_id_of, hash_file, is_pdf, read_document
from extract.recognize import recognize_document
from extract.records import Extraction
from pipelines import noise
from pipelines.errors import API, DocumentTimeoutError, option_name
from pipelines.findings import derive
from pipelines.identity import families, fingerprint, twin_of
from pipelines.inputs import scan_inputs
from pipelines.manifest import Entry, Manifest, engine_version, load_manifest, save_manifest
from pipelines.rows import Row, dataset_rows
from pipelines.writer import ensure_datasets, part_name, read_part, remove_leftovers, remove_parts, write_part

if TYPE_CHECKING:
    from extract.pdf.reader import PagesRead

# Issues that lose content make a document "partial"; the others are notes for the reader.
CONTENT_LOSS_ISSUES = frozenset({"page_error", "cid_garbage", "needs_ocr"})
READ_STATUSES = frozenset({"ok", "partial", "failed"})  # the others did not read the file
UNCHANGED = "unchanged"  # same content, same engine, already in the output: skipped
DERIVED = ("kpi_series", "findings")  # datasets computed across documents; kept when nothing changed
DUPLICATE = "duplicate"  # same content as another path: recorded as one more path
SNIFF_BYTES = 1024  # bytes read to tell a PDF by its magic (extract.reader.is_pdf looks this far)
SECOND_OPINION_ENGINE = "camelot"  # the manifest's engine string names the second opinion when on
TIMEOUT_REPEAT_S = 0.2  # after the time limit, the alarm repeats this often until the document gives up


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to read: the user password, debug images, whether to redo unchanged files."""

    password: str | None = None
    debug_dir: Path | None = None
    force: bool = False
    timeout: float | None = None  # seconds per document; None: no limit
    style: str = API  # how messages name options: "--password" (cli) or "password=" (api)
    engine: str | None = None  # PDF page reader (extract.pdf.reader.ENGINES); None: the reader's default
    second_opinion: bool = False  # camelot reviews a PDF's doubtful tables (extract.pdf.reader)


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """The outcome of one input, as reported in the summary and the documents dataset."""

    source_path: str
    status: str  # ok | partial | failed | unchanged | duplicate
    row: Row  # its documents row (for unchanged and duplicate inputs, the stored one)
    noise: tuple[noise.Noise, ...] = ()  # third-party warnings captured while reading it
    same_as: str | None = None  # duplicate: the path its content was first read from


Read = tuple[Row, tuple[str, ...], list[noise.Noise]]  # a document's row, fingerprint and captured noise


class Pending(Protocol):
    """A read under way on workers (pipelines.ranges.Dispatched)."""

    def result(self) -> Read: ...


class Progress(Protocol):
    """Told when each document starts and ends."""

    def start(self, i: int, total: int, path: str) -> None: ...

    def done(self, i: int, total: int, result: DocumentResult) -> None: ...


def find_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given (missing ones too: they fail alone); folders searched recursively."""
    scan = scan_inputs(paths)
    yield from scan.files
    yield from scan.missing


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


def failure_row(path: str, doc_id: str, error: Exception, seconds: float) -> Row:
    return {
        "source_path": path, "doc_id": doc_id, "format": None,
        "pages": None, "encoding": None, "status": "failed", "error": str(error),
        "error_type": type(error).__name__, "error_page": getattr(error, "page", None), "issues": [],
        "n_tables": 0, "n_cells": 0, "n_kpi_values": 0, "n_budget_values": 0,
        "n_indicators": 0, "n_projects": 0, "seconds": round(seconds, 3),
    }


def explain(error: Exception, options: RunOptions) -> Exception:
    """The error with a reason that names the option the user can give (--password)."""
    if isinstance(error, PasswordRequiredError):
        flag = option_name("password", options.style)
        reason = (f"the password given with {flag} does not open this encrypted PDF" if options.password
                  else f"encrypted PDF: give its user password with {flag}")
        return PasswordRequiredError(error.path, reason, error.page)
    return error


def read_and_write(path: str, doc_id: str, out_dir: Path, options: RunOptions,
                   pages_read: PagesRead | None = None) -> tuple[Row, tuple[str, ...]]:
    """Read and recognize one file and write its parts; return its documents row and fingerprint.

    pages_read: a PDF's pages, already read by workers (pipelines.ranges)."""
    document = read_input(path, options, pages_read, doc_id)
    extraction = recognize_document(document)
    if options.debug_dir is not None and document.format == "pdf":
        from extract.pdf.debug import write_debug_images

        write_debug_images(path, document, str(options.debug_dir / Path(path).stem), password=options.password)
    name = part_name(doc_id)
    for dataset, rows in dataset_rows(document, extraction).items():
        write_part(out_dir, dataset, rows, name)
    return document_row(document, extraction, 0.0), fingerprint(extraction)


def read_input(path: str, options: RunOptions, pages_read: PagesRead | None = None,
               doc_id: str | None = None) -> Document:
    """read_document, or a PDF read from its file by the page reader options.engine names (a
    budget book of hundreds of MB is never held in memory whole, as read_document holds it).
    doc_id: the file's hash_file, when the caller has it (a PDF's is not computed again)."""
    head = read_head(path)
    if not head or not is_pdf(path, head):
        return read_document(path, password=options.password)  # it says why a file cannot be read
    from extract.pdf.reader import DEFAULT_ENGINE, read_pdf  # heavy imports only when needed

    return read_pdf(path, source_path=path, password=options.password, engine=options.engine or DEFAULT_ENGINE,
                    pages_read=pages_read, second_opinion=options.second_opinion, doc_id=doc_id)


def read_head(path: str) -> bytes:
    """The first SNIFF_BYTES of a file (b"" when it cannot be read)."""
    try:
        with open(path, "rb") as f:
            return f.read(SNIFF_BYTES)
    except OSError:
        return b""


def read_result(pending: Pending | None, path: str, doc_id: str, out_dir: Path, options: RunOptions) -> Read:
    """A document read by a worker (pending), or read here; a worker that died fails its document only."""
    if pending is None:
        return read_captured(path, doc_id, out_dir, options)
    try:
        return pending.result()
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, a lost Dask worker
        error = ExtractError(path, f"worker failed: {type(exc).__name__}: {exc}")
        return failure_row(path, doc_id, error, 0.0), (), []


def submit_reads(executor: Executor, files: list[str], out_dir: Path, manifest: Manifest, engine: str,
                 options: RunOptions, workers: int = 1) -> dict[str, Pending]:
    """Start reading, on executor, the first path of every content the output does not hold
    yet (what process would read), largest first so no long document starts last, a long PDF
    in page ranges for up to `workers` workers (pipelines.ranges); results are recorded in
    input order, as with one worker."""
    from pipelines.ranges import dispatch_reads, plan_order, plan_shares  # it builds on this module

    todo: dict[str, str] = {}
    seen: set[str] = set()
    for path in files:
        try:
            doc_id = hash_file(path)
        except ExtractError:
            continue  # process records the failure
        if doc_id not in seen and not is_current(manifest.entries.get(doc_id), out_dir, engine, options):
            todo[path] = doc_id
        seen.add(doc_id)
    order = plan_order(list(todo))
    shares = plan_shares(order, options.password, workers, options.timeout)
    return dispatch_reads(executor, workers, {path: todo[path] for path in order}, out_dir, options, shares)


class _Expired(BaseException):
    """Raised by the alarm: a BaseException, so a reader's `except Exception` (one bad page
    becomes an issue) cannot swallow it; time_limit turns it into DocumentTimeoutError."""


@contextlib.contextmanager
def time_limit(path: str, seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeoutError in the block after `seconds` (SIGALRM: Unix, main thread only)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expire)
    # repeats: code that swallows even a BaseException (a bare except) gets another
    signal.setitimer(signal.ITIMER_REAL, float(seconds or 0), TIMEOUT_REPEAT_S)
    try:
        yield
    except _Expired:
        raise DocumentTimeoutError(path, float(seconds or 0)) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)




def read_captured(path: str, doc_id: str, out_dir: Path, options: RunOptions, pages_read: PagesRead | None = None,
                  noise_before: tuple[noise.Noise, ...] = ()) -> Read:
    """read_and_write with third-party noise captured and a time limit; any error becomes a failed row.

    pages_read, noise_before: a PDF's pages read by workers, and what their libraries said."""
    started = time.perf_counter()
    fp: tuple[str, ...] = ()
    with noise.captured() as capture:
        capture.noise.extend(noise_before)
        try:
            with time_limit(path, options.timeout):
                row, fp = read_and_write(path, doc_id, out_dir, options, pages_read)
        except (ExtractError, DocumentTimeoutError) as exc:
            row = failure_row(path, doc_id, explain(exc, options), 0.0)
        except Exception as exc:  # noqa: BLE001 - one bad file never stops a batch
            row = failure_row(path, doc_id, ExtractError(path, f"unexpected {type(exc).__name__}: {exc}"), 0.0)
    if row["status"] == "failed":
        remove_parts(out_dir, part_name(doc_id))
    row["issues"] = row["issues"] + noise.summarize(capture.noise)
    row["seconds"] = round(time.perf_counter() - started, 3)
    return row, fp, capture.noise


def with_entry(row: Row, entry: Entry) -> Row:
    return row | {"paths": list(entry.paths), "twin_of": entry.twin_of, "engine": entry.engine}


def store_row(out_dir: Path, entry: Entry) -> Row:
    """Rewrite a document's stored row with its entry's paths and twin; return the row."""
    rows = read_part(out_dir, "documents", part_name(entry.doc_id))
    row = with_entry(rows[0], entry) if rows else {}
    if row:
        write_part(out_dir, "documents", [row], part_name(entry.doc_id))
    return row


def forget_path(out_dir: Path, manifest: Manifest, doc_id: str, path: str) -> None:
    """A path now holds other content: drop it from doc_id, and doc_id's rows if no path is left."""
    entry = manifest.drop_path(doc_id, path)
    if entry is None:
        remove_parts(out_dir, part_name(doc_id))
    else:
        store_row(out_dir, entry)


def is_current(entry: Entry | None, out_dir: Path, engine: str, options: RunOptions) -> bool:
    """Whether a stored document can stand for this input without reading it again."""
    return (entry is not None and not options.force and entry.engine == engine
            and entry.status != "failed"
            and (out_dir / "documents" / part_name(entry.doc_id)).exists())


def process(path: str, out_dir: Path, manifest: Manifest, engine: str, options: RunOptions,
            seen: set[str] | None = None, pending: Pending | None = None) -> DocumentResult:
    """Read, recognize and write one input unless its content is already there.

    seen: doc_ids already handled in this run; their content under another spelling of
    the path, or another path, is a duplicate. pending: the read a worker started (submit_reads).
    """
    seen = set() if seen is None else seen
    absolute = str(Path(path).resolve())
    try:
        doc_id = hash_file(path)
    except ExtractError as exc:
        doc_id = doc_id_of(path.encode("utf-8"))  # no content: the path's hash keeps its row apart
        return _record(out_dir, manifest, path, absolute, failure_row(path, doc_id, exc, 0.0), (), [], engine)
    known = manifest.entries.get(doc_id)
    repeated = doc_id in seen
    seen.add(doc_id)
    if known is not None and (repeated or is_current(known, out_dir, engine, options)):
        status = DUPLICATE if repeated or absolute not in known.paths else UNCHANGED
        entry = manifest.add_path(doc_id, absolute)
        row = store_row(out_dir, entry) if entry != known else read_part(out_dir, "documents", part_name(doc_id))[0]
        if entry != known or _drop_previous(out_dir, manifest, absolute, doc_id):
            save_manifest(out_dir, manifest)
        return DocumentResult(path, status, row, same_as=None if status == UNCHANGED else known.source_path)
    row, fp, captured = read_result(pending, path, doc_id, out_dir, options)
    return _record(out_dir, manifest, path, absolute, row, fp, captured, engine)


def _drop_previous(out_dir: Path, manifest: Manifest, absolute: str, doc_id: str) -> bool:
    """Forget the content path held before doc_id; return whether there was any."""
    previous = [d for d, e in manifest.entries.items() if absolute in e.paths and d != doc_id]
    for old in previous:
        forget_path(out_dir, manifest, old, absolute)
    return bool(previous)


def _record(out_dir: Path, manifest: Manifest, path: str, absolute: str, row: Row,
            fp: tuple[str, ...], captured: list[noise.Noise], engine: str) -> DocumentResult:
    """Store a read document's row and manifest entry; forget the path's previous content."""
    doc_id = row["doc_id"]
    old = manifest.entries.get(doc_id)
    paths = tuple(dict.fromkeys([*(old.paths if old else ()), absolute]))
    entry = Entry(doc_id, path, paths, row["format"], row["status"], engine, fp, old.twin_of if old else None)
    manifest.entries[doc_id] = entry
    row = with_entry(row, entry)
    write_part(out_dir, "documents", [row], part_name(doc_id))
    _drop_previous(out_dir, manifest, absolute, doc_id)
    save_manifest(out_dir, manifest)
    return DocumentResult(path, row["status"], row, tuple(captured))


def link_twins(out_dir: Path, manifest: Manifest) -> None:
    """Set twin_of on every document whose values another document also states."""
    readable = {d: e.fingerprint for d, e in manifest.entries.items() if e.status != "failed"}
    primaries: dict[str, str | None] = {d: None for d in manifest.entries}
    for family in families(readable):
        members = [(d, manifest.entries[d].format, len(readable[d])) for d in family]
        primaries |= twin_of(members)
    for doc_id, primary in primaries.items():
        entry = manifest.entries[doc_id]
        if entry.twin_of != primary:
            manifest.entries[doc_id] = replace(entry, twin_of=primary)
            store_row(out_dir, manifest.entries[doc_id])
    save_manifest(out_dir, manifest)


def engine_name(options: RunOptions) -> str:
    """What reads documents, as the manifest records it: the code's version, a chosen PDF page
    reader, camelot's second opinion (a document read otherwise is read again)."""
    return (engine_version() + (f"+{options.engine}" if options.engine else "")
            + (f"+{SECOND_OPINION_ENGINE}" if options.second_opinion else ""))


def run(inputs: Iterable[str], out_dir: Path, options: RunOptions | None = None,
        progress: Progress | None = None, executor: Executor | None = None, workers: int = 1) -> list[DocumentResult]:
    """Process every input in order; return one result per input.

    executor (a process pool, a Dask client's, of `workers` workers): documents are read there,
    recorded here in order."""
    options = options or RunOptions()
    files = list(find_inputs(inputs))
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out_dir)
    manifest = load_manifest(out_dir)
    engine = engine_name(options)
    pending = submit_reads(executor, files, out_dir, manifest, engine, options, workers) if executor else {}
    results = []
    seen: set[str] = set()
    for i, path in enumerate(files, start=1):
        if progress:
            progress.start(i, len(files), path)
        result = process(path, out_dir, manifest, engine, options, seen, pending.get(path))
        results.append(result)
        if progress:
            progress.done(i, len(files), result)
    if any(r.status != UNCHANGED for r in results) or not all((out_dir / d).is_dir() for d in DERIVED):
        link_twins(out_dir, manifest)
        ensure_datasets(out_dir)
        derive(out_dir, executor)  # kpi_series and findings span documents: computed once every document is in
    return results
