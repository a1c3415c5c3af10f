"""cluster: each article joins the story of its real-world event, in publication order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from newsweave.cluster.stream import ClusterOptions, StreamClusterer
from newsweave.model import Assignment, CleanArticle, Story
from newsweave.text.dates import timestamp

__all__ = [
    "Assignment",
    "ClusterOptions",
    "StreamClusterer",
    "assign_all",
    "cluster_articles",
    "publication_order",
]


def cluster_articles(
    articles: Sequence[CleanArticle], options: ClusterOptions | None = None
) -> tuple[list[Story], list[Assignment]]:
    """Stories of `articles` and one assignment per article, in the order given."""
    clusterer = StreamClusterer(options)
    ordered = publication_order(articles)
    assignments = {a.article_id: a for a in assign_all(clusterer, ordered)}
    by_story: dict[str, list[CleanArticle]] = {}
    for article in ordered:
        by_story.setdefault(assignments[article.id].story_id, []).append(article)
    stories = [Story(story_id, tuple(members)) for story_id, members in by_story.items()]
    return stories, [assignments[a.id] for a in articles]


def assign_all(
    clusterer: StreamClusterer, articles: Iterable[CleanArticle]
) -> Iterable[Assignment]:
    """Feed articles (already in publication order) to a clusterer, one assignment each."""
    weight = clusterer.options.title_weight
    for article in articles:
        text = " ".join([article.article.title or ""] * weight + [article.text])
        when = article.article.published
        yield clusterer.add(article.id, text, timestamp(when) if when else None)


def publication_order(articles: Sequence[CleanArticle]) -> list[CleanArticle]:
    """Sorted by publication time; an undated article takes the time of the one before it,
    so it keeps its place in the arrival order."""
    keyed = []
    previous = datetime.min
    for position, article in enumerate(articles):
        when = article.article.published
        if when is not None:
            previous = _naive_utc(when)
        keyed.append(((previous, position), article))
    return [article for _, article in sorted(keyed, key=lambda pair: pair[0])]


def _naive_utc(when: datetime) -> datetime:
    """Comparable across time zones: aware times in UTC, naive ones taken as UTC."""
    if when.tzinfo is None:
        return when
    return when.astimezone(UTC).replace(tzinfo=None)
