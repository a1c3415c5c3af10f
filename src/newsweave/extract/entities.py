"""People, organisations and places named in one article, their variants merged.

No trained model: capitalised runs of words not explained by sentence case, titles and
honorifics as evidence of a person ("Secretary of State Antony Blinken", "Mr. Hale"), small
gazetteers for places and organisation names, and the article's own repetitions: a surname
alone ("Blinken") is the person named in full elsewhere in it, and close spellings of one
surname ("Zelenskyy", "Zelensky") are one person."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Sequence
from typing import NamedTuple

from newsweave.clean.sentences import split_sentences
from newsweave.extract.gazetteer import (
    ORG_ENDINGS,
    ORGS,
    PLACE_ENDINGS,
    PLACE_OPENINGS,
    PLACES,
)
from newsweave.extract.units import is_plural
from newsweave.model import Entity, Sentence
from newsweave.text.names import (
    TITLES,
    person_key,
    run_texts,
    spelled_alike,
    split_title,
    surname,
)
from newsweave.text.terms import STOPWORDS
from newsweave.text.timex.lexicon import MONTHS, WEEKDAYS

Span = tuple[int, int]

# Months, weekdays and time zones: "ET Thursday" is a time, never a speaker (realnews-dev).
CALENDAR = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset("et est edt gmt utc bst cet pt pst pdt cst cdt".split())
)
# Capitalised words that are never a name on their own: calendar words and sentence openers.
_NOT_NAMES = CALENDAR | frozenset(
    """i it the this that these those he she they we you his her their our its
    but and or if when while after before as in on at for with by from to of a an there here
    earlier later meanwhile however still yet so also even last next since despite everyone
    everybody someone somebody anyone anybody nobody everything something nothing""".split()
)
# Words never part of a person's name: what a button or a credit line says ("Surprise Me",
# "Buy Now", "AFP PHOTO": realnews-dev pages), a question word glued to a name ("Louvre
# What"). A run with one names no one, though it may name something.
_NEVER_IN_NAMES = frozenset(
    """me now what who how why here there this that you your we us our photo photos image
    images video handout""".split()
)
# Last words of capitalised runs that name a thing or a landform, not a person.
_NOT_PERSON_ENDINGS = frozenset(
    """Sea Ocean River Peninsula Mountains Island Islands Lake Gulf Bay Valley Strait Region
    Province County City Street Square Article Act Treaty Dialogue Summit Agreement Accord
    Stream Pipeline Day War Games Cup Prize Award Bill Plan Program Project Initiative Format
    Index Festival Conference""".split()
)
# Function words that are also first names.
_FIRST_NAME_WORDS = frozenset({"will"})
_SPEECH_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|added|wrote|asked|noted)\b")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_LOWER_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'-")
_MAY_BE_LOWER_WORD = re.compile(r"[a-z][a-z'-]+")
_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]")  # "Russian-annexed Crimea"
# ", a WGA member,", ", the port's chief spokeswoman,": up to four words, then the noun.
_APPOSED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,4}?([a-z]+)(?=[,.;]|\s+(?:of|for|at|in)\b)"
)
_PERSON_NOUNS = TITLES | frozenset("member official lawyer resident owner worker".split())


class Mention(NamedTuple):
    """One naming of an entity: its surface, [start, end) in raw, its kind ("person",
    "organization", "place", or "name" when the words alone do not tell), and the title the
    text put before it ("Secretary of State"). A named tuple: building the 50,000 mentions
    of 1,000 generated articles took 0.08 s as frozen dataclasses, 0.02 s as these."""

    text: str
    start: int
    end: int
    kind: str
    title: str = ""


def find_entities(
    raw: str, spans: Sequence[tuple[int, int]], sentences: Sequence[Sentence] | None = None
) -> tuple[Entity, ...]:
    """The people, organisations and places named in `raw`'s `spans`, in order of first
    mention, each with its variants merged and every mention's span. `sentences`: those of
    the spans when already split (`CleanArticle.sentences`), split here when not given."""
    return merge_mentions(find_mentions(raw, spans, sentences))


def find_mentions(
    raw: str, spans: Sequence[tuple[int, int]], sentences: Sequence[Sentence] | None = None
) -> list[Mention]:
    """Every naming of a person, organisation or place in `raw`'s `spans`, in text order."""
    lower_words = LowerWords(raw)
    if sentences is None:
        sentences = [s for start, end in spans for s in split_sentences(raw, start, end)]
    # An article names the same runs again and again (45,000 distinct of 75,000 runs in
    # 1,000 generated articles): each is read once, only its place in the text per run.
    readings: dict[tuple[str, bool], _Reading | None] = {}
    mentions = []
    for sentence in sentences:
        opening = _opening(raw, sentence.start)
        for text, start in run_texts(raw, sentence.start, sentence.end):
            key = (text, start == opening)
            if key not in readings:
                readings[key] = _reading(text, key[1], lower_words)
            reading = readings[key]
            if reading is not None:
                mentions.append(_placed(raw, reading, start))
    return _first_names_read(mentions, lower_words)


