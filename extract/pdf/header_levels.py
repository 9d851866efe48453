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

from extract.pdf.grid import Segment, SegLine
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
    overlap = min(seg.bbox[2], top.bbox[2]) - max(seg.bbox[0], top.bbox[0])
    gap = seg.bbox[1] - top.bbox[3]
    return overlap > 0 and 0 <= gap <= WRAP_GAP_MAX_EM * (seg.bbox[3] - seg.bbox[1])
