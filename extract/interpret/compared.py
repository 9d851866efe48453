"""Years of two amount columns a difference column beside them proves.

    ＦＦ           | ＧＧ           | ＪＪ                      (title: 2019年度 一般会計予算書)
    575,945,028    | 371,743,255    | 204,201,773

A column right of two others equal, row by row, to the first minus the second is their change:
the first is the figure compared, the second the one it is compared with. A budget's change is
this year's over the year before (本年度 − 前年度 = 比較), so where the words over the two say not
which year they are (words the reader does not know, no year of their own), the compared one is
the document's year and the other the year before; a column whose year the header states
relative to the document (前年度) dates the other one year on. Anything less certain — no row
proving it, a row against it, two such pairs, a known amount word over the change (一般財源
equal to 計 − 補正前 in a 補正 table) — and nothing is dated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.interpret.facets import Facets
from extract.model import Table
from extract.vocab import KPI_KINDS
from normalize import parse_quantity

MIN_PROOF_ROWS = 2  # rows where the change equals the difference of the two: one could be chance
EQUAL_REL_TOL = 1e-9  # relative difference under which two amounts are equal (dimensionless)
DIFFERENCE = "difference"
# Kinds of a column no sum of amounts is made of: an indicator's values, a ratio, a change (比較 is the sum's other side)
SUMMAND_EXCLUDED_KINDS = frozenset({*KPI_KINDS, "ratio", DIFFERENCE})


def is_undated_unknown(facets: Facets) -> bool:
    """A column in words the reader does not know, dated neither by a year nor relative to the document."""
    return facets.unread and facets.kind is None and facets.year is None and facets.relative_year is None


def may_compare(facets: Facets) -> bool:
    """An amount column the change may be taken of: undated in unknown words, or dated relative
    to the document's year (前年度予算額), no ratio or difference."""
    return is_undated_unknown(facets) or (facets.relative_year is not None and facets.year is None
                                          and facets.kind not in ("ratio", DIFFERENCE))


def may_be_change(facets: Facets) -> bool:
    """A column that may hold the change: stated as a difference, or undated in unknown words."""
    return facets.kind == DIFFERENCE or is_undated_unknown(facets)


def column_numbers(table: Table, start: int, col: int) -> list[float | None]:
    """The number of each body row's cell in the column, None where it holds none."""
    out: list[float | None] = []
    for row in table.rows[start:]:
        q = parse_quantity(row[col].text) if col < len(row) and row[col].text.strip() else None
        out.append(q.value if q is not None and q.missing_reason is None else None)
    return out


def proves_change(first: Sequence[float | None], second: Sequence[float | None], change: Sequence[float | None]) -> bool:
    """True when every row holding all three numbers has change = first - second, and at least
    MIN_PROOF_ROWS do."""
    rows = [(a, b, d) for a, b, d in zip(first, second, change) if a is not None and b is not None and d is not None]
    return len(rows) >= MIN_PROOF_ROWS and all(
        abs(a - b - d) <= EQUAL_REL_TOL * max(abs(a), abs(b), abs(d)) for a, b, d in rows)


def with_compared_years(table: Table, start: int, facets: tuple[Facets, ...], value_cols: Sequence[int],
                        ) -> tuple[Facets, ...]:
    """The value columns' facets, the two a change column proves compared dated relative to the
    document's year: the compared one the year after the other (see the module docstring)."""
    compared = [c for c in value_cols if may_compare(facets[c])]
    changes = [c for c in value_cols if may_be_change(facets[c])]
    if len(compared) < 2 or not changes or not any(is_undated_unknown(facets[c]) for c in compared):
        return facets
    numbers = {c: column_numbers(table, start, c) for c in {*compared, *changes}}
    pairs = [(a, b) for d in changes for a in compared for b in compared
             if a != b and a < d and b < d and d not in (a, b) and proves_change(numbers[a], numbers[b], numbers[d])]
    if len(pairs) != 1:
        return facets
    newer, older = pairs[0]
    offsets = _offsets(facets[newer], facets[older])
    if offsets is None:
        return facets
    out = list(facets)
    out[newer] = replace(facets[newer], relative_year=offsets[0], unread=False)
    out[older] = replace(facets[older], relative_year=offsets[1], unread=False)
    return tuple(out)


def is_read_amount(facets: Facets) -> bool:
    """A column whose words the reader knows, naming no KPI kind, ratio or difference (補正額, 補正後の額, 予算額)."""
    return not facets.unread and facets.kind not in SUMMAND_EXCLUDED_KINDS


def same_year(first: Facets, second: Facets) -> bool:
    """True when two columns state the same year, or neither states one (補正前の額, 補正額): a column adding up with two of
    different years (本年度, 前年度) is their change, no amount of either."""
    return first.year == second.year and first.relative_year == second.relative_year


def proves_sum(total: Sequence[float | None], first: Sequence[float | None], second: Sequence[float | None]) -> bool:
    """True when every row holding all three numbers has total = first + second, and at least MIN_PROOF_ROWS rows
    holding three figures none of them zero do (a zero adds nothing: a column of zeros proves no sum)."""
    rows = [(t, a, b) for t, a, b in zip(total, first, second) if t is not None and a is not None and b is not None]
    proofs = [r for r in rows if all(r)]
    return len(proofs) >= MIN_PROOF_ROWS and all(
        abs(a + b - t) <= EQUAL_REL_TOL * max(abs(a), abs(b), abs(t)) for t, a, b in rows)


def with_summed_amounts(table: Table, start: int, facets: tuple[Facets, ...], value_cols: Sequence[int],
                        ) -> tuple[Facets, ...]:
    """The value columns' facets, the one column in words the reader does not know read where its figures and those of
    two read amount columns add up row by row, one the sum of the other two (ＸＸ + 補正額 = 補正後の額: the amount before
    the revision; 補正前の額 + ＸＸ = 補正後の額: the revision): it holds amounts of the same account, whatever its word
    names, and its words stay its measure. Nothing where no row proves it, a row is against it, two such sums hold, or the two
    state different years (本年度 | 前年度 | ＪＪ: their change)."""
    unknown = [c for c in value_cols if is_undated_unknown(facets[c])]
    read = [c for c in value_cols if is_read_amount(facets[c])]
    if len(unknown) != 1 or len(read) < 2:
        return facets
    numbers = {c: column_numbers(table, start, c) for c in (*unknown, *read)}
    u = unknown[0]
    sums = [(a, b) for a in read for b in read if a < b and same_year(facets[a], facets[b]) and (
        proves_sum(numbers[u], numbers[a], numbers[b]) or proves_sum(numbers[a], numbers[u], numbers[b])
        or proves_sum(numbers[b], numbers[u], numbers[a]))]
    if len(sums) != 1:
        return facets
    return tuple(replace(f, unread=False) if c == u else f for c, f in enumerate(facets))


def _offsets(newer: Facets, older: Facets) -> tuple[int, int] | None:
    """The relative years of the compared column and the one it is compared with: the year before
    it for the latter; the document's year and the one before where neither states one."""
    if newer.relative_year is not None and older.relative_year is None:
        return newer.relative_year, newer.relative_year - 1
    if older.relative_year is not None and newer.relative_year is None:
        return older.relative_year + 1, older.relative_year
    if newer.relative_year is None and older.relative_year is None:
        return 0, -1
    return None
