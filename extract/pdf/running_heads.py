"""A page's running head told from the header of the table under it.

A running head (令和7年度 第1回 推進会議資料) stands at one place atop several pages. Where it opens a
page as a line of its own, it is furniture; where the engine set a table right under it, a line
apart by no more than a row's gap, the page's reader took it into the table as its first row,
its words spread over the columns below (corpus seed 818 kpi_year_matrix in writer_borderless:
令和7年度 | 第1回 | 推進会議資料 over 項目 | 現況値 | 実績 | 目標値（最終年度）). Pages are read one by one;
only the document shows the line is the page's, not the table's: the same text (blanks and digits
aside, as extract.furniture reads furniture) opening another page at the same place, a line
there. The table is read again from its other lines, the head a line again.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.furniture import furniture_key
from extract.pdf.borderless import build_table
from extract.pdf.grid import MARGIN_SHARE, PageContent, RawLine, RawTable, SegLine

HEAD_TOP_TOL_EM = 0.5  # a running head stands at one top on every page: within this share of its line's height


def without_running_heads(pages: Sequence[PageContent]) -> list[PageContent]:
    """The pages, each table whose first line is a running head (_is_running_head) read again
    without it, the head a line of its page."""
    opening = [_opening_line(p) for p in pages]
    out = []
    for k, page in enumerate(pages):
        others = [ln for j, ln in enumerate(opening) if j != k and ln is not None]
        out.append(_unheaded(page, others) if others else page)
    return out


def _opening_line(page: PageContent) -> RawLine | None:
    """The line opening the page, above everything else of it, in its top margin band; or None."""
    first = min(page.lines, key=lambda ln: ln.bbox[1], default=None)
    return first if first is not None and _opens_page(first, page) else None


def _unheaded(page: PageContent, heads: Sequence[RawLine]) -> PageContent:
    tables, lines = [], list(page.lines)
    for table in page.tables:
        again = _without_head(table, page, heads)
        if again is None:
            tables.append(table)
            continue
        tables.append(again)
        head = table.lines[0]
        lines.append(RawLine(head.text, head.bbox, page.page))
    if len(lines) == len(page.lines):
        return page
    return replace(page, tables=tuple(tables), lines=tuple(sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))))


def _without_head(table: RawTable, page: PageContent, heads: Sequence[RawLine]) -> RawTable | None:
    """The table read again from its lines but the first, when that line is a running head: it
    opens the page in its top margin band and another page opens with the same text at the same
    top (HEAD_TOP_TOL_EM), a line there; None when it is not, or the rest reads as no table."""
    if len(table.lines) < 2 or not _opens_page(table.lines[0], page) or \
            not any(is_running_head(table.lines[0], head) for head in heads):
        return None
    again, used = build_table(table.lines[1:], small_ok=True, cuts_numbers=table.cuts_numbers)
    return again if again is not None and used == len(table.lines) - 1 else None


def _opens_page(line: SegLine | RawLine, page: PageContent) -> bool:
    """True when a line stands above every line and table of its page, in its top margin band."""
    tops = [t.bbox[1] for t in page.tables] + [ln.bbox[1] for ln in page.lines]
    return line.bbox[3] <= page.height * MARGIN_SHARE and line.bbox[1] <= min(tops, default=line.bbox[1])


def is_running_head(line: SegLine, head: RawLine) -> bool:
    """True when a table's line reads as the line opening another page (blanks and digits aside:
    a head may number its pages) and stands at its top, within HEAD_TOP_TOL_EM of its height."""
    height = line.bbox[3] - line.bbox[1]
    return _key(line.text) == _key(head.raw) and bool(_key(head.raw)) and \
        abs(line.bbox[1] - head.bbox[1]) <= HEAD_TOP_TOL_EM * height


def _key(text: str) -> str:
    """The text as furniture is compared (furniture.furniture_key), without its blanks: the same line read
    as a table's, its words parted into columns (令和7年度 | 第1回 | 推進会議資料), and as a page's line may
    be joined with other blanks."""
    return furniture_key("".join(text.split()))
