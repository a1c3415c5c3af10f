"""Where outlets' numbers differ: quantities that count the same thing in one story are one
measure; a measure whose values do not agree is a conflict.

A measure is quantities with the same counted noun and unit ("troop", None; miles and
kilometres as one), of the same kind (a whole or not, a change or a level, a distance from
the same place, a share of the same person), said in sentences that share context words,
with values of one order of magnitude. A named person's age is a measure by the name alone
("Orsini, 54," against "the 57-year-old Orsini"); an unnamed age is none. Agreement allows
for hedges, rounding and unit conversion: "about 100,000" and "100,000" agree, "more than
90,000" and "100,000" do not. A figure that only rises (or only falls) from one publication
time to the next is an update over time, not a disagreement. A person's share of a vote is
one measure whatever words surround it, as an age is (rounds of an election kept apart), and
a share a two-way vote's article leaves unnamed is the other side's (votes.py). A record's
span of time ("the first strike in 63 years") is measured by its record. Measures are built
by leader clustering per key, so the cost grows with the number of quantities, not with its
square."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property, lru_cache
from itertools import pairwise

from newsweave.compare.agreement import agree
from newsweave.compare.figures import (
    anchor,
    happened,
    how_told,
    is_change,
    is_whole,
    record,
    restatements,
    states_figure,
)
from newsweave.compare.holders import (
    AGES,
    holder,
    other_people,
    other_subjects,
    sentence_text,
)
from newsweave.compare.labels import conflict_label, holder_name
from newsweave.compare.passages import Read, story_date
from newsweave.compare.votes import of_a_vote, tells_won, two_sides, vote_round
from newsweave.extract.units import base_unit, in_base_unit
from newsweave.model import Conflict, ConflictValue, Quantity
from newsweave.text.dates import timestamp
from newsweave.text.numbers import UNITS
from newsweave.text.outlets import outlet_name
from newsweave.text.terms import content_terms

# Context words a quantity's sentence must share with a measure (at least this many, and at
# least this share of its own): on the seeds the troop figures share 3 of 16 (spun 004) to 4
# of 10 (002) words with the measure; the 10,000 troops withdrawn share as many, and stay
# apart by magnitude.
MIN_SHARED_CONTEXT = 2
SHARED_CONTEXT = 0.15
# A figure that disagrees needs more: it makes the conflict. It must share this much of its
# sentence with one sentence of the main figure (number words set aside): 002's 90,000
# troops shares 0.4 with 001; in the bundled examples the 3,800 workers share 0.2 with the
# 4,200; a 5% offer two weeks before the 9% deal shares 0.25 (its note says it is an update).
DISPUTED = 0.2
# Without a counted noun or a unit (a bare "40 percent") a figure says little of what it
# measures (a unit does: realnews-dev's "44 days" in office against "45 days"): on
# DUC 2003 every such dissent (stock market 40% vs interest rate 50%, votes counted 22% vs a
# poll's 24%) was two things, so a dissent must share half its sentence, as a copy does.
DISPUTED_BARE = 0.5
# A year before the article's own names a figure of the past ("In 1966, the display peaked at
# 150,000 meteors"), which cannot have changed between two publications.
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Values of one measure lie within this factor of each other; further apart they count
# different things (10,000 troops withdrawn, 100,000 massed).
SAME_ORDER = 2.0
_NUMBER_WORDS = frozenset(UNITS)
_OF_THE_VOTE = frozenset({"vote", "ballot"})
_THEN = re.compile(
    r"\b(?:then|when|at)\s+(?:aged?\s+)?$", re.IGNORECASE
)  # "then 39", "at 39"  # "over three years" says nothing of what is counted


@dataclass(frozen=True)
class _Stated:
    """One article's statement of a quantity, with the context words of its sentence."""

    read: Read
    quantity: Quantity
    context: frozenset[str]
    sentence_start: int
    # Whether it is stated as expected (forecast, projected) rather than reported, and the
    # earlier time its sentence dates it to ("" for the story's own): one measure is of one.
    told: tuple[bool, str] = (False, "")
    direction: int = 0  # -1: told as a loss or fall, 1: a gain or rise, 0: neither
    holder: str = ""  # whose share it is ("macron"), "" for other figures or when unsaid
    record: str = ""  # the record a span of time is of ("first" strike in 63 years), or ""

    @property
    def centre(self) -> float:
        """The figure in its base unit (miles as kilometres), a range by its middle."""
        q = self.quantity
        value = q.value if q.value is not None else ((q.low or 0.0) + (q.high or 0.0)) / 2
        return in_base_unit(value, q.unit)

    @cached_property
    def by_holder(self) -> bool:
        """A person's age, or share of a vote, is one measure whatever the sentence says
        around it ("The centrist former banker won 65.8 per cent" and "The leader of En
        Marche! has accumulated 66.1% of the votes": realnews-dev); a share of something
        else ("approval ratings of around 70 percent", DUC 2003; a stake a person owns) is
        not. Cached: measures are built by comparing each statement with each measure."""
        if self.quantity.unit in AGES:
            return True
        return bool(self.holder) and of_a_vote(sentence_text(self.read, self.quantity))

    @cached_property
    def vote_round(self) -> str:
        """The round of an election a share is of ("first", "second"), or ""."""
        if self.quantity.unit != "percent":
            return ""
        return vote_round(sentence_text(self.read, self.quantity))


