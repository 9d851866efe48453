"""Print how fast the whole pipeline reads the samples (and optionally more files).

    .venv/bin/python benchmarks/bench_pipeline.py [INPUT ...]

Figures, not assertions: documents/s, pages/s, records/s, peak RSS and how much faster a
second run over the unchanged files is.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.run import find_inputs, run  # noqa: E402


def main(argv: list[str]) -> None:
    inputs = argv or [str(ROOT / "samples")]
    files = list(find_inputs(inputs))
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        results = run(files, Path(out))
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        run(files, Path(out))  # unchanged files: skipped by the manifest
        rerun = time.perf_counter() - started
    pages = sum(r.row["pages"] or 0 for r in results)
    records = sum((r.row["n_kpi_values"] or 0) + (r.row["n_budget_values"] or 0) for r in results)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(files)} documents in {seconds:.2f}s ({len(files) / seconds:.1f} docs/s)")
    print(f"{pages} PDF pages ({pages / seconds:.1f} pages/s), {records} values")
    print(f"peak RSS {peak_mib:.0f} MiB")
    print(f"run again unchanged: {rerun:.2f}s ({seconds / rerun:.0f}x faster)")
    for r in sorted(results, key=lambda r: -r.row["seconds"])[:5]:
        print(f"  {r.row['seconds']:7.2f}s  {r.status:7s} {r.source_path}")


if __name__ == "__main__":
    main(sys.argv[1:])
