"""The findings dataset: values that contradict each other, each citing both sides.

Checks, run at the end of a run over every document that counts (twins left out):

    conflicting_value      same KPI key, unit, year and kind, different values
    final_target_differs   one document, two tables, different final targets for one KPI
    year_annotation        a year written in a cell that contradicts its column header
    total_mismatch         a 合計 / 計 / 総計 row that does not equal the rows above it
    target_before_document a target year earlier than the document's latest baseline year
    budget_year_gap        a 事業費 year sequence with a year missing in between
    glued_amount           an amount whose digits are two neighbouring amounts written together
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from normalize import parse_year
from pipelines.schemas import DATASETS, FINDING_SIDES
from pipelines.series import SOURCE_COLUMNS, _plain, keyed_values, series_rows, without_twins, write_derived

VALUE_REL_TOL = 1e-6  # relative: two KPI values closer than this are the same value
TOTAL_REL_TOL = 0.001  # relative: a 合計 within 0.1% of its parts' sum is their sum (rounding)
TOTAL_LABELS = frozenset({"合計", "計", "総計"})
MIN_TOTAL_PARTS = 2  # rows: a total of one row says nothing
NON_ADDITIVE_UNITS = frozenset({"%", "pt", "倍"})
NEIGHBOUR_REACH = 2  # cells each side in a row or column: two amounts glued sit next to each other
MIN_GLUED_DIGITS = 4  # digits: shorter amounts glue together by chance (1 and 20 → 120)
Row = dict[str, Any]
NULLABLE = {pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(),
            pa.bool_(): pd.BooleanDtype(), pa.string(): pd.StringDtype()}


def side(prefix: str, row: pd.Series | None) -> Row:
    """The provenance columns of one side of a finding (a_… or b_…)."""
    return {f"{prefix}_{c}": None if row is None else _plain(row.get(c)) for c in SOURCE_COLUMNS}


def finding(check: str, subject: str | None, year: Any, a: pd.Series, b: pd.Series | None,
            message: str, value_a: Any = None, value_b: Any = None) -> Row:
    """One findings row citing side a and side b."""
    row: Row = {"check": check, "subject": _plain(subject), "fiscal_year": _plain(year), "message": message,
                "value_a": _plain(value_a), "value_b": _plain(value_b)}
    for prefix, src in zip(FINDING_SIDES, (a, b), strict=True):
        row |= side(prefix, src)
    return row


def differ(a: float, b: float, rel_tol: float) -> bool:
    """True when a and b differ by more than rel_tol of the larger magnitude."""
    return abs(a - b) > rel_tol * max(abs(a), abs(b))


def same_cell(a: pd.Series, b: pd.Series) -> bool:
    """Two readings of one cell (年3人（5年間で15人）): not a contradiction."""
    return all(_plain(a[c]) == _plain(b[c]) for c in ("doc_id", "table_index", "row_index", "col_index", "line"))


def conflicting_values(values: pd.DataFrame) -> Iterator[Row]:
    """Same key, unit, year and kind with a different value (the first stated is side a)."""
    keys = ["indicator_key", "unit", "fiscal_year", "kind"]
    dated = values[values["fiscal_year"].notna()]
    dated = dated[_per_group(dated, keys, "value", "nunique") > 1]  # one value per group: nothing to compare
    for (key, _unit, year, kind), group in dated.groupby(keys, sort=True, observed=True):
        first = group.iloc[0]
        for _, other in group.iloc[1:].iterrows():
            if differ(first["value"], other["value"], VALUE_REL_TOL) and not same_cell(first, other):
                yield finding("conflicting_value", key, year, first, other,
                              f"{other['indicator']} {kind} {year}: {first['value']:g} and {other['value']:g}",
                              first["value"], other["value"])
                break


def final_targets_differ(values: pd.DataFrame) -> Iterator[Row]:
    """Within one document, a KPI's last target differs between two tables."""
    keys = ["doc_id", "indicator_key", "unit"]
    targets = values[(values["kind"] == "target") & values["fiscal_year"].notna()]
    targets = targets[_per_group(targets, keys, "table_index", "nunique") > 1]  # in one table: no other final
    if targets.empty:
        return
    groups, tables = targets.groupby(keys, sort=True).ngroup().to_numpy(), targets["table_index"].to_numpy()
    years, values = sort_values_of(targets["fiscal_year"]), targets["value"].to_numpy()
    order = np.lexsort((tables, groups))  # stable: each key's tables in order, each table's rows in order
    for run in np.split(order, np.flatnonzero(np.diff(groups[order])) + 1):
        cuts = np.flatnonzero(np.diff(tables[run])) + 1
        finals = [int(t[last_sorted(years[t])]) for t in np.split(run, cuts)]  # each table's last target
        for at in finals[1:]:
            if differ(values[finals[0]], values[at], VALUE_REL_TOL):
                a, other = targets.iloc[finals[0]], targets.iloc[at]
                key = a["indicator_key"]
                yield finding("final_target_differs", key, other["fiscal_year"], a, other,
                              f"{a['indicator']}: final target {a['value']:g} ({a['fiscal_year']}) in table "
                              f"{a['table_index']}, {other['value']:g} ({other['fiscal_year']}) in table "
                              f"{other['table_index']}", a["value"], other["value"])


