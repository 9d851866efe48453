"""Row labels that label a group of rows: a name set once beside the sub-rows of its kinds.

A table with a kind column (目標 / 最新値 / 目標 / 最新値 …) names each indicator once beside
its sub-rows. A layout engine or a spreadsheet centres a merged name cell vertically over them,
so the name may stand in any sub-row of its group, not the first (出生数 level with 最新値,
its 目標 row above blank); carrying names down would give each group's first sub-row the
name above. When the kinds down the column repeat one cycle and every cycle holds exactly one
name, that name (and the one text of each other label column in the cycle, a unit) labels
the whole cycle. Where names are top-aligned this reads as carrying them down does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial

from extract.interpret.facets import kind_of
from extract.interpret.structure import Layout
from extract.model import Table

MIN_CYCLES = 2  # a cycle of kinds shows only when it repeats at least this many times


def cycle_labels(table: Table, layout: Layout) -> dict[tuple[int, int], str]:
    """(row, col) → the label text of the row's cycle, for the label columns (but the kind
    column) of the body rows whose kinds cycle; empty when no run of rows cycles."""
    kind_cols = [c for c, role in layout.label_roles if role == "kind"]
    if len(kind_cols) != 1:
        return {}
    others = [c for c, role in layout.label_roles if role != "kind"]
    names = [c for c, role in layout.label_roles if role == "name"]
    return cycled_texts(partial(_text, table), range(layout.start, table.n_rows), kind_cols[0],
                        lambda text: text if kind_of(text) else None, names, others)


def cycled_texts(text: Callable[[int, int], str], rows: Iterable[int], kind_col: int,
                 kind_key: Callable[[str], str | None], names: Sequence[int], cols: Sequence[int]
                 ) -> dict[tuple[int, int], str]:
    """(row, col) → the one text of col in the row's cycle, for cols, over the runs of consecutive
    rows whose kind cell has a key (kind_key) that cycle (split_cycles) with exactly one text of
    each name column in every cycle; text(row, col) reads a cell."""
    out: dict[tuple[int, int], str] = {}
    for run in kind_runs(rows, lambda r: kind_key(text(r, kind_col)) is not None):
        cycles = split_cycles(run, [str(kind_key(text(r, kind_col))) for r in run])
        if cycles and all(sum(bool(text(r, c)) for r in cyc) == 1 for cyc in cycles for c in names):
            out.update(_cycle_texts(text, cycles, cols))
    return out


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


def _cycle_texts(text: Callable[[int, int], str], cycles: list[list[int]], cols: Sequence[int]) -> dict[tuple[int, int], str]:
    """Each column's one text in a cycle, for every row of the cycle (a column with two texts
    in a cycle labels its rows itself)."""
    out: dict[tuple[int, int], str] = {}
    for cycle in cycles:
        for col in cols:
            texts = [t for r in cycle if (t := text(r, col))]
            if len(texts) == 1:
                out.update({(r, col): texts[0] for r in cycle})
    return out


def _text(table: Table, row: int, col: int) -> str:
    cell = table.cell(row, col)
    return cell.text.strip() if cell is not None else ""
