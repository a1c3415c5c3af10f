"""The words around a number: whether it is a quantity at all (not a date, a clock time, a
year or part of a name), and what unit or counted noun follows it."""

from __future__ import annotations

import re

from newsweave.extract.units import (
    COUNTED_PARTICIPLES,
    CURRENCY_WORDS,
    MEASURES,
    SYNONYMS,
    counted,
    is_plural,
    lemma,
)
from newsweave.text.patterns import guarded, word_alternation

_MONTH = (
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june"
    r"|july|august|september|october|november|december"
)
# The months as a trie, and the search guarded: tried word by word at each character, the
# search took the most time of the checks on a number (1,000 generated articles).
_MONTHS = word_alternation(_MONTH.split("|"))
_AFTER_MONTH = guarded(re.compile(rf"\b(?:{_MONTHS})\.?,?\s*$", re.I))
_BEFORE_MONTH = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.I)
_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_CLOCK = re.compile(r"^(?::\d|\s?[ap]\.?m\.?(?!\w)|\s?o'clock)", re.I)
_SLASH = re.compile(r"^/\d")
# What after a number makes it a date, an ordinal or a clock time: one match, not four.
_NOT_QUANTITY_AFTER = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_BEFORE_MONTH, _ORDINAL, _CLOCK, _SLASH)), re.I
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A capitalised word right before a number names something ("Apollo 11", "Section 427"),
# unless it is one of these.
_NAME_BEFORE = re.compile(r"\b([a-z]?[A-Z][\w.]*)\s+$")
_NOT_NAMES = {"The", "A", "An", "Some", "About", "Over", "Nearly", "Almost", "Around", "Only",
              "Just", "All", "Those", "These", "Its", "Their", "His", "Her", "Our", "And", "But",
              "With", "Of", "In", "For", "To", "By", "On", "At", "From", "Than", "Another",
              "Roughly", "Approximately", "Exactly", "More", "Fewer", "Less", "Under", "Up",
              "Between", "Estimated", "Killing", "Including"}  # fmt: skip
_PRONOUN_ONE = re.compile(r"\b(?:no|the|this|that|every|each|any|which)\s+$", re.I)
_WORD = re.compile(r"\s*(%|°[CF]?|[A-Za-z][A-Za-z/'.-]*[A-Za-z]|[A-Za-z])")
# "Maddon, 66, said": a number set off by commas after a name is an age (news style).
_AGE_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s*\d{1,3}$")
_HYPHEN_UNIT = re.compile(r"-([a-z]+)(-old\b)?", re.I)
_RATE = re.compile(r"\s+(?:per|a|an|each)\s+([a-z]+)\b", re.I)
_RATE_NOUNS = {"share", "barrel", "year", "month", "week", "day", "hour", "person", "gallon",
               "ounce", "ton", "tonne", "head", "game", "kilogram", "pound", "litre",
               "unit"}  # fmt: skip
_STOP = {
    "to", "in", "at", "on", "for", "from", "by", "with", "and", "or", "but", "than", "that",
    "who", "which", "were", "was", "are", "is", "be", "been", "have", "has", "had", "will",
    "would", "could", "said", "says", "since", "after", "before", "ago", "along", "across",
    "near", "into", "per", "a", "an", "the", "as", "if", "it", "this", "these", "those",
    "more", "less", "fewer", "last", "next", "each", "times", "percent", "of", "where",
    "when", "what", "how", "why", "whose", "whom", "while", "because", "so", "not", "also",
    "both", "all", "another",
}  # fmt: skip
_SCALES = {"bn", "mn", "tn", "m", "b", "k", "M", "K"}  # "$44bn", "2.7m", "4.3M", "25k"
_OF_DETERMINERS = {"the", "its", "their", "his", "her", "our", "these", "those", "them", "my",
                   "your"}  # fmt: skip
_MODIFIERS = {"new", "other", "more", "additional", "extra", "armed", "active", "young",
              "old", "small", "large", "big", "major", "key", "top", "senior", "local",
              "foreign", "full", "separate", "different", "million", "billion",
              "thousand"}  # fmt: skip


