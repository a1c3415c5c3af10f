"""Sentence alignment between two articles: which sentences of one come from the other.

Spun copies swap synonyms ("strike" -> "walkout", "deal" -> "agreement"), cut clauses off with
stray full stops and split or merge sentences, so a pair of sentences is judged on two views:

- *terms*: the weighted containment of the smaller sentence's content terms in the other.
  Names and numbers, which spinning leaves alone, weigh more; terms that occur in many of
  the two articles' sentences (the story's main name) weigh less.
- *wording*: the longest common subsequence of all their words, function words included,
  as a Dice share. A spinner swaps content words but keeps the sentence's skeleton ("at the
  Port of Lindmark will ... on Friday after their union and the ..."); two outlets stating
  the same fact in their own words share the terms but not the skeleton.

Each sentence is compared only with the few sentences of the other article that share the
most terms with it (all pairs scored at once in numpy: containment.py), and every sentence
keeps its best accepted counterpart on either side, so a clause split into two sentences
aligns with its source twice (one-to-many) and reordering changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from newsweave.fingerprint.containment import TermTable, term_containment, term_table
from newsweave.fingerprint.hashing import sentence_words, words
from newsweave.model import AlignedPair, Sentence
from newsweave.text.terms import content_term

_T = TypeVar("_T")

# Set by reasoning, not tuned (the benchmark scores did not move between 3 and 5 terms, or
# weights of 1-2): a sentence needs MIN_TERMS distinct content terms to be aligned at all,
# since shorter ones ("Price said.") match anything that names the same person, and
# MIN_SHARED terms in common with its counterpart.
MIN_TERMS = 4
MIN_SHARED = 3
NAME_WEIGHT = 1.5  # capitalised words inside a sentence: people, places, bodies
NUMBER_WEIGHT = 2.0  # figures are rarely changed by a copier and rarely shared by chance
# Counterparts per sentence whose wording is compared (best by terms shared): the true
# counterpart of a spun sentence was the best by terms in every sentence of examples/05.
CANDIDATES = 3
# When two sentences are the same sentence: their wording alone (Dice of the longest common
# word subsequence >= WORDING), or shared terms with a weaker wording match (TERMS and
# WORDING_WITH_TERMS). Chosen on the generated reuse benchmark (benchmarks/reuse.py, DUC
# 2004 split) and the bundled examples among five rules: it is the one that aligns every
# sentence of the heavily spun examples/05 with examples/01 (terms alone: 7 of 11) while
# independent reports of one event by AP and the New York Times keep the lowest share of
# aligned sentences (99th percentile 0.14; terms alone: 0.30).
WORDING = 0.5
TERMS = 0.5
WORDING_WITH_TERMS = 0.35
MIN_CANDIDATE_TERMS = 0.15  # terms containment below which wording is not even compared


# A pair of sentences whose wording matches this well is the same sentence word for word
# (a changed quote mark or a dropped "the" aside).
EXACT = 0.95


@dataclass(frozen=True)
class Alignment:
    """The aligned sentences of two articles, `a` and `b`, and how much of each they cover.

    `share_a` is the share of a's words in sentences aligned to b (`share_b` the reverse);
    `verbatim` the share of aligned pairs that match word for word (on the reuse benchmark
    0.67-1.0 for verbatim and partial copies, 0-0.55 for spun ones); `wording` the mean
    wording match of the pairs (spun copies 0.8-0.93, the heavily spun examples/05 0.67,
    short reports of one event written to the same formula 0.59)."""

    pairs: tuple[AlignedPair, ...]  # `source` indexes a's sentences, `copy` b's
    share_a: float
    share_b: float
    verbatim: float
    wording: float


@dataclass(frozen=True, eq=False)
class Prepared:
    """An article's sentences as alignment reads them, made once per article when it is
    aligned with many others (preparing them was 40% of aligning a pair)."""

    terms: tuple[dict[str, float], ...]  # per sentence: term -> weight (before rarity)
    tokens: tuple[list[str], ...]  # per sentence: lower-cased words in order
    table: TermTable  # the terms as arrays, for `term_containment`
    # per sentence: its `_bits` once made (`_wording` reads them; made once per article
    # rather than once per pair, they were 40% of its time)
    bits: list[dict[str, int] | None]


def align(a: Sequence[Sentence] | Prepared, b: Sequence[Sentence] | Prepared) -> Alignment:
    """Align the sentences of `a` with those of `b` (both directions, one-to-many)."""
    pa = a if isinstance(a, Prepared) else prepare(a)
    pb = b if isinstance(b, Prepared) else prepare(b)
    terms = term_containment(pa.table, pb.table, MIN_SHARED, MIN_CANDIDATE_TERMS)
    accepted = {}
    for (i, j), containment in _shortlist(terms).items():
        needed = _wording_needed(containment)
        wording = _pair_wording(pa, i, pb, j, needed)
        if wording >= needed:
            accepted[i, j] = (containment, wording)
    pairs = tuple(
        AlignedPair(i, j, round(accepted[i, j][0], 3), round(accepted[i, j][1], 3))
        for i, j in sorted(_best_per_sentence(accepted))
    )
    return Alignment(
        pairs=pairs,
        share_a=_covered({p.source for p in pairs}, pa.tokens),
        share_b=_covered({p.copy for p in pairs}, pb.tokens),
        verbatim=round(sum(p.verbatim >= EXACT for p in pairs) / len(pairs), 3) if pairs else 0.0,
        wording=round(sum(p.verbatim for p in pairs) / len(pairs), 3) if pairs else 0.0,
    )


def _wording_needed(terms: float) -> float:
    """The wording match that makes two sentences sharing `terms` the same sentence: WORDING
    on its own, WORDING_WITH_TERMS (the lower) with TERMS."""
    return WORDING_WITH_TERMS if terms >= TERMS else WORDING


def prepare(sentences: Sequence[Sentence]) -> Prepared:
    """The terms and words of each sentence, for `align`."""
    texts = [sentence.text for sentence in sentences]
    tokens = sentence_words(texts)
    terms = list(map(_weights, texts, tokens))
    return Prepared(tuple(terms), tuple(tokens), term_table(terms), [None] * len(tokens))


def _weights(text: str, tokens: list[str]) -> dict[str, float]:
    """A sentence's content terms with their weights, none when it has too few."""
    # Terms in the order the sentence has them (not a set's, which changes from run to run):
    # the order fixes the float sums of `containment`, and so the alignment.
    weights = dict.fromkeys(filter(None, map(_TERM.__getitem__, tokens)), 1.0)
    if len(weights) < MIN_TERMS:
        return {}
    weights.update(dict.fromkeys(_names(text) & weights.keys(), NAME_WEIGHT))
    weights.update(dict.fromkeys(filter(str.isdigit, weights), NUMBER_WEIGHT))
    return weights


