"""The Python API for notebooks: extract documents into DataFrames, or load an output folder.

    from pipelines.api import extract, load
    data = extract(["samples/"], out="output")     # reads, writes output/, returns the frames
    data.kpi_values.groupby("indicator").value.max()
    data = load("output").without_twins()           # a PDF and its text export count once

Integer columns load as nullable Int16/Int32/Int64, closed vocabularies (kind, basis,
status, year_basis …) as categoricals, text as the string dtype. The command line is a
thin shell over run_inputs().
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.errors import API, InputNotFoundError, OutputDirError, UsageError
from pipelines.inputs import Skipped, scan_inputs
from pipelines.manifest import manifest_path
from pipelines.parallel import imports_frozen, pool_size, process_pool
from pipelines.run import DocumentResult, Progress, RunOptions, run
from pipelines.findings import derived_rows, read_sources
from pipelines.schemas import DATASETS, DERIVED_DATASETS
from pipelines.writer import clean_datasets

# columns whose values come from a closed vocabulary, in whichever dataset they appear
CATEGORY_COLUMNS = frozenset({"kind", "basis", "status", "year_basis", "year_source", "format",
                              "engine", "recognizer", "missing_reason"})
NULLABLE = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
            pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.string(): pd.StringDtype()}
NO_INPUT = "no PDF, workbook, CSV, HTML or text file found"


@dataclass(frozen=True, slots=True)
class RunReport:
    """What a run did: one result per input file, the files a folder scan skipped."""

    out_dir: Path
    results: tuple[DocumentResult, ...]
    skipped: tuple[Skipped, ...]

    @property
    def failed(self) -> bool:
        return any(r.status == "failed" for r in self.results)


class Datasets:
    """One DataFrame per dataset, by attribute (data.kpi_values) or key (data["kpi_values"]).

    The run-wide datasets (kpi_series, findings) are in `derived`, reached the same way;
    iterating gives the per-document datasets.
    """

    def __init__(self, frames: dict[str, pd.DataFrame], report: RunReport | None = None,
                 derived: dict[str, pd.DataFrame] | None = None) -> None:
        self.frames = frames
        self.report = report
        self.derived = derived or {}

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            names = ", ".join([*self.frames, *self.derived])
            raise AttributeError(f"no dataset {name!r}; datasets: {names}") from None

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.frames[name] if name in self.frames else self.derived[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.frames)

    def __repr__(self) -> str:
        every = {**self.frames, **self.derived}
        return "Datasets(" + ", ".join(f"{k}: {len(v)} rows" for k, v in every.items()) + ")"

    def without_twins(self) -> Datasets:
        """The rows of every document except twins (documents.twin_of set): sums count once."""
        docs = self.frames["documents"]
        twins = set(docs.loc[docs["twin_of"].notna(), "doc_id"])
        frames = {k: v[~v["doc_id"].isin(twins)].reset_index(drop=True) for k, v in self.frames.items()}
        return Datasets(frames, self.report, self.derived)  # derived datasets already leave twins out


def _dtype(arrow_type: pa.DataType) -> pd.api.extensions.ExtensionDtype | None:
    return NULLABLE.get(arrow_type)


def to_frame(table: pa.Table) -> pd.DataFrame:
    """Arrow to pandas: nullable integers, string dtype, categoricals for closed vocabularies."""
    frame = table.replace_schema_metadata(None).to_pandas(types_mapper=_dtype)
    for column in CATEGORY_COLUMNS & set(frame.columns):
        frame[column] = frame[column].astype("category")
    return frame


def read_dataset(out_dir: Path, name: str) -> pd.DataFrame:
    """One dataset folder as a DataFrame with the API's dtypes."""
    folder = out_dir / name
    if not folder.is_dir():
        return to_frame(DATASETS[name].empty_table())
    return to_frame(pq.read_table(folder, schema=DATASETS[name]))


def load(out_dir: PathArg) -> Datasets:
    """Given an output folder written by extract() or `sousei run`, return its datasets."""
    out = Path(out_dir)
    if not (out / "documents").is_dir():
        raise InputNotFoundError("out_dir", str(out), "no datasets here: run extract() or `sousei run` first")
    return Datasets({name: read_dataset(out, name) for name in DATASETS}, derived=load_derived(out))


