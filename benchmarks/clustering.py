"""Story clustering quality: DUC 2004 (50 topics x 10 articles), Clust-McMs (event-level
clusters; English and all languages; the catch-all cluster 166 scored as one cluster and as
singletons), realnews-clustering-dev (real page excerpts, with and without their dates; hard
negatives kept apart and per-event errors listed), the bundled examples, and stability under
shuffling within a day.

    python -m benchmarks.clustering [--data ../shared/datasets] [--option threshold=0.25 ...]
        [--ingest-batches]   (also ingest in batches against cluster: benchmarks/ingest_batches.py)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks import realnews
from benchmarks.cluster_scoring import ClusterScores, bcubed, pairwise
from benchmarks.scoring import format_table
from newsweave.clean import clean_article
from newsweave.cluster import ClusterOptions, cluster_articles
from newsweave.model import Article, CleanArticle
from newsweave.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
CATCH_ALL = 166  # Clust-McMs "other" bucket
_ENGLISH = frozenset("the of and to in is that for on with was said".split())


@dataclass(frozen=True)
class Collection:
    """Articles with gold labels; `gold_variants` names other labelings of the same items."""

    name: str
    articles: list[CleanArticle]
    gold: dict[str, Hashable]
    gold_variants: Mapping[str, dict[str, Hashable]]


def load_duc(data: Path) -> Collection:
    docs = data / "duc2004-task2" / "docs"
    articles, gold = [], {}
    for item in read_inputs([str(docs)]):
        if isinstance(item, Article):
            articles.append(clean_article(item))
            gold[item.id] = Path(item.origin).parent.name
    return Collection("DUC 2004 (topics)", articles, gold, {})


def load_clustmcms(data: Path, split: str, english_only: bool) -> Collection:
    """Only `title` and `sentences[].content` are input: the other fields encode the labels."""
    path = data / "clustmcms-news-clustering" / f"mds_ac_{split}_final.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    articles, gold = [], {}
    for record, label in zip(raw["articles"], raw["clusters"], strict=True):
        text = " ".join(s["content"] for s in record["sentences"])
        if english_only and not _is_english(f"{record['title']} {text}"):
            continue
        article = Article(id=str(record["ID"]), raw=text, title=record["title"])
        articles.append(clean_article(article))
        gold[article.id] = label
    singletons = {k: (v if v != CATCH_ALL else f"other-{k}") for k, v in gold.items()}
    name = f"Clust-McMs {split} ({'English' if english_only else 'all languages'})"
    return Collection(name, articles, gold, {"166 as singletons": singletons})


def load_examples() -> Collection:
    articles = [clean_article(a) for a in read_inputs([str(ROOT / "examples")])]
    articles = [a for a in articles if isinstance(a, CleanArticle)]
    gold = {a.id: _example_event(a) for a in articles}
    return Collection("bundled examples", articles, gold, {})


def score(
    collection: Collection, options: ClusterOptions
) -> list[tuple[str, ClusterScores, ClusterScores, int]]:
    """(labeling, B-cubed, pairwise, predicted stories) for each gold labeling."""
    _, assignments = cluster_articles(collection.articles, options)
    predicted = {a.article_id: a.story_id for a in assignments}
    labelings = {"": collection.gold, **collection.gold_variants}
    return [
        (label, bcubed(predicted, gold), pairwise(predicted, gold), len(set(predicted.values())))
        for label, gold in labelings.items()
    ]


def shuffle_stability(collection: Collection, options: ClusterOptions, seed: int = 7) -> float:
    """B-cubed F1 between the clustering of the input and of the input shuffled within days."""
    rng = random.Random(seed)
    by_day: dict[object, list[CleanArticle]] = {}
    for article in collection.articles:
        day = article.article.published.date() if article.article.published else None
        by_day.setdefault(day, []).append(article)
    shuffled = []
    for day in by_day:
        group = by_day[day][:]
        rng.shuffle(group)
        shuffled.extend(group)
    first = {a.article_id: a.story_id for a in cluster_articles(collection.articles, options)[1]}
    second = {a.article_id: a.story_id for a in cluster_articles(shuffled, options)[1]}
    return bcubed(second, first).f1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--option", action="append", default=[], help="ClusterOptions field=value")
    parser.add_argument(
        "--ingest-batches", action="store_true", help="also ingest in batches against cluster"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 2
    options = _options(args.option)
    collections = _collections(args.data)
    rows = []
    for collection in collections:
        for label, b3, pw, stories in score(collection, options):
            name = f"{collection.name}{', ' + label if label else ''}"
            rows.append(_row(name, len(collection.articles), stories, b3, pw))
    duc = collections[0]
    for _, b3, pw, stories in score(duc, ClusterOptions.topics()):
        rows.append(_row(f"{duc.name}, --granularity topic", len(duc.articles), stories, b3, pw))
    print(f"options: {options}\n")
    print(
        format_table(
            [
                "collection",
                "articles",
                "stories",
                "B3 P",
                "B3 R",
                "B3 F1",
                "pair P",
                "pair R",
                "pair F1",
            ],
            rows,
            right_align=range(1, 9),
        )
    )
    print()
    for collection in (duc, collections[-2]):  # all dated; mostly undated (shuffled as one day)
        stability = shuffle_stability(collection, options)
        print(f"shuffle within a day, {collection.name}: B-cubed F1 between runs {stability:.3f}")
    _print_realnews_errors(args.data, options)
    if args.ingest_batches:
        from benchmarks.ingest_batches import print_agreement

        print("\ningest in batches (default options) against cluster of the same articles:")
        print_agreement(duc.articles)
    return 0


def load_realnews(data: Path, dated: bool) -> Collection:
    articles, gold = realnews.load_articles(data, dated)
    name = "realnews-dev" + ("" if dated else " (published ignored)")
    return Collection(name, articles, dict(gold), {})


def _print_realnews_errors(data: Path, options: ClusterOptions) -> None:
    """Which hard-negative pairs were merged, and each event's split and merges."""
    articles, gold = realnews.load_articles(data)
    _, assignments = cluster_articles(articles, options)
    predicted = {a.article_id: a.story_id for a in assignments}
    pairs = realnews.hard_negatives(data)
    merged = realnews.merged_pairs(predicted, gold, pairs)
    print(f"\nrealnews-dev: {len(pairs) - len(merged)} of {len(pairs)} hard-negative pairs apart")
    for one, other in merged:
        print(f"  merged: {one} + {other}")
    print("\n".join(["realnews-dev per-event errors:", *realnews.event_errors(predicted, gold)]))