def sort_values_of(column: pd.Series) -> np.ndarray:
    """The values pandas' sort_values orders a column without missing values by, as an array
    (a nullable integer column's own integers: the same quicksort, the same order of ties)."""
    dtype = getattr(column.dtype, "numpy_dtype", None)
    return column.to_numpy() if dtype is None else column.to_numpy(dtype=dtype)


def last_sorted(values: np.ndarray) -> int:
    """The position sort_values puts last (its quicksort): a table's final target among ties."""
    return int(values.argsort(kind="quicksort")[-1])


def _per_group(frame: pd.DataFrame, keys: list[str], column: str, how: str, dropna: bool = True) -> pd.Series:
    """Each row's group's aggregate of column (0 for a row with a missing key, grouped as the
    check groups it): the checks loop only over groups that can yield a finding (the loops are slow)."""
    groups = frame.groupby(keys, sort=False, observed=True, dropna=dropna)
    return groups[column].transform(how).astype(float).fillna(0)


def header_year(header: str) -> int | None:
    """The single year a column header states, or None."""
    year = parse_year(header) if header else None
    return year.start if year is not None and year.start == year.end and not year.conflict else None


def year_annotations(table_values: pd.DataFrame, cells: pd.DataFrame) -> Iterator[Row]:
    """A year written in a cell (77.1%（H30年度）) that contradicts its column header's year."""
    stated = table_values[(table_values["year_source"] == "cell") & table_values["fiscal_year"].notna()
                          & (table_values["fiscal_year_end"] == table_values["fiscal_year"])]
    years: dict[str, int | None] = {}  # each header parsed once
    heads = [years[h] if h in years else years.setdefault(h, header_year(h))
             for h in (str(h or "") for h in stated["column_header"].tolist())]
    differs = [h is not None and h != y for h, y in zip(heads, stated["fiscal_year"].tolist())]
    header_of = header_cells(cells)
    for (_, v), head in zip(stated[np.array(differs, dtype=bool)].iterrows(), [h for h, d in zip(heads, differs) if d]):
        yield finding("year_annotation", v["row_label"], v["fiscal_year"], v, header_of(v),
                      f"{v['value_text']!s} says {v['fiscal_year']}, its header "
                      f"{v['column_header']} says {head}", v["value"], None)


def header_cell(cells: pd.DataFrame, v: pd.Series) -> pd.Series | None:
    """The topmost cell of a value's column in its table (where its header is written)."""
    same = cells[(cells["doc_id"] == v["doc_id"]) & (cells["table_index"] == v["table_index"])
                 & (cells["col_index"] == v["col_index"])]
    return None if same.empty else same.sort_values("row_index").iloc[0]


CELL_KEYS = ("doc_id", "table_index", "col_index")  # a value's column of cells


