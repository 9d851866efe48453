"""Read documents on a pool of processes, with output identical to one worker.

Each worker reads, recognizes and writes one document's parts (part files are named by the
document's content hash, so workers never write the same file); the parent records every
document, the manifest and the twins in input order (pipelines.run.run with an executor).

Workers are forked from the parent once it has imported the readers and recognizers, so a
worker starts ready to read: no interpreter start, no second import of pandas, pdfium,
pdfplumber or the recognizers (about 0.5 s of CPU each). A parent running other threads (a
notebook, a progress heartbeat) could be forked holding one of their locks: it starts its
workers from a forkserver instead, which imports PRELOAD once.
"""

from __future__ import annotations

import ctypes
import gc
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

# modules a worker needs before its first document: imported in the parent before forking
# (or by the forkserver once, when the parent cannot fork)
PRELOAD = ["pipelines.run", "pipelines.ranges", "extract.pdf.reader", "extract.recognize"]
START_METHOD = "fork"  # workers inherit the parent's imports
FORK_PLATFORM = "linux"  # sys.platform prefix where a single-threaded parent forks its workers
THREADED_START_METHOD = "forkserver"  # when the parent runs other threads (fork would copy their locks)
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a Linux process gets when its parent dies
PARENT_POLL_S = 1.0  # elsewhere, how often a worker looks whether its parent is still there


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


def start_method(methods: Sequence[str], threads: int, platform: str = sys.platform) -> str | None:
    """How to start workers: fork on Linux when this process runs one thread (`threads`; macOS
    system libraries are not safe to fork), else a forkserver where there is one, else the
    platform's default (None)."""
    if threads == 1 and START_METHOD in methods and platform.startswith(FORK_PLATFORM):
        return START_METHOD
    return THREADED_START_METHOD if THREADED_START_METHOD in methods else None


def _context(method: str | None) -> multiprocessing.context.BaseContext:
    """The multiprocessing context for method, with PRELOAD imported where workers start from."""
    context = multiprocessing.get_context(method)
    if method == START_METHOD:
        for name in PRELOAD:
            importlib.import_module(name)
    elif method == THREADED_START_METHOD:
        context.set_forkserver_preload(PRELOAD)  # type: ignore[attr-defined]
    return context


@contextmanager
def process_pool(workers: int) -> Iterator[Executor | None]:
    """A process pool of `workers` (None for one worker: read in this process)."""
    if workers <= 1:
        yield None
        return
    method = start_method(multiprocessing.get_all_start_methods(), threading.active_count())
    forked_by = os.getpid() if method == START_METHOD else None  # a forkserver's workers are its children
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context(method),
                                   initializer=exit_with_parent, initargs=(forked_by,))
    try:
        yield executor
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def exit_with_parent(forked_by: int | None) -> None:
    """Make this worker end when its parent (the run, or the forkserver that ends with the run)
    ends, however it ends: a run killed (SIGKILL, an out-of-memory kill) cannot shut its pool
    down, and forked workers hold the pool's pipes open themselves, so they would wait for work
    for ever. forked_by: the run's pid when the run forked this worker itself."""
    if forked_by is not None and os.getppid() != forked_by:
        os._exit(1)  # the run died before this worker started
    if not (sys.platform.startswith(FORK_PLATFORM) and _die_with_parent()):
        threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()


def _die_with_parent() -> bool:
    """Ask Linux to kill this process when its parent dies; False where it cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


@contextmanager
def imports_frozen() -> Iterator[None]:
    """Leave the objects alive now (the imported libraries and their tables) out of the garbage
    collector's passes while documents are read, and give them back after: each full pass would
    walk them again (8% of a run's CPU on the samples), and forked workers read them without
    writing to their pages. A caller that froze objects itself keeps them frozen."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
