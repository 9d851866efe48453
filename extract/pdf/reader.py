"""Read a PDF into the shared grid model, page by page.

pdfium (or pdfplumber) reads every page (ruled tables, borderless tables, text lines). camelot's
second opinion on tables scored as doubtful, on a bounded number of pages, is off by default
(second_opinion=True, `--second-opinion`): measured by values, it changed none on the realdocs'
gold or the corpus and, on the renditions, gained 3 right values, lost 1 and added 2 wrong ones.
"""

from __future__ import annotations

import gc
import hashlib
import math
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from extract.errors import NoTextLayerError, UnreadableFileError
from extract.model import BBox, Block, Cell, Document, Issue, Provenance, Table, TextLine
from extract.pdf import camelot_adapter, pdfium_adapter, pdfplumber_adapter
from extract.pdf.diagrams import is_diagram
from extract.pdf.listed_lines import untable_lists
from extract.pdf.grid import PageContent, RawLine, RawTable, band_of, union_bbox
from extract.pdf.stitch import (RowJoin, SplitVerdict, Stitched, _first_table, _last_table, continues, page_items,
                                stitch_pages)
from extract.pdf.textjoin import cell_text, is_numeric_line, raw_cell_text, strip_cid
from normalize import clean_text

DOUBT_SCORE = 0.5  # pdfplumber tables scoring below this get a camelot second opinion
WIN_MARGIN = 0.05  # camelot must beat pdfplumber by this much to be chosen
KEEP_TEXT_SHARE = 0.95  # ...and keep at least this share of the text
MAX_SECOND_OPINION_PAGES = 6  # camelot is slow: never on every page of a budget book
# camelot's budget when asked for, reviewed pages per page of the document (one in 13; a review
# costs 0.2-0.5 s): counted, never timed, so a document reads the same on any machine, under any
# load, with any number of workers.
SECOND_OPINION_PAGE_SHARE = 0.075
AREA_PAD_PT = 2.0
PDF_MAGIC = b"%PDF-"
PROSE_MIN_CHARS = 30  # a cell this long holds running text, not a value or a label to line up
PROSE_SHARE = 0.6  # a column whose characters are at least this share in running-text cells holds prose
MIN_TABLE_ROWS = 2  # a table of fewer rows has no rows to vouch for its columns
STACKED_VALUES = 3  # a cell stacking this many bare numbers, one per line, holds rows the reader merged


