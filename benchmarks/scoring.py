"""Scoring of extracted text against a reference, and plain-text result tables.

Text is compared as multisets of word 4-grams ("shingles"): a page's true positives are the
shingles that both texts share (counted with multiplicity), false positives the extra ones in
the prediction, false negatives the ones it misses. Precision and recall are computed per page
and averaged over pages (macro); F1 is the harmonic mean of the two averages. A bootstrap over
pages gives the spread of each metric.

Everything here is a pure function of its arguments so that other benchmarks can reuse it.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
BOOTSTRAP_RESAMPLES = 500
BOOTSTRAP_SEED = 42
CI_Z = 1.96  # the reported "±" is CI_Z standard deviations of the bootstrap distribution

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PageCounts:
    """One page's shingle overlap, normalised so that tp + fp + fn == 1 (all 0 if empty)."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True)
class Scores:
    """Macro precision, recall and F1 over pages, each with its ± (CI_Z bootstrap stdevs)."""

    precision: float
    recall: float
    f1: float
    precision_ci: float
    recall_ci: float
    f1_ci: float
    pages: int


def tokenize(text: str) -> list[str]:
    """The words of `text` (regex `\\w+`), case kept."""
    return _WORD.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of word `size`-grams of `text`.

    A text with fewer than `size` words is one shingle of all its words; an empty text (no
    words) has none.
    """
    words = tokenize(text)
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def page_counts(truth: str, prediction: str) -> PageCounts:
    """The normalised true/false positive and false negative shingle counts of one page."""
    expected = shingles(truth)
    predicted = shingles(prediction)
    tp = sum((expected & predicted).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    total = tp + fp + fn
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def page_precision(counts: PageCounts) -> float | None:
    """Precision of one page, or None when the page has no predicted shingles."""
    if counts.tp + counts.fp <= 0:
        return None
    if counts.fp == 0 and counts.fn == 0:
        return 1.0
    return counts.tp / (counts.tp + counts.fp)


def page_recall(counts: PageCounts) -> float | None:
    """Recall of one page, or None when the page has no expected shingles."""
    if counts.tp + counts.fn <= 0:
        return None
    if counts.fp == 0 and counts.fn == 0:
        return 1.0
    return counts.tp / (counts.tp + counts.fn)


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    total = precision + recall
    return 2 * precision * recall / total if total > 0 else 0.0


def macro_scores(pages: Sequence[PageCounts]) -> tuple[float, float, float]:
    """(precision, recall, F1): per-page precision and recall averaged over the pages where
    they are defined, and the F1 of those two averages."""
    precisions = [p for p in map(page_precision, pages) if p is not None]
    recalls = [r for r in map(page_recall, pages) if r is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    return precision, recall, f1_score(precision, recall)


def bootstrap_cis(
    pages: Sequence[PageCounts],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float, float]:
    """CI_Z × the standard deviation of (precision, recall, F1) over bootstrap resamples of
    the pages (drawn with replacement, fixed seed, so results are reproducible)."""
    if len(pages) < 2 or resamples < 2:
        return 0.0, 0.0, 0.0
    rng = random.Random(seed)
    samples = [macro_scores(rng.choices(pages, k=len(pages))) for _ in range(resamples)]
    precision, recall, f1 = (
        CI_Z * statistics.pstdev(column) for column in zip(*samples, strict=True)
    )
    return precision, recall, f1


def score_pages(
    pages: Sequence[PageCounts],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> Scores:
    """Macro scores of already-counted pages, with bootstrap intervals."""
    precision, recall, f1 = macro_scores(pages)
    precision_ci, recall_ci, f1_ci = bootstrap_cis(pages, resamples, seed)
    return Scores(precision, recall, f1, precision_ci, recall_ci, f1_ci, len(pages))


def score_texts(
    truth: Mapping[str, str],
    predictions: Mapping[str, str | None],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> Scores:
    """Scores of `predictions` against `truth` over the ids of `truth` (in sorted order).

    An id missing from `predictions`, or mapped to None, counts as an empty prediction.
    """
    pages = [page_counts(truth[key], predictions.get(key) or "") for key in sorted(truth)]
    return score_pages(pages, resamples, seed)


def format_score(value: float, ci: float | None = None, digits: int = 3) -> str:
    """`0.958 ± 0.006`, or `0.958` without an interval."""
    if ci is None:
        return f"{value:.{digits}f}"
    return f"{value:.{digits}f} ± {ci:.{digits}f}"


def format_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    right_align: Iterable[int] = (),
    indent: str = "",
) -> str:
    """A plain-text table: columns padded to their widest cell, two spaces apart, with a rule
    under the header. Columns whose index is in `right_align` are right-aligned."""
    body = [list(map(str, row)) for row in rows]
    lines = [list(header), *body]
    widths = [max(len(line[i]) for line in lines if i < len(line)) for i in range(len(header))]
    right = set(right_align)

    def render(cells: Sequence[str]) -> str:
        padded = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return (indent + "  ".join(padded)).rstrip()

    rule = indent + "  ".join("-" * width for width in widths)
    return "\n".join([render(header), rule, *(render(row) for row in body)])