def header_cells(cells: pd.DataFrame) -> Callable[[pd.Series], pd.Series | None]:
    """header_cell of cells for any value: over arrays taken once (ColumnCells) where no cell
    misses its place."""
    if any(cells[c].hasnans for c in (*CELL_KEYS, "row_index")):
        return partial(header_cell, cells)
    return ColumnCells.of(cells).header_cell


@dataclass(frozen=True, slots=True)
class ColumnCells:
    """The cells' places header_cell compares, as arrays (it is asked once per finding)."""

    cells: pd.DataFrame
    keys: tuple[np.ndarray, ...]  # CELL_KEYS' values
    row: np.ndarray  # row_index as sort_values orders it

    @classmethod
    def of(cls, cells: pd.DataFrame) -> ColumnCells:
        return cls(cells, tuple(cells[c].to_numpy(dtype=object) for c in CELL_KEYS), sort_values_of(cells["row_index"]))

    def header_cell(self, v: pd.Series) -> pd.Series | None:
        """header_cell(cells, v): of the cells in v's column, the one sort_values puts first."""
        if any(pd.isna(v[c]) for c in CELL_KEYS):
            return None  # no cell is in no column
        same = np.flatnonzero(np.logical_and.reduce([k == v[c] for k, c in zip(self.keys, CELL_KEYS)]))
        return None if not same.size else self.cells.iloc[int(same[self.row[same].argsort(kind="quicksort")[0]])]


def total_parts(column: pd.DataFrame, total_at: int) -> list[int]:
    """The positions in column of the rows the total at position total_at
    sums: above it, below the previous total, under the same outer label."""
    rows = column["row_index"].to_numpy()
    is_total = column["row_label"].isin(TOTAL_LABELS).to_numpy()
    row, path = rows[total_at], column["row_path"].iloc[total_at]
    start = max((r for r, t in zip(rows, is_total) if t and r < row), default=-1)
    outer = list(path)[:-1] if path is not None else []
    paths = column["row_path"].tolist()
    return [i for i, (r, t) in enumerate(zip(rows, is_total))
            if start < r < row and not t and (not outer or list(paths[i])[:len(outer)] == outer)]


def total_mismatches(table_values: pd.DataFrame) -> Iterator[Row]:
    """A 合計 / 計 / 総計 row whose value is not the sum of the rows it closes."""
    numbers = table_values[table_values["value"].notna()
                           & ~table_values["unit"].astype("string").isin(NON_ADDITIVE_UNITS)
                           & table_values["stack_size"].fillna(1).eq(1)]
    keys = ["doc_id", "table_index", "col_index"]
    numbers = numbers.assign(_total=numbers["row_label"].isin(TOTAL_LABELS))
    numbers = numbers[_per_group(numbers, keys, "_total", "any") > 0].drop(columns="_total")  # columns with a total
    for _, column in numbers.groupby(keys, sort=True):
        values = column["value"].to_numpy()
        for at in np.flatnonzero(column["row_label"].isin(TOTAL_LABELS).to_numpy()):
            parts = total_parts(column, int(at))
            parts_sum = values[parts].sum()  # numpy's pairwise sum, as pandas' Series.sum adds them
            if len(parts) >= MIN_TOTAL_PARTS and differ(values[at], parts_sum, TOTAL_REL_TOL):
                total = column.iloc[at]
                yield finding("total_mismatch", total["row_label"], total["fiscal_year"], total,
                              column.iloc[parts[0]], f"{total['row_label']} {total['value']:g} ≠ sum of "
                              f"{len(parts)} rows {parts_sum:g} ({total['column_header']})",
                              total["value"], parts_sum)


