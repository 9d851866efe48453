"""Render a generated document as a PDF printed by Chromium (Blink lays the HTML out, Skia writes
the PDF): another layout engine and PDF producer than reportlab and WeasyPrint, as municipal
pages printed from a browser are. The HTML is the WeasyPrint renderer's; only the engine, the
fonts and the spacing differ.

Each document page must stay one PDF page, every glyph of it printed (Chromium clips a table
wider than the sheet at its margin): the type is made smaller, then the sheet turned to
landscape (as an office turns a wide table), until it does; else RenderError.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pypdfium2 as pdfium

from tests.corpus.generator import Document
from tests.corpus.render_pdf import HTML_FONT_SIZES_PT, RenderError, document_html

CHROMIUM = Path("/usr/bin/chromium")  # Debian's build (.ci/run installs it); never a downloaded one
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run")
PRINT_TIMEOUT_S = 60  # one document printed by one Chromium process
CHROMIUM_STYLES = {
    "chromium_ruled": "td, th { border: 0.5pt solid #333; } table { border-collapse: collapse; }"
                      " body { font-family: 'Noto Sans CJK JP'; }",
    "chromium_borderless": "table { border-collapse: separate; border-spacing: 9pt 2pt; }"
                           " body { font-family: 'VL PGothic', 'VL Gothic'; }",
}
SHEETS = ("A4", "A4 landscape")  # tried in turn, each with every type size
# (tables inherit the type size: the page has no doctype, and quirks mode would keep them at 16 px)
STYLE_FONTS = {"chromium_ruled": "Noto Sans CJK JP", "chromium_borderless": "VL PGothic"}


def missing_prerequisite(rendering: str) -> str | None:
    """Why a Chromium rendering cannot run on this machine, or None when it can."""
    if not CHROMIUM.exists():
        return f"no {CHROMIUM} (apt-get install -y chromium; .ci/run installs it)"
    font = STYLE_FONTS[rendering]
    listed = subprocess.run(["fc-list", f":family={font}"], capture_output=True, text=True, check=False).stdout \
        if shutil.which("fc-list") else ""
    return None if listed.strip() else f"font {font} missing (apt-get install fonts-noto-cjk fonts-vlgothic)"


def write_chromium_pdf(doc: Document, out_dir: str, rendering: str) -> str:
    """Print the document's HTML in the named style with Chromium into out_dir; return the PDF's path."""
    path = os.path.join(out_dir, f"{doc.name}.{rendering}.pdf")
    source = os.path.join(out_dir, f"{doc.name}.{rendering}.html")
    for sheet in SHEETS:
        for font_pt in HTML_FONT_SIZES_PT:
            css = f"@page {{ size: {sheet}; }} table {{ font-size: inherit; }} {CHROMIUM_STYLES[rendering]}"
            Path(source).write_text(document_html(doc, css, font_pt), encoding="utf-8")
            _print(source, path)
            if _page_count(path) == len(doc.pages) and _printed_glyphs(path) >= html_glyphs(Path(source).read_text(encoding="utf-8")):
                return path
    raise RenderError(f"{doc.name}: pages overflow (or are clipped) in Chromium even at {HTML_FONT_SIZES_PT[-1]}pt on {SHEETS[-1]}")


class _TextOf(HTMLParser):
    """The text an HTML page shows (its style sheet is none of it)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.parts.append(data)


def html_glyphs(page: str) -> int:
    """How many glyphs other than spaces an HTML page shows."""
    parser = _TextOf()
    parser.feed(page)
    return sum(1 for ch in "".join(parser.parts) if not ch.isspace())


def _printed_glyphs(path: str) -> int:
    """How many glyphs other than spaces a PDF holds: fewer than its HTML shows when a table wider
    than the sheet ran past its edge (Chromium clips it: a column of figures lost, its first glyph
    left at the margin, corpus seed 514 budget_main_projects)."""
    pdf = pdfium.PdfDocument(path)
    try:
        return sum(1 for page in pdf for ch in page.get_textpage().get_text_range() if not ch.isspace())
    finally:
        pdf.close()


def _print(source: str, target: str) -> None:
    if os.path.exists(target):
        os.remove(target)  # a PDF left from a larger type size must not pass for this one
    done = subprocess.run([str(CHROMIUM), *CHROMIUM_ARGS, f"--print-to-pdf={target}", Path(source).resolve().as_uri()],
                          capture_output=True, text=True, timeout=PRINT_TIMEOUT_S, check=False)
    if done.returncode != 0 or not os.path.exists(target):
        raise RenderError(f"{source}: Chromium could not print it: {done.stderr.strip()[-300:]}")


def _page_count(path: str) -> int:
    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()
