"""The story's people and bodies across outlets: spellings merged, namesakes kept apart."""

from __future__ import annotations

from tests.compare.invented import reads, report

from newsweave.compare.entities import story_entities
from newsweave.model import CleanArticle, StoryEntity


def people_of(*texts: str) -> dict[str, StoryEntity]:
    """The people of a story of invented reports "a", "b", "c", ... by their shown names."""
    found = story_entities(reads(*(report(chr(97 + n), t) for n, t in enumerate(texts))))
    return {e.name: e for e in found if e.kind == "person"}


def test_namesakes_stay_two_people_across_articles() -> None:
    people = people_of(
        "Mayor Olga Renn opened the quay. Her son Piet Renn cut the ribbon.",
        "Olga Renn spoke at the opening of the Aske quay on Monday.",
        "The ribbon was cut by Piet Renn, while Olga Renn looked on.",
    )
    sources = {name: set(e.sources) for name, e in people.items()}
    assert sources == {"Olga Renn": {"a", "b", "c"}, "Piet Renn": {"a", "c"}}


def test_a_typo_merges_and_the_usual_spelling_is_shown() -> None:
    people = people_of(
        "Prime Minister Liz Renn resigned on Thursday.",
        "Lizz Renn resigned as prime minister on Thursday.",
        "Liz Renn said she would stay until a successor is chosen.",
    )
    (renn,) = people.values()
    assert renn.name == "Liz Renn"
    assert "Lizz Renn" in renn.variants and len(renn.sources) == 3


def test_seed_people_by_the_name_most_outlets_use(seeds: dict[str, CleanArticle]) -> None:
    people = {e.name: e for e in story_entities(reads(*seeds.values())) if e.kind == "person"}
    assert "Antony J. Blinken" in people["Antony Blinken"].variants
    zelenskyy = next(e for name, e in people.items() if name.startswith("Volodymyr Zelensk"))
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= {zelenskyy.name, *zelenskyy.variants}


def test_a_short_first_name_is_the_full_one_and_a_different_one_is_not() -> None:
    found = people_of(
        "Astronaut Bob Renn docked the capsule. Joan Renn watched from Houston.",
        "Robert Renn said the docking went smoothly on Monday.",
        "John Renn, a flight director, confirmed the docking.",
    )
    people = {name: (set(e.variants), set(e.sources)) for name, e in found.items()}
    assert people["Robert Renn"] == ({"Bob Renn"}, {"a", "b"})  # one article each: the fuller
    assert people["Joan Renn"][1] == {"a"} and people["John Renn"][1] == {"c"}
