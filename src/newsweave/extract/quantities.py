"""Quantities in an article: numbers with their unit, what they count and how they are hedged
("some 100,000 soldiers", "more than 90,000 [troops]", "$54.20 per share", "1.50%-1.75%").

Rules, not a model: one pattern finds a number (digits or words, with a scale, a currency
sign, a hedge and a second end for ranges), then the words after it give the unit or the
counted noun. Numbers that are dates, clock times, years or parts of names ("Apollo 11") are
left to the temporal tagger or ignored. Measured on NewsQuant (benchmarks/quantities.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from newsweave.extract.quantity_context import is_not_quantity, lookback_counts, unit_after
from newsweave.extract.units import CURRENCY_SIGNS, PREFIX_MEASURES
from newsweave.model import Quantity
from newsweave.text.numbers import (
    DIGITS,
    FRACTION,
    MAGNITUDES,
    NUMBER_WORDS,
    number_positions,
    parse_digits,
    parse_fraction,
    parse_number_words,
    scale_of,
)
from newsweave.text.patterns import guarded, word_alternation

# Hedges before a number, normalised.
QUALIFIERS = {
    "more than": "more than", "over": "more than", "above": "more than",
    "upwards of": "more than", "in excess of": "more than", "exceeding": "more than",
    "at least": "at least",
    "no fewer than": "at least", "no less than": "at least", "up to": "up to",
    "as many as": "up to", "as much as": "up to", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "just under": "nearly", "fewer than": "less than",
    "less than": "less than", "under": "less than", "below": "less than", "about": "about",
    "some": "about", "around": "about", "roughly": "about", "approximately": "about",
    "an estimated": "about", "estimated": "about", "approx.": "about", "circa": "about",
    "at most": "at most", "no more than": "at most", "between": "between", "from": "from",
}  # fmt: skip
_RANGE_OPENERS = {"between", "from"}
# Hedges after a number ("20 or more people", "40 or so houses"): the counted noun follows them.
_TRAILING = re.compile(r"\s+or\s+(more|so|fewer|less)\b", re.IGNORECASE)
_TRAILING_HEDGES = {"more": "at least", "so": "about", "fewer": "at most", "less": "at most"}


def _alternation(words: Sequence[str]) -> str:
    """The words as one alternation, a space in them as any white space: as a trie, which
    matches what they match one after another longest first, and was a fifth faster to
    search with (NewsQuant's hedges, DUC 2003 and realnews-dev)."""
    return word_alternation(words).replace(r"\ ", r"\s+")


_SIGNS = sorted((s for s in CURRENCY_SIGNS if not s[0].isalpha()), key=len, reverse=True)
_CODES = [s for s in CURRENCY_SIGNS if s[0].isalpha()]
_CURRENCY = rf"(?:(?<![\w$]){_alternation(_SIGNS)}|\b(?:{_alternation(_CODES)})\s?)"
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|tn|m|b|k)\b)"
_NUMBER = (
    rf"{FRACTION}|{DIGITS}|{NUMBER_WORDS}|\ban?\s+(?:dozen|hundred|thousand|million|billion)\b"
    r"|\bhalf(?=\s+(?:of|an?|the)\b)"
)
_MAGNITUDE = (
    r"(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|hundreds|thousands|millions|billions"
)
QUANTITY = re.compile(
    rf"(?:(?P<qual>\b(?:{_alternation(list(QUALIFIERS))}))\s+)?"
    rf"(?:(?P<mag>\b(?:{_MAGNITUDE}))(?=\s+of\b)"
    rf"|(?P<cur>{_CURRENCY})?(?P<neg>(?<![\w.,-])[-−](?=\d))?(?P<num>{_NUMBER})(?P<scale>{_SCALE})?(?P<pct>\s?%)?"
    rf"(?:\s*(?P<sep>-|–|—|\bto\b|\band\b|\bthrough\b)\s*"
    rf"(?P<cur2>{_CURRENCY})?(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})?)?)",
    re.IGNORECASE,
)
# The pattern as searched for each number, its hedge and sign up to `_LOOKBACK` characters
# before it: ruling out at once the positions no match opens at (inside words, most of them)
# took a fifth off extracting quantities (1,000 DUC 2004 articles).
_QUANTITY_NEAR = guarded(QUANTITY)
# The guard alone (the lookahead `guarded` put in front): where a match may open.
_OPENING = re.compile(_QUANTITY_NEAR.pattern[: len(_QUANTITY_NEAR.pattern) - len(QUANTITY.pattern)])
# "rose 7% to $2.3 billion", "increased by $43.6 billion to $419.2 billion": a change and
# where it led, two quantities, not a range.
_CHANGE = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased|decreased|dropped|declined"
    r"|climbed|jumped|gained|lost|slipped|slid|edged|grew|shrank|surged|soared|plunged"
    r"|tumbled|down|up|by|added|cut|raised|lowered|higher|lower)\s+$",
    re.I,
)
_CONNECTOR = re.compile(r"\s*(?:-|–|—|to\b|and\b)\s*", re.I)
# The longest hedge and currency sign before a number ("no fewer than ", "upwards of US$").
_LOOKBACK = 24
# Guarded: ruling out at once the characters no unit opens with (most of the 12 before each
# number).
_PREFIX = guarded(re.compile(rf"\b({'|'.join(PREFIX_MEASURES)})\s+$", re.I))


