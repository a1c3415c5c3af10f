"""Quantities on invented sentences (every shape the extractor promises) and on the seeds,
where four outlets say 100,000 troops and one says more than 90,000."""

from __future__ import annotations

import random
import re

import pytest

from newsweave.extract.quantities import _sentence_start, find_quantities
from newsweave.model import CleanArticle, Quantity


def quantities(sentence: str) -> tuple[Quantity, ...]:
    return find_quantities(sentence, [(0, len(sentence))])


def only(sentence: str) -> Quantity:
    found = quantities(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "counts", "qualifier"),
    [
        (
            "Varnia has massed 100,000 troops near the river.",
            "100,000 troops",
            100_000,
            None,
            "troop",
            None,
        ),
        (
            "Varnia sent some 100,000 soldiers north.",
            "some 100,000 soldiers",
            100_000,
            None,
            "troop",
            "about",
        ),
        ("Orbix will pay $44 billion for the chain.", "$44 billion", 44e9, "USD", None, None),
        (
            "Holders get $54.20 per share in cash.",
            "$54.20 per share",
            54.2,
            "USD per share",
            None,
            None,
        ),
        (
            "The bank cut rates by 75 basis points.",
            "75 basis points",
            75,
            "basis point",
            None,
            None,
        ),
        ("A magnitude 7.8 quake hit the coast.", "magnitude 7.8", 7.8, "magnitude", None, None),
        ("He was jailed for 22.5 years.", "22.5 years", 22.5, "year", None, None),
        ("There were 189 people aboard the ferry.", "189 people", 189, None, "person", None),
        ("Only ten Republicans voted for it.", "ten Republicans", 10, None, "republican", None),
        ("They held a two-hour video call.", "two-hour", 2, "hour", None, None),
        ("The city has 3 million residents.", "3 million residents", 3e6, None, "resident", None),
        ("Police detained a dozen protesters.", "a dozen protesters", 12, None, "protester", None),
        ("Half of the voters stayed home.", "Half of the voters", 0.5, None, "voter", None),
        ("The storm killed about 40 people.", "about 40 people", 40, None, "person", "about"),
        ("Roughly 40 homes burned.", "Roughly 40 homes", 40, None, "home", "about"),
        (
            "It employs more than 9,000 workers.",
            "more than 9,000 workers",
            9000,
            None,
            "worker",
            "more than",
        ),
        ("Prices rose over 30 percent.", "over 30 percent", 30, "percent", None, "more than"),
        ("At least 12 people died.", "At least 12 people", 12, None, "person", "at least"),
        ("The fund may raise up to €500 million.", "up to €500 million", 5e8, "EUR", None, "up to"),
        ("Nearly 2,000 soldiers left.", "Nearly 2,000 soldiers", 2000, None, "troop", "nearly"),
        ("Almost 70 forces remained.", "Almost 70 forces", 70, None, "troop", "nearly"),
        (
            "Fewer than 50 civilians fled.",
            "Fewer than 50 civilians",
            50,
            None,
            "civilian",
            "less than",
        ),
        (
            "Less than 5% of ballots were void.",
            "Less than 5% of ballots",
            5,
            "percent",
            "ballot",
            "less than",
        ),
        ("Inflation hit 7.5 per cent.", "7.5 per cent", 7.5, "percent", None, None),
        (
            "Support fell 4 percentage points.",
            "4 percentage points",
            4,
            "percentage point",
            None,
            None,
        ),
        ("The club paid £30m for him.", "£30m", 3e7, "GBP", None, None),
        ("It cost 500 million yen.", "500 million yen", 5e8, "JPY", None, None),
        ("Tickets cost 15 euros.", "15 euros", 15, "EUR", None, None),
        (
            "The Brandt family lost 25 fatalities, a reporter said.",
            "25 fatalities",
            25,
            None,
            "death",
            None,
        ),
        ("There were 30 wounded.", "30 wounded", 30, None, "injury", None),
        ("Officials said 12 people were killed.", "12 people", 12, None, "person", None),
        ("Rescuers found 8 people killed in the blast.", "8 people killed", 8, None, "death", None),
        ("The 15-year-old student won.", "15-year-old", 15, "year of age", None, None),
        ("Stocks lost 2.5bn dollars.", "2.5bn dollars", 2.5e9, "USD", None, None),
        ("The quake struck 10 km inland.", "10 km", 10, "kilometre", None, None),
        (
            "Police said 20 or more people were hurt.",
            "20 or more people",
            20,
            None,
            "person",
            "at least",
        ),
        ("Some 40 or so ships sailed.", "Some 40 or so ships", 40, None, "ship", "about"),
        ("Losses exceeding $10 billion.", "exceeding $10 billion", 1e10, "USD", None, "more than"),
    ],
)
def test_quantity_shapes(
    sentence: str,
    text: str,
    value: float,
    unit: str | None,
    counts: str | None,
    qualifier: str | None,
) -> None:
    found = only(sentence)
    assert found.text == text
    assert sentence[found.span[0] : found.span[1]] == text
    assert found.value == pytest.approx(value)
    assert (found.unit, found.counts, found.qualifier) == (unit, counts, qualifier)


