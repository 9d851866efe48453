"""The kpi_series dataset: every KPI's baseline, actual and target side by side by year.

Computed at the end of a run from the written kpi_values of every document (twins left
out, so a PDF and its text export count once), grouped by normalize.indicator_key and unit.
Where several documents state a value for the same key, year and kind, the first in
(source_path, table, row) order is shown and the disagreement is a finding
(pipelines.findings). Achievement is actual / target; the direction is what the name or
context says (減少, 削減 … down; 増加, 向上 … up), else what baseline → target shows;
a year with an actual but no target of its own is measured against the final target.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from normalize import indicator_key
from pipelines.schemas import DERIVED_DATASETS, KPI_SOURCE_KINDS
from pipelines.writer import atomic_write, pandas_metadata

DERIVED_PART = "part-run.parquet"  # one part per derived dataset, rewritten whole after each run
SOURCE_COLUMNS = ("source_path", "doc_id", "page", "line", "table_index", "row_index", "col_index")
# words a document uses to say which way a KPI should move, read in the value's context only:
# names hold them as subjects (人口減少地域 … 新築戸数 should rise)
DIRECTION_WORDS: dict[str, str] = {
    "減少": "down", "削減": "down", "抑制": "down", "低減": "down", "縮減": "down",
    "増加": "up", "向上": "up", "増大": "up", "拡大": "up",
}
ORDER = ["source_path", "table_index", "row_index", "col_index"]
Record = dict[str, Any]


def without_twins(kpi: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The rows of documents that count (not a twin of another)."""
    twins = set(documents.loc[documents["twin_of"].notna(), "doc_id"])
    return kpi[~kpi["doc_id"].isin(twins)]


def keyed_values(kpi: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """KPI values with a value, their indicator_key, sorted for a stable first choice."""
    rows = without_twins(kpi, documents)
    rows = rows[rows["value"].notna()].copy()
    rows["indicator_key"] = [indicator_key(str(n)) for n in rows["indicator"]]
    rows["unit"] = rows["unit"].astype("string").fillna("")
    return rows.sort_values(ORDER, kind="stable").reset_index(drop=True)


def stated_direction(texts: list[str]) -> str | None:
    """up / down when a context says which way (削減 … / 向上 …), else None."""
    found = {way for text in texts for word, way in DIRECTION_WORDS.items() if word in text}
    return found.pop() if len(found) == 1 else None


def trend_direction(records: list[Record]) -> str | None:
    """up / down from the earliest baseline to the latest target, None when flat or unknown."""
    base = sorted((r for r in records if r["kind"] == "baseline" and r["fiscal_year"] is not None),
                  key=lambda r: r["fiscal_year"])
    goal = sorted((r for r in records if r["kind"] == "target" and r["fiscal_year"] is not None),
                  key=lambda r: r["fiscal_year"])
    if not base or not goal or goal[-1]["value"] == base[0]["value"]:
        return None
    return "up" if goal[-1]["value"] > base[0]["value"] else "down"


def direction_of(records: list[Record]) -> tuple[str | None, str | None]:
    """The direction of a series and where it came from (stated | baseline_to_target)."""
    stated = stated_direction(sorted({r["context"] for r in records if r["context"]}))
    if stated:
        return stated, "stated"
    trend = trend_direction(records)
    return trend, "baseline_to_target" if trend else None


def final_target(records: list[Record]) -> float | None:
    """The series' last target: the latest dated one, else one stated for the plan's end."""
    targets = [r for r in records if r["kind"] == "target"]
    dated = sorted((r for r in targets if r["fiscal_year"] is not None), key=lambda r: r["fiscal_year"])
    chosen = dated[-1] if dated else (targets[0] if targets else None)
    return None if chosen is None else float(chosen["value"])


def is_achieved(actual: float | None, target: float | None, direction: str | None) -> bool | None:
    """Whether the actual reached the target the way the series should move (up when unknown)."""
    if actual is None or target is None:
        return None
    return actual <= target if direction == "down" else actual >= target


def year_row(year_values: list[Record], head: Record, direction: tuple[str | None, str | None],
             last_target: float | None) -> Record:
    """One kpi_series row: the first value of each kind in this year, with its provenance.

    Achievement compares the year's actual with the year's target, else with the final target.
    """
    row = head | {"n_values": len(year_values), "direction": direction[0], "direction_source": direction[1]}
    for kind in KPI_SOURCE_KINDS:
        first = next((r for r in year_values if r["kind"] == kind), None)
        row[kind] = None if first is None else float(first["value"])
        for col in SOURCE_COLUMNS:
            row[f"{kind}_{col}"] = None if first is None else first[col]
    actual = row["actual"]
    target = row["target"] if row["target"] is not None else last_target
    row["achievement"] = actual / target if actual is not None and target else None
    row["achieved"] = is_achieved(actual, target, direction[0])
    return row


def _plain(value: Any) -> Any:
    """A pandas scalar as a plain Python value (NA → None)."""
    if isinstance(value, (list, tuple)) or hasattr(value, "__len__") and not isinstance(value, str):
        return list(value)
    return None if pd.isna(value) else (value.item() if hasattr(value, "item") else value)


def to_records(frame: pd.DataFrame) -> list[Record]:
    """A frame's rows as plain dicts (NA → None): grouping dicts is faster than grouping frames.
    Through Arrow: the values _plain gives each cell, five times faster than a call per cell."""
    return pa.Table.from_pandas(frame, preserve_index=False).to_pylist()


def series_rows(kpi: pd.DataFrame, documents: pd.DataFrame) -> list[Record]:
    """Given kpi_values and documents frames, return the kpi_series rows."""
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in to_records(keyed_values(kpi, documents)):
        groups.setdefault((record["indicator_key"], record["unit"] or ""), []).append(record)
    rows: list[Record] = []
    for (key, unit), records in sorted(groups.items()):
        names = list(dict.fromkeys(str(r["indicator"]) for r in records))
        head = {"indicator_key": key, "indicator": names[0], "names": names, "unit": unit or None,
                "cumulative": any("cumulative" in (r["qualifiers"] or []) for r in records)}
        direction, last = direction_of(records), final_target(records)
        years = sorted({r["fiscal_year"] for r in records}, key=lambda y: (y is None, y or 0))
        for year in years:
            rows.append(year_row([r for r in records if r["fiscal_year"] == year],
                                 head | {"fiscal_year": year}, direction, last))
    return rows


def write_derived(out_dir: Path, dataset: str, rows: list[dict[str, Any]]) -> Path:
    """Write a derived dataset as its one part, atomically (a reader never sees half of it)."""
    schema = DERIVED_DATASETS[dataset]
    table = pa.Table.from_pylist(rows, schema=schema).replace_schema_metadata(pandas_metadata(schema))
    return atomic_write(out_dir / dataset / DERIVED_PART,
                        lambda tmp: pq.write_table(table, tmp, compression="zstd"))
