"""Fingerprints of an article's text: an exact content hash, a MinHash of its wording, and
hashes of its long sentences.

The MinHash is taken over two kinds of features, chosen so that copies of every kind share
many of them and unrelated articles almost none:

- *word pairs*: each two adjacent content words (stopwords dropped), sorted, so "strike
  ended" and "ended strike" are one feature. Verbatim and partial copies share most; a
  machine-spun copy keeps the pairs its synonym swaps missed.
- *name and number pairs*: each two successive capitalised words or figures ("Marta
  Oyelaran", "Lindmark 4,200"), counted three times. Spinners leave names and figures in
  place and in order, so a heavily spun copy (examples/05) that keeps 13% of the word pairs
  of its source still keeps 84% of these.

Estimated Jaccard similarity on the generated reuse benchmark (DUC 2004): spun copies 0.39
or more, verbatim copies 0.83 or more, partial copies median 0.50 (a small part of a long
article can fall to 0.14: the long-sentence hashes find those), examples/05 0.27;
independent reports of the same event 0.11 or less for 99% of pairs, unrelated articles
0.016 or less for 99%. Alignment (align.py) then decides what really was copied.

This is the per-article hot path of candidate search (benchmarks/fingerprint_speed.py): all
words of an article are hashed at once in numpy, and the MinHash is computed in one numpy
expression.
"""

from __future__ import annotations

import string
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.text.normalize import content_hash
from newsweave.text.terms import STOPWORDS, content_term

# 64 permutations, read by the LSH in candidates.py as 32 bands of 2 rows. 128 cost 30% more
# time per article on the 100k stream and found no more copies on the reuse benchmark.
NUM_PERM = 64
SEED = 7
LONG_SENTENCE = 10  # words of a sentence whose exact repetition is a sign of copying
# Each name/number pair counts this many times in the MinHash set (as salted copies of its
# hash): with equal weight the ~10x more numerous word pairs would drown them.
NAME_PAIR_WEIGHT = 3
# Features permuted at once in `minhash_of`: the features x permutations matrix of a chunk is
# 16 MiB, so memory stays flat however long a text is (a one-sentence 2 MB text took 323 MiB
# and 1.41 s unchunked, 36 MiB and 0.52 s chunked); a news article (a few hundred features) is
# one chunk, as before.
CHUNK = 1 << 16
# Apostrophes and thousands separators join ("Baltora's" -> "baltoras", "4,200" -> "4200");
# every other punctuation mark separates words. Non-ASCII marks are replaced first so that
# `translate` keeps to its fast ASCII path (10x faster on text with curly quotes).
_JOIN = ("'", "’", ",")
_UNICODE_MARKS = ("“", "”", "‘", "«", "»", "—", "–", "…")
_ASCII_MARKS = string.punctuation.replace("'", "").replace(",", "")
_WORDS = str.maketrans(_ASCII_MARKS, " " * len(_ASCII_MARKS))
# Joins texts for `_each`: not white space, punctuation or cased, so lower-casing (a final
# sigma included) and spacing out read each text as they read it alone.
_SEPARATOR = "\x00"
_PAIR = np.uint32(0x9E3779B1)  # combines two word hashes into one pair hash
_SALTS = np.array([0, 0x85EBCA6B, 0xC2B2AE35, 0x27D4EB2F, 0x165667B1], dtype=np.uint32)


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine permutations (h -> a * h + b mod 2^32, a odd) for NUM_PERM and
    SEED, drawn as datasketch 2.0 draws them for its "affine32" scheme (a test checks they are
    its own). Not imported from it: datasketch imports scipy, which took 0.7 s of the start
    of every `digest` (5% of digesting 1,000 DUC 2004 articles)."""
    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


_A, _B = _permutations()
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)

# Byte tables for hashing all words of a text at once (see `_hash_words`): ASCII letters and
# digits and every byte of a multi-byte UTF-8 character are word bytes; A-Z lower-cased.


def _byte_set(*spans: str) -> np.ndarray:
    """A 256-entry table, True for the bytes in the given spans ("az": a to z)."""
    table = np.zeros(256, dtype=np.bool_)
    for span in spans:
        table[ord(span[0]) : ord(span[-1]) + 1] = True
    return table


_WORD_BYTE = _byte_set("az", "AZ", "09")
_WORD_BYTE[0x80:] = True
_CAPITAL = _byte_set("AZ", "09")
_LOWER = np.arange(256, dtype=np.uint8)
_LOWER[_byte_set("AZ")] += 32
_BASE = 0x100000001B3  # odd, so invertible modulo 2^64
_BASE_INVERSE = pow(_BASE, -1, 1 << 64)
# (_BASE^i, _BASE^-i) for i < len: grown on demand and swapped in by one assignment, so a
# thread never sees one table grown and the other not.
_POWERS: tuple[np.ndarray, np.ndarray] = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))


@dataclass(frozen=True, eq=False)
class MinHashSketch:
    """The MinHash values of an article's wording: what a datasketch `LeanMinHash` of the
    "affine32" scheme with NUM_PERM and SEED holds, and the similarity it estimates."""

    hashvalues: np.ndarray

    def jaccard(self, other: MinHashSketch) -> float:
        """The estimated Jaccard similarity of the two feature sets: the share of equal values."""
        same = np.count_nonzero(self.hashvalues == other.hashvalues)
        return float(same) / float(len(self.hashvalues))


@dataclass(frozen=True)
class Fingerprint:
    """What candidate search needs of one article: its exact hash and wording MinHash."""

    article_id: str
    content_hash: str
    minhash: MinHashSketch
    size: int  # features hashed (with repeats)
    sentences: tuple[int, ...] = ()  # CRC-32 of each long sentence, lower-cased


def words(text: str) -> list[str]:
    """The lower-cased words of `text`, punctuation dropped."""
    return _spaced(text).split()


def sentence_words(texts: Sequence[str]) -> list[list[str]]:
    """`words` of each of `texts` (lower-cased and spaced out in one pass over them all: a
    pass per sentence cost 30% more, 1,000 generated articles, 0.20 -> 0.14 s)."""
    return [part.split() for part in _each(texts, _spaced)]


def _each(texts: Sequence[str], change: Callable[[str], str]) -> list[str]:
    """`change` of each of `texts`, made once for all of them joined by _SEPARATOR (a step
    per text costs a few Python calls; 22,000 sentences of 1,000 generated articles)."""
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # a text holds the separator itself
        return [change(text) for text in texts]
    return change(joined).split(_SEPARATOR)


def _spaced(text: str) -> str:
    """`text` lower-cased, with every mark that separates words turned into a space."""
    text = text.lower()
    for mark in _JOIN:
        text = text.replace(mark, "")
    for mark in _UNICODE_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text.translate(_WORDS)


def features(tokens: Iterable[str]) -> set[str]:
    """Distinct content terms (stopwords dropped, plurals folded) and numbers of `tokens`."""
    found = {content_term(word) for word in set(tokens)}
    found.discard("")
    return found


def fingerprint(article_id: str, sentences: Sequence[str]) -> Fingerprint:
    """The fingerprint of one article's cleaned text, given as its sentences."""
    hashed = _hash_words(sentences)
    pairs = word_pairs(hashed.terms)
    names = name_pairs(hashed.words[hashed.is_name])
    digest = content_hash(" ".join(sentences))
    sketch = minhash_of(pairs, names)
    size = len(pairs) + len(names)
    return Fingerprint(article_id, digest, sketch, size, sentence_hashes(sentences))


