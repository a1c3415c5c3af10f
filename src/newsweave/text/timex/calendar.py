"""Calendar arithmetic on an article's date and TIMEX3 value formats: a day, an ISO week, a
month, a quarter, a year, a decade; and choosing which "Thursday" or "Jan. 10" is meant."""

from __future__ import annotations

from datetime import date, timedelta

Tense = str  # "past", "future" or "" (no cue)


def day(when: date) -> str:
    return when.isoformat()


def week(when: date) -> str:
    year, number, _ = when.isocalendar()
    return f"{year}-W{number:02d}"


def month(year: int, number: int) -> str:
    return f"{year:04d}-{number:02d}"


def quarter(when: date) -> str:
    return f"{when.year}-Q{(when.month - 1) // 3 + 1}"


def add_months(when: date, months: int) -> date:
    """`when` moved by whole months, the day clipped to the target month's length."""
    index = when.year * 12 + when.month - 1 + months
    year, number = divmod(index, 12)
    for clip in (when.day, 30, 29, 28):
        try:
            return date(year, number + 1, clip)
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")


def shift(when: date, unit: str, amount: int) -> date:
    """`when` moved by `amount` calendar units (day, week, month, quarter, year, decade...)."""
    if unit in ("day", "night"):
        return when + timedelta(days=amount)
    if unit == "week":
        return when + timedelta(weeks=amount)
    if unit in ("hour", "minute", "second"):
        return when  # an article's date has no time of day to move
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(when, amount * months)


def at_unit(when: date, unit: str) -> str:
    """`when` written at the precision of `unit`: "week" gives 2021-W52, "year" 2021."""
    if unit in ("day", "night", "hour", "minute", "second"):
        return day(when)
    if unit == "week":
        return week(when)
    if unit == "month":
        return month(when.year, when.month)
    if unit == "quarter":
        return quarter(when)
    if unit == "decade":
        return str(when.year)[:3]
    if unit == "century":
        return str(when.year)[:2]
    return str(when.year)


def weekday(anchor: date, number: int, tense: Tense) -> date:
    """The day named by a weekday: the last one (the anchor's own day included) for the past
    tense, the coming one for the future, and the nearest one (past on a tie) with no cue."""
    back = anchor - timedelta(days=(anchor.weekday() - number) % 7)
    ahead = anchor + timedelta(days=(number - anchor.weekday()) % 7)
    if tense == "past":
        return back
    if tense == "future":
        return ahead
    return back if anchor - back <= ahead - anchor else ahead


def month_day(anchor: date, number: int, day_number: int | None, tense: Tense) -> date | None:
    """The year of "Dec. 7" (or "December" with `day_number` None): the nearest such date
    to the anchor, or the last / the coming one when the tense says so."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, number, day_number or 1))
        except ValueError:
            continue
    if not candidates:
        return None
    if day_number is None:
        anchor = anchor.replace(day=1)
    if tense == "past":
        past = [c for c in candidates if c <= anchor]
        return past[-1] if past else None
    if tense == "future":
        future = [c for c in candidates if c >= anchor]
        return future[0] if future else None
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))
