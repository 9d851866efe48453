"""Dotted rules: a row of marks too small to be an edge, read as the one rule it draws.

Excel and Word draw a dotted cell border as a row of tiny filled squares (kobe_kateikei p1:
0.7 pt dots every 1.45 pt). pdfplumber's table finder drops every edge shorter than its
prefilter length before it joins edges, so such a rule vanishes: the column rules ending on it
close no cell, and the values of three months fall into one (22,993 25,486 21,993). A run of at
least MIN_DOTS marks shorter than that length, on one centre line, each within the finder's
join tolerance of the next, is one line from the first mark to the last. Longer dashes are
edges already and are joined by the finder itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pdfplumber.table import TableSettings

Obj = dict[str, Any]

_SETTINGS = TableSettings.resolve({})
DOT_MAX_PT = float(_SETTINGS.edge_min_length_prefilter)  # a mark shorter than the finder's prefilter is a dot
JOIN_PT = float(_SETTINGS.join_x_tolerance)  # dots this near each other continue one rule (the finder's join)
MIN_DOTS = 3  # a run of this many dots is a rule; fewer are marks (a bullet, a decimal point drawn as a shape)


def dotted_rules(marks: Sequence[Obj]) -> list[Obj]:
    """Given a page's rects, lines and curves, return a line object for each run of dots that
    draws a horizontal or vertical rule."""
    dots = [m for m in marks if m["x1"] - m["x0"] < DOT_MAX_PT and m["bottom"] - m["top"] < DOT_MAX_PT]
    return _runs(dots, across=True) + _runs(dots, across=False)


def _runs(dots: Sequence[Obj], across: bool) -> list[Obj]:
    """Runs of dots along horizontal lines (across) or vertical ones, as line objects."""
    lo, hi, start, end = ("top", "bottom", "x0", "x1") if across else ("x0", "x1", "top", "bottom")
    lines: dict[float, list[Obj]] = {}
    for d in sorted(dots, key=lambda d: (round((d[lo] + d[hi]) / 2, 1), d[start])):
        lines.setdefault(round((d[lo] + d[hi]) / 2, 1), []).append(d)
    out: list[Obj] = []
    for row in lines.values():
        runs: list[list[Obj]] = [[row[0]]]
        for d in row[1:]:
            if d[start] - runs[-1][-1][end] <= JOIN_PT:
                runs[-1].append(d)
            else:
                runs.append([d])
        out += [_line(run, sum(d[lo] + d[hi] for d in run) / (2 * len(run)), across) for run in runs if len(run) >= MIN_DOTS]
    return out


def _line(run: Sequence[Obj], centre: float, across: bool) -> Obj:
    """The line a run of dots draws, in the first dot's page keys (top == bottom: horizontal)."""
    first = run[0]
    if across:
        x0, x1, top, bottom = first["x0"], max(d["x1"] for d in run), centre, centre
    else:
        x0, x1, top, bottom = centre, centre, first["top"], max(d["bottom"] for d in run)
    shift = top - first["top"]
    return {**first, "object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "y0": first["y1"] - (bottom - first["top"]), "y1": first["y1"] - shift,
            "doctop": first.get("doctop", first["top"]) + shift, "width": x1 - x0, "height": bottom - top,
            "pts": [(x0, top), (x1, bottom)]}
