"""Print generated documents' workbooks to PDF with LibreOffice Calc (soffice headless), another
layout engine and PDF producer than reportlab, WeasyPrint and Chromium: spreadsheets printed to
PDF, as most municipal tables are.

soffice is slow to start, so a batch of workbooks is converted in one call, with a private
profile (-env:UserInstallation) so that parallel runs do not share one. Each document page must
stay one PDF page: a workbook whose PDF has another page count is written again in smaller type,
then on landscape sheets, and converted again; else RenderError.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium

from tests.corpus.generator import Document
from tests.corpus.render_pdf import RenderError, find_font
from tests.corpus.render_workbook import WORKBOOK_STYLES, XLSX_STYLE, write_workbook

SOFFICE = "soffice"  # Debian's libreoffice-calc-nogui (.ci/run installs it)
CONVERT_TIMEOUT_S = 120.0  # one soffice call: its start plus ...
CONVERT_TIMEOUT_PER_FILE_S = 10.0  # ... this much per workbook
SHRINK_STEPS = (1.0, 0.85, 0.7)  # type size factors tried in turn, each on portrait then landscape sheets
CALC_STYLES = tuple(WORKBOOK_STYLES)


def missing_prerequisite(rendering: str) -> str | None:
    """Why a Calc rendering (or the xlsx one) cannot run on this machine, or None when it can."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return "openpyxl is not installed (pip install -e .[test])"
    style = WORKBOOK_STYLES[XLSX_STYLE if rendering == "xlsx" else rendering]
    if find_font(style.font) is None:
        return f"font {style.font} missing (apt-get install fonts-ipafont-gothic fonts-ipafont-mincho)"
    if rendering != "xlsx" and shutil.which(SOFFICE) is None:
        return "no soffice (apt-get install --no-install-recommends libreoffice-calc-nogui; .ci/run installs it)"
    return None


def write_xlsx(doc: Document, out_dir: str) -> str:
    """The document's workbook as the office keeps it (the xlsx rendering); return its path."""
    path = os.path.join(out_dir, f"{doc.name}.xlsx")
    write_workbook(doc, path, WORKBOOK_STYLES[XLSX_STYLE])
    return path


def write_calc_pdfs(docs: Sequence[Document], out_dir: str, rendering: str) -> list[str]:
    """Print each document's workbook in the named style with Calc into out_dir; return the PDFs' paths."""
    style = WORKBOOK_STYLES[rendering]
    stem = {d.name: os.path.join(out_dir, f"{d.name}.{rendering}") for d in docs}
    pending = list(docs)
    for factor in SHRINK_STEPS:
        for landscape in (False, True):
            for doc in pending:
                write_workbook(doc, stem[doc.name] + ".xlsx", style, style.font_size * factor, landscape)
            convert([stem[d.name] + ".xlsx" for d in pending], out_dir)
            pending = [d for d in pending if page_count(stem[d.name] + ".pdf") != len(d.pages)]
            if not pending:
                return [stem[d.name] + ".pdf" for d in docs]
    raise RenderError(f"{[d.name for d in pending]}: pages overflow in Calc even at {SHRINK_STEPS[-1]} of the type, landscape")


def convert(workbooks: Sequence[str], out_dir: str) -> None:
    """Convert workbooks to PDF (same names, .pdf) in one soffice call with a private profile."""
    for book in workbooks:
        pdf = os.path.splitext(book)[0] + ".pdf"
        if os.path.exists(pdf):
            os.remove(pdf)  # a PDF left from a larger type size must not pass for this one
    with tempfile.TemporaryDirectory(prefix="soffice-profile-") as profile:
        done = subprocess.run([SOFFICE, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                               "--convert-to", "pdf", "--outdir", out_dir, *workbooks],
                              capture_output=True, text=True, check=False,
                              timeout=CONVERT_TIMEOUT_S + CONVERT_TIMEOUT_PER_FILE_S * len(workbooks))
    lost = [b for b in workbooks if not os.path.exists(os.path.splitext(b)[0] + ".pdf")]
    if done.returncode != 0 or lost:
        raise RenderError(f"soffice could not print {lost or workbooks}: {done.stderr.strip()[-300:]}")


def page_count(path: str) -> int:
    if not os.path.exists(path):
        return -1
    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()
