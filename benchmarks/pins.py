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

Fast order, same verdicts: a variant is caught when any of its tests fails, so the order they run in
changes only how soon a failure is found. (An assert restating a constant's value, assert NAME == 1.5,
is taken out of the tests while its variants run: it pins the number, not a reading; the record lists
the files that had one.) Each record keeps the test that caught each variant; a
variant runs first the tests that caught this constant before (--prior records, or the other
variant's catcher in this run), ahead of its first stage, then its stages, each stage's files quickest first by
--timings (seconds per test file: from --time-tests, and learnt from every run, its JUnit report;
a file not timed is guessed from its length). The constants with the fewest test files go first. A
variant none of them catches still runs every file, as before.

Usage (one process at a time, niced: the machine is shared):
    nice -n 10 .venv/bin/python benchmarks/pins.py --out /tmp/pins.jsonl
    nice -n 10 .venv/bin/python benchmarks/pins.py --out /tmp/pins.jsonl --resume  # go on after a stop
    .venv/bin/python benchmarks/pins.py --list                  # the constants and their tests, nothing run
    .venv/bin/python benchmarks/pins.py --only 'rows|COL_GAP'   # constants whose module or name matches
    .venv/bin/python benchmarks/pins.py --report /tmp/pins.jsonl  # the figures of a finished run
    nice -n 10 .venv/bin/python benchmarks/pins.py --time-tests /tmp/timings.json  # time the fast tests once
    nice -n 10 .venv/bin/python benchmarks/pins.py --out /tmp/pins2.jsonl --prior /tmp/pins.jsonl --timings /tmp/timings.json
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
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
    "FONT_NAME_BYTES",  # pdfium_chars' buffer for a font's name: a capacity
    "REOPEN_PAGES",  # pdfium_adapter opens a document again after this many pages to free its caches: a capacity
    "BLANK_WIDTH_PT",  # pdfium's own kSizeEpsilon, mirrored by pdfium_adapter
    # pdfium_chars.rounded_user's fast path takes the values these bound; the rest are rounded by Python's round,
    # so the reading is Python's round either way (test_rounded_user_is_pythons_round)
    "ROUND_MARGIN", "ROUND_EXACT_BELOW",
    "CODE_DIGEST_CHARS",  # manifest's width of the code digest in an engine version: a code's width
    # figure_levels' LevelIndex widens its window by this against float rounding: a guard, the exact stands_on decides
    "INDEX_MARGIN_PT",
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


def tests_for(constant: Constant, folders: tuple[str, ...], texts: dict[str, str],
              timings: dict[str, float] | None = None) -> list[list[str]]:
    """Test files under the folders, in the stages they run in: those naming the constant, then those
    importing its module; within a stage the quickest first by the timings (seconds per file; a file not
    timed, a new one, guessed from its length)."""
    in_folders = [p for p in texts if p.startswith(folders)]
    naming = [p for p in in_folders if re.search(rf"\b{constant.name}\b", texts[p])]
    patterns = import_patterns(constant.module)
    importing = [p for p in in_folders if p not in naming and any(pt.search(texts[p]) for pt in patterns)]
    timed = {p: t for p, t in (timings or {}).items() if p in texts}
    # a file not timed yet is guessed from its length at the timed files' median seconds per character
    rate = statistics.median(t / max(1, len(texts[p])) for p, t in timed.items()) if timed else 1.0

    def quickest_first(p: str) -> float:
        return timed.get(p, len(texts[p]) * rate)
    return [sorted(stage, key=quickest_first) for stage in (naming, importing) if stage]


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


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a variant's tests ended: 'failed' or 'timeout', and the test that failed first (a node id)."""

    result: str
    test: str | None


FAILED_LINE_RE = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)


