"""engine: how `newsweave batch` runs the per-article stages (read, clean, sentences and
quality) over partitions of the input (large JSON Lines files cut at line ends), `local` in
this process or `dask` on a Dask cluster, while one sequential pass stores the articles and
assigns them to stories (base.py says why it is sequential)."""

from newsweave.engine.base import Engine, Partition, batch_ingest, open_engine, partitions

__all__ = ["Engine", "Partition", "batch_ingest", "open_engine", "partitions"]
