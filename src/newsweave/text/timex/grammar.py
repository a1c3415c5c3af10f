"""The patterns of English news timexes and the TIMEX3 reading of each match.

Each rule is a regex and a function from its match (and the article's date) to a
`Reading`; `None` from the function means "not a timex after all" ("May I", "2000 troops")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from newsweave.text.timex import calendar as cal
from newsweave.text.timex.lexicon import (
    MONTH,
    MONTHS,
    NUMBER,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY,
    WEEKDAYS,
    alternation,
)
from newsweave.text.timex.tense import tense_around


@dataclass(frozen=True)
class Context:
    """The text a match was found in and the date it is read against (None: no date).
    `approximate`: the date is not the text's own but near it (an undated article read
    against its story's date), so the tense says nothing of which side of it a weekday lies:
    the nearest one is meant (realnews-dev: an undated report's "on Monday ... remained
    without power", the day after a Sunday landfall, read as the Monday before)."""

    raw: str
    anchor: date | None
    approximate: bool = False


class Reading(NamedTuple):
    """A match's TIMEX3 type and value. A named tuple: faster to build than a frozen
    dataclass (11,000 readings of 1,000 generated articles: 0.018 -> 0.004 s)."""

    type: str
    value: str | None


Handler = Callable[[re.Match[str], Context], Reading | None]


@dataclass(frozen=True)
class Rule:
    """A timex pattern, its reading, and the words (lower case; NUMBER_TOKEN for any number)
    one of which every match contains: the pattern runs only near them, which keeps the
    tagger fast; and, for some, a pattern every match holds a match of (`needs`)."""

    pattern: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str]
    # A pattern that every match, lower-cased, holds a match of ("ago|earlier|from", the
    # digits of a year): where the text near a trigger holds none, the rule is not run
    # there (None: run everywhere). Cheap beside the rule's own pattern, as it opens with
    # fixed characters.
    needs: re.Pattern[str] | None = None


NUMBER_TOKEN = "#"
ANY_NUMBER = frozenset({NUMBER_TOKEN})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(WEEKDAYS)
UNIT_WORDS = _words(
    "second seconds minute minutes hour hours day days night nights week weeks weekend month"
    " months year years decade decades century centuries quarter quarters spring summer fall"
    " autumn winter"
)

_MOD = r"(?:(?i:early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_APPROX = r"(?:(?i:about|around|nearly|almost|roughly|more\s+than|less\s+than|at\s+least)\s+)?"


