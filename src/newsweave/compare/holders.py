"""Whose figure it is: the subject a sentence states a figure of ("North Korea plans to send
317 athletes"), and the holder of a share ("Macron won with 58.5 per cent of the vote against
Le Pen's 41.5 per cent"). Figures of two subjects are two measures."""

from __future__ import annotations

import re

from newsweave.compare.figures import clause, clause_before
from newsweave.compare.passages import Read
from newsweave.model import Quantity
from newsweave.text.terms import STOPWORDS

_CAPITALISED = re.compile(r"\b[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*")
_CALENDAR_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
_POSSESSIVE = re.compile(r"['’]s?\b")
# "Le Pen's 41.8 percent": the name that owns the figure.
_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?\s+$")
# A share ("58.5 per cent", "41.8%") is a share of someone's: two candidates' shares of one
# vote are two measures (realnews-dev: Macron's 58.2 and 58.5 per cent against Le Pen's 41.8).
SHARES = frozenset({"percent", "percentage point"})


def other_subjects(read_a: Read, a: Quantity, read_b: Read, b: Quantity) -> bool:
    """The two sentences are about different subjects: each names one first, in the figure's
    clause or else in its sentence, that the other does not name at all (DUC 2003: "North
    Korea plans to send 317 athletes" and "China ... will send 596 athletes"; "..., and Ciro
    Gomes ... had 11 percent" against "With 22 percent of the vote counted, Cardoso ...")."""
    text_a, text_b = sentence_text(read_a, a), sentence_text(read_b, b)
    subject_a, subject_b = _clause_subject(read_a, a, text_a), _clause_subject(read_b, b, text_b)
    if subject_a is None or subject_b is None or subject_a == subject_b:
        return False
    return subject_a not in text_b and subject_b not in text_a


def holder(read: Read, q: Quantity) -> str:
    """Whose share a percentage is: the name owning it ("Le Pen's 41.8 percent"), else the
    first name of its clause before it ("Macron led Le Pen with 58%"), else of its sentence,
    by its last word ("macron" for "President Emmanuel Macron"). "" for other figures or when
    no name is given."""
    sentence = read.sentence_at(q.span[0])
    if q.unit not in SHARES or sentence is None:
        return ""
    before = clause_before(read, q, sentence)
    owner = _OWNER.search(before)
    name = owner.group(1) if owner else _first_holder(before) or _first_holder(sentence.text)
    return name.split()[-1].lower() if name else ""


def _first_holder(text: str) -> str | None:
    """The first name that holds what follows it, not one that owns a noun ("Macron's
    opponent, Marine Le Pen, received ...") nor a dateline in capitals ("PARIS —")."""
    for match in _CAPITALISED.finditer(text):
        name = match.group(0)
        owns = _POSSESSIVE.match(text, match.end())
        if name.split()[0].lower() not in STOPWORDS and not owns and not name.isupper():
            return name
    return None


def _clause_subject(read: Read, q: Quantity, sentence_text: str) -> str | None:
    sentence = read.sentence_at(q.span[0])
    own = _subject(clause(read, q, sentence)) if sentence else None
    return own or _subject(sentence_text)


def sentence_text(read: Read, q: Quantity) -> str:
    sentence = read.sentence_at(q.span[0])
    return sentence.text if sentence else ""


def _subject(text: str) -> str | None:
    """The first name in a sentence, past capitalised function words and calendar names."""
    names = _names(text)
    return names[0] if names else None


def _names(text: str) -> list[str]:
    """The names in a text, past capitalised function words and calendar names."""
    return [
        name
        for match in _CAPITALISED.finditer(text)
        if (name := match.group(0)).split()[0].lower() not in STOPWORDS
        and name.lower() not in _CALENDAR_NAMES
    ]
