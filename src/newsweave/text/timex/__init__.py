"""Temporal expressions in news text: a rule-based TimeML TIMEX3 tagger and normaliser.

`find_time_expressions` finds "Thursday", "Dec. 7", "earlier this month", "two hours",
"the 1990s" and the like and resolves each against the article's date: weekdays by the tense
of the verbs around them, month-days to the nearest such date. Without a date, absolute
expressions still resolve and relative ones get the value None, never a guess.

Rules by hand rather than a library: dateparser and ctparse parse a date string you already
have but do not find expressions in running text with TimeML spans, types and durations
(measured in benchmarks/temporal.py); HeidelTime and SUTime need a JVM."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, datetime

from newsweave.model import TimeExpression
from newsweave.text.numbers import digit_runs, lower_case
from newsweave.text.patterns import guarded, word_alternation
from newsweave.text.timex.grammar import NUMBER_TOKEN, RULES, Context

__all__ = ["find_time_expressions"]


def find_time_expressions(
    raw: str,
    spans: Sequence[tuple[int, int]],
    anchor: date | datetime | None,
    approximate: bool = False,
) -> tuple[TimeExpression, ...]:
    """Every temporal expression inside `spans` of `raw`, in text order, with spans into raw.

    `anchor` is the publication date the relative ones ("yesterday", "Thursday") resolve
    against (`approximate`: a date near the text's own, see `Context`); where two readings
    overlap the longer one wins ("Thursday Dec. 30" is one)."""
    day = anchor.date() if isinstance(anchor, datetime) else anchor
    context = Context(raw, day, approximate)
    lowered = _lower_case(raw)
    # The rules' needs are looked for in the text lower-cased once, not window by window
    # (0.02 s of 1,000 generated articles); in none where a letter past ASCII could read as
    # one in A-Z ("ſ" as "s"): there every window is searched for every rule.
    folded = lowered if lowered is not None and not _folds_to_ascii(raw) else None
    found: list[TimeExpression] = []
    for start, end in spans:
        found.extend(_longest(_candidates(context, lowered, folded, start, end)))
    return tuple(found)


# How far around a trigger word a rule's pattern is run: the longest prefix before the
# trigger ("the beginning of" March) and the longest tail after it fit in it.
WINDOW = 40


def _candidates(
    context: Context, lowered: str | None, folded: str | None, start: int, end: int
) -> list[TimeExpression]:
    """Every rule's matches near its trigger words, rule after rule (the order `_longest`
    breaks ties by). Tokens are sorted to rules in one pass: scanning every token once per
    rule cost 7 ms of the 12 ms extraction takes per article (1,000 DUC 2004 articles)."""
    triggered: list[list[tuple[int, int]]] = [[] for _ in _TRIGGER_SETS]
    for first, last in _trigger_words(context.raw, lowered, start, end):
        for index in _SETS_BY_TRIGGER[context.raw[first:last].lower()]:
            triggered[index].append((first, last))
    numbers = _numbers(context.raw, start, end)
    for index in _SETS_BY_TRIGGER[NUMBER_TOKEN] if numbers else ():
        triggered[index] = sorted(triggered[index] + numbers)
    # Rules with the same trigger words share their windows (a third of the rules' scans
    # are the numbers').
    stretches: dict[tuple[int, int], tuple[int, int]] = {}
    windows = [_windows(context.raw, t, (start, end), stretches) for t in triggered]
    candidates = []
    for rule, pattern, index in zip(RULES, _PATTERNS, _SET_OF_RULE, strict=True):
        for first, last in windows[index]:
            if rule.needs and folded is not None and not rule.needs.search(folded, first, last):
                continue  # a rule whose needs the window lacks cannot match in it
            for match in pattern.finditer(context.raw, first, last):
                reading = rule.handler(match, context)
                if reading is not None:
                    expression = TimeExpression(match[0], match.span(), *reading)
                    candidates.append(expression)
    return candidates


def _by_trigger(trigger_sets: Sequence[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """Each trigger word and the positions in `trigger_sets` of the sets holding it."""
    by_word: dict[str, list[int]] = {}
    for index, triggers in enumerate(trigger_sets):
        for word in triggers:
            by_word.setdefault(word, []).append(index)
    return {word: tuple(indices) for word, indices in by_word.items()}


_TRIGGER_SETS = tuple(dict.fromkeys(rule.triggers for rule in RULES))
_SET_OF_RULE = tuple(_TRIGGER_SETS.index(rule.triggers) for rule in RULES)
_SETS_BY_TRIGGER = _by_trigger(_TRIGGER_SETS)
# The rules' patterns, each ruling out at once a position no match can open at (most of
# the positions of a window): the scans took 40% less time (1,000 DUC 2004 articles).
_PATTERNS = tuple(guarded(rule.pattern) for rule in RULES)
# The tokens that trigger some rule: runs of ASCII letters that are trigger words, found by
# one scan in C rather than by looking every token up in Python (about 15% of tagging 1,000
# DUC 2004 articles), and runs of digits. Written as a trie, the scan took half the time of
# the words tried one after another; as patterns that open with a set of characters (a
# word after the character before it, not a letter), which `re` scans for fast, half again.
_TRIGGER_WORD = word_alternation(w for w in _SETS_BY_TRIGGER if w != NUMBER_TOKEN)
_TRIGGER_AT = re.compile(rf"(?ai:{_TRIGGER_WORD})(?![A-Za-z])")
_TRIGGER_AFTER = re.compile(rf"[^A-Za-z]((?ai:{_TRIGGER_WORD}))(?![A-Za-z])")
_TRIGGER_AFTER_LOWER = re.compile(rf"[^a-z]({_TRIGGER_WORD})(?![a-z])")


def _trigger_words(raw: str, lowered: str | None, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the trigger words in raw[start:end] not after an ASCII letter, found in
    `lowered` (`_lower_case(raw)`) where there is one."""
    opening = _TRIGGER_AT.match(raw, 0, end) if start == 0 else None
    found = [opening.span()] if opening else []
    text, after = (raw, _TRIGGER_AFTER) if lowered is None else (lowered, _TRIGGER_AFTER_LOWER)
    found.extend(m.span(1) for m in after.finditer(text, max(start - 1, 0), end))
    return found


