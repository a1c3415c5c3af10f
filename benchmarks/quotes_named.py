"""Which gold quotations of PolNeAR a named person said, and that person's full name.

PolNeAR's Source is the local mention ("he", "Trump", "a campaign aide"), not resolved. A
digest names a speaker once, by the full name ("Donald Trump", not "Trump" or "he"), so the
named-speaker view keeps the gold quotations whose Source names a person (a capitalised name
that heads the mention: not "the Clinton campaign", "a spokesman for Trump", "CNN") and
gives each the full name the article writes for that person: the mention itself when it has a
first name and a surname, else the nearest full name with the same surname, earlier in the
article first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.extract.gazetteer import ORG_ENDINGS, ORGS, PLACES
from newsweave.text.names import (
    MODIFIERS,
    TITLES,
    NameRun,
    capitalised_runs,
    person_key,
    split_title,
)
from newsweave.text.terms import STOPWORDS

Span = tuple[int, int]

_NOT_PEOPLE = frozenset("I He She They We It You The A An This That These Those".split())
# A name after one of these is what the Source is about, not who it is ("a spokesman for
# Trump", "an aide to Clinton").
_GOVERNED = re.compile(r"\b(?:for|of|to|with|at|from|by|in|on)\s*$", re.I)


def source_person(text: str, source: Sequence[Span]) -> str | None:
    """The person's name a gold Source heads with ("Sen. Ted Cruz" -> "Ted Cruz"), or None
    for a pronoun, a description or a body."""
    for start, end in source:
        for run in capitalised_runs(text, start, end):
            name = _person_name(text, run, start, end)
            if name is not None:
                return name
    return None


def _person_name(text: str, run: NameRun, start: int, end: int) -> str | None:
    name = split_title(run.text)[1].split(" of ")[0]  # "Donald Hartley of Madison"
    words = name.split()
    if not words or words[0] in _NOT_PEOPLE or _GOVERNED.search(text[start : run.start]):
        return None
    if name in ORGS | PLACES or words[-1] in ORG_ENDINGS or name.isupper():
        return None
    after = text[run.end : end]
    if re.match(r"['’]|\s+[a-z]", after):  # "Clinton's aides", "the Trump campaign"
        return None
    return name


def full_name(text: str, name: str, at: int) -> str:
    """`name` as a full name: itself when it has two names, else the nearest "First Last"
    before `at` with its surname, else the first after, else the name as it is. A first name
    is a capitalised word the text never writes in lower case ("Stated Stone", "But Cruz"
    are not names)."""
    if len(person_key(name).split()) > 1:
        return name
    last = name.split()[-1]
    found = [
        (m.start(), f"{m.group(1)} {last}")
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s*)*{re.escape(last)}\b", text)
        if not re.search(rf"\b{m.group(1).lower()}\b", text)
        and m.group(1).lower() not in TITLES | MODIFIERS | STOPWORDS
    ]
    before = [n for s, n in found if s < at]
    after = [n for s, n in found if s >= at]
    return before[-1] if before else (after[0] if after else name)


def gold_speaker(text: str, source: Sequence[Span]) -> str | None:
    """The full name of the person a gold Source names, None when it names no person."""
    name = source_person(text, source)
    return full_name(text, name, source[0][0]) if name else None


def same_person(predicted: str | None, gold: str) -> bool:
    """The predicted speaker is the gold person under the full name: the gold's first name
    and surname, a middle name allowed ("Recep Tayyip Erdogan" for "Tayyip Erdogan")."""
    if predicted is None:
        return False
    ours, theirs = person_key(split_title(predicted)[1]).split(), person_key(gold).split()
    middle = ours[:-1] if len(theirs) > 1 else ours[:0]
    return bool(ours) and ours[-1] == theirs[-1] and (theirs[0] in middle or ours == theirs)
