"""The cost of each per-article stage, measured one stage at a time on a sample (printed by
benchmarks/scale.py, which estimates from them the cluster a day of global news needs)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from newsweave.cluster import assign_all, publication_order
from newsweave.cluster.stream import StreamClusterer
from newsweave.errors import InputError
from newsweave.extract import extract_facts
from newsweave.fingerprint import fingerprint
from newsweave.model import Article, CleanArticle
from newsweave.pipeline import clean_all, ingest
from newsweave.read import read_inputs
from newsweave.store import open_store

T = TypeVar("T")
EXTRACT_SAMPLE = 500  # extraction is the slowest stage: timed on this many articles


@dataclass(frozen=True)
class StageCosts:
    """Milliseconds per article of each stage, and the sample they were measured on."""

    articles: int
    read: float
    clean: float  # cleaning, sentences and quality: what a batch partition does
    fingerprint: float
    extract: float
    cluster: float  # assignment alone, in memory
    store: float  # writing the articles alone (SQLite, 500 per transaction)
    ingest: float  # store and assign as `ingest` does (state saved and read back per batch)

    def table(self) -> Iterator[str]:
        yield f"per-article cost, ms ({self.articles} DUC-derived articles, one stage at a time)"
        yield "| read | clean+sentences | fingerprint | extract | cluster | store | ingest pass |"
        yield "|---|---|---|---|---|---|---|"
        values = (self.read, self.clean, self.fingerprint, self.extract, self.cluster)
        cells = " | ".join(f"{v:.2f}" for v in (*values, self.store, self.ingest))
        yield f"| {cells} |"


def stage_costs(sample: Path, folder: Path) -> StageCosts:
    """Each stage timed over the whole sample (extraction over its first articles)."""

    def per_article(work: Callable[[], object], count: int) -> float:
        return _timed(work)[1] * 1000 / count

    read, read_seconds = _timed(lambda: list(read_inputs([str(sample)])))
    articles = [a for a in read if not isinstance(a, InputError)]
    n = len(articles)
    cleaned, clean_seconds = _timed(lambda: _clean(articles))
    few = cleaned[:EXTRACT_SAMPLE]

    def store() -> None:
        with open_store(str(folder / "costs-store.db")) as db:
            for start in range(0, len(cleaned), 500):
                with db.ingest_lock():
                    db.add_articles(cleaned[start : start + 500])

    def ingest_pass() -> None:
        with open_store(str(folder / "costs-ingest.db")) as db:
            ingest(db, cleaned, lambda e: None)

    return StageCosts(
        articles=n,
        read=read_seconds * 1000 / n,
        clean=clean_seconds * 1000 / n,
        fingerprint=per_article(
            lambda: [fingerprint(c.id, [s.text for s in c.sentences]) for c in cleaned], n
        ),
        extract=per_article(lambda: [extract_facts(c) for c in few], len(few)),
        cluster=per_article(
            lambda: list(assign_all(StreamClusterer(), publication_order(cleaned))), n
        ),
        store=per_article(store, n),
        ingest=per_article(ingest_pass, n),
    )


def _timed(work: Callable[[], T]) -> tuple[T, float]:
    began = time.perf_counter()
    result = work()
    return result, time.perf_counter() - began


def _clean(articles: list[Article]) -> list[CleanArticle]:
    """What a batch partition does after reading: clean, then sentences and quality."""
    cleaned = clean_all(articles, lambda e: None)
    for clean in cleaned:
        clean.quality  # noqa: B018 - computed, as in engine.base.read_partition
    return cleaned
