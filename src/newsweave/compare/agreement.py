"""Whether two statements of one measure agree: hedges ("about", "more than", "up to"),
rounding and units taken into account, so that "about 100,000" and "100,000" agree, "8 mph"
and "13 kph" agree, and "more than 90,000" and "100,000" do not."""

from __future__ import annotations

from newsweave.extract.units import in_base_unit
from newsweave.model import Quantity

# Gap within which a hedged figure ("about 4,200") or a rounded one agrees with another:
# "about 3,800" and "about 4,200" (10%) differ, 100,000 and 103,000 (3%) do not.
ROUNDING = 0.05
# A hedged figure is a rounded one, within this gap: "about 1 million" holds for 1.1 million
# (realnews-dev), "about 10,000" soldiers not for 13,000 (benchmarks.compare's 30% plants).
HEDGED_ROUNDING = 0.1
# Gap within which two floors ("more than 200", "more than 220") or two ceilings agree: both
# may hold, and outlets round a floor loosely. Figures raised by 30% (benchmarks.compare's
# plants) stay conflicts, as does "more than 3,000" dead against "more than 4,000" (DUC 2003).
FLOORS = 0.2
_LOWER = ("more than", "at least")
_UPPER = ("up to", "less than", "nearly")
# Ceilings ("faces up to 34 years") state what can be, not what is: any value under them holds.
_CEILINGS = ("up to", "at most")
_HEDGE = "about"
SMALL = 10
# Against a plain figure, the one either side holds only where it is a small step: "about
# eight minutes" and "nine minutes" (11%) agree, "around three hours" and a "two-hour"
# meeting (33%, realnews-dev) do not.
SMALL_GAP = 0.15


def agree(a: Quantity, b: Quantity) -> bool:
    """Whether two statements of one measure are consistent, hedges and rounding allowed.
    Two bounds on the same side both hold when they are near ("more than 200" and "more than
    220" players)."""
    if a.value is None or b.value is None:
        return _ranges_meet(a, b)
    if a.unit != b.unit:
        return _converted_agree(a, b)
    if _within_hedge(a, b):
        return True
    if a.qualifier in _LOWER + _UPPER + _CEILINGS or b.qualifier in _LOWER + _UPPER + _CEILINGS:
        if a.qualifier == b.qualifier or {a.qualifier, b.qualifier} <= set(_LOWER):
            gap = FLOORS if a.qualifier in _LOWER + _CEILINGS else ROUNDING
            return _close(a.value, b.value, gap)
        if a.qualifier in _LOWER + _UPPER + _CEILINGS:
            return _within_bound(a, b.value)
        return _within_bound(b, a.value)
    gap = HEDGED_ROUNDING if _HEDGE in (a.qualifier, b.qualifier) else ROUNDING
    near = _close(a.value, b.value, gap)
    return a.value == b.value or (near and _rounds_to(a.value, b.value))


def _ranges_meet(a: Quantity, b: Quantity) -> bool:
    """Two ranges, or a range and a value, overlap; a tally ("ruled 6-3", high end first) is
    the same tally when its ends are (realnews-dev flagged "6-3" against "6-3")."""
    if a.unit == "tally" or b.unit == "tally":
        return (a.low, a.high) == (b.low, b.high)
    a_low, a_high = (a.low, a.high) if a.value is None else (a.value, a.value)
    b_low, b_high = (b.low, b.high) if b.value is None else (b.value, b.value)
    if None in (a_low, a_high, b_low, b_high):
        return True  # an open range says too little to disagree
    return bool(a_low <= b_high and b_low <= a_high)  # type: ignore[operator]


def _converted_agree(a: Quantity, b: Quantity) -> bool:
    """Figures in two units of one dimension ("8 mph" and "13 kph", "12 miles" and "19
    kilometers") agree when the values they may be rounded from meet once converted to one
    unit: each is its value give or take half its last significant digit, widened by a
    hedge, open on the side a bound leaves open."""
    a_low, a_high = _rounded_from(a)
    b_low, b_high = _rounded_from(b)
    return a_low <= b_high and b_low <= a_high


def _rounded_from(q: Quantity) -> tuple[float, float]:
    value = q.value or 0.0
    half = _precision(value) / 2 + (HEDGED_ROUNDING * abs(value) if q.qualifier == _HEDGE else 0)
    low, high = value - half, value + half
    if q.qualifier in _LOWER:
        high = float("inf")
    elif q.qualifier in _UPPER + _CEILINGS:
        low = float("-inf")
    return in_base_unit(low, q.unit), in_base_unit(high, q.unit)


def _close(a: float, b: float, gap: float = ROUNDING) -> bool:
    return abs(a - b) <= gap * max(abs(a), abs(b))


def _within_bound(bound: Quantity, value: float) -> bool:
    """ "more than 90,000" holds for 91,000 but a reader of "100,000" was told another figure;
    a bound agrees with values within the rounding gap on its open side, and a lower bound
    with values it is the round-down of ("more than 10 years" for 12 years). A ceiling holds
    for every value under it."""
    edge = bound.value or 0.0
    if bound.qualifier in _CEILINGS:
        return value <= edge
    if bound.qualifier in _LOWER:
        rounded_down = value // _precision(edge) * _precision(edge) == edge
        return edge <= value and (value <= edge * (1 + ROUNDING) or rounded_down)
    return edge * (1 - ROUNDING) <= value <= edge


def _rounds_to(a: float, b: float) -> bool:
    """The more precise value, rounded to the rounder one's last significant digit, is it;
    a value halfway rounds either way (a "27-hour" flight and "27.5 hours")."""
    rough, fine = (a, b) if _precision(a) >= _precision(b) else (b, a)
    return abs(fine - rough) <= _precision(rough) / 2


def _within_hedge(a: Quantity, b: Quantity) -> bool:
    """A hedged small count (under SMALL) allows one either side of a bound, and of a plain
    figure within SMALL_GAP: "approximately eight minutes" and "about nine minutes" agree, as
    do "around three hours" and "more than two hours" (realnews-dev), not "around three
    hours" and "two hours". Larger hedged figures keep the rounding gap:
    "some 100,000" troops and "more than 90,000" (the seeds) differ."""
    gap = abs((a.value or 0.0) - (b.value or 0.0))
    hedged = any(q.qualifier == _HEDGE and (q.value or 0.0) < SMALL for q in (a, b))
    bound = any(q.qualifier in _LOWER + _UPPER + _CEILINGS for q in (a, b))
    near = gap <= SMALL_GAP * max(abs(a.value or 0.0), abs(b.value or 0.0))
    return gap <= 1 and hedged and (bound or near)


def _precision(value: float) -> float:
    if value != int(value) or value == 0:
        return 0.01
    step = 1.0
    while value % (step * 10) == 0:
        step *= 10
    return step
