"""The Dask engine: partitions as a dask.bag on a distributed scheduler (an existing one at
`scheduler`, or a LocalCluster started here and stopped by `close`)."""

from __future__ import annotations

from collections.abc import Sequence

import dask.bag
from distributed import Client, LocalCluster

from newsweave.engine.base import Partition, read_partition


class DaskEngine:
    """Reads and cleans partitions on Dask workers, one task per partition."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        self._cluster: LocalCluster | None = None
        if scheduler is None:
            # One thread per worker process: cleaning is pure Python (the GIL serialises
            # threads), so processes are what runs in parallel.
            self._cluster = LocalCluster(
                n_workers=workers or 1, threads_per_worker=1, dashboard_address=None
            )
            self.client = Client(self._cluster)
        else:
            self.client = Client(scheduler)

    def run(self, groups: Sequence[Sequence[str]]) -> list[Partition]:
        bag = dask.bag.from_sequence([list(g) for g in groups], npartitions=len(groups) or 1)
        parts: list[Partition] = bag.map(read_partition).compute(scheduler=self.client)
        return list(parts)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
