"""A ruled header band over a body drawn without rules: one table, the body in the band's columns.

Statistical tables often rule only their header (表4 自然動態: a box of column heads, then rows of
figures set in the open). Read apart, the band is a one-row table of heads and the body a
borderless table whose columns come from text alignment alone, so a 死亡率 column may take the
head of the 人口 column beside it, and a body without its heads gives its values no measure or
year. Here the band is given back to the text as lines (one segment per head cell, with the
unruled text beside the band on its row), and its column rules are drawn on down the body, so the
borderless builder reads heads and body as one table whose columns part where the band's do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.pdf.grid import MAX_HEADER_ROWS, RawCell, RawTable, SegLine, Segment
from extract.pdf.spread import is_number
from normalize import clean_text

BAND_REACH_LINES = 2.0  # the body's first line starts at most this many line heights below the band
BODY_GAP_LINES = 3.0  # a gap this many line heights tall ends the body the band's rules are drawn down
MIN_BODY_LINES = 2  # lines holding numbers a band must head to be read with them
MIN_OVERLAP_SHARE = 0.5  # the body covers at least this share of the band's width

Rule = tuple[float, float, float]  # x, top, bottom (pt, top-left origin)


def is_value_cell(text: str) -> bool:
    """A cell holding a figure (1,234, 9.30): a band of heads holds none (a bare 7 may head a year)."""
    plain = text.replace(" ", "")
    return is_number(plain) and any(ch in plain for ch in ",.，．")


def is_band(table: RawTable) -> bool:
    """True for a ruled table of at most MAX_HEADER_ROWS rows, some text, no figures."""
    cells = [c for row in table.rows for c in row]
    return (0 < len(table.rows) <= MAX_HEADER_ROWS and len(table.col_edges) > 2
            and any(c.raw.strip() for c in cells) and not any(is_value_cell(c.raw) for c in cells))


def body_below(band: RawTable, lines: Sequence[SegLine], floor: float = float("inf")) -> list[int]:
    """Indices of the lines under the band and across its columns, each within BODY_GAP_LINES of
    the last, the first within BAND_REACH_LINES of the band, all above the floor (the top of the
    next ruled table under the band: a body never runs across another table, whose text is read
    with it); none unless MIN_BODY_LINES of them hold numbers across MIN_OVERLAP_SHARE of its width."""
    x0, _, x1, bottom = band.bbox
    out: list[int] = []
    last = bottom
    for k, ln in enumerate(lines):
        height = max(1.0, ln.bbox[3] - ln.bbox[1])
        if ln.bbox[1] < bottom - height / 2:
            continue
        if ln.bbox[1] >= floor:
            break
        reach = BAND_REACH_LINES if not out else BODY_GAP_LINES
        if ln.bbox[1] - last > reach * height:
            break
        if min(x1, ln.bbox[2]) <= max(x0, ln.bbox[0]):
            continue  # beside the band's columns: another text
        out.append(k)
        last = ln.bbox[3]
    numbered = [k for k in out if any(is_number(s.text) for s in lines[k].segments)
                and min(x1, lines[k].bbox[2]) - max(x0, lines[k].bbox[0]) >= MIN_OVERLAP_SHARE * (x1 - x0)]
    return out if len(numbered) >= MIN_BODY_LINES else []


def band_lines(band: RawTable, lines: Sequence[SegLine]) -> tuple[list[SegLine], set[int]]:
    """The band's rows as lines, one segment per head cell (a cell's lines joined), each holding
    the unruled text of the lines whose middle falls in the row; and the indices of those lines."""
    out: list[SegLine] = []
    taken: set[int] = set()
    for row in band.rows:
        cells = [c for c in row if c.raw.strip()]
        if not cells:
            continue
        top, bottom = min(c.bbox[1] for c in row), max(c.bbox[3] for c in row)
        beside = [k for k, ln in enumerate(lines) if k not in taken and top <= (ln.bbox[1] + ln.bbox[3]) / 2 <= bottom
                  and not _within(ln.bbox, band.bbox)]
        taken.update(beside)
        segs = [_cell_segment(c) for c in cells] + [s for k in beside for s in lines[k].segments]
        out.append(SegLine(tuple(_merge_overlaps(segs)), (band.bbox[0], top, band.bbox[2], bottom), band.page))
    return out, taken


def band_rules(band: RawTable, body: Sequence[SegLine]) -> list[Rule]:
    """The band's inner column edges drawn from its top down to the body's last line."""
    bottom = max(ln.bbox[3] for ln in body)
    return [(x, band.bbox[1], bottom) for x in band.col_edges[1:-1]]


def _cell_segment(cell: RawCell) -> Segment:
    return Segment(clean_text(cell.raw), cell.bbox)


def _within(inner: tuple[float, float, float, float], outer: tuple[float, float, float, float]) -> bool:
    return outer[0] <= inner[0] and inner[2] <= outer[2]


def _merge_overlaps(segs: Sequence[Segment]) -> list[Segment]:
    """Segments left to right, those overlapping across joined into one, read line by line (the
    lines of one head cell set apart: a) / 人 口 / (10月1日現在))."""
    clusters: list[list[Segment]] = []
    for seg in sorted(segs, key=lambda s: s.bbox[0]):
        if clusters and seg.bbox[0] < max(s.bbox[2] for s in clusters[-1]):
            clusters[-1].append(seg)
        else:
            clusters.append([seg])
    return [c[0] if len(c) == 1 else _joined_lines(c) for c in clusters]


def _joined_lines(segs: Sequence[Segment]) -> Segment:
    """Segments of one cell on several lines joined in reading order: by line, then left to right."""
    height = min(s.bbox[3] - s.bbox[1] for s in segs)
    ordered = sorted(segs, key=lambda s: (round(s.bbox[1] / max(1.0, height)), s.bbox[0]))
    box = (min(s.bbox[0] for s in segs), min(s.bbox[1] for s in segs),
           max(s.bbox[2] for s in segs), max(s.bbox[3] for s in segs))
    return Segment(" ".join(s.text for s in ordered), box)


@dataclass(frozen=True, slots=True)
class Band:
    """A ruled header band given back as lines: the table, its rows as lines, the indices of the
    unruled lines beside it that its rows hold and of the body's lines, its rules drawn down the body."""

    table: RawTable
    rows: tuple[SegLine, ...]
    beside: frozenset[int]
    body: tuple[int, ...]
    rules: tuple[Rule, ...]

    @property
    def taken(self) -> frozenset[int]:
        """The input lines this band's table is read from, besides its own rows."""
        return self.beside | frozenset(self.body)


