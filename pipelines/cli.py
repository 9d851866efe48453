"""Command line: python -m pipelines run INPUT... --out DIR.

Exit 0 when every input was read, 1 when some failed, 2 on usage errors. Progress and
the summary go to stderr; data goes to the output folder.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipelines.run import DocumentResult, find_inputs, run
from pipelines.writer import clean_datasets

DEFAULT_OUT = "output"
INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C; every part written stays whole


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sousei", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run_p = sub.add_parser("run", help="extract KPI and 事業費 tables to Parquet datasets")
    run_p.add_argument("inputs", nargs="+", metavar="INPUT", help="PDF or text files, or folders")
    run_p.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT}/)")
    run_p.add_argument("--password", default=None, help="user password for encrypted PDFs")
    run_p.add_argument("--debug", action="store_true",
                       help="write page images with detected tables to OUT/debug/")
    run_p.add_argument("--clean", action="store_true",
                       help="remove earlier results from OUT before writing")
    run_p.add_argument("-q", "--quiet", action="store_true", help="no per-document progress")
    return parser


def _progress(total: int, quiet: bool) -> Callable[[int, DocumentResult], None]:
    def report(i: int, result: DocumentResult) -> None:
        if quiet and result.status != "failed":
            return
        row = result.row
        if result.status == "failed":
            detail = f"FAILED: {row['error']}"
        else:
            detail = (f"{row['status']}: {row['n_tables']} tables, {row['n_kpi_values']} KPI values, "
                      f"{row['n_budget_values']} 事業費, {row['n_indicators']} names, "
                      f"{row['n_projects']} projects ({row['seconds']:.2f}s)")
            if row["issues"]:
                detail += "; " + "; ".join(row["issues"][:3])
        print(f"[{i}/{total}] {result.source_path}: {detail}", file=sys.stderr)
    return report


def summarize(results: list[DocumentResult], out: Path) -> str:
    statuses = Counter(r.status for r in results)
    totals: Counter[str] = Counter()
    for r in results:
        for key in ("n_kpi_values", "n_budget_values", "n_indicators", "n_projects", "n_tables"):
            totals[key] += r.row[key] or 0
    return (f"{len(results)} documents: {statuses['ok']} ok, {statuses['partial']} partial, "
            f"{statuses['failed']} failed; {totals['n_tables']} tables, "
            f"{totals['n_kpi_values']} KPI values, {totals['n_budget_values']} 事業費 values, "
            f"{totals['n_indicators']} KPI names, {totals['n_projects']} projects -> {out}/")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    out = Path(args.out)
    inputs = list(find_inputs(args.inputs))
    if not inputs:
        print(f"sousei: no PDF or text files found in {' '.join(args.inputs)}", file=sys.stderr)
        return 2
    if args.clean:
        clean_datasets(out)
    debug_dir = out / "debug" if args.debug else None
    results: list[DocumentResult] = []
    report = _progress(len(inputs), args.quiet)

    def progress(i: int, result: DocumentResult) -> None:
        results.append(result)
        report(i, result)

    try:
        run(inputs, out, args.password, debug_dir, progress)
    except KeyboardInterrupt:
        print(f"interrupted: {len(results)} of {len(inputs)} documents written", file=sys.stderr)
        return INTERRUPTED
    print(summarize(results, out), file=sys.stderr)
    return 1 if any(r.status == "failed" for r in results) else 0
