"""The engine protocol, the partitioning of inputs and the batch ingest both engines share.

Reading and cleaning are per article, so they run in parallel over partitions (groups of
input files). Story assignment is a stream: each article is compared with the stories made by
every article published before it, so it cannot be split by partition without changing the
result. The partitions' cleaned articles are therefore gathered, in input order, and
assigned in one pass in publication order (`pipeline.ingest`), exactly as `newsweave ingest`
does; the parallel part is the reading and cleaning, which is most of the cost per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from newsweave.errors import InputError, NewsweaveError
from newsweave.model import Assignment, CleanArticle
from newsweave.pipeline import ErrorHandler, ingest, load_articles
from newsweave.read import unique_id
from newsweave.read.sources import iter_sources
from newsweave.store import IngestReport, Store

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class Partition:
    """The cleaned articles of a group of input files, and what could not be read, as
    (where, problem) pairs (plain data: a partition travels between processes)."""

    articles: tuple[CleanArticle, ...]
    problems: tuple[tuple[str, str], ...]


class Engine(Protocol):
    """Reads and cleans groups of input files, each group independently."""

    def run(self, groups: Sequence[Sequence[str]]) -> list[Partition]:
        """Each group's partition, in the order of `groups`."""
        ...

    def close(self) -> None:
        """Release the workers this engine started."""
        ...


def open_engine(name: str, scheduler: str | None = None, workers: int | None = None) -> Engine:
    """The engine called `name`; `dask` connects to `scheduler` (an address) or starts a
    local cluster of `workers` processes. Dask is imported only here, for `dask`."""
    if name == "local":
        from newsweave.engine.local import LocalEngine

        return LocalEngine()
    if name == "dask":
        try:
            from newsweave.engine.dask import DaskEngine
        except ImportError as error:
            raise NewsweaveError("the dask engine needs: pip install 'newsweave[dask]'") from error
        return DaskEngine(scheduler, workers)
    raise NewsweaveError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")


def read_partition(group: Sequence[str]) -> Partition:
    """Read and clean one group of input files (runs on a worker)."""
    problems: list[tuple[str, str]] = []

    def note(error: InputError) -> None:
        problems.append((error.where, error.problem))

    return Partition(tuple(load_articles(list(group), note)), tuple(problems))


def partitions(inputs: Sequence[str], count: int) -> list[list[str]]:
    """The input files (directories walked) in `count` contiguous groups of about equal
    size, in input order; standard input ("-") is a group of its own."""
    files = [s.name for s in iter_sources(list(inputs)) if not isinstance(s, InputError)]
    count = max(1, min(count, len(files)))
    size, extra = divmod(len(files), count)
    groups, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        groups.append(files[start:end])
        start = end
    return [g for g in groups if g]


def merge(parts: Iterable[Partition], on_error: ErrorHandler) -> list[CleanArticle]:
    """The partitions' articles in input order, ids made unique across all of them as one
    read of every input would make them (`id`, `id-2`, ...)."""
    seen: dict[str, int] = {}
    merged = []
    for part in parts:
        for where, problem in part.problems:
            on_error(InputError(where, problem))
        for clean in part.articles:
            article = unique_id(clean.article, seen)
            merged.append(clean if article is clean.article else replace(clean, article=article))
    return merged


def batch_ingest(
    engine: Engine, store: Store, inputs: Sequence[str], on_error: ErrorHandler, count: int
) -> tuple[IngestReport, list[Assignment]]:
    """Read and clean `inputs` in `count` partitions on `engine`, then store and assign them
    in one sequential pass (what `ingest` does with the same articles)."""
    articles = merge(engine.run(partitions(inputs, count)), on_error)
    return ingest(store, articles, on_error)
