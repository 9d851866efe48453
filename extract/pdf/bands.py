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
from dataclasses import dataclass, replace

from extract.pdf.grid import EDGE_TOL_PT, MAX_HEADER_ROWS, RawCell, RawTable, SegLine, Segment
from extract.pdf.scripts import is_ascii_letter
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


def band_lines(band: RawTable, lines: Sequence[SegLine]) -> tuple[list[SegLine], set[int], list[Segment]]:
    """The band's rows as lines, one segment per head cell (a cell's lines joined), each holding
    the unruled text of the lines whose middle falls in the band beside its rows (each line in
    the row nearest it, _row_of) and the band's own text that no cell holds (open_head); the
    indices of those lines; and the open heads."""
    rows = [row for row in band.rows if any(c.raw.strip() for c in row)]
    held: dict[int, list[int]] = {}
    for k, ln in enumerate(lines):
        r = _row_of(rows, (ln.bbox[1] + ln.bbox[3]) / 2)
        if r is not None and ln.segments:
            held.setdefault(r, []).append(k)
    out: list[SegLine] = []
    heads: list[Segment] = []
    for r, row in enumerate(rows):
        beside = [k for k in held.get(r, []) if not _within(lines[k].bbox, band.bbox)]
        opened = [open_head(lines[k], row) for k in held.get(r, []) if _within(lines[k].bbox, band.bbox)]
        heads += opened
        segs = [_cell_segment(c) for c in row if c.raw.strip()] + [s for k in beside for s in lines[k].segments] + opened
        top, bottom = min(c.bbox[1] for c in row), max(c.bbox[3] for c in row)
        out.append(SegLine(tuple(_merge_overlaps(segs)), (band.bbox[0], top, band.bbox[2], bottom), band.page))
    return out, {k for ks in held.values() for k in ks}, heads


def _row_of(rows: Sequence[Sequence[RawCell]], middle: float) -> int | None:
    """The row a line whose middle lies within some row's extent belongs to: the one whose own
    slots (those one row tall: a head spanning the band's rows says nothing of the row it opens)
    lie nearest it (西区 beside the band's second row, level with 全市, not with the 平成26年 over it)."""
    if not any(min(c.bbox[1] for c in row) <= middle <= max(c.bbox[3] for c in row) for row in rows):
        return None
    return min(range(len(rows)), key=lambda r: _distance(_own_span(rows[r]), middle))


def _own_span(row: Sequence[RawCell]) -> tuple[float, float]:
    own = [c.bbox for c in row if c.row_span == 1] or [c.bbox for c in row]
    return min(b[1] for b in own), max(b[3] for b in own)


def _distance(span: tuple[float, float], y: float) -> float:
    return max(0.0, span[0] - y, y - span[1])


def open_head(line: SegLine, row: Sequence[RawCell]) -> Segment:
    """A line of the band's text that no cell holds, as one head over the run of blank slots of
    its row it stands in: no rule closes that part of the row, so no rule parts the pieces set
    apart across it (平 成 26 年 over the wards, kobe_jinko p12), and it heads every column of
    the run, as a merged cell would (its pieces joined, a space only between Latin letters)."""
    text = ""
    for seg in line.segments:
        glue = " " if is_ascii_letter(text[-1:]) and is_ascii_letter(seg.text[:1]) else ""
        text += glue + seg.text
    return Segment(clean_text(text), _open_box(row, line.bbox))


def _open_box(row: Sequence[RawCell], box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The box of the run of blank slots of the row under the text's box (the text's own where
    none is). A run reaching the row's outer edge is open there (no rule closes it: 西区 beside
    the band, kobe_jinko p12): that side lies as far from the text's centre as the closed one."""
    blank = sorted((c.bbox for c in row if not c.raw.strip()), key=lambda b: b[0])
    run = [b for b in blank if b[0] < box[2] and box[0] < b[2]]
    if not run:
        return box
    x0, x1 = min(b[0] for b in run), max(b[2] for b in run)
    for b in blank:  # grow over the blank slots touching the run
        if abs(b[0] - x1) <= EDGE_TOL_PT:
            x1 = b[2]
    for b in reversed(blank):
        if abs(b[2] - x0) <= EDGE_TOL_PT:
            x0 = b[0]
    centre = (box[0] + box[2]) / 2
    left, right = min(c.bbox[0] for c in row), max(c.bbox[2] for c in row)
    open_left, open_right = abs(x0 - left) <= EDGE_TOL_PT, abs(x1 - right) <= EDGE_TOL_PT
    if open_right and not open_left:
        x1 = max(x1, 2 * centre - x0)
    if open_left and not open_right:
        x0 = min(x0, 2 * centre - x1)
    return x0, box[1], x1, box[3]


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
    open_heads: tuple[Segment, ...] = ()  # heads no cell holds, each over the columns its box spans (span_open_heads)

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
        rows, beside, heads = band_lines(table, [ln if k not in taken else _EMPTY for k, ln in enumerate(lines)])
        if rows:
            band = Band(table, tuple(rows), frozenset(beside), tuple(body),
                        tuple(band_rules(table, [lines[k] for k in body])), tuple(heads))
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


def span_open_heads(table: RawTable, heads: Sequence[Segment]) -> RawTable:
    """The table read from a band with each open head (open_head) spanning the columns whose
    middles its box covers, moved to the first of them, as the merged cell its rules leave
    undrawn would read: no centring guess, the band's rules and the head's side say its span."""
    if not heads or len(table.col_edges) < 2:
        return table
    rows = [list(row) for row in table.rows]
    edges = table.col_edges
    for head in heads:
        at = next(((r, k) for r, row in enumerate(rows[:MAX_HEADER_ROWS]) for k, c in enumerate(row)
                   if c.raw.strip() and clean_text(c.raw) == head.text), None)
        cols = [k for k in range(len(edges) - 1) if head.bbox[0] <= (edges[k] + edges[k + 1]) / 2 <= head.bbox[2]]
        if at is None or len(cols) < 2:
            continue
        r, k = at
        if any(rows[r][j].raw.strip() for j in cols if j != k):
            continue  # another head of the row stands in the span: the box is no merged cell's
        cell = rows[r][k]
        rows[r][k] = replace(cell, raw="", line_bboxes=(), bbox=(edges[k], cell.bbox[1], edges[k + 1], cell.bbox[3]))
        rows[r][cols[0]] = replace(cell, col_span=cols[-1] - cols[0] + 1,
                                   bbox=(edges[cols[0]], cell.bbox[1], edges[cols[-1] + 1], cell.bbox[3]))
    return replace(table, rows=tuple(tuple(row) for row in rows))
