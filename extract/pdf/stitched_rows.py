"""Rows of a table's continuation that its page, read alone, took for one.

A table's last rows set on the next page stand there alone: two rows of one-line cells at the top
of the page (森林整備面積 | ha | 66.5 | 44.8 … over Uターン就職者数 | 人 | 89 | 119 …, corpus seed 880
kpi_progress in writer_borderless) show no gap between rows and no wrap to tell a row from a
cell's next line, and were read as one row of two-line cells (66.5 over 89 a cut left unproved).
The table on the page before shows what its cells hold: in a column whose body holds figures, a
figure per cell, never two stacked. Where every column of a continued row steps line by line
together (one text per column on each line), and each line holds a whole figure in every such
column, the lines are rows of their own.

Coordinates are PDF points, top-left origin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.pdf.cuts import is_cut_figure
from extract.pdf.grid import RawCell, RawTable, SegLine, Segment
from extract.pdf.textjoin import cell_text
from extract.pdf.whole_figures import is_whole_figure
from normalize.text import nfkc_safe

MIN_FIGURE_COLUMNS = 2  # a row's lines are rows when they step together in this many figure columns or more

Row = tuple[RawCell, ...]


def parted_rows(tail: RawTable, figure_columns: set[int], stacked: set[int]) -> RawTable:
    """tail (a continuation, on head's columns) with each row whose lines are rows of their own
    (_lines_as_rows) parted line by line. figure_columns: the columns whose body holds figures on
    the page before; stacked: those of them where a cell there stacks two figures (cell_stacks_figures)."""
    if not tail.lines or len(figure_columns - stacked) < MIN_FIGURE_COLUMNS:
        return tail
    rows: list[Row] = []
    for row in tail.rows:
        rows += _lines_as_rows(row, tail.lines, figure_columns - stacked) or [row]
    return tail if len(rows) == len(tail.rows) else replace(tail, rows=tuple(rows))


def cell_stacks_figures(cell: RawCell) -> bool:
    """True when a cell holds two lines or more, each a whole figure: a column that stacks figures."""
    lines = [ln for ln in cell.raw.split("\n") if ln.strip()]
    return len(lines) > 1 and all(_is_figure(ln) for ln in lines)


def _lines_as_rows(row: Row, lines: Sequence[SegLine], figures: set[int]) -> list[Row] | None:
    """The row's lines, one row each, when two or more lines stand within it and each holds one
    segment in every column the row fills and none elsewhere, a whole figure in every column of
    figures (MIN_FIGURE_COLUMNS of them or more); else None."""
    top, bottom = min(c.bbox[1] for c in row), max(c.bbox[3] for c in row)
    within = [ln for ln in lines if ln.page == row[0].page and top <= ln.bbox[1] and ln.bbox[3] <= bottom]
    filled = [j for j, c in enumerate(row) if c.raw.strip()]
    if len(within) < 2 or len([j for j in filled if j in figures]) < MIN_FIGURE_COLUMNS:
        return None
    parted = [_by_column(ln, row, filled) for ln in within]
    if any(cells is None or any(j in figures and not _is_figure(cells[j].raw) for j in filled) for cells in parted):
        return None
    return [tuple(cells.get(j, RawCell("", (c.bbox[0], ln.bbox[1], c.bbox[2], ln.bbox[3]), c.page)) for j, c in enumerate(row))
            for cells, ln in zip(parted, within) if cells is not None]


def _by_column(line: SegLine, row: Row, filled: Sequence[int]) -> dict[int, RawCell] | None:
    """The line's segments as cells of the row's filled columns, one each (a segment lies in the
    column whose cell's box holds its middle), or None when some column gets none or two, or a
    segment lies in none."""
    cells: dict[int, RawCell] = {}
    for seg in line.segments:
        j = _column_of(seg, row, filled)
        if j is None or j in cells:
            return None
        cells[j] = RawCell(seg.text, seg.bbox, line.page, line_bboxes=(seg.bbox,))
    return cells if len(cells) == len(filled) else None


def _column_of(seg: Segment, row: Row, filled: Sequence[int]) -> int | None:
    middle = (seg.bbox[0] + seg.bbox[2]) / 2
    return next((j for j in filled if row[j].bbox[0] <= middle <= row[j].bbox[2]), None)


def _is_figure(text: str) -> bool:
    """A whole figure by itself (whole_figures.is_whole_figure), not one cut short (2,01)."""
    return is_whole_figure(text) and not is_cut_figure(nfkc_safe(cell_text(text)).replace(" ", ""))
