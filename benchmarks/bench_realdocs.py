"""Found / wrong against the hand-checked gold of ../shared/realdocs (budget and KPI values),
then against the values read by hand off pages the gold does not cover
(tests/hand_checked/realdocs_pages.csv: amounts, KPI values and table statistics).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_realdocs.py [--show-missing N] [--no-pages] [SOURCE ...]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from tests.realdocs.extraction import extract_found, gold_pages
from tests.realdocs.gold import GOLD_DIR, Score, load_budget, load_kpi, score
from tests.realdocs.pages import PageScore, extract_pages, load_pages, pages_read, score_pages


def _print_cases(s: Score | PageScore, show: int) -> None:
    for g in s.missing[:show]:
        print(f"      missing p{g.page} {g.label} | {g.measure} | {g.fiscal_year} | {g.value}")
    for f in s.wrong_values[:show]:
        print(f"      wrong   p{f.page} {f.label} | {f.measure} | {f.fiscal_year} | {f.value}")


def _print_scores(heading: str, scores: list[Score] | list[PageScore], show: int,
                  tail: Callable[[Score | PageScore], str], summary: Callable[[], str]) -> None:
    """One line per source (expected, found, then the section's own tail), its cases, a summary line."""
    print(heading)
    for s in scores:
        print(f"  {s.source:44s} {s.expected:5d}  found {s.found_share:6.1%}  {tail(s)}")
        _print_cases(s, show)
    if scores:
        print(summary())


def _macro_found(scores: list[Score] | list[PageScore]) -> float:
    return sum(s.found_share for s in scores) / len(scores)


def _print(title: str, scores: list[Score], show: int) -> None:
    def summary() -> str:
        wrong = sum(s.wrong for s in scores) / max(1, sum(s.produced for s in scores))
        return (f"  {'macro found / pooled wrong':44s} {sum(s.expected for s in scores):5d}  "
                f"found {_macro_found(scores):6.1%}  wrong {wrong:6.2%}")
    _print_scores(f"\n{title}: source, expected, found, wrong, unknown (in-scope values matching no gold)",
                  scores, show, lambda s: f"wrong {s.wrong:3d}/{s.produced:<4d} {s.wrong_share:6.2%}  "
                                          f"unknown {s.unknown}", summary)  # type: ignore[union-attr]


def _print_pages(scores: list[PageScore], show: int) -> None:
    def summary() -> str:
        return (f"  {'macro found / wrong values':44s} {sum(s.expected for s in scores):5d}  "
                f"found {_macro_found(scores):6.1%}  wrong {sum(s.wrong for s in scores)}")
    _print_scores("\npages read by hand outside the gold: source, expected, found, wrong / produced, "
                  "yearless (right row and number, year not given)",
                  scores, show, lambda s: f"wrong {s.wrong:3d}/{s.produced:<4d}  yearless {s.yearless}",  # type: ignore[union-attr]
                  summary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sources", nargs="*")
    parser.add_argument("--show-missing", type=int, default=0)
    parser.add_argument("--no-pages", action="store_true", help="the gold section only")
    args = parser.parse_args(argv)
    if not GOLD_DIR.exists():
        print(f"no gold at {GOLD_DIR}", file=sys.stderr)
        return 1
    budget, kpi = load_budget(), load_kpi()
    hand = [] if args.no_pages else load_pages()
    known = {g.source for g in budget + kpi} | {g.source for g in hand}
    unknown = sorted(set(args.sources) - known)
    if unknown:
        print(f"unknown source(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}", file=sys.stderr)
        return 2
    sources = [s for s in args.sources if s in {g.source for g in budget + kpi}] if args.sources \
        else sorted({g.source for g in budget + kpi})
    budget_scores, kpi_scores = [], []
    for source in sources:
        found_budget, found_kpi = extract_found(source, gold_pages(source, budget + kpi))
        if any(g.source == source for g in budget):
            budget_scores.append(score(source, budget, found_budget))
        if any(g.source == source for g in kpi):
            kpi_scores.append(score(source, kpi, found_kpi))
    _print("budget values", budget_scores, args.show_missing)
    _print("KPI values", kpi_scores, args.show_missing)
    if not args.no_pages:
        chosen = [s for s in sorted({g.source for g in hand}) if not args.sources or s in args.sources]
        _print_pages([score_pages(s, hand, extract_pages(s, pages_read(s, hand)))
                      for s in chosen], args.show_missing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