def find_bands(tables: Sequence[RawTable], lines: Sequence[SegLine]) -> list[Band]:
    """The ruled tables that head an unruled body of lines (is_band, body_below), each line read
    with one band at most."""
    out: list[Band] = []
    taken: set[int] = set()
    for table in tables:
        floor = next_table_top(table, tables)
        body = [k for k in body_below(table, lines, floor) if k not in taken] if is_band(table) else []
        if not body:
            continue
        rows, beside = band_lines(table, [ln if k not in taken else _EMPTY for k, ln in enumerate(lines)])
        if rows:
            band = Band(table, tuple(rows), frozenset(beside), tuple(body),
                        tuple(band_rules(table, [lines[k] for k in body])))
            taken |= band.taken
            out.append(band)
    return out


def next_table_top(band: RawTable, tables: Sequence[RawTable]) -> float:
    """The top of the nearest other ruled table under the band and across its columns (kobe_jinko
    p4: the ruled heads of 表3 under the unruled body of 表2), or infinity."""
    x0, _, x1, bottom = band.bbox
    tops = [t.bbox[1] for t in tables if t is not band and t.bbox[1] >= bottom
            and min(x1, t.bbox[2]) > max(x0, t.bbox[0])]
    return min(tops, default=float("inf"))


def band_and_body(band: Band, lines: Sequence[SegLine]) -> list[SegLine]:
    """The band's rows, then its body's lines: the lines its table is read from, and no others (the
    band is the table's top: a title above it is no row of it)."""
    return [*band.rows, *(lines[k] for k in band.body)]


_EMPTY = SegLine((), (0.0, -1e9, 0.0, -1e9))
