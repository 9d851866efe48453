"""Columns' cells rebuilt about their centred sub-headers, to tell what a group header is centred over.

An engine centring a table's header cells centres a sub-header in its column's cell and a group
header over the cells it spans, while the figures under the sub-headers stand right-aligned: the
columns' content (their sub-headers and figures) leans right in each cell, and a group header is
centred on none of the runs the content marks (直近値 over R2 | R3 beside 目標 over R4 … R8, the
figures' right edges 5 pt inside their cells, corpus seed 961 kpi_year_matrix in typst_borderless).
A cell is as wide on both sides of its centred sub-header as its content reaches on the farther
side: mirrored so, each column's cell runs from where the figures' right edge mirrors to, and a
group header's centre meets the middle of the run it spans to the point.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.grid import ALIGN_TOL_PT, Interval, RawCell


def mirrored_extents(below: Sequence[RawCell], extents: Sequence[Interval]) -> list[Interval]:
    """Each column's extent mirrored about the middle of its sub-header (the row below the group
    headers): as far on each side of it as the content reaches on the farther side. A column with
    no sub-header keeps its extent."""
    out = []
    for cell, (x0, x1) in zip(below, extents):
        if not cell.raw.strip():
            out.append((x0, x1))
            continue
        middle = (cell.bbox[0] + cell.bbox[2]) / 2
        half = max(middle - x0, x1 - middle)
        out.append((middle - half, middle + half))
    return out


def mirrored_span(row: Sequence[RawCell], below: Sequence[RawCell], col: int, mirrored: Sequence[Interval]) -> tuple[int, int]:
    """The widest run of two or more columns around col, each but col left blank in the row over a
    sub-header, whose mirrored cells' middle the header at col is centred on (within ALIGN_TOL_PT);
    (col, col) when none is."""
    first, last = open_run(row, below, col)
    spans = [(lo, hi) for lo in range(first, col + 1) for hi in range(col, last + 1)
             if hi > lo and _centred_on(row[col], (lo, hi), mirrored)]
    return max(spans, key=lambda span: span[1] - span[0], default=(col, col))


def open_run(row: Sequence[RawCell], below: Sequence[RawCell], col: int) -> tuple[int, int]:
    """The first and last columns of the run around col whose columns but col are left blank in the
    row over a sub-header (the columns a group header at col may span)."""
    def open_below(k: int) -> bool:
        return not row[k].raw.strip() and bool(below[k].raw.strip())

    first, last = col, col
    while first > 0 and open_below(first - 1):
        first -= 1
    while last + 1 < len(row) and open_below(last + 1):
        last += 1
    return first, last


def widened_by_mirrored_cells(row: Sequence[RawCell], below: Sequence[RawCell], spans: dict[int, tuple[int, int]],
                              extents: Sequence[Interval]) -> dict[int, tuple[int, int]]:
    """The group headers' spans, each header left over its own column alone, or over a run its mirrored
    cells do not centre it on (within ALIGN_TOL_PT), spanning instead the wider run around it they centre
    it on (mirrored_span), where that run overlaps no other header's span. The content's extents centre
    a header loosely (header_spans.SPAN_CENTRE_TOL): 財源内訳（千円） centred over 国県 … 一般財源 lies
    within a quarter of a column of 市債 | その他's middle too (corpus seed 922 budget_main_projects in
    writer_borderless), a third of a column off their mirrored cells' middle and on all four's to the point."""
    mirrored = mirrored_extents(below, extents)
    out = dict(spans)
    for k, (lo, hi) in spans.items():
        if (lo, hi) != (k, k) and _centred_on(row[k], (lo, hi), mirrored):
            continue
        wider = mirrored_span(row, below, k, mirrored)
        if wider != (lo, hi) and wider[0] <= lo and hi <= wider[1] and \
                not any(j != k and o[0] <= wider[1] and wider[0] <= o[1] for j, o in out.items()):
            out[k] = wider
    return out


def _centred_on(cell: RawCell, span: tuple[int, int], mirrored: Sequence[Interval]) -> bool:
    """True when cell's middle lies within ALIGN_TOL_PT of the middle of span's mirrored cells."""
    return abs((mirrored[span[0]][0] + mirrored[span[1]][1]) / 2 - (cell.bbox[0] + cell.bbox[2]) / 2) <= ALIGN_TOL_PT