def number_conflicts(
    reads: Sequence[Read],
) -> tuple[tuple[Conflict, ...], frozenset[tuple[str, int]]]:
    """The story's numeric conflicts, and the sentences (article id, sentence start) that
    state a conflicted figure, which the digest must not state as settled."""
    conflicts: list[Conflict] = []
    disputed: set[tuple[str, int]] = set()
    for measure in _measures(reads):
        groups = _value_groups(measure)
        # Three or more values lump several things together (DUC 2003: a share of the votes
        # counted, a poll's forecast and a third candidate's vote): too ambiguous to call,
        # unless they are one person's share (realnews-dev: three outlets' projections of
        # Le Pen's vote, 41.8, 41.5 and 41.4 percent).
        several = len(groups) == 2 or (len(groups) > 2 and bool(measure[0].holder))
        note = _note(groups) if several else None
        if note is not None:
            conflicts.append(_conflict(groups, note))
            disputed.update((s.read.id, s.sentence_start) for s in measure)
    return tuple(conflicts), frozenset(disputed)


def _measures(reads: Sequence[Read]) -> list[list[_Stated]]:
    by_key: defaultdict[tuple[object, ...], list[_Stated]] = defaultdict(list)
    reference = story_date(reads)
    found = []
    for read in sorted(reads, key=lambda r: -r.article.quality.score):
        restated = restatements(read)
        for q in read.facts.quantities:
            stated = None if q.span in restated else _stated(read, q, reference)
            if stated is not None:
                found.append(stated)
    for stated in _complemented(found):
        read, q = stated.read, stated.quantity
        measured = (
            None if q.unit == "percent" and q.counts in _OF_THE_VOTE else q.counts,
            base_unit(q.unit),
            is_whole(read, q),
            is_change(read, q),
            anchor(read, q),
            stated.holder,
            stated.record,
        )
        by_key[(*measured, *stated.told)].append(stated)
    measures: list[list[_Stated]] = []
    for stated_all in by_key.values():
        measures.extend(_cluster(stated_all))
    settled = (_settled(m) for m in measures)
    return [m for m in settled if len({s.read.id for s in m}) > 1]


