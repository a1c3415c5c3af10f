"""Term containment of every pair of sentences of two articles, in numpy.

`align` compares two articles' sentences first by their content terms: each term weighs its
weight (names and numbers more) times its rarity over the two articles' sentences, and a pair
of sentences sharing MIN_SHARED terms or more scores the summed smaller weight of each term
they share over the smaller of their two totals. Written as Python loops over terms this was
half of aligning two near-copies; here each article's terms are laid out once as arrays
(`TermTable`) and a pair of articles costs a few dozen numpy operations.

The scores are the floats the loops gave, to the bit: products and quotients are the same
IEEE operations; a sentence's total and an overlap are `np.add.accumulate` along the
sentence's terms, the same additions in the same order as the loop's (Python's `sum` of
floats adds one after another up to Python 3.11; a term the other sentence lacks adds 0.0,
which changes no sum). Pairs come in the loop's order too: by the second article's sentence, then
by the first of its terms that the first article's sentence holds, then by sentence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

import numpy as np


@dataclass(frozen=True, eq=False)
class TermTable:
    """One article's sentence terms as arrays, made once per article."""

    columns: dict[str, int]  # term -> its column (first-seen order)
    # sentences x (terms + 1): a term's weight in a sentence, 0.0 where the sentence lacks it;
    # the last column is all 0.0 (where the other article's terms it lacks point)
    weights: np.ndarray
    holding: np.ndarray  # sentences x (terms + 1), 1 where the sentence holds the term
    sentences_with: np.ndarray  # per column: sentences holding the term (0 for the last)
    flat: tuple[str, ...]  # every sentence's terms, one sentence after another
    # Per term of `flat` and one more for the padding of `padded` (weight 0.0, the last
    # column): its weight, its column, and the sentences holding it.
    flat_weights: np.ndarray
    flat_columns: np.ndarray
    flat_sentences_with: np.ndarray
    rows: np.ndarray  # the sentences with terms
    starts: np.ndarray  # where each of `rows` starts in `flat`
    # per sentence: positions of its terms in `flat`, padded with len(flat)
    padded: np.ndarray


def term_table(terms: Sequence[dict[str, float]]) -> TermTable:
    """The arrays of an article whose sentences have `terms` (term -> weight)."""
    flat = tuple(chain.from_iterable(terms))
    columns = dict(zip(dict.fromkeys(flat), range(len(flat)), strict=False))
    size = len(flat) + 1  # with the padding
    flat_columns = np.fromiter(chain(map(columns.__getitem__, flat), [len(columns)]), np.intp, size)
    values = chain(chain.from_iterable(t.values() for t in terms), [0.0])
    flat_weights = np.fromiter(values, float, size)
    sizes = list(map(len, terms))
    weights = np.zeros((len(terms), len(columns) + 1))
    weights[np.repeat(np.arange(len(terms)), sizes), flat_columns[:-1]] = flat_weights[:-1]
    holding = (weights > 0).astype(np.int32)
    sentences_with = holding.sum(axis=0)
    rows = [i for i, size in enumerate(sizes) if size]
    padded = np.full((len(terms), max(sizes, default=0)), len(flat), dtype=np.intp)
    padded[np.arange(padded.shape[1]) < np.array(sizes, dtype=np.intp)[:, None]] = np.arange(
        len(flat)
    )
    return TermTable(
        columns=columns,
        weights=weights,
        holding=holding,
        sentences_with=sentences_with,
        flat=flat,
        flat_weights=flat_weights,
        flat_columns=flat_columns,
        flat_sentences_with=sentences_with.take(flat_columns),
        rows=np.array(rows, dtype=np.intp),
        starts=np.cumsum([0, *sizes], dtype=np.intp).take(rows),
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
    # b's terms and its padding as a's columns (a's empty last column where a lacks the term)
    lacking = len(a.columns)
    columns_of = map(a.columns.get, b.flat, repeat(lacking))
    in_a = np.fromiter(chain(columns_of, [lacking]), np.intp, len(b.flat) + 1)
    # `take` here and below: gathers along one axis or of flat cells, where indexing took
    # numpy's general path (5% of aligning the pairs of 1,000 generated articles)
    shared = np.add.reduceat(a.holding.take(in_a[:-1], axis=1), b.starts, axis=1)  # a x b.rows
    first, rows = np.nonzero(shared >= min_shared)
    if not len(first):
        return {}
    rarity_a, rarity_b = _rarity(a, b, in_a)
    weighted_b = b.flat_weights * rarity_b
    totals_a = _totals(a, a.flat_weights * rarity_a.take(a.flat_columns))
    second = b.rows.take(rows)
    # each pair's terms along b's sentence (padding points past b's terms, to a's empty column)
    positions = b.padded.take(second, axis=0)
    columns = in_a.take(positions)
    terms_b = weighted_b.take(positions)
    cells = first[:, None] * a.weights.shape[1] + columns  # (first, columns) in a's tables
    terms_a = a.weights.take(cells) * rarity_a.take(columns)
    overlaps = np.add.accumulate(np.minimum(terms_b, terms_a), axis=1)[:, -1]
    scores = overlaps / np.minimum(totals_a.take(first), _totals(b, weighted_b).take(second))
    first_held = np.argmax(a.holding.take(cells), axis=1)  # first term shared
    order = np.lexsort((first, first_held, second))
    # pairs below `min_score` dropped here, in numpy, not made into dict items that `align`
    # drops (a quarter of the pairs of 5,000 generated articles)
    order = order[scores.take(order) >= min_score]
    keys = zip(first[order].tolist(), second[order].tolist(), strict=True)
    return dict(zip(keys, scores[order].tolist(), strict=True))


def _rarity(a: TermTable, b: TermTable, in_a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Inverse sentence frequency over both articles' sentences: of each column of a (0.0
    for its empty last column), and of each term of b's `flat` (and its padding). One
    `math.log` per possible count, of Python ints, as the loops took it."""
    lacking = len(a.columns)  # the column of the terms a lacks
    in_b = np.bincount(in_a, minlength=lacking + 1)  # b's sentences holding each of a's terms
    in_b[lacking] = 0
    counts_a = a.sentences_with + in_b
    counts_b = np.where(in_a == lacking, b.flat_sentences_with, counts_a.take(in_a))
    logs = _logs(len(a.weights) + len(b.weights) + 1)  # more than any count
    return logs.take(counts_a), logs.take(counts_b)


@lru_cache(maxsize=1024)
def _logs(total: int) -> np.ndarray:
    """log(total / count) + 1 for each count below `total` (0.0 for none), by `math.log`.
    Memoised: articles of a story are about as long, and making the table again for each
    pair was 1% of aligning them (1,059 pairs of 1,000 generated articles)."""
    return np.array([0.0, *(math.log(total / count) + 1.0 for count in range(1, total))])


def _totals(table: TermTable, weighted: np.ndarray) -> np.ndarray:
    """Each sentence's summed weighted terms (`weighted`: per term of `flat`, and 0.0 for
    the padding), added one after another in the terms' order: a Python `sum` per sentence
    was a fifth of `term_containment` (5,000 generated articles)."""
    totals: np.ndarray = np.add.accumulate(weighted.take(table.padded), axis=1)[:, -1]
    return totals
