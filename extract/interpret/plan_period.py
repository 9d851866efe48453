"""The years of the plan a table belongs to, for a target whose header names the plan's last year
without stating it (目標値（最終年度）, 計画終了時の目標): read only where the document states the plan's
span of years (第2期総合戦略（令和3年度～令和7年度）, 計画期間：R3～R7 in a heading or caption line)."""

from __future__ import annotations

from extract.vocab import PLAN_WORDS
from normalize import Year, parse_year
from normalize.annotations import qualifiers_in
from normalize.vocab import Qualifier

PLAN_PERIOD_SOURCE = "plan_period"  # year_source of a target dated by its plan's last year
HEADING_SEPARATOR = " / "  # between the levels of a table's heading (基本目標1 / (1)移住の促進)


def plan_period(heading: str | None, caption: str) -> Year | None:
    """The span of years the nearest heading or caption line naming a plan states, or None."""
    lines = [line for text in (heading or "", caption) for line in text.replace(HEADING_SEPARATOR, "\n").splitlines()]
    spans = [year for line in lines if any(w in line for w in PLAN_WORDS)
             and (year := parse_year(line)) is not None and not year.conflict and year.end > year.start]
    return spans[-1] if spans else None


def names_plan_end(header: str) -> bool:
    """A header naming the plan's last year (最終年度, 計画終了時: Qualifier.AT_PLAN_END) without stating it."""
    return Qualifier.AT_PLAN_END in qualifiers_in(header)[0]


def plan_end_year(period: Year | None, kind: str | None, header: str) -> Year | None:
    """The plan's last year for a target under a header naming it; None for any other value or with no period."""
    if period is None or kind != "target" or not names_plan_end(header):
        return None
    return Year(period.end, period.end, period.basis, period.text)
