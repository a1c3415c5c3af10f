"""The engine protocol, the partitioning of inputs and the batch ingest both engines share.

Reading and cleaning are per article, so they run in parallel over partitions (slices of the
input files, a large JSON Lines file cut at line ends). Story assignment is a stream: each
article is compared with the stories made by every article published before it, so it cannot
be split by partition without changing the result. The partitions' cleaned articles are
therefore taken in input order and stored and assigned in one pass (`pipeline.ingest`),
exactly as `newsweave ingest` does.

A partition also does the per-article work the store needs and would otherwise do in that
sequential pass: the sentences and quality score (lazy on `CleanArticle`, most of the cost of
cleaning) travel with the articles. Fingerprints and facts are not computed: the store keeps
neither, and they are derived when a story is compared (benchmarks/scale.py measures each
stage's cost per article).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from newsweave.errors import InputError, NewsweaveError
from newsweave.model import Article, Assignment, CleanArticle
from newsweave.pipeline import ErrorHandler, clean_all, ingest
from newsweave.read import Slice, read_slices, unique_id
from newsweave.read.slices import cut_source
from newsweave.read.sources import Source, iter_sources
from newsweave.store import IngestReport, Store

ENGINES = ("local", "dask")
# The most bytes of input one partition reads: a partition's cleaned articles are held whole
# (on a worker, then here while they are stored), about 10 times its input bytes (100k
# DUC-derived articles, benchmarks/scale.py: a worker holding up to two 32 MiB partitions
# peaked at 785 MB against 125 MB idle), so this bounds memory per partition.
PARTITION_BYTES = 32 << 20


@dataclass(frozen=True)
class Partition:
    """The cleaned articles of a group of input slices, and what could not be read, as
    (where, problem) pairs (plain data: a partition travels between processes)."""

    articles: tuple[CleanArticle, ...]
    problems: tuple[tuple[str, str], ...]


class Engine(Protocol):
    """Reads and cleans groups of input slices, each group independently."""

    def run(self, groups: Sequence[Sequence[Slice]]) -> Iterator[Partition]:
        """Each group's partition, in the order of `groups`, as they are ready."""
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


def read_partition(group: Sequence[Slice]) -> Partition:
    """Read and clean one group of input slices (runs on a worker), sentences and quality
    included."""
    problems: list[tuple[str, str]] = []

    def note(error: InputError) -> None:
        problems.append((error.where, error.problem))

    articles = clean_all(_articles(read_slices(group), note), note)
    for clean in articles:
        clean.quality  # noqa: B018 - computed here, it travels with the article
    return Partition(tuple(articles), tuple(problems))


def partitions(inputs: Sequence[str], count: int, on_error: ErrorHandler) -> list[list[Slice]]:
    """The inputs in `count` or more contiguous groups of about equal bytes, none over
    PARTITION_BYTES where files can be cut (JSON Lines), in input order; standard input is a
    group of its own. Inputs that are not there go to `on_error`."""
    sources = list(iter_sources(list(inputs)))
    total = sum(_size(s) for s in sources if isinstance(s, Source))
    target = max(1, min(PARTITION_BYTES, math.ceil(total / max(1, count))))
    groups: list[list[Slice]] = []
    filled = 0  # bytes in the last group
    for piece in _cut(sources, target, on_error):
        alone = piece.source.path is None or (groups != [] and _is_stdin(groups[-1]))
        if not groups or alone or filled + piece.size > target:
            groups.append([])
            filled = 0
        groups[-1].append(piece)
        filled += piece.size
    return groups


def batch_ingest(
    engine: Engine, store: Store, inputs: Sequence[str], on_error: ErrorHandler, count: int
) -> tuple[IngestReport, list[Assignment]]:
    """Read and clean `inputs` in `count` or more partitions on `engine`, then store and assign
    them in one sequential pass (what `ingest` does with the same articles). Standard input
    is read here: a worker cannot read it."""
    groups = partitions(inputs, count, on_error)
    remote = engine.run([g for g in groups if not _is_stdin(g)])
    parts = (read_partition(g) if _is_stdin(g) else next(remote) for g in groups)
    return ingest(store, merge(parts, on_error), on_error)


def merge(parts: Iterable[Partition], on_error: ErrorHandler) -> Iterator[CleanArticle]:
    """The partitions' articles in input order, ids made unique across all of them as one
    read of every input would make them (`id`, `id-2`, ...)."""
    seen: dict[str, int] = {}
    for part in parts:
        for where, problem in part.problems:
            on_error(InputError(where, problem))
        for clean in part.articles:
            article = unique_id(clean.article, seen)
            yield clean if article is clean.article else replace(clean, article=article)


def _cut(
    sources: Iterable[Source | InputError], size: int, on_error: ErrorHandler
) -> Iterator[Slice]:
    for source in sources:
        if isinstance(source, InputError):
            on_error(source)
        else:
            yield from cut_source(source, size)


def _size(source: Source) -> int:
    try:
        return source.path.stat().st_size if source.path is not None else 0
    except OSError:
        return 0  # reading it reports the problem


def _is_stdin(group: Sequence[Slice]) -> bool:
    return any(piece.source.path is None for piece in group)


def _articles(items: Iterable[Article | InputError], note: ErrorHandler) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputError):
            note(item)
        else:
            yield item