def file_doc_id(path: str) -> str:
    """sha256 of the file's bytes, hex, first 16 chars (same as the text path)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def _check_file(path: str) -> None:
    """Raise UnreadableFileError for a missing, empty or non-PDF file."""
    if not os.path.isfile(path):
        raise UnreadableFileError(path, "file not found")
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise UnreadableFileError(path, f"cannot read file ({e.strerror})") from e
    if not head:
        raise UnreadableFileError(path, "file is empty")
    if PDF_MAGIC not in head:
        raise UnreadableFileError(path, f"not a PDF (no %PDF- header; starts with {head[:8]!r})")


def _page_indices(n_pages: int, pages: Iterable[int] | None) -> list[int]:
    """0-based indices of the requested 1-based pages that exist."""
    if pages is None:
        return list(range(n_pages))
    return sorted({p - 1 for p in pages if 1 <= p <= n_pages})


def _text_size(table: RawTable) -> int:
    return sum(len("".join(c.raw.split())) for row in table.rows for c in row)


CamelotReads = dict[tuple[int, str, BBox | None], list[RawTable]]  # camelot's tables by (page, flavor, area)


def _second_opinion(path: str, page: PageContent, table: RawTable, password: str | None,
                    reads: CamelotReads | None = None) -> RawTable:
    """Return the better of table and camelot's reading of the same area. reads: camelot's
    readings so far (lattice reads the whole page: two doubtful tables of a page share one read)."""
    flavor = camelot_adapter.STREAM if table.engine.endswith("-text") else camelot_adapter.LATTICE
    x0, top, x1, bottom = table.bbox
    area = (x0 - AREA_PAD_PT, top - AREA_PAD_PT, x1 + AREA_PAD_PT, bottom + AREA_PAD_PT)
    area_arg = area if flavor == camelot_adapter.STREAM else None
    reads = {} if reads is None else reads
    key = (page.page, flavor, area_arg)
    if key not in reads:
        reads[key] = camelot_adapter.read_tables(path, page.page, page.height, flavor, area_arg, password)
    best = table
    for cand in reads[key]:
        overlaps = cand.bbox[1] < bottom and cand.bbox[3] > top and cand.bbox[0] < x1 and cand.bbox[2] > x0
        keeps_text = _text_size(cand) >= KEEP_TEXT_SHARE * _text_size(table)
        if overlaps and keeps_text and (cand.score or 0) > (best.score or 0) + WIN_MARGIN:
            best = cand
    return best


def review_budget(n_pages: int) -> int:
    """How many pages of a document get a camelot second opinion: SECOND_OPINION_PAGE_SHARE of
    its pages, at least one, at most MAX_SECOND_OPINION_PAGES."""
    return min(MAX_SECOND_OPINION_PAGES, max(1, math.ceil(SECOND_OPINION_PAGE_SHARE * n_pages)))


def _review(path: str, pages: list[PageContent], password: str | None) -> list[PageContent]:
    """Give doubtful tables a camelot second opinion on the first review_budget pages that hold
    one, in page order."""
    budget = review_budget(len(pages))
    reads: CamelotReads = {}
    out: list[PageContent] = []
    for page in pages:
        doubtful = [t for t in page.tables if (t.score or 0) < DOUBT_SCORE]
        if not doubtful or budget <= 0 or page.rotation:
            out.append(page)
            continue
        budget -= 1
        tables = tuple(_second_opinion(path, page, t, password, reads) if t in doubtful else t for t in page.tables)
        out.append(replace(page, tables=tables))
    return out


def _to_table(raw: RawTable, index: int, source: str, doc_id: str) -> Table:
    """Build a model Table, stamping every cell's provenance."""
    rows = tuple(
        tuple(
            Cell(
                raw_cell_text(c),
                strip_cid(c.raw),
                Provenance(source, doc_id, c.page, None, index, r, j, c.bbox),
                c.row_span,
                c.col_span,
                c.line_bboxes,
            )
            for j, c in enumerate(row)
        )
        for r, row in enumerate(raw.rows)
    )
    prov = Provenance(source, doc_id, raw.page, None, index, None, None, raw.bbox)
    return Table(index, rows, prov, raw.engine, raw.score)


def _to_line(raw: RawLine, source: str, doc_id: str) -> TextLine:
    return TextLine(clean_text(strip_cid(raw.raw)), strip_cid(raw.raw), Provenance(source, doc_id, raw.page, bbox=raw.bbox))


def split_row_issue(table_index: int, join: RowJoin) -> Issue:
    """The Issue recording a row cut by a page break: joined (with where its second part sits) or doubtful."""
    where = ", ".join(f"col {j} at ({', '.join(f'{v:.1f}' for v in b)})" for j, b in join.parts)
    if join.verdict is SplitVerdict.JOINED:
        msg = (f"table {table_index} row {join.row}: a row cut by the page break was joined; its cells' bbox covers "
               f"the part on page {join.page}, the rest is on page {join.next_page}: {where}")
        return Issue("row_split_across_pages", msg, join.page)
    msg = (f"table {table_index} row {join.row}: the first row on page {join.next_page} ({where}) may continue "
           f"the row cut by the page break; kept as two rows")
    return Issue("row_split_doubtful", msg, join.page)


def is_prose_columns(table: RawTable) -> bool:
    """True when a table found without rules is prose set in columns (a two-column page): every
    column mostly holds running text, so no column of short values lines its rows up, and no
    header row of short labels stands over the columns."""
    if not table.lines or _has_header_row(table):
        return False  # ruled (its columns are drawn) or headed (its columns are named)
    cols = [[cell_text(row[j].raw) for row in table.rows if j < len(row)] for j in range(table.n_cols)]
    return all(_prose_share(col) >= PROSE_SHARE for col in cols if any(col))


def _prose_share(texts: Sequence[str]) -> float:
    """The share of a column's characters that sit in cells of running text."""
    return sum(len(t) for t in texts if _is_prose(t)) / max(1, sum(map(len, texts)))


def _has_header_row(table: RawTable) -> bool:
    """True when the first row labels two or more columns, each with a short text."""
    first = [cell_text(c.raw) for c in table.rows[0] if c.raw.strip()] if table.rows else []
    return len(first) >= 2 and not any(map(_is_prose, first))


def _is_prose(text: str) -> bool:
    return len(text) >= PROSE_MIN_CHARS