def _date(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "December 7, 2021", "Thursday Dec. 30", "the week of Jan. 10", "7 December"."""
    number = MONTHS[(m["month"] or m["month2"]).rstrip(".").lower()]
    day_number = int(re.sub(r"\D", "", m["day"] or m["day2"]))
    if m["year"]:
        try:
            when: date | None = date(int(m["year"]), number, day_number)
        except ValueError:
            return None
    elif ctx.anchor is None:
        return Reading("DATE", None if m["week"] else f"XXXX-{number:02d}-{day_number:02d}")
    else:
        # The nearest such date, whatever the tense: on TimeBank+AQUAINT 135 of 144 gold
        # month-days, against 122 when the tense picked the direction.
        when = cal.month_day(ctx.anchor, number, day_number, "")
    if when is None:
        return None
    return Reading("DATE", cal.week(when) if m["week"] else cal.day(when))


def _month(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "December", "last April", "mid-November", "July 1997", "December of 2021"."""
    name = m["month"].rstrip(".")
    if name == "May" and not (m["rel"] or m["year"] or _preceded_by(m, ctx, _MAY_BEFORE)):
        return None
    if len(name) <= 4 and name not in ("May", "June", "July") and not m["year"]:
        return None  # a bare abbreviation ("Dec.") is not a month reference
    number = MONTHS[name.lower()]
    if m["year"]:
        return Reading("DATE", cal.month(int(m["year"]), number))
    if ctx.anchor is None:
        return Reading("DATE", f"XXXX-{number:02d}")
    rel = (m["rel"] or "").lower()
    tense = {"last": "past", "next": "future"}.get(rel) or _tense(m, ctx)
    if rel == "this":
        return Reading("DATE", cal.month(ctx.anchor.year, number))
    when = cal.month_day(ctx.anchor, number, None, tense)
    return Reading("DATE", cal.month(when.year, when.month)) if when else None


_MAY_BEFORE = ("in", "of", "since", "until", "till", "by", "from", "through", "to", "early")


def _weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "Thursday", "last Friday", "Sunday night" (then a TIME of that day)."""
    part = (m["part"] or "").lower()
    if ctx.anchor is None:
        return Reading("TIME" if part else "DATE", None)
    rel = (m["rel"] or "").lower().split()
    number = WEEKDAYS[m["day"].lower()]
    tense = {"last": "past", "next": "future", "coming": "future"}.get(rel[-1] if rel else "")
    when = cal.weekday(ctx.anchor, number, tense or _weekday_tense(m, ctx))
    if ctx.approximate and not tense and abs((when - ctx.anchor).days) >= _FAR_WEEKDAY:
        when = cal.weekday(ctx.anchor, number, "")  # the nearest, a day or two the other way
    if part:
        return Reading("TIME", f"{cal.day(when)}T{PARTS_OF_DAY[part]}")
    return Reading("DATE", cal.day(when))


# An approximate date (an undated page read against its story's date, or against its URL's:
# the day the page was made) may be a day or two off, so a weekday its clause's tense puts
# this many days away or more is the one a day or two the other way: "began Tuesday" on a
# page made the Monday before (realnews-dev a0035), Ida's "remained without power on Monday"
# read against the Sunday of the landfall. Nearer, the tense is kept ("will meet on Monday"
# against a Thursday is four days ahead).
_FAR_WEEKDAY = 5


def _weekday_tense(m: re.Match[str], ctx: Context) -> cal.Tense:
    """The tense of the weekday's clause; without a cue the last one, as news mostly reports
    what happened (TimeBank+AQUAINT: 60 of 68 uncued weekdays, against 57 for the nearest),
    or against an approximate date the nearest."""
    return _tense(m, ctx) or ("" if ctx.approximate else "past")


_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|Z\b|[A-Z]{1,2}[SD]?T\b|hrs?\b|hours\b)")
_NOT_YEAR_AFTER = re.compile(r"(?:\s*(?:%|percent|[a-z]+s\b|[-/]\d))|\.\d|,\d")
_NOT_YEAR_BEFORE = re.compile(r"[$#£€]\s*$|\d[,.]?$|No\.\s*$")


def _year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "2014", "fiscal 1989", "mid-2014"; not "2,014", "$2014", "2014 troops", nor a clock
    time ("at 1655 GMT", realnews-dev's Ida put under the year 1655)."""
    after = ctx.raw[m.end() : m.end() + 12]
    if _NOT_YEAR_AFTER.match(after):
        return None
    if _CLOCK_AFTER.match(after):
        return None
    if _NOT_YEAR_BEFORE.search(ctx.raw[max(0, m.start() - 4) : m.start()]):
        return None
    return Reading("DATE", m["year"])


def _decade(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the 1990s" -> 199, "the '80s" -> 198 (the 20th century for two digits)."""
    digits = m["decade"].lstrip("'")
    return Reading("DATE", (digits if len(digits) == 4 else "19" + digits)[:3])


def _century(m: re.Match[str], ctx: Context) -> Reading | None:
    return Reading("DATE", f"{int(m['nth'][:-2]) - 1:02d}")


def _relative_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "today", "yesterday", "tomorrow", "tonight", "last night", "this morning"."""
    words = m[0].lower().split()
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(words[0], 0)
    part = words[-1] if words[-1] in PARTS_OF_DAY else "night" if words[0] == "tonight" else ""
    if ctx.anchor is None:
        return Reading("TIME" if part else "DATE", None)
    when = cal.shift(ctx.anchor, "day", shift)
    if part:
        return Reading("TIME", f"{cal.day(when)}T{PARTS_OF_DAY[part]}")
    return Reading("DATE", cal.day(when))


def _relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "this year", "last week", "earlier this month", "next month", "this summer"."""
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if ctx.anchor is None:
        return Reading("DATE", None)
    if unit in SEASONS:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        return Reading("DATE", f"{year}-{SEASONS[unit]}")
    if unit == "weekend":
        return Reading("DATE", cal.week(cal.shift(ctx.anchor, "week", _STEP[rel])) + "-WE")
    return Reading("DATE", cal.at_unit(cal.shift(ctx.anchor, unit, _STEP[rel]), unit))


_STEP = {"this": 0, "last": -1, "next": 1, "coming": 1, "previous": -1, "current": 0}


def _ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "two weeks ago" -> the anchor less two weeks, at week precision."""
    amount = _amount(m["n"])
    unit = _unit(m["unit"])
    if ctx.anchor is None or amount is None or amount != int(amount):
        return Reading("DATE", None)
    step = -int(amount) if m["dir"].lower() in ("ago", "earlier") else int(amount)
    return Reading("DATE", cal.at_unit(cal.shift(ctx.anchor, unit, step), unit))


def _duration(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "two hours" -> PT2H, "three-year" -> P3Y, "a decade" -> P10Y, "several days" -> PXD."""
    return Reading("DURATION", duration(_amount(m["n"]) if m["n"] else None, _unit(m["unit"])))


def duration(amount: float | None, unit: str) -> str:
    """The TIMEX3 value of `amount` `unit`s; None for an unstated amount ("years": PXY)."""
    letter, times, clock = UNITS[unit]
    if unit == "quarter":
        letter, times = "M", 3
    if amount is None:
        return f"P{'T' if clock else ''}X{letter}"
    count = amount * times
    text = str(int(count)) if count == int(count) else f"{count:g}"
    return f"P{'T' if clock else ''}{text}{letter}"


def _reference(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "now" PRESENT_REF, "recently" PAST_REF, "the future" FUTURE_REF."""
    word = m[0].lower().split()[-1]
    value = _REFERENCES[word]
    return Reading("DATE", value)


_REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "days": "PRESENT_REF", "recently": "PAST_REF", "past": "PAST_REF", "future": "FUTURE_REF",
}  # fmt: skip


def _clock(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "2 p.m.", "10:30 a.m. EST", "noon", "midnight": a TIME on the anchor's day."""
    if m["noon"]:
        hour, minute = (12, 0) if m["noon"].lower() == "noon" else (24, 0)
    else:
        hour, minute = int(m["hour"]), int(m["minute"] or 0)
        if hour > 12 or minute > 59:
            return None
        pm = m["half"].lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    day = cal.day(ctx.anchor) if ctx.anchor else None
    return Reading("TIME", f"{day}T{hour:02d}:{minute:02d}" if day else None)


def _set(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "daily" P1D, "every week" P1W, "annually" P1Y."""
    word = m[0].lower().split()[-1]
    unit = _ADVERB_UNITS.get(word) or _unit(word)
    return Reading("SET", duration(1, unit))


_ADVERB_UNITS = {
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
    "annually": "year", "yearly": "year", "quarterly": "quarter",
}  # fmt: skip


def _quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the third quarter", "fourth-quarter", "the first quarter of 2021"."""
    year = m["year"] or (str(ctx.anchor.year) if ctx.anchor else None)
    return Reading("DATE", f"{year}-Q{ORDINALS[m['nth'].lower()]}" if year else None)


def _numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "12/29/2021" (US order) and "2021-12-29"."""
    year, number, day_number = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    century = 2000 if len(year) == 2 else 0
    try:
        return Reading("DATE", cal.day(date(int(year) + century, int(number), int(day_number))))
    except ValueError:
        return None


def _tense(m: re.Match[str], ctx: Context) -> cal.Tense:
    return tense_around(ctx.raw, m.start(), m.end())


def _preceded_by(m: re.Match[str], ctx: Context, words: tuple[str, ...]) -> bool:
    before = re.findall(r"[A-Za-z]+", ctx.raw[max(0, m.start() - 12) : m.start()])
    return bool(before) and before[-1].lower() in words


def _amount(text: str) -> float | None:
    word = " ".join(text.lower().split())
    if word[0].isdigit():
        return float(word)
    if "-" in word:
        tens, ones = word.split("-")
        return float(NUMBERS[tens] + NUMBERS[ones])
    found = NUMBERS.get(word)
    return None if found is None else float(found)


def _unit(text: str) -> str:
    word = text.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


_PLURAL_UNITS = ("years", "decades", "months", "weeks", "days", "hours", "minutes", "centuries")
_PART = r"(?i:morning|afternoon|evening|night)"
_I = "(?i:"  # case-insensitive group: lower-case words, any capitalisation
# Words some rules share with their `needs`, which a match holds in this order: a window
# without the phrase is not searched. Needs of single words ("this|last|...", "ago|from")
# let through most windows; as phrases, the rules that have them searched 0.22 -> 0.16 s
# (1,000 generated articles, in one process).
_RELATIVE = "this|last|next|coming|previous|current"
_RELATIVE_UNITS = "week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter"
_DIRECTION = r"ago|earlier|from\s+now"
_PLURALS = "|".join(_PLURAL_UNITS)
_LAST = "past|last|next|coming|previous"
_WHOLE_UNITS = "year|month|week|decade|century"
# The last words a NUMBER may end in ("a couple of" days, "twenty-four" hours).
_NUMBER_ENDS = alternation({w.split()[-1] for w in (*NUMBERS, *VAGUE_NUMBERS)})
_SOURCES: tuple[tuple[str, Handler, frozenset[str], str], ...] = (
    (
        rf"(?:(?P<week>{_I}the\s+week\s+of))\s+)?(?:{WEEKDAY},?\s+)?{_MOD}(?:the\s+)?"
        # a day is no day inside a word ("pic.twitter.com/M9HotmBma2 March 28": realnews-dev)
        rf"(?:(?P<month>{MONTH})\s+(?P<day>{_DAY})|(?<![\w.])(?P<day2>{_DAY})\s+(?:of\s+)?"
        rf"(?P<month2>{MONTH}))"
        rf"(?:,?\s+(?P<year>{_YEAR})\b)?",
        _date,
        MONTH_WORDS,
        r"\d",
    ),
    (
        rf"(?:(?P<rel>{_I}last|next|this|early|late|mid-?|the\s+(?:end|beginning|start|middle)"
        rf"\s+of))\s*)?(?P<month>{MONTH})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b)?",
        _month,
        MONTH_WORDS,
        "",
    ),
    (
        rf"(?:(?P<rel>{_I}last|next|this(?:\s+coming)?|coming))\s+)?(?P<day>{WEEKDAY})"
        rf"(?:\s+(?P<part>{_PART}))?",
        _weekday,
        WEEKDAY_WORDS,
        "",
    ),
    (
        rf"(?:{_I}fiscal|calendar)\s+|{_MOD})?(?<![\d$.,'])(?P<year>{_YEAR})\b(?!')",
        _year,
        ANY_NUMBER,
        r"(?:1[6-9]|20)\d\d",
    ),
    (
        rf"(?:{_I}the)\s+)?{_MOD}(?P<decade>1[6-9]\d0|20\d0|'\d0)'?s\b",
        _decade,
        ANY_NUMBER,
        "0'?s",
    ),
    (
        rf"{_I}(?:the\s+)?(?P<nth>\d{{1,2}}(?:st|nd|rd|th))\s+century)",
        _century,
        ANY_NUMBER,
        "century",
    ),
    (
        rf"{_I}\b(?:today|tonight|(?:yesterday|tomorrow)(?:\s+{_PART})?|last\s+night"
        rf"|this\s+(?:morning|afternoon|evening))\b)",
        _relative_day,
        _words("today tonight yesterday tomorrow night morning afternoon evening"),
        "",
    ),
    (
        rf"{_I}\b(?:(?:earlier|later|early|late)\s+)?(?P<rel>{_RELATIVE})\s+"
        rf"(?P<unit>{_RELATIVE_UNITS})\b)",
        _relative_unit,
        UNIT_WORDS,
        rf"(?:{_RELATIVE})\s+(?:{_RELATIVE_UNITS})",
    ),
    (
        rf"{_I}\b{_APPROX}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT}|quarters?)\s+"
        rf"(?P<dir>{_DIRECTION}))\b",
        _ago,
        UNIT_WORDS,
        rf"\s(?:{_DIRECTION})",
    ),
    (
        rf"{_I}\b(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final|recent|latest)"
        rf"\s+)?{_APPROX}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})(?:-long)?\b)(?![\s-]+old\b)",
        _duration,
        UNIT_WORDS,
        rf"(?:\d|{_NUMBER_ENDS})[\s-]+{UNIT}",
    ),
    (
        rf"{_I}(?:\brecent\s+|(?<=\bfor )|(?<=\bin )|(?<=\bover )|(?<=\bpast ))"
        rf"(?P<unit>{_PLURALS})(?P<n>)\b)",
        _duration,
        UNIT_WORDS,
        rf"(?:recent\s+|for |in |over |past )(?:{_PLURALS})",
    ),
    (
        rf"{_I}\b(?:the\s+)?(?:{_LAST})\s+(?P<n>)(?P<unit>{_WHOLE_UNITS})\b)",
        _duration,
        UNIT_WORDS,
        rf"(?:{_LAST})\s+(?:{_WHOLE_UNITS})",
    ),
    (
        rf"{_I}\b(?:now|currently|nowadays|these\s+days|recently|the\s+past|the\s+future)\b)",
        _reference,
        _words("now currently nowadays days recently past future"),
        "",
    ),
    (
        r"(?<![\d:.])(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*"
        rf"(?P<half>{_I}[ap]\.m\.|[ap]m\b))(?:\s+(?:[ECMP][SD]?T|GMT|UTC)\b)?"
        rf"|\b(?P<noon>{_I}noon|midnight))\b)",
        _clock,
        ANY_NUMBER | _words("noon midnight"),
        r"\d\s*[ap]\.?m|noon|midnight",
    ),
    (
        rf"{_I}\b(?:hourly|daily|nightly|weekly|monthly|annually|yearly"
        r"|(?:every|each|per)\s+(?:hour|day|night|week|month|year|quarter))\b)",
        _set,
        UNIT_WORDS | _words(" ".join(_ADVERB_UNITS)),
        r"ly\b|every|each|per",
    ),
    (
        rf"{_I}\b(?:the\s+)?(?:fiscal\s+)?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"[\s-]+quarter(?:\s+of\s+(?P<year>{_YEAR}))?)\b",
        _quarter,
        _words("quarter"),
        "",
    ),
    (
        r"\b(?:(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)"
        r"|(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))\b",
        _numeric,
        ANY_NUMBER,
        r"\d[/-]\d",
    ),
)
RULES: tuple[Rule, ...] = tuple(
    Rule(re.compile(pattern), handler, triggers, re.compile(needs) if needs else None)
    for pattern, handler, triggers, needs in _SOURCES
)
