"""Names cut over two rows of a table: a text export or a layout engine wrote the second line of
a wrapped name as a row of its own (地域の魅力を発信する / イベントへの参加者数).

A reader joins them when the row below holds nothing but the rest of the name and the name
above cannot end where it was cut: a KPI or project name is a noun phrase, and 地域の魅力を
発信する (a verb waiting for its noun) is none, while the two together are one. Where the
first part is a noun phrase already (中心市街地の歩行者 / 通行量) nothing proves the cut and
the rows stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from extract.interpret.structure import is_data_value
from extract.model import Cell, Table
from extract.morph import is_noun_phrase


def join_cut_names(table: Table) -> Table:
    """The table with each name cut over two rows joined in the upper row; the lower row's
    cell is left empty (its row and provenance stay, so row indices keep their meaning)."""
    rows = [list(row) for row in table.rows]
    for r in range(1, len(rows)):
        col = _continuation_col(rows[r - 1], rows[r])
        if col is not None:
            upper, lower = rows[r - 1][col], rows[r][col]
            rows[r - 1][col] = replace(upper, text=upper.text + lower.text, raw=f"{upper.raw}\n{lower.raw}",
                                       line_bboxes=upper.line_bboxes + lower.line_bboxes if upper.line_bboxes else ())
            rows[r][col] = replace(lower, text="", raw="", line_bboxes=())
    return replace(table, rows=tuple(tuple(row) for row in rows))


def _continuation_col(upper: list[Cell], lower: list[Cell]) -> int | None:
    """The column of a name the lower row only continues, or None."""
    filled = [c for c in lower if c.text.strip()]
    if len(filled) != 1:
        return None
    col = lower.index(filled[0])
    if col >= len(upper) or not upper[col].text.strip() or is_data_value(filled[0].text):
        return None
    if not any(c.text.strip() for k, c in enumerate(upper) if k != col):
        return None  # the upper row is a label of its own (a group heading), not a row of values
    name = upper[col].text.strip()
    return col if not is_noun_phrase(name) and is_noun_phrase(name + filled[0].text.strip()) else None
