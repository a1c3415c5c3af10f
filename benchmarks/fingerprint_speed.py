"""Throughput of fingerprinting + candidate search on a long article stream, on one core.

Generates a stream of synthetic articles (fixed seed; words drawn Zipf-like from a fixed
vocabulary of pseudo-words, capitalised names and figures, ~20 sentences of ~20 words) in
which 3% of the articles are copies of an earlier one (verbatim, a part, or with a third
of their content words swapped), then times, per prefix of the stream:

- fingerprinting (content hash, word-pair and name-pair MinHash) and candidate search
  (LSH query + insert) of every article, in articles per second;
- candidate pairs found, and the alignment calls made to verify them (each candidate is
  aligned as it is found; that time is reported apart): alignment work grows with the
  candidates, not with the pairs of articles.

Run from the repository root:

    python -m benchmarks.fingerprint_speed [--articles 100000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from benchmarks.scoring import format_table
from newsweave.fingerprint.align import align
from newsweave.fingerprint.candidates import CandidateIndex
from newsweave.fingerprint.hashing import fingerprint
from newsweave.model import Sentence

SEED = 100_000
VOCABULARY = 30_000
NAMES = 5_000
FUNCTION_WORDS = (
    "the of and to a in that is was for on with as by at from his her it an were are "
    "which this be has had not but after they their who been will would said more"
).split()
COPY_SHARE = 0.03
SENTENCES, WORDS = 20, 14
CHECKPOINTS = (10_000, 25_000, 50_000, 100_000)


@dataclass(frozen=True)
class Row:
    articles: int
    seconds: float  # fingerprinting + candidate search
    candidates: int
    alignments: int
    align_seconds: float


def make_stream(size: int, seed: int = SEED) -> list[list[str]]:
    """`size` synthetic articles, each a list of sentences."""
    rng = np.random.default_rng(seed)
    vocab = np.array([_pseudo_word(i) for i in range(VOCABULARY)], dtype=object)
    names = np.array([_pseudo_word(i + VOCABULARY).title() for i in range(NAMES)], dtype=object)
    # Zipf-Mandelbrot: the commonest content word is 0.3% of all, as in news text (a plain
    # Zipf law would make it 10% and every article share its word pairs).
    zipf = 1.0 / (np.arange(1, VOCABULARY + 1) + 50.0)
    zipf /= zipf.sum()
    picker = random.Random(seed)
    stream: list[list[str]] = []
    for number in range(size):
        if number > 100 and picker.random() < COPY_SHARE:
            stream.append(_copy(stream[picker.randrange(max(0, number - 2000), number)], picker))
            continue
        content = vocab[rng.choice(VOCABULARY, size=SENTENCES * WORDS, p=zipf)]
        people = names[rng.integers(0, NAMES, size=6)]
        stream.append(_article(content, people, picker))
    return stream


def _pseudo_word(number: int) -> str:
    letters = "bcdfghklmnprstvz"
    vowels = "aeiou"
    word = ""
    number += 7
    while number:
        word += letters[number % 16] + vowels[(number // 16) % 5]
        number //= 80
    return word


def _article(content: np.ndarray, people: np.ndarray, rng: random.Random) -> list[str]:
    sentences = []
    for s in range(SENTENCES):
        words = list(content[s * WORDS : (s + 1) * WORDS])
        for i in range(1, WORDS, 3):
            words.insert(i, rng.choice(FUNCTION_WORDS))
        words.insert(rng.randrange(1, len(words)), str(people[s % len(people)]))
        if rng.random() < 0.3:
            words.insert(rng.randrange(1, len(words)), str(rng.randint(2, 9999)))
        sentences.append(words[0].title() + " " + " ".join(words[1:]) + ".")
    return sentences


def _copy(source: list[str], rng: random.Random) -> list[str]:
    kind = rng.randrange(3)
    if kind == 0:
        return list(source)
    if kind == 1:
        start = rng.randrange(0, len(source) // 2)
        return source[start : start + len(source) // 2]
    swapped = []
    for sentence in source:
        words = sentence.split()
        for i in range(1, len(words), 3):
            if words[i].islower():
                words[i] = words[i][::-1]
        swapped.append(" ".join(words))
    return swapped


def run(stream: Sequence[list[str]], checkpoints: Sequence[int]) -> list[Row]:
    """Fingerprint and index the stream, aligning every candidate pair as it is found (timed
    apart), and record the totals at each checkpoint."""
    index = CandidateIndex()
    rows = []
    elapsed = align_elapsed = 0.0
    candidates = alignments = 0
    for number, sentences in enumerate(stream, start=1):
        start = time.perf_counter()
        found = index.add(fingerprint(str(number), sentences))
        elapsed += time.perf_counter() - start
        candidates += len(found)
        start = time.perf_counter()
        for candidate in found:
            align(_sentences(stream[candidate.first]), _sentences(sentences))
            alignments += 1
        align_elapsed += time.perf_counter() - start
        if number in checkpoints:
            rows.append(Row(number, elapsed, candidates, alignments, align_elapsed))
    return rows


def _sentences(texts: list[str]) -> list[Sentence]:
    return [Sentence(t, 0, len(t)) for t in texts]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=CHECKPOINTS[-1])
    args = parser.parse_args(argv)
    checkpoints = [c for c in CHECKPOINTS if c < args.articles] + [args.articles]
    print(f"generating {args.articles:,} synthetic articles ...", file=sys.stderr)
    stream = make_stream(args.articles)
    words = sum(len(s.split()) for article in stream[:1000] for s in article) / 1000
    rows = run(stream, checkpoints)
    table = [
        (
            f"{r.articles:,}",
            f"{r.seconds:.1f}",
            f"{r.articles / r.seconds:,.0f}",
            f"{r.candidates:,}",
            f"{r.alignments:,}",
            f"{r.alignments / r.articles:.3f}",
            f"{r.align_seconds:.1f}",
            f"{1000 * r.align_seconds / max(1, r.alignments):.2f}",
        )
        for r in rows
    ]
    header = (
        "articles",
        "fp+search s",
        "articles/s",
        "candidate pairs",
        "alignments",
        "per article",
        "align s",
        "ms/alignment",
    )
    print(f"Fingerprinting + candidate search on one core ({words:.0f} words per article);")
    print("every candidate pair aligned as it is found (timed apart)\n")
    print(format_table(header, table, right_align=range(8)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory, the generated stream included: {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
