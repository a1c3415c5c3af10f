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
from newsweave.read.limits import MAX_INTEGER_DIGITS, MAX_JSON_DEPTH, MAX_RECORD_CHARS, size_label
from newsweave.read.markup import strip_markup
from newsweave.text.dates import MAX_YEAR, MIN_YEAR, parse_iso
from newsweave.text.normalize import without_surrogates

YEARS = f"{MIN_YEAR}-{MAX_YEAR}"
KNOWN_FIELDS = frozenset({"id", "url", "source", "title", "published", "text", "html", "byline"})


def read_jsonl(
    stream: TextIO, stem: str, name: str, first_line: int = 1
) -> Iterator[Article | InputError]:
    """Each line's article, or an InputError naming the line; bad lines do not stop the rest.
    `first_line` numbers the stream's first line (a slice of a file, read/slices.py).

    Lines are read one at a time and never more than MAX_RECORD_CHARS of one into memory."""
    records, number = 0, first_line - 1
    while line := stream.readline(MAX_RECORD_CHARS + 1):
        number += 1
        where = f"{name}:{number}"
        if len(line) > MAX_RECORD_CHARS and not line.endswith("\n"):
            _skip_line(stream)
            records += 1
            yield InputError(where, f"line longer than {size_label(MAX_RECORD_CHARS)}, skipped")
            continue
        if not line.strip():
            continue
        records += 1
        try:
            record = _parse_line(line.rstrip("\r\n"))
        except InputError as error:
            yield InputError(where, error.problem)
            continue
        yield from _article_or_errors(record, f"{stem}-{number}", where)
    if records == 0:
        yield InputError(name, "empty file")


def _parse_line(text: str) -> Any:
    """The JSON value of one line, strings made writable. Raises InputError (where="")."""
    try:
        value = _loads(text)
    except json.JSONDecodeError as error:
        raise InputError("", f"invalid JSON ({error.msg} at column {error.colno})") from None
    return _checked_value(value, 0)


def _loads(text: str) -> Any:
    """json.loads, with what Python's parser raises besides JSONDecodeError (a RecursionError
    on deep nesting, a ValueError on a 4,300-digit integer) as an InputError (where="")."""
    try:
        return json.loads(text, parse_int=_integer, parse_constant=_constant)
    except json.JSONDecodeError:
        raise
    except ValueError as error:  # from _integer or _constant
        raise InputError("", f"invalid JSON ({error})") from None
    except RecursionError:
        raise InputError("", f"JSON nested more than {MAX_JSON_DEPTH} levels deep") from None


def read_json_document(text: str, stem: str, name: str) -> Iterator[Article | InputError]:
    """A `.json` file: an array of article objects, or one object. Misnamed JSON Lines are
    read as such."""
    try:
        value = _loads(text)
    except json.JSONDecodeError as error:
        if error.msg != "Extra data":
            yield InputError(name, f"invalid JSON ({error.msg} at line {error.lineno})")
            return
        yield from read_jsonl(io.StringIO(text), stem, name)
        return
    except InputError as error:
        yield InputError(name, error.problem)
        return
    records = value if isinstance(value, list) else [value]
    if not records:
        yield InputError(name, "empty JSON array")
    for number, record in enumerate(records, start=1):
        where = f"{name}[{number}]"
        try:
            checked = _checked_value(record, 1)
        except InputError as error:
            yield InputError(where, error.problem)
            continue
        yield from _article_or_errors(checked, f"{stem}-{number}", where)


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise ValueError(f"an integer of more than {MAX_INTEGER_DIGITS:,} digits")
    return int(digits)


def _constant(name: str) -> float:
    """Python reads NaN and Infinity, which JSON does not have (and no output could write)."""
    raise ValueError(f"{name} is not a JSON value")


def _checked_value(value: Any, depth: int) -> Any:
    """`value` with lone surrogates ("\\ud800", valid JSON but not text) in its strings made
    U+FFFD; raises InputError past MAX_JSON_DEPTH."""
    if depth > MAX_JSON_DEPTH:
        raise InputError("", f"JSON nested more than {MAX_JSON_DEPTH} levels deep")
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, list):
        return [_checked_value(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {without_surrogates(k): _checked_value(v, depth + 1) for k, v in value.items()}
    return value


def _skip_line(stream: TextIO) -> None:
    while (part := stream.readline(MAX_RECORD_CHARS)) and not part.endswith("\n"):
        pass


def _article_or_errors(
    record: object, default_id: str, where: str
) -> Iterator[Article | InputError]:
    if not isinstance(record, dict):
        yield InputError(where, f"an article must be a JSON object, not {_json_type(record)}")
        return
    try:
        article = article_from_record(record, default_id, where)
    except InputError as error:
        yield error
        return
    yield article
    published = record.get("published")
    if isinstance(published, str) and published.strip() and article.published is None:
        shown = json.dumps(published[:40] + ("..." if len(published) > 40 else ""))
        yield InputError(
            where, f"`published` {shown} is not a date (ISO 8601, years {YEARS}); read without one"
        )


def article_from_record(record: dict[str, Any], default_id: str, where: str) -> Article:
    """An article from one JSON object (also used for API input). Raises InputError naming the
    field for a value of the wrong JSON type."""
    text, html = _string(record, "text", where), _string(record, "html", where)
    if text is None and html is None:
        raise InputError(where, "needs a `text` or `html` string")
    article_id = _string(record, "id", where, numbers=True) or default_id
    url = _string(record, "url", where)
    if text:
        base = Article(id=article_id, raw=strip_markup(record["text"]), origin=where)
    elif html:
        base = read_html(record["html"], article_id, where, url=url)
    else:
        raise InputError(where, "empty `text`")
    published = _string(record, "published", where)
    return Article(
        id=article_id,
        raw=base.raw,
        url=url or base.url,
        source=_string(record, "source", where) or base.source,
        title=_string(record, "title", where) or base.title,
        byline=_string(record, "byline", where) or base.byline,
        published=parse_iso(published) if published else base.published,
        language=base.language,
        origin=where,
        metadata={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
    )


def _string(record: dict[str, Any], key: str, where: str, numbers: bool = False) -> str | None:
    """The field as text, stripped (None when absent, null or blank)."""
    value = record.get(key)
    if numbers and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if value is not None and not isinstance(value, str):
        raise InputError(where, f"`{key}` must be a string, not {_json_type(value)}")
    return value.strip() or None if value is not None else None


def _json_type(value: object) -> str:
    """The JSON name of a value's type, as the person who wrote the file knows it."""
    if isinstance(value, bool):
        return "a boolean"
    names = {dict: "an object", list: "an array", str: "a string", int: "a number"}
    return names.get(type(value), "a number" if isinstance(value, float) else "null")
