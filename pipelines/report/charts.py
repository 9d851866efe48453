"""Small target-vs-actual charts as inline SVG (no script, no CDN: the report opens offline)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

CHART_W, CHART_H = 260, 120  # px of the drawing
PAD = 24  # px kept for the axis labels
SERIES_STYLE = {"target": "#d9480f", "actual": "#1864ab", "baseline": "#868e96"}


@dataclass(frozen=True, slots=True)
class Point:
    """One value of a series at a year."""

    kind: str  # baseline | actual | target
    year: int
    value: float


def scale(v: float, lo: float, hi: float, out_lo: float, out_hi: float) -> float:
    """v from [lo, hi] onto [out_lo, out_hi] (the middle when the range is empty)."""
    return (out_lo + out_hi) / 2 if hi == lo else out_lo + (v - lo) * (out_hi - out_lo) / (hi - lo)


def chart_svg(title: str, points: list[Point]) -> str:
    """An SVG of each kind's values by year: a line per kind, a dot per value, the year range below."""
    years = [p.year for p in points]
    values = [p.value for p in points]
    y0, y1, v0, v1 = min(years), max(years), min(values), max(values)

    def xy(p: Point) -> tuple[float, float]:
        return (scale(p.year, y0, y1, PAD, CHART_W - PAD / 2), scale(p.value, v0, v1, CHART_H - PAD, PAD / 2))

    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{CHART_W}" height="{CHART_H}" '
             f'viewBox="0 0 {CHART_W} {CHART_H}" role="img" aria-label="{escape(title)}">',
             f'<line x1="{PAD}" y1="{CHART_H - PAD}" x2="{CHART_W}" y2="{CHART_H - PAD}" stroke="#ccc"/>',
             f'<text x="{PAD}" y="{CHART_H - 6}" font-size="10">{y0}</text>',
             f'<text x="{CHART_W - PAD}" y="{CHART_H - 6}" font-size="10">{y1}</text>',
             f'<text x="2" y="{PAD / 2 + 4}" font-size="9">{v1:g}</text>',
             f'<text x="2" y="{CHART_H - PAD}" font-size="9">{v0:g}</text>']
    for kind, color in SERIES_STYLE.items():
        mine = sorted((p for p in points if p.kind == kind), key=lambda p: p.year)
        coords = [xy(p) for p in mine]
        if len(coords) > 1:
            line = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            parts.append(f'<polyline class="{kind}" points="{line}" fill="none" stroke="{color}" stroke-width="2"/>')
        parts += [f'<circle class="{kind}" cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}">'
                  f'<title>{kind} {p.year}: {p.value:g}</title></circle>' for p, (x, y) in zip(mine, coords, strict=True)]
    return "".join(parts) + "</svg>"
