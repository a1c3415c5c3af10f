"""Regular expressions made faster to search without changing what they match.

`re` tries a pattern at every character of a text. A pattern that opens with optional words
("(?:early |late )?December", "(?:the\\s+)?(?:past|last)...") gets no quick scan from `re`,
so each position costs a full attempt. `guarded` puts in front of such a pattern a lookahead
for the characters a match can open with, read off the pattern itself: where it fails the
pattern could not have matched, and elsewhere the pattern runs as before, so the matches are
the same, found in a fraction of the time.

`word_alternation` writes a list of words as a trie ("d(?:ays?|ec(?:ade)?)"), which `re`
tries letter by letter instead of word after word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """A construct whose opening characters are not worked out here: no guard."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead for the characters its matches open with (the same pattern
    when they cannot be worked out, or when it may match the empty string). Characters that
    open a match only after a word boundary ("\\b(?:about|some)") are guarded with it: most
    positions inside words are ruled out too."""
    try:
        found: _Openings = {}
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if _openings(list(tree), _Where(bool(pattern.flags & re.I), False), found):
            return pattern  # may match the empty string: any position may match
    except _Unknown:
        return pattern
    classes = [_class(where, sorted(chars)) for where, chars in sorted(found.items())]
    try:
        return re.compile(f"(?={'|'.join(classes)}){pattern.pattern}", pattern.flags)
    except re.error:  # global flags written at its start ("(?i)..."): left as it is
        return pattern


class _Where(NamedTuple):
    """Where in a pattern an opening character is: under a case-insensitive flag, right
    after a word boundary."""

    folded: bool
    bounded: bool


_Openings = dict[_Where, set[str]]


def _class(where: _Where, chars: list[str]) -> str:
    """The lookahead branch for the opening characters found at `where`."""
    char_class = f"(?i:[{''.join(chars)}])" if where.folded else f"[{''.join(chars)}]"
    return rf"\b{char_class}" if where.bounded else char_class


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of the literal `words`, written as a trie, matching what the words
    joined by "|" longest first match: where several fit, the longest is tried first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: dict[str, Any]) -> str:
    """The pattern of the words below a trie node; an end is optional after what goes on."""
    going_on = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not going_on:
        return ""
    if len(going_on) > 1:
        body = f"(?:{'|'.join(going_on)})"
    else:
        body = going_on[0] if "" not in node or len(going_on[0]) == 1 else f"(?:{going_on[0]})"
    return body + "?" if "" in node else body


def _openings(items: list[Any], where: _Where, found: _Openings) -> bool:
    """Add the characters the sequence `items` can open with to `found`, under where they
    are; True when the sequence may match nothing."""
    for op, value in items:
        if op is sre.AT and value is sre.AT_BOUNDARY:
            where = where._replace(bounded=True)  # so are the characters after it
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: what follows opens the match
        if op is sre.SUBPATTERN:
            _, added, removed, inner = value
            if (added | removed) & (re.A | re.L | re.U):
                raise _Unknown(op)  # a word boundary of other flags than the guard's
            folded = (where.folded or bool(added & re.I)) and not removed & re.I
            empty = _openings(list(inner), where._replace(folded=folded), found)
        elif op is sre.BRANCH:
            empty = False
            for branch in value[1]:
                empty |= _openings(list(branch), where, found)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, inner = value
            empty = _openings(list(inner), where, found) or low == 0
        else:
            found.setdefault(where, set()).update(_characters(op, value))
            empty = False
        if not empty:
            return False
    return True


def _characters(op: Any, value: Any) -> list[str]:
    """One character's worth of pattern as items of a character class."""
    if op is sre.LITERAL:
        return [re.escape(chr(value))]
    if op is not sre.IN:
        raise _Unknown(op)
    found = []
    for kind, item in value:
        if kind is sre.LITERAL:
            found.append(re.escape(chr(item)))
        elif kind is sre.RANGE:
            found.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
        elif kind is sre.CATEGORY and item in _ESCAPES:
            found.append(_ESCAPES[item])
        else:
            raise _Unknown(kind)  # a negated class and the like
    return found