def load_derived(out: Path) -> dict[str, pd.DataFrame]:
    """kpi_series and findings as a run wrote them, or computed now for an older output folder."""
    if all((out / name).is_dir() for name in DERIVED_DATASETS):
        return {name: to_frame(pq.read_table(out / name, schema=schema)) for name, schema in DERIVED_DATASETS.items()}
    rows = derived_rows(read_sources(out))
    return {name: to_frame(pa.Table.from_pylist(rows[name], schema=schema))
            for name, schema in DERIVED_DATASETS.items()}


def prepare_out(out: Path) -> None:
    """Create the output folder, or raise OutputDirError saying why it cannot be used."""
    if out.exists() and not out.is_dir():
        raise OutputDirError("out", str(out), "is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise OutputDirError("out", str(out), f"cannot write there ({exc.strerror or exc})") from None


PathArg = str | os.PathLike[str]
Paths = Iterable[PathArg] | PathArg


def run_inputs(paths: Paths, out: PathArg, *,
               password: str | None = None, force: bool = False, clean: bool = False,
               debug: bool = False, timeout: float | None = None, progress: Progress | None = None,
               style: str = API, workers: int = 1, engine: str | None = None,
               scheduler: str | None = None, second_opinion: bool = False) -> RunReport:
    """Check the arguments, then read every input into out; raise UsageError on bad ones.

    workers: processes reading documents (output identical to one); engine: the PDF page reader
    (pdfium, pdfplumber); scheduler: a Dask scheduler address (tcp://host:8786) or "local";
    second_opinion: camelot reviews a PDF's doubtful tables (slower; off by default)."""
    if timeout is not None and timeout <= 0:
        raise UsageError("timeout", str(timeout), "must be a positive number of seconds")
    check_parallel(workers, engine)
    given = [os.fspath(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
    if not given:
        raise InputNotFoundError("inputs", "(none)", "give at least one file or folder")
    scan = scan_inputs(given)
    if scan.missing:
        raise InputNotFoundError("inputs", ", ".join(scan.missing), "no such file or folder")
    if not scan.files:
        raise InputNotFoundError("inputs", " ".join(given), NO_INPUT)
    out_dir = Path(out)
    prepare_out(out_dir)
    if clean:
        clean_datasets(out_dir)
        manifest_path(out_dir).unlink(missing_ok=True)
    options = RunOptions(password, out_dir / "debug" if debug else None, force, timeout, style, engine, second_opinion)
    from pipelines.ranges import longest_shares  # reads page counts: PDF libraries, only when needed

    shares = longest_shares(scan.files, password, workers, timeout) if len(scan.files) < workers else 1
    results = run_on(scan.files, out_dir, options, progress, pool_size(workers, len(scan.files), shares), scheduler)
    return RunReport(out_dir, tuple(results), scan.skipped)


def check_parallel(workers: int, engine: str | None) -> None:
    """Raise UsageError for a worker count below 1 or an unknown PDF engine."""
    if workers < 1:
        raise UsageError("workers", str(workers), "must be 1 or more")
    if engine is not None:
        from extract.pdf.reader import ENGINES

        if engine not in ENGINES:
            raise UsageError("engine", engine, f"must be one of {', '.join(ENGINES)}")


def run_on(files: Sequence[str], out_dir: Path, options: RunOptions, progress: Progress | None,
           workers: int, scheduler: str | None) -> list[DocumentResult]:
    """run() in this process, on a pool of workers, or on a Dask scheduler."""
    if scheduler is not None:
        from pipelines.distributed import dask_executor

        with dask_executor(scheduler, workers) as executor:
            return run(files, out_dir, options, progress, executor, workers)
    with process_pool(workers) as pool, imports_frozen():
        return run(files, out_dir, options, progress, pool, workers)


def extract(paths: Paths, out: PathArg | None = None, *, password: str | None = None,
            force: bool = False, timeout: float | None = None, progress: Progress | None = None) -> Datasets:
    """Read documents (files or folders) and return their datasets.

    With out, the datasets are also written there (unchanged files already in it are not
    read again); without, they are written to a temporary folder that is removed.
    """
    if out is not None:
        report = run_inputs(paths, out, password=password, force=force, timeout=timeout, progress=progress)
        data = load(out)
        return Datasets(data.frames, report, data.derived)
    tmp = tempfile.mkdtemp(prefix="sousei-")
    try:
        report = run_inputs(paths, tmp, password=password, force=force, timeout=timeout, progress=progress)
        data = load(tmp)
        return Datasets(data.frames, report, data.derived)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


__all__ = ["Datasets", "RunReport", "UsageError", "extract", "load", "run_inputs"]
