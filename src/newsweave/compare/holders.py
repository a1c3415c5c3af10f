"""Whose figure it is: the subject a sentence states a figure of ("Velmar plans to send 210
rowers"), the holder of a share ("Orsini won with 54.2 per cent against Dalby's 45.8") and
the person an age is of ("Orsini, 54,"). Figures of two subjects are two measures."""

from __future__ import annotations

import re

from newsweave.compare.figures import clause, clause_before
from newsweave.compare.passages import Read
from newsweave.extract.entities import CALENDAR
from newsweave.model import Quantity, Sentence
from newsweave.text.terms import STOPWORDS

_CAPITALISED = re.compile(r"\b[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*")
_HOLDERS = frozenset({"person"})
_POSSESSIVE = re.compile(r"['’´]s?\b")
_OWNS = re.compile(r"['’´]s?\s+")  # "Le Pen's 41.8 percent"
# Who tells a figure is not who holds it: "a pollster said Orsini won 54%".
_TELLS = re.compile(
    r"\b(?:said|says|say|told|reported|reports|estimated|estimates|showed|shows|put|puts)\b",
    re.IGNORECASE,
)
# "31% for the party's candidate": held by whoever is named after it.
_HELD_AFTER = re.compile(r"(?:\s+of\s+the\s+votes?)?\s+for\b", re.IGNORECASE)
# "61% to 39%", "54.2 percent against 45.8 percent": the second share is the other side's,
# whoever the sentence named first (realnews-dev).
_OTHER_SIDE = re.compile(
    r"\d\s*(?:%|percent|per\s+cent)\s+(?:to|against|versus|vs\.?|compared\s+with)\s+$",
    re.IGNORECASE,
)
_GAP = re.compile(r"[\s,]*")
_LABEL = re.compile(r"\s+\d")  # "Category 4": a label of a number, not a name
_RELATIVE = re.compile(r"[\s,]*(?:who|whose)\b", re.IGNORECASE)
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# A share ("54.2 per cent", "45.8%") is a share of someone's: two candidates' shares of one
# vote are two measures (realnews-dev: the winner's two reported shares against the loser's).
SHARES = frozenset({"percent", "percentage point"})


def other_subjects(read_a: Read, a: Quantity, read_b: Read, b: Quantity) -> bool:
    """The two sentences are about different subjects: each names one first, in the figure's
    clause or else in its sentence, that the other does not name at all (DUC 2003 had two
    countries' team sizes, and a third candidate's share against the share of the vote
    counted: "Velmar plans to send 210 rowers" against "Ostrava ... will send 340")."""
    text_a, text_b = sentence_text(read_a, a), sentence_text(read_b, b)
    subject_a, subject_b = _clause_subject(read_a, a, text_a), _clause_subject(read_b, b, text_b)
    if subject_a is None or subject_b is None or subject_a == subject_b:
        return False
    return subject_a not in text_b and subject_b not in text_a


# An age is of the person named right after it ("the 48-year-old Ms Dalby"), before it in
# apposition ("Orsini, 54,", "Orsini, the 54-year-old mayor"), or, for "The 54-year-old"
# naming nobody, of the person the sentence before is about (the first it names).
AGES = frozenset({"year of age"})
_TITLE = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_APPOSED = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:aged\s+)?", re.IGNORECASE)
_SUBJECT_WORDS = 3  # words before a sentence's subject at most ("On Sunday, Orsini ...")
_UNNAMED = re.compile(r"\s*(?:the|this)\s+$", re.IGNORECASE)


def age_holder(read: Read, q: Quantity) -> str:
    """Whose age the figure is, by the last word of the fullest name ("" when unsaid)."""
    name = age_name(read, q)
    return _last_word(name) if name else ""


def age_name(read: Read, q: Quantity) -> str:
    """The fullest name of the person whose age the figure is, lower-cased ("" when
    unsaid): two outlets' ages of "Ilse Dorn" and "Jon Dorn" are two people's."""
    sentence = read.sentence_at(q.span[0])
    if q.unit not in AGES or sentence is None:
        return ""
    raw = read.article.article.raw
    people = sorted(
        (start, end, e.name)
        for e in read.facts.entities
        if e.kind in _HOLDERS
        for start, end in e.spans
    )
    here = [
        (start, end, name) for start, end, name in people if sentence.start <= start < sentence.end
    ]
    # Apposition first: "Orsini, the 54-year-old Unity Party candidate" is Orsini's age.
    apposed = [n for _, end, n in here if _APPOSED.fullmatch(raw, end, q.span[0])]
    after = [n for start, _, n in here if _TITLE.fullmatch(raw, q.span[1], start)]
    if apposed or after:
        return (apposed or after)[0].lower()
    if not _UNNAMED.fullmatch(raw, sentence.start, q.span[0]):
        return ""
    before = [s for s in read.article.sentences if s.end <= sentence.start]
    last = _subject_person(before[-1].text, {_last_word(n) for _, _, n in people}) if before else ""
    fullest = [n for _, _, n in people if last and _last_word(n) == last]
    return max(fullest, key=len).lower() if fullest else ""


