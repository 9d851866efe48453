"""--scheduler: the same per-document function on a Dask cluster writes the local run's datasets."""

from __future__ import annotations

from pathlib import Path

from pipelines.api import run_inputs
from pipelines.distributed import LOCAL
from tests.pipelines.test_workers import INPUTS, assert_same_runs, manifest_entries

CLUSTER_WORKERS = 2  # processes of the LocalCluster


def test_local_name_pinned() -> None:
    assert LOCAL == "local"


def test_dask_local_cluster_writes_the_local_runs_datasets(tmp_path: Path) -> None:
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_inputs(INPUTS, local, workers=1)
    report = run_inputs(INPUTS, dask, workers=CLUSTER_WORKERS, scheduler=LOCAL)
    assert {r.status for r in report.results} == {"ok"}
    assert_same_runs(local, dask)
    assert manifest_entries(local) == manifest_entries(dask)
