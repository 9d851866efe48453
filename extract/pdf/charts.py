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

from extract.interpret.structure import AXIS_MIN_TICKS  # a value axis shows at least so many numbers
from extract.model import BBox
from extract.pdf.grid import RawLine, RawTable
from normalize import parse_quantity

TICK_REACH_EM = 3.0  # a tick label ends at most this many of its heights left of the plot area
TICK_OVERHANG_EM = 1.0  # ... and may sit this many of its heights above or below it (0 % centred on its edge)
PITCH_TOL_SHARE = 0.1  # ticks form a scale when their distances per unit of value differ by at most this share


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


def is_plot_area(table: RawTable, lines: Sequence[RawLine]) -> bool:
    """True when a value axis stands just left of the ruled grid: a chart, not a table."""
    return is_value_axis(axis_ticks(table.bbox, [ln for ln in lines if ln.page == table.page]))


def with_chart_text(lines: Sequence[RawLine], chart: RawTable) -> list[RawLine]:
    """The page's lines with the text of a chart's grid put among them: each filled cell's lines,
    where they sit, before the first line below the chart."""
    text = []
    for row in chart.rows:
        for cell in row:
            texts = [t for t in cell.raw.splitlines() if t.strip()]
            boxes = cell.line_bboxes if len(cell.line_bboxes) == len(texts) else (cell.bbox,) * len(texts)
            text += [RawLine(t, b, cell.page) for t, b in zip(texts, boxes)]
    text.sort(key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    at = next((k for k, ln in enumerate(lines) if ln.page == chart.page and ln.bbox[1] >= chart.bbox[3]), len(lines))
    return [*lines[:at], *text, *lines[at:]]
