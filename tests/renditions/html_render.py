"""Render a text export through an HTML layout engine (WeasyPrint) with automatic column widths.

The reportlab renditions (render.py) put every row on its own fixed pitch; a browser-like
engine sizes columns from their content, centres cells vertically, wraps names and headers
in narrow columns and, in the narrow variant, breaks numbers too (2,60 over 0). The cell
text is the text reader's cell text (render.parse_export), so both paths see the same cells.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from tests.renditions.render import NUMERIC_RE, Block, parse_export

# CSS per ruling: none (borderless), columns (vertical rules only, the kobe 予算比較 look).
RULES_CSS = {
    "none": "td, th { border: none; }",
    "columns": "table { border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; }"
               " td, th { border-left: 0.6pt solid #000; border-right: 0.6pt solid #000; }"
               " tr:first-child td { border-bottom: 0.6pt solid #000; }",
}


@dataclass(frozen=True, slots=True)
class HtmlStyle:
    """How the HTML engine lays out pages and tables."""

    name: str
    font: str = "Noto Sans CJK JP"  # a fontconfig family name
    rules: str = "none"  # none | columns
    landscape: bool = False
    font_size_pt: float = 9.0
    table_width: str = "auto"  # CSS width of a table: auto fits content; a share forces wrapping
    break_all: bool = False  # let the engine break inside any word, numbers included


def fonts_available(styles: Sequence[HtmlStyle]) -> bool:
    """True when WeasyPrint imports (Pango present) and fontconfig knows every style's font."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    fc = shutil.which("fc-list")
    if fc is None:
        return False
    families = subprocess.run([fc, ":", "family"], capture_output=True, text=True, check=False).stdout
    return all(s.font in families for s in styles)


def _cell(lines: Sequence[str], header: bool) -> str:
    numeric = bool(lines) and not header and all(NUMERIC_RE.match(ln.replace(" ", "")) for ln in lines)
    cls = ' class="num"' if numeric else ""
    return f"<td{cls}>" + "<br>".join(html.escape(ln, quote=False) for ln in lines) + "</td>"


def _table(rows: list[list[list[str]]]) -> str:
    out = []
    for r, row in enumerate(rows):
        header = r == 0 and len(rows) > 1
        out.append("<tr>" + "".join(_cell(c, header) for c in row) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def _css(style: HtmlStyle) -> str:
    page = "A4 landscape" if style.landscape else "A4"
    wrap = "word-break: break-all; overflow-wrap: anywhere;" if style.break_all else ""
    return (f"@page {{ size: {page}; margin: 40pt; }}"
            f" body {{ font-family: '{style.font}'; font-size: 10.5pt; line-height: 1.5; }}"
            f" table {{ border-collapse: collapse; table-layout: auto; width: {style.table_width};"
            f" font-size: {style.font_size_pt}pt; line-height: normal; margin: 4pt 0 6pt 0; }}"
            f" td {{ padding: 1.5pt 3pt; {wrap} }}"
            " tr:first-child td { text-align: center; }"
            " td.num { text-align: right; }"
            f" {RULES_CSS[style.rules]}")


def export_to_html(blocks: Sequence[Block], style: HtmlStyle) -> str:
    """Given parsed export blocks, return the HTML document in the style."""
    body = [f"<p>{html.escape(b, quote=False)}</p>" if isinstance(b, str) else _table(b) for b in blocks]
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><style>" + _css(style)
            + "</style></head><body>" + "".join(body) + "</body></html>")


def render(export_path: str, pdf_path: str, style: HtmlStyle) -> None:
    """Render one text export as a PDF through WeasyPrint."""
    from weasyprint import HTML

    with open(export_path, encoding="utf-8-sig") as f:
        blocks = parse_export(f.read())
    HTML(string=export_to_html(blocks, style)).write_pdf(pdf_path)


HTML_STYLES = {
    "html_borderless": HtmlStyle("html_borderless", font="Noto Sans CJK JP", rules="none"),
    "html_colrules": HtmlStyle("html_colrules", font="VL PGothic", rules="columns"),
    "html_landscape": HtmlStyle("html_landscape", font="Noto Sans CJK JP", rules="none", landscape=True),
    "html_narrow": HtmlStyle("html_narrow", font="VL Gothic", rules="none", table_width="80%", break_all=True),
}
