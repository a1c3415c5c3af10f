"""Who a quotation is attributed to: the words of an attribution ("State Department
spokesperson Ned Price", "the spokesperson, Emily Horne", "a senior administration official",
"he") read as a speaker, a role, and whether the source is unnamed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsweave.extract.entities import CALENDAR, without_home
from newsweave.model import Entity
from newsweave.text.names import NameRun, capitalised_runs, person_key, split_title, surname
from newsweave.text.outlets import MASTHEAD_WORDS, known_outlet
from newsweave.text.patterns import guarded, word_alternation

Span = tuple[int, int]

# Reporting verbs and phrases that attribute a quotation (PolNeAR train cues, most frequent,
# with the present tense that Breitbart's "Bozell explains" and "Viguerie concludes" write;
# a song's words are the singer's: "sings" took train 400-840 named speakers 0.968 -> 0.970).
CUES = (
    "said|says|say|told|tells|added|adds|wrote|writes|explained|explains|continued|continues|"
    "noted|notes|stated|states|argued|argues|asked|asks|replied|replies|responded|responds|"
    "insisted|insists|declared|declares|warned|warns|claimed|claims|recalled|recalls|tweeted|"
    "posted|remarked|acknowledged|conceded|admitted|announced|countered|exclaimed|joked|quipped|"
    "predicted|suggested|urged|vowed|promised|pledged|boasted|complained|cautioned|emphasized|"
    "emphasised|stressed|observed|concluded|concludes|shouted|yelled|testified|reiterated|"
    "confirmed|charged|mused|lamented|chimed in|went on|goes on|pointed out|points out|"
    "maintained|maintains|echoed|echoes|answered|answers|asserted|interjected|opined|chanted|"
    "read|reads|saying|writing|adding|telling|asking|tweeting|chanting|shouting|reading|"
    "declaring|noting|recalling|explaining|arguing|insisting|warning|yelling|demanded|"
    "shot back|fired back|put it|puts it|according to|sang|sings"
)
PRONOUNS = frozenset("he she they i we it".split())
# Head nouns of an unnamed source ("a senior administration official", "the person").
SOURCE_NOUNS = frozenset(
    """official officials source sources person people spokesman spokeswoman spokesperson
    spokespeople aide aides adviser advisers advisor advisors diplomat diplomats officer
    officers analyst analysts expert experts member members staffer staffers lawmaker
    lawmakers executive executives employee employees insider insiders someone observer
    observers witness witnesses resident residents critic critics supporter supporters
    representative representatives strategist strategists operative operatives ally allies
    insider confidant associate associates friend friends negotiator negotiators""".split()
)
# How many words into an apposition its role noun may stand ("the former deputy head of").
_ROLE_REACH = 5
# Lower-case words that belong to a role in front of a name ("National Security Council
# spokeswoman", "Republican presidential candidate").
_ROLE_WORDS = frozenset(
    """head pastor editor columnist host pollster scientist spokesman spokeswoman spokesperson
    secretary minister adviser advisor director chief press deputy assistant senior former
    acting candidate nominee hopeful front-runner presidential vice chairman chairwoman leader
    officer envoy ambassador correspondent reporter analyst professor president governor
    senator representative mayor attorney general campaign manager strategist economist
    commissioner lawyer counsel founder""".split()
)
# Either, joined once: joined at each use, the sets were 2% of finding quotes (200
# generated articles: 7.6 M instructions).
_ROLE_OR_SOURCE = _ROLE_WORDS | SOURCE_NOUNS
# Titles and abbreviations whose full stop ends no sentence ("Sen. Roe", "Rev. Roe").
ABBREVIATIONS = frozenset(
    "Mr Ms Dr St Lt Ft Jr Sr Mrs Sen Rep Gov Gen Rev Col Sgt Maj Adm Capt Prof Cmdr".split()
)
FULL_STOP = (
    "(?<!\\b[A-Z])"
    + "".join(
        rf"(?<!\b(?:{'|'.join(sorted(w for w in ABBREVIATIONS if len(w) == n))}))"
        for n in (2, 3, 4)
    )
    + "\\."
)
# A relative clause or a new sentence ends the speaker's phrase; the full stop of an initial
# or a title ("J. Gerald Roe", "Sen. Roe") does not.
# Guarded: the stop's look back at the words before it was tried at every character (11 us
# a phrase, 1,000 generated articles).
_RELATIVE = guarded(
    re.compile(rf"(?:[.,]?\s+(?:who|which|speaking|speaks)\s|{FULL_STOP}\s+(?=[a-zA-Z]))")
)
# Words that lead into the speaker and are not part of it: a conjunction or a relative
# ("And he added", "which he said"), or an opening phrase up to its comma ("In her address,
# Truss said", "Following the launch, it tweeted", "ET Thursday, the clerk said"). What such
# a phrase leaves is the speaker; a phrase that is all lead-in ("and vowed", "In essence,
# said ...") names none (realnews-dev).
_CONJUNCTION = re.compile(r"(?i:and|but|so|yet|still|then|now|which|who|as|while)\b\s*")
_LEAD_IN_WORDS = """in on at after following from with during later meanwhile earlier speaking
    asked in_essence however when although though because since if once until despite as_for
    monday tuesday wednesday thursday friday saturday sunday et est edt gmt utc"""
# The words as a trie ("in essence" and "in" end at the same comma): one after another, they
# took half as long again.
_LEAD_IN = re.compile(
    rf"(?i:{word_alternation(w.replace('_', ' ') for w in _LEAD_IN_WORDS.split())})"
    r"\b[^,—–]*(?:[,—–]\s*|$)"
)
# A longer phrase names no speaker, unless it opens with a name set off by a comma.
_MAX_WORDS = 14
# Possessive: a comma can only follow the whole run, and trying each shorter one before it
# failed took most of the time.
_OPENING_NAME = re.compile(r"[A-Z][\w.'’-]*+(?:\s+(?:[A-Z][\w.'’-]*+|de|van|von|al))*+(?=,)")
# An age or a party and state after a name ("Lind, 54, said", "Sen. Roe, R-Ky., said").
_AGE_OR_PARTY = re.compile(r",\s*(?:\d{1,3}|\(?[RDI]-[A-Z][A-Za-z.]*\)?)\s*,?\s*$")
_PRONOUN_PART = re.compile(r",\s*(he|she|they|I|we)\s*$")
# The part after the phrase's last comma when it opens and ends with a capital: the speaker,
# after an opening phrase that _LEAD_IN does not know ("As for the pundits, Roe said").
_NAMED_LAST = re.compile(r"[,—–]\s*([A-Z][^,—–]*?(?:^|\s)[A-Z(][^,\s]*|[A-Z][^,\s]*)\s*$")
# Words a speaker's phrase never opens with: what is left of a clause after a partial
# quotation ('it was "premature" to back Roe while adding') (PolNeAR train, speakers read).
_NO_SUBJECT = frozenset(
    """to for about with that against than by including there is was are were of into over
    under while and or but if whether being pointing""".split()
)
# "Mr Macron said": a form of address, no role to show beside the name (realnews-dev's
# "John Bel Edwards, Mr").
_HONORIFICS = frozenset("mr mrs ms miss mx".split())
# A past participle after a description opens what is said of it ("the press release
# published on the ECB website", cut at "on": realnews-dev), not part of who speaks.
_TRAILING_PARTICIPLE = re.compile(r"\s+[a-z]+ed$")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)\b")
_DETERMINER = re.compile(r"\b(?:a|an|the|one|two|three|several|some|many|other|another)\s", re.I)


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)$")
_AGENT = re.compile(r"\s*by\s+(?P<agent>[^,;:]+)")


# A description that stands for one person named before, as "he" or "she" does: "The
# 65-year-old said" (realnews-dev, after "the actress and President of SAG-AFTRA").
_AGE_DESCRIPTION = re.compile(r"the\s+(?:[a-z]+\s+)?\d{1,3}-year-old", re.IGNORECASE)


def one_person(pronoun: str) -> bool:
    """Whether a pronoun-like speaker refers to one person: "he", "she", "the 65-year-old"."""
    return pronoun.lower() in ("he", "she") or _AGE_DESCRIPTION.fullmatch(pronoun) is not None


class Speaker(NamedTuple):
    """A speaker as resolved: `name` the fullest name or the unnamed source's description,
    `span` the mention in raw. A named tuple (see `Fragment`)."""

    name: str
    span: Span
    role: str | None = None
    anonymous: bool = False
    pronoun: bool = False
    kind: str = "person"  # "organization" for a body or place that speaks, "outlet" for news


def read_speaker(
    raw: str, start: int, end: int, entities: Sequence[Entity], subject_first: bool = False
) -> Speaker | None:
    """The speaker named by `raw[start:end]`, the words an attribution gives: a person (by the
    fullest name the article gives), a pronoun, an organisation, or an unnamed source.
    `subject_first`: the words are a whole clause before a participle cue ("Warren endorsed
    Clinton, saying"), whose subject speaks."""
    while start < end and raw[start] in " ,;:\n\t~*•–—-":
        start += 1
    while end > start and raw[end - 1] in " ,;:\n\t":
        end -= 1
    for lead_in in (_CONJUNCTION, _LEAD_IN):
        found = lead_in.match(raw, start, end)
        start = found.end() if found else start
    if _AGE_DESCRIPTION.fullmatch(raw, start, end):
        return Speaker(raw[start:end], (start, end), pronoun=True)
    age = _AGE_OR_PARTY.search(raw, start, end)
    end = age.start() if age else end
    named_last = _NAMED_LAST.search(raw, start, end)  # "Soon after the vote, Gov. Roe (R-OH)"
    if named_last and not _ends_in_role(raw[start : named_last.start()]):
        start = named_last.start(1)
    relative = _RELATIVE.search(raw, start, end)  # "an official, who spoke on condition"
    end = relative.start() if relative else end
    pronoun = _PRONOUN_PART.search(raw, start, end)  # "Biden, they added"
    if pronoun:
        start, end = pronoun.start(1), pronoun.end(1)
    opening = _OPENING_NAME.match(raw, start, end)  # "Jane Roe, pastor of ... and ...,"
    if opening and len(raw[start:end].split()) > _MAX_WORDS:
        return read_name(raw, start, opening.end(), entities)
    phrase = raw[start:end]
    if not phrase or len(phrase.split()) > _MAX_WORDS:
        return None
    if phrase.lower() in PRONOUNS:
        return Speaker(phrase, (start, end), pronoun=True)
    named = _named(raw, start, end, entities, subject_first)
    if named is not None:
        return named
    return _unnamed(raw, start, end)


def passive_agent(raw: str, who: Span, tail: Span) -> Span:
    """Who speaks through a passive cue: the agent after "by" ("Roe was asked by host Lee,
    who backs him,": "host Lee"), else the cue's subject, `who`."""
    agent = _AGENT.match(raw, *tail)
    return agent.span("agent") if agent and _PASSIVE.search(raw, *who) else who


def _ends_in_role(words: str) -> bool:
    """Whether words end in a role ("the spokesperson", set before ", Emily Horne")."""
    last = words.split()[-1:]
    return bool(last) and last[0].lower().strip(".,") in _ROLE_OR_SOURCE


def _named(
    raw: str, start: int, end: int, entities: Sequence[Entity], subject_first: bool = False
) -> Speaker | None:
    """A person named in the phrase, else an organisation: the name that opens it before an
    apposition ("Jane Roe, a spokeswoman for the Harbour Authority,"), else the last
    capitalised run holding one that the phrase does not govern ("an aide to Roe", "Roe's
    campaign" name no speaker)."""
    bodies: list[Speaker] = []
    for run in _candidates(raw, start, end, subject_first):
        if is_outlet(run.text) and not _is_person(run, entities):  # not Michael Bloomberg
            bodies.append(Speaker(run.text, (run.start, run.end), kind="outlet"))
            continue
        body = _body_at(run, entities)
        if body is not None:  # "Chinese Foreign Ministry", not a "Foreign Ministry" titled so
            bodies.append(Speaker(body.name, (run.start, run.end), kind="organization"))
            continue
        title, name = split_title(run.text)
        name = without_home(name)
        if not name or name.lower() in PRONOUNS:
            continue
        name_start = run.start + run.text.rindex(name.split()[0])
        span = (name_start, name_start + len(name))
        entity = _entity_of(name, entities, name_start)
        kind = entity.kind if entity else _kind_of(title, name)
        head = raw[run.end : end].split()
        if head and head[-1].lower() in _ROLE_OR_SOURCE and "," not in raw[run.end : end]:
            return None  # "a White House official", "the U.S. president": described, not named
        if kind == "person":
            before = role_before(raw, span[0], start)
            role = "" if before.lower().rstrip(".") in _HONORIFICS else before
            role = role or _apposition(raw, run.end, end)
            return Speaker(entity.name if entity else name, span, role or None)
        if kind:
            bodies.append(Speaker(entity.name if entity else name, span, kind="organization"))
    return bodies[0] if bodies else None


# Last words of a newspaper's or a broadcaster's name ("The Harbour Times", "Eastfield
# Gazette"): no person's or public body's name ends so.
_OUTLET_ENDINGS = frozenset(
    """Times Post Journal Gazette Herald Tribune Telegraph Chronicle Inquirer Examiner Courier
    Dispatch Bulletin Newsweek Magazine Newspaper News""".split()
)
_PARTY = re.compile(r"[RDI]-")


def _is_person(run: NameRun, entities: Sequence[Entity]) -> bool:
    entity = _entity_of(run.text, entities, run.start)
    return entity is not None and entity.kind == "person"


def is_outlet(name: str) -> bool:
    """Whether a name is a news outlet's: a known one (`text/outlets.py`) or one whose last
    word a newspaper's or a broadcaster's name ends with, not a party and a place ("D-Newport
    News" of "Del. Marcia Price (D-Newport News)", PolNeAR dev)."""
    if known_outlet(name) is not None:
        return True
    last = name.split()[-1]
    return last.istitle() and last.lower() in MASTHEAD_WORDS and _PARTY.match(name) is None


def _kind_of(title: str, name: str) -> str:
    """The kind of a name the article's entities do not know: a person when titled or of two
    words or more, none when a word of it is a time ("ET Thursday")."""
    if any(w.lower().rstrip(".") in CALENDAR for w in name.split()):
        return ""
    return "person" if title or " " in name else ""


def read_name(raw: str, start: int, end: int, entities: Sequence[Entity]) -> Speaker | None:
    """The person of the article's entities that `raw[start:end]` names, None for anything
    else ("That", "Iowa", "From The New York Times")."""
    speaker = _named(raw, start, end, entities)
    people = {e.name for e in entities if e.kind == "person"}
    return speaker if speaker is not None and speaker.name in people else None


_GOVERNED = re.compile(
    r"\b(?:to|for|of|with|at|from|by|about|against|under|on|in|into|via|through)\s+"
    r"(?:(?:the|a|an)\s+)?$"
)


def _candidates(raw: str, start: int, end: int, subject_first: bool) -> list[NameRun]:
    """The phrase's capitalised runs in the order they may name the speaker: an opening name
    set off by a comma, then the free runs (`free_runs`) from the last, or from the first for
    a clause's subject."""
    runs = capitalised_runs(raw, start, end)
    opening = [r for r in runs[:1] if r.start == start and raw.startswith(",", r.end)]
    free = free_runs(raw, start, end, runs)
    return opening + (free if subject_first else free[::-1])


def free_runs(
    raw: str, start: int, end: int, runs: Sequence[NameRun] | None = None
) -> list[NameRun]:
    """The capitalised runs of `raw[start:end]` that may be its subject: not possessives
    ("Roe's campaign") nor governed by a preposition ("an aide to Roe"), unless a title heads
    them ("for Innovation CEO Sheila Warren")."""
    return [
        run
        for run in (capitalised_runs(raw, start, end) if runs is None else runs)
        if not raw.startswith(("'", "’"), run.end)
        and not (_GOVERNED.search(raw, start, run.start) and not split_title(run.text)[0])
    ]


def _body_at(run: NameRun, entities: Sequence[Entity]) -> Entity | None:
    """The organisation the article's entities find at the run, whole: read as a person's
    title and name, "Chinese Foreign Ministry" was a person (realnews-dev)."""
    for entity in entities:
        if entity.kind == "organization" and (run.start, run.end) in entity.spans:
            return entity
    return None


def _entity_of(name: str, entities: Sequence[Entity], at: int) -> Entity | None:
    """The entity a name refers to: one with that variant, else the person whose surname it
    is, the one named last before `at` when several share it ("Clinton" after "Bill
    Clinton")."""
    for entity in entities:
        if name in entity.variants:
            return entity
    if len(person_key(name).split()) > 1:
        return None
    people = [e for e in entities if e.kind == "person" and surname(e.name) == surname(name)]
    if len(people) <= 1:
        return people[0] if people else None
    last_named = {max((s for s, _ in e.spans if s < at), default=-1): e for e in people}
    latest = max(last_named)
    return last_named[latest] if latest >= 0 else None


def role_before(raw: str, name_start: int, limit: int) -> str:
    """The role the text writes right before a name ("State Department spokesperson",
    "Secretary of State", "the spokesperson,"), within `raw[limit:name_start]`."""
    words = list(re.finditer(r"[\w.’'-]+|,", raw[limit:name_start]))
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        text = word.group()
        if text == "," and not kept:  # "the spokesperson, Emily Horne"
            continue
        if text[0].isupper() or text.lower().rstrip(".") in _ROLE_WORDS or (text == "of" and kept):
            kept.append(word)
            continue
        break
    while kept and kept[0].group() == "of":
        kept.pop(0)
    if not kept:
        return ""
    role = raw[limit + kept[-1].start() : limit + kept[0].end()].rstrip(",")
    role = role if role.split()[-1].rstrip(".") in ABBREVIATIONS else role.rstrip(".")
    return role if any(w.group()[0].islower() or _is_title(w.group()) for w in kept) else ""


def _is_title(word: str) -> bool:
    return split_title(word)[1] == ""


def _apposition(raw: str, start: int, end: int) -> str:
    """The role after a name: "Jane Roe, a spokeswoman for the campaign," or "Jane Roe, the
    head of the port authority," -> that role: a role word in its first words, after a
    determiner or opening it. The apposition ends at its comma ("Mark Cohen, the lawyer
    representing him, while adding": realnews-dev gave the role as "..., while")."""
    tail = raw[start:end].strip(" ,").split(",", 1)[0]
    words = [w.lower().strip(",.") for w in tail.split()[:_ROLE_REACH]]
    opens_with_role = bool(words) and words[0] in _ROLE_WORDS
    led = _DETERMINER.match(tail + " ") is not None or opens_with_role
    return tail if led and set(words) & _ROLE_OR_SOURCE else ""


def _unnamed(raw: str, start: int, end: int) -> Speaker | None:
    """An unnamed source ("a senior administration official", "officials") or a body
    described in lower case ("the campaign"): the description from its determiner on. A
    clause with a pronoun in it is the pronoun's ("naturally he expected", "she released a
    statement"); words that open with a preposition or a verb are no one ("for Roe and")."""
    phrase = raw[start:end]
    words = phrase.split()
    if not words or not words[-1][0].isalpha() or words[0] in _NO_SUBJECT:
        return None
    trailing = _TRAILING_PARTICIPLE.search(phrase)  # "reads the press release published"
    if trailing and len(words) > 2:
        end, phrase, words = start + trailing.start(), phrase[: trailing.start()], words[:-1]
    pronoun = _SUBJECT_PRONOUN.search(phrase)
    if pronoun and not _DETERMINER.match(phrase + " "):
        return Speaker(
            pronoun.group(), (start + pronoun.start(), start + pronoun.end()), pronoun=True
        )
    anonymous = words[-1].lower().rstrip(".,") in SOURCE_NOUNS
    determiners = [m.start() for m in _DETERMINER.finditer(phrase + " ")]
    first = start + determiners[-1] if determiners and anonymous else start
    if len(raw[first:end].split()) > 8:
        return None
    return Speaker(raw[first:end], (first, end), anonymous=anonymous)
