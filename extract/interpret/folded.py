"""A table folded in two: a second column of row names, then the value columns again.

A sheet short of height sets a long table in blocks side by side under one header row
(財政指標名 | H19決算 | H20決算 | 差引 || 公営企業会計名 | H19決算 | H20決算 | 差引). A careful
reader reads each block's values with the names of its own block; read as one table, the
right block's values would take the left block's names, and the right block's rows below the
left block's last name would take that name carried down. The table is cut before a label
column when:

- that column is headed as a name column (会計名, 区分 …) or as the table's first label column,
  or the columns from it on are headed word for word as those from the first label column on
  (No. | ＤＤ | 単位 | R8到達目標 twice: the header again, in words the reader may not know),
- every value column after it is headed like a value column before it (the columns again),
- no cell of any row spans across the cut, and the column holds at least one row name.

Anything less and the table is read as one.
"""

from __future__ import annotations

from dataclasses import replace

from extract.interpret.header_rows import is_name_header
from extract.interpret.structure import Layout, is_name
from extract.model import Cell, Table

LABEL_ROLES = frozenset({"name", "note"})


def folded_blocks(table: Table, layout: Layout) -> tuple[Table, ...]:
    """The blocks of a folded table, left to right, each with its own columns; else the table."""
    cut = next((col for col, _ in layout.label_roles if _is_fold(table, layout, col)), None)
    if cut is None:
        return (table,)
    left = replace(table, rows=tuple(row[:cut] for row in table.rows))
    right = replace(table, rows=tuple(tuple(_moved(c, cut) for c in row[cut:]) for row in table.rows))
    return left, right


def _is_fold(table: Table, layout: Layout, col: int) -> bool:
    role = layout.role_of(col)
    before = [c for c in layout.value_cols if c < col]
    after = [c for c in layout.value_cols if c > col]
    if role not in LABEL_ROLES | {"code"} or not before or not after:
        return False
    first_label = layout.label_roles[0][0]
    header = layout.col_headers[col]
    repeats = repeats_header(layout, first_label, col, table.n_cols)
    if not (repeats or role != "code" and (is_name_header(header) or header == layout.col_headers[first_label])):
        return False
    again = {layout.col_headers[c] for c in before}
    if not all(layout.col_headers[c] and layout.col_headers[c] in again for c in after):
        return False
    names = [c for c, r in layout.label_roles if col <= c < after[0] and r in LABEL_ROLES]
    return not _spans_across(table, col) and any(
        c < len(row) and is_name(row[c].text.strip()) for row in table.rows[layout.start:] for c in names)


def repeats_header(layout: Layout, first: int, col: int, width: int) -> bool:
    """True when the columns from col on are headed word for word as those from the table's first
    label column (No. | ＤＤ | 単位 | 目標 twice): the whole table again, whatever its words say."""
    again = layout.col_headers[col:width]
    return col - first >= len(again) and all(again) and again == layout.col_headers[first:first + len(again)]


def _spans_across(table: Table, col: int) -> bool:
    return any(c.col < col < c.col + c.col_span for row in table.rows for c in row)


def _moved(cell: Cell, cut: int) -> Cell:
    return replace(cell, prov=replace(cell.prov, col=cell.col - cut)) if cell.prov.col is not None else cell
