"""Print pages/s and peak RSS of read_pdf over the samples and one big real budget book.

Not a test: run `PYTHONPATH=. python benchmarks/bench_pdf.py [--big-pages N]`.
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import sys
import time

from extract.pdf import read_pdf

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BIG = os.path.join(ROOT, "..", "shared", "realdocs", "pdf", "fuji_r6_ippan_yosansho.pdf")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(path: str, pages: int | None) -> None:
    """Read one PDF and print its throughput and the process's peak RSS so far."""
    start = time.perf_counter()
    doc = read_pdf(path, pages=range(1, pages + 1) if pages else None)
    elapsed = time.perf_counter() - start
    n = min(pages, doc.pages or 0) if pages else doc.pages or 0
    print(
        f"{os.path.basename(path):45s} pages={n:4d} tables={len(doc.tables):4d} "
        f"{elapsed:7.1f}s {n / elapsed:6.2f} pages/s peak_rss={_peak_rss_mb():7.1f} MB",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--big", default=BIG, help="a large real PDF to time")
    parser.add_argument("--big-pages", type=int, default=100, help="pages of it to read (0 = all)")
    args = parser.parse_args(argv)
    for path in sorted(glob.glob(os.path.join(ROOT, "samples", "pdf", "*.pdf"))):
        bench(path, None)
    if os.path.exists(args.big):
        bench(args.big, args.big_pages or None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