def sentence_hashes(sentences: Sequence[str]) -> tuple[int, ...]:
    """CRC-32 of each sentence of LONG_SENTENCE words or more, lower-cased: a partial copy
    that takes a small part of a long article shares few word pairs with it (Jaccard 0.14
    for 8 sentences of 22) but whole sentences."""
    return tuple(
        zlib.crc32(s.encode())
        for s in _each(sentences, str.lower)
        if s.count(" ") >= LONG_SENTENCE - 1
    )


def word_pairs(terms: np.ndarray) -> np.ndarray:
    """Hashes of the sorted pairs of adjacent content terms ("ended strike" for "strike
    ended"). `terms` holds one hash per word, 0 for stopwords. Repeats are kept: they do not
    change a MinHash, and removing them cost a sort per article."""
    terms = terms[terms != 0]
    first, second = terms[:-1], terms[1:]
    pairs: np.ndarray = np.minimum(first, second) * _PAIR ^ np.maximum(first, second)
    return pairs


def name_pairs(names: np.ndarray) -> np.ndarray:
    """Hashes of the pairs of successive names or figures, in order."""
    pairs: np.ndarray = names[:-1] * _PAIR + names[1:]
    return pairs


@dataclass(frozen=True)
class _HashedWords:
    words: np.ndarray  # uint32 hash of each lower-cased word
    terms: np.ndarray  # the same, 0 for stopwords and one-letter words
    is_name: np.ndarray  # bool: a content word opening with a capital, or a figure


