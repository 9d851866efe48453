"""Score a rendition's pipeline output against the text path's output for the same samples.

found = share of the text path's values (as a multiset of keys) the PDF path also produced;
wrong = share of the PDF path's values the text path did not produce.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipelines.cli import main

KEYS = {
    "kpi_values": ["stem", "kind", "fiscal_year", "value", "unit"],
    "budget_values": ["stem", "project", "fiscal_year", "amount_yen"],
}
Key = tuple[str, ...]


@dataclass(frozen=True)
class Score:
    """Counts of values: in the text output, in the PDF output, and in both."""

    expected: int
    produced: int
    matched: int
    missing: tuple[Key, ...] = ()
    extra: tuple[Key, ...] = ()

    @property
    def found(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def wrong(self) -> float:
        return (self.produced - self.matched) / self.produced if self.produced else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.expected + other.expected, self.produced + other.produced, self.matched + other.matched,
                     self.missing + other.missing, self.extra + other.extra)


def run_pipeline(inputs: list[str], out: str) -> int:
    """Run the real CLI in-process on the inputs."""
    return main(["run", *inputs, "--out", out, "-q"])


def keyed(out: str, dataset: str) -> Counter[Key]:
    """The dataset's values as a multiset of comparison keys (stem instead of path)."""
    folder = Path(out) / dataset
    if not folder.exists() or not any(folder.iterdir()):
        return Counter()
    df = pd.read_parquet(folder)
    df["stem"] = df["source_path"].map(lambda p: Path(p).stem)
    return Counter(tuple(_key_part(v) for v in row) for row in df[KEYS[dataset]].itertuples(index=False))


def _key_part(value: object) -> str:
    """A number compares as a float (an int column turns float when it holds a null)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(float(value))
    return str(value)


def score(text_out: str, pdf_out: str, dataset: str, stems: set[str] | None = None) -> Score:
    """Compare one dataset of the PDF output with the text output (optionally some stems only)."""
    text, pdf = keyed(text_out, dataset), keyed(pdf_out, dataset)
    if stems is not None:
        text = Counter({k: v for k, v in text.items() if k[0] in stems})
        pdf = Counter({k: v for k, v in pdf.items() if k[0] in stems})
    both = text & pdf
    return Score(sum(text.values()), sum(pdf.values()), sum(both.values()),
                 tuple(sorted((text - pdf).elements())), tuple(sorted((pdf - text).elements())))


def score_all(text_out: str, pdf_out: str, stems: set[str] | None = None) -> Score:
    """KPI and 事業費 values together."""
    return sum((score(text_out, pdf_out, d, stems) for d in KEYS), Score(0, 0, 0))


def stems_in(folder: str) -> set[str]:
    return {os.path.splitext(n)[0] for n in os.listdir(folder)}
