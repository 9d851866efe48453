"""Print, in one run on the same pages, our end-to-end pages/s (1 worker, all cores) beside
pdfplumber extract_tables, camelot lattice and pypdfium2 plain text pages/s, on the sample
PDFs and on a prose-heavy packet it builds; what camelot's second opinion (off by default,
`--second-opinion`) would cost and how often it wins; and the peak RSS of a run on a 1,000-page PDF it builds (issue 9).

Not a test: `PYTHONPATH=. .venv/bin/python benchmarks/bench_speed.py [--no-camelot-packet]`.
"""

from __future__ import annotations

import argparse
import glob
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).parents[1]
SHARED = ROOT / ".." / "shared"
SAMPLES = sorted(glob.glob(str(ROOT / "samples" / "pdf" / "*.pdf")))
REALDOCS = sorted(glob.glob(str(SHARED / "realdocs" / "pdf" / "*.pdf")))
PACKET_PAGES = 320  # the prose packet holds at least this many pages
BIG_PAGES = 1000  # pages of the PDF the peak RSS is measured on
PROSE_MAX_PATHS = 10  # a page drawing at most this many path objects counts as prose for the packet
RSS_LIMIT_MB = 1024  # the bound on peak RSS for the 1,000-page PDF


def page_paths(path: str) -> list[int]:
    """The number of path objects each page of a PDF draws."""
    doc = pdfium.PdfDocument(path)
    try:
        return [sum(1 for o in doc[i].get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_PATH) for i in range(len(doc))]
    finally:
        doc.close()


def build_pdf(pages: Sequence[tuple[str, int]], minimum: int, out: Path) -> Path:
    """A PDF of the given (file, 0-based page) list repeated until it has `minimum` pages."""
    dest = pdfium.PdfDocument.new()
    sources: dict[str, pdfium.PdfDocument] = {}
    while len(dest) < minimum:
        for path, index in pages:
            src = sources.setdefault(path, pdfium.PdfDocument(path))
            dest.import_pages(src, [index])
            if len(dest) >= minimum:
                break
    dest.save(str(out))
    for src in sources.values():
        src.close()
    return out


def prose_pages(paths: Sequence[str]) -> list[tuple[str, int]]:
    """The pages of paths that draw at most PROSE_MAX_PATHS path objects."""
    return [(p, i) for p in paths for i, n in enumerate(page_paths(p)) if n <= PROSE_MAX_PATHS]


def count_pages(paths: Sequence[str]) -> int:
    return sum(len(pdfium.PdfDocument(p)) for p in paths)


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and its finished children (the pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, pages: int, work: Callable[[], object]) -> tuple[float, float]:
    """Run work once, print and return its pages/s and the CPU seconds it took, with the pages per
    CPU second and the cores it got on average (CPU / wall: on a shared machine, fewer than its
    workers when others run; the machine's load average before it: other processes' share)."""
    load = os.getloadavg()[0]
    start, cpu = time.perf_counter(), cpu_seconds()
    work()
    wall, used = time.perf_counter() - start, cpu_seconds() - cpu
    rate = pages / wall
    print(f"  {label:38s} {rate:8.1f} pages/s  ({used:.2f} s CPU = {pages / used:.1f} pages per CPU second, "
          f"{used / wall:.2f} cores; load {load:.1f} before)", flush=True)
    return rate, used


def ours(paths: Sequence[str], workers: int, out: str) -> None:
    """Our pipeline into out (made and removed outside the timing: the user keeps the datasets)."""
    from pipelines.api import run_inputs

    run_inputs(list(paths), out, workers=workers, force=True)


def plumber_tables(paths: Sequence[str]) -> None:
    import pdfplumber

    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                page.close()


def camelot_lattice(paths: Sequence[str]) -> None:
    import camelot

    for path in paths:
        camelot.read_pdf(path, pages="all", flavor="lattice")


def pdfium_text(paths: Sequence[str]) -> None:
    for path in paths:
        doc = pdfium.PdfDocument(path)
        for i in range(len(doc)):
            page = doc[i]
            page.get_textpage().get_text_range()
            page.close()
        doc.close()


def second_opinion_stats(paths: Sequence[str]) -> None:
    """How many doubtful tables camelot reviewed, how many it won, and its share of the read,
    with every page reviewed (no page budget)."""
    from extract.pdf import reader

    calls = wins = 0
    read_s = review_s = 0.0
    budget = (reader.SECOND_OPINION_PAGE_SHARE, reader.MAX_SECOND_OPINION_PAGES)
    reader.SECOND_OPINION_PAGE_SHARE, reader.MAX_SECOND_OPINION_PAGES = 1.0, sys.maxsize  # every page
    try:
        for path in paths:
            start = time.perf_counter()
            _, contents, _ = reader._read_pages(path, None, None)
            read_s += time.perf_counter() - start
            start = time.perf_counter()
            reviewed = reader._review(path, contents, None)
            review_s += time.perf_counter() - start
            for before, after in zip(contents, reviewed):
                if before is not after:  # a page camelot reviewed
                    calls += sum(1 for t in before.tables if (t.score or 0) < reader.DOUBT_SCORE)
                    wins += sum(a is not b for a, b in zip(before.tables, after.tables))
    finally:
        reader.SECOND_OPINION_PAGE_SHARE, reader.MAX_SECOND_OPINION_PAGES = budget
    share = review_s / (read_s + review_s)
    print(f"  camelot second opinion (--second-opinion) on every page: reviewed {calls} doubtful tables, won {wins}; "
          f"{review_s:.1f}s = {share:.0%} of the read (budget now {budget[0]} of the pages, "
          f"at most {budget[1]} per document)", flush=True)
    budgeted_review(paths)


