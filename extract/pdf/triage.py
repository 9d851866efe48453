"""Page triage: from a page's objects, before any table building, whether it can hold a table.

A page holds no table when it draws no rule that could edge a cell's side (a vertical
stroke: the ruled builder needs vertical and horizontal edges to close a cell, and only
vertical edges split a line's text; underlines, horizontal rules and shaded bands do neither)
and fewer than MIN_GAP_LINES text lines have a column-wide gap (the borderless builder needs
two lines of two or more segments; one line with a gap is a heading or a right-aligned date).
A lone gap line still counts when it may stand as a table fragment: when no body text lies
below it or none above it (a table's head or foot across a page break). Such a prose page is
read as text lines only; every other page goes through the table builders.
The test is one-sided: a page it calls prose gives the same PageContent either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from pdfplumber.page import Page

from extract.pdf import pdfplumber_adapter as plumber
from extract.pdf.grid import MARGIN_SHARE, PageContent, RawLine

Obj = dict[str, Any]

RULE_KINDS = ("line", "rect", "curve")  # path objects that may edge a cell
MIN_GAP_LINES = 2  # text lines with a column-wide gap a borderless table needs (lines, not counting a fragment's)
COL_GAP_EM = plumber.COL_GAP_EM  # the gap (share of the font size) the borderless builder splits columns at


def can_hold_table(objects: dict[str, list[Obj]], height: float | None = None) -> bool:
    """True when a page (height in pt; None: unknown, every gap line may be a fragment) draws a
    vertical rule, sets turned text, or sets text with a column-wide gap on MIN_GAP_LINES lines
    (or on one line a table fragment may stand on)."""
    if any(is_side_rule(kind, obj) for kind in RULE_KINDS for obj in objects.get(kind, ())):
        return True
    chars = [ch for ch in objects.get("char", ()) if ch["text"].strip()]
    if any(not ch["upright"] for ch in chars):
        return True
    gaps = column_gap_lines(chars, MIN_GAP_LINES)
    if len(gaps) >= MIN_GAP_LINES:
        return True
    return any(height is None or _may_be_fragment(g, chars, height) for g in gaps)


def is_side_rule(kind: str, obj: Obj) -> bool:
    """True for a path of kind line, rect or curve that pdfplumber gives a vertical edge (a cell's
    side, a column rule): a rect other than a shaded band, a line that is not level, a curve with
    a vertical step (one without its geometry counts)."""
    if kind == "rect":
        return plumber._is_not_shading({**obj, "object_type": "rect"})
    if kind == "line":
        return "top" not in obj or obj["top"] != obj["bottom"]
    pts = obj.get("pts")
    return pts is None or any(a[0] == b[0] for a, b in zip(pts, pts[1:]))


def _may_be_fragment(line: tuple[float, float], chars: Sequence[Obj], height: float) -> bool:
    """True when no body char (outside the page's margin bands) lies wholly below the line, or
    none wholly above it: the line may stand as a table fragment at a page's foot or head."""
    body = [ch for ch in chars if not (ch["bottom"] <= height * MARGIN_SHARE or ch["top"] >= height * (1 - MARGIN_SHARE))]
    return not any(ch["top"] > line[1] for ch in body) or not any(ch["bottom"] < line[0] for ch in body)


def column_gap_lines(chars: Sequence[Obj], limit: int) -> list[tuple[float, float]]:
    """The lines (top, bottom), up to limit of them, of chars whose nearest neighbour to the right
    on their line (a char whose middle lies within its height) starts COL_GAP_EM of the size or
    more after them; a char whose middle lies within a found line's height is on that line.

    A char followed in content order by such a neighbour closer than that has no gap: only the
    others (the ends of lines, mostly) are searched, in order."""
    if not chars:
        return []
    x0, x1, top, bottom = (np.array([ch[k] for ch in chars], dtype=np.float64) for k in ("x0", "x1", "top", "bottom"))
    mid = (top + bottom) / 2
    wide = COL_GAP_EM * np.array([max(1.0, float(ch["size"] or 0)) for ch in chars])
    closed = ((top[:-1] <= mid[1:]) & (mid[1:] <= bottom[:-1]) & (x0[1:] >= x0[:-1]) & (x1[1:] > x1[:-1])
              & (x0[1:] - x1[:-1] < wide[:-1]))
    lines: list[tuple[float, float]] = []
    for k in np.flatnonzero(~np.append(closed, False)).tolist():
        if any(t <= mid[k] <= b for t, b in lines):
            continue
        right = (top[k] <= mid) & (mid <= bottom[k]) & (x0 >= x0[k]) & (x1 > x1[k])
        right[k] = False
        if right.any() and x0[right].min() - x1[k] >= wide[k]:
            lines.append((chars[k]["top"], chars[k]["bottom"]))
            if len(lines) >= limit:
                break
    return lines


def read_text_page(shell: Page, page_no: int) -> PageContent:
    """A prose page as read_page reads it when it finds no table: text lines and page issues."""
    deduped = plumber._deduped(shell)
    page, n_cid = plumber._without_cid(deduped)
    lines, vertical, turned = plumber._text_lines(page)
    raw = [RawLine(ln["text"], plumber._bbox(ln), page_no) for ln in [*lines, *turned]]
    issues = plumber._page_issues(page, page_no, n_cid, vertical)
    return PageContent(page_no, float(page.width), float(page.height), (), tuple(raw), tuple(issues),
                       int(shell.rotation or 0))
