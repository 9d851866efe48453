"""A group header over its sub-headers inside one stack of lines, parted over them.

A browser centres each header cell's lines in its row: beside a sub-header wrapped in two lines set
solid, the sub-headers set on one line stand between those two lines, and the group header above
them all overlaps each (財源内訳（当初予算） / (単位 円) over 地 方 債 beside その他（繰入 / 金・諸収入）,
corpus seed 849 budget_main_projects in chromium_borderless, dev7 wordings). Read as one block, the
sub-headers' lines interleave. The lines below the header part into columns no glyph of one
overlaps another's: each such column is one sub-header, read down its own lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Char = dict[str, Any]
Group = Sequence[Char]  # chars set side by side with no column gap between them, left to right
Lines = tuple[tuple[Char, ...], ...]  # a text's lines, top to bottom, each left to right

LEVEL_TOL_EM = 0.2  # sub-headers whose tops, middles or bottoms lie this share of the glyph size apart or nearer are set level
HEAD_GAP_EM = 0.4  # a header set this share of the glyph size farther above one sub-header than its lines are apart heads it


@dataclass(frozen=True, slots=True)
class HeadedStack:
    """A group header (its lines) over sub-headers side by side (each its lines), left to right."""

    heading: Lines
    cells: tuple[Lines, ...]


def headed_cells(lines: Sequence[Sequence[Group]]) -> HeadedStack | None:
    """Given a stack's lines (top to bottom, each its groups left to right), the header and the
    sub-headers under it: the fewest top lines, each one group, below which the lines part into
    two or more columns (columns_of) set level as cells of one row are (is_level: the header's
    second line, (単位 円) over その他（繰入 alone, would lift that column half a line), or into one
    set apart from them (is_set_apart); None when no top lines so part the rest."""
    for k in range(1, len(lines)):
        if len(lines[k - 1]) != 1:
            return None
        cells = columns_of(lines[k:])
        heading = tuple(tuple(line[0]) for line in lines[:k])
        if (len(cells) >= 2 and is_level(cells)) or (len(cells) == 1 and is_set_apart(heading, cells[0])):
            return HeadedStack(heading, cells)
    return None


def is_set_apart(heading: Lines, cell: Lines) -> bool:
    """True when a cell's lines (two or more) are set nearer to one another than to the lines above
    them by HEAD_GAP_EM of the glyph size or more: a header over one sub-header, the gap between
    their rows (padding and spacing) wider than the sub-header's leading (財源内訳 over その他特定 /
    財源 set solid), not one text wrapped evenly."""
    if len(cell) < 2:
        return False
    size = max(float(c.get("size") or 0) for ln in (*heading, *cell) for c in ln)
    gaps = [min(map(_top, b)) - max(map(_bottom, a)) for a, b in zip(cell, cell[1:])]
    return min(map(_top, cell[0])) - max(map(_bottom, heading[-1])) >= max(gaps) + HEAD_GAP_EM * size


def _top(ch: Char) -> float:
    return float(ch["top"])


def _bottom(ch: Char) -> float:
    return float(ch["bottom"])


def is_level(cells: Sequence[Lines]) -> bool:
    """True when cells (each its lines) are set level as the cells of one row: their tops, their
    middles or their bottoms all lie within LEVEL_TOL_EM of the glyph size of one another."""
    boxes = [(min(_top(c) for ln in cell for c in ln), max(_bottom(c) for ln in cell for c in ln)) for cell in cells]
    tol = LEVEL_TOL_EM * max(float(c.get("size") or 0) for cell in cells for ln in cell for c in ln)
    edges = ([t for t, _ in boxes], [(t + b) / 2 for t, b in boxes], [b for _, b in boxes])
    return any(max(e) - min(e) <= tol for e in edges)


def columns_of(lines: Sequence[Sequence[Group]]) -> tuple[Lines, ...]:
    """The groups of lines (top to bottom) in columns, left to right: groups whose x-ranges overlap,
    on any lines, chain into one column, read down its own lines."""
    placed = sorted(((float(g[0]["x0"]), k, g) for k, line in enumerate(lines) for g in line), key=lambda t: t[0])
    columns: list[list[tuple[int, Group]]] = []
    right = 0.0
    for x0, k, group in placed:
        if columns and x0 < right:
            columns[-1].append((k, group))
            right = max(right, max(float(c["x1"]) for c in group))
        else:
            columns.append([(k, group)])
            right = max(float(c["x1"]) for c in group)
    return tuple(_down(column) for column in columns)


def _down(column: Sequence[tuple[int, Group]]) -> Lines:
    """A column's groups (each with its line's index) as its lines, top to bottom."""
    return tuple(tuple(sorted((ch for k2, g in column if k2 == k for ch in g), key=lambda c: float(c["x0"])))
                 for k in sorted({k for k, _ in column}))
