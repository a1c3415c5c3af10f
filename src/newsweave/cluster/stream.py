"""Streaming story assignment.

Each article, in publication order, is compared with the active stories that share its most
weighted terms (an inverted index, not a scan) and joins the best one if the cosine with the
story's centroid clears a threshold that rises with the time since the story's last article:
two calls between the same leaders a week apart are two stories, one event reported over
several days is one.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from newsweave.dates import timestamp
from newsweave.model import CleanArticle, Story
from newsweave.terms import content_terms

_DAY = 86400.0


@dataclass(frozen=True)
class ClusterOptions:
    """Assignment thresholds. Tuned on DUC 2004 (50 events) and the bundled examples."""

    threshold: float = 0.22  # cosine with a story's centroid to join it, same day
    per_day: float = 0.02  # added to the threshold per day beyond `grace_days`
    grace_days: float = 2.0
    max_threshold: float = 0.55
    expire_days: float = 30.0  # a story idle this long leaves the active index
    article_terms: int = 150  # terms kept per article vector
    centroid_terms: int = 300  # terms kept per story centroid
    probe_terms: int = 12  # an article's top terms used to find candidate stories
    title_weight: int = 2  # title words count this many times
    max_candidates: int = 12  # stories scored in full per article


@dataclass(frozen=True)
class Assignment:
    """Why an article is in its story: the score, its nearest article, shared terms, time gap."""

    article_id: str
    story_id: str
    score: float
    nearest: str | None
    shared_terms: tuple[str, ...]
    gap_days: float | None


@dataclass
class _ActiveStory:
    id: str
    centroid: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    first: float | None = None
    last: float | None = None
    recent: list[tuple[str, dict[str, float]]] = field(default_factory=list)


class StreamClusterer:
    """Assigns articles to stories one at a time; holds only recently active stories."""

    _RECENT = 8  # articles per story kept to name the nearest one
    _PRIOR_DOCS = 20

    def __init__(self, options: ClusterOptions | None = None) -> None:
        self.options = options or ClusterOptions()
        self._df: Counter[str] = Counter()
        self._docs = 0
        self._active: dict[str, _ActiveStory] = {}
        self._index: dict[str, set[str]] = {}

    @property
    def active_stories(self) -> int:
        """How many stories are still in the active index (memory stays flat as time passes)."""
        return len(self._active)

    def add(self, article_id: str, text: str, when: float | None) -> Assignment:
        """Assign one article (`when` in seconds since the epoch, or None if undated)."""
        vector = self._vector(text)
        if when is not None:
            self._expire(when)
        best: tuple[float, _ActiveStory, float | None] | None = None
        for story in self._candidates(vector):
            score = _dot(vector, story.centroid) / story.norm if story.norm else 0.0
            gap = _gap_days(story, when)
            if score >= self._threshold(gap) and (best is None or score > best[0]):
                best = (score, story, gap)
        if best is None:
            story = self._open(article_id)
            assignment = Assignment(article_id, story.id, 1.0, None, (), None)
        else:
            score, story, gap = best
            assignment = self._explain(article_id, vector, story, score, gap)
        self._join(story, article_id, vector, when)
        return assignment

    def _vector(self, text: str) -> dict[str, float]:
        counts = content_terms(text)
        self._docs += 1
        self._df.update(counts.keys())
        weights = {
            term: (1.0 + math.log(count)) * self._idf(term) for term, count in counts.items()
        }
        top = sorted(weights.items(), key=lambda kv: -kv[1])[: self.options.article_terms]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        return {term: w / norm for term, w in top}

    def _idf(self, term: str) -> float:
        """Smoothed as if `_PRIOR_DOCS` unseen documents lacked every term, so that the first
        articles of a stream weigh their words about evenly instead of trusting 2-doc counts."""
        return math.log((self._docs + self._PRIOR_DOCS) / (self._df[term] + 1.0))

    def _candidates(self, vector: dict[str, float]) -> list[_ActiveStory]:
        """Active stories sharing the article's heaviest terms, best overlap first."""
        overlap: dict[str, float] = {}
        for term in list(vector)[: self.options.probe_terms]:
            for story_id in self._index.get(term, ()):
                overlap[story_id] = overlap.get(story_id, 0.0) + vector[term]
        best = sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0]))
        return [self._active[i] for i, _ in best[: self.options.max_candidates]]

    def _threshold(self, gap: float | None) -> float:
        o = self.options
        extra = max(0.0, (gap or 0.0) - o.grace_days) * o.per_day
        return min(o.max_threshold, o.threshold + extra)

    def _open(self, article_id: str) -> _ActiveStory:
        story_id = "s-" + hashlib.sha1(article_id.encode()).hexdigest()[:10]
        story = _ActiveStory(story_id)
        self._active[story_id] = story
        return story

    def _join(
        self, story: _ActiveStory, article_id: str, vector: dict[str, float], when: float | None
    ) -> None:
        for term, weight in vector.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight
        if len(story.centroid) > self.options.centroid_terms:
            kept = sorted(story.centroid.items(), key=lambda kv: -kv[1])
            for term, _ in kept[self.options.centroid_terms :]:
                del story.centroid[term]
                self._index.get(term, set()).discard(story.id)
        for term in story.centroid:
            self._index.setdefault(term, set()).add(story.id)
        story.norm = math.sqrt(sum(w * w for w in story.centroid.values()))
        if when is not None:
            story.first = when if story.first is None else min(story.first, when)
            story.last = when if story.last is None else max(story.last, when)
        story.recent = [*story.recent[-(self._RECENT - 1) :], (article_id, vector)]

    def _explain(
        self,
        article_id: str,
        vector: dict[str, float],
        story: _ActiveStory,
        score: float,
        gap: float | None,
    ) -> Assignment:
        nearest = max(story.recent, key=lambda member: _dot(vector, member[1]))[0]
        shared = sorted(
            (t for t in vector if t in story.centroid),
            key=lambda t: -vector[t] * story.centroid[t],
        )[:8]
        rounded_gap = None if gap is None else round(gap, 2)
        return Assignment(
            article_id, story.id, round(score, 4), nearest, tuple(shared), rounded_gap
        )

    def _expire(self, now: float) -> None:
        horizon = now - self.options.expire_days * _DAY
        for story in [s for s in self._active.values() if s.last is not None and s.last < horizon]:
            for term in story.centroid:
                self._index.get(term, set()).discard(story.id)
            del self._active[story.id]


