"""Names cut over two rows of a table: a text export or a layout engine wrote the second line of
a wrapped name as a row of its own (地域の魅力を発信する / イベントへの参加者数).

A reader joins them when the row below holds nothing but the rest of the name and the name
above cannot end where it was cut: a KPI or project name is a noun phrase, and 地域の魅力を
発信する (a verb waiting for its noun) is none, while the two together are one. Where the
first part is a noun phrase already (中心市街地の歩行者 / 通行量) only a unit closing the second
part (通行量（休日）（人）, a unit no group label carries) proves the cut; else the rows stay.
"""

from __future__ import annotations

from dataclasses import replace

from extract.interpret.structure import is_data_value
from extract.model import Cell, Table
from extract.morph import is_noun_phrase
from normalize import unit_from_header


def join_cut_names(table: Table) -> Table:
    """The table with each name cut over two rows joined in the upper row; the lower row's
    cells are left empty (its row and provenance stay, so row indices keep their meaning)."""
    rows = [list(row) for row in table.rows]
    for r in range(1, len(rows)):
        for col in _continuation_cols(rows[r - 1], rows[r]):
            upper, lower = rows[r - 1][col], rows[r][col]
            rows[r - 1][col] = replace(upper, text=upper.text + lower.text, raw=f"{upper.raw}\n{lower.raw}",
                                       line_bboxes=upper.line_bboxes + lower.line_bboxes if upper.line_bboxes else ())
            rows[r][col] = replace(lower, text="", raw="", line_bboxes=())
    return replace(table, rows=tuple(tuple(row) for row in rows))


def _continuation_cols(upper: list[Cell], lower: list[Cell]) -> list[int]:
    """The columns of the names the lower row only continues (one per block of a table set
    side by side), or none when any filled cell of it is no such continuation."""
    cols = [k for k, c in enumerate(lower) if c.text.strip()]
    if not cols or len(cols) * 2 > len([c for c in upper if c.text.strip()]):
        return []  # the upper row must hold more than the names: a row of values
    return cols if all(_continues(upper, lower, k) for k in cols) else []


def _continues(upper: list[Cell], lower: list[Cell], col: int) -> bool:
    if col >= len(upper) or not upper[col].text.strip() or is_data_value(lower[col].text):
        return False
    return continues_name(upper[col].text.strip(), lower[col].text.strip())


def continues_name(name: str, rest: str) -> bool:
    """True when rest (a line by itself) is the rest of a name cut after name (module docstring)."""
    if unit_from_header(rest) and not unit_from_header(name):
        return True  # 中心市街地の歩行者 / 通行量（休日）（人）: the unit closes the name, no group label has one
    return not is_noun_phrase(name) and is_noun_phrase(name + rest)
