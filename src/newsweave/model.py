"""Plain data passed between pipeline stages. Every stage is a function over these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
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
    """An article after cleaning: its text is article text only.

    `paragraphs` are the spans of `Article.raw` kept as text. Sentences and the quality score
    are derived from them on first use: clustering needs neither, and splitting sentences is
    most of the cost of cleaning.
    """

    article: Article
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    removed: tuple[Removal, ...] = ()

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences of the text, with offsets into `Article.raw`."""
        from newsweave.clean.sentences import split_sentences  # clean builds on this module

        raw = self.article.raw
        return tuple(s for start, end in self.paragraphs for s in split_sentences(raw, start, end))

    @cached_property
    def quality(self) -> Quality:
        from newsweave.clean.quality import score_quality  # clean builds on this module

        return score_quality(self.sentences)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def outlet(self) -> str:
        """The outlet that published it; an article of unknown outlet counts as its own."""
        return self.article.source or self.article.id

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

    @property
    def opened(self) -> bool:
        """True when the article opened a new story."""
        return self.nearest is None


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
class Credit:
    """An outlet an article credits for its information ("NBC News reports", "according to
    Politico", "The Associated Press contributed to this report").

    `outlet` is the name as a reader knows it; `domain` the outlet's web domain when newsweave
    knows it (built-in list of major outlets), so a credit can point to an article in the
    story; `start`/`end` are offsets into `Article.raw` of the words that give the credit."""

    outlet: str
    domain: str | None
    phrase: str
    start: int
    end: int


@dataclass(frozen=True)
class AlignedPair:
    """Evidence of reuse: sentence `source` of the source article (an index into its
    `sentences`) matches sentence `copy` of the copy. `similarity` is the weighted share of
    content terms they share; `verbatim` the share of words found word for word."""

    source: int
    copy: int
    similarity: float
    verbatim: float


REUSE_KINDS = ("duplicate", "partial", "spun", "credited")


@dataclass(frozen=True)
class ReuseLink:
    """Article `copy` reuses article `source` (both ids).

    `share` is the share of the copy's words in sentences that come from the source; `kind`
    one of REUSE_KINDS; `pairs` the aligned sentences that show it (a credited link may have
    few or none); `reason` says how the direction was decided ("published first", "credits",
    "spun", "contained", ...)."""

    source: str
    copy: str
    share: float
    kind: str
    pairs: tuple[AlignedPair, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class Provenance:
    """Who copied whom within a set of articles, and how many independent origins they have.

    `origins` maps each article id to its origin: the id of the first published article of
    the group it belongs to, once articles joined by reuse, credits or a shared outlet are
    merged. Articles with the same origin are not independent sources."""

    reuse: tuple[ReuseLink, ...] = ()
    credits: Mapping[str, tuple[Credit, ...]] = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict)

    @property
    def independent_origins(self) -> int:
        return len(set(self.origins.values()))

    def copy_of(self, article_id: str) -> str | None:
        """The source of the strongest reuse link in which `article_id` is the copy."""
        links = [r for r in self.reuse if r.copy == article_id]
        return max(links, key=lambda r: r.share).source if links else None


@dataclass(frozen=True)
class Digest:
    """The cited account of one story, with its provenance (copies, credits, origins)."""

    story: Story
    summary: tuple[Cited, ...]
    facts: tuple[Fact, ...]
    provenance: Provenance = field(default_factory=Provenance)
