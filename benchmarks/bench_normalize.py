"""Print normalize throughput (cells/s) on cell strings from samples/text.

Run: PYTHONPATH=. python benchmarks/bench_normalize.py [N]
Cold figures clear the lru caches first and use distinct strings (every cell
made unique by a varying number), warm figures replay real cells as a table
would, with repeats.  A benchmark, not a test: it prints and never fails.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from normalize import clean_text, parse_quantity, parse_year
from normalize import quantity as _quantity
from normalize import text as _text
from normalize import years as _years

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"
SIMPLE_TEMPLATES = ("{n:,}", "{n:,}人", "▲{n:,}", "{f:.1f}%", "{n:,}千円", "{f:.2f}倍", "{n:,}人/年")
TEMPLATES = (
    "{n:,}", "{n:,}人", "▲{n:,}", "{f:.1f}%", "{n:,}千円", "{n:,} (R1)", "{n:,}人/年 (毎年度実績)",
    "{n}億{m:,}万円", "{f:.2f}倍", "({n})", "3世帯{n}人", "{n:,}件 (5年間の合計)", "R{y} 年度",
)


def sample_cells() -> list[str]:
    """Return the tab-separated cells of the sample text exports."""
    cells: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                cells.extend(c.strip() for c in line.split("\t") if len(c.strip()) <= 60)
    return cells


def unique_cells(n: int, templates: tuple[str, ...] = TEMPLATES) -> list[str]:
    """Return n distinct synthetic cells shaped like the samples' values."""
    rng = random.Random(7)
    return [
        rng.choice(templates).format(n=i, m=rng.randrange(10000), f=i / 7, y=1 + i % 30)
        for i in range(n)
    ]


def clear_caches() -> None:
    _quantity._parse.cache_clear()
    _text.clean_text.cache_clear()
    _years.parse_year.cache_clear()


def rate(label: str, func, cells: list[str]) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for cell in cells:
        func(cell)
    elapsed = time.perf_counter() - start
    print(f"{label:<40} {len(cells):>8} cells  {elapsed:7.3f} s  {len(cells) / elapsed:>12,.0f} cells/s")


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 100_000
    real = sample_cells()
    replay = [real[i % len(real)] for i in range(n)]
    distinct = unique_cells(n)
    clear_caches()
    rate("parse_quantity, distinct simple (cold)", parse_quantity, unique_cells(n, SIMPLE_TEMPLATES))
    clear_caches()
    rate("parse_quantity, distinct mixed (cold)", parse_quantity, distinct)
    clear_caches()
    rate("parse_quantity, sample replay", parse_quantity, replay)
    rate("parse_quantity, sample replay (warm)", parse_quantity, replay)
    clear_caches()
    rate("clean_text, sample replay", clean_text, replay)
    clear_caches()
    rate("parse_year, distinct (cold)", parse_year, distinct)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