def targets_before_document(values: pd.DataFrame) -> Iterator[Row]:
    """A target year before the document's date (its latest baseline year: 現状値 is as of then)."""
    for _, doc in values[values["fiscal_year"].notna()].groupby("doc_id", sort=True):
        base = doc[doc["kind"] == "baseline"]
        if base.empty:
            continue
        dated = base.sort_values("fiscal_year").iloc[-1]
        ends = doc["fiscal_year_end"].fillna(doc["fiscal_year"])
        early = doc[(doc["kind"] == "target") & (ends < dated["fiscal_year"])]
        for _, t in early.iterrows():
            yield finding("target_before_document", t["indicator_key"], t["fiscal_year"], t, dated,
                          f"{t['indicator']}: target for {t['fiscal_year']} in a document with baselines "
                          f"of {dated['fiscal_year']}", t["value"], None)


def budget_year_gaps(budget: pd.DataFrame) -> Iterator[Row]:
    """A 事業費 year sequence (one project, measure, table) with years missing between its spans."""
    dated = budget[budget["fiscal_year"].notna() & budget["amount_yen"].notna()].copy()
    dated["year_end"] = dated["fiscal_year_end"].fillna(dated["fiscal_year"])
    keys = ["doc_id", "table_index", "project", "measure"]
    dated = dated[_has_gap(dated, keys)]  # the loop below is slow: only over sequences with a gap
    for _, group in dated.groupby(keys, sort=True, dropna=False):
        spans = group.sort_values(["fiscal_year", "year_end"]).reset_index(drop=True)
        starts, ends = spans["fiscal_year"].to_numpy(), spans["year_end"].to_numpy()
        for i in range(1, len(spans)):
            covered = int(ends[:i].max())
            if int(starts[i]) > covered + 1:
                a, b = spans.iloc[i - 1], spans.iloc[i]
                yield finding("budget_year_gap", a["project"], covered + 1, a, b,
                              f"{a['project']}: 事業費 up to {covered} and from {b['fiscal_year']}, "
                              f"none for {covered + 1}" + (f"–{int(b['fiscal_year']) - 1}"
                                                           if int(b["fiscal_year"]) > covered + 2 else ""),
                              a["amount_yen"], b["amount_yen"])


def _has_gap(dated: pd.DataFrame, keys: list[str]) -> pd.Series:
    """Each row's sequence (grouped by keys) has a span starting after every earlier span's end + 1:
    what budget_year_gaps finds in it, for all sequences at once."""
    spans = dated.sort_values([*keys, "fiscal_year", "year_end"], kind="stable")
    by = [spans[k] for k in keys]
    covered = spans.groupby(by, sort=False, dropna=False)["year_end"].cummax().groupby(by, sort=False, dropna=False).shift()
    gap = (spans["fiscal_year"] > covered + 1).fillna(False).astype(bool)
    return gap.groupby(by, sort=False, dropna=False).transform("any").reindex(dated.index).astype(bool)


def digits(value: float) -> str:
    """The digits of a whole amount as written without separators (48221 → "48221")."""
    return str(int(round(abs(value))))


def line_positions(table: pd.DataFrame) -> dict[tuple[str, int], list[int]]:
    """The positions of a table's values (one per cell) in each row, ordered by column, and in
    each column, ordered by row: keys ("row", row_index) and ("col", col_index)."""
    rows, cols = table["row_index"].to_numpy(), table["col_index"].to_numpy()
    lines: dict[tuple[str, int], list[int]] = {}
    for i, (r, c) in enumerate(zip(rows, cols)):
        lines.setdefault(("row", int(r)), []).append(i)
        lines.setdefault(("col", int(c)), []).append(i)
    for (kind, _), line in lines.items():
        line.sort(key=lambda i: int(cols[i] if kind == "row" else rows[i]))
    return lines


def neighbours(lines: dict[tuple[str, int], list[int]], at: int, row: int, col: int) -> list[int]:
    """The positions of the values up to NEIGHBOUR_REACH cells before and after position at
    (row, col) in its row and in its column (line_positions)."""
    found = []
    for line in (lines[("row", row)], lines[("col", col)]):
        k = line.index(at)
        found += [line[i] for d in range(1, NEIGHBOUR_REACH + 1) for i in (k - d, k + d) if 0 <= i < len(line)]
    return found


