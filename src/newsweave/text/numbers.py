"""Numbers as news text writes them: digits with thousands separators ("100,000", "54.20"),
words ("ten", "twenty-five", "two hundred", "a dozen"), scale words ("3 million", "$44bn")
and vague magnitudes ("thousands of"). Shared by the extract stage (quantities) and any stage
that compares numbers across outlets."""

from __future__ import annotations

import re

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
    # newsroom abbreviations: "$44bn", "£3m", "$10k" (m/b/k only after a currency sign,
    # where they cannot be metres or bytes; see extract.quantities)
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

_WORD = "|".join(sorted((*UNITS, "hundred", "thousand", "million", "billion", "trillion"),
                        key=len, reverse=True))  # fmt: skip
# A run of number words: "twenty-five", "two hundred and fifty", "three million".
NUMBER_WORDS = rf"\b(?:{_WORD})(?:(?:\s+and\s+|\s+|-)(?:{_WORD}))*\b"
# Digits: "100,000", "54.20", ".5", "13000".
DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)|(?<![\w.])\.\d+"
_SPLIT = re.compile(r"\s+and\s+|\s+|-")


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


def scale_of(word: str | None) -> float:
    """The multiplier a scale word stands for (1 when there is none)."""
    return SCALES.get(word.lower(), 1.0) if word else 1.0
