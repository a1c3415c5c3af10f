"""Sparse term vectors as plain dicts: TF-IDF weighting, unit length, dot products.

Stories are small (tens to hundreds of sentences), where dicts beat sparse-matrix libraries
whose per-call overhead dominates; and the import is free, which keeps the CLI start-up fast.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain, repeat

Vector = dict[str, float]


def tfidf(documents: Sequence[Counter[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors of term counts: sublinear tf (1 + ln tf) and smoothed idf
    (ln((1 + n) / (1 + df)) + 1), the weighting scikit-learn's `TfidfVectorizer(sublinear_tf=
    True)` uses, which the digest's constants were tuned with."""
    # Counted in C, from each document's terms (a Counter iterates its keys).
    frequency = Counter(chain.from_iterable(documents))
    n = len(documents)
    idf = {term: math.log((1 + n) / (1 + df)) + 1.0 for term, df in frequency.items()}
    return [_unit_weights(counts, idf) for counts in documents]


def _unit_weights(counts: Counter[str], idf: dict[str, float]) -> Vector:
    """`tfidf`'s vector of one document: `unit` of its weights, without building the vector
    twice. Most terms of a sentence are counted once, and 1 + ln 1 is 1.0: their weight is
    their idf, neither a log taken nor a product (statements of 1,000 generated articles:
    their vectors 0.12 -> 0.09 s)."""
    log = math.log
    weights = [idf[t] if c == 1 else (1.0 + log(c)) * idf[t] for t, c in counts.items()]
    return dict(zip(counts, _scaled(weights), strict=True))


def unit(vector: Vector) -> Vector:
    """`vector` scaled to length 1 (an empty or zero vector is copied as it is)."""
    return dict(zip(vector, _scaled(list(vector.values())), strict=True))


def _scaled(weights: list[float]) -> list[float]:
    """`weights` divided by their Euclidean norm (as they are when it is 0)."""
    norm = math.sqrt(sum(map(operator.mul, weights, weights)))  # as a generator, 2x slower
    return [w / norm for w in weights] if norm else weights


def dot(a: Vector, b: Vector) -> float:
    """Sparse dot product over the smaller vector's terms; map() keeps the loop in C."""
    if len(b) < len(a):
        a, b = b, a
    products: Iterator[float] = map(operator.mul, a.values(), map(b.get, a.keys(), repeat(0.0)))
    return sum(products)


def mean(vectors: Sequence[Vector]) -> Vector:
    """The average of `vectors` (not normalised)."""
    total: Vector = dict(vectors[0]) if vectors else {}
    so_far = total.get  # a plain dict: Counter.update loops in Python, with more to do
    for vector in vectors[1:]:
        for term, weight in vector.items():
            total[term] = so_far(term, 0.0) + weight
    count = len(vectors) or 1
    return {t: w / count for t, w in total.items()}
