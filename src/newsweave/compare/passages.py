"""What the comparisons share: each article's extracted facts (dates resolved against the
story's date when an article has none), the sentence around a span, and whether a passage
may be quoted (never from a garbled sentence or a spun article)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from newsweave.extract import extract_facts, find_dates
from newsweave.model import ArticleFacts, CleanArticle, Sentence
from newsweave.text.dates import timestamp

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Read:
    """One article of the story with what the extract stage found in it."""

    article: CleanArticle
    facts: ArticleFacts

    @property
    def id(self) -> str:
        return self.article.id

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character `offset` of the raw text, if any."""
        sentences = self.article.sentences
        i = bisect_right([s.start for s in sentences], offset) - 1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return sentences[i]
        return None

    def quotable(self, sentence: Sentence | None) -> bool:
        """A passage from here may be shown as the story's wording."""
        spun = "spun" in self.article.quality.flags
        return not spun and (sentence is None or not sentence.garbled)


def read_story(articles: Sequence[CleanArticle]) -> list[Read]:
    """The facts of every article. An undated article's relative dates ("Thursday") resolve
    against the story's date (the median publication date of its dated articles), as a
    reader of a reposted copy would read them."""
    reference = story_date(articles)
    reads = []
    for article in articles:
        facts = extract_facts(article)
        if article.article.published is None and reference is not None:
            facts = replace(facts, dates=find_dates(article, reference))
        reads.append(Read(article, facts))
    return reads


def story_date(articles: Sequence[CleanArticle]) -> datetime | None:
    """The median publication date of the dated articles."""
    dates = sorted(
        (a.article.published for a in articles if a.article.published is not None), key=timestamp
    )
    return dates[len(dates) // 2] if dates else None


def words(text: str) -> tuple[str, ...]:
    """Lower-cased words without punctuation; apostrophes dropped so that "States'" and
    "States" and "Russia’s" and "Russias" read alike."""
    return tuple(_WORD.findall(text.lower().replace("'", "").replace("’", "")))