def tests_fail(tree: Path, tests: list[str], timings: dict[str, float] | None = None) -> Outcome | None:
    """The outcome of the tests (files or node ids) in the copy, None where all passed. The seconds each
    file's tests took go into the timings (a file stopped at its first failure: as far as it ran)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    junit = tree.parent / "junit.xml"
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *tests]
    try:
        done = subprocess.run(command, cwd=tree, env=env, capture_output=True, timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return Outcome("timeout", None)
    if timings is not None and junit.exists():
        timings.update(file_seconds(junit))
    if done.returncode in (0, 4, 5):  # passed, a node id no longer there, nothing collected
        return None
    first = FAILED_LINE_RE.search(done.stdout.decode("utf-8", "replace"))
    return Outcome("failed", first.group(1) if first else None)


def in_stages(tree: Path, test: str, stages: list[list[str]]) -> bool:
    """Whether a node id names a test of the stages' files that is still there (a test gone would stop pytest)."""
    file, *names = test.split("::")
    return any(file in stage for stage in stages) and bool(names) and \
        re.search(rf"def {re.escape(names[-1])}\b", (tree / file).read_text(encoding="utf-8")) is not None


def restating(name: str) -> re.Pattern[str]:
    """An assert stating the constant's value (assert NAME == 1.5, assert mod.NAME == 2 and ...): it pins the
    number, not a reading."""
    return re.compile(rf"^(\s*)assert\s+(?:\w+\.)?{name}\s*==\s*[-+0-9.e* ()]+?(?:\s+and\s+(.*))?$", re.MULTILINE)


def unrestated(text: str, name: str) -> str:
    """The test file's text with the asserts restating the constant's value taken out (the rest of each kept)."""
    return restating(name).sub(lambda m: f"{m.group(1)}assert {m.group(2)}" if m.group(2) else f"{m.group(1)}pass", text)


def caught(tree: Path, constant: Constant, value: int | float, stages: list[list[str]],
           likely: list[str], timings: dict[str, float] | None = None) -> Outcome | None:
    """Whether a test fails with the constant set to the value: the outcome of the first stage of test
    files one of which fails (a stage collected alone: a few files naming the constant are quick), the
    likely catchers (node ids of the stages' tests) run first in the first stage; None when every test
    passes. An assert restating the constant's value is taken out of the tests meanwhile: it pins no reading."""
    path = tree / constant.path
    originals = {p: (tree / p).read_text(encoding="utf-8") for p in [constant.path, *(f for stage in stages for f in stage)]}
    path.write_text(with_value(originals[constant.path], constant, value), encoding="utf-8")
    for file in originals.keys() - {constant.path}:
        if restating(constant.name).search(originals[file]):
            (tree / file).write_text(unrestated(originals[file], constant.name), encoding="utf-8")
    # a catcher's every case (its parameters dropped): a test pinning both sides often tests both in turn
    firsts = [t for t in dict.fromkeys(t.split("[")[0] for t in likely) if in_stages(tree, t, stages)]
    try:
        return next((outcome for tests in ([*firsts, *stages[0]], *stages[1:]) if (outcome := tests_fail(tree, tests, timings))), None)
    finally:
        for file, text in originals.items():
            (tree / file).write_text(text, encoding="utf-8")


def verdict(half: str | None, double: str | None) -> str:
    if half and double:
        return "pinned"
    if double:
        return "unpinned-halved"
    if half:
        return "unpinned-doubled"
    return "unpinned"


def audit(constant: Constant, tree: Path, texts: dict[str, str], slow: bool, timings: dict[str, float] | None = None,
          prior: dict[str, object] | None = None) -> dict[str, object]:
    """One constant's record: its tests, both variants' outcomes, the tests that caught them, and the verdict."""
    record: dict[str, object] = {"module": constant.module, "name": constant.name, "value": constant.value}
    def stages_now() -> list[list[str]]:  # in the order the timings learnt so far give
        fast = tests_for(constant, FAST_TESTS, texts, timings)
        return fast + (tests_for(constant, SLOW_TESTS, texts, timings) if slow or not fast else [])
    stages = stages_now()
    record["tests"] = sum(map(len, stages))
    record["restated_in"] = [f for stage in stages for f in stage if restating(constant.name).search(texts[f])]
    if is_fixed(constant):
        return {**record, "verdict": "fixed"}
    if not stages:
        return {**record, "verdict": "untested"}
    if constant.value == 0:
        return {**record, "verdict": "zero"}
    start = time.monotonic()
    before = [str(t) for t in ((prior or {}).get("halved_by"), (prior or {}).get("doubled_by")) if t]
    half = caught(tree, constant, halved(constant.value), stages, before, timings)
    stages = stages_now()
    double = caught(tree, constant, doubled(constant.value), stages, [*([half.test] if half and half.test else []), *before],
                    timings)
    half_result, double_result = (half.result if half else None), (double.result if double else None)
    return {**record, "halved": half_result, "doubled": double_result, "halved_by": half.test if half else None,
            "doubled_by": double.test if double else None, "verdict": verdict(half_result, double_result),
            "seconds": round(time.monotonic() - start, 1)}


