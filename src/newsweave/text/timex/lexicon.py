"""The words English news uses for calendar units, numbers, months and weekdays, as regex
alternations and lookup tables for the timex grammar."""

from __future__ import annotations

from collections.abc import Iterable

from newsweave.text.patterns import word_alternation

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2,
}  # fmt: skip
# Amounts TimeML writes as "X": "several years" is PXY.
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
ORDINALS |= {"4th": 4}
# Calendar unit -> (TIMEX3 duration letter, multiplier, is a time-of-day unit).
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "month": ("M", 1, False), "year": ("Y", 1, False), "decade": ("Y", 10, False),
    "century": ("Y", 100, False), "quarter": ("Q", 1, False),
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that "march" wins over "mar", a
    space in them as any white space. Written as a trie (`word_alternation`): the same
    matches, and `re` tries the words letter by letter rather than one after another."""
    return word_alternation(words).replace(r"\ ", r"\s+")


_ABBREVIATED = [w.capitalize() for w in MONTHS if len(w) <= 4 and w not in ("may", "june", "july")]
MONTH = rf"(?:(?:{alternation(w.capitalize() for w in MONTHS)})\b"
MONTH += rf"|(?:{alternation(_ABBREVIATED)})\b\.)"  # "Dec." takes its dot, "December." not
WEEKDAY = rf"(?:{alternation(w.capitalize() for w in WEEKDAYS)})\b"
NUMBER_WORD = alternation(NUMBERS)
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "24", "2.5", "twenty-four", "two", "a" (case-insensitive by the caller's (?i:...)).
NUMBER = rf"(?:\d+(?:\.\d+)?|(?:{TENS})-(?:one|two|three|four|five|six|seven|eight|nine)\b"
NUMBER += rf"|(?:{NUMBER_WORD})\b|{alternation(VAGUE_NUMBERS)})"
UNIT = r"(?:seconds|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?"
