"""The clusterer's state as JSON, so `newsweave ingest` continues where it left off.

Only the active stories travel (idle ones have left the index), with the document
frequencies that weight terms; the format carries a version so old states can be refused.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from newsweave.cluster.stream import ActiveStory, ClusterOptions, StreamClusterer
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
        },
        separators=(",", ":"),
    )


def load_state(
    text: str | None, options: ClusterOptions | None = None, keep_expired: bool = False
) -> StreamClusterer:
    """A clusterer restored from `dump_state` output; a fresh one for None. Expired stories
    are not saved: `keep_expired` keeps those that expire during this batch."""
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
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise StoreError(f"stored clustering state is corrupt ({error!r}): re-ingest") from error
    return clusterer


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
    story.norm = math.sqrt(sum(w * w for w in story.centroid.values()))
    return story
