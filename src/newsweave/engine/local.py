"""The local engine: the partitions read one after another in this process (no Dask)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsweave.engine.base import Partition, read_partition
from newsweave.read import Slice


class LocalEngine:
    """Runs each partition here, in order, when the ingest asks for it."""

    def run(self, groups: Sequence[Sequence[Slice]]) -> Iterator[Partition]:
        return (read_partition(group) for group in groups)

    def close(self) -> None:
        """Nothing to release."""
