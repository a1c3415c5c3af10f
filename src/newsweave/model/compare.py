"""What outlets say across one story: the types the compare stage produces.

Every item cites the ids of the articles that carry it (`sources`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fact:
    """A statement found in several articles, with how many independent origins back it
    (a copy and its source, or two articles of one outlet, count once)."""

    text: str
    sources: tuple[str, ...]
    independent_sources: int


@dataclass(frozen=True)
class QuoteVariant:
    """Another outlet's wording of a quotation, or the same words given to another speaker."""

    text: str
    speaker: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class StoryQuote:
    """One quotation as the story's outlets carry it: the cleanest wording and its variants.
    `flags` may hold "altered" (words changed inside the quotation marks),
    "misattributed" (the same words given to different speakers) and "partial" (every
    outlet quotes only these words, woven into its own sentence: their context is the
    reporter's)."""

    speaker: str | None
    role: str | None
    anonymous: bool
    text: str
    sources: tuple[str, ...]
    variants: tuple[QuoteVariant, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConflictValue:
    """One side of a disagreement: the value an outlet states, as it words it."""

    value: float | str | None
    text: str
    sources: tuple[str, ...]
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Conflict:
    """Outlets that state one measure, date or attribution differently. `kind` is "number",
    "date" or "attribution"; `note` says whether it is a disagreement or an update over time."""

    what: str
    kind: str
    values: tuple[ConflictValue, ...]
    note: str


@dataclass(frozen=True)
class TimelineEntry:
    """A dated happening of the story; `date` is ISO at its precision (2021-12-30, 2021-12,
    2014); `this_story` marks the story's own event."""

    date: str
    text: str
    sources: tuple[str, ...]
    this_story: bool = False


@dataclass(frozen=True)
class SingleSource:
    """A claim only one independent origin makes (a scoop, or unconfirmed)."""

    text: str
    source: str


@dataclass(frozen=True)
class StoryEntity:
    """A person, organisation or place of the story, its variants merged across outlets."""

    name: str
    kind: str
    variants: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    """Everything the compare stage finds across a story's outlets."""

    facts: tuple[Fact, ...] = ()
    quotes: tuple[StoryQuote, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    single_source: tuple[SingleSource, ...] = ()
    entities: tuple[StoryEntity, ...] = ()
