"""Render generated documents, run the extractor in-process on each file, score it against the answers."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import partial

from extract.reader import read_document
from extract.recognize import recognize_document
from tests.corpus.generator import Document
from tests.corpus import render_calc, render_chromium, render_pdf, render_typst, render_writer
from tests.corpus.render_calc import CALC_STYLES, write_calc_pdfs, write_xlsx
from tests.corpus.render_chromium import CHROMIUM_STYLES, write_chromium_pdf
from tests.corpus.render_pdf import HTML_STYLES, PDF_STYLES, write_pdf
from tests.corpus.render_text import write_text
from tests.corpus.render_typst import TYPST_STYLES, write_typst_pdf
from tests.corpus.render_workbook import on_sheets
from tests.corpus.render_writer import WRITER_STYLES, write_writer_pdfs
from tests.corpus.score import Score, budget_expected, budget_observed, kpi_expected, kpi_observed, score


def _pdf_writer(rendering: str) -> Callable[[Document, str], str]:
    return lambda doc, out: write_pdf(doc, out, rendering)


def _chromium_writer(rendering: str) -> Callable[[Document, str], str]:
    return lambda doc, out: write_chromium_pdf(doc, out, rendering)


def _calc_writer(rendering: str) -> Callable[[Document, str], str]:
    return lambda doc, out: write_calc_pdfs([doc], out, rendering)[0]


def _word_file_writer(rendering: str) -> Callable[[Document, str], str]:
    return lambda doc, out: write_writer_pdfs([doc], out, rendering)[0]


def _typst_writer(rendering: str) -> Callable[[Document, str], str]:
    return lambda doc, out: write_typst_pdf(doc, out, rendering)


RENDERINGS: dict[str, Callable[[Document, str], str]] = {
    "text": write_text,
    **{name: _pdf_writer(name) for name in PDF_STYLES},
    **{name: _pdf_writer(name) for name in HTML_STYLES},
    **{name: _chromium_writer(name) for name in CHROMIUM_STYLES},
    "xlsx": write_xlsx,
    **{name: _calc_writer(name) for name in CALC_STYLES},
    **{name: _word_file_writer(name) for name in WRITER_STYLES},
    **{name: _typst_writer(name) for name in TYPST_STYLES},
}
# Renderings whose engine is slow to start print a batch of documents in one call.
BATCH_RENDERINGS: dict[str, Callable[[Sequence[Document], str], list[str]]] = {
    **{name: partial(write_calc_pdfs, rendering=name) for name in CALC_STYLES},
    **{name: partial(write_writer_pdfs, rendering=name) for name in WRITER_STYLES}}


def render_all(docs: Sequence[Document], rendering: str, folder: str) -> list[str]:
    """Render the documents in one rendering into folder; return their paths in order."""
    if rendering in BATCH_RENDERINGS:
        return BATCH_RENDERINGS[rendering](docs, folder) if docs else []
    return [RENDERINGS[rendering](doc, folder) for doc in docs]


def missing_prerequisite(rendering: str) -> str | None:
    """Why a rendering cannot run on this machine (a font, an engine), or None when it can."""
    if rendering == "text":
        return None
    if rendering in CHROMIUM_STYLES:
        return render_chromium.missing_prerequisite(rendering)
    if rendering == "xlsx" or rendering in CALC_STYLES:
        return render_calc.missing_prerequisite(rendering)
    if rendering in WRITER_STYLES:
        return render_writer.missing_prerequisite(rendering)
    if rendering in TYPST_STYLES:
        return render_typst.missing_prerequisite(rendering)
    return render_pdf.missing_prerequisite(rendering)


def score_file(doc: Document, path: str) -> tuple[Score, Score]:
    """Extract one rendered file; return its (KPI, budget) scores (a workbook's pages are its sheets)."""
    if path.endswith(".xlsx"):
        doc = on_sheets(doc)
    extraction = recognize_document(read_document(path))
    kpi = score(kpi_expected(doc.kpis), kpi_observed(extraction.kpi_values))
    budget = score(budget_expected(doc.budgets), budget_observed(extraction.budget_values), budget=True)
    return kpi, budget


def measure(docs: Sequence[Document], rendering: str, out_dir: str) -> tuple[Score, Score]:
    """Render each document in one rendering under out_dir/<rendering>/, extract, and sum the scores."""
    folder = os.path.join(out_dir, rendering)
    os.makedirs(folder, exist_ok=True)
    kpi, budget = Score(), Score()
    for doc, path in zip(docs, render_all(docs, rendering, folder)):
        k, b = score_file(doc, path)
        kpi, budget = kpi + k, budget + b
    return kpi, budget
