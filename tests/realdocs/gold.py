"""Score extracted values against the hand-checked gold of ../shared/realdocs/gold.

The gold holds every amount (budget.csv) and every KPI value (kpi.csv) of listed tables on
listed pages, read off the page images by hand. A gold row is *found* when an extracted value
on the same page has the same amount (or value), the same fiscal year and kind, and a label
that names the same row (equal after NFKC with spaces, numbering and brackets dropped, or one
containing the other). An extracted value on a gold page is *wrong* when its amount is one the
gold has on that page but it matched no gold row (a misplaced year, kind or label), or when
its amount is nowhere on the page's gold but lies inside a gold table's box (a glued or
misread number); values outside every gold table are out of scope: where the values' cells are
known, one whose cell lies outside the box spanning the page's matched values is not judged
(a 主要事業 list beside a gold table, kouhou p5, whose 250万円 is also a gold figure).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).parents[2] / ".." / "shared"
REALDOCS_PDF = SHARED / "realdocs" / "pdf"
GOLD_DIR = SHARED / "realdocs" / "gold"
VALUE_REL_TOL = 1e-9  # relative tolerance when comparing KPI values (floats)
NUMBERING_RE = re.compile(r"^(\(?[0-9０-９]+\)|[0-9０-９]+[.．、\s]|[①-⑳⑴-⒇]|[ア-ンｱ-ﾝ][.．、\s]|第[0-9]+款)")
NOISE_RE = re.compile(r"[\s\u3000()（）「」【】［］\[\]・,，、。.]")


@dataclass(frozen=True, slots=True)
class GoldValue:
    """One hand-read value: a budget amount (yen) or a KPI value."""

    source: str
    page: int
    label: str  # project or indicator
    kind: str  # KPI kind, or "amount" for budget rows
    fiscal_year: int | None
    value: float | None
    measure: str
    note: str


@dataclass(frozen=True, slots=True)
class Found:
    """One extracted value, reduced to what the gold can check."""

    source: str
    page: int | None
    label: str
    kind: str
    fiscal_year: int | None
    value: float | None
    measure: str = ""
    bbox: tuple[float, float, float, float] | None = None  # the value's cell on the page, when known


@dataclass(frozen=True, slots=True)
class Score:
    """Gold rows matched, extracted values judged wrong, per source."""

    source: str
    expected: int
    found: int
    produced: int  # extracted values in scope (on a gold page)
    wrong: int
    unknown: int
    missing: tuple[GoldValue, ...] = ()
    wrong_values: tuple[Found, ...] = ()

    @property
    def found_share(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.produced if self.produced else 0.0


def label_key(text: str) -> str:
    """A row label compared loosely: NFKC, no numbering, no spaces or brackets."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    text = NUMBERING_RE.sub("", text)
    return NOISE_RE.sub("", text)


def same_label(gold: str, found: str) -> bool:
    a, b = label_key(gold), label_key(found)
    return bool(a and b) and (a == b or a in b or b in a)


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=VALUE_REL_TOL, abs_tol=VALUE_REL_TOL)


def load_budget(gold_dir: Path = GOLD_DIR) -> list[GoldValue]:
    with open(gold_dir / "budget.csv", encoding="utf-8") as fh:
        return [GoldValue(r["source"], int(r["page"]), r["project"], "amount",
                          int(r["fiscal_year"]) if r["fiscal_year"] else None,
                          float(r["amount_yen"]) if r["amount_yen"] else None, r["measure"], r["note"])
                for r in csv.DictReader(fh)]


def load_kpi(gold_dir: Path = GOLD_DIR) -> list[GoldValue]:
    with open(gold_dir / "kpi.csv", encoding="utf-8") as fh:
        return [GoldValue(r["source"], int(r["page"]), r["indicator"], r["kind"],
                          int(r["fiscal_year"]) if r["fiscal_year"] else None,
                          float(r["value"]) if r["value"] else None, r["unit"], r["note"])
                for r in csv.DictReader(fh)]


def matches(gold: GoldValue, found: Found) -> bool:
    return (gold.page == found.page and gold.kind == found.kind and gold.fiscal_year == found.fiscal_year
            and same_value(gold.value, found.value) and same_label(gold.label, found.label))


def score(source: str, gold: Sequence[GoldValue], found: Iterable[Found]) -> Score:
    """Match one source's extracted values to its gold rows, one to one, in page order."""
    gold = [g for g in gold if g.source == source]
    pages = {g.page for g in gold}
    in_scope = [f for f in found if f.page in pages]
    unmatched = list(range(len(gold)))
    wrong: list[Found] = []
    gold_values = defaultdict(list)
    for g in gold:
        gold_values[g.page].append(g.value)
    hits: list[Found] = []
    unmatched_found: list[Found] = []
    for f in in_scope:
        hit = next((i for i in unmatched if matches(gold[i], f)), None)
        if hit is not None:
            unmatched.remove(hit)
            hits.append(f)
        else:
            unmatched_found.append(f)
    matched = len(hits)
    tables = gold_tables_box(hits)
    for f in unmatched_found:
        if f.page is not None and within(f, tables.get(f.page)) and misplaced_or_glued(f, gold_values[f.page]):
            wrong.append(f)
    unknown = len(in_scope) - matched - len(wrong)
    return Score(source, len(gold), matched, len(in_scope), len(wrong), unknown,
                 tuple(gold[i] for i in unmatched), tuple(wrong))


def gold_tables_box(hits: Sequence[Found]) -> dict[int, tuple[float, float, float, float]]:
    """Per page, the box spanning the values that matched gold rows: where the gold's tables lie."""
    out: dict[int, tuple[float, float, float, float]] = {}
    for f in hits:
        if f.page is None or f.bbox is None:
            continue
        b = out.get(f.page, f.bbox)
        out[f.page] = (min(b[0], f.bbox[0]), min(b[1], f.bbox[1]), max(b[2], f.bbox[2]), max(b[3], f.bbox[3]))
    return out


def within(found: Found, box: tuple[float, float, float, float] | None) -> bool:
    """True when the value's cell centre lies in the box, or either is unknown (judged then)."""
    if box is None or found.bbox is None:
        return True
    x, y = (found.bbox[0] + found.bbox[2]) / 2, (found.bbox[1] + found.bbox[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def misplaced_or_glued(found: Found, page_values: Sequence[float | None]) -> bool:
    if not found.value:
        return False  # 0 and blanks are too common on a page to say where they belong
    if any(same_value(v, found.value) for v in page_values):
        return True
    digits = str(abs(int(found.value)))
    parts = {str(abs(int(v))) for v in page_values if v is not None and v}
    return any(digits.startswith(a) and digits[len(a):].lstrip("0") in parts
               for a in parts if len(a) < len(digits))
