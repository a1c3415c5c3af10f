"""Fingerprints: the content hash ignores presentation, the MinHash tells copies from
unrelated articles, and the vectorised word hashing agrees with the string folding."""

from __future__ import annotations

import tracemalloc

import numpy as np
from datasketch import LeanMinHash, MinHash

from newsweave.fingerprint.hashing import (
    _A,
    _B,
    _SALTS,
    _STOP_MULTIPLIER,
    _STOP_SHIFT,
    _STOP_TABLE,
    CHUNK,
    NAME_PAIR_WEIGHT,
    NUM_PERM,
    SEED,
    _hash_words,
    _mix,
    _poly_hash,
    features,
    fingerprint,
    minhash_of,
    sentence_hashes,
    sentence_words,
    words,
)
from newsweave.model import CleanArticle
from newsweave.text.terms import STOPWORDS, content_term

TEXT = [
    "Dockworkers at the Port of Lindmark will return to work on Friday.",
    "The agreement gives about 4,200 workers a 9% wage rise over three years.",
]


def sentences(article: CleanArticle) -> list[str]:
    return [s.text for s in article.sentences]


def test_content_hash_ignores_case_punctuation_and_paragraphs() -> None:
    same = [" ".join(TEXT).upper().replace(".", " ;"), ""]
    assert fingerprint("a", TEXT).content_hash == fingerprint("b", same).content_hash
    other = [TEXT[0], TEXT[1].replace("4,200", "4,300")]
    assert fingerprint("a", TEXT).content_hash != fingerprint("c", other).content_hash


def test_word_hashes_agree_with_the_string_folding(
    seeds: dict[str, CleanArticle], examples: list[CleanArticle]
) -> None:
    """Two words get one term hash exactly when `content_term` gives them one; stopwords 0."""
    for article in [*seeds.values(), *examples]:
        hashed = _hash_words(sentences(article))
        tokens = words(" ".join(sentences(article)))
        assert len(tokens) == len(hashed.words)
        by_term: dict[str, int] = {}
        for token, term_hash in zip(tokens, hashed.terms.tolist(), strict=True):
            term = content_term(token)
            if not term or len(token) < 2:
                assert term_hash == 0, token
                continue
            # plurals are not folded in fingerprints: compare unfolded words
            assert by_term.setdefault(token, term_hash) == term_hash


def test_the_stop_table_holds_the_stopword_hashes_and_no_other() -> None:
    stop = np.array(sorted(_poly_hash(w) for w in STOPWORDS), dtype=np.uint64)
    others = np.random.default_rng(5).integers(0, 2**63, 100_000, dtype=np.uint64)
    for hashes, expected in ((stop, True), (others, False)):
        found = _STOP_TABLE[(hashes * _STOP_MULTIPLIER) >> _STOP_SHIFT] == hashes
        assert (found == expected).all()


def test_copies_are_similar_and_unrelated_articles_are_not(examples: list[CleanArticle]) -> None:
    by_id = {a.id: fingerprint(a.id, sentences(a)) for a in examples}
    source = by_id["01_harbourgazette"].minhash

    def jaccard(other: str) -> float:
        return float(source.jaccard(by_id[other].minhash))

    assert jaccard("04_dailyreposter") >= 0.4  # partial verbatim repost
    assert jaccard("05_spunnews") >= 0.2  # heavily spun: names and figures survive
    assert jaccard("03_coastalpost") < 0.15  # independent report of the same event
    assert jaccard("mayfield-courier-0311-library") < 0.05


def test_the_minhash_is_datasketchs_own(examples: list[CleanArticle]) -> None:
    """Same permutations as datasketch's MinHash, same estimate as its LeanMinHash."""
    a, b = MinHash(NUM_PERM, SEED).permutations
    assert (a == _A).all() and (b == _B).all()
    sketches = [fingerprint(x.id, sentences(x)).minhash for x in examples[:3]]
    lean = [LeanMinHash(seed=SEED, hashvalues=m.hashvalues, scheme="affine32") for m in sketches]
    for i in range(3):
        for j in range(3):
            assert sketches[i].jaccard(sketches[j]) == lean[i].jaccard(lean[j])


def test_long_sentences_are_hashed_lower_cased() -> None:
    hashes = sentence_hashes([TEXT[0], TEXT[0].upper(), "Too short to count."])
    assert len(hashes) == 2 and hashes[0] == hashes[1]


def test_features_fold_plurals_and_drop_stopwords() -> None:
    assert features(words("The troops and the troop said")) == {"troop"}


def test_sentence_words_are_each_texts_words(examples: list[CleanArticle]) -> None:
    """Spaced out together, the texts still split as each alone: a final sigma stays final,
    a mark removed at a text's end joins nothing, a text holding the separator is read alone."""
    for article in examples:
        texts = sentences(article)
        assert sentence_words(texts) == [words(text) for text in texts]
    odd = ["ΟΔΟΣ", "Σ'", "'Hello", "it’s 4,200—", "", "“Q”"]
    assert sentence_words(odd) == [words(text) for text in odd]
    with_separator = [*odd, "a\x00b"]
    assert sentence_words(with_separator) == [words(text) for text in with_separator]
    assert sentence_words([]) == []


def test_empty_text_has_a_fingerprint() -> None:
    empty = fingerprint("e", [])
    assert empty.size == 0 and np.all(empty.minhash.hashvalues == np.iinfo(np.uint32).max)


def test_a_minhash_past_one_chunk_is_the_minimum_over_all_features() -> None:
    rng = np.random.default_rng(3)
    pairs = rng.integers(0, 2**32, CHUNK * 2 + 17, dtype=np.uint32)
    names = rng.integers(0, 2**32, 1000, dtype=np.uint32)
    salted = (names[None, :] ^ _SALTS[:NAME_PAIR_WEIGHT, None]).ravel()
    whole = (_mix(np.concatenate([pairs, salted]))[:, None] * _A + _B).min(axis=0)
    assert (minhash_of(pairs, names).hashvalues == whole).all()


def test_one_long_sentence_is_fingerprinted_in_bounded_memory() -> None:
    tracemalloc.start()
    fingerprint("x", ["ferry " * 333_333])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 150 * 2**20  # 323 MiB when the features x permutations matrix was whole