def find_quantities(raw: str, spans: Sequence[tuple[int, int]]) -> tuple[Quantity, ...]:
    """Every quantity stated inside `spans` of `raw`, in text order, spans into `raw`.

    A range ("252 to 287 miles", "thousands of") has `value` None and its ends in `low` and
    `high` as written ("from 4.8 to 4.7 percent" keeps 4.8 first); a tally ("passed
    232-197", "won 3-1") is a range with unit "tally" whose order says who won."""
    found: list[Quantity] = []
    anchors = (
        number_positions(raw, min(s for s, _ in spans), max(e for _, e in spans)) if spans else []
    )
    for start, end in spans:
        position = start
        for anchor in anchors[bisect_left(anchors, start) : bisect_left(anchors, end)]:
            if anchor < position:
                continue
            match = _match_at(raw, anchor, max(position, anchor - _LOOKBACK), end)
            if match is None:
                continue
            quantity = _quantity(raw, match, start, end)
            if quantity is not None:
                quantity = _joined_range(raw, match, quantity, start, end)
                found.append(quantity)
            # a rejected second end ("€20 and £3m") may start the next quantity
            position = quantity.span[1] if quantity else _first_end(match)
    return tuple(found)


def _match_at(raw: str, anchor: int, begin: int, end: int) -> re.Match[str] | None:
    """The quantity pattern's match that covers the number starting at `anchor`, its hedge
    and currency sign included (they start up to `_LOOKBACK` characters before it)."""
    if raw[anchor].isalpha():
        return _word_match_at(raw, anchor, begin, end)
    match = _QUANTITY_NEAR.search(raw, begin, end)
    while match is not None and match.end() <= anchor:
        match = _QUANTITY_NEAR.search(raw, match.end(), end)
    if match is None or match.start() > anchor:
        return None
    return match


def _word_match_at(raw: str, anchor: int, begin: int, end: int) -> re.Match[str] | None:
    """`_match_at` for a number word, tried at each position up to it rather than searched
    for: a word that opens no quantity ("tension", "halfway", "billionaire", a fifth of the
    words) left a search running on to the next quantity, 140 us on average (1,000
    generated articles), where the up to 25 tries cost a few."""
    position = begin
    while position <= anchor:
        # Only where the pattern's guard lets a match open: most of the positions are
        # inside words (1,000 generated articles: 132,600 tries -> 24,700; 200: -15 M
        # instructions).
        opening = _OPENING.search(raw, position, anchor + 1)
        if opening is None:
            return None
        match = _QUANTITY_NEAR.match(raw, opening.start(), end)
        if match is None:
            position = opening.start() + 1
        elif match.end() > anchor:
            return match
        else:
            position = match.end()
    return None


