"""Values read by hand off real-PDF pages the gold does not cover (tests/hand_checked/realdocs_pages.csv).

Each row is one value as printed on the rendered page: amounts (kind ``amount``, scored against
budget_values), KPI values (``baseline``/``actual``/``target``, against kpi_values) and table
statistics such as ratios, tonnages or head counts (``statistic``, against table_values). The
printed text is kept (``△1,190,000``, ``(4,250)``, ``0.05``) and turned into a number here, with
the unit's scale (千円 → ×1,000). Scoring follows tests/realdocs/gold.py: found when a value of the
same page has the same number, year and a label naming the same row; wrong when a value on a
covered page carries a number of that page's hand-read values but matched none of them (a
misplaced year or label, or a ratio given as an amount), or is a glued number.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from extract.pdf.reader import read_pdf
from extract.recognize import recognize_document
from tests.realdocs.extraction import CONTEXT_PAGES
from tests.realdocs.gold import REALDOCS_PDF, Found, GoldValue, matches, misplaced_or_glued, same_label, same_value

PAGES_CSV = Path(__file__).parents[1] / "hand_checked" / "realdocs_pages.csv"
UNIT_SCALE = {"千円": 1_000, "万円": 10_000, "百万円": 1_000_000, "円": 1}  # what a printed amount is multiplied by
AMOUNT_KIND = "amount"
STATISTIC_KIND = "statistic"
KPI_FAMILY = "kpi"
PARTIAL_NOTE = "rows=partial"  # a note on every row of a page where only some rows were read
PARTIAL_PAGE_NOTE = "page=partial"  # ... of a page holding amounts that were not read (another table)
FACING_NOTE_RE = re.compile(r"facing=(\d+)")  # the facing page of a spread a careful reader reads with the row's page
NEGATIVE_MARKS = "△▲"
_NUMBER_RE = re.compile(r"^[(]?([△▲-]?)[(]?([0-9,]*\.?[0-9]+)[)]?$")


def printed_number(text: str) -> float:
    """The number a printed cell states: full-width digits, thousands commas, △/▲ and (…) brackets."""
    plain = unicodedata.normalize("NFKC", text).replace(" ", "")
    match = _NUMBER_RE.match(plain.translate({ord(m): "-" for m in NEGATIVE_MARKS}))
    if match is None:
        raise ValueError(f"not a printed number: {text!r}")
    sign, digits = match.groups()
    return -float(digits.replace(",", "")) if sign else float(digits.replace(",", ""))


def load_pages(path: Path = PAGES_CSV) -> list[GoldValue]:
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return [GoldValue(r["source"], int(r["page"]), r["label"], r["kind"],
                      int(r["fiscal_year"]) if r["fiscal_year"] else None,
                      printed_number(r["printed"]) * UNIT_SCALE.get(r["unit"], 1), r["measure"], r["note"])
            for r in rows]


@dataclass(frozen=True, slots=True)
class PageScore:
    """One source's found / wrong over its hand-read pages, all kinds together."""

    source: str
    expected: int
    found: int
    produced: int
    wrong: int
    missing: tuple[GoldValue, ...]
    wrong_values: tuple[Found, ...]
    yearless: int = 0  # values given without the year the page states: neither found nor wrong

    @property
    def found_share(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def pages_read(source: str, gold: Sequence[GoldValue]) -> tuple[int, ...]:
    """The pages a source's hand-read values lie on, with the facing pages their notes name
    (facing=17: the unit of a spread's table printed over its other half)."""
    rows = [g for g in gold if g.source == source]
    facing = {int(m) for g in rows for m in FACING_NOTE_RE.findall(g.note)}
    return tuple(sorted({g.page for g in rows} | facing))


@lru_cache(maxsize=None)
def extract_pages(source: str, pages: tuple[int, ...]) -> tuple[Found, ...]:
    """Amounts, KPI values and table statistics extracted from the pages (and the title page)."""
    read = sorted(set(pages) | set(range(1, CONTEXT_PAGES + 1)))
    extraction = recognize_document(read_pdf(str(REALDOCS_PDF / f"{source}.pdf"), pages=read))
    budget = [Found(source, v.prov.page, v.project or "", AMOUNT_KIND, v.fiscal_year,
                    float(v.amount_yen), v.measure or "")
              for v in extraction.budget_values if v.amount_yen is not None]
    kpi = [Found(source, v.prov.page, v.indicator, v.kind, v.fiscal_year, v.value, v.unit or "")
           for v in extraction.kpi_values if v.value is not None]
    stats = [Found(source, v.prov.page, " ".join(v.row_path) or (v.row_label or ""), STATISTIC_KIND,
                   v.fiscal_year, v.value, v.column_header)
             for v in extraction.table_values if v.value is not None]
    return tuple(budget + kpi + stats)


def score_pages(source: str, gold: Sequence[GoldValue], found: Sequence[Found]) -> PageScore:
    """Match each family (amounts, KPI values, statistics) to its hand-read rows, one to one."""
    gold = [g for g in gold if g.source == source]
    pages = {g.page for g in gold}
    found = [f for f in found if f.page in pages and _in_scope(f, gold)]
    yearless = [f for f in found if f.fiscal_year is None and _names_a_dated_value(f, gold)]
    found = [f for f in found if f not in yearless]
    missing: list[GoldValue] = []
    wrong: list[Found] = []
    for family in (AMOUNT_KIND, KPI_FAMILY, STATISTIC_KIND):
        unmatched = [g for g in gold if _kind_family(g.kind) == family]
        for f in (f for f in found if _kind_family(f.kind) == family):
            hit = next((g for g in unmatched if matches(g, f) or _named_by_column(g, f)), None)
            if hit is not None:
                unmatched.remove(hit)
            elif _is_wrong(f, family, gold):
                wrong.append(f)
        missing += unmatched
    return PageScore(source, len(gold), len(gold) - len(missing), len(found) + len(yearless), len(wrong),
                     tuple(missing), tuple(wrong), len(yearless))


def _named_by_column(gold: GoldValue, found: Found) -> bool:
    """A statistic of a row without a label is named by its column header (人口(人) over 800 in a
    key-value table); it is still not judged wrong when it matches nothing (_is_wrong)."""
    return (found.kind == STATISTIC_KIND and not found.label.strip() and gold.kind == STATISTIC_KIND
            and matches(gold, replace(found, label=found.measure)))


def _is_wrong(found: Found, family: str, gold: Sequence[GoldValue]) -> bool:
    """An unmatched value is wrong when it carries a number of its page's hand-read values (any
    family: a ratio read as yen) or a glued one; an amount or KPI value is wrong on any page
    whose every amount was read; a statistic without a row label claims nothing (a chart's
    data label) and is not judged."""
    page = [g for g in gold if g.page == found.page]
    if family == STATISTIC_KIND:
        return bool(found.label.strip()) and misplaced_or_glued(found, [g.value for g in page
                                                                           if g.kind == STATISTIC_KIND])
    if found.value and not any(PARTIAL_PAGE_NOTE in g.note or PARTIAL_NOTE in g.note for g in page):
        return True
    return misplaced_or_glued(found, [g.value for g in page])


def _names_a_dated_value(found: Found, gold: Sequence[GoldValue]) -> bool:
    """A value whose year is left unknown but whose row and number are a hand-read dated value."""
    return any(g.page == found.page and g.fiscal_year is not None and same_value(g.value, found.value)
               and same_label(g.label, found.label) for g in gold)


def _in_scope(found: Found, gold: Sequence[GoldValue]) -> bool:
    """On a page read only in part, a value is judged only when its label names a row that was read."""
    page = [g for g in gold if g.page == found.page]
    if not any(PARTIAL_NOTE in g.note for g in page):
        return True
    return any(same_label(g.label, found.label) for g in page)


def _kind_family(kind: str) -> str:
    """KPI kinds are scored together (a baseline given as an actual is a wrong kind, not a miss)."""
    return kind if kind in (AMOUNT_KIND, STATISTIC_KIND) else KPI_FAMILY
