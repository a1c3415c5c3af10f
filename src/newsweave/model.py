"""Plain data passed between pipeline stages. Every stage is a function over these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Article:
    """One article as read, before cleaning.

    `raw` is the article's text as the reader found it (a text file's whole content, the main
    text of an HTML page, a JSON record's text); it is kept for provenance and every offset
    that later stages report points into it.
    """

    id: str
    raw: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    language: str | None = None
    origin: str = ""  # where it was read from: a path, "path:line", "-"
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    """A sentence of article text; `start`/`end` are offsets into `Article.raw`."""

    text: str
    start: int
    end: int
    garbled: bool = False


@dataclass(frozen=True)
class Removal:
    """A span of `Article.raw` that cleaning removed, and why (e.g. "caption", "comments")."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Quality:
    """Text quality: `score` in 0..1 (1 = clean, complete article) and flags explaining it."""

    score: float
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CleanArticle:
    """An article after cleaning: its text is article text only, split into sentences."""

    article: Article
    text: str
    sentences: tuple[Sentence, ...]
    quality: Quality
    removed: tuple[Removal, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def title(self) -> str:
        """The article's title, or its first sentence when it has none."""
        if self.article.title:
            return self.article.title
        first = self.sentences[0].text if self.sentences else self.article.id
        return first if len(first) <= 100 else first[:97].rsplit(" ", 1)[0] + "..."


@dataclass(frozen=True)
class Story:
    """A real-world event: the articles that report it, in publication order."""

    id: str
    articles: tuple[CleanArticle, ...]

    @property
    def title(self) -> str:
        """The title of the story's first clean, titled article."""
        titled = [a for a in self.articles if a.article.title]
        best = max(titled or self.articles, key=lambda a: a.quality.score)
        return best.title


@dataclass(frozen=True)
class Cited:
    """A statement of the digest and the ids of the articles that state it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    """A statement found in several articles, with how many independent outlets back it."""

    text: str
    sources: tuple[str, ...]
    independent_sources: int


@dataclass(frozen=True)
class Digest:
    """The cited account of one story."""

    story: Story
    summary: tuple[Cited, ...]
    facts: tuple[Fact, ...]