class LowerWords(Container[str]):
    """The words `raw` writes in lower case (the matches of `_LOWER_WORD`), asked for one by
    one: an article asks for 25 words on average, found where they stand in less time than
    all of its words are found (1,000 generated articles: 0.21 -> 0.14 s in one process)."""

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._written(word)
        return known

    def _written(self, word: str) -> bool:
        """Whether `_LOWER_WORD`'s scan of the text finds `word`: a match never leaves a
        stretch of `_LOWER_WORD_CHARS`, and the scan opens each stretch afresh, so the
        stretches around the places `word` stands are scanned, not the whole text."""
        raw = self._raw
        if _MAY_BE_LOWER_WORD.fullmatch(word) is None:
            return False
        at = raw.find(word)
        while at >= 0:
            start, end = at, at + len(word)
            while start > 0 and raw[start - 1] in _LOWER_WORD_CHARS:
                start -= 1
            while end < len(raw) and raw[end] in _LOWER_WORD_CHARS:
                end += 1
            # the character after the stretch decides a word boundary at its end
            if word in _LOWER_WORD.findall(raw, start, end + 1):
                return True
            at = raw.find(word, end)
        return False


def _first_names_read(mentions: list[Mention], lower_words: Container[str]) -> list[Mention]:
    """Two-word names whose first name is also a word ("Will Brand", "Mark Osei" in an
    article that says "will" and "mark") are people when the article names the surname alone
    as a person ("Brand said") and no one else by it: the lower-case word made them unknown
    names, and the person kept only the surname. A sentence's opening word is dropped with
    the capitalised common words ("Instead Brand said"), as before, and a function word is
    none but "Will" ("Did Brand", "Both Brand" in a headline)."""
    surnames = {m.text for m in mentions if m.kind == "person" and " " not in m.text}
    surnames -= {m.text.split()[-1] for m in mentions if m.kind == "person" and " " in m.text}
    if not surnames:
        return mentions
    return [
        mention._replace(kind="person")
        if mention.kind == "name" and _first_name_read(mention.text.split(), surnames, lower_words)
        else mention
        for mention in mentions
    ]


def _first_name_read(words: list[str], surnames: set[str], lower_words: Container[str]) -> bool:
    first = words[0].lower()
    return (
        len(words) == 2
        and words[1] in surnames
        and first in lower_words
        and (first not in STOPWORDS or first in _FIRST_NAME_WORDS)
        and words[1].lower() not in lower_words
        and words[0][0].isupper()
    )


def _opening(raw: str, start: int) -> int:
    """Where a sentence's first word begins, past quote marks and brackets."""
    while start < len(raw) and raw[start] in "\"'“‘([ ":
        start += 1
    return start


class _Reading(NamedTuple):
    """What a run of capitalised words names, wherever it stands: the words dropped from its
    front (`skipped`: the word after each, to find in the text), its title, its name and the
    name's first word, and the name's kind (None: a person if speech follows it, else a
    name)."""

    skipped: tuple[str, ...]
    text: str
    title: str
    name: str
    head: str
    kind: str | None


