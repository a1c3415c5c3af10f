"""NewsQuant's scoring (Almasian et al., CQE, EMNLP 2023), reimplemented from its description.

Per sentence, gold and predicted quantities are sorted by normalised unit. For each gold
quantity the remaining predictions are scanned in order: a value match (numpy.isclose with
rtol 1e-5, atol 1e-8; a range only matches a range, end to end) counts toward the value
score, capped at the number of gold quantities in the sentence; a value match whose unit
string is equal too counts toward value+unit, and that prediction leaves the pool. P, R and
F1 are micro-averaged over all gold and predicted quantities. The quirks (a prediction can
value-match several gold quantities; only unit matches consume predictions) are the
authors', kept so that the published figures compare."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Value = float | tuple[float, float]


@dataclass(frozen=True)
class Scored:
    """One quantity as the scorer sees it: a number or a (low, high) range and a unit."""

    value: Value
    unit: str


@dataclass(frozen=True)
class Counts:
    gold: int = 0
    predicted: int = 0
    value: int = 0
    value_unit: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.value + other.value,
            self.value_unit + other.value_unit,
        )


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def parse_value(text: str) -> Value:
    """A gold value string: "6.0", "1.5E7", or a range "252.0-287.0"."""
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-", 1)
        return (float(low), float(high))
    return float(text)


def _close(gold: float, predicted: float) -> bool:
    """numpy.isclose(gold, predicted): the tolerance scales with the prediction."""
    return abs(gold - predicted) <= 1e-8 + 1e-5 * abs(predicted)


def values_match(gold: Value, predicted: Value) -> bool:
    if isinstance(gold, tuple) and isinstance(predicted, tuple):
        return _close(gold[0], predicted[0]) and _close(gold[1], predicted[1])
    if isinstance(gold, tuple) or isinstance(predicted, tuple):
        return False
    return _close(gold, predicted)


def score_sentence(gold: Sequence[Scored], predicted: Sequence[Scored]) -> Counts:
    """The counts for one sentence, as the authors' procedure makes them."""
    pool = sorted(predicted, key=lambda q: q.unit.lower())
    budget, value, value_unit = len(gold), 0, 0
    for expected in sorted(gold, key=lambda q: q.unit.lower()):
        for candidate in pool:
            if not values_match(expected.value, candidate.value):
                continue
            if budget > 0:
                value, budget = value + 1, budget - 1
            if candidate.unit.lower() == expected.unit.lower():
                value_unit += 1
                pool.remove(candidate)
                break
    return Counts(len(gold), len(predicted), value, value_unit)


def total(counts: Iterable[Counts]) -> Counts:
    result = Counts()
    for item in counts:
        result = result + item
    return result


def prf(correct: int, gold: int, predicted: int) -> PRF:
    """Precision, recall and F1 in percent, one decimal, as the paper reports them."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(round(p * 100, 1), round(r * 100, 1), round(f * 100, 1))
