"""The cited account of one story: the type the digest stage produces."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.model.provenance import Provenance
from newsweave.model.story import Story


@dataclass(frozen=True)
class Cited:
    """A statement of the digest and the ids of the articles that state it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    """A statement found in several articles, with how many independent outlets back it."""

    text: str
    sources: tuple[str, ...]
    independent_sources: int


@dataclass(frozen=True)
class Digest:
    """The cited account of one story, with its provenance (copies, credits, origins)."""

    story: Story
    summary: tuple[Cited, ...]
    facts: tuple[Fact, ...]
    provenance: Provenance = field(default_factory=Provenance)