def glued_amounts(table_values: pd.DataFrame) -> Iterator[Row]:
    """An amount whose digits are two of its neighbours' digits written together (48221 48221 → 4822148221)."""
    numbers = table_values[table_values["value"].notna() & table_values["stack_size"].fillna(1).eq(1)]
    numbers = numbers.assign(_long=numbers["value"].abs() >= 10 ** (2 * MIN_GLUED_DIGITS - 1))
    numbers = numbers[_per_group(numbers, ["doc_id", "table_index"], "_long", "any") > 0].drop(columns="_long")
    for _, table in numbers.groupby(["doc_id", "table_index"], sort=True):
        table = table.drop_duplicates(["row_index", "col_index"])
        values, lines = table["value"].to_numpy(), line_positions(table)
        rows, cols = table["row_index"].to_numpy(), table["col_index"].to_numpy()
        for at in np.flatnonzero(np.abs(values) >= 10 ** (2 * MIN_GLUED_DIGITS - 1)):
            near = neighbours(lines, int(at), int(rows[at]), int(cols[at]))
            pair = next(((a, b) for a in near for b in near if _is_glued(values[at], values[a], values[b])), None)
            if pair is not None:
                v, a, b = table.iloc[at], table.iloc[pair[0]], table.iloc[pair[1]]
                yield finding("glued_amount", str(v["row_label"]), v["fiscal_year"], v, a,
                              f"{v['value_text']} reads as {a['value_text']} and {b['value_text']} glued",
                              v["value"], a["value"])


def _is_glued(value: float, a: float, b: float) -> bool:
    """True when value's digits are a's digits followed by b's (each at least MIN_GLUED_DIGITS long)."""
    da, db = digits(a), digits(b)
    return (min(len(da), len(db)) >= MIN_GLUED_DIGITS and value == round(value)
            and digits(value) == da + db)


Found = dict[str, list[Row]]  # rows by check name, or by derived dataset (kpi_series)
Frames = dict[str, pd.DataFrame]
# the findings' order: by check, then as each check yields them
CHECK_ORDER = ("conflicting_value", "final_target_differs", "year_annotation", "total_mismatch",
               "target_before_document", "budget_year_gap", "glued_amount")


def value_checks(frames: Frames) -> Found:
    """The checks on KPI values (twins left out)."""
    values = keyed_values(frames["kpi_values"], frames["documents"])
    return {"conflicting_value": list(conflicting_values(values)),
            "final_target_differs": list(final_targets_differ(values)),
            "target_before_document": list(targets_before_document(values))}


def table_checks(frames: Frames) -> Found:
    """The checks on table values and their cells (twins left out)."""
    docs = frames["documents"]
    table_values, cells = without_twins(frames["table_values"], docs), without_twins(frames["cells"], docs)
    return {"year_annotation": list(year_annotations(table_values, cells)),
            "total_mismatch": list(total_mismatches(table_values)),
            "glued_amount": list(glued_amounts(table_values))}


def budget_checks(frames: Frames) -> Found:
    """The check on 事業費 values (twins left out)."""
    return {"budget_year_gap": list(budget_year_gaps(without_twins(frames["budget_values"], frames["documents"])))}


def series_part(frames: Frames) -> Found:
    return {"kpi_series": series_rows(frames["kpi_values"], frames["documents"])}


# the derived datasets in parts, each reading only the datasets it names: a pool computes them side by
# side (derive), started in this order, the costliest first (samples, in a pool's worker: 54, 44, 24
# and 14 ms of CPU, so two workers end together: 54 + 14, 44 + 24)
DERIVED_PARTS: dict[str, tuple[tuple[str, ...], Callable[[Frames], Found]]] = {
    "tables": (("documents", "table_values", "cells"), table_checks),
    "values": (("documents", "kpi_values"), value_checks),
    "series": (("documents", "kpi_values"), series_part),
    "budget": (("documents", "budget_values"), budget_checks),
}


