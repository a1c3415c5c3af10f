"""Quality floors on small fixed slices of ../shared/datasets, run with every `make test`.

Floors, the value measured when each was pinned and the hash of its data live in
benchmarks/floors.json (`python -m benchmarks.gates` lists them): a real regression fails the
build while machine noise cannot (these scores are deterministic).
The full benchmarks (`make bench`) print the complete tables.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from benchmarks.cluster_scoring import bcubed
from benchmarks.clustering import load_clustmcms, load_examples
from benchmarks.gates import check_floors
from benchmarks.summaries import WORDS, references, summarize
from rouge_score import rouge_scorer

from benchmarks import realnews
from newsweave.cluster import cluster_articles


def test_clustering_floor_on_clustmcms_dev_english(datasets_dir: Path) -> None:
    collection = load_clustmcms(datasets_dir, "dev", english_only=True)
    _, assignments = cluster_articles(collection.articles)
    predicted = {a.article_id: a.story_id for a in assignments}
    gold = collection.gold_variants["166 as singletons"]
    check_floors("clustering_clustmcms", {"bcubed_f1": bcubed(predicted, gold).f1}, datasets_dir)


def test_the_examples_cluster_exactly() -> None:
    collection = load_examples()
    _, assignments = cluster_articles(collection.articles)
    predicted = {a.article_id: a.story_id for a in assignments}
    assert bcubed(predicted, collection.gold).f1 == 1.0


def test_summary_rouge_floor_on_six_duc_2003_clusters(datasets_dir: Path) -> None:
    root = datasets_dir / "duc2003-task2"
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    r1, r2 = [], []
    for folder in sorted((root / "docs").iterdir())[:6]:
        summary = " ".join(summarize(folder).split()[:WORDS])
        scores = [scorer.score(ref, summary) for ref in references(root / "models", folder.name)]
        r1.append(statistics.mean(s["rouge1"].recall for s in scores))
        r2.append(statistics.mean(s["rouge2"].recall for s in scores))
    scores = {"rouge1_recall": statistics.mean(r1), "rouge2_recall": statistics.mean(r2)}
    check_floors("summaries", scores, datasets_dir)


def test_clustering_floor_on_realnews_dev(datasets_dir: Path) -> None:
    """Real, uncleaned page excerpts, most undated, with hard negatives: the floor guards the
    dates inferred from pages, undated articles read last against the batch's stories, the
    event signatures (days named in undated leads among them) and the repairs. Reordering the
    undated articles alone moves the score between 0.920 and 0.942: the floor leaves room."""
    articles, gold = realnews.load_articles(datasets_dir)
    _, assignments = cluster_articles(articles)
    predicted = {a.article_id: a.story_id for a in assignments}
    pairs = realnews.hard_negatives(datasets_dir)
    merged = len(realnews.merged_pairs(predicted, gold, pairs))
    scores = {"bcubed_f1": bcubed(predicted, gold).f1, "hard_negatives_apart": 16 - merged}
    check_floors("clustering_realnews", scores, datasets_dir)
    moved = [a for a in assignments if a.merged_from is not None]
    assert moved and all(a.evidence for a in moved)  # every repair says why
