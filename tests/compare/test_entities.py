"""The story's people and bodies across outlets: spellings merged, namesakes kept apart."""

from __future__ import annotations

from tests.compare.invented import reads, report

from newsweave.compare.entities import story_entities
from newsweave.model import CleanArticle


def test_namesakes_stay_two_people_across_articles() -> None:
    entities = story_entities(
        reads(
            report("a", "Mayor Olga Renn opened the quay. Her son Piet Renn cut the ribbon."),
            report("b", "Olga Renn spoke at the opening of the Aske quay on Monday."),
            report("c", "The ribbon was cut by Piet Renn, while Olga Renn looked on."),
        )
    )
    people = {e.name: set(e.sources) for e in entities if e.kind == "person"}
    assert people == {"Olga Renn": {"a", "b", "c"}, "Piet Renn": {"a", "c"}}


def test_a_typo_merges_and_the_usual_spelling_is_shown() -> None:
    entities = story_entities(
        reads(
            report("a", "Prime Minister Liz Renn resigned on Thursday."),
            report("b", "Lizz Renn resigned as prime minister on Thursday."),
            report("c", "Liz Renn said she would stay until a successor is chosen."),
        )
    )
    (renn,) = [e for e in entities if e.kind == "person"]
    assert renn.name == "Liz Renn"
    assert "Lizz Renn" in renn.variants and len(renn.sources) == 3


def test_seed_people_by_the_name_most_outlets_use(seeds: dict[str, CleanArticle]) -> None:
    people = {e.name: e for e in story_entities(reads(*seeds.values())) if e.kind == "person"}
    assert "Antony J. Blinken" in people["Antony Blinken"].variants
    zelenskyy = next(e for name, e in people.items() if name.startswith("Volodymyr Zelensk"))
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= {zelenskyy.name, *zelenskyy.variants}


def test_a_short_first_name_is_the_full_one_and_a_different_one_is_not() -> None:
    entities = story_entities(
        reads(
            report("a", "Astronaut Bob Renn docked the capsule. Joan Renn watched from Houston."),
            report("b", "Robert Renn said the docking went smoothly on Monday."),
            report("c", "John Renn, a flight director, confirmed the docking."),
        )
    )
    people = {e.name: (set(e.variants), set(e.sources)) for e in entities if e.kind == "person"}
    assert people["Robert Renn"] == ({"Bob Renn"}, {"a", "b"})  # one article each: the fuller
    assert people["Joan Renn"][1] == {"a"} and people["John Renn"][1] == {"c"}
