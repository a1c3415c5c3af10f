"""Which quantities state a figure of the story's own, read through the conflicts they make
or do not make between two invented reports."""

from __future__ import annotations

from tests.compare.invented import reads, report

from newsweave.compare.conflicts import number_conflicts
from newsweave.compare.figures import direction, expected


def _conflicts(first: str, second: str) -> list[tuple[str, ...]]:
    conflicts, _ = number_conflicts(reads(report("a", first), report("b", second)))
    return [tuple(v.text for v in c.values) for c in conflicts]


def test_a_unit_is_specific_enough_for_a_dissent() -> None:
    """Days in office, said differently: a unit says what is measured, as a counted noun
    does."""
    assert _conflicts(
        "Premier Anna Holt of Norland resigned after just 45 days in office, the shortest "
        "tenure of any premier.",
        "Norland Premier Anna Holt announced her resignation from the post of premier, 44 days "
        "after taking up the post, following a string of gaffes.",
    ) == [("45 days", "44 days")]


def test_a_forecast_is_not_compared_with_a_result() -> None:
    assert (
        _conflicts(
            "Kelland Lines lost 300,000 passengers in the spring quarter, its report showed.",
            "Kelland Lines had forecast that it would lose 500,000 passengers in the spring "
            "quarter.",
        )
        == []
    )


def test_a_loss_and_a_gain_are_two_measures() -> None:
    assert (
        _conflicts(
            "Kelland Lines projected that it would lose 2 million passengers over the summer.",
            "Kelland Lines projected that it would gain 1.5 million passengers over the summer.",
        )
        == []
    )


def test_a_figure_of_an_earlier_time_is_another_happening() -> None:
    assert (
        _conflicts(
            "The Orbis capsule carried four astronauts to the Halden station on Sunday night.",
            "The Orbis capsule carried two astronauts to the Halden station on a test flight "
            "earlier this year.",
        )
        == []
    )


def test_part_of_a_group_and_new_additions_are_not_the_figure() -> None:
    assert (
        _conflicts(
            "About 9,000 of its members joined the walkout at the Brenmoor docks, the union said.",
            "The union's 12,000 members joined the walkout at the Brenmoor docks on Monday.",
        )
        == []
    )
    assert (
        _conflicts(
            "Kelland Lines now counts 220 million passengers a year on its Brenmoor routes.",
            "Kelland Lines added 150 million new passengers a year on its Brenmoor routes.",
        )
        == []
    )


def test_expected_and_direction_of_a_figure() -> None:
    (read,) = reads(report("a", "Analysts expected a loss of 40 jobs, but the mill cut 25 jobs."))
    first, second = read.facts.quantities
    sentence = read.sentence_at(first.span[0])
    assert sentence is not None
    assert expected(read, first, sentence) and not expected(read, second, sentence)
    assert direction(read, second, sentence) == -1
