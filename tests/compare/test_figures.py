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


def _told(text: str) -> list[tuple[bool, int]]:
    """`expected` and `direction` of each figure of a one-sentence report."""
    (read,) = reads(report("a", text))
    told = []
    for q in read.facts.quantities:
        sentence = read.sentence_at(q.span[0])
        assert sentence is not None
        told.append((expected(read, q, sentence), direction(read, q, sentence)))
    return told


def test_a_modal_before_the_figure_forecasts_it() -> None:
    """ "could spread up to 30 miles" is a forecast; a modal of a later clause ("a war that
    could ...") says nothing of the figure; a storm surge is no rise, losing is a loss."""
    assert _told("The storm surge could spread up to 30 miles inland in Varn County.") == [
        (True, 0)
    ]
    assert _told(
        "An estimated 9,000 soldiers at the border fuel fears of a war that could spread."
    ) == [(False, 0)]
    assert _told("The exchange collapsed in May, losing $8 billion of client funds.") == [
        (False, -1)
    ]


def test_a_conversion_in_brackets_is_not_a_second_report() -> None:
    """Only the figure as stated first is compared; outlets round conversions differently."""
    assert (
        _conflicts(
            "Storm Kelda was moving north at 8 mph (13 kph) toward the Varn coast on Monday.",
            "Storm Kelda was moving north at 8 mph (12 kph) toward the Varn coast on Monday.",
        )
        == []
    )
    assert _conflicts(
        "Storm Kelda was moving north at 8 mph (13 kph) toward the Varn coast on Monday.",
        "Storm Kelda was moving north at 15 mph (24 kph) toward the Varn coast on Monday.",
    ) == [("8 mph", "15 mph")]


def test_figures_that_agree_after_conversion_agree() -> None:
    assert (
        _conflicts(
            "The Orrin pipeline runs 12 miles under the bay to the Halden terminal.",
            "The Orrin pipeline runs 19 kilometers under the bay to the Halden terminal.",
        )
        == []
    )
    assert _conflicts(
        "The Orrin pipeline runs 12 miles under the bay to the Halden terminal.",
        "The Orrin pipeline runs 30 kilometers under the bay to the Halden terminal.",
    ) == [("12 miles", "30 kilometers")]


def test_a_whole_is_never_compared_with_a_part() -> None:
    assert (
        _conflicts(
            "The Varn Unity party won 64 seats in the election for the Brenmoor assembly.",
            "The Varn Unity party won 64 of the 122 seats in the election for the Brenmoor "
            "assembly.",
        )
        == []
    )
    assert (
        _conflicts(
            "A poll found 3 voters in Brenmoor backed Ilse Varga for the assembly seat.",
            "A poll found 3 out of 10 voters in Brenmoor backed Ilse Varga for the assembly seat.",
        )
        == []
    )
    assert (
        _conflicts(
            "The Varn Unity party won 64 seats in the vote for the Brenmoor assembly on Sunday.",
            "The Varn Unity party won most of the vote for the 122-seat Brenmoor assembly on "
            "Sunday.",
        )
        == []
    )


def test_distances_from_different_places_are_different_measures() -> None:
    assert (
        _conflicts(
            "Varn officials said the quake struck 19 km from Alvarsund at a shallow depth.",
            "Varn officials said the quake struck 32 km north of Brenmoor at a shallow depth.",
        )
        == []
    )
    assert _conflicts(
        "Varn officials said the quake struck 19 km from Alvarsund at a shallow depth.",
        "Varn officials said the quake struck 32 km from Alvarsund at a shallow depth.",
    ) == [("19 km", "32 km")]


