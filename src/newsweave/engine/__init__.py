"""engine: how `newsweave batch` runs the per-article stages (read, clean) over partitions of
the input, `local` in this process or `dask` on a Dask cluster, before one sequential
clustering pass writes the stories to the store (base.py says why it is sequential)."""

from newsweave.engine.base import Engine, Partition, batch_ingest, open_engine, partitions

__all__ = ["Engine", "Partition", "batch_ingest", "open_engine", "partitions"]
