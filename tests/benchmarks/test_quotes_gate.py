"""Quality gate: quotations and speakers on the first 30 articles of PolNeAR's dev split."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `benchmarks` lives at the repository root, not in src/
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.gates import check_floors  # noqa: E402
from benchmarks.quotes import load_split, score_direct, score_partial  # noqa: E402

GATE_ARTICLES = 30  # floors and the data's hash: benchmarks/floors.json, gate "quotes"


def test_quotes_and_speakers_hold_their_floor(datasets_dir: Path) -> None:
    articles = load_split("dev", GATE_ARTICLES)
    scores = score_direct(articles)[0.3]
    partial = score_partial(articles)
    _, named_speaker, named_full = scores.named_scores()
    found = {
        "f1": scores.prf()[2],
        "speaker_accuracy": scores.speaker_accuracy(),
        "named_speaker_accuracy": named_speaker,  # gold Source names a person
        "named_full_name": named_full,  # ... and the quote gives that person's full name
        # partial quotations lie inside some attribution, with its Source as their speaker
        "partial_inside": partial.inside / partial.predicted,
        "partial_speaker": partial.speaker_hits / partial.inside,
    }
    check_floors("quotes", found, datasets_dir)
