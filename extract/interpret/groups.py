"""Row labels that label a group of rows: a name set once beside the sub-rows of its kinds.

A table with a kind column (目標 / 最新値 / 目標 / 最新値 …) names each indicator once beside
its sub-rows. A layout engine or a spreadsheet centres a merged name cell vertically over them,
so the name may stand in any sub-row of its group, not the first (出生数 level with 最新値,
its 目標 row above blank); carrying names down would give each group's first sub-row the
name above. When the kinds down the column repeat one cycle and every cycle holds exactly one
name, that name (and the one text of each other label column in the cycle, a unit) labels
the whole cycle. Where names are top-aligned this reads as carrying them down does. A name longer
than its group's first sub-row runs on beside the next (中心市街地の歩行者 level with 目標 over
通行量（休日） level with 最新値): the cycle's lines that go on the name before them are that one name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial

from extract.interpret.facets import kind_of
from extract.interpret.structure import Layout
from extract.model import Table

MIN_CYCLES = 2  # a cycle of kinds shows only when it repeats at least this many times
Continues = Callable[[str, str], bool]  # (a name so far, the line after it) → the line goes on the name


def cycle_labels(table: Table, layout: Layout, continues: Continues) -> dict[tuple[int, int], str]:
    """(row, col) → the label text of the row's cycle, for the label columns (but the kind
    column) of the body rows whose kinds cycle; empty when no run of rows cycles; continues tells
    a line going on the name before it."""
    kind_cols = [c for c, role in layout.label_roles if role == "kind"]
    if len(kind_cols) != 1:
        return {}
    others = [c for c, role in layout.label_roles if role != "kind"]
    names = [c for c, role in layout.label_roles if role == "name"]
    return cycled_texts(partial(_text, table), range(layout.start, table.n_rows), kind_cols[0],
                        lambda text: text if kind_of(text) else None, names, others, continues)


def cycled_texts(text: Callable[[int, int], str], rows: Iterable[int], kind_col: int,
                 kind_key: Callable[[str], str | None], names: Sequence[int], cols: Sequence[int],
                 continues: Continues) -> dict[tuple[int, int], str]:
    """(row, col) → the one text of col in the row's cycle, for cols, over the runs of consecutive
    rows whose kind cell has a key (kind_key) that cycle (split_cycles) with one name in each name
    column in every cycle (one text, or lines each going on the name before it: continues);
    text(row, col) reads a cell."""
    out: dict[tuple[int, int], str] = {}
    for run in kind_runs(rows, lambda r: kind_key(text(r, kind_col)) is not None):
        cycles = split_cycles(run, [str(kind_key(text(r, kind_col))) for r in run])
        if cycles and all(one_name(_texts(text, cyc, c), continues) for cyc in cycles for c in names):
            out.update(_cycle_texts(text, cycles, cols, names, continues))
    return out


def one_name(texts: Sequence[str], continues: Continues) -> str | None:
    """The one name a cycle's texts of a name column state: its one text, or its lines joined where
    each goes on the name before it (中心市街地の歩行者 / 通行量（休日）); None for none or two names."""
    if not texts:
        return None
    name = texts[0]
    for more in texts[1:]:
        if not continues(name, more):
            return None
        name += more
    return name


def kind_runs(rows: Iterable[int], states_kind: Callable[[int], bool]) -> list[list[int]]:
    """Runs of consecutive rows whose kind cell states a kind."""
    runs: list[list[int]] = [[]]
    for r in rows:
        if states_kind(r):
            runs[-1].append(r)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def split_cycles(rows: Sequence[int], kinds: Sequence[str]) -> list[list[int]]:
    """The rows cut into cycles: the shortest period of two or more distinct kinds that the
    kinds repeat exactly, at least MIN_CYCLES times; none when they repeat none."""
    n = len(kinds)
    for period in range(2, n // MIN_CYCLES + 1):
        if n % period == 0 and len(set(kinds[:period])) == period and \
                all(kinds[i] == kinds[i % period] for i in range(n)):
            return [list(rows[i:i + period]) for i in range(0, n, period)]
    return []


def _cycle_texts(text: Callable[[int, int], str], cycles: list[list[int]], cols: Sequence[int], names: Sequence[int],
                 continues: Continues) -> dict[tuple[int, int], str]:
    """Each column's one text in a cycle (a name column's one name), for every row of the cycle (any other
    column with two texts in a cycle labels its rows itself)."""
    out: dict[tuple[int, int], str] = {}
    for cycle in cycles:
        for col in cols:
            texts = _texts(text, cycle, col)
            one = one_name(texts, continues) if col in names else texts[0] if len(texts) == 1 else None
            if one is not None:
                out.update({(r, col): one for r in cycle})
    return out


def _texts(text: Callable[[int, int], str], cycle: Sequence[int], col: int) -> list[str]:
    return [t for r in cycle if (t := text(r, col))]


def _text(table: Table, row: int, col: int) -> str:
    cell = table.cell(row, col)
    return cell.text.strip() if cell is not None else ""
