"""Read documents on a Dask cluster: the same per-document function as the process pool.

Workers must see the input paths and the output folder (a shared file system): each writes
its documents' parts there; the client records documents, manifest and twins in input order.
Dask rather than Ray: a pip install (`dask[distributed]`), a LocalCluster in tests, no daemon
to run; a real cluster is `dask scheduler` plus `dask worker tcp://host:8786` on each machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

LOCAL = "local"  # --scheduler local: a LocalCluster of --workers processes on this machine


@contextmanager
def dask_executor(scheduler: str, workers: int) -> Iterator[Executor]:
    """A concurrent.futures executor on the Dask scheduler at `scheduler` (tcp://host:8786),
    or on a LocalCluster of `workers` single-threaded processes for LOCAL."""
    from distributed import Client, LocalCluster  # optional dependency: only for --scheduler

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None) if scheduler == LOCAL else None
    client = Client(cluster if cluster is not None else scheduler)
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
