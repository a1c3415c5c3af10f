"""Plain-text articles, as saved by scrapers: an optional header block (title line, date lines
such as `20211229` or `12/29/2021`, a URL line, `By ... | date` bylines, `Updated:` lines) then
the body. The header is read for metadata here; cleaning removes it from the text."""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.clean.lines import byline_date, byline_name, header_kind
from newsweave.dates import parse_date
from newsweave.model import Article
from newsweave.read.common import outlet_from_url

# A first line is a title if it is short and does not read as a sentence of the body.
MAX_TITLE_WORDS = 25
# The header block ends at the first line of body text, or after this many lines.
MAX_HEADER_LINES = 12


@dataclass
class _Header:
    title: str | None = None
    url: str | None = None
    byline: str | None = None
    published: str | None = None
    updated: str | None = None


def read_text(raw: str, article_id: str, origin: str) -> Article:
    """An article from a text file's content."""
    header = _parse_header(raw)
    published = parse_date(header.published) if header.published else None
    return Article(
        id=article_id,
        raw=raw,
        url=header.url,
        source=outlet_from_url(header.url),
        title=header.title,
        byline=header.byline,
        published=published,
        origin=origin,
        metadata={"updated": header.updated} if header.updated else {},
    )


def _parse_header(raw: str) -> _Header:
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    header = _Header()
    if lines and _is_title(lines[0]):
        header.title = lines[0]
        lines = lines[1:]
    after_updated = False
    for line in lines[:MAX_HEADER_LINES]:
        kind = header_kind(line, header.title)
        if kind is None:
            break
        if kind == "url" and header.url is None:
            header.url = line
        elif kind == "byline" and header.byline is None:
            header.byline = byline_name(line)
            header.published = header.published or byline_date(line)
        elif kind == "date":
            after_updated = _record_date(header, line, after_updated)
    return header


def _record_date(header: _Header, line: str, after_updated: bool) -> bool:
    """Store a header date line; returns whether the next date is an update time."""
    label, _, rest = line.partition(":")
    if not parse_date(line) and label.strip().lower() in {"updated", "last updated", "modified"}:
        if rest.strip():
            header.updated = rest.strip()
            return False
        return True
    if after_updated:
        header.updated = line
    elif header.published is None:
        header.published = rest.strip() if not parse_date(line) else line
    return False


def _is_title(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and not line.endswith(".")
        and header_kind(line, None) not in {"date", "url"}
    )