def test_counted_noun_before_the_number() -> None:
    found = only("The Kalvian army massed troops, with estimates of more than 90,000 along it.")
    assert (found.text, found.value, found.counts, found.qualifier) == (
        "more than 90,000",
        90_000,
        "troop",
        "more than",
    )
    assert only("The death toll rose to 45 on Sunday.").counts == "death"


@pytest.mark.parametrize(
    ("sentence", "low", "high", "measured"),
    [
        ("The target range is 1.50%-1.75% now.", 1.5, 1.75, "percent"),
        ("It drove from 252 to 287 miles.", 252, 287, "mile"),
        ("Between 10 and 20 people came.", 10, 20, "person"),
        ("Growth slowed from 4.8 percent to 4.7 percent.", 4.8, 4.7, "percent"),
        ("It will cost $1 to 2 billion.", 1e9, 2e9, "USD"),
        ("Thousands of people marched.", 1e3, 1e4, "person"),
        ("Tens of thousands of fans sang.", 1e4, 1e5, "fan"),
    ],
)
def test_ranges(sentence: str, low: float, high: float, measured: str | None) -> None:
    found = only(sentence)
    assert found.value is None
    assert (found.low, found.high) == (pytest.approx(low), pytest.approx(high))
    assert (found.unit or found.counts) == measured


def test_an_age_set_off_by_commas_after_a_name() -> None:
    assert only("Tamsin Orlo, 66, has retired.").unit == "year of age"
    assert only("The 68-year-old coach left.").unit == "year of age"


def test_a_vote_or_score_keeps_its_order() -> None:
    found = only("The bill passed 232-197 in the chamber.")
    assert (found.text, found.value, found.low, found.high, found.unit) == (
        "232-197",
        None,
        232,
        197,
        "tally",
    )


def test_a_change_and_where_it_led_are_two_quantities() -> None:
    found = quantities("Exports to Brindia dropped 7% to $2.3 billion.")
    assert [(q.value, q.unit) for q in found] == [(7, "percent"), (2.3e9, "USD")]
    found = quantities("Debt increased by $43.6 billion to $419.2 billion.")
    assert [q.value for q in found] == [43.6e9, 419.2e9]


def test_a_number_list_is_not_a_range() -> None:
    found = quantities("Tickets were €20 and £3m was raised, indexes at -1.3% and -0.6%.")
    assert [(q.value, q.unit) for q in found] == [
        (20, "EUR"),
        (3e6, "GBP"),
        (-1.3, "percent"),
        (-0.6, "percent"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant opened in 2014 after a long delay.",
        "They met on Dec. 7 and again on December 29, 2021.",
        "Talks were set for 7 December in Geneva.",
        "The vote is at 3:45 p.m. and the count at 10am.",
        "Apollo 11 reached orbit and the Section 427 rules apply.",
        "The F-35 jet and COVID-19 rules were discussed on 12/29/2021.",
        "The 22nd amendment came up, and no one objected.",
        "The team reached the 2019-20 final with the new iPhone 14.",
    ],
)
def test_dates_times_ordinals_and_names_are_not_quantities(sentence: str) -> None:
    assert quantities(sentence) == ()


def test_spans_limit_the_search_and_point_into_raw() -> None:
    raw = "Caption: 40 photos\nThe army moved 5,000 troops.\nShare 12 times"
    body = (raw.index("The"), raw.index("\nShare"))
    found = find_quantities(raw, [body])
    assert [raw[s:e] for s, e in (q.span for q in found)] == ["5,000 troops"]
    assert find_quantities(raw, []) == ()


def test_seed_troop_counts(seeds: dict[str, CleanArticle]) -> None:
    troops = {}
    for number, article in seeds.items():
        found = find_quantities(article.article.raw, article.paragraphs)
        troops[number] = [q for q in found if q.counts == "troop"]
    for number in ("000", "001", "003", "004"):
        assert any(q.value == 100_000 for q in troops[number]), number
    assert [(q.value, q.qualifier) for q in troops["002"]] == [(90_000, "more than")]
    assert next(q for q in troops["001"]).qualifier == "about"  # "some 100,000 soldiers"


def test_seed_spans_are_the_text(seeds: dict[str, CleanArticle]) -> None:
    for article in seeds.values():
        for found in find_quantities(article.article.raw, article.paragraphs):
            assert article.article.raw[found.span[0] : found.span[1]] == found.text


def test_a_sentence_starts_after_the_last_stop_and_space_before_the_number() -> None:
    # Found backwards from the number: the same as the last "[.!?]\s" a scan finds.
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(
            rng.choice([".", "!", "?", " ", "\n", "a", "\u2003", ". "]) for _ in range(12)
        )
        start = rng.randrange(len(text) + 1)
        at = rng.randrange(start, len(text) + 1)
        ends = [m.end() for m in re.finditer(r"[.!?]\s", text[:at]) if m.start() >= start]
        assert _sentence_start(text, start, at) == (ends[-1] if ends else start)