def budgeted_review(paths: Sequence[str]) -> None:
    """camelot's review within its page budget (as a run with --second-opinion does it): pages
    reviewed and seconds."""
    from extract.pdf import reader

    pages = 0
    seconds = 0.0
    for path in paths:
        _, contents, _ = reader._read_pages(path, None, None)
        start = time.perf_counter()
        reviewed = reader._review(path, contents, None)
        seconds += time.perf_counter() - start
        pages += sum(a is not b for a, b in zip(contents, reviewed))
    print(f"  camelot second opinion (--second-opinion) within its budget: {pages} pages reviewed, {seconds:.1f}s", flush=True)


def compare(name: str, paths: Sequence[str], cores: int, camelot_too: bool) -> None:
    """Every engine's pages/s on the same pages, and our ratio to pdfplumber's extract_tables."""
    pages = count_pages(paths)
    print(f"{name}: {len(paths)} PDFs, {pages} pages", flush=True)
    with tempfile.TemporaryDirectory() as one_out, tempfile.TemporaryDirectory() as many_out:
        one, one_cpu = timed("ours end-to-end, 1 worker", pages, lambda: ours(paths, 1, one_out))
        many, many_cpu = timed(f"ours end-to-end, {cores} workers", pages, lambda: ours(paths, cores, many_out))
    plumb, plumb_cpu = timed("pdfplumber extract_tables", pages, lambda: plumber_tables(paths))
    if camelot_too:
        timed("camelot lattice", pages, lambda: camelot_lattice(paths))
    timed("pypdfium2 plain text (the limit)", pages, lambda: pdfium_text(paths))
    print(f"  ours / extract_tables by wall clock: {one / plumb:.2f}x with 1 worker, {many / plumb:.2f}x with {cores}; "
          f"{cores} workers / 1: {many / one:.2f}x", flush=True)
    print(f"  ours / extract_tables by CPU seconds (pages per CPU second): {plumb_cpu / one_cpu:.2f}x with 1 worker, "
          f"{plumb_cpu / many_cpu:.2f}x with {cores}", flush=True)


PEAK_RSS_CODE = ("import sys, tempfile; from pipelines.api import run_inputs; "
                 "d = tempfile.mkdtemp(); run_inputs([sys.argv[1]], d, workers=1); "
                 "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])")


def peak_rss(path: Path) -> None:
    """Run the pipeline on path in a child process (1 worker) and print its peak RSS: the child's
    own VmHWM (wait4's ru_maxrss, like RUSAGE_CHILDREN, counts the spawning process's RSS too:
    1,209 MB printed in a run whose own peak was under 1 GB, the benchmark itself being that big)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_RSS_CODE, str(path)], cwd=ROOT, check=True,
                          stdout=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    mb = int(done.stdout.split()[-1]) / 1024
    print(f"{BIG_PAGES}-page PDF: {seconds:.0f}s ({BIG_PAGES / seconds:.1f} pages/s), peak RSS {mb:.0f} MB "
          f"(limit {RSS_LIMIT_MB} MB)", flush=True)


def warm_imports() -> None:
    """Import what a run imports, once, outside every timing (pdfplumber, which the pdfium reader
    imports, is already loaded when extract_tables is timed), and print its cost."""
    start, cpu = time.perf_counter(), cpu_seconds()
    import pipelines.api  # noqa: F401
    from pipelines.parallel import PRELOAD, _context, start_method

    _context(start_method(multiprocessing.get_all_start_methods(), threading.active_count()))
    print(f"imports (once per process, not in the timings below): {cpu_seconds() - cpu:.1f} s CPU, "
          f"{time.perf_counter() - start:.1f} s ({', '.join(PRELOAD)})", flush=True)


def main(argv: list[str] | None = None) -> int:
    from pipelines.parallel import default_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-camelot-packet", action="store_true", help="skip camelot lattice on the prose packet")
    parser.add_argument("--no-rss", action="store_true", help="skip the 1,000-page peak RSS run")
    args = parser.parse_args(argv)
    cores = default_workers()
    warm_imports()
    with tempfile.TemporaryDirectory() as tmp:
        packet = build_pdf(prose_pages(SAMPLES + REALDOCS), PACKET_PAGES, Path(tmp) / "prose_packet.pdf")
        compare("sample PDFs", SAMPLES, cores, True)
        second_opinion_stats(SAMPLES)
        compare("prose packet", [str(packet)], cores, not args.no_camelot_packet)
        if not args.no_rss:
            every = [(p, i) for p in SAMPLES for i in range(len(pdfium.PdfDocument(p)))]
            peak_rss(build_pdf(every, BIG_PAGES, Path(tmp) / "big.pdf"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