def ordered_findings(found: Found) -> list[Row]:
    """The findings rows of every check, in CHECK_ORDER, each finding once."""
    rows = [r for check in CHECK_ORDER for r in found[check]]
    return list({tuple(sorted((k, str(v)) for k, v in r.items())): r for r in rows}.values())


def findings_rows(frames: Frames) -> list[Row]:
    """Given the datasets of a run (documents, kpi_values, budget_values, table_values, cells), run every check."""
    return ordered_findings(value_checks(frames) | table_checks(frames) | budget_checks(frames))


def summary_lines(rows: list[Row], limit: int = 5) -> list[str]:
    """The printed summary: findings by check, then the first few of each."""
    if not rows:
        return ["findings: none"]
    counts = Counter(r["check"] for r in rows)
    lines = ["findings: " + ", ".join(f"{n} {check}" for check, n in sorted(counts.items()))]
    for check in sorted(counts):
        lines += [f"  {check}: {r['message']} [{_cite(r, 'a')} | {_cite(r, 'b')}]"
                  for r in [r for r in rows if r["check"] == check][:limit]]
    return lines


def _cite(row: Row, prefix: str) -> str:
    """source_path p.page t.table r.row c.col of one side."""
    if row.get(f"{prefix}_source_path") is None:
        return "-"
    parts = [str(row[f"{prefix}_source_path"])]
    for col, mark in (("page", "p"), ("line", "l"), ("table_index", "t"), ("row_index", "r"), ("col_index", "c")):
        if row.get(f"{prefix}_{col}") is not None:
            parts.append(f"{mark}{row[f'{prefix}_{col}']}")
    return " ".join(parts)


SOURCE_DATASETS = ("documents", "kpi_values", "budget_values", "table_values", "cells")


def read_sources(out_dir: Path, names: Sequence[str] = SOURCE_DATASETS) -> Frames:
    """The datasets the derived ones are computed from (those named), as written in out_dir. In one
    thread: Arrow's thread pool costs more than it saves on parts this small (samples: 28 -> 22 ms of
    CPU in this process, 51-128 -> 30-50 ms in a pool's worker, whose other worker holds the second core)."""
    frames = {}
    for name in names:
        folder = out_dir / name
        table = (pq.read_table(folder, schema=DATASETS[name], use_threads=False) if folder.is_dir()
                 else DATASETS[name].empty_table())
        frames[name] = table.replace_schema_metadata(None).to_pandas(types_mapper=NULLABLE.get, use_threads=False)
    return frames


def derived_from(found: Found) -> dict[str, list[Row]]:
    """kpi_series and findings rows from the parts' rows."""
    return {"kpi_series": found["kpi_series"], "findings": ordered_findings(found)}


def derived_rows(frames: Frames) -> dict[str, list[Row]]:
    """kpi_series and findings rows for a run's datasets."""
    found: Found = {}
    for _, compute in DERIVED_PARTS.values():
        found |= compute(frames)
    return derived_from(found)


def derived_part(out_dir: Path, part: str) -> Found:
    """One of DERIVED_PARTS computed from the datasets in out_dir (a pool's task)."""
    sources, compute = DERIVED_PARTS[part]
    return compute(read_sources(out_dir, sources))


def derive(out_dir: Path, executor: Executor | None = None) -> list[Row]:
    """Compute kpi_series and findings from out_dir's datasets, write both atomically; return the
    findings. executor: the parts (DERIVED_PARTS) are computed there side by side (the same rows)."""
    if executor is None:
        rows = derived_rows(read_sources(out_dir))
    else:
        parts = [executor.submit(derived_part, out_dir, part) for part in DERIVED_PARTS]
        rows = derived_from({k: v for f in parts for k, v in f.result().items()})
    for dataset, dataset_rows in rows.items():
        write_derived(out_dir, dataset, dataset_rows)
    return rows["findings"]


def read_findings(out_dir: Path) -> list[Row]:
    """The findings a run wrote to out_dir ([] when there are none yet)."""
    folder = out_dir / "findings"
    return pq.read_table(folder).to_pylist() if folder.is_dir() else []
