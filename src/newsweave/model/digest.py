"""The cited account of one story: the type the digest stage produces."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.model.compare import Comparison
from newsweave.model.provenance import Provenance
from newsweave.model.story import Story


@dataclass(frozen=True)
class Cited:
    """A statement of the digest and the ids of the articles that state it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Digest:
    """The cited account of one story: the summary the digest stage chose, what the compare
    stage found across outlets, and the provenance (copies, credits, origins)."""

    story: Story
    summary: tuple[Cited, ...]
    comparison: Comparison = field(default_factory=Comparison)
    provenance: Provenance = field(default_factory=Provenance)
    notes: tuple[str, ...] = ()  # what a reader should know about it ("one article: ...")
