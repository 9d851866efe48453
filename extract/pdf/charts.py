"""A chart's plot area read as a ruled table: its gridlines and bars close cells around its labels.

A bar chart draws gridlines and bars as rules and rectangles, which the ruled-table finder takes
for a grid; the data labels (６級 over 13.8%) then sit in its cells and read as a table of
values named by one another. The value axis gives the chart away: a scale of numbers through 0,
each set where its value puts it (a linear scale), one above the other just left of the grid,
over its height (kyuyo p5, jinko p35). Such a grid is no table: its text is read as lines.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.interpret.structure import AXIS_MIN_TICKS, is_data_value  # a value axis shows at least AXIS_MIN_TICKS numbers
from extract.model import BBox
from extract.pdf.grid import RawLine, RawTable, SegLine
from normalize import parse_quantity

TICK_REACH_EM = 3.0  # a tick label ends at most this many of its heights left of the plot area
TICK_OVERHANG_EM = 1.0  # ... and may sit this many of its heights above or below it (0 % centred on its edge)
PITCH_TOL_SHARE = 0.1  # ticks form a scale when their distances per unit of value differ by at most this share
TICK_ALIGN_EM = 0.5  # ticks of one axis end within this many of their heights of one another (set flush right)
STACK_TOL_PT = 1.0  # two grids stacked edge to edge with their sides this close (pt) are one plot area


def axis_ticks(bbox: BBox, lines: Sequence[RawLine]) -> list[tuple[float, float]]:
    """The (centre, value) of the lines just left of a box that are bare numbers over its height, top down."""
    x0, top, _, bottom = bbox
    out = []
    for line in lines:
        l0, lt, l1, lb = line.bbox
        height, centre = lb - lt, (lt + lb) / 2
        if not (x0 - TICK_REACH_EM * height <= l1 <= x0 + height and l0 < x0):
            continue
        if not top - TICK_OVERHANG_EM * height <= centre <= bottom + TICK_OVERHANG_EM * height:
            continue
        words = line.raw.split()
        value = parse_quantity(words[0]).value if words else None  # -100人 beside a legend's 移動数
        if value is not None:
            out.append((centre, value))
    return sorted(out)


def is_value_axis(ticks: Sequence[tuple[float, float]]) -> bool:
    """True for AXIS_MIN_TICKS or more different numbers through 0 set as a scale: each one's
    place a linear function of its value (the same distance per unit between every two, within
    PITCH_TOL_SHARE), so a tick whose line the reader merged with a legend (-100人 移動数) may be
    missing."""
    if len(ticks) < AXIS_MIN_TICKS or 0 not in [v for _, v in ticks]:
        return False
    pairs = list(zip(ticks, ticks[1:]))
    if any(va == vb for (_, va), (_, vb) in pairs):
        return False
    rates = [(yb - ya) / (vb - va) for (ya, va), (yb, vb) in pairs]
    mean = sum(rates) / len(rates)
    return all(abs(r - mean) <= PITCH_TOL_SHARE * abs(mean) for r in rates)


def is_axis_beside_legend(table: RawTable, lines: Sequence[RawLine]) -> bool:
    """True for a table whose first column holds bare numbers alone and whose other cells hold no
    number, the numbers set flush right with bare numbers on the lines around them into a value
    axis (8 | 構成比 / 6 | 5年前の構成比 / 4: a line chart's legend set level with some of its ticks,
    otoineppu_kyuyo p11): the legend's entries (5年前の構成比: words, no figure) name no ticks; the text is the chart's."""
    first = [row[0] for row in table.rows if row and row[0].raw.strip()]
    rest = [c.raw for row in table.rows for c in row[1:] if c.raw.strip()]
    if not first or any(_bare_number(c.raw) is None for c in first) or any(map(is_data_value, rest)):
        return False
    right = max(c.bbox[2] for c in first)
    height = max(c.bbox[3] - c.bbox[1] for c in first)
    ticks = {((ln.bbox[1] + ln.bbox[3]) / 2, value) for ln in lines
             if abs(ln.bbox[2] - right) <= TICK_ALIGN_EM * height and (value := _bare_number(ln.raw)) is not None}
    return any(abs(y - (c.bbox[1] + c.bbox[3]) / 2) <= height for c in first for y, _ in ticks) and is_value_axis(sorted(ticks))


def _bare_number(text: str) -> float | None:
    words = text.split()
    return parse_quantity(words[0]).value if len(words) == 1 else None


def axis_ticks_below(bbox: BBox, lines: Sequence[SegLine]) -> list[tuple[float, float]]:
    """The (centre, value) of the words of a line just under a box when every one is a bare number
    (0% 10% … 100% under a bar chart drawn across), left to right; else none."""
    x0, _, x1, bottom = bbox
    for line in lines:
        l0, lt, l1, lb = line.bbox
        height = lb - lt
        if not (bottom - TICK_OVERHANG_EM * height <= lt <= bottom + TICK_REACH_EM * height):
            continue
        if l1 < x0 - TICK_OVERHANG_EM * height or l0 > x1 + TICK_OVERHANG_EM * height:
            continue
        ticks = [((s.bbox[0] + s.bbox[2]) / 2, parse_quantity(s.text).value) for s in line.segments]
        if all(v is not None for _, v in ticks):
            return sorted((x, v) for x, v in ticks if v is not None)
    return []


@dataclass(frozen=True, slots=True)
class Chart:
    """A ruled grid that is a chart's plot area, and where its value axis stands."""

    grid: RawTable
    axis_below: bool  # under the grid (a bar chart drawn across), else left of it


