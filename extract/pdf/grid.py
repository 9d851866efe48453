"""Engine-independent intermediate records for one PDF page, and grid geometry helpers.

Adapters (pdfplumber, camelot) produce these in PDF points with a top-left origin; the
reader turns them into the shared model once table indices are known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extract.model import BBox, Issue
from normalize.numbers import value_run
from normalize.text import nfkc_safe

EDGE_TOL_PT = 1.5  # edges closer than this are the same rule
MIN_COLS = 2
ALIGN_TOL_PT = 1.5  # a line starting this close to a column's start is aligned with it
MAX_HEADER_ROWS = 3  # a header band is at most this many rows
MARGIN_SHARE = 0.08  # top/bottom band of a page holding page numbers and running heads


# a figure's sign, the full-width minus too (－1 億 8,765 万円, as 2,707 stands alone: corpus seed 800
# budget_supplementary in typst_borderless), or a dash alone
VALUE_RE = re.compile(r"[△▲+\-−―－]?[\d０-９]|[-−―—－]$")


def is_value(text: str) -> bool:
    """True for text opening with a number or a dash: 846件, 1,830件/年, -, ▲0.4%."""
    return bool(VALUE_RE.match(text.strip()))


@dataclass(frozen=True, slots=True)
class RawCell:
    """A cell as an engine found it: raw text, page (1-based) and bbox (top-left origin)."""

    raw: str
    bbox: BBox
    page: int
    row_span: int = 1
    col_span: int = 1
    continued: bool = False  # text continues from the next page (a row cut by a page break)
    line_bboxes: tuple[BBox, ...] = ()  # one per line of raw, top-left origin; () when unknown
    numbers_rejoined: bool = False  # raw's lines are cuts.cell_lines': digits it left on two lines are two values


Interval = tuple[float, float]  # x0, x1 in PDF points


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text on one line, separated from its neighbours by a column-wide gap. joints are
    the places (offset into text, x) where its glyphs' spacing breaks off from solid: two cells'
    texts may meet there with no gap (each as wide as its column), to be parted only where a
    column gap of the table lies (cells.split_at_columns). words are the x-ranges (x0, x1) of
    the words of text (parted at its spaces) where the reader measured them, else ()."""

    text: str
    bbox: BBox
    joints: tuple[tuple[int, float], ...] = ()
    words: tuple[Interval, ...] = ()

    @property
    def is_stacked(self) -> bool:
        """True for lines set one over another read as one segment (財源内訳（当初予算） over 単位): no one
        glyph advance places an x in its text."""
        return "\n" in self.text


@dataclass(frozen=True, slots=True)
class SegLine:
    """One visual line of a page split into segments (for tables drawn without rules)."""

    segments: tuple[Segment, ...]
    bbox: BBox
    page: int = 0
    text: str = ""  # the line's text as the engine joined it

    @property
    def is_multi(self) -> bool:
        return len(self.segments) >= MIN_COLS

    @property
    def spans(self) -> list[Interval]:
        """The x-range of each segment, left to right."""
        return [(s.bbox[0], s.bbox[2]) for s in self.segments]


@dataclass(frozen=True, slots=True)
class RawTable:
    """A grid of RawCells found on one page (or stitched across pages)."""

    page: int
    bbox: BBox
    rows: tuple[tuple[RawCell, ...], ...]
    engine: str
    score: float | None = None
    col_edges: tuple[float, ...] = ()  # x of the column boundaries, for stitching
    lines: tuple[SegLine, ...] = ()  # a borderless table's lines, to rebuild it when stitched
    fragment: bool = False  # too small to be a table unless a neighbouring page continues it
    cuts_numbers: bool = False  # its cells were read as set by an engine that cuts numbers over lines (extract.pdf.cuts)
    cut_doubt: bool = False  # a cell holds a cut between digits its shape did not prove

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass(frozen=True, slots=True)
class RawLine:
    """A visual line of running text outside tables."""

    raw: str
    bbox: BBox
    page: int


@dataclass(frozen=True, slots=True)
class PageContent:
    """Everything read from one page, before tables get document-wide indices."""

    page: int
    width: float
    height: float
    tables: tuple[RawTable, ...] = ()
    lines: tuple[RawLine, ...] = ()
    issues: tuple[Issue, ...] = field(default=())
    rotation: int = 0  # the page's /Rotate; pdfplumber already presents it upright


def cluster_values(values: Iterable[float], tol: float = EDGE_TOL_PT) -> list[float]:
    """Given coordinates, return them merged into sorted representatives `tol` apart."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def index_of(edges: Sequence[float], v: float, tol: float = EDGE_TOL_PT) -> int:
    """Return the index of the edge nearest to v (edges sorted); v is known to be on one."""
    i = bisect_right(edges, v + tol) - 1
    return max(0, min(i, len(edges) - 1))


def band_of(edges: Sequence[float], v: float) -> int | None:
    """Return the band index i with edges[i] <= v < edges[i+1], or None when outside."""
    if not edges or v < edges[0] or v >= edges[-1]:
        return None
    return bisect_right(edges, v) - 1


def parted_at(seg: Segment, cuts: Sequence[tuple[int, float]]) -> list[Segment]:
    """The non-blank parts of a segment cut at the places given (offset into its text, x): each part
    spans from the cut before it to the one after it, the segment's ends outermost."""
    x0, top, x1, bottom = seg.bbox
    out, start, left = [], 0, x0
    for i, x in [*cuts, (len(seg.text), x1)]:
        if text := seg.text[start:i].strip():
            out.append(Segment(text, (left, top, x, bottom)))
        start, left = i, x
    return out


def union_bbox(boxes: Iterable[BBox]) -> BBox:
    """Return the smallest bbox holding all boxes."""
    bs = list(boxes)
    return (
        min(b[0] for b in bs),
        min(b[1] for b in bs),
        max(b[2] for b in bs),
        max(b[3] for b in bs),
    )


def bbox_contains_point(bbox: BBox, x: float, y: float) -> bool:
    """True when (x, y) lies inside bbox (inclusive)."""
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def table_score(table: RawTable) -> float:
    """Quality in [0, 1]: share of non-empty cells, blended with a penalty for tiny grids.

    Used to choose between engines; a 1x1 "table", a grid of mostly empty slots or one whose
    cells hold several values side by side scores low.
    """
    cells = [c for row in table.rows for c in row]
    if not cells:
        return 0.0
    filled = sum(1 for c in cells if c.raw.strip()) / len(cells)
    shape = min(1.0, (len(table.rows) - 1) / 2) * min(1.0, (table.n_cols - 1) / 1)
    multi = sum(1 for c in cells if c.raw.count("\n") >= 3) / len(cells)
    glued = sum(1 for c in cells if holds_values_side_by_side(c.raw)) / len(cells)
    return round(max(0.0, 0.6 * filled + 0.4 * shape - multi - glued), 4)


def holds_values_side_by_side(raw: str) -> bool:
    """True when a line of the cell holds several values and nothing else (9億952万円13億4,022万円):
    columns an engine failed to part."""
    return any(value_run(nfkc_safe(line)) >= 2 for line in raw.splitlines())