def _complemented(stated: list[_Stated]) -> list[_Stated]:
    """A share of the vote whose holder the text leaves unsaid ("The centrist former banker
    won 65.8 per cent") is the other side's when its article gives one side's share that makes
    100 with it ("Ms Le Pen was left trailing behind on 34.2 per cent") and the story's shares
    are of two holders only (realnews-dev: Macron's 2017 share, unnamed in two outlets)."""
    holders = {s.holder for s in stated if s.holder and s.quantity.unit == "percent"}
    if len(holders) != 2:
        return stated
    return [_other_side(s, stated, holders) for s in stated]


def _other_side(s: _Stated, stated: list[_Stated], holders: set[str]) -> _Stated:
    value = s.quantity.value
    if s.holder or s.quantity.unit != "percent" or value is None:
        return s
    if not tells_won(sentence_text(s.read, s.quantity)):
        return s
    sides = {
        o.holder
        for o in stated
        if o.read is s.read
        and o.holder
        and o.quantity.unit == "percent"
        and o.quantity.value is not None
        and two_sides(o.quantity.value, value)
    }
    other = holders - sides
    return replace(s, holder=other.pop()) if len(sides) == 1 and len(other) == 1 else s


def _stated(read: Read, q: Quantity, reference: datetime | None) -> _Stated | None:
    """The quantity as a statement of a figure with its sentence's context words, or None
    when it states no figure of the story's own."""
    sentence = read.sentence_at(q.span[0])
    if sentence is None or _centre(q) is None:
        return None
    whose = holder(read, q)
    if not (_named_age(read, q, whose) if q.unit in AGES else states_figure(read, q)):
        return None
    expects, moves = how_told(read, q, sentence)
    context = (
        frozenset(read.article.sentence_terms(sentence)) - _NUMBER_WORDS - _figure_terms(q.text)
    )
    return _Stated(
        read,
        q,
        context,
        sentence.start,
        (expects, happened(read, q, sentence, reference)),
        moves,
        whose,
        record(read, q, sentence),
    )


@lru_cache(maxsize=4096)
def _figure_terms(text: str) -> frozenset[str]:
    """The content words of a figure's text ("100,000 troops"), set aside from its
    sentence's: counted once per wording, as outlets repeat a story's figures."""
    return frozenset(content_terms(text))


def _named_age(read: Read, q: Quantity, whose: str) -> bool:
    """An age is a figure of the story when it is a named person's, said of now: not "then
    39", not in a sentence naming an earlier year ("at 39, in 2017")."""
    raw = read.article.article.raw
    then = _THEN.search(raw, max(0, q.span[0] - 8), q.span[0])
    return bool(whose) and then is None and not _names_past_year(read, q)


def _centre(q: Quantity) -> float | None:
    if q.value is not None:
        return q.value
    return None if q.low is None or q.high is None else (q.low + q.high) / 2


def _cluster(stated: list[_Stated]) -> list[list[_Stated]]:
    """Leader clustering: a quantity joins the first measure whose pooled context it shares,
    whose first value is of the same order and not told as moving the other way."""
    measures: list[tuple[set[str], list[_Stated]]] = []
    for s in stated:
        for pool, members in measures:
            shared = len(s.context & pool)
            ratio = max(s.centre, members[0].centre) / max(min(s.centre, members[0].centre), 1e-9)
            context = shared >= MIN_SHARED_CONTEXT and shared >= SHARED_CONTEXT * len(s.context)
            if (
                (s.by_holder or context)
                and ratio <= SAME_ORDER
                and s.direction * members[0].direction >= 0
                and not _rounds_apart(s, members[0])
            ):
                members.append(s)
                pool |= s.context
                break
        else:
            measures.append((set(s.context), [s]))
    return [members for _, members in measures]


def _rounds_apart(a: _Stated, b: _Stated) -> bool:
    """Shares of two rounds of one election ("27.8% in the first round", "58.5% in the
    runoff") are two measures, whoever holds them."""
    return bool(a.vote_round and b.vote_round) and a.vote_round != b.vote_round


