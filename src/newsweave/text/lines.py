"""What a line of a news page is, when it is not article text.

Each rule is a pattern seen in real reposts and rewrites (see ../shared/seeds): photo captions
with agency credits, bylines, header date/URL lines, rating widgets, comment threads,
`Original Article`-style trailers and share/subscribe lines.
"""

from __future__ import annotations

import re

from newsweave.text.dates import parse_date
from newsweave.text.normalize import comparable

_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_BYLINE = re.compile(r"^(?:By|From|Written by|Reporting by)\s+\S.{0,120}$")
_UPDATED = re.compile(
    r"^(?:Updated|Published|Posted|Last updated|First published|Modified)\b[\s:]*(.*)$", re.I
)
# A trailing parenthetical photo credit: "(Mikhail Metzel/Sputnik/AFP via Getty Images)",
# "(Photo: Ana Brel/Northwire Pictures)", "(Lensbank Images)", "(AP Photo/Jane Doe)".
# Agency acronyms match in capitals only, so "(ePA)" or "(km/h)" in body text do not.
_CREDIT_WORDS = (
    r"(?i:getty|reuters|images?|photo(?:graph)?s?|pictures?|shutterstock|alamy|courtesy)"
)
_CREDIT_ACRONYMS = r"AFP|AP|EPA|ANP|DPA|PA|UPI|TASS|Xinhua|Bloomberg|Pool|File"
# The closing-paren check comes first so that the credit words are looked for only inside the
# one parenthesis that ends the line: "(" + "A" x 20,000 took 5 s when they came first.
_PHOTO_CREDIT = re.compile(
    rf"\((?=[^()]{{2,120}}\)\s*$)(?=[^()]*(?:[A-Z][\w.]*\s*/\s*[A-Z]|\bvia\b|"
    rf"\b{_CREDIT_WORDS}\b|\b(?:{_CREDIT_ACRONYMS})\b))"
)
MAX_CAPTION_WORDS = 80
# A credit line without brackets: "GREGG NEWTON/Gregg Newton/AFP via Getty Images",
# "Jane Doe/AP Photo" (realnews-dev). Short, slashed, a credit word or agency, no stop.
_CREDIT_LINE = re.compile(
    rf"^(?=[^.!?]{{3,120}}$)[^/]{{1,60}}/.*(?:\bvia\b|\b{_CREDIT_WORDS}$|\b(?:{_CREDIT_ACRONYMS})$)"
)
# Where a photo shows a person: "Jane Roe, center, and Lee Hart, right, speak ..." (captions
# are short and in the present tense; prose does not place people left or right so). A name
# of at most 41 characters: unbounded, a line of one long word was searched in square time.
_PLACED_IN_PHOTO = re.compile(
    r"\b[A-Z][\w.'’-]{0,40},\s+(?:far\s+|second\s+from\s+|top\s+|bottom\s+)?"
    r"(?:left|right|center|centre)(?:\s+(?:left|right))?,\s"
)
_CAPTION_START = re.compile(
    r"^(?:photo|image|picture|caption|file photo|pictured|graphic|video)\b\s*[:|-]", re.I
)
_WIDGET = re.compile(
    r"^(?:\d+\s+\d+\s+votes?|\d+\s+votes?|article rating|rate this( article| story)?|"
    r"\d(?:\.\d)?\s*/\s*5(?:\s+stars?)?|how useful was this post\??)$",
    re.I,
)
_COMMENTS = re.compile(
    r"^(?:leave a (?:reply|comment)|\d+\s+comments?|comments?|inline feedbacks|"
    r"view all comments|add a comment|post a comment|join the (?:conversation|discussion)|"
    r"show comments|load comments|your email address will not be published\.?|"
    r"you must be logged in to post a comment\.?|discussion)$",
    re.I,
)
_TRAILER = re.compile(
    r"^(?:original article|read (?:more|the original|full story|the full article)|"
    r"related(?: articles| stories| coverage| content)?|more from\b|source:|"
    r"this (?:article|story) (?:was |first |originally )+(?:published|appeared)|copyright\b|©|"
    r"all rights reserved|advertisement|continue reading|share on\b|share$|tweet$|email$|"
    r"print$|facebook$|twitter$|"
    r"whatsapp$|linkedin$|reddit$|next article|previous article|recommended\b|"
    r"we use cookies|accept (?:all )?cookies)",
    re.I,
)
_CONTRIBUTORS = re.compile(
    r"^(?:.{2,80}\s+contributed (?:to )?(?:this report|this story|this article|reporting)|"
    r"(?:additional )?reporting by\s.{2,120}|editing by\s.{2,120})\.?$",
    re.I,
)
_BYLINE_LEAD = re.compile(r"^(?:By|From|Written by|Reporting by)\s+")
_NAME = re.compile(r"^(?:[A-Z][a-zA-Z'’\-]+\.?\s+){1,3}[A-Z][a-zA-Z'’\-]+$")
MAX_TRAILER_WORDS = 15
# Calls to action are junk only as short button-like lines; as sentences they are text.
_CALL_TO_ACTION = re.compile(r"^(?:click here|sign up|subscribe|share this|follow us)\b", re.I)
MAX_CALL_WORDS = 8


