"""Column topology of KPI tables: which label column names the rows of each value column.

A table may hold several blocks side by side (財政指標名 | 決算 … | 公営企業会計名 | 決算 …)
and its header cells may sit one column off their data (merged cells in PDFs). Walking left
from a value column, the first column that holds names is its indicator column, unless that
column carries a header other than an indicator word and a real indicator column stands
further left in the same block.
"""

from __future__ import annotations

from dataclasses import replace

from extract.model import Table
from extract.recognizers.columns import (
    MEASURED_KINDS, VALUE_KINDS, ColumnRole, is_short_value_column, is_value_column, only_missing_markers,
)


def has_data(table: Table, col: int, start: int) -> bool:
    """True when any data cell of the column holds text."""
    return any(col < len(r) and r[col].text.strip() for r in table.rows[start:])


def realign_values(table: Table, roles: list[ColumnRole], start: int) -> list[ColumnRole]:
    """A value header over a column that holds no values is misaligned (merged header
    cells): move it to a neighbouring unlabelled column of values, or drop it unless all
    it holds is dashes (a value column of a one-row table with no value yet) or short cells
    of which some are values (年1回 beside 1年間収録しDVD化: targets, some in words)."""
    roles = list(roles)
    for role in [r for r in roles if r.kind in VALUE_KINDS]:
        if is_value_column(table, role.col, start) or only_missing_markers(table, role.col, start):
            continue
        neighbour = next((c for c in (role.col - 1, role.col + 1)
                          if 0 <= c < len(roles) and roles[c].kind == "other"
                          and is_value_column(table, c, start)), None)
        if neighbour is not None:
            roles[role.col] = replace(role, kind="other")
            roles[neighbour] = replace(role, col=neighbour, header=roles[neighbour].header)
        elif not is_short_value_column(table, role.col, start):
            roles[role.col] = replace(role, kind="other")
    return roles


def indicator_columns(table: Table, roles: list[ColumnRole], start: int) -> dict[int, int]:
    """Map each value column to the column that names its rows."""
    mapping = {}
    for role in roles:
        if role.kind in MEASURED_KINDS:
            col = _indicator_for(table, roles, role.col, start)
            if col is not None:
                mapping[role.col] = col
    return mapping


def _indicator_for(table: Table, roles: list[ColumnRole], value_col: int, start: int) -> int | None:
    label: int | None = None
    for col in range(value_col - 1, -1, -1):
        role = roles[col]
        if role.kind == "unit" or not has_data(table, col, start):
            continue
        # a column headed as the indicators' holds names, whatever number opens them (No項目: 1世帯数); one
        # headed by a year (到達目標 R5 R6 over 20.0 26.9, cells it cannot read) holds figures, no names
        is_values = role.kind in MEASURED_KINDS or role.year is not None or (
            role.kind != "indicator" and is_value_column(table, col, start))
        if label is None:
            if is_values:
                continue  # another value column of the same block
            if role.kind == "indicator" or not role.header:
                return col
            label = col  # a labelled column (区分, 会計名): an indicator may stand further left
        elif is_values:
            return label  # a block boundary: the labelled column names this block
        elif role.kind == "indicator":
            return col
    return label