def is_not_quantity(raw: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether the number `match` found is a date, clock time, year, ordinal or part of a
    name rather than a quantity: those belong to the temporal tagger or to no one."""
    number = match.group("num")
    at, after = match.start("num"), raw[match.end("num") : min(end, match.end("num") + 12)]
    before = raw[max(start, at - 16) : at]
    if _NOT_QUANTITY_AFTER.match(after) or _AFTER_MONTH.search(before):
        return True
    if before.endswith(("/", ":")):
        return True
    if before.endswith("-") and before[-2:-1].isalnum():
        return True  # "F-35", "COVID-19", "2019-09-01", "ISO 3888-2"
    if number[0].isdigit() and after[:1].isalpha() and not _attached_unit(after):
        return True  # "5G", "3D"
    if number[0].isdigit() and before[-1:].isalpha() and not match.group("cur"):
        return True  # "S22", "A320"
    if match.group("cur") or match.group("scale") or match.group("pct"):
        return False
    if _YEAR.match(number) or _YEAR.match(match.group("num2") or ""):
        return not _unit_follows(raw, match.end(), end)  # "in 2014", "2019-20", "1600 and 1900"
    if not match.group("num2") and _names(number, before):
        return not _unit_follows(raw, match.end(), end)
    return number.lower() == "one" and bool(_PRONOUN_ONE.search(before))


# Compiled once, not looked up in `re`'s cache at each of thousands of numbers.
_LETTERS = re.compile(r"[A-Za-z]+")
_LETTERS_OR_SLASH = re.compile(r"[A-Za-z/]+")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\"“]\s*)$")


def _attached_unit(after: str) -> bool:
    word = _LETTERS_OR_SLASH.match(after)
    return word is not None and (word.group().lower() in MEASURES or word.group() in _SCALES)


def _names(number: str, before: str) -> bool:
    """ "Apollo 11", "iPhone 14", "Section 427", "the Kick Six", "BBC One": a number right
    after a capitalised word, or a capitalised number word inside a sentence."""
    if number[0].isalpha():
        return number[0].isupper() and not _SENTENCE_OPENS.search(before)
    name = _NAME_BEFORE.search(before)
    return name is not None and name.group(1) not in _NOT_NAMES


def _unit_follows(raw: str, at: int, end: int) -> bool:
    unit, _, _ = unit_after(raw, at, end, 2.0)
    return unit is not None and unit not in {"year", "day", "month", "week"}


def unit_after(raw: str, at: int, end: int, value: float) -> tuple[str | None, str | None, int]:
    """The unit or counted noun written after a number ending at `at`, and where it ends.
    A unit of measure or currency wins; otherwise the head noun ("100,000 Russian soldiers"
    -> "troop"); "people killed" counts deaths."""
    hyphen = _HYPHEN_UNIT.match(raw, at, end)
    if hyphen:
        word = lemma(hyphen.group(1)) + ("-old" if hyphen.group(2) else "")
        unit = MEASURES.get(word)
        if unit:
            return unit, None, hyphen.end()
        return None, counted(hyphen.group(1)), hyphen.end()
    rate = _rate(raw, "", at, end)
    if rate[0]:
        return rate
    words: list[tuple[str, int]] = []
    position = at
    while len(words) < 4:
        token = _WORD.match(raw, position, end)
        if token is None:
            break
        words.append((token.group(1), token.end()))
        position = token.end()
    unit, stop = _measure(words)
    if unit is not None:
        return _rate(raw, unit, stop, end)
    noun, stop = _counted_noun(words, value)
    if noun is None and raw.startswith(",", at) and _AGE_BEFORE.search(raw, max(0, at - 40), at):
        return "year of age", None, at
    return None, noun, stop if noun else at


def _measure(words: list[tuple[str, int]]) -> tuple[str | None, int]:
    """The longest unit of measure or currency the first words spell ("miles per hour")."""
    lowered = [word.lower() for word, _ in words[:3]]
    for size in range(len(lowered), 0, -1):
        if size > 1 and lowered[0] not in _PHRASE_OPENERS:
            continue
        *head, last = lowered[:size]
        for form in (" ".join(lowered[:size]), " ".join([*head, lemma(last)])):
            found = MEASURES.get(form) or CURRENCY_WORDS.get(form)
            if found:
                return found, words[size - 1][1]
    return None, 0


# The first words of the units of more than one word: a phrase opening with none of them is
# no unit, whatever follows (most phrases after a number; building and looking up each one
# was a fifth of extracting quantities, 1,000 generated articles).
_PHRASE_OPENERS = frozenset(key.split(" ")[0] for key in (*MEASURES, *CURRENCY_WORDS) if " " in key)


def _rate(raw: str, unit: str, stop: int, end: int) -> tuple[str, None, int]:
    """ "$54.20 per share", "2 million barrels a day": the unit of a rate."""
    rate = _RATE.match(raw, stop, end)
    if rate and lemma(rate.group(1)) in _RATE_NOUNS and "per " not in unit:
        return f"{unit} per {lemma(rate.group(1))}".lstrip(), None, rate.end()
    return unit, None, stop


def _counted_noun(words: list[tuple[str, int]], value: float) -> tuple[str | None, int]:
    """The head noun a number counts: the first plural noun, past adjectives and names
    ("100,000 Russian soldiers"); a singular noun only after "one"."""
    if words and words[0][0].lower() == "of":
        words = [w for w in words[1:] if w[0].lower() not in _OF_DETERMINERS]
    for index, (word, stop) in enumerate(words):
        lower = word.lower()
        if lower in _STOP or not word[0].isalpha():
            return None, 0
        singular = value == 1 and not word[0].isupper() and not lower.endswith("est")
        if is_plural(word) or lower in SYNONYMS or singular:
            noun = counted(word)
            following = words[index + 1][0].lower() if index + 1 < len(words) else ""
            if following in COUNTED_PARTICIPLES:
                return COUNTED_PARTICIPLES[following], words[index + 1][1]
            return noun, stop
        if not (word[0].isupper() or lower in _MODIFIERS or lower.endswith(("ed", "est"))):
            return None, 0
    return None, 0


def lookback_counts(raw: str, sentence_start: int, at: int) -> str | None:
    """What a bare number counts when its noun came earlier in the sentence ("troops ...
    estimates of more than 90,000", "the death toll rose to 45"): the nearest noun in the
    synonym table."""
    for word in reversed(_LETTERS.findall(raw, sentence_start, at)):
        base = lemma(word)
        if base in SYNONYMS:
            return SYNONYMS[base]
    return None
