"""realnews-clustering-dev: 218 uncleaned page excerpts of 30 events, 16 hard-negative pairs.

Loaded as a real pipeline would see it (title, text, url, published; never the event label
or the id order), and read back as per-event errors: which events were split, which merged.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from pathlib import Path

from newsweave.clean import clean_article
from newsweave.model import Article, CleanArticle
from newsweave.text.dates import parse_iso

FOLDER = "realnews-clustering-dev"


def load_articles(data: Path, dated: bool = True) -> tuple[list[CleanArticle], dict[str, str]]:
    """Cleaned articles and their gold events; `dated=False` drops every `published`."""
    articles, gold = [], {}
    for line in (data / FOLDER / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        published = parse_iso(record["published"]) if dated and record["published"] else None
        article = Article(
            id=record["id"],
            raw=record["text"],
            url=record["url"],
            title=record["title"],
            published=published,
            origin=f"{FOLDER}:{record['id']}",
        )
        articles.append(clean_article(article))
        gold[article.id] = record["event"]
    return articles, gold


def hard_negatives(data: Path) -> list[tuple[str, str]]:
    """The (event, event) pairs events.md names as hard negatives of each other."""
    pairs = set()
    for line in (data / FOLDER / "events.md").read_text(encoding="utf-8").splitlines():
        event, _, rest = line.partition(" | ")
        _, _, negatives = rest.partition("hard negative of: ")
        for other in re.findall(r"d\d\d-[\w-]+", negatives):
            pairs.add(tuple(sorted((event, other))))
    return sorted(pairs)  # type: ignore[arg-type]


def merged_pairs(
    predicted: Mapping[str, Hashable], gold: Mapping[str, str], pairs: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Hard-negative pairs with at least one story holding articles of both events."""
    events_of: dict[Hashable, set[str]] = defaultdict(set)
    for article, story in predicted.items():
        events_of[story].add(gold[article])
    return [p for p in pairs if any(set(p) <= events for events in events_of.values())]


def event_errors(predicted: Mapping[str, Hashable], gold: Mapping[str, str]) -> list[str]:
    """One line per event that was split over stories or shares a story with another event."""
    stories_of: dict[str, Counter[Hashable]] = defaultdict(Counter)
    events_in: dict[Hashable, set[str]] = defaultdict(set)
    for article, story in predicted.items():
        stories_of[gold[article]][story] += 1
        events_in[story].add(gold[article])
    lines = []
    for event in sorted(stories_of):
        parts = stories_of[event]
        mixed = sorted({e[:3] for s in parts for e in events_in[s]} - {event[:3]})
        if len(parts) > 1 or mixed:
            split = "+".join(str(n) for _, n in parts.most_common())
            lines.append(f"{event[:48]:48} split {split:12} merged with {','.join(mixed) or '-'}")
    return lines
