"""Small hand-made dataset frames for the series, findings and diff tests (real schemas, no mocks)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pyarrow as pa

from pipelines.api import to_frame
from pipelines.schemas import DATASETS

DEFAULTS: dict[str, dict[str, Any]] = {
    "documents": {"status": "ok", "format": "text"},
    "kpi_values": {"kind": "target", "value_text": "", "unit": "人"},
    "budget_values": {"amount_text": ""},
    "table_values": {"value_text": ""},
    "cells": {},
}


def frame(dataset: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A dataset frame with the API's dtypes from partial rows (source_path, doc_id default to doc A)."""
    full = [{"source_path": "a.txt", "doc_id": "A"} | DEFAULTS.get(dataset, {}) | r for r in rows]
    return to_frame(pa.Table.from_pylist(full, schema=DATASETS[dataset]))


def frames(**given: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """Every source dataset, empty unless given; documents default to one per doc_id used."""
    out = {name: frame(name, given.get(name, [])) for name in DEFAULTS}
    if "documents" not in given:
        ids = sorted({r.get("doc_id", "A") for rows in given.values() for r in rows} | {"A"})
        out["documents"] = frame("documents", [{"doc_id": d, "source_path": f"{d.lower()}.txt"} for d in ids])
    return out