def _settled(measure: list[_Stated]) -> list[_Stated]:
    """An article giving two different values for one measure tells two things apart that
    the measure lumps together: too ambiguous to call a conflict. A named holder's share
    lumps nothing, so only the article is set aside (realnews-dev: one outlet giving two
    channels' projections, 58.2 and 57.6 percent, beside others' 58.2 and 58.5)."""
    values: defaultdict[str, set[float]] = defaultdict(set)
    for s in measure:
        values[s.read.id].add(s.centre)
    torn = {article for article, v in values.items() if len(v) > 1}
    if not torn or not measure[0].holder:
        return [] if torn else measure
    return [s for s in measure if s.read.id not in torn]


def _value_groups(measure: list[_Stated]) -> list[list[_Stated]]:
    """Statements grouped by agreeing values, the most widely stated first; a group's first
    statement is its wording. A dissenting value stays only when its sentences share enough
    of the main value's context to be about the same thing."""
    groups: list[list[_Stated]] = []
    for s in sorted(measure, key=_wording_rank):
        for group in groups:
            if all(agree(s.quantity, o.quantity) for o in group):
                group.append(s)
                break
        else:
            groups.append([s])
    groups.sort(key=lambda g: -len({s.read.id for s in g}))
    return groups[:1] + [g for g in groups[1:] if _same_thing(g, groups[0])]


def _same_thing(dissent: list[_Stated], main: list[_Stated]) -> bool:
    """Some dissenting sentence shares enough words with some sentence of the main value."""
    q = main[0].quantity
    if q.unit in AGES:  # one person's age (the key): the words around it may differ
        return any(
            not other_people(s.read, s.quantity, o.read, o.quantity) for s in dissent for o in main
        )
    if main[0].by_holder and any(s.by_holder for s in dissent):
        return True  # one person's share of the vote (the key), as an age
    # "66.1% of the votes" names no more than "66.1%" does: whose share it is, or how much
    # of the vote is counted (realnews-dev: "with 93% of the votes counted"), is unsaid.
    counted = q.counts is not None and not (q.unit == "percent" and q.counts in _OF_THE_VOTE)
    named = counted or q.unit not in (None, "percent") or main[0].holder
    share = DISPUTED if named else DISPUTED_BARE
    return any(
        len(s.context & o.context) >= share * len(s.context)
        and not other_subjects(s.read, s.quantity, o.read, o.quantity)
        for s in dissent
        for o in main
    )


def _wording_rank(s: _Stated) -> tuple[bool, bool, float]:
    """Clean articles' plain figures first: they word each side of the conflict."""
    sentence = s.read.sentence_at(s.quantity.span[0])
    return (
        not s.read.quotable(sentence),
        s.quantity.qualifier is not None,
        -s.read.article.quality.score,
    )


def _conflict(groups: list[list[_Stated]], note: str) -> Conflict:
    values = tuple(_value(g) for g in groups)
    return Conflict(what=_what(groups), kind="number", values=values, note=note)


def _value(group: list[_Stated]) -> ConflictValue:
    q = group[0].quantity
    return ConflictValue(
        value=q.value,
        text=q.text,
        sources=tuple(dict.fromkeys(s.read.id for s in group)),
        low=q.low,
        high=q.high,
        unit=q.unit,
        qualifier=q.qualifier,
    )


def _what(groups: list[list[_Stated]]) -> str:
    """The counted noun as the articles write it ("troops"), else the unit, with whose
    figure it is or what the disagreeing sentences say of it (labels.py)."""
    main, other = groups[0][0], groups[1][0]
    whose = main.holder and main.by_holder
    return conflict_label(
        _noun(groups),
        sentence_text(main.read, main.quantity),
        main.context & other.context,
        holder_name(main.holder, main.read.facts.entities) if whose else "",
        main.quantity.unit in AGES,
    )


