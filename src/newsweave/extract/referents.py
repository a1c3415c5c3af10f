"""Who an attribution refers to across the article: "he said" is the previous quotation's
speaker (a person's) or the one person named just before; an unattributed quotation in an
attributed one's paragraph is that speaker's; a name keeps the role an earlier quotation
stated for it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsweave.extract.gazetteer import ORG_ENDINGS
from newsweave.extract.speakers import Speaker
from newsweave.model import Entity, Quote

# "..., he said" with no quotation before it: the pronoun is the one person named in this
# many characters before the quotation (about two sentences), and stays a pronoun when two
# are (realnews-dev).
PRONOUN_REACH = 300


def referent(
    speaker: Speaker, at: int, earlier: Sequence[Quote], entities: Sequence[Entity]
) -> tuple[str, str | None]:
    """The name and role of the speaker of a quotation at `at`, after `earlier` ones."""
    name, role = speaker.name, speaker.role
    if not speaker.pronoun:
        return name, role or next((q.role for q in earlier if q.speaker == name and q.role), None)
    previous = next((q for q in reversed(earlier) if _may_be(speaker.name, q, entities)), None)
    if previous is not None:
        return previous.speaker or name, previous.role
    return _named_before(entities, at) or name, role


def _named_before(entities: Sequence[Entity], at: int) -> str | None:
    """The one person named in the PRONOUN_REACH characters before `at`, if only one is."""
    near = {
        e.name
        for e in entities
        if e.kind == "person" and any(at - PRONOUN_REACH <= s < at for s, _ in e.spans)
    }
    return near.pop() if len(near) == 1 else None


def paragraph_goes_on(raw: str, earlier: list[Quote], quote: Quote) -> Quote:
    """An unattributed quotation in the paragraph of an attributed one is its speaker's
    (`Roe said on ABC's "This Week." "I think ..."`, `Roe said, adding, "..."`)."""
    last = earlier[-1] if earlier else None
    if last is None or last.speaker is None or "\n" in raw[last.span[1] : quote.span[0]]:
        return quote
    return replace(
        quote,
        speaker=last.speaker,
        role=last.role,
        anonymous=last.anonymous,
        cue=last.cue,
        speaker_span=last.speaker_span,
    )


def _may_be(pronoun: str, quote: Quote, entities: Sequence[Entity]) -> bool:
    """Whether a pronoun may refer to an earlier quotation's named speaker: "he" and "she"
    to a person only, never to "The Wall Street Journal" (realnews-dev)."""
    if quote.speaker is None or quote.anonymous:
        return False
    if pronoun.lower() not in ("he", "she"):
        return True
    bodies = {e.name for e in entities if e.kind != "person"}
    return quote.speaker not in bodies and quote.speaker.split()[-1] not in ORG_ENDINGS
