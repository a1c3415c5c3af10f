"""Statements: the same sentence as told by several articles, grouped across outlets.

Grouping is greedy leader clustering over TF-IDF sentence vectors, so a statement is every
sentence close enough to its first (leading) sentence; chaining through intermediate
paraphrases, which single-link grouping would allow, cannot merge two different facts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from newsweave.model import CleanArticle, Sentence
from newsweave.text.outlets import outlet_key
from newsweave.text.vectors import Vector, dot, mean, tfidf, unit

# Cosine between TF-IDF sentence vectors above which two sentences state the same thing.
# At 0.5 rewrites with swapped synonyms (seed 004 vs 000) still group; distinct facts about
# the same people (the Dec. 7 call vs the Thursday call) do not.
SAME_STATEMENT = 0.5
MIN_WORDS, MAX_WORDS = 6, 60


@dataclass(frozen=True)
class Mention:
    """One sentence of one article, with where it stands in that article (0 = lead)."""

    article: CleanArticle
    sentence: Sentence
    position: int
    row: int  # row in the statement matrix


@dataclass(frozen=True)
class Statement:
    """Mentions of the same statement; the first is the leader that defined the group."""

    mentions: tuple[Mention, ...]

    @cached_property
    def article_ids(self) -> tuple[str, ...]:
        """The articles stating it, in order (built once: the facts, the single-source claims
        and the digest's citations each read them)."""
        return tuple(dict.fromkeys(m.article.id for m in self.mentions))

    def outlets(self) -> set[str]:
        """Distinct outlets stating it; an article of unknown outlet counts as its own."""
        return {outlet_key(m.article.outlet) for m in self.mentions}


@dataclass(frozen=True)
class StatementSet:
    statements: tuple[Statement, ...]
    vectors: tuple[Vector, ...]  # one unit-length TF-IDF vector per mention (by `row`)
    centroid: Vector  # unit-length mean of all mention vectors

    def centrality(self, statement: Statement) -> float:
        """How close the statement's mean vector is to the story's centroid. Computed once
        per statement (the digest and the single-source claims both rank by it); a statement
        of one sentence is its own mean, as most are."""
        key = statement.mentions[0].row  # a mention belongs to one statement
        found = self._centralities.get(key)
        if found is None:
            vectors = [self.vectors[m.row] for m in statement.mentions]
            centre = vectors[0] if len(vectors) == 1 else mean(vectors)
            found = self._centralities[key] = dot(centre, self.centroid)
        return found

    @cached_property
    def _centralities(self) -> dict[int, float]:
        return {}


def group_statements(articles: Sequence[CleanArticle]) -> StatementSet:
    """All usable sentences of `articles`, grouped into statements."""
    mentions, terms = _mentions(articles)
    vectors = tuple(tfidf(terms))
    groups: list[list[Mention]] = []
    told: list[set[int]] = []  # the articles in each group (by identity): one mention each
    # term -> (leader, the leader's weight of it), for the leaders holding it: cosines are
    # summed over shared terms without looking each leader's vector up again.
    postings: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
    held_by = postings.get
    for mention in mentions:
        vector = vectors[mention.row]
        scores: dict[int, float] = {}
        so_far = scores.get  # a fifth faster than a defaultdict's +=
        for term, weight in vector.items():  # cosine with only the leaders sharing a term
            for leader, held in held_by(term, ()):
                scores[leader] = so_far(leader, 0.0) + weight * held
        best = max(scores, key=scores.__getitem__) if scores else -1
        if best >= 0 and scores[best] >= SAME_STATEMENT and id(mention.article) not in told[best]:
            groups[best].append(mention)
            told[best].add(id(mention.article))
        else:
            leader = len(groups)
            groups.append([mention])
            told.append({id(mention.article)})
            for term, weight in vector.items():
                postings[term].append((leader, weight))
    return StatementSet(tuple(Statement(tuple(g)) for g in groups), vectors, unit(mean(vectors)))


def _mentions(articles: Sequence[CleanArticle]) -> tuple[list[Mention], list[Counter[str]]]:
    """The usable sentences as mentions, with the content terms of each (counted once: they
    were a fifth of grouping when counted again for the vectors)."""
    mentions: list[Mention] = []
    terms: list[Counter[str]] = []
    for article in articles:
        for position, sentence in enumerate(article.sentences):
            if not MIN_WORDS <= len(sentence.text.split()) <= MAX_WORDS:
                continue
            if counts := article.sentence_terms(sentence):
                mentions.append(Mention(article, sentence, position, len(mentions)))
                terms.append(counts)
    return mentions, terms
