"""A 単位 cell wrapped over one indicator's sub-rows: its scale on one line, its unit on the next.

A narrow 単位 column wraps 百万円 as 百万 over 円; a PDF reader sets each line beside the sub-row
it stands level with (実績値 beside 百万, 目標 beside 円), so the 目標 row's values read as 円
where the cell says 百万円. A scale word alone over a unit word in the row below, that row naming
no indicator of its own (the name above goes on), is one unit cut in two (normalize.units.
unit_cut_in_two): both rows take it whole.
"""

from __future__ import annotations

from extract.interpret.structure import Layout
from extract.model import Table
from normalize.units import unit_cut_in_two


def cut_unit_labels(table: Table, layout: Layout) -> dict[tuple[int, int], str]:
    """The (row, column) of each 単位 cell holding one part of a unit cut over two sub-rows of one
    indicator, to the whole unit (百万 over 円: 百万円 for both rows)."""
    units = [c for c, role in layout.label_roles if role == "unit"]
    names = [c for c, role in layout.label_roles if role == "name"]
    out: dict[tuple[int, int], str] = {}
    for r in range(layout.start + 1, table.n_rows):
        if any(_text(table, r, c) for c in names):
            continue  # the row names an indicator of its own: its unit is its own
        for c in units:
            whole = unit_cut_in_two(_text(table, r - 1, c), _text(table, r, c))
            if whole is not None:
                out[(r - 1, c)] = out[(r, c)] = whole
    return out


def _text(table: Table, r: int, c: int) -> str:
    cell = table.cell(r, c)
    return cell.text if cell is not None else ""
