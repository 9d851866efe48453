"""Page triage: from a page's objects, before any table building, whether it can hold a table.

A page holds no table when it draws no rule (no line, rect or curve that could edge a cell)
and no text line has a column-wide gap (the start of a borderless table's columns). Such a
prose page is read as text lines only; every other page goes through the table builders.
The test is one-sided: a page it calls prose gives the same PageContent either way.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from pdfplumber.page import Page

from extract.pdf import pdfplumber_adapter as plumber
from extract.pdf.grid import PageContent, RawLine

Obj = dict[str, Any]

RULE_KINDS = ("line", "rect", "curve")  # path objects that may edge a cell
COL_GAP_EM = plumber.COL_GAP_EM  # the gap (share of the font size) the borderless builder splits columns at
BUCKET_PT = 4.0  # height of the bands chars are filed in to find their right-hand neighbours


def can_hold_table(objects: dict[str, list[Obj]]) -> bool:
    """True when a page draws a rule or sets text with a column-wide gap on a line."""
    if any(objects.get(kind) for kind in RULE_KINDS):
        return True
    chars = [ch for ch in objects.get("char", ()) if ch["text"].strip()]
    return any(not ch["upright"] for ch in chars) or has_column_gap(chars)


def has_column_gap(chars: Sequence[Obj]) -> bool:
    """True when some char's nearest neighbour to the right on its line (a char whose middle
    lies within its height) starts COL_GAP_EM of the size or more after it."""
    bands: dict[int, list[tuple[float, float, float, int]]] = {}  # (x0, x1, middle, index) by band, by x0
    for k, ch in enumerate(chars):
        mid = (ch["top"] + ch["bottom"]) / 2
        bands.setdefault(int(mid // BUCKET_PT), []).append((ch["x0"], ch["x1"], mid, k))
    for band in bands.values():
        band.sort()
    starts = {b: [o[0] for o in band] for b, band in bands.items()}
    for k, ch in enumerate(chars):
        right = [x for b in range(int(ch["top"] // BUCKET_PT), int(ch["bottom"] // BUCKET_PT) + 1)
                 if (x := _first_right(bands.get(b, []), starts.get(b, []), ch, k)) is not None]
        if right and min(right) - ch["x1"] >= COL_GAP_EM * max(1.0, float(ch["size"] or 0)):
            return True
    return False


def _first_right(band: Sequence[tuple[float, float, float, int]], starts: Sequence[float], ch: Obj, k: int) -> float | None:
    """The least x0 in a band (sorted by x0) of a char other than chars[k] whose middle lies within
    ch's height, starting at or after ch's x0 and ending after its x1."""
    for x0, x1, mid, j in band[bisect_left(starts, ch["x0"]):]:
        if j != k and x1 > ch["x1"] and ch["top"] <= mid <= ch["bottom"]:
            return x0
    return None


def read_text_page(shell: Page, page_no: int) -> PageContent:
    """A prose page as read_page reads it when it finds no table: text lines and page issues."""
    deduped = plumber._deduped(shell)
    n_cid = sum(1 for ch in deduped.chars if plumber._is_cid(ch))
    page = deduped.filter(lambda o: not (o.get("object_type") == "char" and plumber._is_cid(o))) if n_cid else deduped
    lines, vertical, turned = plumber._text_lines(page)
    raw = [RawLine(ln["text"], plumber._bbox(ln), page_no) for ln in [*lines, *turned]]
    issues = plumber._page_issues(page, page_no, n_cid, vertical)
    return PageContent(page_no, float(page.width), float(page.height), (), tuple(raw), tuple(issues),
                       int(shell.rotation or 0))
