"""Rows standing as close as, or closer than, the lines of one wrapped cell, read from their figures.

An engine that pads cells little (Typst's tables: 2 pt above and below) sets two rows closer
together than the lines of a name it wrapped over two or three lines. No leading then tells a
cell's next line from the next row: read at the measured leading, a column of names runs on from
one row into the next (出生数 under と感じる市民の割合, the last line of the name above), or figures
of two rows stack into one cell. Figures tell the rows apart whatever the padding: a row's figures
stand on one line, and a row starts where figures start again.

Where the leading's reading runs a cell past a line level with the figures of other columns (a row
of figures starts beside it), the table's body is read again line by line, from its first row of
figures on, as set at the top, and kept only where its own lines prove that reading: every line
stands level with a row of figures (or opens a row of its own: a heading, a note), or continues
the line above it in its column at one leading, the same all over the table. A table centred on
its rows leaves lines above their figures, or below them at the rows' pitch: the leading's reading
stands. The header above the first row of figures keeps the leading's reading.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.pdf.lockstep import line_tol
from extract.pdf.pieces import Block, Piece, by_column, continuable, is_full
from extract.pdf.top_rows import Row, states_figure
from extract.text_items import opens_numbered_item
from extract.vocab import FOOTNOTE_MARKS
from normalize import clean_text

FIGURE_COLUMNS = 2  # figures standing on one line in this many columns past the first show a row of figures
LEVEL_TOL_EM = 0.1  # a line whose top lies within this share of its height from a top stands on it
MIN_FIGURE_ROWS = 2  # a body read line by line holds this many rows of figures: one alone (a ruled band) shows no row's start


def figure_tops(pieces: Sequence[Piece]) -> list[tuple[int, float]]:
    """The (page, top) of each line where FIGURE_COLUMNS or more columns past the first stand a
    figure (states_figure: a value, or a marker standing for one), top to bottom."""
    first = min((p.col for p in pieces), default=0)
    figures = sorted((p for p in pieces if p.col != first and states_figure(p.text)), key=lambda p: (p.page, p.bbox[1]))
    tops: list[tuple[int, float]] = []
    for p in figures:
        level = [q for q in figures if q.page == p.page and _level(q, p.bbox[1])]
        if len({q.col for q in level}) >= FIGURE_COLUMNS and not any(page == p.page and _level(p, top) for page, top in tops):
            tops.append((p.page, p.bbox[1]))
    return tops


def _level(p: Piece, top: float) -> bool:
    return abs(p.bbox[1] - top) <= LEVEL_TOL_EM * p.height


def runs_past_figures(blocks: Sequence[Block], tops: Sequence[tuple[int, float]]) -> bool:
    """True when a cell holds a line past its first standing level with a row of figures: the
    leading ran the cell on into the row those figures start (or the cell spans rows, or is centred
    on them: the lines decide, see the module)."""
    return any(p.page == page and _level(p, top) for b in blocks for p in b[1:] for page, top in tops)


def rows_by_line(pieces: Sequence[Piece], tops: Sequence[tuple[int, float]], spanning: frozenset[int],
                 read_head: Callable[[Sequence[Piece]], list[Row]]) -> list[Row] | None:
    """The table's rows as set at their top, read line by line from its first row of figures on,
    or None when its lines refute that reading (lines below a row's first at more than one leading;
    with no such line, every line level with figures, a figure the engine may have cut over two
    lines: _stacks_cut_number). Each line level with a row
    of figures, or opening a row of its own (a heading, a note), starts or joins that row; each
    other line continues the cell above it in its column. The lines above the first row of
    figures are the header, read by read_head (at the leading)."""
    if len(tops) < MIN_FIGURE_ROWS or len({p.page for p in pieces}) > 1:
        return None
    first = tops[0][1]
    head = [p for p in pieces if p.bbox[1] < first - LEVEL_TOL_EM * p.height]
    body = [p for p in pieces if p.bbox[1] >= first - LEVEL_TOL_EM * p.height]
    if any(_beside_off_level(p, top) for p in body for _, top in tops) or _name_above_first_figures(head, spanning):
        return None  # rows centred on their cells, not set at the top
    starts = sorted({*(top for _, top in tops), *(p.bbox[1] for p in body if _opens_own_row(p, spanning))})
    rows: dict[float, Row] = {}
    cell_of: dict[int, Block] = {}
    pitches: list[float] = []
    for col in by_column(body).values():
        for above, line in zip([None, *col], col):
            start = next((t for t in starts if _level(line, t)), None)
            if start is not None:
                cell_of[id(line)] = [line]
                rows.setdefault(start, []).append(cell_of[id(line)])
            elif above is None:
                return None  # a column's first line of the body below its first row of figures: not set at the top
            else:
                pitches.append(line.bbox[1] - above.bbox[1])
                cell_of[id(line)] = cell_of[id(above)]
                cell_of[id(line)].append(line)
    if pitches and max(pitches) - min(pitches) > line_tol(body) or not pitches and _stacks_cut_number(body):
        return None  # lines below a row's first at more than one leading; no leading shown, numbers cut over lines
    return [*read_head(head), *(rows[t] for t in sorted(rows))]


def _stacks_cut_number(body: Sequence[Piece]) -> bool:
    """True when a column stands a figure under a figure the engine may have cut it from: full in
    its column and open to more digits (271 over 613 in a column three digits wide, one number):
    with no wrapped cell to show a leading, the lines need not be rows."""
    for col in by_column(body).values():
        width = max(p.bbox[2] - p.bbox[0] for p in col)
        if any(a.page == b.page and states_figure(a.text) and states_figure(b.text) and continuable(a.text)
               and is_full(a.bbox, b, width) for a, b in zip(col, col[1:])):
            return True
    return False


def _name_above_first_figures(head: Sequence[Piece], spanning: frozenset[int]) -> bool:
    """True when the first column's lines run on below every other column's header line, down to
    the first row of figures (①温室 / 効果ガ over ス排出 and its figures): a name centred on its
    figures begins above them; set at the top, it would begin level with them. A line opening a
    row of its own there (a section heading, （1）地域産業の振興) is no part of a name."""
    if not head:
        return False
    first = min(p.col for p in head)
    others = [p.bbox[3] for p in head if p.col != first]
    return bool(others) and any(p.bbox[1] >= max(others) and not _opens_own_row(p, spanning)
                                for p in head if p.col == first)


def _beside_off_level(p: Piece, top: float) -> bool:
    """True for a line overlapping the line of a row of figures without standing level with it
    (②健康寿命（ / 男性）（歳） over and under its figures' line): set at the top, a row's lines start
    level with its figures, and the next row starts below its last line."""
    return not _level(p, top) and p.bbox[1] < top + p.height and p.bbox[3] > top


def _opens_own_row(p: Piece, spanning: frozenset[int]) -> bool:
    """True for a line that opens a row of no figures: a heading set across columns or opening an
    item's number ((2)地域産業の振興), or a note under the table (※ 人口は…)."""
    text = clean_text(p.text)
    return id(p) in spanning or opens_numbered_item(text) or text.startswith(FOOTNOTE_MARKS)