def cluster_articles(
    articles: Sequence[CleanArticle], options: ClusterOptions | None = None
) -> tuple[list[Story], list[Assignment]]:
    """Stories of `articles` (publication order; undated ones keep their arrival place) and
    one assignment per article, in the order the articles were given."""
    clusterer = StreamClusterer(options)
    weight = clusterer.options.title_weight
    by_story: dict[str, list[CleanArticle]] = {}
    assignments: dict[str, Assignment] = {}
    for article in publication_order(articles):
        text = " ".join([article.article.title or ""] * weight + [article.text])
        when = article.article.published
        assignment = clusterer.add(article.id, text, timestamp(when) if when else None)
        assignments[article.id] = assignment
        by_story.setdefault(assignment.story_id, []).append(article)
    stories = [Story(story_id, tuple(members)) for story_id, members in by_story.items()]
    return stories, [assignments[a.id] for a in articles]


def publication_order(articles: Sequence[CleanArticle]) -> list[CleanArticle]:
    """Sorted by publication time; an undated article takes the time of the one before it."""
    keyed = []
    previous = datetime.min
    for position, article in enumerate(articles):
        when = article.article.published
        if when is not None:
            previous = when.replace(tzinfo=None)
        keyed.append(((previous, position), article))
    return [article for _, article in sorted(keyed, key=lambda pair: pair[0])]


def _gap_days(story: _ActiveStory, when: float | None) -> float | None:
    if when is None or story.first is None or story.last is None:
        return None
    if story.first <= when <= story.last:
        return 0.0
    return min(abs(when - story.first), abs(when - story.last)) / _DAY


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
