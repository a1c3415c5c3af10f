"""Ingest in batches against `cluster`: how far the stories of `ingest`, fed the input a batch
at a time (or in two runs of half the input each) in its given, a shuffled and date order,
agree with the stories `cluster` makes of the whole input at once (B-cubed F1 and counts).

Inputs: 1,000 DUC-derived articles (benchmarks/scale.py `generate`: the 500 DUC 2004 texts,
then each again a week later, a word in ten changed, so the second half reaches back up to
three months behind the first half's newest date) and DUC 2004 itself.

    python -m benchmarks.ingest_batches    (or: python -m benchmarks.clustering --ingest-batches)
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks.cluster_scoring import bcubed
from benchmarks.scale import generate
from benchmarks.scoring import format_table
from newsweave.cluster import publication_order
from newsweave.errors import InputError
from newsweave.model import CleanArticle
from newsweave.pipeline import ingest, load_articles, make_stories, stored_stories
from newsweave.store import open_store

GENERATED = 1000
SEED = 3


def agreement_rows(duc: Sequence[CleanArticle]) -> list[list[str]]:
    """One row per input, order and way of ingesting: stories and B-cubed F1 against
    `cluster` of the same articles."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.jsonl"
        generate(GENERATED, path)
        generated = load_articles([str(path)], _fail)
        rows = list(_rows("DUC-derived", generated, 500, Path(folder)))
        return rows + list(_rows("DUC 2004", distinct(duc), 125, Path(folder)))


def distinct(articles: Sequence[CleanArticle]) -> list[CleanArticle]:
    """The first article of each text: a store keeps one row per text (DUC 2004 files 25
    documents under two topics), so `cluster` is measured on the articles `ingest` keeps."""
    seen: set[str] = set()
    kept = []
    for article in articles:
        if article.text not in seen:
            seen.add(article.text)
            kept.append(article)
    return kept


def _rows(name: str, articles: list[CleanArticle], size: int, folder: Path) -> Iterator[list[str]]:
    stories, _ = make_stories(articles)
    truth = {a.id: s.id for s in stories for a in s.articles}
    yield [name, str(len(articles)), "cluster", str(len(stories)), "1.000"]
    orders = {
        "given": articles,
        "shuffled": random.Random(SEED).sample(articles, len(articles)),
        "by date": publication_order(articles),
    }
    half = len(articles) // 2
    for order, ordered in orders.items():
        runs = {f"{order}, batches of {size}": ([ordered], size)}
        if order != "by date":
            runs[f"{order}, two runs of half"] = ([ordered[:half], ordered[half:]], len(articles))
        for how, (parts, batch) in runs.items():
            found = _ingested(parts, batch, folder / f"{name}-{how}.db")
            f1 = bcubed(found, truth).f1
            yield [name, str(len(articles)), how, str(len(set(found.values()))), f"{f1:.3f}"]


def _ingested(parts: list[list[CleanArticle]], batch: int, db: Path) -> dict[str, str]:
    """Article id -> story id after one `ingest` per part (the store reopened for each, as a
    new process would) into a fresh store at `db`."""
    for part in parts:
        with open_store(str(db)) as store:
            ingest(store, part, _fail, batch_size=batch)
    with open_store(str(db)) as store:
        return {a.id: s.id for s in stored_stories(store, _fail) for a in s.articles}


def _fail(error: InputError) -> None:
    raise error


def print_agreement(duc: Sequence[CleanArticle]) -> None:
    header = ["input", "articles", "stories made by", "stories", "B3 F1 vs cluster"]
    print(format_table(header, agreement_rows(duc), right_align=(1, 3, 4)))


def main() -> int:
    from benchmarks.clustering import DEFAULT_DATA, load_duc

    print_agreement(load_duc(DEFAULT_DATA).articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
