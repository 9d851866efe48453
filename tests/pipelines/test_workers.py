"""--workers N: a process pool over documents writes what one worker writes, in the same order."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Executor, Future
from pathlib import Path

import pandas as pd
import pytest

from pipelines.api import load, run_inputs
from pipelines.cli import build_parser, main
from pipelines.errors import UsageError
from extract.pdf.reader import page_ranges
from pipelines import ranges
from pipelines.run import RunOptions
from pipelines.parallel import (FORK_PLATFORM, PR_SET_PDEATHSIG, PRELOAD, START_METHOD,
                                THREADED_START_METHOD, default_workers, imports_frozen, pool_size, start_method)

SAMPLES = Path(__file__).parents[2] / "samples"
# small and quick, yet every kind of part: text exports, a prose PDF, a ruled PDF
INPUTS = [str(SAMPLES / "text"), str(SAMPLES / "pdf" / "003_6378ca479af13174.pdf"),
          str(SAMPLES / "pdf" / "000_b2569b9d59ca4f01.pdf")]
TIMING_COLUMNS = ["seconds"]  # the only column that may differ between two runs


def comparable(out: Path) -> dict[str, pd.DataFrame]:
    """Every dataset of a run (kpi_series and findings too), in the order its parts load, timing left out."""
    data = load(out)
    frames = data.frames | data.derived
    return {name: frame.drop(columns=[c for c in TIMING_COLUMNS if c in frame.columns]) for name, frame in frames.items()}


def manifest_entries(out: Path) -> list[tuple[str, str, str]]:
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    return [(e["doc_id"], e["status"], e["engine"]) for e in entries]


def assert_same_runs(a: Path, b: Path) -> None:
    fa, fb = comparable(a), comparable(b)
    assert list(fa) == list(fb)
    for name in fa:
        pd.testing.assert_frame_equal(fa[name], fb[name], obj=name)


def test_constants_pinned() -> None:
    assert START_METHOD == "fork"
    assert THREADED_START_METHOD == "forkserver"
    assert FORK_PLATFORM == "linux"
    assert PRELOAD == ["pipelines.run", "pipelines.ranges", "extract.pdf.reader", "extract.recognize"]
    assert ranges.MIN_RANGE_PAGES == 6
    assert PR_SET_PDEATHSIG == 1


@pytest.mark.parametrize("methods, threads, platform, expected", [
    (["fork", "spawn", "forkserver"], 1, "linux", "fork"),  # workers inherit the parent's imports
    (["fork", "spawn", "forkserver"], 2, "linux", "forkserver"),  # another thread's locks are never forked
    (["fork", "spawn", "forkserver"], 1, "darwin", "forkserver"),  # macOS: fork is unsafe
    (["spawn"], 1, "win32", None),  # Windows: the platform's default
    (["fork", "spawn"], 3, "linux", None),
])
def test_start_method_forks_only_a_single_threaded_linux_parent(methods: list[str], threads: int, platform: str,
                                                                 expected: str | None) -> None:
    assert start_method(methods, threads, platform) == expected


def test_only_a_pdf_longer_than_a_workers_fair_share_of_the_pages_left_is_split(tmp_path: Path) -> None:
    pdfs = ranges.plan_order(sorted(str(p) for p in (SAMPLES / "pdf").glob("*.pdf")))  # 32, 16, 16, 12 and 7 pages
    plan = {Path(p).name[:3]: [(r[0], r[-1]) for r in shares] for p, shares in ranges.plan_shares(pdfs, None, 2, None).items()}
    # 32 pages <= 83 / 2, then 16 <= 51 / 2 and 16 <= 35 / 2: read whole, filling the workers; 12 > 19 / 2: shared
    # by both in ranges of MIN_RANGE_PAGES (6); 7 > 7 / 2, but too short for two ranges
    assert plan == {"001": [], "004": [], "000": [], "002": [(1, 6), (7, 12)], "003": []}
    assert ranges.plan_shares(pdfs[:2], None, 2, None)[pdfs[1]] == [range(1, 9), range(9, 17)]  # 16 > 16 / 2
    long_one = ranges.plan_shares(pdfs[:1], None, 2, None)[pdfs[0]]
    assert [(r[0], r[-1]) for r in long_one] == [(1, 16), (17, 32)]  # alone, 32 pages > 32 / 2
    assert ranges.plan_shares(pdfs[:1], None, 2, 5.0)[pdfs[0]] == []  # under a time limit: whole
    assert ranges.plan_shares(pdfs[:1], None, 1, None)[pdfs[0]] == []  # one worker: whole
    assert ranges.longest_shares(pdfs[::-1], None, 2, None) == 2  # in plan order, whatever the input order


def test_second_opinion_is_off_unless_asked_and_named_in_the_manifest() -> None:
    from pipelines.run import SECOND_OPINION_ENGINE, RunOptions, engine_name

    assert build_parser().parse_args(["run", "x"]).second_opinion is False
    assert build_parser().parse_args(["run", "x", "--second-opinion"]).second_opinion is True
    assert SECOND_OPINION_ENGINE not in engine_name(RunOptions())
    assert engine_name(RunOptions(second_opinion=True)).endswith(f"+{SECOND_OPINION_ENGINE}")  # read again when toggled


def test_default_workers_is_the_cores_we_may_use() -> None:
    assert default_workers() == len(os.sched_getaffinity(0))
    assert build_parser().parse_args(["run", "x"]).workers == default_workers()


@pytest.mark.parametrize("workers, files, expected", [(4, 10, 4), (4, 2, 2), (4, 1, 1), (1, 10, 1)])
def test_pool_size(workers: int, files: int, expected: int) -> None:
    assert pool_size(workers, files) == expected


@pytest.mark.parametrize("workers, files, shares, expected", [(4, 1, 3, 3), (2, 1, 2, 2), (4, 2, 1, 2), (1, 1, 4, 1)])
def test_pool_size_counts_the_page_ranges_of_a_long_pdf(workers: int, files: int, shares: int, expected: int) -> None:
    assert pool_size(workers, files, shares) == expected


@pytest.mark.parametrize("n_pages, parts, expected", [
    (2 * ranges.MIN_RANGE_PAGES - 1, 2, [(1, 2 * ranges.MIN_RANGE_PAGES - 1)]),  # too short for two ranges
    (2 * ranges.MIN_RANGE_PAGES, 2, [(1, ranges.MIN_RANGE_PAGES), (ranges.MIN_RANGE_PAGES + 1, 2 * ranges.MIN_RANGE_PAGES)]),
    (1000, 2, [(1, 500), (501, 1000)]),
    (7, 4, [(1, 7)]),
])
def test_page_ranges_cover_every_page_once(n_pages: int, parts: int, expected: list[tuple[int, int]]) -> None:
    found = page_ranges(n_pages, parts, ranges.MIN_RANGE_PAGES)
    assert [(r[0], r[-1]) for r in found] == expected
    assert [p for r in found for p in r] == list(range(1, n_pages + 1))


def test_a_pdf_read_in_page_ranges_writes_what_one_worker_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = INPUTS[2]  # 16 pages: with ranges of 2 or more, read in two halves, a table cut at page 8 stitched again
    run_inputs([pdf], tmp_path / "one", workers=1)
    monkeypatch.setattr(ranges, "MIN_RANGE_PAGES", 2)  # the parent decides the ranges
    assert ranges.shares(pdf, None, 2) == [range(1, 9), range(9, 17)]
    report = run_inputs([pdf], tmp_path / "two", workers=2)
    assert [r.status for r in report.results] == ["ok"]
    assert_same_runs(tmp_path / "one", tmp_path / "two")


def test_two_workers_write_what_one_writes(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    run_inputs(INPUTS, one, workers=1)
    report = run_inputs(INPUTS, two, workers=2)
    assert [r.status for r in report.results] == ["ok"] * len(report.results)
    assert_same_runs(one, two)
    assert manifest_entries(one) == manifest_entries(two)


def test_cli_workers_skip_unchanged_on_the_second_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", *INPUTS[:1], "--out", str(out), "--workers", "2", "-q"]) == 0
    again = run_inputs(INPUTS[:1], out, workers=2)
    assert {r.status for r in again.results} == {"unchanged"}


def test_engines_write_the_same_values(tmp_path: Path) -> None:
    pdf = INPUTS[2]
    run_inputs([pdf], tmp_path / "pdfium", engine="pdfium")
    run_inputs([pdf], tmp_path / "plumber", engine="pdfplumber")
    a, b = comparable(tmp_path / "pdfium"), comparable(tmp_path / "plumber")
    for name in ("kpi_values", "budget_values", "cells"):
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


@pytest.mark.parametrize("kwargs, option", [({"workers": 0}, "workers"), ({"engine": "mupdf"}, "engine")])
def test_bad_speed_options_are_usage_errors(tmp_path: Path, kwargs: dict[str, object], option: str) -> None:
    with pytest.raises(UsageError) as err:
        run_inputs(INPUTS[:1], tmp_path, **kwargs)  # type: ignore[arg-type]
    assert err.value.param == option


def test_imports_are_frozen_only_while_documents_are_read() -> None:
    assert gc.get_freeze_count() == 0
    with imports_frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_objects_a_caller_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with imports_frozen():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


class InlineExecutor(Executor):
    """Runs each call when it is submitted, and remembers the calls in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, range | None]] = []

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        future: Future[object] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_a_long_pdfs_join_starts_before_reads_planned_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    pool = InlineExecutor()

    def read_range(path: str, options: object, pages: range) -> object:
        pool.calls.append((path, pages))
        return (len(pages), [], []), ()

    def read_whole(path: str, doc_id: str, out_dir: Path, options: object, pages_read: object = None,
                   said: object = ()) -> tuple[dict[str, str], tuple[()], list[object]]:
        pool.calls.append((path, None if pages_read is None else range(0)))
        return {"source_path": path}, (), []

    monkeypatch.setattr(ranges, "read_range_captured", read_range)
    monkeypatch.setattr(ranges, "read_captured", read_whole)
    plan = {"long.pdf": [range(1, 13), range(13, 25)], "a.pdf": [], "b.pdf": []}
    pending = ranges.dispatch_reads(pool, 1, {p: p for p in plan}, Path("out"), RunOptions(), plan)
    assert [pending[p].result()[0]["source_path"] for p in ("b.pdf", "long.pdf", "a.pdf")] == ["b.pdf", "long.pdf", "a.pdf"]
    # one slot: the ranges, then their join (range(0): pages already read), then the others in plan order
    assert pool.calls == [("long.pdf", range(1, 13)), ("long.pdf", range(13, 25)), ("long.pdf", range(0)),
                          ("a.pdf", None), ("b.pdf", None)]


