"""Candidate search: the banding finds what datasketch's MinHashLSH finds, exact and partial
copies are candidates, unrelated articles are not."""

from __future__ import annotations

import random

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from newsweave.fingerprint.candidates import BANDS, ROWS, CandidateIndex, candidate_pairs
from newsweave.fingerprint.hashing import NUM_PERM, SEED, Fingerprint, MinHashSketch, fingerprint
from newsweave.model import CleanArticle


def random_fingerprints(count: int, seed: int = 1) -> list[Fingerprint]:
    """MinHashes with planted near-duplicates (a copy of an earlier one, some values changed)."""
    rng = np.random.default_rng(seed)
    values: list[np.ndarray] = []
    for number in range(count):
        if values and number % 5 == 0:
            row = values[int(rng.integers(len(values)))].copy()
            changed = rng.random(NUM_PERM) < 0.5
            row[changed] = rng.integers(0, 2**32, int(changed.sum()), dtype=np.uint32)
        else:
            row = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
        values.append(row)
    return [Fingerprint(str(i), f"h{i}", MinHashSketch(v), 1) for i, v in enumerate(values)]


def lean(fingerprint: Fingerprint) -> LeanMinHash:
    """The fingerprint's MinHash as datasketch's own type."""
    return LeanMinHash(seed=SEED, hashvalues=fingerprint.minhash.hashvalues, scheme="affine32")


def test_banding_finds_what_datasketch_minhashlsh_finds() -> None:
    fingerprints = random_fingerprints(400)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    index = CandidateIndex()
    for number, fp in enumerate(fingerprints):
        expected = set(lsh.query(lean(fp)))
        lsh.insert(number, lean(fp))
        assert index._same_band(fp, number) == expected


def test_exact_duplicates_and_planted_copies_are_candidates() -> None:
    fingerprints = random_fingerprints(200)
    duplicate = Fingerprint("dup", fingerprints[3].content_hash, fingerprints[7].minhash, 1)
    pairs = list(candidate_pairs([*fingerprints, duplicate]))
    assert any(c.first == 3 and c.second == 200 and c.exact for c in pairs)
    assert any(c.first == 7 and c.second == 200 for c in pairs)
    planted = sum(1 for c in pairs if c.second % 5 == 0 and c.second < 200)
    assert planted >= 35  # 39 planted copies with half their values kept: J ~ 1/3


def test_unrelated_articles_are_not_candidates() -> None:
    rng = random.Random(3)
    vocabulary = [f"word{i}" for i in range(5000)]
    articles = [
        [" ".join(rng.choices(vocabulary, k=20)) + "." for _ in range(15)] for _ in range(300)
    ]
    pairs = list(candidate_pairs(fingerprint(str(i), a) for i, a in enumerate(articles)))
    assert pairs == []


def test_a_small_verbatim_part_of_a_long_article_is_a_candidate(
    seeds: dict[str, CleanArticle],
) -> None:
    """Three sentences of seed 003 (29 sentences) share few word pairs with it but whole
    sentences: the sentence index finds them."""
    long_article = [s.text for s in seeds["003"].sentences]
    part = long_article[10:13]
    source, copy = fingerprint("003", long_article), fingerprint("part", part)
    assert source.minhash.jaccard(copy.minhash) < 0.2
    (candidate,) = candidate_pairs([source, copy])
    assert (candidate.first, candidate.second) == (0, 1)