def header_kind(line: str, title: str | None) -> str | None:
    """The kind of a line in an article's header block, or None if it reads as text.

    Header-only kinds ("name" for a bare author name) are judged only before the body starts;
    `junk_kind` covers everything else.
    """
    if _is_title(line, title):
        return "title"
    if parse_date(line):
        return "date"
    if _URL.match(line):
        return "url"
    updated = _UPDATED.match(line)
    if updated and (not updated.group(1) or parse_date(updated.group(1))):
        return "date"
    if _BYLINE.match(line) and len(line.split()) <= 16 and not line.rstrip().endswith("."):
        return "byline"
    if _NAME.match(line):
        return "byline"
    return junk_kind(line, title)


def junk_kind(line: str, title: str | None) -> str | None:
    """The kind of non-article line this is anywhere in an article, or None for text."""
    if _is_title(line, title):
        return "title"
    short = len(line.split()) <= MAX_CAPTION_WORDS
    if (short and _PHOTO_CREDIT.search(line)) or _CAPTION_START.match(line):
        return "caption"
    if short and _PLACED_IN_PHOTO.search(line):
        return "caption"
    if _CREDIT_LINE.match(line):
        return "caption"
    if _WIDGET.match(line):
        return "widget"
    if _COMMENTS.match(line):
        return "comments"
    if _CONTRIBUTORS.match(line):
        return "contributors"
    words = len(line.split())
    if words <= MAX_TRAILER_WORDS and _TRAILER.match(line):
        return "trailer"
    if words <= MAX_CALL_WORDS and _CALL_TO_ACTION.match(line):
        return "trailer"
    return None


def _is_title(line: str, title: str | None) -> bool:
    """Whether a line repeats the title (case, spacing and punctuation aside)."""
    if not title or len(line) > 2 * len(title) + 10:
        return False
    return comparable(line) == comparable(title)


def strip_repeated_title(line: str, title: str | None) -> int:
    """How many leading characters of `line` are copies of the title glued to what follows
    ("Title Title This combination of pictures ... (AFP via Getty)").

    One copy counts only when a caption or other junk follows: a lead sentence may well open
    with the title's words ("Biden, Putin to speak Thursday, the White House said.")."""
    if not title:
        return 0
    target = title.strip().lower()
    consumed = copies = 0
    rest = line
    while len(rest) > len(target) and rest[: len(target)].lower() == target:
        copies += 1
        stripped = rest[len(target) :]
        consumed += len(target) + len(stripped) - len(stripped.lstrip())
        rest = stripped.lstrip()
    if copies >= 2 or (copies == 1 and junk_kind(rest, None) is not None):
        return consumed
    return 0


def byline_name(line: str) -> str | None:
    """The author a byline names: "By Brian Freeman | Wednesday, ..." -> "Brian Freeman"."""
    name = _BYLINE_LEAD.sub("", line).split("|")[0].strip()
    return name or None


def byline_date(line: str) -> str | None:
    """The date part of a byline such as `By Jane Doe | Wednesday, 29 December 2021`."""
    parts = line.split("|")
    return parts[1].strip() if len(parts) > 1 else None
