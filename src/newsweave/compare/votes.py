"""Shares of a vote: whether a sentence tells one won, whether a person's share in it is of
a vote at all (not an approval rating or a stake), which round of an election it is of, and
when two shares are the two sides of one two-way vote."""

from __future__ import annotations

import re

# Two sides' shares of one vote make 100 up to rounding (and votes for others): 65.8 and 34.2.
COMPLEMENT = 1.0
_WON = re.compile(
    r"\b(?:won|wins?|winning|took|takes|received|secured|garnered|accumulated|captured|got|"
    r"defeated|beat|beating|votes?|ballots?)\b",
    re.IGNORECASE,
)
# A person's share of something other than a vote.
_NOT_A_VOTE = re.compile(
    r"\b(?:approval|ratings?|popularity|favou?rab\w*|stake|owns?|owned|ownership|holding)\b",
    re.IGNORECASE,
)
_FIRST_ROUND = re.compile(r"\b(?:first|1st|opening)[\s-]+round\b", re.IGNORECASE)
_SECOND_ROUND = re.compile(r"\b(?:second|2nd|final)[\s-]+round\b|\brun-?off\b", re.IGNORECASE)


def tells_won(sentence: str) -> bool:
    """The sentence tells of a share won or of votes ("won 65.8 per cent", "of the votes")."""
    return _WON.search(sentence) is not None


def of_a_vote(sentence: str) -> bool:
    """A person's share in the sentence is not of something other than a vote ("approval
    ratings of around 70 percent", DUC 2003; a stake a person owns)."""
    return _NOT_A_VOTE.search(sentence) is None


def vote_round(sentence: str) -> str:
    """ "first" or "second" when the sentence names the round of a vote, else ""."""
    if _SECOND_ROUND.search(sentence):
        return "second"
    return "first" if _FIRST_ROUND.search(sentence) else ""


def two_sides(a: float, b: float) -> bool:
    """Two shares that make 100 up to rounding: the two sides of one two-way vote."""
    return abs(a + b - 100) <= COMPLEMENT
