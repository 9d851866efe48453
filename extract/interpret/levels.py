"""Label columns naming the rows level by level: an outline of names (款 | 項 | 目) set in a column per level.

A budget's classification names each row in the column of its level, the other levels' cells blank on
that row (1 議会費 | — over — | 1 議会費; 2 農林水産業費 over 1 農業費, 2 林業費). Where one level's header
names its rows (款名, 科目（項名称）) and the next level's words are unknown to the reader, the table itself
proves the unknown column a level of names: on every row holding a value exactly one of the columns holds
a name, the headed ones' blanks are its names. A note column stands beside the name it describes, on the
same rows, so it never complements them.
"""

from __future__ import annotations

from collections.abc import Sequence

NamedRows = Sequence[bool]  # per body row holding a value: whether the column holds a name there


def complements_levels(column: NamedRows, headed: Sequence[NamedRows]) -> bool:
    """True when the column holds a name on some row holding a value, and on every such row exactly one of
    it and the headed name columns holds one: the rows the headed levels leave nameless are its names."""
    return any(column) and bool(headed) and all(sum(named) == 1 for named in zip(column, *headed))