def _hash_words(sentences: Sequence[str]) -> _HashedWords:
    """Every word of the sentences hashed at once: a polynomial hash over the UTF-8 bytes,
    computed from prefix sums, so that no Python code runs per word. Looking words up one
    by one was 60% of the time per article; numpy's fixed cost per call is what remains, so
    this does as few calls as it can (plurals are not folded here, unlike in `features`)."""
    text = " ".join(sentences)
    for mark in _JOIN:
        text = text.replace(mark, "")
    for mark in _UNICODE_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    raw = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    inside = np.zeros(len(raw) + 2, dtype=np.bool_)
    inside[1:-1] = _WORD_BYTE[raw]
    changes = np.flatnonzero(inside[1:] != inside[:-1])  # word starts and ends, alternating
    starts, ends = changes[0::2], changes[1::2]
    powers, inverse = _powers(len(raw) + 1)
    prefix = np.zeros(len(raw) + 1, dtype=np.uint64)
    np.cumsum(_LOWER[raw].astype(np.uint64) * powers[: len(raw)], out=prefix[1:])
    full = (prefix[ends] - prefix[starts]) * inverse[starts]
    stop = _STOP_TABLE[(full * _STOP_MULTIPLIER) >> _STOP_SHIFT] == full
    content = ~stop & (ends - starts > 1)
    hashes = _fold64(full)
    return _HashedWords(hashes, np.where(content, hashes, 0), _CAPITAL[raw[starts]] & content)


def minhash_of(pairs: np.ndarray, names: np.ndarray) -> MinHashSketch:
    """A MinHash of word-pair hashes and name-pair hashes (the latter weighted
    NAME_PAIR_WEIGHT times, as salted copies).

    Features are mixed and permuted as datasketch does (MurmurHash3 finalizer, then its
    affine permutations), for all of them in one numpy expression: `MinHash.update_batch`
    converts each value in Python and cost 3x more on this hot path."""
    salted = (names[None, :] ^ _SALTS[:NAME_PAIR_WEIGHT, None]).ravel()
    mixed = _mix(np.concatenate([pairs, salted]))
    values = _EMPTY
    for start in range(0, len(mixed), CHUNK):  # one article is one chunk, a huge one many
        # permutations x features, so that the minimum runs along contiguous memory (features
        # x permutations took 1.3-2x as long: 700 features)
        permuted = _A[:, None] * mixed[None, start : start + CHUNK]
        permuted += _B[:, None]
        values = np.minimum(values, permuted.min(axis=1))
    return MinHashSketch(values)


def _mix(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer: affine maps alone keep the structure of related
    inputs (the salted copies, pairs of the same word)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = h ^ (h >> np.uint32(16))
    return mixed


def _powers(size: int) -> tuple[np.ndarray, np.ndarray]:
    """_BASE^i and _BASE^-i modulo 2^64 for i < size (grown on demand, kept for the process)."""
    global _POWERS
    powers = _POWERS
    if len(powers[0]) < size:
        size = max(size, 2 * len(powers[0]), 4096)
        powers = (_power_table(_BASE, size), _power_table(_BASE_INVERSE, size))
        _POWERS = powers
    return powers


def _power_table(base: int, size: int) -> np.ndarray:
    steps = np.full(size - 1, base, dtype=np.uint64)
    table: np.ndarray = np.concatenate([[np.uint64(1)], np.cumprod(steps, dtype=np.uint64)])
    return table


def _poly_hash(word: str) -> int:
    """The hash `_hash_words` gives `word` (lower-case ASCII), before `_fold64`."""
    value = 0
    for position, byte in enumerate(word.encode("utf-8")):
        value = (value + byte * pow(_BASE, position, 1 << 64)) % (1 << 64)
    return value


def _fold64(values: np.ndarray) -> np.ndarray:
    folded: np.ndarray = (values ^ (values >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    return folded.astype(np.uint32)


def _stop_table(hashes: np.ndarray) -> tuple[np.uint64, np.ndarray]:
    """A multiplier, and a table of 2^_STOP_BITS stopword hashes where each of `hashes` sits
    at its own slot, (hash * multiplier) >> _STOP_SHIFT, and every other slot holds some
    other one of them: a word's hash is a stopword's exactly when the table holds it at its
    slot. One gather per article where a binary search took 7x as long (30 µs an article)."""
    for step in range(1 << 16):  # the first odd multiplier that gives each its own slot
        multiplier = np.uint64((0x9E3779B97F4A7C15 + 2 * step) % (1 << 64))
        slots = (hashes * multiplier) >> _STOP_SHIFT
        if len(np.unique(slots)) == len(hashes):
            table = np.full(1 << _STOP_BITS, hashes[0], dtype=np.uint64)
            table[slots] = hashes
            return multiplier, table
    raise AssertionError("no multiplier gives each stopword hash its own slot")


_STOP_BITS = 14  # 16,384 slots for the 223 stopwords: a multiplier is found in a step or two
_STOP_SHIFT = np.uint64(64 - _STOP_BITS)
_STOP_MULTIPLIER, _STOP_TABLE = _stop_table(
    np.array(sorted(_poly_hash(w) for w in STOPWORDS), dtype=np.uint64)
)
