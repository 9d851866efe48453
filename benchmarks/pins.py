"""Threshold audit: is every module-level numeric constant pinned by a unit test?

For each module-level named numeric constant in extract/, normalize/ and pipelines/ (NAME = 0.5,
NAME: float = 2.0, NAME = 1 << 20), copy the tree once to a temporary folder, then in the copy only
(never in the working tree) set the constant to half its value and run the unit tests that name the
constant or import its module (tests/extract, tests/normalize, tests/pipelines; those naming the
constant first, pytest -x), then to double its value and run them again. A constant is

- pinned            a test fails both ways;
- unpinned-halved   no test fails with the value halved (doubling does fail one);
- unpinned-doubled  no test fails with the value doubled (halving does);
- unpinned          no test fails either way;
- untested          no unit test names it or imports its module;
- zero              its value is 0: halving or doubling leaves it, no scale to pin;
- fixed             a value fixed outside the code (an error or exit code, a code point, a format
                    version), a cache's size or a code's width: no threshold, not run.

With --slow, a variant no fast test catches is run again on the corpus and realdocs tests that name
the constant or import its module (slow: they render and read documents).

Usage (one process at a time, niced: the machine is shared):
    nice -n 10 .venv/bin/python benchmarks/pins.py --out /tmp/pins.jsonl
    nice -n 10 .venv/bin/python benchmarks/pins.py --out /tmp/pins.jsonl --resume  # go on after a stop
    .venv/bin/python benchmarks/pins.py --list                  # the constants and their tests, nothing run
    .venv/bin/python benchmarks/pins.py --only 'rows|COL_GAP'   # constants whose module or name matches
    .venv/bin/python benchmarks/pins.py --report /tmp/pins.jsonl  # the figures of a finished run
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("extract", "normalize", "pipelines")
FAST_TESTS = ("tests/extract", "tests/normalize", "tests/pipelines")
SLOW_TESTS = ("tests/corpus", "tests/realdocs")
COPIED = (*PACKAGES, "tests", "benchmarks", "pyproject.toml")
LINKED = ("samples",)  # read only by the tests: linked, not copied
CONSTANT_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
NOT_THRESHOLDS = frozenset({  # values fixed outside the code: nothing to pin
    "HASH_CHUNK_BYTES", "BYTES_PER_MB", "SPACE", "LINE_END_HYPHEN", "FULL_WIDTH_SHIFT", "PDFIUM_PASSWORD_ERROR",
    "INTERRUPTED", "PR_SET_PDEATHSIG", "MANIFEST_VERSION", "RESOLUTION_DPI", "THOUSAND", "PERCENT",
    "BUCKET_BITS",  # an index's width in pdfplumber_adapter's bucket codes: a capacity (the exact pass decides)
})
RUN_TIMEOUT_S = 600  # a variant whose tests run longer than this counts as caught (the suite hangs)


@dataclass(frozen=True, slots=True)
class Constant:
    """A module-level numeric constant and where its value is written."""

    module: str  # dotted: extract.pdf.rows
    path: str  # relative to the repository
    name: str
    value: int | float
    line: int  # 1-based, of the value's expression
    col: int  # 0-based, on that line
    end_line: int
    end_col: int


def numeric_value(node: ast.expr) -> int | float | None:
    """The value of an expression made only of numbers and operators (0.5, -1, 1 << 20, 2.0 ** 30)."""
    if not all(isinstance(n, (ast.Constant, ast.BinOp, ast.UnaryOp, ast.operator, ast.unaryop))
               for n in ast.walk(node)):
        return None
    value = eval(compile(ast.Expression(node), "<constant>", "eval"))  # numbers and operators only
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def constants_in(path: Path) -> list[Constant]:
    """The module-level numeric constants a source file assigns."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT).as_posix()
    module = rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    found = []
    for stmt in tree.body:
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else \
            stmt.target if isinstance(stmt, ast.AnnAssign) else None
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if not isinstance(target, ast.Name) or value is None or not CONSTANT_RE.match(target.id):
            continue
        number = numeric_value(value)
        if number is not None and value.end_lineno is not None and value.end_col_offset is not None:
            found.append(Constant(module, rel, target.id, number, value.lineno, value.col_offset,
                                  value.end_lineno, value.end_col_offset))
    return found


def all_constants() -> list[Constant]:
    return [c for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py")) for c in constants_in(path)]


def is_fixed(constant: Constant) -> bool:
    return constant.name in NOT_THRESHOLDS or constant.name.endswith("CACHE_SIZE")


def halved(value: int | float) -> int | float:
    return value // 2 if isinstance(value, int) else value / 2


def doubled(value: int | float) -> int | float:
    return value * 2


def import_patterns(module: str) -> list[re.Pattern[str]]:
    """What a test file writes to import the module: its dotted name, or its package and its last part."""
    package, _, last = module.rpartition(".")
    patterns = [re.compile(rf"\b{re.escape(module)}\b")]
    if package:
        patterns.append(re.compile(rf"from {re.escape(package)} import \(?[^)\n]*(?:\n[^)\n]*)*?\b{last}\b"))
    return patterns


def tests_for(constant: Constant, folders: tuple[str, ...], texts: dict[str, str]) -> list[list[str]]:
    """Test files under the folders, in the stages they run in: those naming the constant (the shortest
    first: the most to the point), then those importing its module."""
    in_folders = [p for p in texts if p.startswith(folders)]
    naming = sorted((p for p in in_folders if re.search(rf"\b{constant.name}\b", texts[p])), key=lambda p: len(texts[p]))
    patterns = import_patterns(constant.module)
    importing = [p for p in in_folders if p not in naming and any(pt.search(texts[p]) for pt in patterns)]
    return [stage for stage in (naming, importing) if stage]


def test_texts() -> dict[str, str]:
    return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8")
            for folder in (*FAST_TESTS, *SLOW_TESTS) for p in sorted((ROOT / folder).rglob("test_*.py"))}