def _prose_lines(table: RawTable) -> list[RawLine]:
    """The lines of a prose-in-columns table, column by column, each column top-down."""
    parts: dict[tuple[int, int, int], list[str]] = {}
    boxes: dict[tuple[int, int, int], list[BBox]] = {}
    for k, line in enumerate(table.lines):
        for seg in line.segments:
            col = band_of(table.col_edges, (seg.bbox[0] + seg.bbox[2]) / 2) or 0
            key = (line.page, col, k)
            parts.setdefault(key, []).append(seg.text)
            boxes.setdefault(key, []).append(seg.bbox)
    return [RawLine(" ".join(parts[key]), union_bbox(boxes[key]), key[0]) for key in sorted(parts)]


def untable_prose(pages: Sequence[PageContent]) -> list[PageContent]:
    """The pages with their prose-in-columns tables read as lines again (_untable_prose), save a
    table opening a page that continues the table ending the page before: a continuation leaves
    its header behind, and its long cells alone can read as prose."""
    out: list[PageContent] = []
    for page in pages:
        before = out[-1] if out and out[-1].page == page.page - 1 else None
        out.append(_untable_prose(page, before))
    return out


def _continues_page(before: PageContent | None, table: RawTable, page: PageContent) -> bool:
    """True when table opens the page and continues the table ending the page before."""
    if before is None:
        return False
    items, head_items = page_items(page), page_items(before)
    first, last = _first_table(items, page.height), _last_table(head_items, before.height)
    if first is None or last is None or items[first] is not table:
        return False
    head = head_items[last]
    return isinstance(head, RawTable) and continues(head, table)


def _untable_prose(page: PageContent, before: PageContent | None = None) -> PageContent:
    """A page whose borderless 'table' is prose in columns: that table read as lines again
    (before: the previous page, as read, whose table this page's first may continue)."""
    prose = [t for t in page.tables if is_prose_columns(t) and not _continues_page(before, t, page)]
    return _as_lines(page, prose)


def untable_diagrams(pages: Sequence[PageContent]) -> list[PageContent]:
    """The pages with each borderless 'table' that is a diagram (extract.pdf.diagrams) read as lines again."""
    return [_as_lines(page, [t for t in page.tables if is_diagram(t)]) for page in pages]


def _as_lines(page: PageContent, tables: Sequence[RawTable]) -> PageContent:
    """The page with the tables' lines, column by column, among its lines where each table stood."""
    if not tables:
        return page
    lines = list(page.lines)
    for table in tables:
        at = next((i for i, ln in enumerate(lines) if ln.bbox[1] > table.bbox[1]), len(lines))
        lines[at:at] = _prose_lines(table)
    return replace(page, tables=tuple(t for t in page.tables if not any(t is p for p in tables)), lines=tuple(lines))


def structure_doubts(table: RawTable) -> list[str]:
    """Reasons to doubt a table's rows and columns are the document's (empty when none)."""
    reasons = []
    if len(table.rows) < MIN_TABLE_ROWS:
        reasons.append("a single row: no rows vouch for its columns")
    stacked = sum(1 for row in table.rows for c in row
                  if sum(is_numeric_line(ln) and any(ch.isdigit() for ch in ln) for ln in c.raw.splitlines()) >= STACKED_VALUES)
    if stacked:
        reasons.append(f"{stacked} cells stack {STACKED_VALUES} or more numbers: rows may be merged")
    return reasons


def doubt_issue(table_index: int, table: RawTable) -> list[Issue]:
    """The table_doubtful Issue for a table whose structure is doubtful, naming table and page."""
    reasons = structure_doubts(table)
    if not reasons:
        return []
    msg = f"table {table_index} (page {table.page}, {table.engine}): structure doubtful: {'; '.join(reasons)}"
    return [Issue("table_doubtful", msg, table.page)]


def _blocks(stitched: Stitched, source: str, doc_id: str) -> tuple[tuple[Block, ...], list[Issue]]:
    blocks: list[Block] = []
    issues: list[Issue] = []
    n_tables = 0
    for i, it in enumerate(stitched.items):
        if isinstance(it, RawTable):
            blocks.append(_to_table(it, n_tables, source, doc_id))
            issues += [split_row_issue(n_tables, join) for join in stitched.joins.get(i, ())]
            issues += doubt_issue(n_tables, it)
            n_tables += 1
        elif strip_cid(it.raw).strip():
            blocks.append(_to_line(it, source, doc_id))
    return tuple(blocks), issues