def _noun(groups: list[list[_Stated]]) -> str:
    """The counted noun as the articles write it ("troops"), else the unit."""
    q = groups[0][0].quantity
    nouns = [
        word
        for g in groups
        for s in g
        if (word := s.quantity.text.split()[-1].strip(".,").lower())
        and not word[0].isdigit()
        and q.counts is not None
        and q.counts in content_terms(word)
    ]
    # The most used wording; the first seen of equally used ones (a set would pick by hash).
    return max(dict.fromkeys(nouns), key=nouns.count) if nouns else (q.counts or q.unit or "figure")


ONE_OUTLET_NOTE = "update: one outlet's figure changed between its reports"


def _note(groups: list[list[_Stated]]) -> str | None:
    """An update when each value was published after every other value before it and the
    figure moves one way (undated articles set aside), unless a sentence dates its figure to
    an earlier year; otherwise a disagreement. One outlet's figures in its successive reports
    are its updates when the later plausibly revises the earlier, never a disagreement
    between outlets; None when they do not (two measures of its own)."""
    if _one_outlet_over_days(groups):
        return ONE_OUTLET_NOTE if _by_time(groups) and _revisable(groups) else None
    if _by_time(groups) and not any(_of_the_past(s) for g in groups for s in g):
        return "update: the figure changed over time, by publication time"
    return "disagreement: outlets state different figures"


def _by_time(groups: list[list[_Stated]]) -> bool:
    """Every article dated, each value published after every value before it, and the
    values moving one way."""
    stamps = [
        [timestamp(p) for s in g if (p := s.read.article.article.published) is not None]
        for g in groups
    ]
    if not all(stamps) or _ageing_too_fast(groups, stamps):
        return False
    spans = sorted((min(ts), max(ts), g[0].centre) for ts, g in zip(stamps, groups, strict=True))
    values = [v for *_, v in spans]
    ordered = all(a[1] < b[0] for a, b in pairwise(spans))
    return ordered and (values == sorted(values) or values == sorted(values, reverse=True))


def _ageing_too_fast(groups: list[list[_Stated]], stamps: list[list[float]]) -> bool:
    """A person's ages that differ by more than the years between the reports are no update
    but a disagreement (DUC 2003: a witness 23 years old, then 32, in two reports of a day)."""
    if groups[0][0].quantity.unit not in AGES:
        return False
    values = [g[0].centre for g in groups]
    years = (max(max(t) for t in stamps) - min(min(t) for t in stamps)) / (365.25 * 86400)
    return max(values) - min(values) > years + 1


def _revisable(groups: list[list[_Stated]]) -> bool:
    """A later figure plausibly revises an earlier one of the same outlet when it counts
    people or things (a toll, the evacuated: DUC 2003's 85 then 102 dead) or restates the
    same sentence (half the words of each); a storm's speed on two days, a countdown ("five
    days until", then "three days") or two amounts of a budget fight (DUC 2003: $14 billion
    requested, $18 billion approved) are different measures."""
    counted = groups[0][0].quantity.counts is not None
    return counted or any(
        len(s.context & o.context) >= DISPUTED_BARE * max(len(s.context), len(o.context))
        for s in groups[1]
        for o in groups[0]
    )


def _one_outlet_over_days(groups: list[list[_Stated]]) -> bool:
    """Every value from one known outlet, in reports of more than one day (on one day, two
    of its reporters may simply disagree: DUC 2003's Pinochet-era deaths)."""
    stated = [s for g in groups for s in g]
    outlets = {
        outlet_name(s.read.article.article.source, s.read.article.article.url) for s in stated
    }
    days = {s.read.published.date() for s in stated if s.read.published is not None}
    return len(outlets) == 1 and None not in outlets and len(days) > 1


def _of_the_past(s: _Stated) -> bool:
    """The sentence names a year before its article's publication year."""
    return _names_past_year(s.read, s.quantity)


def _names_past_year(read: Read, q: Quantity) -> bool:
    published = read.published
    years = [int(y) for y in _YEAR.findall(sentence_text(read, q))]
    return published is not None and any(y < published.year for y in years)
