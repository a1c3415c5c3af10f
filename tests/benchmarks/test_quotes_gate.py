"""Quality gate: quotations and speakers on the first 30 articles of PolNeAR's dev split."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `benchmarks` lives at the repository root, not in src/
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.quotes import score_split  # noqa: E402

GATE_ARTICLES = 30
# Measured on these 30 articles: F1 at t=0.3 0.897, speaker accuracy 0.779; floors ~0.03 under.
F1_FLOOR = 0.87
SPEAKER_FLOOR = 0.75


def test_quotes_and_speakers_hold_their_floor(datasets_dir: Path) -> None:
    scores = score_split("dev", GATE_ARTICLES)[0.3]
    assert scores.prf()[2] >= F1_FLOOR
    assert scores.speaker_accuracy() >= SPEAKER_FLOOR
