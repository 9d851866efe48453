"""Turn a bag of ruled cell rectangles into one or more rectangular grids.

Engines hand back cell rectangles; tables drawn touching each other (a 名簿 directly
above a 役職 list, sample 000 p1) come back as one table. We split where the column
rules of consecutive row bands are incomparable (neither set contains the other), which
merged header cells never cause but two different tables do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.model import BBox
from extract.pdf.grid import EDGE_TOL_PT, band_of, cluster_values, index_of

Anchor = tuple[int, int]  # (row, col) of a cell's top-left slot


@dataclass(frozen=True, slots=True)
class GridSpec:
    """Row edges, column edges and the anchored (possibly spanning) cells of one grid."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    spans: dict[Anchor, tuple[int, int]]  # anchor -> (row_span, col_span)
    owner: dict[Anchor, Anchor]  # every slot -> the anchor covering it

    @property
    def bbox(self) -> BBox:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def locate(self, x: float, y: float) -> Anchor | None:
        """Return the anchor of the cell holding point (x, y), or None when outside."""
        r, c = band_of(self.ys, y), band_of(self.xs, x)
        if r is None or c is None:
            return None
        return self.owner.get((r, c))

    def slot_bbox(self, r: int, c: int, row_span: int = 1, col_span: int = 1) -> BBox:
        """Return the bbox of a slot (or a spanning cell) in PDF points."""
        return (self.xs[c], self.ys[r], self.xs[c + col_span], self.ys[r + row_span])


def _band_edges(cells: Sequence[BBox], ys: Sequence[float], xs: Sequence[float]) -> list[frozenset[int]]:
    """For each row band, the set of column-edge indices drawn by cells covering it."""
    out: list[frozenset[int]] = []
    for top, bottom in zip(ys, ys[1:]):
        edges: set[int] = set()
        for x0, t, x1, b in cells:
            if t <= top + EDGE_TOL_PT and b >= bottom - EDGE_TOL_PT:
                edges.add(index_of(xs, x0))
                edges.add(index_of(xs, x1))
        out.append(frozenset(edges))
    return out


def _split_bands(band_edges: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """Return [start, end) band ranges; a new range starts where column rules change shape."""
    groups: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(band_edges)):
        prev, cur = band_edges[i - 1], band_edges[i]
        comparable = prev <= cur or cur <= prev
        if not cur or not prev or not comparable:
            groups.append((start, i))
            start = i
    groups.append((start, len(band_edges)))
    return [(s, e) for s, e in groups if any(band_edges[s:e])]


def _holds(outer: BBox, inner: BBox) -> bool:
    """True when inner lies within outer (to EDGE_TOL_PT) and is smaller."""
    return (outer != inner and inner[0] >= outer[0] - EDGE_TOL_PT and inner[1] >= outer[1] - EDGE_TOL_PT
            and inner[2] <= outer[2] + EDGE_TOL_PT and inner[3] <= outer[3] + EDGE_TOL_PT)


MIN_FRAMED_CELLS = 3  # cells set edge to edge in one row a rectangle must hold to be a frame


def _holds_a_row(outer: BBox, cells: Sequence[BBox]) -> bool:
    """True when outer holds MIN_FRAMED_CELLS cells of one row band set edge to edge: a table row."""
    held = sorted((c for c in cells if _holds(outer, c)), key=lambda c: c[0])
    for first in held:
        run, last = 1, first
        for c in held:
            same_band = abs(c[1] - first[1]) <= EDGE_TOL_PT and abs(c[3] - first[3]) <= EDGE_TOL_PT
            if same_band and abs(c[0] - last[2]) <= EDGE_TOL_PT:
                run, last = run + 1, c
        if run >= MIN_FRAMED_CELLS:
            return True
    return False


def without_frames(cells: Sequence[BBox]) -> list[BBox]:
    """Drop the rectangles that hold a row of cells: a frame drawn round a table (a chart's box
    round its data table) is no cell, and as one it would own the slots of the cells inside it.
    A cell holding smaller ones stacked in one column is a label over its sub-rows (款 over 項)."""
    return [c for c in cells if not _holds_a_row(c, cells)]


def _grid_for(cells: Sequence[BBox]) -> GridSpec:
    """Build one grid from the cells of one table."""
    xs = cluster_values([c[0] for c in cells] + [c[2] for c in cells])
    ys = cluster_values([c[1] for c in cells] + [c[3] for c in cells])
    spans: dict[Anchor, tuple[int, int]] = {}
    owner: dict[Anchor, Anchor] = {}
    for x0, top, x1, bottom in sorted(cells, key=lambda b: (b[1], b[0])):
        r, c = index_of(ys, top), index_of(xs, x0)
        rs = max(1, index_of(ys, bottom) - r)
        cs = max(1, index_of(xs, x1) - c)
        if (r, c) in owner:
            continue
        spans[(r, c)] = (rs, cs)
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                owner.setdefault((i, j), (r, c))
    return GridSpec(tuple(xs), tuple(ys), spans, owner)


def cells_to_grids(cells: Sequence[BBox]) -> list[GridSpec]:
    """Given the cell rectangles of one detected table, return its grid(s), top to bottom."""
    cells = without_frames(cells)
    if not cells:
        return []
    xs = cluster_values([c[0] for c in cells] + [c[2] for c in cells])
    ys = cluster_values([c[1] for c in cells] + [c[3] for c in cells])
    if len(ys) < 2 or len(xs) < 2:
        return []
    groups = _split_bands(_band_edges(cells, ys, xs))
    grids: list[GridSpec] = []
    for start, end in groups:
        top, bottom = ys[start], ys[end]
        part = [c for c in cells if top - EDGE_TOL_PT <= c[1] < bottom - EDGE_TOL_PT]
        if part:
            grids.append(_grid_for(part))
    return grids
