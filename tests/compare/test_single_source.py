"""What only one outlet says: whole claims with their one origin, never page debris."""

from __future__ import annotations

from tests.compare.invented import report

from newsweave.compare.single_source import is_claim
from newsweave.digest import build_digest
from newsweave.model import Story

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
    ):
        assert not is_claim(debris), debris
