"""A long PDF read by several workers: each reads a range of its pages, one joins them (issue 9).

With N workers a PDF of at least 2 × MIN_RANGE_PAGES pages, longer than a worker's fair share of
the batch's pages (plan_shares), is cut into up to N page ranges;
each range is read on the executor (pages → PageContent, its library noise captured), then one
task joins the ranges in page order and does the rest as for a whole document (camelot's review,
stitching across the cuts, recognizing, writing). Pages are read independently, so the joined
reading is the reading of every page at once: output is identical to one worker. A range that
fails sends the document to be read whole, here, which gives the failure one worker gives; under
a time limit (per document) every document is read whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path

from extract.pdf.reader import PagesRead, count_pages, join_ranges, page_ranges, read_page_range
from extract.reader import is_pdf
from pipelines import noise
from pipelines.run import Pending, Read, RunOptions, read_captured, read_head

MIN_RANGE_PAGES = 12  # pages: a shorter share is not worth opening the PDF again in another worker

RangeRead = tuple[PagesRead, tuple[noise.Noise, ...]]  # a range's pages and what the libraries said


def read_range_captured(path: str, options: RunOptions, pages: range) -> RangeRead | None:
    """read_page_range with library noise captured; None when the range cannot be read (the
    document is then read whole, which says why: an error never crosses the process boundary)."""
    try:
        with noise.captured() as capture:
            read = read_page_range(path, options.password, pages, *([options.engine] if options.engine else []))
    except Exception:  # noqa: BLE001 - reported by the whole read
        return None
    return read, tuple(capture.noise)


@dataclass
class SplitRead:
    """A long PDF's page ranges under way on executor; result() joins them and finishes the read."""

    executor: Executor
    ranges: list[Future[RangeRead | None]]
    path: str
    doc_id: str
    out_dir: Path
    options: RunOptions

    def result(self) -> Read:
        """The document's row, fingerprint and noise, as read_captured gives them for the whole PDF."""
        try:
            found = [f.result() for f in self.ranges]
        except Exception:  # noqa: BLE001 - a worker lost: read it whole
            found = [None]
        parts = [p for p in found if p is not None]
        if len(parts) < len(found):  # read it whole here: the failure one worker gives
            return read_captured(self.path, self.doc_id, self.out_dir, self.options)
        pages = join_ranges([read for read, _ in parts])
        said = tuple(n for _, ns in parts for n in ns)
        return self.executor.submit(read_captured, self.path, self.doc_id, self.out_dir, self.options,
                                    pages, said).result()


def shares(path: str, password: str | None, workers: int, timeout: float | None = None,
           fair_pages: float = 0.0) -> list[range]:
    """The page ranges path is read in by `workers` workers: a PDF longer than fair_pages (its
    fair share of the batch) in up to `workers` ranges, anything else whole (none). Under a time
    limit a document is read whole: the limit is per document."""
    n_pages = _split_pages(path, password, workers, timeout)
    return page_ranges(n_pages, workers, MIN_RANGE_PAGES) if n_pages and n_pages > fair_pages else []


def _split_pages(path: str, password: str | None, workers: int, timeout: float | None) -> int | None:
    """The page count of a PDF workers may split (None for one worker, a time limit, not a PDF)."""
    split = workers > 1 and not timeout and is_pdf(path, read_head(path))
    return count_pages(path, password) if split else None


def plan_shares(paths: Sequence[str], password: str | None, workers: int,
                timeout: float | None) -> dict[str, list[range]]:
    """The page ranges each of paths is read in: only a PDF longer than a worker's fair share of
    the batch's PDF pages (their sum / workers) is split; the rest keep the workers busy, and a
    split document's join waits behind them (samples: 32 of 83 pages, read whole)."""
    pages = {p: _split_pages(p, password, workers, timeout) or 0 for p in paths}
    fair = sum(pages.values()) / max(1, workers)
    return {p: page_ranges(n, workers, MIN_RANGE_PAGES) if n > fair else [] for p, n in pages.items()}


def longest_shares(paths: Sequence[str], password: str | None, workers: int, timeout: float | None) -> int:
    """The most page ranges any of paths is read in by `workers` workers."""
    return max((len(r) for r in plan_shares(paths, password, workers, timeout).values()), default=1)


def submit_read(executor: Executor, path: str, doc_id: str, out_dir: Path, options: RunOptions,
                ranges: Sequence[range]) -> Pending:
    """Start reading path on executor: whole, or a long PDF in its page ranges (plan_shares)."""
    if len(ranges) < 2:
        return executor.submit(read_captured, path, doc_id, out_dir, options)
    futures = [executor.submit(read_range_captured, path, options, pages) for pages in ranges]
    return SplitRead(executor, futures, path, doc_id, out_dir, options)