def _names(text: str) -> set[str]:
    """Capitalised words after a sentence's first word, as features (lower-cased, folded)."""
    # `word[0]`: white-space split words are never empty (slicing them took 20% more
    # instructions, 1,000 generated articles)
    terms_of = _TERMS_OF.__getitem__
    return {term for word in text.split()[1:] if word[0].isupper() for term in terms_of(word)}


def _terms_of(word: str) -> tuple[str, ...]:
    """The content terms of one white-space delimited word, as `features` finds them in a
    text (`words` never joins across white space, so a text's terms are its words' terms)."""
    return tuple(filter(None, map(content_term, words(word))))


class _Memo(dict[str, _T]):
    """`function` of a word, memoised in a dict: a dict's own look-up, which `map` calls in C,
    costs less than an lru_cache's (`_weights` of 5,000 generated articles: 9% fewer
    instructions). Emptied when it holds `limit` words, so that memory stays bounded.

    Words repeat from sentence to sentence: looking names up cost 40% less than lower-casing,
    joining and splitting each sentence's names again (1,000 generated articles)."""

    def __init__(self, function: Callable[[str], _T], limit: int) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, word: str) -> _T:
        if len(self) >= self.limit:
            self.clear()
        found = self[word] = self.function(word)
        return found


_TERM = _Memo(content_term, 1 << 16)  # a lower-cased word's content term
_TERMS_OF = _Memo(_terms_of, 1 << 16)  # a white-space delimited word's