def _reading(text: str, opens_sentence: bool, lower_words: Container[str]) -> _Reading | None:
    words = text.split()
    skipped = []
    if opens_sentence and len(words) > 3 and words[1] == "of" and is_plural(words[0]):
        # "Supporters of Emmanuel Macron cheered": a group opens the sentence, the name
        # follows (realnews-dev read "Supporters of Emmanuel Macron" as one unknown name).
        skipped += words[1:3]
        words = words[2:]
        opens_sentence = False
    # A sentence's first word is capitalised anyway: drop it when it is a common word.
    while words and (
        (first := words[0].lower()) in _NOT_NAMES
        or ("-" in words[0] and _LOWER_AFTER_HYPHEN.search(words[0]) is not None)
        or (opens_sentence and (first in STOPWORDS or first in lower_words))
    ):
        if len(words) > 1:
            skipped.append(words[1])
        words = words[1:]
        opens_sentence = False
    if not words:
        return None
    text = " ".join(words)
    # A body's name keeps the words a person's title would lose ("European Union", "US
    # Treasury Department": realnews-dev listed "Union" and "Commission").
    title, name = ("", text) if words[-1] in ORG_ENDINGS else split_title(text)
    name = without_home(name)
    if not name or name.lower() in _NOT_NAMES or len(name) < 2:
        return None
    kind = _kind(name, title, lower_words)
    return _Reading(tuple(skipped), text, title, name, name.split()[0], kind)


def _placed(raw: str, reading: _Reading, start: int) -> Mention:
    """The mention `reading` makes of the run at `start`."""
    for word in reading.skipped:
        start = raw.index(word, start)
    name = reading.name
    name_start = raw.find(reading.head, start + len(reading.title))
    end = name_start + len(name) if raw.startswith(name, name_start) else start + len(reading.text)
    kind = reading.kind or (
        "person" if _SPEECH_AFTER.match(raw, end) or _introduced(raw, end) else "name"
    )
    return Mention(name, name_start, end, kind, reading.title)


def _shouted(words: list[str]) -> bool:
    """Two or more long words in capitals are a heading ("GOVERNMENT SEES ARM-TWISTING",
    "DON'T TOUCH THAT DIAL"), not a name; a surname in capitals beside a first name
    ("Philippe LOPEZ", an agency's credit) or an acronym ("NASA") is not."""
    return sum(len(w) >= 4 and w.isupper() for w in words) >= 2


def _introduced(raw: str, end: int) -> bool:
    """The name is set beside what a person is ("Colbert, a WGA member, prepared ...",
    "Lind, the port's spokeswoman,": realnews-dev left Colbert unknown, and his "he said"
    no one's)."""
    found = _APPOSED.match(raw, end)
    return found is not None and found.group(1).lower() in _PERSON_NOUNS


def without_home(name: str) -> str:
    """A person's name without the place or body they are "of" ("Sen. Tom Carper of
    Delaware", "George Zornick of The Nation" -> the person) when two words or more stand
    before it and do not end as a body or a thing's name does ("Bank of England", "Fort Alder
    Church of Christ" and "United States of America" keep theirs)."""
    person, _, home = name.partition(" of ")
    words = person.split()
    if not home or len(words) < 2 or person in PLACES or person in ORGS:
        return name
    return name if words[-1] in ORG_ENDINGS | _NOT_PERSON_ENDINGS else person


def _kind(name: str, title: str, lower_words: Container[str]) -> str | None:
    """The kind of a name by its words and title; None when it is a person only if speech
    follows it ("Roe said")."""
    words = name.split()
    if name in PLACES:
        return "place"
    if name in ORGS or words[-1] in ORG_ENDINGS or (_ACRONYM.fullmatch(name) is not None):
        return "organization"
    if any(w.lower() in _NEVER_IN_NAMES for w in words) or _shouted(words):
        return "name"
    if any(w.lower().rstrip(".") in TITLES for w in title.split() + words[:1]):
        return "person"
    if len(words) > 1 and (words[-1] in PLACE_ENDINGS or words[0] in PLACE_OPENINGS):
        return "place"
    if words[-1] in _NOT_PERSON_ENDINGS or any(w.lower() in lower_words for w in words):
        return "name"
    if len(words) > 1 and all(w[0].isupper() or len(w) <= 3 for w in words):
        return "person"
    return None


