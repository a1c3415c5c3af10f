"""Conflicts and misattributions planted in five DUC 2003 clusters are found (floors in
benchmarks/floors.json: 4 of 5 each when pinned), and the unplanted clusters flag only the three
items read as true (Pinochet-era deaths 4,000 vs 3,000; Leonid meteor rates revised; a
witness 23 years old in one AP report of the car bomb and 32 in the next)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.compare import score
from benchmarks.gates import check_floors, pinned


def test_planted_conflicts_and_misattributions_are_found(datasets_dir: Path) -> None:
    folders = [datasets_dir / str(p) for p in pinned("compare_duc2003")["data"]]  # type: ignore[attr-defined]
    tally = score(folders)
    scores = {
        "number_recall": tally.recall("number"),
        "misattributed_recall": tally.recall("misattributed"),
    }
    check_floors("compare_duc2003", scores, datasets_dir)
    assert len(tally.flagged) <= 3, tally.flagged