def _number_value(number: str | None, scale: str | None) -> float | None:
    """The value of one end of a quantity, or None when the words are not one number."""
    if not number:
        return None
    lower = number.lower()
    if lower == "half":
        return 0.5
    fraction = parse_fraction(lower)
    if fraction is not None:
        return fraction
    if lower.startswith(("a ", "an ")):
        return scale_of(lower.split()[-1]) if not lower.endswith("dozen") else 12.0
    value = parse_digits(number) if number[-1].isdigit() else parse_number_words(number)
    if value is None:
        return None
    return value * scale_of(scale.strip() if scale else None)


def _magnitude(words: str) -> tuple[float, float]:
    """ "thousands of" -> 1e3..1e4; "tens of thousands of" -> 1e4..1e5."""
    factors = {"tens": 10.0, **MAGNITUDES}
    value = 1.0
    for word in words.lower().split():
        value *= factors.get(word, 1.0)
    return value, value * 10


def _quantity(raw: str, match: re.Match[str], start: int, end: int) -> Quantity | None:
    """The quantity `match` states, or None when it is not one (a date, a name, a clock)."""
    if match.group("mag"):
        low, high = _magnitude(match.group("mag"))
        unit, counts, stop = unit_after(raw, match.end(), end, low)
        return _build(raw, match, None, stop, None, (low, high), unit, counts)
    if is_not_quantity(raw, match, start, end):
        return None
    scale = match.group("scale")
    value = _number_value(match.group("num"), scale)
    if value is None:
        return None
    value = -value if match.group("neg") else value
    second = _second_end(raw, match, scale)
    if second is not None and not scale and match.group("scale2") and value < second:
        value *= scale_of(match.group("scale2").strip())  # "$1 to 2 billion"
    ends = None if second is None else (value, second)
    if ends is not None and ends[0] > ends[1] and match.group("sep") in "-–—":
        # "232-197", "a 5-4 ruling": a tally, its order says who won
        return _build(raw, match, None, match.end(), None, ends, "tally", None)
    stop = match.end() if second is not None else _first_end(match)
    trailing = _TRAILING.match(raw, stop, end) if second is None else None
    unit, counts, stop = unit_after(raw, trailing.end() if trailing else stop, end, value)
    if match.group("pct"):
        unit = "percent"
    sign = match.group("cur") or (match.group("cur2") if second is not None else None)
    unit = _with_currency(unit, _currency(sign))
    prefix = _PREFIX.search(raw, max(start, match.start() - 12), match.start())
    if prefix and unit is None:
        unit = PREFIX_MEASURES[prefix.group(1).lower()]
    if counts is None and unit is None:
        sentence = _sentence_start(raw, start, match.start())
        counts = lookback_counts(raw, sentence, match.start())
    begin = prefix.start() if prefix and unit == PREFIX_MEASURES[prefix.group(1).lower()] else None
    hedge = _TRAILING_HEDGES[trailing.group(1).lower()] if trailing else None
    return _build(raw, match, begin, stop, value, ends, unit, counts, hedge)


