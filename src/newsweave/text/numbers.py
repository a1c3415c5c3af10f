"""Numbers as news text writes them: digits with thousands separators ("100,000", "54.20"),
words ("ten", "twenty-five", "two hundred", "a dozen"), scale words ("3 million", "$44bn")
and vague magnitudes ("thousands of"). Shared by the extract stage (quantities) and any stage
that compares numbers across outlets."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from newsweave.text.patterns import word_alternation

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # newsroom abbreviations: "$44bn", "£3m", "2.7m sales", "$10k" ("3m" is read as
    # millions, not metres: in news the scale is the commoner reading)
    "bn": 1e9,
    "mn": 1e6,
    "tn": 1e12,
    "m": 1e6,
    "b": 1e9,
    "k": 1e3,
}
# "hundreds of", "thousands of", "millions of": an order of magnitude, as NewsQuant's gold
# writes them ("millions of Americans" -> 1e6..1e7).
MAGNITUDES = {"dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

# As tries: `re` tries them letter by letter, not word after word (same matches).
_SMALL = word_alternation(UNITS)
_WORD = word_alternation((*UNITS, "hundred", "thousand", "million", "billion", "trillion"))
# A run of number words: "twenty-five", "two hundred and fifty", "three million" (a scale
# word alone, "million", is not a number: "a million" is matched on its own).
NUMBER_WORDS = rf"\b(?:{_SMALL})(?:(?:\s+and\s+|\s+|-)(?:{_WORD}))*\b"
# Digits: "100,000", "54.20", ".5", "13000".
DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)|(?<![\d.])\.\d+"
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5}  # fmt: skip
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# "a third of", "two-thirds of": only before "of", so "the third quarter" stays a name.
FRACTION = rf"\b(?:{'|'.join(_NUMERATORS)})[\s-](?:{'|'.join(_FRACTIONS)})(?=\s+of\b)"
_SPLIT = re.compile(r"\s+and\s+|\s+|-")


# Words that can start a number, for `number_positions`.
_ANCHOR_WORDS = (*UNITS, "hundred", "thousand", "million", "billion", "trillion", "half",
                 "third", "quarter", "fifth", "tens", *MAGNITUDES)  # fmt: skip
# `re` scans fast for a pattern that opens with a set of characters and tries the rest only
# where one stands: "\d\d*" rather than "\d+", and a number word after the character before
# it (not a letter: most positions of a text are letters) rather than the word alone.
_DIGIT_RUN = re.compile(r"\d\d*")
_ANCHOR_WORD = re.compile(word_alternation(_ANCHOR_WORDS))
_AFTER_NON_LETTER = re.compile(rf"[^A-Za-z](?:{_ANCHOR_WORD.pattern})")


def number_positions(text: str, start: int, end: int) -> list[int]:
    """Where a number may start in text[start:end] (a digit run, or a number word at a word
    start: not after a letter), in order. A cheap first pass: scanning every position with
    the full quantity pattern cost 6 ms per DUC 2004 article, this under 0.5 ms; searching
    each number word in turn took twice as long as this one scan."""
    lower = lower_case(text)
    if len(lower) != len(text):  # a letter lower-cased into two: offsets would shift
        lower = text
    runs = digit_runs(text)
    first = bisect_left(runs, (start, start))  # a run cut by `start` counts from it
    if first and runs[first - 1][1] > start:
        first -= 1
    found = {max(run[0], start) for run in runs[first : bisect_left(runs, (end, end))]}
    if start == 0 and _ANCHOR_WORD.match(lower, 0, end):
        found.add(0)
    for match in _AFTER_NON_LETTER.finditer(lower, max(start - 1, 0), end):
        if not lower[match.start()].isalpha():  # "é" is a letter too
            found.add(match.start() + 1)
    return sorted(found)


# An extractor of numbers and one of dates read each article one after the other: each
# reads it lower-cased and its runs of digits, found once (0.05 s of 1,000 generated
# articles). The last two texts are kept: a text is a long key, hashed once and compared by
# identity.
@lru_cache(maxsize=2)
def lower_case(text: str) -> str:
    """`text.lower()`."""
    return text.lower()


@lru_cache(maxsize=2)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The [start, end) spans of the runs of digits in `text`, in order."""
    return tuple(match.span() for match in _DIGIT_RUN.finditer(text))


def parse_digits(text: str) -> float:
    """The value of a digit string as written, thousands separators dropped."""
    return float(text.replace(",", ""))


def parse_number_words(text: str) -> float | None:
    """The value of a run of number words ("two hundred and fifty" -> 250), or None when it
    is not one number ("one two" is a list, not twelve)."""
    total, current, last = 0.0, 0.0, None
    for word in _SPLIT.split(text.lower()):
        if word in UNITS:
            small = UNITS[word]
            if last is not None and (last < 10 or last % 10 != 0 or small >= 10):
                return None  # "one two", "five twenty": not one number
            current += small
            last = small
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
            last = None
        else:
            return None
    return total + current


_FRACTION_PARTS = re.compile(r"[\s-]+")


def parse_fraction(text: str) -> float | None:
    """The value of a fraction in words ("two-thirds" -> 0.667), or None."""
    words = _FRACTION_PARTS.split(text.lower())
    if len(words) != 2 or words[0] not in _NUMERATORS or words[1] not in _FRACTIONS:
        return None
    return _NUMERATORS[words[0]] / _FRACTIONS[words[1]]


def scale_of(word: str | None) -> float:
    """The multiplier a scale word stands for (1 when there is none)."""
    return SCALES.get(word.lower(), 1.0) if word else 1.0
