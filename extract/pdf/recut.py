"""Read a document's borderless tables again where its engine is seen to cut numbers.

One layout engine sets a whole document: when a table shows it cutting numbers at its column's
width (a cut whose shape proves it, 2,01 over 8: extract.pdf.cuts), a full line of digits
continued by digits in another table of the document (202 over 0年度, 46 over 6) is the same
engine's cut, though that table holds no number its shape would prove.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.pdf.borderless import build_table
from extract.pdf.grid import PageContent, RawTable

EDGE_MATCH_TOL_PT = 1.5  # a table read again keeps its columns: each boundary within this of the old


def recut_pages(pages: Sequence[PageContent]) -> list[PageContent]:
    """The pages with each borderless table holding an unproved cut read again as set by an
    engine that cuts numbers, when some table of the document shows its engine does."""
    if not any(t.cuts_numbers for p in pages for t in p.tables):
        return list(pages)
    return [replace(p, tables=tuple(recut(t) for t in p.tables)) if any(_doubtful(t) for t in p.tables) else p
            for p in pages]


def _doubtful(table: RawTable) -> bool:
    return table.cut_doubt and not table.cuts_numbers and bool(table.lines)


def recut(table: RawTable) -> RawTable:
    """The table read again from its lines with numbers cut over lines joined, when that keeps
    its rows and columns (only cell texts change); else the table as it was."""
    if not _doubtful(table):
        return table
    again, used = build_table(table.lines, small_ok=True, cuts_numbers=True)
    if again is None or used != len(table.lines) or len(again.rows) != len(table.rows) or \
            not _same_edges(again.col_edges, table.col_edges):
        return table
    return replace(again, fragment=table.fragment, score=table.score)


def _same_edges(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= EDGE_MATCH_TOL_PT for x, y in zip(a, b))
