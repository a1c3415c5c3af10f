"""Splitting: a story whose articles turn out to report two events becomes two.

Streaming assignment judges each article against a story as it stands: a story with no
particulars yet takes a verdict's write-ups and then, with a cosine high enough to clear one
conflict, the sentence's. Once its members hold two rival values of one kind (a different
court stage, rate level, vote tally or year), each stated by two or more members and never
both by one, the members divide along them; those stating neither go to the part whose
centroid they are nearer. The part with the story's first member keeps its id (a stored
story's earlier members are in it too); the other leaves under a new id, and the clusterer
splits only where the two parts would not be merged back (`StreamClusterer._merge_margin`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.cluster.active import RECENT, ActiveStory, Member, dot

MIN_PART = 2  # members that must state a rival value: one odd article is a join, not an event


@dataclass(frozen=True)
class Rivals:
    """Two events in one story: the kind and values that tell them apart, and who goes."""

    kind: str
    kept: str  # the value the staying members state
    moved: str  # the value the leaving members state
    staying: tuple[Member, ...]
    leaving: tuple[Member, ...]


def rivals(members: Sequence[Member]) -> Rivals | None:
    """The first kind (by name) whose two most stated values no member states together,
    each stated by `MIN_PART` members or more, as a division of `members`; None if none."""
    for kind in sorted({kind for member in members for kind in member.particulars}):
        pair = _rival_values(members, kind)
        if pair is not None:
            return _divide(members, kind, *pair)
    return None


def _rival_values(members: Sequence[Member], kind: str) -> tuple[str, str] | None:
    """(first value, rival value) of `kind` when two values are stated apart; else None."""
    stated = [m.particulars[kind] for m in members if kind in m.particulars]
    counts = Counter(value for values in stated for value in values)
    ranked = sorted(counts, key=lambda value: (-counts[value], value))
    if len(ranked) < 2:
        return None
    first = ranked[0]
    apart = [v for v in ranked[1:] if not any(first in vs and v in vs for vs in stated)]
    if not apart or counts[apart[0]] < MIN_PART:
        return None
    return first, apart[0]


def _divide(members: Sequence[Member], kind: str, first: str, rival: str) -> Rivals:
    """Members stating `first` or `rival` go with it; the others to the nearer centroid."""
    ones = [m for m in members if first in m.particulars.get(kind, ())]
    others = [m for m in members if rival in m.particulars.get(kind, ())]
    one, other = centroid(ones), centroid(others)
    placed = {m.article_id for m in (*ones, *others)}
    for member in members:
        if member.article_id not in placed:
            nearer = dot(member.vector, one) >= dot(member.vector, other)
            (ones if nearer else others).append(member)
    if members[0] in others:
        return Rivals(kind, rival, first, tuple(others), tuple(ones))
    return Rivals(kind, first, rival, tuple(ones), tuple(others))


def centroid(members: Sequence[Member]) -> dict[str, float]:
    """The sum of the members' vectors."""
    total: dict[str, float] = {}
    for member in members:
        for term, weight in member.vector.items():
            total[term] = total.get(term, 0.0) + weight
    return total


def part_story(members: Sequence[Member], story_id: str) -> ActiveStory:
    """A story of `members` alone: their centroid, span, names and particulars."""
    story = ActiveStory(story_id, size=len(members), members=list(members))
    story.centroid = centroid(members)
    story.renorm()
    times = [m.when for m in members if m.when is not None]
    story.first, story.last = (min(times), max(times)) if times else (None, None)
    for member in members:
        story.names.update(member.names)
        for kind, values in member.particulars.items():
            story.particulars.setdefault(kind, Counter()).update(values)
    story.recent = [(m.article_id, m.vector) for m in members[-RECENT:]]
    return story


def split_id(story_id: str, leaving: Sequence[Member]) -> str:
    """The id of the story that leaves `story_id`: the same members leave under the same id."""
    seed = f"{story_id}\n{leaving[0].article_id}".encode("utf-8", "surrogatepass")
    return "s-" + hashlib.sha1(seed).hexdigest()[:10]


def carve(story: ActiveStory, leaving: Sequence[Member]) -> None:
    """Take the leaving members out of `story`: centroid, size, names, particulars, recent
    members, and the span when the story's every member is known."""
    for term, weight in centroid(leaving).items():
        left = story.centroid.get(term, 0.0) - weight
        if left > 1e-9:
            story.centroid[term] = left
        else:
            story.centroid.pop(term, None)
    story.renorm()
    gone = {m.article_id for m in leaving}
    story.members = [m for m in story.members if m.article_id not in gone]
    story.recent = [pair for pair in story.recent if pair[0] not in gone]
    story.size -= len(leaving)
    for member in leaving:
        story.names.subtract(member.names)
        for kind, values in member.particulars.items():
            story.particulars[kind].subtract(values)
    story.names = +story.names
    story.particulars = {k: +c for k, c in story.particulars.items() if +c}
    if not story.stored and story.size == len(story.members):
        times = [m.when for m in story.members if m.when is not None]
        story.first, story.last = (min(times), max(times)) if times else (None, None)