def _collections(data: Path) -> list[Collection]:
    loaders: list[Callable[[], Collection]] = [
        lambda: load_duc(data),
        *(
            lambda s=s, e=e: load_clustmcms(data, s, e)
            for s in ("dev", "test")
            for e in (True, False)
        ),
        load_examples,
        lambda: load_realnews(data, dated=True),
        lambda: load_realnews(data, dated=False),
    ]
    return [load() for load in loaders]


def _row(name: str, n: int, stories: int, b3: ClusterScores, pw: ClusterScores) -> list[str]:
    cells = [b3.precision, b3.recall, b3.f1, pw.precision, pw.recall, pw.f1]
    return [name, str(n), str(stories), *(f"{c:.3f}" for c in cells)]


def _options(settings: list[str]) -> ClusterOptions:
    options = ClusterOptions()
    for setting in settings:
        key, _, value = setting.partition("=")
        current = getattr(options, key)
        options = replace(options, **{key: type(current)(value)})
    return options


def _is_english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and sum(w in _ENGLISH for w in words) > 0.08 * len(words)


def _example_event(article: CleanArticle) -> str:
    """Gold events of the bundled examples: by folder, the feed and JSONL items by content."""
    folder = Path(article.article.origin.split("#")[0].split(":")[0]).parent.name
    if folder == "other":
        return "library" if "library" in article.text.lower() else "event-port-strike"
    if article.id == "06_feed-2":
        return "event-port-strike-talks"
    return folder


if __name__ == "__main__":
    sys.exit(main())
