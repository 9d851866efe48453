"""Stitch tables that continue from the bottom of one page to the top of the next.

A continuation has the same column count and column rules (within COL_TOL_PT); only page
furniture (page numbers, running heads in the top/bottom MARGIN_SHARE of the page) may sit
between the two parts. A repeated header row on the continuation is dropped; every cell
keeps its own page and bbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.pdf.borderless import build_table
from extract.pdf.grid import MARGIN_SHARE, PageContent, RawCell, RawLine, RawTable
from extract.pdf.textjoin import cell_text, is_numeric_line

Item = RawTable | RawLine

COL_TOL_PT = 3.0


def page_items(page: PageContent) -> list[Item]:
    """Return a page's tables and lines in reading order (by top, then left)."""
    items: list[Item] = [*page.tables, *page.lines]
    return sorted(items, key=lambda it: (round(it.bbox[1], 1), it.bbox[0]))


def _is_margin(item: Item, height: float) -> bool:
    if isinstance(item, RawTable):
        return False
    return item.bbox[3] <= height * MARGIN_SHARE or item.bbox[1] >= height * (1 - MARGIN_SHARE)


def _same_columns(a: RawTable, b: RawTable) -> bool:
    if a.lines and b.lines:
        return _rebuilt(a, b) is not None
    if a.n_cols != b.n_cols or a.n_cols == 0:
        return False
    if len(a.col_edges) != len(b.col_edges):
        return True  # engines without edges: column count must do
    return all(abs(x - y) <= COL_TOL_PT for x, y in zip(a.col_edges, b.col_edges))


def _row_key(row: Sequence[RawCell]) -> tuple[str, ...]:
    return tuple(cell_text(c.raw) for c in row)


def _rebuilt(head: RawTable, tail: RawTable) -> RawTable | None:
    """A borderless table read again from both parts' lines, when its columns hold across the break."""
    lines = head.lines + tail.lines
    table, used = build_table(lines, small_ok=True)
    if table is None or used != len(lines) or _n_filled(table) < _n_filled(head) + _n_filled(tail):
        return None  # columns that do not hold across the break would merge cells
    first = _row_key(table.rows[0])
    rows = [row for i, row in enumerate(table.rows)
            if i == 0 or _row_key(row) != first or row[0].page == table.rows[i - 1][0].page]
    return replace(table, rows=tuple(rows), fragment=False)


def _n_filled(table: RawTable) -> int:
    return sum(1 for row in table.rows for c in row if c.raw.strip())


def merge_tables(head: RawTable, tail: RawTable) -> RawTable:
    """Append tail's rows to head, dropping tail's first row when it repeats head's header."""
    if head.lines and tail.lines and (rebuilt := _rebuilt(head, tail)) is not None:
        return rebuilt
    rows = tail.rows
    if rows and head.rows and _row_key(rows[0]) == _row_key(head.rows[0]):
        rows = rows[1:]
    body = head.rows
    if rows and body and _is_split_row(body[-1], rows[0], len(body) == 1):
        body = body[:-1] + (_join_rows(body[-1], rows[0]),)
        rows = rows[1:]
    return RawTable(head.page, head.bbox, body + rows, head.engine, head.score, head.col_edges)


def _filled(row: Sequence[RawCell]) -> set[int]:
    return {j for j, c in enumerate(row) if c.raw.strip()}


def _is_split_row(last: Sequence[RawCell], first: Sequence[RawCell], only_header: bool) -> bool:
    """True when `first` holds only the overflow of a row the page break cut in two.

    LibreOffice/Word split a tall row at the page foot: the continuation repeats no key
    (first column empty) and fills only a few of the columns the cut row filled (sample 000
    p5-6). A row of a row-spanned group (sample 002 p5-6) fills most of them: not a split,
    unless the cut row is the table's only row, a header cut at the foot (sample 001 p10-11).
    """
    a, b = _filled(last), _filled(first)
    if not b or 0 in b or 0 not in a or not b < a:
        return False
    if only_header:
        return not any(is_numeric_line(first[j].raw) for j in b)
    return len(b) * 2 <= len(a)


def _join_rows(last: Sequence[RawCell], first: Sequence[RawCell]) -> tuple[RawCell, ...]:
    """Append the overflow text to the cut row's cells (bbox stays the first part's)."""
    return tuple(
        replace(a, raw=f"{a.raw}\n{b.raw}", continued=True) if b.raw.strip() else a for a, b in zip(last, first)
    ) + tuple(last[len(first):])


def _last_table(items: Sequence[Item], height: float) -> int | None:
    """Index of the table that ends the page body, if the page body ends with a table."""
    body = [i for i, it in enumerate(items) if not _is_margin(it, height)]
    if body and isinstance(items[body[-1]], RawTable):
        return body[-1]
    return None


def _first_table(items: Sequence[Item], height: float) -> int | None:
    body = [i for i, it in enumerate(items) if not _is_margin(it, height)]
    if body and isinstance(items[body[0]], RawTable):
        return body[0]
    return None


def stitch(pages: Sequence[PageContent]) -> list[Item]:
    """Return all items of the pages in reading order, continuation tables merged."""
    out: list[Item] = []
    carry: int | None = None  # index in `out` of the table that ended the previous page
    carry_page = -1
    for page in pages:
        items = page_items(page)
        first, last = _first_table(items, page.height), _last_table(items, page.height)
        placed: dict[int, int] = {}
        for i, it in enumerate(items):
            head = out[carry] if carry is not None and carry_page == page.page - 1 else None
            if i == first and isinstance(head, RawTable) and isinstance(it, RawTable) and _same_columns(head, it):
                out[carry] = merge_tables(head, it)  # type: ignore[index]
                placed[i] = carry  # type: ignore[assignment]
                continue
            out.append(it)
            placed[i] = len(out) - 1
        carry = placed[last] if last is not None else None
        carry_page = page.page
    return [line for it in out for line in _unfragment(it)]


def _unfragment(item: Item) -> list[Item]:
    """A fragment no neighbouring page continued is text again: its lines, as read."""
    if not isinstance(item, RawTable) or not item.fragment:
        return [item]
    return [RawLine(ln.text, ln.bbox, ln.page) for ln in item.lines]
