"""Who an attribution refers to: pronouns, a paragraph's unattributed quotation, roles."""

from __future__ import annotations

from newsweave.extract.quotes import find_quotes
from newsweave.extract.referents import paragraph_goes_on, referent
from newsweave.extract.speakers import Speaker
from newsweave.model import Entity, Quote

LIND = Entity(name="Mara Lind", kind="person", variants=("Mara Lind",), spans=((0, 9),))
JOURNAL = Entity(
    name="Harbour Journal", kind="organization", variants=("Harbour Journal",), spans=((40, 55),)
)


def test_he_is_the_last_person_quoted_never_an_outlet() -> None:
    lind = Quote(text="The port will reopen.", span=(12, 33), speaker="Mara Lind", role="mayor")
    journal = Quote(text="Ships are waiting.", span=(60, 78), speaker="Harbour Journal")
    he = Speaker("he", (120, 122), pronoun=True)
    assert referent(he, 100, [lind, journal], [LIND, JOURNAL]) == ("Mara Lind", "mayor")
    they = Speaker("they", (120, 124), pronoun=True)
    assert referent(they, 100, [lind, journal], [LIND, JOURNAL])[0] == "Harbour Journal"


def test_he_with_no_quotation_before_is_the_one_person_named_just_before() -> None:
    he = Speaker("he", (120, 122), pronoun=True)
    assert referent(he, 100, [], [LIND]) == ("Mara Lind", None)
    assert referent(he, 1000, [], [LIND]) == ("he", None)  # named too far back


def test_a_name_keeps_the_role_an_earlier_quotation_stated() -> None:
    earlier = [Quote(text="A.", span=(12, 14), speaker="Mara Lind", role="mayor")]
    assert referent(Speaker("Mara Lind", (50, 59)), 40, earlier, [LIND]) == ("Mara Lind", "mayor")


def test_unattributed_quotation_goes_on_only_within_its_paragraph() -> None:
    raw = '"The port will reopen," Mara Lind said. "Soon."\n\n"Not for us."'
    said = Quote(text="The port will reopen,", span=(1, 22), speaker="Mara Lind")
    soon = Quote(text="Soon.", span=(41, 46))
    other = Quote(text="Not for us.", span=(51, 62))
    assert paragraph_goes_on(raw, [said], soon).speaker == "Mara Lind"
    assert paragraph_goes_on(raw, [said], other).speaker is None


def quoted(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, [(0, len(text))])]


def test_she_is_the_person_a_sentence_after_the_last_quotation_opens_with() -> None:
    text = (
        '"We won the harbour vote tonight," Mayor Tomas Reyl told supporters.\n\n'
        "Reyl beat Ada Wenn by a wide margin.\n\n"
        "Ada Wenn conceded an hour later. She thanked her voters.\n\n"
        '"The fight for the harbour is not over," she told supporters.'
    )
    assert quoted(text) == ["Tomas Reyl", "Ada Wenn"]


def test_a_person_named_in_the_last_attribution_or_not_as_subject_is_no_newcomer() -> None:
    text = (
        '"The plan will fail," Tomas Reyl said, adding that Ada Wenn had no money for it. '
        '"It is a dream," he said.'
    )
    assert quoted(text) == ["Tomas Reyl", "Tomas Reyl"]
    text = (
        '"The plan will fail," Tomas Reyl said. Ada Wenn\'s plan, he argued, has no money. '
        '"It is a dream," he said.'
    )
    assert quoted(text) == ["Tomas Reyl", "Tomas Reyl"]


def test_he_with_no_quotation_before_is_the_last_sentence_subject() -> None:
    text = (
        "Tomas Reyl met Ada Wenn and Ilya Marsh at the dock. "
        'Reyl said he hoped the port would "find new partners." '
        'He added: "We will have the ships back by May, and the jobs."'
    )
    assert quoted(text)[-1] == "Tomas Reyl"


def test_a_name_that_heads_a_role_is_not_the_subject() -> None:
    text = (
        '"The plan will fail," Tomas Reyl said.\n\n'
        'Wenn spokesman Ilya Marsh disagreed. "It is funded," he said.'
    )
    assert quoted(text) == ["Tomas Reyl", "Ilya Marsh"]


def test_a_description_of_a_post_is_the_one_person_holding_it() -> None:
    """ "The outgoing PM added", "Norland's president said": the one person the article gives
    that post (realnews-dev quoted Liz Truss, Volodymyr Zelenskyy and Joe Biden so); with two
    presidents and no mark to choose, or an unnamed source, no one."""
    raw = (
        "Norland Prime Minister Mara Lind resigned on Monday. Norlandic President Ilse Dorn "
        'and Varn President Teo Brandt met. "We will go on," the outgoing PM added. "It is '
        'over," Norland\'s president said. "Talks went well," the president said.'
    )
    quotes = find_quotes(raw, [(0, len(raw))])
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Mara Lind", "the outgoing PM"),
        ("Ilse Dorn", "Norland's president"),
        ("the president", None),
    ]


def test_a_name_set_beside_what_a_person_is_is_a_person() -> None:
    """ "Colbert, a WGA member, ..." names a person, whom "he said" then refers to
    (realnews-dev); "Varn, a city of 50,000," is no one."""
    raw = (
        'Colbert, a guild member, prepared his audience on Monday. "Everyone hopes for a '
        'deal," he said. Varn, a city of 50,000, voted.'
    )
    assert [(q.speaker, q.role) for q in find_quotes(raw, [(0, len(raw))])] == [("Colbert", None)]