def merge_mentions(mentions: Sequence[Mention]) -> tuple[Entity, ...]:
    """Mentions grouped into entities: people by name key, surname and close spelling;
    organisations and places by their words; bare names that match no person dropped."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    named = {m.text for m in mentions if m.kind == "person"}  # each name's key found once
    full_names = {text for text in named if len(person_key(text).split()) > 1}
    people = [m for m in mentions if m.kind == "person" and m.text in full_names]
    people = _without_bare_particle_surnames(people)
    full_keys = _person_keys(people)
    # initial -> surname -> groups of full names: only names of one initial are spelled alike
    by_surname: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for full_key, group in full_keys.items():
        last = full_key.split()[-1]
        by_surname[last.lower()[:1]][last].add(group)
    alike: dict[str, set[str]] = {}  # surname -> groups of full names with one spelled alike
    # A mention's group follows from its kind and words, which come back again and again.
    keys: dict[tuple[str, str], str | None] = {}
    for mention in mentions:
        said = (mention.kind, mention.text)
        if said not in keys:
            keys[said] = _group_key(mention, full_keys, by_surname, alike)
        key = keys[said]
        if key is not None:
            groups[key].append(mention)
    entities = [_entity(key, members) for key, members in groups.items()]
    return tuple(sorted(entities, key=lambda e: e.spans[0]))


# Particles a surname may open with ("Le Pen", "van Dijk", "de Gaulle").
_PARTICLES = frozenset(
    "le la de du des van von der den da di del dos das al el bin ter ten".split()
)


def _without_bare_particle_surnames(people: list[Mention]) -> list[Mention]:
    """Full names less the surnames of them that open with a particle ("Le Pen" of "Marine
    Le Pen"): those name the person by surname, as "Pen" would."""
    keys = {person_key(m.text) for m in people}
    return [
        m
        for m in people
        if not (
            (key := person_key(m.text)).split()[0] in _PARTICLES
            and any(other.endswith(" " + key) for other in keys)
        )
    ]


def _person_keys(people: Sequence[Mention]) -> dict[str, str]:
    """Each full person-name key mapped to the key of its group: keys whose first names agree
    and whose surnames are spelled alike share the first such key seen."""
    canonical: dict[str, str] = {}
    for mention in people:
        key = person_key(mention.text)
        if key in canonical:
            continue
        first, last = key.split()[0], key.split()[-1]
        canonical[key] = next(
            (
                group
                for other, group in canonical.items()
                if other.split()[0] == first and spelled_alike(other.split()[-1], last)
            ),
            key,
        )
    return canonical


def _group_key(
    mention: Mention,
    full_keys: dict[str, str],
    by_surname: dict[str, dict[str, set[str]]],
    alike: dict[str, set[str]],
) -> str | None:
    """The group of a mention; `alike` keeps each surname's matching groups, as an article
    names the same people again and again (comparing each mention with every full name was
    a fifth of extracting an article's entities), and each surname of the full names is
    compared once, not once per full name."""
    if mention.kind in ("organization", "place"):
        return f"{mention.kind}:{mention.text.lower()}"
    key = person_key(mention.text)
    if key in full_keys:
        return "person:" + full_keys[key]
    last = surname(mention.text)
    if last not in alike:
        alike[last] = {
            group
            for other, groups in by_surname[last.lower()[:1]].items()
            if spelled_alike(other, last)
            for group in groups
        }
    matches = alike[last]
    if len(matches) == 1:
        return "person:" + next(iter(matches))
    if mention.kind == "person" and not matches:
        return "person:" + _family_name_first(key, full_keys)
    return None


def _family_name_first(key: str, full_keys: dict[str, str]) -> str:
    """A one-word person that is the first word of one full name and the last of none is
    that person, named family name first ("Xi" of "Xi Jinping", realnews-dev) or by first
    name; else the name alone."""
    if " " in key:
        return key
    groups = {group for full, group in full_keys.items() if full.split()[0] == key}
    return groups.pop() if len(groups) == 1 else key


def _entity(key: str, members: Sequence[Mention]) -> Entity:
    kind = key.split(":", 1)[0]
    texts = [m.text for m in members]
    variants = tuple(dict.fromkeys(texts))
    # Most entities are named one way (12,200 of 14,600 in 1,000 generated articles).
    name = variants[0] if len(variants) == 1 else _fullest(kind, members, texts, variants)
    spans = tuple(sorted({(m.start, m.end) for m in members}))
    return Entity(name=name, kind=kind, variants=variants, spans=spans)


def _fullest(
    kind: str, members: Sequence[Mention], texts: list[str], variants: tuple[str, ...]
) -> str:
    """The full form of the name the article uses most; first seen wins a tie."""
    # A run that only ends in the surname ("PM The National Review Crowd Does Not Like Donald
    # Trump", a headline link) joins the person but never names them.
    named = {m.text for m in members if m.kind == kind} or set(variants)
    size = {v: len(person_key(v).split() if kind == "person" else v.split()) for v in named}
    longest = max(size.values())
    full = [v for v in variants if size.get(v) == longest]
    return max(full, key=texts.count)
