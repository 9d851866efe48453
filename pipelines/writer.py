"""Write datasets as Parquet folders, one part file per document, each written atomically.

A part is written to a hidden temporary file in the dataset folder and renamed into
place, so a crash never leaves a half-written file where readers look, and re-running a
document replaces exactly its own parts.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.schemas import DATASETS

EMPTY_PART = "part-empty.parquet"  # keeps a dataset readable, with its schema, before any rows


def part_name(doc_id: str, source_path: str) -> str:
    """One part per (document content, path): the same file under two names keeps both."""
    path_key = hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:8]
    return f"part-{doc_id}-{path_key}.parquet"


def write_part(out_dir: Path, dataset: str, rows: list[dict[str, Any]], name: str) -> Path:
    """Write rows as one part of a dataset with its schema; return the part's path."""
    schema = DATASETS[dataset]
    folder = out_dir / dataset
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=folder)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        target = folder / name
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def remove_parts(out_dir: Path, name: str) -> None:
    """Remove a document's parts from every dataset (before writing a failure row)."""
    for dataset in DATASETS:
        (out_dir / dataset / name).unlink(missing_ok=True)


def ensure_datasets(out_dir: Path) -> None:
    """Every dataset folder exists and holds at least one (possibly empty) part."""
    for dataset in DATASETS:
        folder = out_dir / dataset
        folder.mkdir(parents=True, exist_ok=True)
        parts = list(folder.glob("*.parquet"))
        if not parts:
            write_part(out_dir, dataset, [], EMPTY_PART)
        elif len(parts) > 1:
            (folder / EMPTY_PART).unlink(missing_ok=True)


def clean_datasets(out_dir: Path) -> None:
    """Remove the parts of every dataset (the --clean option)."""
    for dataset in DATASETS:
        for part in (out_dir / dataset).glob("*.parquet"):
            part.unlink()
