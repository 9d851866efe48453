"""Minus signs a layout parted from their figures: △ in a cell of its own left of the figure,
or at the end of the figure before it (7,174 △ | 14,361: the sign typeset apart, the column
boundary drawn between it and its digits)."""

from __future__ import annotations

from dataclasses import replace

from extract.model import Cell, Table
from normalize import parse_quantity
from normalize.vocab import MINUS_CHARS

ACCOUNTING_MINUS = "△▲"  # a minus sign that stands apart from its figure (never a bare dash: a placeholder)
EVALUATION_MARKS = frozenset("○◯〇×◎●")  # a column of these grades its rows: its △ is a grade, no sign


def with_sign_beside(table: Table, row: tuple[Cell, ...], col: int) -> Cell:
    """A value whose minus sign the layout set apart in the cell to its left (△ | 3,807: the
    sign's own column, or a neighbour column's empty cell) carries that sign, unless that
    column grades its rows with marks (○ / △ / ×)."""
    left = row[col - 1] if 0 < col <= len(row) else None
    sign = left.text.strip() if left is not None else ""
    if len(sign) != 1 or sign not in ACCOUNTING_MINUS or row[col].text.lstrip()[:1] in MINUS_CHARS:
        return row[col]
    if any(r[col - 1].text.strip() in EVALUATION_MARKS for r in table.rows if col - 1 < len(r)):
        return row[col]
    return replace(row[col], text=sign + row[col].text.strip(), raw=sign + row[col].raw.strip())


def with_signs_rejoined(table: Table) -> Table:
    """The table with each minus sign that ends a figure's cell (7,174 △) given to the figure in
    the cell to its right when that one has no sign: a sign never follows its figure."""
    rows = tuple(_rejoined(row) for row in table.rows)
    return table if rows == table.rows else replace(table, rows=rows)


def _rejoined(row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    out = list(row)
    for col in range(len(out) - 1):
        parts = out[col].text.split()
        right = out[col + 1]
        if (len(parts) == 2 and parts[1] in ACCOUNTING_MINUS and parse_quantity(parts[0]).value is not None
                and right.text.strip()[:1].isdigit() and parse_quantity(right.text).value is not None):
            out[col] = replace(out[col], text=parts[0], raw=out[col].raw.rstrip().removesuffix(parts[1]).rstrip())
            out[col + 1] = replace(right, text=parts[1] + right.text.strip(), raw=parts[1] + right.raw.strip())
    return tuple(out)
