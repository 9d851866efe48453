"""Write datasets as Parquet folders, one part file per document, each written atomically.

Every file is written to a hidden temporary file beside its target and renamed into
place (`os.replace`, atomic on one file system), so a crash or a kill never leaves a
half-written file where readers look: readers skip names starting with a dot. A part is
named after the document's content hash, so the same content under two paths is one part
and re-running a document replaces exactly its own part.

Each part carries pandas metadata naming nullable dtypes (Int32 …), so a plain
`pd.read_parquet` gives integers, not float64, for columns with nulls.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.schemas import DATASETS

EMPTY_PART = "part-empty.parquet"  # keeps a dataset readable, with its schema, before any rows
TMP_PREFIX = ".tmp-"  # hidden: pyarrow, pandas and DuckDB globs skip it
# the pandas dtype each Arrow integer type loads as: nullable, so a null is not a float
NULLABLE_INTS = {pa.int8(): "Int8", pa.int16(): "Int16", pa.int32(): "Int32", pa.int64(): "Int64"}


def part_name(doc_id: str) -> str:
    """One part per document content: the same file under two names is one document."""
    return f"part-{doc_id}.parquet"


def atomic_write(target: Path, write: Any) -> Path:
    """Call write(tmp_path) on a hidden file beside target, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def atomic_write_text(target: Path, text: str) -> Path:
    """Write text to target atomically (the manifest)."""
    return atomic_write(target, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def pandas_metadata(schema: pa.Schema) -> dict[bytes, bytes]:
    """The b"pandas" schema metadata that makes pandas load integer columns as Int32 …"""
    columns = [
        {"name": f.name, "field_name": f.name, "pandas_type": str(f.type),
         "numpy_type": NULLABLE_INTS[f.type], "metadata": None}
        for f in schema if f.type in NULLABLE_INTS
    ]
    meta = {"index_columns": [], "column_indexes": [], "columns": columns, "creator": {"library": "sousei"}}
    return {b"pandas": json.dumps(meta).encode("utf-8")}


def write_part(out_dir: Path, dataset: str, rows: list[dict[str, Any]], name: str) -> Path:
    """Write rows as one part of a dataset with its schema; return the part's path."""
    schema = DATASETS[dataset]
    table = pa.Table.from_pylist(rows, schema=schema).replace_schema_metadata(pandas_metadata(schema))
    return atomic_write(out_dir / dataset / name, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


def read_part(out_dir: Path, dataset: str, name: str) -> list[dict[str, Any]]:
    """The rows of one part, or [] when it does not exist."""
    path = out_dir / dataset / name
    return pq.read_table(path).to_pylist() if path.exists() else []


def remove_parts(out_dir: Path, name: str) -> None:
    """Remove a document's parts from every dataset."""
    for dataset in DATASETS:
        (out_dir / dataset / name).unlink(missing_ok=True)


def is_part(path: Path) -> bool:
    """A part readers see: a .parquet file not hidden (temporary files are)."""
    return path.suffix == ".parquet" and not path.name.startswith(".")


def ensure_datasets(out_dir: Path) -> None:
    """Every dataset folder exists and holds at least one (possibly empty) part."""
    for dataset in DATASETS:
        folder = out_dir / dataset
        folder.mkdir(parents=True, exist_ok=True)
        parts = [p for p in folder.iterdir() if is_part(p)]
        if not parts:
            write_part(out_dir, dataset, [], EMPTY_PART)
        elif len(parts) > 1:
            (folder / EMPTY_PART).unlink(missing_ok=True)


def remove_leftovers(out_dir: Path) -> None:
    """Remove temporary files a killed run left behind (hidden, so never read)."""
    for folder in [out_dir, *(out_dir / d for d in DATASETS)]:
        for tmp in folder.glob(f"{TMP_PREFIX}*") if folder.is_dir() else ():
            tmp.unlink(missing_ok=True)


def clean_datasets(out_dir: Path) -> None:
    """Remove the parts of every dataset and leftover temporary files (the --clean option)."""
    remove_leftovers(out_dir)
    for dataset in DATASETS:
        folder = out_dir / dataset
        for part in [p for p in folder.iterdir() if is_part(p)] if folder.is_dir() else []:
            part.unlink()
