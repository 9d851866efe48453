"""Run the extractor on the gold pages of a real PDF and reduce its values for scoring."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from extract.pdf.reader import read_pdf
from extract.recognize import recognize_document
from tests.realdocs.gold import REALDOCS_PDF, Found, GoldValue

CONTEXT_PAGES = 1  # the title page is read too: a budget book states its year there


def gold_pages(source: str, gold: Sequence[GoldValue]) -> tuple[int, ...]:
    return tuple(sorted({g.page for g in gold if g.source == source}))


@lru_cache(maxsize=None)
def extract_found(source: str, pages: tuple[int, ...]) -> tuple[tuple[Found, ...], tuple[Found, ...]]:
    """Budget and KPI values extracted from the given pages (and the title page) of a source."""
    path = REALDOCS_PDF / f"{source}.pdf"
    read = sorted(set(pages) | set(range(1, CONTEXT_PAGES + 1)))
    extraction = recognize_document(read_pdf(str(path), pages=read))
    budget = tuple(Found(source, v.prov.page, v.project or "", "amount", v.fiscal_year,
                         float(v.amount_yen) if v.amount_yen is not None else None, v.measure or "", v.prov.bbox)
                   for v in extraction.budget_values if v.amount_yen is not None)
    kpi = tuple(Found(source, v.prov.page, v.indicator, v.kind, v.fiscal_year, v.value, v.unit or "", v.prov.bbox)
                for v in extraction.kpi_values)
    return budget, kpi
