"""Generate the corpus, render every document in every rendering, run the extractor, print found/wrong.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_corpus.py [--seed N] [--per-arrangement N]
        [--arrangement NAME ...] [--rendering NAME ...] [--out DIR] [--show N] [--seeds A-B]
        [--vocab dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev9check|dev10|dev10check|dev11|dev11check|dev12|dev12check|dev13|dev13check|dev14|dev14check|dev15|dev15check|dev16|dev16check|dev17|dev17check|dev18|dev18check|heldout|unknown[:concept,...]]

Prints one line per arrangement × rendering (expected values, found share, wrong share, for
KPI and budget) and a total line. Needs reportlab, WeasyPrint and the IPA fonts (Chromium, and
LibreOffice Calc's soffice for calc_*: each arrangement's documents are printed in one soffice call);
a rendering whose prerequisites are missing is reported and skipped. Files go to a temporary folder
unless --out is given. --vocab writes the header words, unit statements and year notations with a
batch of real wordings (tests/corpus/vocab.py: dev to dev14, tuned on; dev9check, dev10check, dev11check, dev12check, dev13check and dev14check, measured only; heldout, never tuned on; unknown,
made-up words), optionally limited to some concepts (heldout:year,baseline); --seeds sums the figures over a range of seeds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence

from tests.corpus.generator import arrangements, generate_corpus
from tests.corpus.measure import RENDERINGS, measure, missing_prerequisite
from tests.corpus.score import Score

HEADER = (f"{'arrangement':22} {'rendering':16} {'kpi exp':>7} {'found':>6} {'wrong':>6} "
          f"{'bud exp':>7} {'found':>6} {'wrong':>6} {'sec':>5}")


def row(name: str, rendering: str, kpi: Score, budget: Score, seconds: float) -> str:
    def part(s: Score) -> str:
        return f"{s.expected:7d} {s.found_share:6.3f} {s.wrong_share:6.3f}" if s.expected or s.extracted else f"{'-':>7} {'':6} {'':6}"
    return f"{name:22} {rendering:16} {part(kpi)} {part(budget)} {seconds:5.1f}"


def show_examples(kpi: Score, budget: Score, n: int) -> None:
    for label, items in (("missing kpi", kpi.missing_examples), ("wrong kpi", kpi.wrong_examples),
                         ("missing budget", budget.missing_examples), ("wrong budget", budget.wrong_examples)):
        for item in items[:n]:
            print(f"      {label}: {item}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-arrangement", type=int, default=3)
    parser.add_argument("--arrangement", action="append", choices=sorted(arrangements()))
    parser.add_argument("--rendering", action="append", choices=list(RENDERINGS))
    parser.add_argument("--out", default=None, help="keep the rendered files here")
    parser.add_argument("--show", type=int, default=0, help="print this many missing / wrong values per line")
    parser.add_argument("--vocab", default=None, help="a wording batch: dev | dev2 | dev3 | dev4 | dev5 | dev6 | dev7 | dev8 | dev9 | dev9check | dev10 | dev10check | dev11 | dev11check | dev12 | dev12check | dev13 | dev13check | dev14 | dev14check | dev15 | dev15check | dev16 | dev16check | dev17 | dev17check | dev18 | dev18check | heldout | unknown, optionally :concept,...")
    parser.add_argument("--seeds", default=None, help="ranges of seeds (0-25,30-45), summed: overrides --seed")
    args = parser.parse_args(argv)
    out = args.out or tempfile.mkdtemp(prefix="corpus-")
    renderings = [r for r in (args.rendering or RENDERINGS) if not _report_missing(r)]
    seeds = seed_range(args.seeds) if args.seeds else [args.seed]
    docs = [d for s in seeds for d in generate_corpus(s, args.per_arrangement, args.arrangement, args.vocab)]
    print(f"seeds {args.seeds or args.seed}, {args.per_arrangement} per arrangement, vocab {args.vocab or 'own'}, "
          f"{len(docs)} documents, files in {out}")
    print(HEADER)
    total_kpi, total_budget, t_all = Score(), Score(), time.perf_counter()
    for name in sorted({d.arrangement for d in docs}):
        group = [d for d in docs if d.arrangement == name]
        for rendering in renderings:
            t0 = time.perf_counter()
            kpi, budget = measure(group, rendering, out)
            total_kpi, total_budget = total_kpi + kpi, total_budget + budget
            print(row(name, rendering, kpi, budget, time.perf_counter() - t0))
            show_examples(kpi, budget, args.show)
    print(row("total", "all", total_kpi, total_budget, time.perf_counter() - t_all))
    return 0


def seed_range(text: str) -> list[int]:
    """0-45 → [0, 1, …, 45]; 3 → [3]; 0-25,30-45 → both ranges (leaving out the held-out seeds)."""
    seeds: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        seeds.extend(range(int(first), int(last or first) + 1))
    return seeds


def _report_missing(rendering: str) -> bool:
    problem = missing_prerequisite(rendering)
    if problem:
        print(f"skipping {rendering}: {problem}", file=sys.stderr)
    return problem is not None


if __name__ == "__main__":
    sys.exit(main())
