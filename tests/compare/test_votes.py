"""The words that tell a share of a vote, its round, and the two sides of one vote."""

from __future__ import annotations

from newsweave.compare.votes import of_a_vote, tells_won, two_sides, vote_round


def test_a_share_won_and_a_share_of_something_else() -> None:
    assert tells_won("The former banker won a resounding 65.8 per cent.")
    assert tells_won("Brandt took 41.5% of the votes.")
    assert not tells_won("Brandt was left trailing behind on 34.2 per cent.")
    assert of_a_vote("Brandt was left trailing behind on 34.2 per cent.")
    assert not of_a_vote("Varga enjoyed approval ratings of around 70 percent.")
    assert not of_a_vote("Varga owns a 9.2% stake in the port.")


def test_rounds_and_sides() -> None:
    assert vote_round("Varga led the first round with 27.8%.") == "first"
    assert vote_round("Varga won the run-off with 58.5%.") == "second"
    assert vote_round("Varga won 58.5% on Sunday.") == ""
    assert two_sides(65.8, 34.2) and two_sides(58.5, 41.4)
    assert not two_sides(58.5, 34.2)
