"""Find tables drawn without rules from the alignment of text segments on lines.

A segment is a run of chars on one line with no gap wider than a column gap. Runs of at
least MIN_ROWS consecutive lines with two or more segments whose x-projections fall into
the same columns become a table (what camelot's stream flavor does, without camelot).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.model import BBox
from extract.pdf.grid import RawCell, RawTable, union_bbox

MIN_ROWS = 3
MIN_COLS = 2
LINE_GAP_FACTOR = 2.5  # a vertical gap above this many line heights ends a run
FILL_RATIO = 0.6  # share of rows that must fill at least two columns


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text on one line, separated from its neighbours by a column-wide gap."""

    text: str
    bbox: BBox


@dataclass(frozen=True, slots=True)
class SegLine:
    """One visual line split into segments."""

    segments: tuple[Segment, ...]
    bbox: BBox


def _columns(lines: Sequence[SegLine]) -> list[tuple[float, float]]:
    """Merge the x-extents of all segments into disjoint column intervals."""
    spans = sorted((s.bbox[0], s.bbox[2]) for ln in lines for s in ln.segments)
    cols: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1] = (cols[-1][0], max(cols[-1][1], x1))
        else:
            cols.append((x0, x1))
    return cols


def _runs(lines: Sequence[SegLine]) -> list[tuple[int, int]]:
    """Return [start, end) runs of consecutive multi-segment lines close to each other."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, ln in enumerate(lines):
        ok = len(ln.segments) >= MIN_COLS
        if ok and start is not None:
            prev = lines[i - 1].bbox
            height = max(1.0, prev[3] - prev[1])
            ok = ln.bbox[1] - prev[3] <= LINE_GAP_FACTOR * height
            if not ok:
                runs.append((start, i))
                start = i if len(ln.segments) >= MIN_COLS else None
                continue
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(lines)))
    return [(s, e) for s, e in runs if e - s >= MIN_ROWS]


def _to_table(lines: Sequence[SegLine], page: int) -> RawTable | None:
    """Build a table from a run of lines, or None if its columns do not line up."""
    cols = _columns(lines)
    if len(cols) < MIN_COLS:
        return None
    filled = sum(1 for ln in lines if len(ln.segments) >= MIN_COLS)
    if filled < FILL_RATIO * len(lines):
        return None
    rows: list[tuple[RawCell, ...]] = []
    for ln in lines:
        texts: list[list[Segment]] = [[] for _ in cols]
        for seg in ln.segments:
            j = next(k for k, (a, b) in enumerate(cols) if a <= seg.bbox[0] <= b)
            texts[j].append(seg)
        row = tuple(
            RawCell(
                " ".join(s.text for s in segs),
                union_bbox(s.bbox for s in segs) if segs else (a, ln.bbox[1], b, ln.bbox[3]),
                page,
            )
            for segs, (a, b) in zip(texts, cols)
        )
        rows.append(row)
    bbox = union_bbox(ln.bbox for ln in lines)
    edges = tuple([c[0] for c in cols] + [cols[-1][1]])
    return RawTable(page, bbox, tuple(rows), "pdfplumber-text", None, edges)


def find_borderless(lines: Sequence[SegLine], page: int) -> tuple[list[RawTable], list[int]]:
    """Return the borderless tables among lines and the indices of lines they consumed."""
    tables: list[RawTable] = []
    used: list[int] = []
    for start, end in _runs(lines):
        table = _to_table(lines[start:end], page)
        if table is not None:
            tables.append(table)
            used.extend(range(start, end))
    return tables, used
