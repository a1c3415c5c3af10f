"""The Dask engine: one task per partition on a distributed scheduler (an existing one at
`scheduler`, or a LocalCluster started here and stopped by `close`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence

from distributed import Client, Future, LocalCluster

from newsweave.engine.base import Partition, read_partition
from newsweave.read import Slice

# Partitions submitted ahead of the one being stored, per worker thread: enough to keep every
# worker busy while a partition is stored, few enough that finished partitions waiting on the
# workers stay a bounded amount of memory.
AHEAD_PER_THREAD = 2


class DaskEngine:
    """Reads and cleans partitions on Dask workers, a bounded number ahead of the ingest."""

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

    def run(self, groups: Sequence[Sequence[Slice]]) -> Iterator[Partition]:
        ahead = AHEAD_PER_THREAD * max(1, sum(self.client.nthreads().values()))
        waiting = iter(groups)
        running: deque[Future[Partition]] = deque()
        while True:
            for group in waiting:
                running.append(self.client.submit(read_partition, list(group), pure=False))
                if len(running) >= ahead:
                    break
            if not running:
                return
            future = running.popleft()
            part: Partition = future.result()
            future.release()
            yield part

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
