"""Guarded patterns find what the patterns find, and the guard holds the characters a match
can open with; a word trie matches what its words joined longest first match."""

from __future__ import annotations

import random
import re

import pytest

from newsweave.extract.quantities import QUANTITY
from newsweave.text.patterns import guarded, word_alternation
from newsweave.text.timex.grammar import RULES

PATTERNS = [
    r"(?:(?i:early|late)\s+)?(?P<month>December|Jan\.?)\b",
    r"(?<![\d$.])(?:the\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b",
    r"(?i:(?:\brecent\s+|(?<=\bfor ))(?P<unit>years|days)\b)",
    r"[a-c]x|\dy|(?i:k)z",
    r"(?:ab)*c|d?e",
    r"(?:\b(?:about|some)\s+)?\d+|\bhalf|x\b",
]
ALPHABET = [
    "the ",
    "The ",
    "early ",
    "LATE ",
    "December",
    "Jan.",
    "1999",
    "2021",
    "$",
    ".",
    " ",
    "recent ",
    "for ",
    "years",
    "DAYS",
    "ax",
    "Bx",
    "7y",
    "Kz",
    "\u212az",
    "ab",
    "c",
    "e",
    "d",
    "x",
    "about ",
    "some",
    "half",
    "million",
    "more than ",
    "a dozen",
    "3",
    ",",
]


@pytest.mark.parametrize(
    "pattern", [re.compile(p) for p in PATTERNS] + [rule.pattern for rule in RULES] + [QUANTITY]
)
def test_a_guarded_pattern_finds_the_same_matches(pattern: re.Pattern[str]) -> None:
    faster = guarded(pattern)
    rng = random.Random(pattern.pattern)
    for _ in range(2000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in faster.finditer(text)] == expected, text


def test_the_guard_holds_the_opening_characters() -> None:
    assert guarded(re.compile(r"(?:the\s+)?\d+")).pattern.startswith(r"(?=[\dt])")
    assert guarded(re.compile(r"(?i:news)|Post")).pattern.startswith(r"(?=[P]|(?i:[n]))")
    assert guarded(re.compile(r"(?:\bsome\s+)?\d+")).pattern.startswith(r"(?=[\d]|\b[s])")


def test_a_pattern_that_may_match_nothing_or_anything_is_left_as_it_is() -> None:
    for source in (r"a?", r"(?:x|)y*", r".b", r"[^a]b", r"(?i)global", r"(?a:\bx)"):
        pattern = re.compile(source)
        assert guarded(pattern) is pattern


def test_a_word_trie_matches_what_the_words_longest_first_match() -> None:
    rng = random.Random(3)
    for _ in range(500):
        words = {"".join(rng.choice("ab.") for _ in range(rng.randint(1, 4))) for _ in range(6)}
        text = "".join(rng.choice("ab. ") for _ in range(40))
        listed = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        for after in ("", r"(?![ab])", "a"):
            expected = [m.span() for m in re.finditer(f"(?:{listed}){after}", text)]
            found = re.finditer(f"(?:{word_alternation(words)}){after}", text)
            assert [m.span() for m in found] == expected, (words, text)


def test_a_word_trie_shares_the_words_beginnings() -> None:
    assert word_alternation(["day", "days", "dec", "decade"]) == "d(?:ays?|ec(?:ade)?)"
