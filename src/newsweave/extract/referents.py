"""Who an attribution refers to across the article: "he said" is the previous quotation's
speaker (a person's) or the one person named just before; an unattributed quotation in an
attributed one's paragraph is that speaker's; a name keeps the role an earlier quotation
stated for it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsweave.extract.gazetteer import ORG_ENDINGS
from newsweave.extract.speakers import Speaker, one_person, role_before
from newsweave.model import Entity, Quote
from newsweave.text.names import TITLES

# "..., he said" with no quotation before it: the pronoun is the one person named in this
# many characters before the quotation (about two sentences), and stays a pronoun when two
# are (realnews-dev).
PRONOUN_REACH = 300
# A chain of sentences opening with "he" or "she" is followed back this far, to a sentence
# that names its person within its first _LEAD_WORDS words ("In his speech, Macron").
CHAIN_REACH = 600
_LEAD_WORDS = 4


# The end of a sentence or paragraph.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s|\n")


def referent(
    speaker: Speaker,
    at: int,
    earlier: Sequence[Quote],
    entities: Sequence[Entity],
    raw: str = "",
) -> tuple[str, str | None]:
    """The name and role of the speaker of a quotation at `at`, after `earlier` ones (in
    `raw`, when given: see `_introduced_since`)."""
    name, role = speaker.name, speaker.role
    if not speaker.pronoun:
        holder = None if speaker.anonymous or not raw else holder_of_post(name, raw, entities)
        if holder is not None:
            return holder, name
        return name, role or next((q.role for q in earlier if q.speaker == name and q.role), None)
    previous = next((q for q in reversed(earlier) if _may_be(speaker.name, q, entities)), None)
    if previous is not None and previous.speaker is not None:
        newcomer = _introduced_since(raw, previous, at, entities, speaker.name)
        if newcomer is not None:
            return newcomer, None
        return previous.speaker, previous.role
    if raw and one_person(speaker.name):  # no quotation before: named just before
        subject = _last_subject(raw, max(0, at - PRONOUN_REACH), at, entities)
        chain = _chain_head(raw, at, entities, speaker.name)
        return _named_before(entities, at) or subject or chain or name, role
    return _named_before(entities, at) or name, role


def _introduced_since(
    raw: str, previous: Quote, at: int, entities: Sequence[Entity], pronoun: str
) -> str | None:
    """The person a sentence after the previous quotation's attribution opens with, when
    that sentence is the last before `at` to name anyone and "he" or "she" attributes the
    quotation at `at`: news introduces a new speaker, then quotes them ("Lee conceded later
    that night. She thanked her voters. "It is not over," she said."). A person named in the
    previous attribution's own sentence (`," Roe said, adding that Lee ...`), or not as a
    sentence's subject ("Lee's plan"), does not count."""
    if not raw or not one_person(pronoun):
        return None
    after = max(previous.span[1], previous.speaker_span[1] if previous.speaker_span else 0)
    subject = _last_subject(raw, after, at, entities)
    return subject if subject != previous.speaker else None


def _last_subject(raw: str, after: int, at: int, entities: Sequence[Entity]) -> str | None:
    """The person that the last sentence between `after` and `at` to name anyone opens with
    (the first, cut sentence aside), if it opens with one."""
    starts = [m.end() for m in _SENTENCE_END.finditer(raw, after, at)]
    if not starts:
        return None
    mentions = sorted((span, e.name) for e in entities if e.kind == "person" for span in e.spans)
    for begin, end in reversed(list(zip(starts, [*starts[1:], at], strict=True))):
        named = [(span, name) for span, name in mentions if begin <= span[0] < end]
        if named:
            (start, stop), name = named[0]
            if len(named) > 1 and _modifies(raw, stop, named[1][0][0]):
                (_, stop), name = named[1]  # "Roe spokesman Lee Hart": Lee Hart
            lead = raw[begin:start].strip(' \t\n"“')
            opens = not lead or lead == role_before(raw, start, begin)  # "Rep. Lee Hart"
            opens = opens and raw[stop : stop + 1] not in "'’"
            return name if opens else None
    return None


# A description that names a post rather than a source: "the outgoing PM", "Ukraine's
# president", "The U.S. president", "the head of state" (realnews-dev quoted Liz Truss,
# Volodymyr Zelenskyy and Joe Biden so). Its post word is the last.
_POST = re.compile(r"(?:the\s+|(?P<whose>[A-Z][\w.’'-]*)['’]s\s+)(?P<words>[\w.’' -]+)", re.I)
# Posts a description may name by another word: "PM" is written "Prime Minister" before a name.
_POST_WORDS = {
    "pm": ("pm", "prime minister", "premier"),
    "premier": ("premier", "prime minister"),
    "head of state": ("president", "king", "queen", "monarch", "emperor"),
}
# Words of a description that change the post ("the former president" is not the president);
# other lower-case words ("the outgoing PM", "the embattled premier") only describe its holder.
_POST_CHANGING = frozenset("former ex vice deputy acting interim first assistant".split())
ROLE_REACH = 60  # characters before a name in which its role is written


def holder_of_post(description: str, raw: str, entities: Sequence[Entity]) -> str | None:
    """The one person of the article the text gives the post a description names (every
    capitalised or post-changing word of it found in that person's role), if only one."""
    found = _POST.fullmatch(description.strip())
    if found is None:
        return None
    words = found["words"].split()
    size = 3 if " ".join(words[-3:]).lower() == "head of state" else 1
    post, words = " ".join(words[-size:]).lower().rstrip("."), words[:-size]
    if post not in TITLES and post not in _POST_WORDS:
        return None
    marks = [found["whose"]] if found["whose"] else []
    marks += [w for w in words if w[0].isupper() or w.lower() in _POST_CHANGING]
    names = _POST_WORDS.get(post, (post,))
    holders = {
        e.name
        for e in entities
        if e.kind == "person"
        and any(
            _holds(role_before(raw, start, max(0, start - ROLE_REACH)).lower(), names, marks)
            for start, _ in e.spans
        )
    }
    return holders.pop() if len(holders) == 1 else None


def _holds(role: str, posts: Sequence[str], marks: Sequence[str]) -> bool:
    """The role names one of the posts and every mark ("U.S.", "Ukraine", "former"), a mark
    by its first four letters ("Ukraine" in "Ukrainian President")."""
    padded = f" {role.replace('.', '')} "
    return any(f" {post} " in padded for post in posts) and all(
        f" {mark.lower().replace('.', '')[:4]}" in padded for mark in marks
    )


_LOWER_WORDS = re.compile(r"\s+(?:[a-z-]+\s+){1,3}")


def _modifies(raw: str, end: int, next_start: int) -> bool:
    """Whether a name ending at `end` heads the role of the name at `next_start` ("Roe
    spokesman Lee Hart", "Roe communications director Lee Hart")."""
    gap = _LOWER_WORDS.fullmatch(raw, end, next_start)
    return gap is not None and bool(role_before(raw, next_start, end))


def _named_before(entities: Sequence[Entity], at: int) -> str | None:
    """The one person named in the PRONOUN_REACH characters before `at`, if only one is."""
    near = {
        e.name
        for e in entities
        if e.kind == "person" and any(at - PRONOUN_REACH <= s < at for s, _ in e.spans)
    }
    return near.pop() if len(near) == 1 else None


def _chain_head(raw: str, at: int, entities: Sequence[Entity], pronoun: str) -> str | None:
    """The person a run of sentences opening with `pronoun` up to `at` goes back to: the
    nearest sentence before them that names a person within its first words ("In his
    speech, Macron noted ... He acknowledged ... He promised ... "The next ..."": Macron,
    though Le Pen is named in between, inside a sentence; realnews-dev)."""
    reach = max(0, at - CHAIN_REACH)
    starts = [m.end() for m in _SENTENCE_END.finditer(raw, reach, at)]
    starts = [0, *starts] if reach == 0 else starts  # the text's first sentence, uncut
    mentions = sorted((span[0], e.name) for e in entities if e.kind == "person" for span in e.spans)
    chained = False
    for begin, end in reversed(list(zip(starts, [*starts[1:], at], strict=True))):
        opening = raw[begin:end].lstrip(' \t\n"“')
        if not opening:
            continue  # the quotation's own opening mark
        if opening.split(" ", 1)[0].lower() == pronoun.lower():
            chained = True
            continue
        if not chained:
            return None
        first = next((m for m in mentions if begin <= m[0] < end), None)
        if first is None or len(raw[begin : first[0]].split()) > _LEAD_WORDS:
            return None
        return first[1]
    return None


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
    if not one_person(pronoun):
        return True
    bodies = {e.name for e in entities if e.kind != "person"}
    return quote.speaker not in bodies and quote.speaker.split()[-1] not in ORG_ENDINGS
