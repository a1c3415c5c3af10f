"""The local engine: the partitions read one after another in this process (no Dask)."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.engine.base import Partition, read_partition


class LocalEngine:
    """Runs each partition here, in order."""

    def run(self, groups: Sequence[Sequence[str]]) -> list[Partition]:
        return [read_partition(group) for group in groups]

    def close(self) -> None:
        """Nothing to release."""