def _lower_case(raw: str) -> str | None:
    """`raw` lower-cased, where that turns A-Z into a-z and nothing else into a-z (not the
    Kelvin sign) and keeps every offset (not "İ", which becomes two characters); else None.
    Case-blind patterns are slower in `re` than the same words in lower case on lower-cased
    text (finding the trigger words took a third less time)."""
    lowered = lower_case(raw)
    return lowered if len(lowered) == len(raw) and "\u212a" not in raw else None


def _numbers(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the whole runs of digits in raw[start:end] (one cut by `start` is not
    one; one cut by `end` ends there)."""
    runs = digit_runs(raw)
    inside = runs[bisect_left(runs, (start, start)) : bisect_left(runs, (end, end))]
    return [(first, min(last, end)) for first, last in inside]


# The letters other than A-Z that a case-blind pattern reads as one of them ("ſ" as "s", the
# Kelvin sign as "k"): a text with one is searched for every rule, needs or not.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _folds_to_ascii(raw: str) -> bool:
    """Whether `raw` holds one of `_FOLDS_TO_ASCII`: looked for one by one, as `str` finds a
    character at C speed where a class searched for costs a check per character (in200:
    -42 M instructions)."""
    return not raw.isascii() and any(letter in raw for letter in _FOLDS_TO_ASCII)


def _windows(
    raw: str,
    triggers: list[tuple[int, int]],
    span: tuple[int, int],
    stretches: dict[tuple[int, int], tuple[int, int]],
) -> list[tuple[int, int]]:
    """The stretches of `span` around the trigger words' spans, merged. `stretches` keeps
    each trigger's own stretch for the other sets it is in (38,000 triggers of sets, 22,000
    words and numbers in 1,000 generated articles)."""
    windows: list[tuple[int, int]] = []
    for trigger in triggers:
        stretch = stretches.get(trigger)
        if stretch is None:
            stretch = stretches[trigger] = _stretch(raw, trigger, span)
        low, high = stretch
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((max(low, span[0]), high))
    return windows


def _stretch(raw: str, trigger: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The stretch of `span` around one trigger's span, on word boundaries."""
    first, last = trigger
    low = raw.rfind(" ", span[0], max(span[0], first - WINDOW)) + 1 or span[0]
    high = raw.find(" ", min(last + WINDOW, span[1]), span[1])
    return low, span[1] if high < 0 else high


def _longest(candidates: list[TimeExpression]) -> list[TimeExpression]:
    """The candidates left after dropping each one overlapped by a longer (or earlier-ruled,
    when as long) one."""
    ranked = sorted(candidates, key=lambda t: t.span[0] - t.span[1])
    kept: list[TimeExpression] = []
    for candidate in ranked:
        if all(candidate.span[1] <= k.span[0] or k.span[1] <= candidate.span[0] for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda t: t.span)
