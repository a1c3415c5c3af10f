"""Term containment in numpy gives the scores, to the bit and in the order, of the loops it
replaced."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import chain

from newsweave.fingerprint.align import MIN_SHARED, prepare
from newsweave.fingerprint.containment import term_containment
from newsweave.model import CleanArticle


def loops(
    terms_a: tuple[dict[str, float], ...], terms_b: tuple[dict[str, float], ...]
) -> dict[tuple[int, int], float]:
    """The containment as align.py computed it before numpy (weighted dicts, a Counter of
    postings per sentence of b, the overlap summed in b's term order)."""
    sentences = [*terms_a, *terms_b]
    counts = Counter(chain.from_iterable(sentences))
    rarity = {t: math.log((len(sentences) + 1) / c) + 1.0 for t, c in counts.items()}
    wa = [{t: w * rarity[t] for t, w in s.items()} for s in terms_a]
    wb = [{t: w * rarity[t] for t, w in s.items()} for s in terms_b]
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(wa):
        for term in s:
            index[term].append(i)
    scores = {}
    for j, s in enumerate(wb):
        postings = chain.from_iterable(index[t] for t in s if t in index)
        for i, count in Counter(postings).items():
            if count >= MIN_SHARED:
                overlap = 0.0
                for term, weight in s.items():
                    if term in wa[i]:
                        overlap += min(weight, wa[i][term])
                scores[i, j] = overlap / min(added(wa[i].values()), added(s.values()))
    return scores


def added(values: Iterable[float]) -> float:
    """The values added one after another, as Python's `sum` of floats did up to 3.11 (from
    3.12 it compensates for rounding)."""
    total = 0.0
    for value in values:
        total += value
    return total


def test_the_scores_and_their_order_are_the_loops(examples: list[CleanArticle]) -> None:
    prepared = [prepare(a.sentences) for a in examples]
    compared = 0
    for pa in prepared:
        for pb in prepared:
            expected = loops(pa.terms, pb.terms)
            found = term_containment(pa.table, pb.table, MIN_SHARED)
            assert list(found.items()) == list(expected.items())
            compared += len(expected)
    assert compared > 100
