"""When an undated page was published, from what its text or address states.

Many pages reach us without a `published` field, but say it anyway: a `date 2022-03-28`
marker line an archiver put first, a `/2022/03/28/` path in the URL, a dateline or byline
("LONDON, June 15, 2022 (Reuters)", "Posted on June 15, 2022"), or a weekday and full date
in the first lines ("on Wednesday, June 15, 2022"). Only stated publication dates count:
dates mentioned further down the body are the events' dates, a temporal tagger's job.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from newsweave.text.dates import parse_date

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # June, Jun., Sept.
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
_FULL_DATE = re.compile(
    rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|\d{1,2}/\d{1,2}/\d{4})(?!\d)",
    re.I,
)
# The archiver's marker line: `date 2022-03-28` (a month alone, `date 2022-10`, says too little).
_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_ANY_MARKER = re.compile(r"\A\s*date\s+\d{4}-\d{2}(?:-\d{2})?\b")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)|/((?:19|20)\d{6})/")
# Words that introduce a page's own date rather than an event's.
_STATED = re.compile(
    r"(?:posted|published|updated|last updated|first published|this article is from|date)"
    r"\s*(?:on|at)?\s*:?\s*$",
    re.I,
)
# Before the date: a dateline's place in capitals or wire ("NEW YORK, June 15, 2022"), an
# embedded post's signature ("(@agency) June 15, 2022"), a line break (a date on its own line).
_DATELINE = re.compile(r"(?:\b[A-Z][A-Z .'-]{2,}|\(@?\w+\)|—|–|\n),?\s*$")
# A date after a preposition at the top is what the lead reports, not when the page came out:
# a page on a probe's crash opened "the mission launched on <its launch date>", nine days
# before (realnews-dev B-cubed F1 0.962 -> 0.966; Clust-McMs dev unchanged, test 0.912 -> 0.931).
_EVENT_DATE = re.compile(r"\b(?:on|since|until|from|by|before|after|in|of)\s+$", re.I)
TOP = 400  # characters of the page in which a weekday-and-date reads as the page's own date
TITLE = 160  # characters of the page in which any full date reads as the page's own date
HEAD = 1200  # characters in which stated, datelined dates are looked for


class Publication(NamedTuple):
    """When a page says it was published, and whether only roughly: a URL's date is the day
    the page was made, which the page keeps when the story is rewritten as it unfolds (an
    AP story on a strike that "began Tuesday", at an address dated the Monday before)."""

    when: datetime
    approximate: bool


def infer_publication(raw: str, url: str | None) -> Publication | None:
    """The publication date the page's text or URL states, or None; the first rule that finds
    one wins, in order of trust: marker line, URL path, stated or datelined date, a weekday and
    date at the very top."""
    marker = _MARKER.match(raw)
    if marker:
        found = parse_date(marker.group(1))
        return Publication(found, False) if found else None
    from_url = _from_url(url)
    if from_url:
        return Publication(from_url, True)
    from_text = _from_text(raw)
    return Publication(from_text, False) if from_text else None


def infer_published(raw: str, url: str | None) -> datetime | None:
    """`infer_publication`'s date alone."""
    publication = infer_publication(raw, url)
    return publication.when if publication else None


def marker_end(raw: str) -> int:
    """Where the archiver's marker (`date 2022-03-28`, `date 2022-10`) ends, 0 without one:
    the page's metadata, not its text, so its date dates no happening."""
    marker = _ANY_MARKER.match(raw)
    return marker.end() if marker else 0


def labels_publication(raw: str, start: int) -> bool:
    """The date at `start` is labelled as the page's own ("Posted on", "Updated:", "This
    article is from", the marker): it dates the page, never a happening."""
    before = raw[max(0, start - 40) : start]
    return start < marker_end(raw) or bool(_STATED.search(before))


def states_publication(raw: str, start: int) -> bool:
    """The date at `start` is printed as the page's own date: in the marker, after "Posted
    on" or "Updated:", or as a dateline or byline ("TURIN, May 15.", "CNN Aug 20, 2023")."""
    before = raw[max(0, start - 40) : start]
    return labels_publication(raw, start) or bool(_DATELINE.search(before))


def _from_url(url: str | None) -> datetime | None:
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    if match.group(4):
        return parse_date(match.group(4))
    year, month, day = (int(g) for g in match.group(1, 2, 3))
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _from_text(raw: str) -> datetime | None:
    for match in _FULL_DATE.finditer(raw, 0, HEAD):
        before = raw[max(0, match.start() - 40) : match.start()]
        stated = states_publication(raw, match.start())
        has_weekday = re.match(_WEEKDAY, match.group(0), re.I) is not None
        at_top = match.start() < TITLE or (has_weekday and match.start() < TOP)
        at_top = at_top and not _EVENT_DATE.search(before)
        if stated or at_top:
            found = parse_date(match.group(0))
            if found is not None:
                return found
    return None