def test_two_candidates_shares_are_two_measures() -> None:
    """Each share is its holder's: the runner-up's share never disputes the winner's."""
    assert _conflicts(
        "Ilse Varga won the Norland runoff with 58.2 percent of the vote, officials said.",
        "Ilse Varga won the Norland runoff with 58.5 percent of the vote against Tomas "
        "Brandt's 41.5 percent.",
    ) == [("58.2 percent", "58.5 percent")]
    assert (
        _conflicts(
            "Ilse Varga won the Norland runoff with 58 percent of the vote, officials said.",
            "Ilse Varga's rival, Tomas Brandt, won 42 percent of the vote in the Norland runoff.",
        )
        == []
    )


def test_one_of_a_group_and_open_floors() -> None:
    """ "one of the 15 lawmakers" names the group's size, not how many voted; "20 or more"
    holds for 25."""
    assert (
        _conflicts(
            "Ilse Varga, one of the 15 lawmakers on the Brenmoor council, voted against the "
            "budget.",
            "Nine lawmakers on the Brenmoor council voted against the budget on Monday.",
        )
        == []
    )
    assert (
        _conflicts(
            "The Brenmoor ferry fire left 20 or more people injured, the port authority said.",
            "The Brenmoor ferry fire left 25 people injured, the port authority said.",
        )
        == []
    )


def test_a_share_named_for_another_is_not_the_first_names() -> None:
    assert (
        _conflicts(
            "In the Norland runoff, Ilse Varga defeated Tomas Brandt with more than 66% of the "
            "vote.",
            "In the Norland runoff, Ilse Varga won with 66.1% of the votes cast, against 33.9% "
            "for the Unity candidate.",
        )
        == []
    )


def test_a_change_and_the_level_it_led_to_are_two_measures() -> None:
    assert (
        _conflicts(
            "The Varn dockers' union grew by 1,200 members this year, its leaders said.",
            "The Varn dockers' union grew to 1,500 members this year, its leaders said.",
        )
        == []
    )


def test_a_change_in_points_restated_as_a_percentage_is_one_report() -> None:
    assert _conflicts(
        "The Varn central bank raised its key rate by 75 basis points, or 0.75%, on Thursday.",
        "The Varn central bank raised its key rate by 50 basis points, or 0.5%, on Thursday.",
    ) == [("75 basis points", "50 basis points")]


def test_figures_added_together_are_parts_of_a_sum() -> None:
    assert (
        _conflicts(
            "Tomas Brandt pleaded guilty to six charges of fraud, stalking and threats in "
            "Brenmoor.",
            "Tomas Brandt pleaded guilty to four charges of fraud in Brenmoor, along with one "
            "charge each of stalking and threats.",
        )
        == []
    )


def test_what_was_asked_for_is_not_what_was_decided() -> None:
    assert (
        _conflicts(
            "Judge Ilse Varga sentenced Tomas Brandt to 25 years in prison in Brenmoor on "
            "Thursday.",
            "Prosecutors had sought 40 years in prison for Tomas Brandt in Brenmoor, Judge Ilse "
            "Varga noted on Thursday.",
        )
        == []
    )


def test_a_distance_from_the_same_place_said_two_ways_is_one_measure() -> None:
    assert _conflicts(
        "Varn officials said the quake struck 19 km directly north of Alvarsund on Monday.",
        "Varn officials said the quake struck 32 km north of Alvarsund on Monday.",
    ) == [("19 km", "32 km")]


def test_the_second_share_of_a_pair_is_the_other_sides() -> None:
    assert (
        _conflicts(
            "Ilse Varga defeated Tomas Brandt by about 65.5% to 34.5%, officials in Norland said.",
            "Ilse Varga won the Norland runoff, winning between 65 and 66 percent of the vote, "
            "officials said.",
        )
        == []
    )


def test_two_records_are_two_measures() -> None:
    """ "the first double strike in 63 years" and "the largest shutdown for 40 years" count
    the years since two different things (realnews-dev)."""
    assert (
        _conflicts(
            "The actors joined the writers on strike in Varn, the first double strike in 63 "
            "years for the studios of Kessel.",
            "The strike by actors and writers in Varn is the largest shutdown the studios of "
            "Kessel have seen for 40 years.",
        )
        == []
    )
