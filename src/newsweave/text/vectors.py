"""Sparse term vectors as plain dicts: TF-IDF weighting, unit length, dot products.

Stories are small (tens to hundreds of sentences), where dicts beat sparse-matrix libraries
whose per-call overhead dominates; and the import is free, which keeps the CLI start-up fast.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import repeat

Vector = dict[str, float]


def tfidf(documents: Sequence[Counter[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors of term counts: sublinear tf (1 + ln tf) and smoothed idf
    (ln((1 + n) / (1 + df)) + 1), the weighting scikit-learn's `TfidfVectorizer(sublinear_tf=
    True)` uses, which the digest's constants were tuned with."""
    frequency: Counter[str] = Counter()
    for counts in documents:
        frequency.update(counts.keys())
    n = len(documents)
    idf = {term: math.log((1 + n) / (1 + df)) + 1.0 for term, df in frequency.items()}
    return [unit(_weigh(counts, idf)) for counts in documents]


def _weigh(counts: Counter[str], idf: dict[str, float]) -> Vector:
    """`tfidf`'s weights of one document, before scaling. Most terms of a sentence are
    counted once, and 1 + ln 1 is 1.0: their log is not taken."""
    log = math.log
    return {t: (1.0 + log(c) if c > 1 else 1.0) * idf[t] for t, c in counts.items()}


def unit(vector: Vector) -> Vector:
    """`vector` scaled to length 1 (an empty or zero vector is returned as it is)."""
    weights = list(vector.values())
    norm = math.sqrt(sum(map(operator.mul, weights, weights)))  # as a generator, 2x slower
    return {t: w / norm for t, w in vector.items()} if norm else vector


def dot(a: Vector, b: Vector) -> float:
    """Sparse dot product over the smaller vector's terms; map() keeps the loop in C."""
    if len(b) < len(a):
        a, b = b, a
    products: Iterator[float] = map(operator.mul, a.values(), map(b.get, a.keys(), repeat(0.0)))
    return sum(products)


def mean(vectors: Sequence[Vector]) -> Vector:
    """The average of `vectors` (not normalised)."""
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    count = len(vectors) or 1
    return {t: w / count for t, w in total.items()}
