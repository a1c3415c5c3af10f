"""Quality floor for the timex tagger on a fixed slice of the TempEval-3 training data (the
first 40 TimeBank and the first 20 AQUAINT documents by file name; never the platinum test
set). Floors and the data's hash: benchmarks/floors.json, gate "temporal"."""

from __future__ import annotations

from pathlib import Path

from benchmarks.gates import check_floors
from benchmarks.temporal import SETS, evaluate, load_set


def test_timex_floor_on_timebank_and_aquaint_slice(datasets_dir: Path) -> None:
    documents = load_set(datasets_dir / SETS["TimeBank"], 40)
    documents += load_set(datasets_dir / SETS["AQUAINT"], 20)
    counts = evaluate(documents).all
    assert counts.gold == 415
    scores = {
        "relaxed_f1": counts.f1(counts.relaxed),
        "strict_f1": counts.f1(counts.strict),
        "value_f1": counts.f1(counts.relaxed) * counts.value_accuracy,
    }
    check_floors("temporal", scores, datasets_dir)