def is_plot_area(table: RawTable, lines: Sequence[RawLine], seglines: Sequence[SegLine] = ()) -> bool:
    """True when a value axis stands just left of the ruled grid, or just under it (a bar chart
    drawn across): a chart, not a table."""
    return _axis_side(table, lines, seglines) is not None


def _axis_side(table: RawTable, lines: Sequence[RawLine], seglines: Sequence[SegLine]) -> bool | None:
    """Whether a value axis stands under the grid (True) or left of it (False); None without one."""
    if is_value_axis(axis_ticks(table.bbox, [ln for ln in lines if ln.page == table.page])):
        return False
    if is_axis_beside_legend(table, [ln for ln in lines if ln.page == table.page]):
        return False
    return True if is_value_axis(axis_ticks_below(table.bbox, [ln for ln in seglines if ln.page == table.page])) else None


def chart_grids(tables: Sequence[RawTable], lines: Sequence[RawLine], seglines: Sequence[SegLine]) -> list[Chart]:
    """The ruled grids that are charts' plot areas: those beside a value axis, and the grids stacked
    on them edge to edge with the same sides (a bar chart by category, its blank rows parting its
    gridlines into several grids, only the last of them over the axis), which share its axis."""
    charts = [Chart(t, side) for t in tables if (side := _axis_side(t, lines, seglines)) is not None]
    while more := _stacked_on(tables, charts):
        charts += more
    return charts


def _stacked_on(tables: Sequence[RawTable], charts: Sequence[Chart]) -> list[Chart]:
    """The grids, not yet charts, standing on one, each with its axis."""
    grids = [c.grid for c in charts]
    out = []
    for table in tables:
        under = next((c for c in charts if _stacks_on(table, c.grid)), None)
        if under is not None and table not in grids:
            out.append(Chart(table, under.axis_below))
    return out


def _stacks_on(table: RawTable, chart: RawTable) -> bool:
    """The grid stands on the chart's top or under its bottom, its left and right sides the chart's."""
    (x0, top, x1, bottom), (c0, ctop, c1, cbottom) = table.bbox, chart.bbox
    sides = abs(x0 - c0) <= STACK_TOL_PT and abs(x1 - c1) <= STACK_TOL_PT
    touches = abs(bottom - ctop) <= STACK_TOL_PT or abs(top - cbottom) <= STACK_TOL_PT
    return table.page == chart.page and sides and touches


def with_chart_text(lines: Sequence[RawLine], chart: RawTable, own: Sequence[RawLine]) -> list[RawLine]:
    """The page's lines with a chart's own lines (read from its glyphs: a data label its gridlines
    cross stays whole, 51.0% under the 50% line) put among them, before the first line below the chart."""
    text = sorted(own, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    at = next((k for k, ln in enumerate(lines) if ln.page == chart.page and ln.bbox[1] >= chart.bbox[3]), len(lines))
    return [*lines[:at], *text, *lines[at:]]
