"""Statements: the same sentence as told by several articles, grouped across outlets.

Grouping is greedy leader clustering over TF-IDF sentence vectors, so a statement is every
sentence close enough to its first (leading) sentence; chaining through intermediate
paraphrases, which single-link grouping would allow, cannot merge two different facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from newsweave.model import CleanArticle, Sentence
from newsweave.text.outlets import outlet_key
from newsweave.text.terms import content_terms

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

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article.id for m in self.mentions))

    def outlets(self) -> set[str]:
        """Distinct outlets stating it; an article of unknown outlet counts as its own."""
        return {outlet_key(m.article.outlet) for m in self.mentions}


@dataclass(frozen=True)
class StatementSet:
    statements: tuple[Statement, ...]
    vectors: csr_matrix  # one L2-normalised row per mention
    centroid: np.ndarray  # normalised mean of all mention vectors


def group_statements(articles: Sequence[CleanArticle]) -> StatementSet:
    """All usable sentences of `articles`, grouped into statements."""
    mentions = _mentions(articles)
    if not mentions:
        return StatementSet((), csr_matrix((0, 0)), np.zeros(0))
    vectorizer = TfidfVectorizer(analyzer=_analyze, sublinear_tf=True)
    vectors = vectorizer.fit_transform([m.sentence.text for m in mentions]).tocsr()
    groups: list[list[Mention]] = []
    leaders: list[int] = []
    similarity = (vectors @ vectors.T).toarray()
    for mention in mentions:
        scores = [similarity[mention.row, lead] for lead in leaders]
        best = int(np.argmax(scores)) if scores else -1
        same_article = best >= 0 and any(m.article is mention.article for m in groups[best])
        if best >= 0 and scores[best] >= SAME_STATEMENT and not same_article:
            groups[best].append(mention)
        else:
            groups.append([mention])
            leaders.append(mention.row)
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    return StatementSet(
        tuple(Statement(tuple(g)) for g in groups),
        vectors,
        centroid / norm if norm else centroid,
    )


def _mentions(articles: Sequence[CleanArticle]) -> list[Mention]:
    mentions: list[Mention] = []
    for article in articles:
        for position, sentence in enumerate(article.sentences):
            if MIN_WORDS <= len(sentence.text.split()) <= MAX_WORDS and _analyze(sentence.text):
                mentions.append(Mention(article, sentence, position, len(mentions)))
    return mentions


def _analyze(text: str) -> list[str]:
    return list(content_terms(text).elements())