def other_people(read_a: Read, a: Quantity, read_b: Read, b: Quantity) -> bool:
    """The two ages are of people with one last name and two full names."""
    name_a, name_b = age_name(read_a, a), age_name(read_b, b)
    full = len(name_a.split()) > 1 and len(name_b.split()) > 1
    return full and name_a != name_b


def _subject_person(text: str, people: set[str]) -> str:
    """The first name the sentence gives (its subject, as a rule), past function words, if
    it is a person's: "For Orsini, the victory ..." is Orsini; "Velmar Rowing beat Orsini"
    is nobody's (a team), never Orsini, named later."""
    for match in _CAPITALISED.finditer(text):
        if len(text[: match.start()].split()) > _SUBJECT_WORDS:
            break  # named past where a subject stands ("... his fourth Grand Slam title")
        words = [w for w in match.group(0).split() if w.lower() not in STOPWORDS]
        if words and words[0].lower() not in CALENDAR:
            last = _last_word(" ".join(words))
            return last if last in people else ""
    return ""


def _last_word(name: str) -> str:
    """A name's last word, lower-cased; "" for one whose last word is a function word
    (an entity such as "World No" read from "World No. 3 Orsini")."""
    last = name.split()[-1].lower()
    return "" if last in STOPWORDS else last


def holder(read: Read, q: Quantity) -> str:
    """Whose share a percentage is: the person named owning it ("Dalby's 45.8 percent"),
    else named first in its clause before it ("Orsini led Dalby with 54%"), else in its
    sentence before it, past whoever tells it ("a pollster said Orsini won 54%", "according
    to the pollster") and a dateline ("VELMAR —"); the one a "who" clause is about ("her
    uncle, Teodor, who managed only 12 per cent"); by the last word of the fullest name
    ("orsini"). "" for other figures, when unnamed, or when held by whoever is named after
    it ("31% for the party's candidate") or set against a first share ("61% to 39%")."""
    if q.unit in AGES:
        return age_holder(read, q)
    sentence = read.sentence_at(q.span[0])
    raw = read.article.article.raw
    if q.unit not in SHARES or sentence is None or _HELD_AFTER.match(raw, q.span[1]):
        return ""
    if _OTHER_SIDE.search(raw, max(sentence.start, q.span[0] - 40), q.span[0]):
        return ""
    name = _named_holder(read, q, sentence)
    return name.split()[-1].lower() if name else ""


def _named_holder(read: Read, q: Quantity, sentence: Sentence) -> str:
    raw = read.article.article.raw
    clause_start = q.span[0] - len(clause_before(read, q, sentence))
    relative = _RELATIVE.match(raw, clause_start) is not None
    named = [
        (start, end, e.name)
        for e in read.facts.entities
        if e.kind in _HOLDERS
        for start, end in e.spans
        if sentence.start <= start and end <= q.span[0]
    ]
    owner = [n for start, end, n in named if _OWNS.fullmatch(raw, end, q.span[0])]
    if owner:
        return owner[0]
    if relative:  # the name the "who" follows, if it is a person's
        antecedent = [n for _, end, n in named if _GAP.fullmatch(raw, end, clause_start)]
        return antecedent[0] if antecedent else ""
    told = max((m.end() for m in _TELLS.finditer(raw, sentence.start, q.span[0])), default=0)
    holders = sorted(
        (start >= clause_start, -start, n)
        for start, end, n in named
        if start >= told
        and not _POSSESSIVE.match(raw, end)
        and not raw[start:end].isupper()
        and not _SOURCE.search(raw, sentence.start, start)
    )
    return holders[-1][2] if holders else ""


def _clause_subject(read: Read, q: Quantity, sentence_text: str) -> str | None:
    sentence = read.sentence_at(q.span[0])
    own = _subject(clause(read, q, sentence)) if sentence else None
    return own or _subject(sentence_text)


def sentence_text(read: Read, q: Quantity) -> str:
    sentence = read.sentence_at(q.span[0])
    return sentence.text if sentence else ""


def _subject(text: str) -> str | None:
    """The first name in a sentence, past capitalised function words, calendar names and
    labels of a number ("a Category 4 hurricane", "Stage 2")."""
    for match in _CAPITALISED.finditer(text):
        name = match.group(0)
        label = _LABEL.match(text, match.end()) is not None
        if name.split()[0].lower() not in STOPWORDS and name.lower() not in CALENDAR and not label:
            return name
    return None