def with_value(source: str, constant: Constant, value: int | float) -> str:
    """The source with the constant's value expression written as the given value."""
    lines = source.splitlines(keepends=True)
    first, last = constant.line - 1, constant.end_line - 1
    head, tail = lines[first][:constant.col], lines[last][constant.end_col:]
    return "".join([*lines[:first], head + repr(value) + tail, *lines[last + 1:]])


def make_copy() -> Path:
    """A copy of the tree in a temporary folder, beside a link to ../shared as the tests expect it."""
    base = Path(tempfile.mkdtemp(prefix="pins-"))
    tree = base / "tree"
    tree.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", ".hypothesis", "*.pyc")
    for name in COPIED:
        source = ROOT / name
        (shutil.copytree(source, tree / name, ignore=ignore) if source.is_dir() else shutil.copy2(source, tree / name))
    for name in LINKED:
        (tree / name).symlink_to(ROOT / name)
    if (ROOT.parent / "shared").exists():
        (base / "shared").symlink_to((ROOT.parent / "shared").resolve())
    return tree


def tests_fail(tree: Path, files: list[str]) -> str | None:
    """The outcome of the test files in the copy: 'failed', 'timeout' or None (all passed)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *files]
    try:
        done = subprocess.run(command, cwd=tree, env=env, capture_output=True, timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return "timeout"
    if done.returncode == 5:  # nothing collected
        return None
    return "failed" if done.returncode else None


def caught(tree: Path, constant: Constant, value: int | float, stages: list[list[str]]) -> str | None:
    """Whether a test fails with the constant set to the value: the outcome of the first stage of test
    files one of which fails (a stage collected alone: a few files naming the constant are quick), None
    when every test passes."""
    path = tree / constant.path
    original = path.read_text(encoding="utf-8")
    path.write_text(with_value(original, constant, value), encoding="utf-8")
    try:
        return next((outcome for files in stages if (outcome := tests_fail(tree, files))), None)
    finally:
        path.write_text(original, encoding="utf-8")


def verdict(half: str | None, double: str | None) -> str:
    if half and double:
        return "pinned"
    if double:
        return "unpinned-halved"
    if half:
        return "unpinned-doubled"
    return "unpinned"


def audit(constant: Constant, tree: Path, texts: dict[str, str], slow: bool) -> dict[str, object]:
    """One constant's record: its tests, both variants' outcomes and the verdict."""
    record: dict[str, object] = {"module": constant.module, "name": constant.name, "value": constant.value}
    fast = tests_for(constant, FAST_TESTS, texts)
    slow_files = tests_for(constant, SLOW_TESTS, texts) if slow or not fast else []
    stages = fast + slow_files
    record["tests"] = sum(map(len, stages))
    if is_fixed(constant):
        return {**record, "verdict": "fixed"}
    if not stages:
        return {**record, "verdict": "untested"}
    if constant.value == 0:
        return {**record, "verdict": "zero"}
    start = time.monotonic()
    half = caught(tree, constant, halved(constant.value), stages)
    double = caught(tree, constant, doubled(constant.value), stages)
    return {**record, "halved": half, "doubled": double, "verdict": verdict(half, double),
            "seconds": round(time.monotonic() - start, 1)}


def report(records: list[dict[str, object]]) -> None:
    counts = Counter(str(r["verdict"]) for r in records)
    print(f"{len(records)} constants: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    thresholds = len(records) - counts["fixed"] - counts["zero"]
    print(f"thresholds pinned: {counts['pinned']} of {thresholds}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="JSON lines, one record per constant")
    parser.add_argument("--resume", action="store_true", help="skip constants already recorded in --out")
    parser.add_argument("--only", help="regular expression on module.NAME")
    parser.add_argument("--slow", action="store_true", help="also run corpus and realdocs tests on variants the fast ones miss")
    parser.add_argument("--list", action="store_true", help="list the constants and their tests, run nothing")
    parser.add_argument("--report", type=Path, help="print the figures of a finished run's JSON lines")
    args = parser.parse_args(argv)
    if args.report:
        records = [json.loads(line) for line in args.report.read_text(encoding="utf-8").splitlines() if line.strip()]
        for r in records:
            if r["verdict"] not in ("pinned", "fixed"):
                print(f"{r['verdict']:17} {r['module']}.{r['name']} = {r['value']}")
        report(records)
        return 0
    constants = [c for c in all_constants() if not args.only or re.search(args.only, f"{c.module}.{c.name}")]
    texts = test_texts()
    if args.list:
        for c in constants:
            print(f"{c.module}.{c.name} = {c.value}: {'fixed' if is_fixed(c) else ' | '.join(' '.join(s) for s in tests_for(c, FAST_TESTS, texts)) or '-'}")
        print(f"{len(constants)} constants")
        return 0
    done: set[str] = set()
    if args.resume and args.out and args.out.exists():
        done = {f"{r['module']}.{r['name']}" for r in map(json.loads, args.out.read_text(encoding="utf-8").splitlines())}
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a stopped run removes its copy too
    tree = make_copy()
    records = []
    try:
        for c in constants:
            if f"{c.module}.{c.name}" in done:
                continue
            record = audit(c, tree, texts, args.slow)
            records.append(record)
            print(f"{record['verdict']:17} {c.module}.{c.name} = {c.value} ({record['tests']} test files, "
                  f"halved {record.get('halved')}, doubled {record.get('doubled')}, {record.get('seconds', 0)} s)", flush=True)
            if args.out:
                with args.out.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        shutil.rmtree(tree.parent, ignore_errors=True)
    report(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
