"""Term containment of every pair of sentences of two articles, in numpy.

`align` compares two articles' sentences first by their content terms: each term weighs its
weight (names and numbers more) times its rarity over the two articles' sentences, and a pair
of sentences sharing MIN_SHARED terms or more scores the summed smaller weight of each term
they share over the smaller of their two totals. Written as Python loops over terms this was
half of aligning two near-copies; here each article's terms are laid out once as arrays
(`TermTable`) and a pair of articles costs a few dozen numpy operations.

The scores are the floats the loops gave, to the bit: products and quotients are the same
IEEE operations; a sentence's total is Python's `sum` over its weighted terms in their
order; an overlap is `np.add.accumulate` along the first sentence's terms, the same
additions in the same order as the loop's (a term the other sentence lacks adds 0.0, which
changes no sum). Pairs come in the loop's order too: by the second article's sentence, then
by the first of its terms that the first article's sentence holds, then by sentence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise, repeat

import numpy as np


@dataclass(frozen=True, eq=False)
class TermTable:
    """One article's sentence terms as arrays, made once per article."""

    columns: dict[str, int]  # term -> its column (first-seen order)
    # sentences x (terms + 1): a term's weight in a sentence, 0.0 where the sentence lacks it;
    # the last column is all 0.0 (where the other article's terms it lacks point)
    weights: np.ndarray
    holding: np.ndarray  # sentences x (terms + 1), 1 where the sentence holds the term
    sentences_with: np.ndarray  # per column: sentences holding the term
    flat: tuple[str, ...]  # every sentence's terms, one sentence after another
    flat_weights: np.ndarray  # the weight of each term of `flat`
    flat_columns: np.ndarray  # the column of each term of `flat`
    spans: tuple[tuple[int, int], ...]  # per sentence: its terms' slice of `flat`
    rows: np.ndarray  # the sentences with terms
    starts: np.ndarray  # where each of `rows` starts in `flat`
    # per sentence of `rows`: positions of its terms in `flat`, padded with len(flat)
    padded: np.ndarray


def term_table(terms: Sequence[dict[str, float]]) -> TermTable:
    """The arrays of an article whose sentences have `terms` (term -> weight)."""
    flat = tuple(chain.from_iterable(terms))
    columns = dict(zip(dict.fromkeys(flat), range(len(flat)), strict=False))
    flat_columns = np.fromiter(map(columns.__getitem__, flat), np.intp, len(flat))
    flat_weights = np.fromiter(chain.from_iterable(t.values() for t in terms), float, len(flat))
    sizes = list(map(len, terms))
    weights = np.zeros((len(terms), len(columns) + 1))
    weights[np.repeat(np.arange(len(terms)), sizes), flat_columns] = flat_weights
    holding = (weights > 0).astype(np.int32)
    bounds = np.cumsum([0, *sizes]).tolist()
    spans = tuple(pairwise(bounds))
    rows = [i for i, size in enumerate(sizes) if size]
    row_sizes = np.array([sizes[i] for i in rows], dtype=np.intp)
    padded = np.full((len(rows), max(sizes, default=0)), len(flat), dtype=np.intp)
    padded[np.arange(padded.shape[1]) < row_sizes[:, None]] = np.arange(len(flat))
    return TermTable(
        columns=columns,
        weights=weights,
        holding=holding,
        sentences_with=holding[:, :-1].sum(axis=0),
        flat=flat,
        flat_weights=flat_weights,
        flat_columns=flat_columns,
        spans=spans,
        rows=np.array(rows, dtype=np.intp),
        starts=np.array([spans[i][0] for i in rows], dtype=np.intp),
        padded=padded,
    )


def term_containment(
    a: TermTable, b: TermTable, min_shared: int, min_score: float = 0.0
) -> dict[tuple[int, int], float]:
    """(sentence of a, sentence of b) -> weighted containment, for the sentence pairs that
    share `min_shared` terms or more and score `min_score` or more, in the order of the
    module docstring."""
    if not len(a.rows) or not len(b.rows):
        return {}
    # b's terms as a's columns (a's empty last column where a lacks the term)
    in_a = np.fromiter(map(a.columns.get, b.flat, repeat(len(a.columns))), np.intp, len(b.flat))
    # `take` here and below: gathers along one axis or of flat cells, where 2-D indexing took
    # numpy's general path (5% of aligning the pairs of 1,000 generated articles)
    shared = np.add.reduceat(a.holding.take(in_a, axis=1), b.starts, axis=1)  # a x b.rows
    first, rows = np.nonzero(shared >= min_shared)
    if not len(first):
        return {}
    rarity_a, rarity_b = _rarity(a, b, in_a)
    totals_a = _totals(a, a.flat_weights * rarity_a[a.flat_columns])
    weighted_b = b.flat_weights * rarity_b
    totals_b = _totals(b, weighted_b)
    second = b.rows[rows]
    # each pair's terms along b's sentence (padding points past b's terms, to a's empty column)
    positions = b.padded[rows]
    columns = np.append(in_a, len(a.columns))[positions]
    terms_b = np.append(weighted_b, 0.0)[positions]
    cells = first[:, None] * a.weights.shape[1] + columns  # (first, columns) in a's tables
    terms_a = (a.weights * rarity_a).take(cells)
    overlaps = np.add.accumulate(np.minimum(terms_b, terms_a), axis=1)[:, -1]
    scores = overlaps / np.minimum(totals_a[first], totals_b[second])
    first_held = np.argmax(a.holding.take(cells), axis=1)  # first term shared
    order = np.lexsort((first, first_held, second))
    # pairs below `min_score` dropped here, in numpy, not made into dict items that `align`
    # drops (a quarter of the pairs of 5,000 generated articles)
    order = order[scores.take(order) >= min_score]
    keys = zip(first[order].tolist(), second[order].tolist(), strict=True)
    return dict(zip(keys, scores[order].tolist(), strict=True))


def _rarity(a: TermTable, b: TermTable, in_a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Inverse sentence frequency over both articles' sentences: of each column of a (0.0
    for its empty last column), and of each term of b's `flat`. One `math.log` per possible
    count, of Python ints, as the loops took it."""
    lacking = len(a.columns)  # the column of the terms a lacks
    in_b = np.bincount(in_a, minlength=lacking + 1)  # b's sentences holding each of a's terms
    in_b[lacking] = 0
    counts_a = np.append(a.sentences_with, 0) + in_b
    counts_b = np.where(in_a == lacking, b.sentences_with[b.flat_columns], counts_a[in_a])
    logs = _logs(len(a.spans) + len(b.spans) + 1)  # more than any count
    return logs[counts_a], logs[counts_b]


@lru_cache(maxsize=1024)
def _logs(total: int) -> np.ndarray:
    """log(total / count) + 1 for each count below `total` (0.0 for none), by `math.log`.
    Memoised: articles of a story are about as long, and making the table again for each
    pair was 1% of aligning them (1,059 pairs of 1,000 generated articles)."""
    return np.array([0.0, *(math.log(total / count) + 1.0 for count in range(1, total))])


def _totals(table: TermTable, weighted: np.ndarray) -> np.ndarray:
    """Each sentence's summed weighted terms, by Python's `sum` in the terms' order."""
    values = weighted.tolist()
    return np.array([sum(values[start:end]) for start, end in table.spans] or [0.0])
