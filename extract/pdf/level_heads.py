"""A header row holding a group header over sub-headers set level below it: two header rows.

An engine padding its rows less than it leads a cell's lines sets a group header's last line and
its sub-headers' row closer than two lines of one cell: a reader grouping lines by the gaps between
them takes the sub-headers into the header's row, and the sub-header under the group header's
middle into its cell (事業費見込額 / （円） over R4 | R5 | R6 | R7 | R8, R6 read as the cell's third
line, corpus seed 970 budget_plan_years in typst_borderless). The page shows the two rows: the
sub-headers stand level with one another, below the row's top, and one cell's line stands level
with them under lines set at the row's top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.pdf.grid import BBox, RawCell, union_bbox
from extract.pdf.header_spans import EDGE_ALIGN_EM


def split_level_sub_headers(rows: Sequence[tuple[RawCell, ...]], header_rows: int) -> list[tuple[RawCell, ...]]:
    """The rows, each of the first header_rows rows holding sub-headers set level below its top
    (_level_split) parted into the row of its top lines and the row of the sub-headers, and then
    a header cell's last lines set level with the sub-headers of the header row under it moved
    down into that row (_lowered)."""
    out: list[tuple[RawCell, ...]] = []
    for r, row in enumerate(rows):
        split = _level_split(row) if r < header_rows else None
        out += list(split) if split else [tuple(row)]
    head = header_rows + len(out) - len(rows)
    for r in range(1, head):
        out[r - 1], out[r] = _lowered(out[r - 1], out[r])
    return out


def _lowered(upper: tuple[RawCell, ...], lower: tuple[RawCell, ...]) -> tuple[tuple[RawCell, ...], tuple[RawCell, ...]]:
    """The two header rows, each cell of the upper whose lines from its second on start level with
    the nearest sub-headers of the lower row on both sides of it and end level with them (within
    EDGE_ALIGN_EM of a line's height), its own column blank in the lower row, parted there: those
    lines go down into the lower row (計画目標値 / 2024 over the years 2025 | … | 2022, 2024 level
    with 2025 and 2023 beside it, corpus seed 970 kpi_year_matrix in typst_borderless)."""
    up, low = list(upper), list(lower)
    for k, cell in enumerate(upper):
        if k >= len(lower) or lower[k].raw.strip() or len(_lines(cell)) != len(cell.raw.split("\n")):
            continue
        left = next((lower[j] for j in range(k - 1, -1, -1) if lower[j].raw.strip()), None)
        right = next((lower[j] for j in range(k + 1, len(lower)) if lower[j].raw.strip()), None)
        if left is None or right is None:
            continue
        tol = EDGE_ALIGN_EM * (_lines(left)[0][3] - _lines(left)[0][1])
        cut = next((j for j, b in enumerate(_lines(cell)) if j and all(
            abs(b[1] - _lines(c)[0][1]) <= tol and abs(_lines(cell)[-1][3] - _lines(c)[-1][3]) <= tol for c in (left, right))), None)
        if cut is not None:
            up[k], low[k] = _lines_of(cell, 0, cut), _lines_of(cell, cut, None)
    return tuple(up), tuple(low)


def _level_split(row: Sequence[RawCell]) -> tuple[tuple[RawCell, ...], tuple[RawCell, ...]] | None:
    """The row's top lines and its sub-headers as two rows, where cells start level with one
    another (within EDGE_ALIGN_EM of a line's height) a line or more below the row's top and end
    level, and a cell starting at the top, between two of them, holds
    a line level with their tops under its first, its last line ending level with their bottoms:
    that cell's lines from there go down with the sub-headers; else None. A group header stands
    over sub-headers on both sides of the one under its middle, which is set as they are; a cell
    wrapped beside labels centred down the row has them on one side (No. | 担当課 | 事業概要
    beside 予算額 / 単位：千円, corpus seed 503 budget_main_projects in chromium_borderless) or its
    lines reach below theirs (No. | 事業 … 比較 beside 2024年度 / 予算計上額（千円）, the second line
    wrapped, corpus seed 702 in pdf_borderless)."""
    filled = [k for k, c in enumerate(row) if c.raw.strip() and len(_lines(c)) == len(c.raw.split("\n"))]
    if not filled:
        return None
    top = min(_lines(row[k])[0][1] for k in filled)
    height = min(b[3] - b[1] for k in filled for b in _lines(row[k]))
    late = [k for k in filled if _lines(row[k])[0][1] - top >= height]
    if not late:
        return None
    level = min(_lines(row[k])[0][1] for k in late)
    tol = EDGE_ALIGN_EM * height
    bottom = max(_lines(row[k])[-1][3] for k in late)
    if any(abs(_lines(row[k])[0][1] - level) > tol or abs(_lines(row[k])[-1][3] - bottom) > tol for k in late):
        return None
    cuts = {k: j for k in filled if k not in late and min(late) < k < max(late) and abs(_lines(row[k])[-1][3] - bottom) <= tol
            for j, b in enumerate(_lines(row[k])) if j and abs(b[1] - level) <= tol}
    if not cuts:
        return None
    upper = [c if k not in late else _blank(c) for k, c in enumerate(row)]
    lower = [c if k in late else _blank(c) for k, c in enumerate(row)]
    for k, j in cuts.items():
        upper[k], lower[k] = _lines_of(row[k], 0, j), _lines_of(row[k], j, None)
    return tuple(upper), tuple(lower)


def _lines(cell: RawCell) -> tuple[BBox, ...]:
    return cell.line_bboxes or (cell.bbox,)


def _lines_of(cell: RawCell, start: int, end: int | None) -> RawCell:
    """A cell of the cell's lines start:end."""
    texts, boxes = cell.raw.split("\n")[start:end], _lines(cell)[start:end]
    return replace(cell, raw="\n".join(texts), bbox=union_bbox(boxes), line_bboxes=tuple(boxes))


def _blank(cell: RawCell) -> RawCell:
    return replace(cell, raw="", line_bboxes=())