def _joined_range(
    raw: str, match: re.Match[str], first: Quantity, start: int, end: int
) -> Quantity:
    """ "from 4.8 percent to 4.7 percent", "between 15kHz and 17kHz": a range whose ends each
    carry the unit. "and" joins only after "between"; "to" not after a change verb ("rose
    5% to 10%" is a change and where it led)."""
    connector = _CONNECTOR.match(raw, first.span[1], end)
    if first.value is None or first.unit is None or connector is None:
        return first
    qualifier = (match.group("qual") or "").lower()
    word = connector.group().strip().lower()
    if (word == "and" and qualifier != "between") or (
        word == "to"
        and qualifier != "from"
        and (_CHANGE.search(raw, max(0, match.start() - 12), match.start()))
    ):
        return first
    following = QUANTITY.match(raw, connector.end(), end)
    second = _quantity(raw, following, start, end) if following else None
    if second is None or second.value is None or second.unit != first.unit:
        return first
    return replace(
        first,
        text=raw[first.span[0] : second.span[1]],
        span=(first.span[0], second.span[1]),
        value=None,
        low=first.value,
        high=second.value,
        counts=first.counts or second.counts,
    )


def _second_end(raw: str, match: re.Match[str], scale: str | None) -> float | None:
    """The far end of a range ("252 to 287", "1.50%-1.75%"). Not one: "10 and 20" unless
    after "between"; "rose 7% to $2.3 billion" (a change and where it led); a percentage
    to a plain number."""
    if not match.group("num2"):
        return None
    qualifier = (match.group("qual") or "").lower()
    separator = match.group("sep").lower()
    if separator == "and" and qualifier != "between":
        return None
    if separator == "to" and qualifier != "from" and _is_change(raw, match):
        return None
    gap = raw[match.end("num") : match.start("num2")]
    if gap[:1].isspace() and gap[-1:] in "-−":
        return None  # "Stoxx 50 -1.3%": a list, the second number negative
    return _number_value(match.group("num2"), match.group("scale2") or scale)


def _is_change(raw: str, match: re.Match[str]) -> bool:
    """ "rose 7% to $2.3 billion": after a change verb, a number with a unit, then "to"."""
    marked = match.group("pct") or match.group("cur") or match.group("scale")
    return (
        bool(marked) and _CHANGE.search(raw, max(0, match.start() - 12), match.start()) is not None
    )


def _first_end(match: re.Match[str]) -> int:
    """Where the first number (with its scale and % sign) ends."""
    for group in ("pct", "scale", "num"):
        if match.group(group):
            return match.end(group)
    return match.end()


def _currency(sign: str | None) -> str | None:
    return CURRENCY_SIGNS.get(sign.strip().lower()) if sign else None


def _with_currency(unit: str | None, currency: str | None) -> str | None:
    """ "$54.20 per share" -> "USD per share": the sign is the unit, a rate keeps its "per"."""
    if currency is None:
        return unit
    if unit and unit.startswith("per "):
        return f"{currency} {unit}"
    return currency


def _sentence_start(raw: str, start: int, at: int) -> int:
    """Where the sentence holding `at` begins: after the last ".", "!" or "?" and white
    space between `start` and `at`, found from `at` backwards rather than by a scan from the
    paragraph's start for every number in it."""
    stop = at - 2  # a stop and its white space end by `at`
    while stop >= start:
        stop = max(raw.rfind(mark, start, stop + 1) for mark in ".!?")
        if stop >= 0 and raw[stop + 1].isspace():
            return stop + 2
        stop -= 1
    return start


_SPACES = re.compile(r"\s+")


def _build(
    raw: str,
    match: re.Match[str],
    begin: int | None,
    stop: int,
    value: float | None,
    ends: tuple[float, float] | None,
    unit: str | None,
    counts: str | None,
    hedge: str | None = None,
) -> Quantity:
    """The quantity with its hedge: the one before the number, else `hedge` (after it)."""
    qualifier = (match.group("qual") or "").lower()
    normal = QUALIFIERS.get(_SPACES.sub(" ", qualifier)) if qualifier else hedge
    if normal in _RANGE_OPENERS:
        normal = None
    first = match.start() if begin is None else begin
    return Quantity(
        text=raw[first:stop],
        span=(first, stop),
        value=value if ends is None else None,
        low=ends[0] if ends else None,
        high=ends[1] if ends else None,
        unit=unit,
        counts=counts,
        qualifier=normal,
    )
