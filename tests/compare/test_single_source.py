"""What only one outlet says: whole claims with their one origin, never page debris."""

from __future__ import annotations

from tests.compare.invented import report

from newsweave.cluster import publication_order
from newsweave.compare.single_source import is_claim
from newsweave.digest import build_digest
from newsweave.model import CleanArticle, Story

SHARED = (
    "Dockworkers at the Port of Lindmark walked out on Tuesday after talks on pay broke down. "
    "The union said the strike would last until the authority returned to the table. "
)


def test_a_scoop_is_cited_to_its_one_outlet_and_debris_is_not_a_claim() -> None:
    first = report(
        "gazette",
        SHARED + "The authority had quietly hired replacement crews from Varn two weeks ago.\n"
        "Photo: ILSE DORN/Harbour Gazette via Lindmark Images\n"
        "Talks are expected to resume after the harbour authority board meets on",
    )
    second = report("post", SHARED + "Traffic at the port fell by half on Tuesday evening.")
    digest = build_digest(Story("s", (first, second)))
    claims = {c.text: c.source for c in digest.comparison.single_source}
    assert claims["The authority had quietly hired replacement crews from Varn two weeks ago."] == (
        "gazette"
    )
    assert claims["Traffic at the port fell by half on Tuesday evening."] == "post"
    assert not any("Photo" in text or text.endswith("meets on") for text in claims)


def test_what_makes_a_claim() -> None:
    assert is_claim("Chief Justice Ilse Dorn concurs in the judgment.")
    assert is_claim('"We had no choice but to strike," the union president said.”')
    for debris in (
        "This Article is From Nov 14, 2026",
        "Many states were ready.",
        "Liftoff is at 7:27pm ET: https://t.co/xyz and more to come.",
        "— Varn Space Agency (@VarnSpace) November 15, 2026",
        "Its landing was scheduled to take place on or around August 21 with",
        "Who will take over from the harbour authority now?",
    ):
        assert not is_claim(debris), debris


def test_a_claim_another_outlet_words_its_own_way_is_not_one_outlets() -> None:
    gazette = report(
        "gazette",
        "Dockworkers at the Port of Lindmark walked out on Tuesday after talks on pay broke "
        "down. The harbour authority promised every striking crane driver a bonus of 400 crowns "
        "on Wednesday. Ships queued outside the breakwater for most of the night.",
    )
    post = report(
        "post",
        "The strike at Lindmark entered its second day with no talks planned, union leaders "
        "said. Crane drivers on strike were promised a 400-crown bonus by the harbour authority, "
        "union leader Tove Marsk told reporters gathered outside the canteen on the east quay "
        "before the evening shift. A ferry to Varn was cancelled for the first time this year.",
    )
    digest = build_digest(Story("s", (gazette, post)))
    claims = {c.text for c in digest.comparison.single_source}
    # Worded too differently to be one statement (no fact of two outlets), close enough to be
    # one claim: neither outlet has it alone.
    assert not digest.comparison.facts
    assert not any("bonus" in text for text in claims)
    assert "Ships queued outside the breakwater for most of the night." in claims
    assert "A ferry to Varn was cancelled for the first time this year." in claims


def test_the_seeds_call_is_no_scoop_but_who_asked_for_it_is(
    seeds: dict[str, CleanArticle],
) -> None:
    ordered = publication_order(list(seeds.values()))
    digest = build_digest(Story("seeds", tuple(ordered)))
    claims = {c.text for c in digest.comparison.single_source}
    assert not any("will hold a phone call" in text for text in claims)  # all five say it
    assert any(text.startswith("The call was requested by Putin") for text in claims)
