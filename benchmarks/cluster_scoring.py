"""Clustering scores: B-cubed and pairwise precision/recall/F1 against gold labels."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from math import comb


@dataclass(frozen=True)
class ClusterScores:
    precision: float
    recall: float
    f1: float


def bcubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> ClusterScores:
    """B-cubed: per item, the share of its predicted cluster that shares its gold cluster
    (precision) and the share of its gold cluster found in its predicted cluster (recall)."""
    by_pred, by_gold = _groups(predicted), _groups(gold)
    precision = recall = 0.0
    for item in predicted:
        both = len(by_pred[predicted[item]] & by_gold[gold[item]])
        precision += both / len(by_pred[predicted[item]])
        recall += both / len(by_gold[gold[item]])
    return _scores(precision / len(predicted), recall / len(predicted))


def pairwise(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> ClusterScores:
    """Pairwise: over all pairs of items, those put together versus those that belong together."""
    by_pred, by_gold = _groups(predicted), _groups(gold)
    together = sum(comb(len(members), 2) for members in by_pred.values())
    belong = sum(comb(len(members), 2) for members in by_gold.values())
    both = sum(
        comb(len(p & g), 2) for p in by_pred.values() for g in by_gold.values() if len(p & g) > 1
    )
    return _scores(both / together if together else 1.0, both / belong if belong else 1.0)


def _groups(labels: Mapping[str, Hashable]) -> dict[Hashable, set[str]]:
    groups: dict[Hashable, set[str]] = defaultdict(set)
    for item, label in labels.items():
        groups[label].add(item)
    return groups


def _scores(precision: float, recall: float) -> ClusterScores:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClusterScores(precision, recall, f1)
