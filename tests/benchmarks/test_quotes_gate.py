"""Quality gate: quotations and speakers on the first 30 articles of PolNeAR's dev split."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `benchmarks` lives at the repository root, not in src/
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.quotes import POLNEAR, score_split  # noqa: E402

GATE_ARTICLES = 30
# Measured on these 30 articles: F1 at t=0.3 0.755, speaker accuracy 0.656; floors ~0.03 under.
F1_FLOOR = 0.72
SPEAKER_FLOOR = 0.62


@pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"PolNeAR not found at {POLNEAR}")
def test_quotes_and_speakers_hold_their_floor() -> None:
    scores = score_split("dev", GATE_ARTICLES)[0.3]
    assert scores.prf()[2] >= F1_FLOOR
    assert scores.speaker_accuracy() >= SPEAKER_FLOOR
