"""A diagram is no table: boxes whose labels are set a glyph per line, arrows with figures beside them.

    西 | 東 | 三木・小野・三田 | 阪 | 大         a flow diagram's boxes (西日本, 東播臨海部, 阪神間6市 …) each
       | 播 |      118         | 神 |            labelled down a narrow box, a glyph per line; the figures
       | 臨 |                  |    |            stand beside the arrows, and the prose set beside the
       |    |                  | 間 |            diagram lines up with its rows (kobe_jinko p12 図12)

Read without rules, such a page's lines part into segments that line up as a table's columns would, and the figures
then take lines of the prose beside them, or a box's glyphs, as their row labels. A table's rows hold its cells: a
row holding nothing but letters standing alone, one per cell, is a line of labels set down their boxes, and a table
holds such rows only at its head (a header band set glyph by glyph). Where many of a borderless grid's rows are such
rows, the grid is a diagram, and its lines are read as text (none of its figures is a table's value).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from extract.pdf.grid import RawCell, RawTable
from extract.pdf.textjoin import cell_text
from normalize.units import split_scale

GLYPH_ROW_SHARE = 0.3  # a borderless grid at least this share of whose rows are glyph rows is a diagram
MIN_DIAGRAM_ROWS = 6  # ... of at least this many rows (a letter-spaced title or header band of a few rows is no diagram)


def is_diagram(table: RawTable) -> bool:
    """True when a table found without rules has at least MIN_DIAGRAM_ROWS rows, GLYPH_ROW_SHARE of them
    glyph rows (is_glyph_row), and a figure among its cells (else it yields no value anyway)."""
    if not table.lines or len(table.rows) < MIN_DIAGRAM_ROWS:
        return False  # ruled: its rows are drawn
    glyph_rows = sum(1 for row in table.rows if is_glyph_row(row))
    return glyph_rows >= GLYPH_ROW_SHARE * len(table.rows) and _holds_figure(table)


def is_glyph_row(row: Sequence[RawCell]) -> bool:
    """True when every non-empty cell of the row is one letter standing alone (not a digit, a sign or a scale word)."""
    texts = [t for t in (cell_text(c.raw).strip() for c in row) if t]
    return bool(texts) and all(is_lone_letter(t) for t in texts)


def is_lone_letter(text: str) -> bool:
    """One letter, not a figure's scale word a layout set on a line of its own (22 over 億 over 3,980万円)."""
    return len(text) == 1 and unicodedata.category(text)[0] == "L" and split_scale(text)[1] == 1


def _holds_figure(table: RawTable) -> bool:
    return any(ch.isdigit() for row in table.rows for c in row for ch in c.raw)