WORKER_START_S = 60.0  # how long the test waits for a run's workers to start
WORKER_EXIT_S = 10.0  # how long a killed run's workers may take to end


def _children(pid: int) -> set[int]:
    out = set()
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_runs_workers_end_with_it(tmp_path: Path) -> None:
    # forked workers hold the pool's pipes open themselves: without a word from the kernel they
    # would wait for work for ever once their run is killed
    pdfs = sorted(str(p) for p in (SAMPLES / "pdf").glob("*.pdf"))
    proc = subprocess.Popen([sys.executable, "-m", "pipelines", "run", *pdfs, "--out", str(tmp_path / "out"),
                             "--workers", "2", "-q"], cwd=SAMPLES.parent, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WORKER_START_S
    while len(workers := _children(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert len(workers) >= 2, "the run started no workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + WORKER_EXIT_S
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, workers))


def test_workers_started_from_a_forkserver_write_what_one_writes(tmp_path: Path) -> None:
    # a parent running another thread (a notebook, a progress heartbeat) starts its workers from a forkserver
    pdfs = sorted((SAMPLES / "pdf").glob("*.pdf"))[:2]
    stop = threading.Event()
    beside = threading.Thread(target=stop.wait, daemon=True)
    beside.start()
    try:
        run_inputs(pdfs, tmp_path / "two", workers=2)
    finally:
        stop.set()
        beside.join()
    run_inputs(pdfs, tmp_path / "one", workers=1)
    assert_same_runs(tmp_path / "one", tmp_path / "two")
