"""How many levels a table's header rows make: a header cell's next lines add none.

A header cell of several lines the engine did not wrap (its author broke it: 地域の魅力を発信する /
イベントへの参加者数 / （人）) shows no wrap from which to read its leading, so each of its lines reads as a
row; beside the group header over it (達成値) a header of two levels reads as four rows. A row each of
whose segments stands under a segment of the row above, within WRAP_GAP_MAX_EM of its height below it,
runs that row on: it adds lines to the level above it, not a level. Read per level, the header is as deep
as its cells are, whatever their lines.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf.grid import ALIGN_TOL_PT, Segment, SegLine
from extract.pdf.pieces import WRAP_GAP_MAX_EM


def header_levels(rows: Sequence[Sequence[SegLine]]) -> int:
    """The levels the rows make, a row that runs on the row above (runs_on) making none."""
    return sum(1 for k, row in enumerate(rows) if k == 0 or not runs_on(row, rows[k - 1]))


def runs_on(row: Sequence[SegLine], above: Sequence[SegLine]) -> bool:
    """True when every segment of row stands under a segment of the lines above, overlapping it
    across, its top at most WRAP_GAP_MAX_EM of its height below that segment's bottom."""
    segments = [s for ln in row for s in ln.segments]
    return bool(segments) and all(any(_under(s, t) for ln in above for t in ln.segments) for s in segments)


def _under(seg: Segment, top: Segment) -> bool:
    """True when seg stands under top as a cell's next line: from its left edge (within ALIGN_TOL_PT)
    or its middle within top's extent, its top at most WRAP_GAP_MAX_EM of its height below top's
    bottom. A line whose middle passes the line above is no next line of it (set 40 pt right of it)."""
    (a0, _, a2, a3), (b0, b1, b2, b3) = top.bbox, seg.bbox
    return (abs(a0 - b0) <= ALIGN_TOL_PT or a0 <= (b0 + b2) / 2 <= a2) and 0 <= b1 - a3 <= WRAP_GAP_MAX_EM * (b3 - b1)
