"""Quality floor for quantity extraction on a fixed slice of NewsQuant (the first 200
sentences); `python -m benchmarks.quantities` prints the full table."""

from __future__ import annotations

from pathlib import Path

from benchmarks.gates import check_floors
from benchmarks.quantities import load_newsquant, newsweave_tags, score
from benchmarks.quantities_scoring import prf

GATE_SENTENCES = 200  # floors and the data's hash: benchmarks/floors.json, gate "quantities"


def test_quantities_floor_on_newsquant_slice(datasets_dir: Path) -> None:
    sentences = load_newsquant(datasets_dir / "quantities-newsquant" / "data", GATE_SENTENCES)
    counts = score(sentences, newsweave_tags)
    scores = {
        "value_f1": prf(counts.value, counts.gold, counts.predicted).f1,
        "value_unit_f1": prf(counts.value_unit, counts.gold, counts.predicted).f1,
    }
    check_floors("quantities", scores, datasets_dir)
