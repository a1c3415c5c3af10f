"""An article as read and as cleaned: the types the read and clean stages produce."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, Protocol


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


class TextAnalysis(Protocol):
    """How sentences, a quality score and the sentences' content terms are derived from the
    kept paragraphs.

    The clean stage supplies it; this keeps `model` a leaf while sentences stay lazy
    (clustering reads neither, and splitting sentences is most of the cost of cleaning)."""

    def sentences(self, raw: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
        """The sentences of `raw` within `paragraphs`, with offsets into `raw`."""
        ...

    def quality(self, sentences: tuple[Sentence, ...], cut: bool) -> Quality:
        """The quality of a text made of `sentences`; `cut` when the reader had to cut the
        text at its size limit."""
        ...

    def terms(self, text: str) -> Counter[str]:
        """The content terms of `text` with their counts (`newsweave.text.terms`)."""
        ...


@dataclass(frozen=True)
class CleanArticle:
    """An article after cleaning: its text is article text only.

    `paragraphs` are the spans of `Article.raw` kept as text; `outlet` names who published it
    (see `newsweave.text.outlets.outlet_of`). Sentences and the quality score are derived on
    first use through `analysis`.
    """

    article: Article
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    outlet: str
    analysis: TextAnalysis = field(compare=False, repr=False)
    removed: tuple[Removal, ...] = ()

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences of the text, with offsets into `Article.raw`."""
        return self.analysis.sentences(self.article.raw, self.paragraphs)

    @cached_property
    def quality(self) -> Quality:
        return self.analysis.quality(self.sentences, bool(self.article.metadata.get("truncated")))

    def sentence_terms(self, sentence: Sentence) -> Counter[str]:
        """The content terms of one of the article's sentences, counted on first use and
        shared after (read-only): statements, conflicts and the timeline each read them, and
        counted by each they were 5% of a digest, counted once 2.5% (1,000 DUC 2004 articles)."""
        terms = self._terms.get(sentence.start)
        if terms is None:
            terms = self._terms[sentence.start] = self.analysis.terms(sentence.text)
        return terms

    @cached_property
    def _terms(self) -> dict[int, Counter[str]]:
        return {}

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def title_derived(self) -> bool:
        """True when the article has no title of its own: `title` is its first sentence."""
        return not self.article.title

    @property
    def title(self) -> str:
        """The article's title, or its first sentence when it has none."""
        if self.article.title:
            return self.article.title
        first = self.sentences[0].text if self.sentences else self.article.id
        return first if len(first) <= 100 else first[:97].rsplit(" ", 1)[0] + "..."
