"""What the comparisons share: each article's extracted facts (dates resolved against the
story's date when an article has none), the sentence around a span, and whether a passage
may be quoted (never from a garbled sentence or a spun article)."""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property

from newsweave.extract import extract_facts, find_dates
from newsweave.model import ArticleFacts, CleanArticle, Sentence
from newsweave.text.dates import timestamp
from newsweave.text.terms import fold_typographic

_WORD = re.compile(r"\w+")
# On ASCII text `_WORD`'s characters are these: kept, the others made spaces.
_WORD_BYTES = frozenset((string.ascii_letters + string.digits + "_").encode())
_NOT_WORD = bytes(c if c in _WORD_BYTES else ord(" ") for c in range(256))
# Marks that end a clause inside a sentence (one character each, so a mark found in the whole
# text is the same mark found in its sentence).
_CLAUSE_EDGE = re.compile(r"[,;:()–—]")
# A post embedded from a social network: a web address, a picture link or an account's handle
# ("... with 150 mph winds, NHC says.https://t.co/EZoY", "— NASA (@NASA) November 15, 2020").
# Pages keep them as text (the extraction benchmark's gold does), but they are the poster's
# words and dates, not the article's account.
_EMBEDDED = re.compile(r"https?://|\bwww\.|(?<!\w)@\w|pic\.twitter\.com")
# What each of `_EMBEDDED`'s branches holds: most passages have none, which substring tests
# in C tell far sooner than the pattern, tried at every character (digest of 200 generated
# articles: 10.84 -> 10.63 G instructions).
_EMBED_MARKS = ("://", "www.", "@", "pic.twitter.com")


def embeds_post(text: str) -> bool:
    """The passage carries an embedded post's address, picture link or handle."""
    if not any(map(text.__contains__, _EMBED_MARKS)):
        return False
    return _EMBEDDED.search(text) is not None


@dataclass(frozen=True)
class Read:
    """One article of the story with what the extract stage found in it."""

    article: CleanArticle
    facts: ArticleFacts

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def published(self) -> datetime | None:
        """The article's date, or the one its text or URL states."""
        return self.facts.published

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        """Where each sentence starts, built once: conflicts, quotes and the timeline look up
        a sentence for every span they read (rebuilt per call it was a tenth of conflicts)."""
        return tuple(s.start for s in self.article.sentences)

    @cached_property
    def clause_edges(self) -> tuple[int, ...]:
        """Offsets of the raw text's clause marks, found once: each figure of a conflict
        looks up its clause three times (found per sentence each time, they were a fifth of
        conflicts)."""
        return tuple(map(re.Match.start, _CLAUSE_EDGE.finditer(self.article.article.raw)))

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The words the article writes (`words`), found once: wordings of a quotation are
        weighed by what the story's other articles write."""
        return frozenset(words(self.article.text))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character `offset` of the raw text, if any."""
        sentences = self.article.sentences
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return sentences[i]
        return None

    def quotable(self, sentence: Sentence | None) -> bool:
        """A passage from here may be shown as the story's wording."""
        spun = "spun" in self.article.quality.flags
        return not spun and (sentence is None or not sentence.garbled)


def read_story(articles: Sequence[CleanArticle]) -> list[Read]:
    """The facts of every article. An article with no date, stated or inferred from its page,
    resolves its relative dates ("Thursday") against the story's date (the median date of
    the others), as a reader of a reposted copy would read them."""
    reads = [Read(article, extract_facts(article)) for article in articles]
    reference = story_date(reads)
    return [
        Read(r.article, replace(r.facts, dates=find_dates(r.article, reference, approximate=True)))
        if r.published is None and reference is not None
        else r
        for r in reads
    ]


def story_date(reads: Sequence[Read]) -> datetime | None:
    """The median date of the dated articles (their own dates, or those their pages state)."""
    dates = sorted((r.published for r in reads if r.published is not None), key=timestamp)
    return dates[len(dates) // 2] if dates else None


def words(text: str) -> tuple[str, ...]:
    """Lower-cased words without punctuation; apostrophes dropped so that "States'" and
    "States" and "Russia’s" and "Russias" read alike."""
    lowered = text.lower()
    if not lowered.isascii():
        lowered = fold_typographic(lowered)  # "’" becomes "'", the others spaces
    if lowered.isascii():  # most quotations: split as bytes, 4x cheaper than `_WORD`
        return tuple(lowered.encode().translate(_NOT_WORD, b"'").decode().split())
    return tuple(_WORD.findall(lowered.replace("'", "")))
