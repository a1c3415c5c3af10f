"""Whether two statements of one measure agree: hedges, bounds, rounding and tallies."""

from __future__ import annotations

from newsweave.compare.agreement import agree
from newsweave.model import Quantity


def _q(value: float, qualifier: str | None = None) -> Quantity:
    return Quantity(f"{value}", (0, 1), value, qualifier=qualifier, counts="worker")


def _tally(high: float, low: float) -> Quantity:
    return Quantity(f"{high:.0f}-{low:.0f}", (0, 3), None, low=high, high=low, unit="tally")


def test_hedges_and_rounding() -> None:
    assert agree(_q(100_000, "about"), _q(100_000))
    assert agree(_q(100_000), _q(103_000))
    assert not agree(_q(90_000, "more than"), _q(100_000))
    assert not agree(_q(3_800, "about"), _q(4_200, "about"))
    assert agree(_q(14_000, "more than"), _q(14_000, "more than"))
    assert not agree(_q(200), _q(240))


def test_bounds_that_both_hold_agree() -> None:
    assert agree(_q(200, "more than"), _q(220, "more than"))  # two floors near each other
    assert not agree(_q(3_000, "more than"), _q(4_000, "more than"))
    assert agree(_q(10, "more than"), _q(12))  # "more than 10" is 12 rounded down
    assert agree(_q(34, "up to"), _q(20))  # a ceiling holds for any value under it
    assert not agree(_q(34, "up to"), _q(40))


def test_a_hedged_small_count_allows_one_either_side() -> None:
    assert agree(_q(8, "about"), _q(9, "about"))  # "approximately eight minutes", "about nine"
    assert agree(_q(3, "about"), _q(2, "more than"))  # "around three hours", "more than two"
    assert not agree(_q(3, "about"), _q(5))
    assert not agree(_q(8), _q(9))  # unhedged counts differ


def test_a_hedged_figure_is_a_rounded_one() -> None:
    assert agree(_q(1_000_000, "about"), _q(1_100_000))
    assert not agree(_q(10_000, "about"), _q(13_000, "about"))
    assert not agree(_q(1_000_000), _q(1_100_000))  # unhedged: two figures


def test_a_value_halfway_rounds_either_way() -> None:
    assert agree(_q(27), _q(27.5))  # a "27-hour" flight and "27.5 hours"
    assert not agree(_q(27), _q(27.6))


def test_a_tally_is_the_same_tally_end_to_end() -> None:
    assert agree(_tally(6, 3), _tally(6, 3))
    assert not agree(_tally(6, 3), _tally(5, 4))


def _measured(value: float, unit: str, qualifier: str | None = None) -> Quantity:
    return Quantity(f"{value} {unit}", (0, 1), value, unit=unit, qualifier=qualifier)


def test_figures_in_two_units_agree_within_their_rounding() -> None:
    assert agree(_measured(8, "mile per hour"), _measured(13, "kilometre per hour"))
    assert agree(_measured(8, "mile per hour"), _measured(12, "kilometre per hour"))
    assert agree(_measured(12, "mile"), _measured(19, "kilometre"))
    assert not agree(_measured(12, "mile"), _measured(30, "kilometre"))
    assert agree(_measured(10, "mile", "more than"), _measured(20, "kilometre"))
    assert agree(_measured(95, "fahrenheit"), _measured(35, "celsius"))


def test_a_hedged_small_figure_allows_one_only_for_a_small_step() -> None:
    assert agree(_q(8, "about"), _q(9, "about"))
    assert agree(_q(3, "about"), _q(2, "more than"))
    assert not agree(_q(3, "about"), _q(2))
