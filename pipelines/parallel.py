"""Read documents on a pool of processes, with output identical to one worker.

Each worker reads, recognizes and writes one document's parts (part files are named by the
document's content hash, so workers never write the same file); the parent records every
document, the manifest and the twins in input order (pipelines.run.run with an executor).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

# modules a forkserver imports once, so each worker starts ready to read (not in 1 s of imports)
PRELOAD = ["pipelines.run", "pipelines.ranges", "extract.pdf.reader", "extract.recognize"]
START_METHOD = "forkserver"  # fork would copy the progress heartbeat thread's locks


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def pool_size(workers: int, n_files: int, shares: int = 1) -> int:
    """Workers worth starting: never more than the files, or than the page ranges a long PDF
    among them is read in (shares, pipelines.ranges); 1 (no pool) for a single share."""
    return max(1, min(workers, max(n_files, shares)))


@contextmanager
def process_pool(workers: int) -> Iterator[Executor | None]:
    """A process pool of `workers` (None for one worker: read in this process)."""
    if workers <= 1:
        yield None
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context(START_METHOD if START_METHOD in methods else None)
    if START_METHOD in methods:
        context.set_forkserver_preload(PRELOAD)
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        yield executor
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
