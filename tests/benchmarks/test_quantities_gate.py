"""Quality floor for quantity extraction on a fixed slice of NewsQuant (the first 200
sentences); `python -m benchmarks.quantities` prints the full table."""

from __future__ import annotations

from pathlib import Path

from benchmarks.quantities import load_newsquant, newsweave_tags, score
from benchmarks.quantities_scoring import prf

GATE_SENTENCES = 200


def test_quantities_floor_on_newsquant_slice(datasets_dir: Path) -> None:
    sentences = load_newsquant(datasets_dir / "quantities-newsquant" / "data", GATE_SENTENCES)
    counts = score(sentences, newsweave_tags)
    assert (
        prf(counts.value, counts.gold, counts.predicted).f1 >= 94.0
    )  # measured 95.9 (P 94.1, R 97.8)
    assert prf(counts.value_unit, counts.gold, counts.predicted).f1 >= 69.0  # measured 71.4 (P 70.1, R 72.8)
