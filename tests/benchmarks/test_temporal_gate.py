"""Quality floor for the timex tagger on a fixed slice of the TempEval-3 training data (the
first 40 TimeBank and the first 20 AQUAINT documents by file name; never the platinum test
set). Floors sit a little under the scores measured when they were pinned."""

from __future__ import annotations

from pathlib import Path

from benchmarks.temporal import SETS, evaluate, load_set


def test_timex_floor_on_timebank_and_aquaint_slice(datasets_dir: Path) -> None:
    documents = load_set(datasets_dir / SETS["TimeBank"], 40)
    documents += load_set(datasets_dir / SETS["AQUAINT"], 20)
    counts = evaluate(documents).all
    assert counts.gold == 415
    assert counts.f1(counts.relaxed) >= 0.91  # measured 0.927
    assert counts.f1(counts.strict) >= 0.83  # measured 0.852
    assert counts.f1(counts.relaxed) * counts.value_accuracy >= 0.74  # measured 0.760
