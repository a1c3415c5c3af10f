"""Candidate pairs for alignment: exact duplicates by content hash, near-duplicates by LSH.

The index is streaming: each article is looked up, then added, so every pair is found once
(when its later article arrives) and the work per article depends on the articles that look
like it, not on how many were indexed before. Only candidate pairs reach alignment.

The LSH is banding over datasketch MinHash values, done here rather than by datasketch's
`MinHashLSH`: that class spent 214 µs per article on query + insert with 32 bands (two
storage method calls and a byte swap per band), as much as all of fingerprinting, and kept
the 100k-article stream under 2,000 articles/s; these bands cost about 20 µs. For the same bands
both find exactly the same candidates (tests/fingerprint/test_candidates.py checks it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from newsweave.fingerprint.hashing import Fingerprint

# 32 bands of 2 rows: P(candidate) = 1 - (1 - J^2)^32, which is 0.91 at the Jaccard
# similarity of the most heavily spun copy we have (examples/05, 0.27), 0.99 at 0.39 (the
# least similar spun copy of the reuse benchmark) and 0.008 at 0.016 (99% of unrelated pairs).
BANDS, ROWS = 32, 2  # ROWS = 2: a band is two 32-bit values, one 64-bit key
_BAND_SALTS = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
# Band collisions whose estimated Jaccard similarity is below this are dropped before
# alignment (chance collisions of unrelated articles sit at 1/64 = 0.016; no copy of the
# reuse benchmark that collides estimates below 0.14).
MIN_JACCARD = 0.08
# Long sentences (hashing.LONG_SENTENCE words) two articles must share word for word to be
# candidates whatever their Jaccard similarity: a partial copy of a small part of a long
# article (8 sentences of 22 on the benchmark: Jaccard 0.14, missed by the LSH half the time).
MIN_SHARED_SENTENCES = 2
MAX_SENTENCE_BUCKET = 50


@dataclass(frozen=True)
class Candidate:
    """Two articles (indexes into the input) that may share text; `exact` when their
    cleaned words are identical."""

    first: int
    second: int
    jaccard: float
    exact: bool = False


class CandidateIndex:
    """Streaming candidate search over fingerprints: exact hashes, MinHash LSH, and long
    sentences repeated word for word."""

    def __init__(self) -> None:
        self._buckets: dict[int, int | list[int]] = {}  # band key -> article number(s)
        self._fingerprints: list[Fingerprint] = []
        self._by_hash: dict[str, list[int]] = {}
        self._by_sentence: dict[int, int | list[int]] = {}  # sentence -> article number(s)

    def __len__(self) -> int:
        return len(self._fingerprints)

    def add(self, fingerprint: Fingerprint) -> list[Candidate]:
        """Index one article; returns its candidates among the articles indexed before it."""
        number = len(self._fingerprints)
        same = self._by_hash.setdefault(fingerprint.content_hash, [])
        found = {earlier: Candidate(earlier, number, 1.0, exact=True) for earlier in same}
        for earlier in self._same_band(fingerprint, number):
            jaccard = self._jaccard(fingerprint, earlier)
            if earlier not in found and jaccard >= MIN_JACCARD:
                found[earlier] = Candidate(earlier, number, jaccard)
        for earlier in self._shared_sentences(fingerprint, number):
            if earlier not in found:
                found[earlier] = Candidate(earlier, number, self._jaccard(fingerprint, earlier))
        same.append(number)
        self._fingerprints.append(fingerprint)
        return sorted(found.values(), key=lambda c: c.first)

    def _same_band(self, fingerprint: Fingerprint, number: int) -> set[int]:
        """Earlier articles whose MinHash equals this one's in some band (ROWS values); the
        article is added to its bands on the way. A bucket holds an article number until a
        second article falls in it (most never get one), then a list."""
        found: set[int] = set()
        buckets = self._buckets
        for key in band_keys(fingerprint.minhash.hashvalues):
            bucket = buckets.get(key)
            if bucket is None:
                buckets[key] = number
            elif isinstance(bucket, int):
                found.add(bucket)
                buckets[key] = [bucket, number]
            else:
                found.update(bucket)
                bucket.append(number)
        return found

    def _jaccard(self, fingerprint: Fingerprint, earlier: int) -> float:
        return float(fingerprint.minhash.jaccard(self._fingerprints[earlier].minhash))

    def _shared_sentences(self, fingerprint: Fingerprint, number: int) -> list[int]:
        """Earlier articles with MIN_SHARED_SENTENCES of this one's long sentences; indexes
        its sentences on the way. A sentence repeated in MAX_SENTENCE_BUCKET articles is
        boilerplate and stops being indexed."""
        shared: dict[int, int] = {}
        index = self._by_sentence
        for sentence in set(fingerprint.sentences):
            bucket = index.get(sentence)
            if bucket is None:
                index[sentence] = number  # most sentences are never seen again
                continue
            earlier = [bucket] if isinstance(bucket, int) else bucket
            for other in earlier:
                shared[other] = shared.get(other, 0) + 1
            if len(earlier) < MAX_SENTENCE_BUCKET:
                index[sentence] = [*earlier, number]
        return [earlier for earlier, count in shared.items() if count >= MIN_SHARED_SENTENCES]


def band_keys(hashvalues: np.ndarray) -> list[int]:
    """The key of each band: its two 32-bit hash values read as one 64-bit integer, mixed
    with the band's number so that one dict serves all bands."""
    values = np.ascontiguousarray(hashvalues[: BANDS * ROWS], dtype=np.uint32)
    keys: list[int] = (values.view(np.uint64) ^ _BAND_SALTS).tolist()
    return keys


def candidate_pairs(fingerprints: Iterable[Fingerprint]) -> Iterator[Candidate]:
    """Every candidate pair among `fingerprints`, in input order of the later article."""
    index = CandidateIndex()
    for fingerprint in fingerprints:
        yield from index.add(fingerprint)