def _shortlist(terms: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """The CANDIDATES best pairs of each sentence on either side by terms shared (`terms`:
    the pairs sharing MIN_CANDIDATE_TERMS or more)."""
    by_a: dict[int, list[tuple[float, int]]] = defaultdict(list)
    by_b: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), score in terms.items():
        by_a[i].append((score, j))
        by_b[j].append((score, i))
    keep = {(i, j) for i, row in by_a.items() for _, j in sorted(row)[-CANDIDATES:]}
    keep |= {(i, j) for j, row in by_b.items() for _, i in sorted(row)[-CANDIDATES:]}
    return {key: terms[key] for key in keep}


def _pair_wording(pa: Prepared, i: int, pb: Prepared, j: int, at_least: float) -> float:
    """`_wording` of sentence i of a and sentence j of b."""
    x, y = pa.tokens[i], pb.tokens[j]
    return _wording(x, y, _bits_of(pa, i) if len(x) > len(y) else _bits_of(pb, j), at_least)


def _bits_of(prepared: Prepared, i: int) -> dict[str, int]:
    """The `_bits` of sentence i, made on first use (most sentences of an article aligned
    once are never compared by wording: making all was 10% of aligning 1,000 DUC texts)."""
    found = prepared.bits[i]
    if found is None:
        found = prepared.bits[i] = _bits(prepared.tokens[i])
    return found


def _wording(
    x: list[str], y: list[str], longer_bits: dict[str, int] | None = None, at_least: float = 0.0
) -> float:
    """Dice share of the longest common subsequence of two word lists (`longer_bits`: the
    `_bits` of the longer one, y when they are as long; made here when not given), or 0.0
    when it is sure to be below `at_least`.

    The LCS length is computed bit-parallel (Hyyrö's form of Allison and Dix): one Python
    integer holds a bit per word of the longer list, so each word of the shorter one costs a
    few integer operations instead of a pass over the other list. The same length as the
    dynamic programme, 29x faster on 30-word sentences; it was a third of a digest's time."""
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0  # the longest common subsequence is all of both (a verbatim sentence)
    if len(x) > len(y):  # the LCS is the same either way round: walk the shorter list
        x, y = y, x
    positions = _bits(y) if longer_bits is None else longer_bits
    found = list(filter(None, map(positions.get, x)))  # the bits of x's words that y has
    # The subsequence holds at most those words: when even they fall short, the sentences
    # are not the same (half the pairs compared on 1,000 generated articles).
    if 2 * len(found) / (len(x) + len(y)) < at_least:
        return 0.0
    # The carry out of the top bit is left to grow above the len(y) bits that count: adding
    # or subtracting `matches` never changes a bit below one it lands on, so they are masked
    # once at the end rather than at every word (as are words y lacks, skipped in C).
    full = (1 << len(y)) - 1
    unmatched = full  # bit j clear: y[j] ends a common subsequence of the best length
    for word_bits in found:
        if matches := unmatched & word_bits:
            unmatched = (unmatched + matches) | (unmatched - matches)
    common = len(y) - (unmatched & full).bit_count()
    return 2 * common / (len(x) + len(y))


def _bits(words: list[str]) -> dict[str, int]:
    """Each word of `words` with bit j set for every position j it holds."""
    positions: dict[str, int] = {}
    for j, word in enumerate(words):
        positions[word] = positions.get(word, 0) | (1 << j)
    return positions


def _best_per_sentence(
    accepted: dict[tuple[int, int], tuple[float, float]],
) -> set[tuple[int, int]]:
    """Each sentence's best accepted counterpart, on either side."""
    best_a: dict[int, tuple[float, tuple[int, int]]] = {}
    best_b: dict[int, tuple[float, tuple[int, int]]] = {}
    for (i, j), (terms, wording) in accepted.items():
        score = terms + wording
        if score > best_a.get(i, (-1.0, (0, 0)))[0]:
            best_a[i] = (score, (i, j))
        if score > best_b.get(j, (-1.0, (0, 0)))[0]:
            best_b[j] = (score, (i, j))
    return {key for _, key in best_a.values()} | {key for _, key in best_b.values()}


def _covered(indexes: set[int], tokens: Sequence[list[str]]) -> float:
    total = sum(map(len, tokens))
    return round(sum(len(tokens[i]) for i in indexes) / total, 3) if total else 0.0
