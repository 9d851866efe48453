"""Compare two runs (last year's materials against this year's): KPIs, targets and 事業費.

    python -m pipelines diff OLD_OUT NEW_OUT

A KPI is its indicator_key (two spellings of a name are one KPI); a target is
(key, unit, year); a 事業費 is (project, measure, basis, year). Paths do not take part, so
the same document read from another folder is no change. Twins are left out of both runs.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from normalize import indicator_key
from pipelines.series import to_records

NEW, DROPPED, CHANGED = "new", "dropped", "changed"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two runs: what (kpi / target / budget), how, and the values."""

    item: str  # kpi | target | budget
    change: str  # new | dropped | changed
    key: tuple[Hashable, ...]
    old: float | None = None
    new: float | None = None
    label: str = ""  # the key as a person reads it: the name as written, unit, year

    def line(self) -> str:
        """The change as one printed line."""
        what = self.label or " ".join("-" if k is None else str(k) for k in self.key)
        return f"{self.change:8} {self.item:7} {what}{self._values()}"

    def _values(self) -> str:
        if self.old is not None and self.new is not None:
            return f": {self.old:,.12g} -> {self.new:,.12g}"
        if self.new is not None:
            return f" = {self.new:,.12g}"
        return f" (was {self.old:,.12g})" if self.old is not None else ""


Keyed = dict[tuple[Hashable, ...], tuple[str, float | None]]  # key → (label, value)


def kpi_names(data: dict[str, pd.DataFrame]) -> Keyed:
    """Every KPI key a run names (with or without values), labelled with its first name as written."""
    names = pd.concat([data["kpi_values"]["indicator"], data["indicators"]["indicator"]]).dropna()
    found: Keyed = {}
    for name in dict.fromkeys(str(n) for n in names):
        found.setdefault((indicator_key(name),), (name, None))
    return found


def target_values(data: dict[str, pd.DataFrame]) -> Keyed:
    """(key, unit, year) → the first stated target value."""
    rows = data["kpi_values"]
    found: Keyed = {}
    for r in to_records(rows[(rows["kind"] == "target") & rows["value"].notna()]):
        label = f"{r['indicator']} ({r['unit'] or '-'}) {r['fiscal_year'] or 'plan end'}"
        found.setdefault((indicator_key(str(r["indicator"])), r["unit"], r["fiscal_year"]), (label, float(r["value"])))
    return found


def budget_amounts(data: dict[str, pd.DataFrame]) -> Keyed:
    """(project, measure, basis, year) → the first stated amount in yen."""
    rows = data["budget_values"]
    found: Keyed = {}
    for r in to_records(rows[rows["amount_yen"].notna()]):
        key = (r["project"], r["measure"], r["basis"], r["fiscal_year"])
        label = " ".join(str(k) for k in key if k is not None)
        found.setdefault(key, (label, float(r["amount_yen"])))
    return found


def compare(item: str, old: Keyed, new: Keyed) -> list[Change]:
    """New, dropped and changed entries of two keyed value maps."""
    changes = [Change(item, NEW, k, None, new[k][1], new[k][0]) for k in new if k not in old]
    changes += [Change(item, DROPPED, k, old[k][1], None, old[k][0]) for k in old if k not in new]
    changes += [Change(item, CHANGED, k, old[k][1], new[k][1], new[k][0]) for k in old
                if k in new and old[k][1] != new[k][1]]
    return sorted(changes, key=lambda c: (c.change, [str(k) for k in c.key]))


def diff_frames(old: dict[str, pd.DataFrame], new: dict[str, pd.DataFrame]) -> list[Change]:
    """Every change of KPIs, targets and 事業費 between two runs' frames (twins left out)."""
    return [*compare("kpi", kpi_names(old), kpi_names(new)),
            *compare("target", target_values(old), target_values(new)),
            *compare("budget", budget_amounts(old), budget_amounts(new))]


def diff_runs(old_out: Path, new_out: Path) -> list[Change]:
    """Given two output folders, return what changed from the first to the second."""
    from pipelines.api import load  # the API imports the run machinery; diff only needs its loader

    return diff_frames(load(old_out).without_twins().frames, load(new_out).without_twins().frames)


def summary_line(changes: list[Change]) -> str:
    """Counts by item and change: 'kpi: 1 new, 0 dropped …'."""
    parts = []
    for item in ("kpi", "target", "budget"):
        counts = {c: sum(1 for x in changes if x.item == item and x.change == c) for c in (NEW, DROPPED, CHANGED)}
        parts.append(f"{item}: " + ", ".join(f"{n} {c}" for c, n in counts.items()))
    return "; ".join(parts)
