"""What one article says: quotations, quantities, temporal expressions and entities, each
with character offsets into `Article.raw` (the text as read). The types the extract stage
produces; `newsweave facts` prints one `ArticleFacts` per article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

Span = tuple[int, int]  # [start, end) into Article.raw


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who it is attributed to.

    `speaker` is the fullest name the article gives the speaker ("Ned Price" for "Price
    said"), or the description of an unnamed source ("a senior administration official",
    then `anonymous` is True); `role` is the title the text gives ("State Department
    spokesman"); `cue` the attributing verb or phrase ("said", "according to"); `partial`
    is True for a few of the speaker's words woven into the reporter's sentence ("Roe said
    the two sides "share responsibility" for it"), a mixed rather than a direct quotation."""

    text: str
    span: Span
    speaker: str | None = None
    role: str | None = None
    anonymous: bool = False
    cue: str | None = None
    speaker_span: Span | None = None
    partial: bool = False


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and what it counts ("more than 90,000 troops").

    `value` is the number as stated (None for a range, whose ends are `low`/`high`); `unit`
    a normalised unit ("USD", "percent", "basis point", "year"); `counts` the normalised
    counted noun ("troop" for troops/soldiers/forces); `qualifier` a normalised hedge
    ("about", "more than", "at least", "up to", "nearly")."""

    text: str
    span: Span
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    counts: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression with its TimeML (TIMEX3) type and normalised value.

    `type` is DATE, TIME, DURATION or SET; `value` a TIMEX3 value ("2021-12-30", "2021-12",
    "2021-W52", "2014", "PT2H", "P3Y", "PRESENT_REF"), or None when it is relative and
    the article gives no date to resolve it against (never guessed)."""

    text: str
    span: Span
    type: str
    value: str | None


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place named in one article, its name variants merged
    ("Antony J. Blinken", "Blinken"). `kind` is "person", "organization" or "place";
    `name` the fullest variant; `spans` every mention."""

    name: str
    kind: str
    variants: tuple[str, ...]
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class ArticleFacts:
    """Everything the extract stage finds in one article. `published` is the article's own
    date, or, when it has none, the date its text or URL states (`published_inferred`)."""

    article_id: str
    published: datetime | None
    published_inferred: bool
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    entities: tuple[Entity, ...] = ()
