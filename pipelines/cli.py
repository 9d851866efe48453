"""Command line: python -m pipelines run INPUT... --out DIR; diff OLD_OUT NEW_OUT; report OUT.

Exit 0 when every input was read, 1 when some failed, 2 on usage errors (one line, no
traceback), 130 when stopped with Ctrl-C. Progress and the summary go to stderr; data
goes to the output folder. A thin shell over pipelines.api.run_inputs.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from pipelines.api import RunReport, run_inputs
from pipelines.errors import CLI, InputNotFoundError, UsageError
from pipelines.findings import read_findings, summary_lines
from pipelines.parallel import default_workers
from pipelines.progress import Reporter
from pipelines.run import DUPLICATE, UNCHANGED, DocumentResult

DEFAULT_OUT = "output"
OK, FAILED, USAGE = 0, 1, 2
INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C; every part written stays whole
TOTALS = ("n_tables", "n_kpi_values", "n_budget_values", "n_indicators", "n_projects")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sousei", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run_p = sub.add_parser("run", help="extract KPI and 事業費 tables to Parquet datasets")
    run_p.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="PDF, .xlsx, .csv, .html or text files, or folders")
    run_p.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT}/)")
    run_p.add_argument("--password", default=None, help="user password for encrypted PDFs")
    run_p.add_argument("--force", action="store_true", help="read unchanged files again")
    run_p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                       help="give up on a document after this long: it becomes a failed row")
    run_p.add_argument("--clean", action="store_true", help="remove earlier results from OUT before writing")
    run_p.add_argument("--debug", action="store_true",
                       help="write page images with detected tables to OUT/debug/; implies --verbose")
    run_p.add_argument("-v", "--verbose", action="store_true",
                       help="print third-party warnings in full (otherwise counted in documents.issues)")
    run_p.add_argument("-q", "--quiet", action="store_true", help="no per-document progress")
    add_speed_options(run_p)
    diff_p = sub.add_parser("diff", help="new, dropped and changed KPIs, targets and 事業費 between two runs")
    diff_p.add_argument("old", metavar="OLD_OUT", help="output folder of the earlier run")
    diff_p.add_argument("new", metavar="NEW_OUT", help="output folder of the later run")
    report_p = sub.add_parser("report", help="write a static HTML review site for an output folder")
    report_p.add_argument("out", metavar="OUT", help="output folder of a run")
    report_p.add_argument("--site", default=None, help="where to write the site (default OUT/report/)")
    return parser


def add_speed_options(run_p: argparse.ArgumentParser) -> None:
    """--workers, --engine, --second-opinion, --scheduler (issue 9)."""
    run_p.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                       help="processes reading documents (default: the number of cores); output is the same")
    run_p.add_argument("--engine", default=None,
                       help="PDF page reader: pdfium (default) or pdfplumber (the reference)")
    run_p.add_argument("--second-opinion", action="store_true",
                       help="camelot reviews doubtful PDF tables (slower; off by default: see README, Speed)")
    run_p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="read on a Dask cluster: tcp://host:8786, or 'local' for a local one of N workers")


def summarize(results: list[DocumentResult], out: Path) -> str:
    """The closing line: documents by status and what they yielded."""
    statuses = Counter(r.status for r in results)
    totals: Counter[str] = Counter()
    for r in results:
        if r.status != DUPLICATE:
            for key in TOTALS:
                totals[key] += r.row.get(key) or 0
    return (f"{len(results)} documents: {statuses['ok']} ok, {statuses['partial']} partial, "
            f"{statuses['failed']} failed, {statuses[UNCHANGED]} unchanged (skipped), "
            f"{statuses[DUPLICATE]} duplicate paths; {totals['n_tables']} tables, "
            f"{totals['n_kpi_values']} KPI values, {totals['n_budget_values']} 事業費 values, "
            f"{totals['n_indicators']} KPI names, {totals['n_projects']} projects -> {out}/")


def skipped_lines(report: RunReport) -> list[str]:
    if not report.skipped:
        return []
    return [f"skipped {len(report.skipped)} files of types we do not read:",
            *(f"  {s.path}: {s.reason}" for s in report.skipped)]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    commands = {"run": run_command, "diff": diff_command, "report": report_command}
    return commands[args.command](args)


def output_folder(option: str, value: str) -> Path:
    """An output folder a run wrote, or UsageError naming the argument."""
    out = Path(value)
    if not (out / "documents").is_dir():
        raise InputNotFoundError(option, value, "no datasets here: run `sousei run` first")
    return out


def diff_command(args: argparse.Namespace) -> int:
    """Print the changes between two runs on stdout, their counts on stderr."""
    from pipelines.diff import diff_runs, summary_line

    try:
        changes = diff_runs(output_folder("OLD_OUT", args.old), output_folder("NEW_OUT", args.new))
    except UsageError as exc:
        print(f"sousei: {exc.for_style(CLI)}", file=sys.stderr)
        return USAGE
    for change in changes:
        print(change.line())
    print(summary_line(changes), file=sys.stderr)
    return OK


def report_command(args: argparse.Namespace) -> int:
    """Write the review site; print where its index is."""
    from pipelines.report import write_report

    try:
        out = output_folder("OUT", args.out)
    except UsageError as exc:
        print(f"sousei: {exc.for_style(CLI)}", file=sys.stderr)
        return USAGE
    index = write_report(out, Path(args.site) if args.site else out / "report")
    print(f"report: {index}", file=sys.stderr)
    return OK


def run_command(args: argparse.Namespace) -> int:
    """Read the inputs into the output folder; print progress, the summary and the findings."""
    reporter = Reporter(sys.stderr, args.quiet, args.verbose or args.debug)
    try:
        report = run_inputs(args.inputs, args.out, password=args.password, force=args.force,
                            clean=args.clean, debug=args.debug, timeout=args.timeout,
                            progress=reporter, style=CLI, workers=args.workers, engine=args.engine,
                            scheduler=args.scheduler, second_opinion=args.second_opinion)
    except UsageError as exc:
        print(f"sousei: {exc.for_style(CLI)}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        reporter.stop()
        print(f"interrupted: {len(reporter.results)} documents done; every part written is whole",
              file=sys.stderr)
        return INTERRUPTED
    for line in [*skipped_lines(report), summarize(list(report.results), report.out_dir),
                 *summary_lines(read_findings(report.out_dir))]:
        print(line, file=sys.stderr)
    return FAILED if report.failed else OK
