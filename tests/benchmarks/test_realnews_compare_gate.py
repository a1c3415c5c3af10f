"""Quality gate: each of realnews-clustering-dev's 30 events digested as one story, as
`newsweave digest --one-story --format json` does (floors in benchmarks/floors.json, gate
"compare_realnews"): the timeline marks the event's own date, quotations keep a named
speaker, the quotations of named people read by hand (benchmarks/realnews_quotes.json) are
found with their speaker, and the conflicts flagged hold their precision and recall against
the gold list read by hand (benchmarks/realnews_conflicts.json)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `benchmarks` lives at the repository root, not in src/
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.gates import check_floors  # noqa: E402
from benchmarks.realnews_compare import (  # noqa: E402
    gold_conflicts,
    gold_quotes,
    score,
    score_conflicts,
    score_quotes,
)


def test_own_dates_quotes_and_conflicts_hold_their_floors(datasets_dir: Path) -> None:
    results = score(datasets_dir)
    events = len(results)
    conflicts = score_conflicts(results, gold_conflicts())
    quotes = score_quotes(results, gold_quotes(datasets_dir))
    found = {
        "conflict_precision": conflicts.precision,
        "conflict_recall": conflicts.recall,
        "own_date_day": sum(r.day_right for r in results) / events,
        "own_date_month": sum(r.month_right for r in results) / events,
        "named_quotes": float(sum(r.named_quotes for r in results)),
        "named_quotes_found": quotes.recall,
        "named_quotes_speaker": quotes.speaker_accuracy,
    }
    check_floors("compare_realnews", found, datasets_dir)
    assert not conflicts.wrong, conflicts.wrong
