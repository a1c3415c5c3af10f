"""The clusterer's state as JSON, so `newsweave ingest` continues where it left off.

The active stories travel, with the document frequencies that weight terms, and so do the
expired ones idle for less than `retire_days` of stream time (the newest date seen): the next
batch may hold articles older than this one's newest, which a date-sorted `cluster` would have
put in those stories. Without them, 1,000 DUC-derived articles ingested 500 at a time, the
second 500 a week after their twins in the first, made 353 stories against `cluster`'s 175:
each second-batch article found its twin's story expired and opened a new one. Stories idle
longer are forgotten, so the state stays flat on an endless stream (at most `retire_days /
expire_days` times the active stories); an article older than that opens a new story. The
format carries a version so old states can be refused; one saved before retired stories
travelled simply has none.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from newsweave.cluster.stream import DAY, ActiveStory, ClusterOptions, StreamClusterer
from newsweave.errors import StoreError

FORMAT = 1


def dump_state(clusterer: StreamClusterer) -> str:
    """The clusterer's state as a JSON string."""
    return json.dumps(
        {
            "format": FORMAT,
            "docs": clusterer.docs,
            "swept": clusterer.swept,
            "df": clusterer.df,
            "stories": [_story(s) for s in clusterer.active.values()],
            "retired": [_story(s) for s in _retained(clusterer)],
        },
        separators=(",", ":"),
    )


def load_state(
    text: str | None, options: ClusterOptions | None = None, keep_expired: bool = False
) -> StreamClusterer:
    """A clusterer restored from `dump_state` output; a fresh one for None. With
    `keep_expired` (a batch), the saved retired stories come back as expired ones, and those
    that expire during the batch are kept too."""
    clusterer = StreamClusterer(options, keep_expired)
    if text is None:
        return clusterer
    try:
        data = json.loads(text)
        version = data.get("format")
        if version != FORMAT:
            raise StoreError(f"stored clustering state has format {version}, not {FORMAT}")
        clusterer.docs = int(data["docs"])
        clusterer.swept = data["swept"]
        clusterer.df = Counter(data["df"])
        for story in data["stories"]:
            clusterer.restore(_active(story), set(story["indexed"]))
        for story in data.get("retired", []) if keep_expired else []:
            clusterer.restore(_active(story), set(story["indexed"]), expired=True)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise StoreError(f"stored clustering state is corrupt ({error!r}): re-ingest") from error
    return clusterer


def _retained(clusterer: StreamClusterer) -> list[ActiveStory]:
    """The expired stories a later batch may still reach: those idle for less than
    `retire_days` of stream time (the rest are retired for good, so the state stays flat)."""
    if clusterer.swept is None:
        return []
    horizon = clusterer.swept - clusterer.options.retire_days * DAY
    return [s for s in clusterer.expired.values() if s.last is not None and s.last >= horizon]


def _story(story: ActiveStory) -> dict[str, Any]:
    return {
        "id": story.id,
        "centroid": story.centroid,
        "first": story.first,
        "last": story.last,
        "names": story.names,
        "recent": story.recent,
        "size": story.size,
        "indexed": sorted(story.indexed),
        "particulars": story.particulars,
    }


def _active(data: dict[str, Any]) -> ActiveStory:
    story = ActiveStory(
        id=data["id"],
        centroid=data["centroid"],
        first=data["first"],
        last=data["last"],
        names=Counter(data["names"]),
        recent=[(article_id, vector) for article_id, vector in data["recent"]],
        size=data["size"],
        # States saved before event signatures have none: the story simply states nothing yet.
        particulars={k: Counter(v) for k, v in data.get("particulars", {}).items()},
    )
    story.renorm()
    return story
