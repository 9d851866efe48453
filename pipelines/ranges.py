"""A long PDF read by several workers: each reads a range of its pages, one joins them (issue 9).

With N workers a PDF of at least 2 × MIN_RANGE_PAGES pages, longer than a worker's fair share of
the pages left from it on in plan order (plan_shares), is cut into up to N page ranges;
each range is read on the executor (pages → PageContent, its library noise captured), then one
task joins the ranges in page order and does the rest as for a whole document (camelot's review,
stitching across the cuts, recognizing, writing). Pages are read independently, so the joined
reading is the reading of every page at once: output is identical to one worker. A range that
fails sends the document to be read whole, here, which gives the failure one worker gives; under
a time limit (per document) every document is read whole.

Dispatch starts the reads a few at a time (one per worker), so a join starts as soon as its
ranges are read, before the reads planned after it, rather than behind them in the executor's queue.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.pdf.reader import PagesRead, count_pages, join_ranges, page_ranges, read_page_range
from extract.reader import is_pdf
from pipelines import noise
from pipelines.run import Pending, Read, RunOptions, read_captured, read_head

MIN_RANGE_PAGES = 6  # pages: a shorter share is not worth opening the PDF again in another worker (an open
# costs about 5 ms of CPU, 6 sample pages about 120 ms)

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


@dataclass(frozen=True, slots=True)
class Task:
    """One read for a worker: a whole document, one page range of a long PDF, or the join of its
    ranges once every one is read (parts, in page order)."""

    path: str
    pages: range | None = None
    parts: tuple[RangeRead, ...] | None = None


@dataclass
class Dispatch:
    """Reads started on an executor at most `slots` at a time, so the next one is chosen when a
    worker is free: a long PDF's join, its ranges read, before any read not started yet (the
    executor's own queue would start it behind all of them: the samples' 32-page PDF waited there
    for the other four), else the next in plan order (largest first)."""

    executor: Executor
    slots: int
    out_dir: Path
    options: RunOptions
    doc_ids: dict[str, str]  # path → doc_id of every document to read
    queue: deque[Task] = field(default_factory=deque)
    running: dict[Future[Any], Task] = field(default_factory=dict)
    ranges_read: dict[str, dict[int, RangeRead | None]] = field(default_factory=dict)  # by first page
    ranges_planned: dict[str, int] = field(default_factory=dict)
    finished: dict[str, Future[Read]] = field(default_factory=dict)

    def plan(self, path: str, ranges: Sequence[range]) -> None:
        """Queue path's reads: whole, or in its page ranges (two or more)."""
        if len(ranges) < 2:
            self.queue.append(Task(path))
            return
        self.ranges_planned[path] = len(ranges)
        self.ranges_read[path] = {}
        self.queue.extend(Task(path, pages) for pages in ranges)

    def result(self, path: str) -> Read:
        """path's row, fingerprint and noise, starting and finishing other reads meanwhile."""
        while path not in self.finished:
            self.start()
            if not self.running:
                raise RuntimeError(f"{path}: no read planned")
            done, _ = wait(self.running, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=list(self.running).index):  # in start order: deterministic
                self.finish(self.running.pop(future), future)
        self.start()  # a worker just freed starts its next read before this one is recorded
        return self.finished[path].result()

    def start(self) -> None:
        """Start queued reads while a slot is free."""
        while self.queue and len(self.running) < self.slots:
            task = self.queue.popleft()
            self.running[self.submit(task)] = task

    def submit(self, task: Task) -> Future[Any]:
        try:
            if task.pages is not None:
                return self.executor.submit(read_range_captured, task.path, self.options, task.pages)
            pages_read = said = None
            if task.parts is not None:
                pages_read = join_ranges([read for read, _ in task.parts])
                said = tuple(n for _, ns in task.parts for n in ns)
            return self.executor.submit(read_captured, task.path, self.doc_ids[task.path], self.out_dir,
                                        self.options, pages_read, said or ())
        except Exception as exc:  # noqa: BLE001 - a broken pool fails the document, as its Future would
            return _failed(exc)

    def finish(self, task: Task, future: Future[Any]) -> None:
        """Record a finished read; with a long PDF's last range, queue its join first."""
        if task.pages is None:
            self.finished[task.path] = future
            return
        read = self.ranges_read[task.path]
        try:
            read[task.pages.start] = future.result()
        except Exception:  # noqa: BLE001 - a worker lost: read it whole
            read[task.pages.start] = None
        if len(read) < self.ranges_planned[task.path]:
            return
        parts = [read[start] for start in sorted(read)]
        if any(p is None for p in parts):  # read it whole here: the failure one worker gives
            self.finished[task.path] = _done(read_captured(task.path, self.doc_ids[task.path], self.out_dir,
                                                           self.options))
            return
        self.queue.appendleft(Task(task.path, parts=tuple(p for p in parts if p is not None)))


@dataclass(frozen=True, slots=True)
class Dispatched:
    """One document's read under way in a Dispatch (a Pending for pipelines.run.process)."""

    dispatch: Dispatch
    path: str

    def result(self) -> Read:
        return self.dispatch.result(self.path)


def _done(read: Read) -> Future[Read]:
    future: Future[Read] = Future()
    future.set_result(read)
    return future


def _failed(exc: Exception) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_exception(exc)
    return future


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
    """The page ranges each of paths (in plan order, largest first) is read in: a PDF longer than
    a worker's fair share of the PDF pages left from it on (its own and those planned after it,
    / workers) is split, the others are read whole. The first documents fill the workers whole:
    a split one gains nothing there, its join (stitching, recognizing, writing: a fifth of its
    time) following its ranges (samples: the 32-page PDF of 83 pages read whole or in two ranges
    ends the batch at the same time, the ranges costing more CPU). The last ones would be read by
    one worker while the others have nothing left: shared, they end together (samples: the
    12-page PDF planned fourth, in two ranges of 6, ends the batch 0.05 s of CPU sooner)."""
    pages = {p: _split_pages(p, password, workers, timeout) or 0 for p in paths}
    left = sum(pages.values())
    plan: dict[str, list[range]] = {}
    for path, n in pages.items():
        ranges = page_ranges(n, workers, MIN_RANGE_PAGES) if n * max(1, workers) > left else []
        plan[path] = ranges if len(ranges) > 1 else []
        left -= n
    return plan


def plan_order(paths: Sequence[str]) -> list[str]:
    """paths in the order their reads are started: the largest files first, so no long document
    starts last."""
    return sorted(paths, key=lambda p: -Path(p).stat().st_size)


def longest_shares(paths: Sequence[str], password: str | None, workers: int, timeout: float | None) -> int:
    """The most page ranges any of paths is read in by `workers` workers."""
    return max((len(r) for r in plan_shares(plan_order(paths), password, workers, timeout).values()), default=1)


def dispatch_reads(executor: Executor, slots: int, todo: dict[str, str], out_dir: Path, options: RunOptions,
                   shares: dict[str, list[range]]) -> dict[str, Pending]:
    """Start reading todo's documents (path → doc_id, in plan order) on executor, `slots` at a time,
    a long PDF in its page ranges (plan_shares)."""
    dispatch = Dispatch(executor, slots, out_dir, options, todo)
    for path in todo:
        dispatch.plan(path, shares.get(path, []))
    dispatch.start()
    return {path: Dispatched(dispatch, path) for path in todo}
