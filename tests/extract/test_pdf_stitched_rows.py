"""Rows of a table's continuation its page read as one (extract.pdf.stitched_rows)."""

from __future__ import annotations

import pytest

from extract.pdf.grid import RawCell, RawTable, Segment, SegLine, union_bbox
from extract.pdf.stitched_rows import cell_stacks_figures, parted_rows

COLUMNS = [(56.8, 125.0), (181.8, 192.1), (243.8, 263.2), (297.3, 316.6), (487.8, 505.8)]
TOPS = (55.6, 66.2)  # two lines at the table's pitch, set solid: no gap tells rows from a cell's lines
LINE_PT = 9.0
# corpus seed 880 kpi_progress in writer_borderless: 森林整備面積 over Uターン就職者数 atop page 2
LINES = (("森林整備面積", "ha", "66.5", "44.8", "A"), ("Uターン就職者数", "人", "89", "119", "順調"))


def _tail(lines: tuple[tuple[str, ...], ...] = LINES) -> RawTable:
    seglines = tuple(SegLine(tuple(Segment(t, (x0, top, x1, top + LINE_PT)) for t, (x0, x1) in zip(texts, COLUMNS) if t),
                             (COLUMNS[0][0], top, COLUMNS[-1][1], top + LINE_PT), 2, " ".join(texts))
                     for texts, top in zip(lines, TOPS))
    row = tuple(RawCell("\n".join(ln[j] for ln in lines if ln[j]), (x0, TOPS[0], x1, TOPS[-1] + LINE_PT), 2)
                for j, (x0, x1) in enumerate(COLUMNS))
    return RawTable(2, union_bbox(c.bbox for c in row), (row,), "pdfplumber-text", lines=seglines, fragment=True)


def _texts(table: RawTable) -> list[list[str]]:
    return [[c.raw for c in row] for row in table.rows]


def test_lines_stepping_together_with_a_figure_per_column_are_rows() -> None:
    assert _texts(parted_rows(_tail(), {2, 3}, set())) == [list(LINES[0]), list(LINES[1])]


@pytest.mark.parametrize(("figures", "stacked", "parts"), [
    ({2, 3}, set(), True),  # two columns of figures (MIN_FIGURE_COLUMNS)
    ({2}, set(), False),  # one tells nothing: a cell may stack two figures
    ({2, 3}, {3}, False),  # the page before stacks figures in a cell of that column
])
def test_the_page_before_shows_a_figure_per_cell(figures: set[int], stacked: set[int], parts: bool) -> None:
    assert (len(parted_rows(_tail(), figures, stacked).rows) == 2) is parts


@pytest.mark.parametrize("lines", [
    (("森林整備面積", "ha", "66.5", "44.8", "A"), ("", "", "89", "119", "")),  # a line missing from a column: no lockstep
    (("森林整備面積", "ha", "66.5", "44.8", "A"), ("Uターン就職者数", "人", "89", "（R5）", "順調")),  # no figure
    (("森林整備面積", "ha", "2,01", "44.8", "A"), ("Uターン就職者数", "人", "8", "119", "順調")),  # a figure cut short
])
def test_lines_out_of_step_or_without_figures_stay_one_row(lines: tuple[tuple[str, ...], ...]) -> None:
    tail = _tail(lines)
    assert parted_rows(tail, {2, 3}, set()) is tail


@pytest.mark.parametrize(("raw", "stacks"), [("66.5\n89", True), ("13人（延べ\n289日）", False), ("66.5", False)])
def test_a_cell_stacks_figures(raw: str, stacks: bool) -> None:
    assert cell_stacks_figures(RawCell(raw, (0.0, 0.0, 10.0, 10.0), 1)) is stacks
