"""Progress on stderr: a line per document, and a heartbeat while a long one is read.

The heartbeat says how long the document has taken and, once documents of the same kind
have been read, about how long it should take (from their seconds per megabyte).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import TextIO

from pipelines.run import DUPLICATE, UNCHANGED, DocumentResult

HEARTBEAT_S = 5.0  # while one document takes longer than this, say so every HEARTBEAT_S seconds
CLEAR_LINE = "\x1b[K"  # ANSI: erase to the end of the line
SHOWN_ISSUES = 3  # issues shown on a document's progress line
BYTES_PER_MB = 1 << 20


def file_mb(path: str) -> float:
    try:
        return os.path.getsize(path) / BYTES_PER_MB
    except OSError:
        return 0.0


class Pace:
    """Seconds per megabyte of the documents read so far, by file suffix."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.megabytes: dict[str, float] = {}

    def add(self, path: str, seconds: float) -> None:
        kind = Path(path).suffix.lower()
        self.seconds[kind] = self.seconds.get(kind, 0.0) + seconds
        self.megabytes[kind] = self.megabytes.get(kind, 0.0) + file_mb(path)

    def expected(self, path: str) -> float | None:
        """About how many seconds this file should take, or None before any of its kind."""
        kind = Path(path).suffix.lower()
        if not self.megabytes.get(kind):
            return None
        return file_mb(path) * self.seconds[kind] / self.megabytes[kind]


def describe(result: DocumentResult) -> str:
    """The progress line's text for one finished document."""
    row = result.row
    if result.status == UNCHANGED:
        return "unchanged, skipped"
    if result.status == DUPLICATE:
        return f"same content as {result.same_as}: recorded as another path of it"
    if result.status == "failed":
        return f"FAILED: {row['error']}"
    detail = (f"{row['status']}: {row['n_tables']} tables, {row['n_kpi_values']} KPI values, "
              f"{row['n_budget_values']} 事業費, {row['n_indicators']} names, "
              f"{row['n_projects']} projects ({row['seconds']:.2f}s)")
    if row["issues"]:
        detail += "; " + "; ".join(row["issues"][:SHOWN_ISSUES])
    return detail


class Reporter:
    """Progress on stderr: one line per document, and a heartbeat while a long one runs."""

    def __init__(self, stream: TextIO, quiet: bool, verbose: bool, every_s: float = HEARTBEAT_S) -> None:
        self.stream, self.quiet, self.verbose, self.every_s = stream, quiet, verbose, every_s
        self.tty = stream.isatty()
        self.pace = Pace()
        self.results: list[DocumentResult] = []
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def start(self, i: int, total: int, path: str) -> None:
        if self.quiet:
            return
        self._stop.clear()
        self._beat = threading.Thread(target=self._heartbeat, args=(i, total, path), daemon=True)
        self._beat.start()

    def _heartbeat(self, i: int, total: int, path: str) -> None:
        started = time.monotonic()
        expected = self.pace.expected(path)
        while not self._stop.wait(self.every_s):
            line = f"[{i}/{total}] {path}: reading… {time.monotonic() - started:.0f}s"
            if expected is not None:
                line += f" of about {expected:.0f}s"
            # on a terminal the heartbeat rewrites one line; in a log, one line per beat
            print(f"\r{line}{CLEAR_LINE}" if self.tty else line, end="" if self.tty else "\n",
                  file=self.stream, flush=True)

    def stop(self) -> None:
        """End the heartbeat of the document under way."""
        self._stop.set()
        if self._beat is not None:
            self._beat.join()
            self._beat = None

    def done(self, i: int, total: int, result: DocumentResult) -> None:
        self.stop()
        self.results.append(result)
        if result.status in ("ok", "partial"):
            self.pace.add(result.source_path, result.row["seconds"])
        if self.tty:
            print(f"\r{CLEAR_LINE}", end="", file=self.stream)
        if not self.quiet or result.status == "failed":
            print(f"[{i}/{total}] {result.source_path}: {describe(result)}", file=self.stream)
        if self.verbose:
            for n in result.noise:
                print(f"  {n.source}: {n.message}", file=self.stream)