# Engine hook (issue 9): page readers by name, each with open_pdf, page_count and read_page.
ENGINES = {"pdfium": pdfium_adapter, "pdfplumber": pdfplumber_adapter}
DEFAULT_ENGINE = "pdfium"


PagesRead = tuple[int, list[PageContent], list[Issue]]  # the page count, the pages read, their page issues


def count_pages(path: str, password: str | None = None) -> int | None:
    """The number of pages of a PDF, or None when it cannot be opened (reading it says why)."""
    try:
        return pdfium_adapter.count_pages(path, password)
    except Exception:  # noqa: BLE001 - the document's own read reports the failure
        return None


def page_ranges(n_pages: int, parts: int, min_pages: int) -> list[range]:
    """1-based page ranges splitting n_pages into at most `parts` ranges of at least min_pages
    each, in order (one range, the whole document, when it is too short to split)."""
    k = max(1, min(parts, n_pages // max(1, min_pages)))
    cuts = [round(i * n_pages / k) for i in range(k + 1)]
    return [range(a + 1, b + 1) for a, b in zip(cuts, cuts[1:])]


def read_page_range(path: str, password: str | None, pages: range, engine: str = DEFAULT_ENGINE) -> PagesRead:
    """Read some pages of a PDF (a worker's share of a long document); read_pdf(pages_read=...)
    joins the shares, in page order, into what reading every page at once gives."""
    _check_file(path)
    return _read_pages(path, password, pages, engine)


def join_ranges(parts: Sequence[PagesRead]) -> PagesRead:
    """The shares of read_page_range, in page order, as one reading of every page."""
    return (parts[0][0], [c for p in parts for c in p[1]], [i for p in parts for i in p[2]])


def _read_pages(path: str, password: str | None, pages: Iterable[int] | None,
                engine: str = DEFAULT_ENGINE) -> PagesRead:
    """Read the requested pages; a page that fails becomes an Issue, not an exception."""
    contents: list[PageContent] = []
    issues: list[Issue] = []
    adapter: Any = ENGINES[engine]
    with adapter.open_pdf(path, password) as pdf:
        n_pages = adapter.page_count(pdf)
        for i in _page_indices(n_pages, pages):
            try:
                with page_collection():
                    contents.append(adapter.read_page(pdf, i))
            except Exception as e:  # one bad page must not lose the document
                issues.append(Issue("page_error", f"{type(e).__name__}: {e}", i + 1))
    return n_pages, contents, issues


@contextmanager
def page_collection() -> Iterator[None]:
    """Collect a page's garbage once, when it is read, instead of every 700 allocations while it
    is: a page's char dicts (a thousand or more, alive until its tables are built) were walked by
    each collecting pass they outlived. A caller that turned the collector off keeps it off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


def read_pdf(
    path: str,
    source_path: str | None = None,
    password: str | None = None,
    pages: Iterable[int] | None = None,
    second_opinion: bool = False,
    engine: str = DEFAULT_ENGINE,
    pages_read: PagesRead | None = None,
    doc_id: str | None = None,
) -> Document:
    """Given a PDF path, return its Document: text lines and tables in reading order.

    pages: 1-based page numbers to read (default all); pages_read: those pages already read
    (join_ranges of workers' read_page_range); second_opinion: camelot reviews doubtful tables
    (within review_budget); doc_id: the file's file_doc_id when the caller has it (a run hashes
    every input first: a budget book of hundreds of MB is not read through again for it).
    Raises UnreadableFileError, BrokenPdfError, PasswordRequiredError or NoTextLayerError, each
    naming the file.
    """
    _check_file(path)
    source = source_path if source_path is not None else path
    doc_id = file_doc_id(path) if doc_id is None else doc_id
    n_pages, contents, issues = pages_read if pages_read is not None else _read_pages(path, password, pages, engine)
    if contents and not any(c.tables or c.lines for c in contents) and not _has_cid(contents):
        raise NoTextLayerError(source, "no text layer on any page read: needs OCR")
    if second_opinion:
        contents = _review(path, contents, password)
    contents = untable_lists(untable_prose(untable_diagrams(contents)))
    page_issues = [iss for c in contents for iss in c.issues]
    blocks, stitch_issues = _blocks(stitch_pages(contents), source, doc_id)
    return Document(source, doc_id, "pdf", n_pages, blocks, None, tuple(page_issues + stitch_issues + issues))


def _has_cid(contents: Sequence[PageContent]) -> bool:
    return any(iss.code == "cid_garbage" for c in contents for iss in c.issues)
