"""RSS and Atom feeds: each entry with text becomes an article (feedparser reads every dialect)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.html import fragment_text
from newsweave.text.dates import MAX_YEAR, MIN_YEAR


def read_feed(data: bytes, stem: str, name: str) -> Iterator[Article | InputError]:
    """The articles of a feed; entries without text are reported, not fatal."""
    import feedparser  # imported when a feed is read, not at the CLI's start-up

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = str(parsed.get("bozo_exception") or "no entries")
        yield InputError(name, f"not a readable RSS/Atom feed ({problem})")
        return
    # The outlet comes from each entry's link (`outlet_name`): a channel title names a
    # section ("Business & Economy") as often as an outlet.
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{name}#{number}"
        text = fragment_text(_entry_html(entry))
        if not text:
            yield InputError(where, "feed entry has no text")
            continue
        link = entry.get("link")
        yield Article(
            id=f"{stem}-{number}",
            raw=text,
            url=link,
            title=entry.get("title"),
            byline=entry.get("author"),
            published=_entry_date(entry),
            origin=where,
            metadata={"guid": entry["id"]} if entry.get("id") else {},
        )


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    if contents:
        return str(max(contents, key=lambda c: len(c.get("value", ""))).get("value", ""))
    return str(entry.get("summary", ""))


def _entry_date(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    if not MIN_YEAR <= year <= MAX_YEAR:  # a feed's "9999" is no publication date
        return None
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
