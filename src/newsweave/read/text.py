"""Plain-text articles, as saved by scrapers: an optional header block (title line, date lines
such as `20211229` or `12/29/2021`, a URL line, `By ... | date` bylines, `Updated:` lines) then
the body. The header is read for metadata here; cleaning removes it from the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.model import Article
from newsweave.read.markup import strip_markup
from newsweave.text.dates import parse_date
from newsweave.text.lines import byline_date, byline_name, header_kind

# A first line is a title if it is short and does not read as a sentence of the body.
MAX_TITLE_WORDS = 25
# The header block ends at the first line of body text, or after this many lines.
MAX_HEADER_LINES = 12
# A longer line is body text: header lines are titles (MAX_TITLE_WORDS), dates, URLs, bylines.
MAX_HEADER_LINE_CHARS = 1000
# A non-blank line from its first non-space character, lines broken as str.splitlines does.
_LINE = re.compile(r"\S[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*")
# A labelled date line: `Updated: 12/29/2021`, `Published 12/29/2021`, or the label alone with
# the date on the next line (`Updated:` / `12/29/2021`).
_DATE_LABEL = re.compile(
    r"^(last updated|updated|modified|first published|published|posted)\b[\s:]*(.*)$", re.I
)
_UPDATE_LABELS = frozenset({"last updated", "updated", "modified"})
# `By Jane Doe | ...` as a first line is a byline, not a title ("By the numbers" can be one).
_BYLINE_FIRST = re.compile(r"^(?:By|Written by|Reporting by)\s+[A-Z]")


@dataclass
class _Header:
    title: str | None = None
    url: str | None = None
    byline: str | None = None
    published: str | None = None
    updated: str | None = None


def read_text(raw: str, article_id: str, origin: str) -> Article:
    """An article from a text file's content (stray HTML tags read as text: `strip_markup`)."""
    raw = strip_markup(raw)
    header = _parse_header(raw)
    published = parse_date(header.published) if header.published else None
    return Article(
        id=article_id,
        raw=raw,
        url=header.url,
        title=header.title,
        byline=header.byline,
        published=published,
        origin=origin,
        metadata={"updated": header.updated} if header.updated else {},
    )


def _parse_header(raw: str) -> _Header:
    lines = _first_lines(raw, MAX_HEADER_LINES + 1)
    header = _Header()
    if lines and _is_title(lines[0]):
        header.title = lines[0]
        lines = lines[1:]
    pending: str | None = None  # "published"/"updated": a label line whose date follows
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
            pending = _record_date(header, line, pending)
    return header


def _first_lines(raw: str, count: int) -> list[str]:
    """The first `count` non-blank lines, stripped, up to the first line too long for a header
    (a 50 MB one-line file spent 20 s having its one line matched against header rules)."""
    lines: list[str] = []
    for match in _LINE.finditer(raw):
        line = match.group(0).rstrip()
        if len(line) > MAX_HEADER_LINE_CHARS:
            lines.append(line[:MAX_HEADER_LINE_CHARS])  # body text: ends the header
            break
        lines.append(line)
        if len(lines) == count:
            break
    return lines


def _record_date(header: _Header, line: str, pending: str | None) -> str | None:
    """Store a header date line; returns what the next date line is if this is a bare label."""
    label = _DATE_LABEL.match(line)
    if label is None or parse_date(line):
        _store_date(header, pending or "published", line)
        return None
    kind = "updated" if label.group(1).lower() in _UPDATE_LABELS else "published"
    if not label.group(2).strip():
        return kind
    _store_date(header, kind, label.group(2).strip())
    return None


def _store_date(header: _Header, kind: str, value: str) -> None:
    if kind == "updated":
        header.updated = header.updated or value
    elif header.published is None:
        header.published = value


def _is_title(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and not line.endswith(".")
        and not _BYLINE_FIRST.match(line)
        and header_kind(line, None) not in {"date", "url"}
    )
