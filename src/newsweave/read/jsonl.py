"""JSON Lines: one article per line with `id`, `url`, `source`, `title`, `published` and
`text` or `html` (DESIGN.md). Unknown fields are kept as metadata."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any, TextIO

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.html import read_html
from newsweave.text.dates import parse_iso

KNOWN_FIELDS = frozenset({"id", "url", "source", "title", "published", "text", "html", "byline"})


def read_jsonl(
    stream: TextIO, stem: str, name: str, first_line: int = 1
) -> Iterator[Article | InputError]:
    """Each line's article, or an InputError naming the line; bad lines do not stop the rest.
    `first_line` numbers the stream's first line (a slice of a file, read/slices.py)."""
    records = 0
    for number, line in enumerate(stream, start=first_line):
        if not line.strip():
            continue
        records += 1
        where = f"{name}:{number}"
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as error:
            yield InputError(where, f"invalid JSON ({error.msg} at column {error.colno})")
            continue
        yield _article_or_error(record, f"{stem}-{number}", where)
    if records == 0:
        yield InputError(name, "empty file")


def read_json_document(text: str, stem: str, name: str) -> Iterator[Article | InputError]:
    """A `.json` file: an array of article objects, or one object. Misnamed JSON Lines are
    read as such."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg != "Extra data":
            yield InputError(name, f"invalid JSON ({error.msg} at line {error.lineno})")
            return
        yield from read_jsonl(io.StringIO(text), stem, name)
        return
    records = value if isinstance(value, list) else [value]
    if not records:
        yield InputError(name, "empty JSON array")
    for number, record in enumerate(records, start=1):
        yield _article_or_error(record, f"{stem}-{number}", f"{name}[{number}]")


def _article_or_error(record: object, default_id: str, where: str) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(where, "an article must be a JSON object")
    try:
        return article_from_record(record, default_id, where)
    except InputError as error:
        return error


def article_from_record(record: dict[str, Any], default_id: str, where: str) -> Article:
    """An article from one JSON object (also used for API input)."""
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(where, "needs a `text` or `html` string")
    article_id = str(record.get("id") or default_id)
    url = _string(record, "url")
    if isinstance(text, str) and text.strip():
        base = Article(id=article_id, raw=text, origin=where)
    elif isinstance(html, str):
        base = read_html(html, article_id, where, url=url)
    else:
        raise InputError(where, "empty `text`")
    published = _string(record, "published")
    return Article(
        id=article_id,
        raw=base.raw,
        url=url or base.url,
        source=_string(record, "source") or base.source,
        title=_string(record, "title") or base.title,
        byline=_string(record, "byline") or base.byline,
        published=parse_iso(published) if published else base.published,
        language=base.language,
        origin=where,
        metadata={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
    )


def _string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return str(value).strip() or None if value is not None else None
