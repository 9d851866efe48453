"""Cells side by side, each wrapped over the same lines and centred, parted where their centres say.

A spreadsheet centres each line of a wrapped header cell in the cell. Two such cells side by side
(令和6(2024)年度 / 事業費(当初予算)[単位=千円] beside 令和5(2023)年度 / the same words) show a
column gap on the line whose texts are short, and none on the line whose texts fill their cells:
there the two texts meet glued, and the lines read as one stack would head one column. The line
the gap parts gives each cell's middle; a glued line parts into pieces, left to right, each
centred on its cell's middle, the last ending where the line ends: both texts centred where
the short line's texts are proves the cells, and where the line does not so part, the stack is
left whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Char = dict[str, Any]

CENTRE_TOL_EM = 0.2  # a piece of a line is centred on a cell's middle this share of the glyph size off or nearer
CUT_GAP_EM = 0.1  # two cells' texts glued on a line meet at least this share of the glyph size apart (set solid, one text)


def centred_cells(lines: Sequence[Sequence[Sequence[Char]]]) -> list[list[Char]] | None:
    """Given a stack's lines (top to bottom), each as its groups of chars (left to right, parted at
    column gaps), the chars of each cell (left to right) when the line of most groups, two or more,
    gives the cells' middles and every line parts into one piece centred on each (centred_pieces);
    else None."""
    proving = max(lines, key=len, default=())
    if len(proving) < 2:
        return None
    middles = [(float(g[0]["x0"]) + float(g[-1]["x1"])) / 2 for g in proving]
    cells: list[list[Char]] = [[] for _ in middles]
    for line in lines:
        pieces = centred_pieces([ch for group in line for ch in group], middles)
        if pieces is None:
            return None
        for cell, piece in zip(cells, pieces):
            cell += piece
    return cells


def centred_pieces(chars: Sequence[Char], middles: Sequence[float]) -> list[list[Char]] | None:
    """A line's chars (left to right) cut into one piece per middle, left to right: each piece
    opens at the glyph after the last and ends, within CENTRE_TOL_EM of the size, as far past the
    middle as it opens before it; None when a piece would be empty, a cut falls inside a glyph or
    between glyphs set nearer than CUT_GAP_EM (a text set solid: its first words, as wide as the
    cell's text above, are no text of their own), or glyphs are left after the last piece."""
    pieces: list[list[Char]] = []
    k = 0
    for middle in middles:
        j = _centred_end(chars, k, middle)
        if j is None:
            return None
        pieces.append(list(chars[k:j]))
        k = j
    return pieces if k == len(chars) else None


def _centred_end(chars: Sequence[Char], k: int, middle: float) -> int | None:
    """The end (exclusive) of the piece of chars opening at chars[k] centred on middle, or None
    (centred_pieces)."""
    if k >= len(chars):
        return None
    size = max(1.0, float(chars[k].get("size") or 0))
    end, tol = 2 * middle - float(chars[k]["x0"]), CENTRE_TOL_EM * size
    j = k
    while j < len(chars) and float(chars[j]["x1"]) <= end + tol:
        j += 1
    if j == k or abs(float(chars[j - 1]["x1"]) - end) > tol:
        return None
    if j < len(chars) and float(chars[j]["x0"]) - float(chars[j - 1]["x1"]) < CUT_GAP_EM * size:
        return None
    return j
