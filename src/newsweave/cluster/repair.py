"""Repair: two stories that turn out to be one event become one.

Streaming assignment sees each article once, so one event can open two stories (an undated
write-up judged before its dated siblings arrived, a lead worded unlike the first reports).
Once a stream day and at the end of each batch, every story grown since is compared with the
active stories that share its heaviest terms; centroids that agree, at a compatible time, with
no conflicting particulars (a different vote, rate move or year) are merged, a story of one
article at the bar it would have met joining. The survivor keeps its id; a story already stored
by an earlier `ingest` is never absorbed, so stored ids stay stable."""

from __future__ import annotations

from collections import Counter

from newsweave.cluster.signature import conflicts, shared


def story_particulars(particulars: dict[str, Counter[str]]) -> dict[str, set[str]]:
    """A story's signature read as an article's: the values most of its members state."""
    return {
        kind: {v for v, n in counts.items() if 2 * n >= max(counts.values())}
        for kind, counts in particulars.items()
    }


def particulars_verdict(
    one: dict[str, Counter[str]], other: dict[str, Counter[str]]
) -> tuple[list[str], list[str]]:
    """(shared particulars, kinds in conflict) between two stories' signatures."""
    main = story_particulars(one)
    return shared(main, other), conflicts(main, other) + [
        k for k in conflicts(story_particulars(other), one) if k not in conflicts(main, other)
    ]
