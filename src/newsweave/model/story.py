"""Stories and why each article is in its story: the types the cluster stage produces."""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.model.article import CleanArticle


@dataclass(frozen=True)
class Story:
    """A real-world event: the articles that report it, in publication order."""

    id: str
    articles: tuple[CleanArticle, ...]

    @property
    def title(self) -> str:
        """The title of the story's cleanest titled article (any article's, if none has one)."""
        titled = [a for a in self.articles if a.article.title]
        best = max(titled or self.articles, key=lambda a: a.quality.score)
        return best.title


@dataclass(frozen=True)
class Assignment:
    """Why an article is in its story: score, nearest article, what they share, time gap."""

    article_id: str
    story_id: str
    score: float
    nearest: str | None
    shared_terms: tuple[str, ...] = ()
    shared_names: tuple[str, ...] = ()
    gap_days: float | None = None
    evidence: tuple[str, ...] = ()  # event particulars that decided: "shared tally 6-3", ...
    merged_from: str | None = None  # the story it was in before a repair merged that story

    @property
    def opened(self) -> bool:
        """True when the article opened a new story."""
        return self.nearest is None
