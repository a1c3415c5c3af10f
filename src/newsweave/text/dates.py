"""Publication dates as outlets write them: `20211229`, `12/29/2021`, ISO 8601,
`Wednesday, 29 December 2021 02:55 PM`, `Dec. 29, 2021 3:45 p.m. ET`."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from dateutil import parser as dateparser

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june"
    "|july|august|september|october|november|december"
)
_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
_DAYS += "|saturday|sunday"
_ZONES = "utc|gmt|et|est|edt|ct|cst|cdt|pt|pst|pdt|bst|cet|cest|z"
# A line is a date line only if every word in it is a date word: this keeps sentences that
# merely mention a date ("On December 29, 2021 the ...") out.
_DATE_WORD = re.compile(
    rf"^(?:\d{{1,4}}(?:st|nd|rd|th)?|{_MONTHS}|{_DAYS}|{_ZONES}|am|pm|at|on)$", re.I
)
# Zone abbreviations dateutil does not know; dropped (the date stays right, the hour may not).
_LOCAL_ZONE = re.compile(r"\b(?:et|est|edt|ct|cst|cdt|pt|pst|pdt|bst|cet|cest)\b", re.I)
_MERIDIEM = re.compile(r"\b([ap])\.m\.?", re.I)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:[T ][\d:.]+(?:Z|[+\-]\d\d:?\d\d)?)?$")
# Publication years outside these are errors in the input (9999-12-31 overflows on conversion).
MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_DATE_CHARS = 60  # "Wednesday, 29 December 2021 02:55 PM GMT+0000" and room to spare


def parse_date(text: str) -> datetime | None:
    """The date a short date string names, or None if it is not only a date.

    Date-only input gives midnight with no time zone; `format_date` writes it back as a date.
    """
    line = text.strip().strip(",|")
    if len(line) > 2 * MAX_DATE_CHARS:  # still too long with every "a.m." made "am": a
        return None  # line of text (a whole article, in a one-line JSON record), not a date
    line = _MERIDIEM.sub(r"\1m", line)
    if not line or len(line) > MAX_DATE_CHARS:
        return None
    compact = _COMPACT.match(line)
    if compact:
        return _checked(*(int(g) for g in compact.groups()))
    if not _NUMERIC.match(line) and not _only_date_words(line):
        return None
    try:
        parsed = dateparser.parse(_LOCAL_ZONE.sub("", line), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed


def parse_iso(text: str) -> datetime | None:
    """An ISO 8601 (or near it) date or datetime from structured input, else None.

    Years outside MIN_YEAR..MAX_YEAR give None: 9999-12-31T23:59:59-23:59 is valid ISO 8601 but
    overflows when later made UTC."""
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return parse_date(text)
    return parsed if MIN_YEAR <= parsed.year <= MAX_YEAR else None


def format_date(value: datetime | None) -> str | None:
    """ISO 8601: a date alone when no time was given, else the datetime."""
    if value is None:
        return None
    if value.tzinfo is None and (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    return value.isoformat()


def shown_date(value: datetime | str | None) -> str | None:
    """A publication date as every output shows it (one shape, ISO 8601): with its time and
    UTC offset when the input gave a time zone, else the date alone (a time without a zone
    cannot be compared across outlets). Stored values (`format_date` text) are read back."""
    if isinstance(value, str):
        value = parse_iso(value)
    if value is None:
        return None
    if value.tzinfo is None:
        return value.date().isoformat()
    return value.isoformat(timespec="minutes")


def timestamp(value: datetime) -> float:
    """Seconds since the epoch; naive datetimes are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def _only_date_words(line: str) -> bool:
    words = [w for w in re.split(r"[\s,/:|\-]+", line.replace(".", " ")) if w]
    has_year = any(re.fullmatch(r"\d{4}", w) for w in words)
    return has_year and all(_DATE_WORD.match(w) for w in words)


def _checked(year: int, month: int, day: int) -> datetime | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None