def file_seconds(junit: Path) -> dict[str, float]:
    """Seconds per test file from a pytest JUnit XML report (the files' tests' times summed)."""
    seconds: dict[str, float] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        path = case.get("classname", "").split(".")
        # classname is the test module's dotted path, a class's name after it where the test is a method
        while path and not (ROOT / ("/".join(path) + ".py")).exists():
            path.pop()
        if path:
            name = "/".join(path) + ".py"
            seconds[name] = seconds.get(name, 0.0) + float(case.get("time", 0.0))
    return seconds


def time_tests(out: Path) -> None:
    """Time the fast tests once (the working tree as it is) into a JSON of seconds per test file."""
    with tempfile.TemporaryDirectory(prefix="pins-timing-") as folder:
        junit = Path(folder) / "junit.xml"
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *FAST_TESTS],
                       cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)
        out.write_text(json.dumps(file_seconds(junit), indent=0, sort_keys=True), encoding="utf-8")


def read_records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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
    parser.add_argument("--prior", type=Path, help="an earlier run's JSON lines: the tests that caught each constant run first")
    parser.add_argument("--timings", type=Path, help="seconds per test file (JSON, from --time-tests): the quickest run first")
    parser.add_argument("--time-tests", type=Path, help="time the fast tests once into this JSON, run nothing else")
    args = parser.parse_args(argv)
    if args.time_tests:
        time_tests(args.time_tests)
        return 0
    if args.report:
        records = read_records(args.report)
        for r in records:
            if r["verdict"] not in ("pinned", "fixed"):
                print(f"{r['verdict']:17} {r['module']}.{r['name']} = {r['value']}")
        report(records)
        return 0
    constants = [c for c in all_constants() if not args.only or re.search(args.only, f"{c.module}.{c.name}")]
    texts = test_texts()
    timings: dict[str, float] = json.loads(args.timings.read_text(encoding="utf-8")) \
        if args.timings and args.timings.exists() else {}
    if args.list:
        for c in constants:
            print(f"{c.module}.{c.name} = {c.value}: {'fixed' if is_fixed(c) else ' | '.join(' '.join(s) for s in tests_for(c, FAST_TESTS, texts, timings)) or '-'}")
        print(f"{len(constants)} constants")
        return 0
    # the constants with the fewest test files first: the most verdicts soonest
    constants.sort(key=lambda c: sum(map(len, tests_for(c, FAST_TESTS, texts))))
    done: set[str] = set()
    if args.resume and args.out and args.out.exists():
        done = {f"{r['module']}.{r['name']}" for r in read_records(args.out)}
    priors = {f"{r['module']}.{r['name']}": r for r in read_records(args.prior)} if args.prior and args.prior.exists() else {}
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a stopped run removes its copy too
    tree = make_copy()
    records = []
    try:
        for c in constants:
            if f"{c.module}.{c.name}" in done:
                continue
            record = audit(c, tree, texts, args.slow, timings, priors.get(f"{c.module}.{c.name}"))
            records.append(record)
            print(f"{record['verdict']:17} {c.module}.{c.name} = {c.value} ({record['tests']} test files, "
                  f"halved {record.get('halved')}, doubled {record.get('doubled')}, {record.get('seconds', 0)} s)", flush=True)
            if args.out:
                with args.out.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if args.timings:
                args.timings.write_text(json.dumps(timings, indent=0, sort_keys=True), encoding="utf-8")
    finally:
        shutil.rmtree(tree.parent, ignore_errors=True)
    report(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
