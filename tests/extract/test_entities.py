"""Named entities with variants merged: invented sentences and the seed reports."""

from __future__ import annotations

from newsweave.extract.entities import _LOWER_WORD, LowerWords, find_entities
from newsweave.model import CleanArticle, Entity


def entities_of(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text, [(0, len(text))])}


def test_titles_are_kept_apart_and_variants_merged() -> None:
    text = (
        "Foreign Minister Ilse Marwick met officials in Lisbon on Friday. Marwick said talks "
        "with the Harbour Workers Union would go on. Ilse K. Marwick later left for Portugal."
    )
    found = entities_of(text)
    marwick = found["Ilse Marwick"]
    assert marwick.kind == "person"
    assert set(marwick.variants) == {"Ilse Marwick", "Marwick", "Ilse K. Marwick"}
    assert [text[a:b] for a, b in marwick.spans] == ["Ilse Marwick", "Marwick", "Ilse K. Marwick"]
    assert found["Lisbon"].kind == "place" and found["Portugal"].kind == "place"
    assert found["Harbour Workers Union"].kind == "organization"


def test_palaces_lakes_and_nebulae_are_places_and_a_mayor_a_person() -> None:
    found = entities_of(
        "The minister drove from Varn Palace to Lake Osten, where the Kessel Nebula shows in "
        "August. Mayor Tomas River said the road was closed, and Tomas Castle agreed."
    )
    assert {name: found[name].kind for name in ("Varn Palace", "Lake Osten", "Kessel Nebula")} == {
        "Varn Palace": "place",
        "Lake Osten": "place",
        "Kessel Nebula": "place",
    }
    assert found["Tomas River"].kind == "person"  # a title before it
    assert found["Tomas Castle"].kind == "person"  # a surname more than a place's word


def test_close_spellings_of_a_surname_are_one_person() -> None:
    found = entities_of("President Oleksiy Danylenkko spoke. Later, Oleksiy Danylenko left.")
    assert list(found) == ["Oleksiy Danylenkko"]


def test_seeds_merge_blinken_and_zelenskyy(seeds: dict[str, CleanArticle]) -> None:
    def people(number: str) -> dict[str, Entity]:
        article = seeds[number]
        found = find_entities(article.article.raw, article.paragraphs)
        return {e.name: e for e in found if e.kind == "person"}

    assert set(people("004")["Antony J. Blinken"].variants) == {"Antony J. Blinken", "Blinken"}
    assert "Volodymyr Zelensky" in people("004")
    assert "Volodymyr Zelenskyy" in people("001")
    assert set(people("003")["Ned Price"].variants) == {"Ned Price", "Price"}
    # titles are roles, not names
    assert "Antony Blinken" in people("001") and "Vladimir Putin" in people("000")


def test_the_cleaned_sentences_give_what_splitting_again_gives(
    seeds: dict[str, CleanArticle],
) -> None:
    for article in seeds.values():
        raw, spans = article.article.raw, article.paragraphs
        assert find_entities(raw, spans, article.sentences) == find_entities(raw, spans)


def test_a_first_name_that_is_also_a_word_keeps_the_full_name() -> None:
    text = (
        "Port director Will Brand spoke on Monday. The dock will reopen, he said. "
        '"We will spend the money on the dock," Brand said. On Tuesday, Mark Osei, who '
        'will mark the day, agreed. "It needs work," Osei said.'
    )
    people = {e.name: e.variants for e in find_entities(text, [(0, len(text))])}
    assert people["Will Brand"] == ("Will Brand", "Brand")
    assert people["Mark Osei"] == ("Mark Osei", "Osei")


def test_a_function_word_before_a_surname_is_no_first_name() -> None:
    text = 'Did Brand Lie? The port did not say. "We paid," Brand said.'
    names = {e.name for e in find_entities(text, [(0, len(text))])}
    assert "Did Brand" not in names


def test_a_name_written_family_name_first_is_one_person() -> None:
    text = 'Premier Wen Tao met the envoy on Monday. "The two ports must work together," Wen said.'
    people = {e.name: e.variants for e in find_entities(text, [(0, len(text))])}
    assert people == {"Wen Tao": ("Wen Tao", "Wen")}
    text = 'Ada Wen and Wen Tao met. "We agree," Wen said.'  # a surname first: Ada Wen's
    names = {e.name for e in find_entities(text, [(0, len(text))])}
    assert "Wen Tao" in names and "Ada Wen" in names


def test_a_surname_with_a_particle_is_the_full_name_it_ends() -> None:
    text = "Ilse Le Dorn won the vote. Le Dorn said little, and Le Dorn left."
    people = {e.name: e.variants for e in find_entities(text, [(0, len(text))])}
    assert people == {"Ilse Le Dorn": ("Ilse Le Dorn", "Le Dorn")}


def test_lower_words_are_the_words_a_whole_scan_finds() -> None:
    text = "A well-known don't ab-Cd students' x_ab éabc abcé -ab- 'cd' well rock-'n'-roll"
    found = set(_LOWER_WORD.findall(text))
    lower = LowerWords(text)
    asked = {w[:i] for w in text.lower().split() for i in range(1, len(w) + 1)}
    assert {word for word in asked | found if word in lower} == found


def test_page_debris_and_groups_are_no_people_and_bodies_keep_their_names() -> None:
    """Realnews-dev pages named "Surprise Me", "Buy Now" and "AFP PHOTO" as people, cut
    "European Union" to "Union" and read "Supporters of Emmanuel Macron" as one name."""
    text = (
        "Surprise Me!\nSupporters of Ilse Marwick cheered in Varn on Sunday. Everyone said the "
        "Norland Union and the European Union would welcome her. The Kessel Museum stayed open.\n"
        "VARN PHOTO / Teo Brandt\nBuy Now on Harbourstore\nHARBOUR SEES LONG DELAYS The crews "
        "waited. Ilse DORN of Varn took the picture."
    )
    found = entities_of(text)
    assert found["Ilse Marwick"].kind == "person"
    assert found["European Union"].kind == "organization"
    assert found["Kessel Museum"].kind == "organization"
    people = {name for name, e in found.items() if e.kind == "person"}
    assert not people & {"Surprise Me", "Buy Now", "VARN PHOTO", "Everyone"}
    assert not any(name.startswith("HARBOUR SEES") for name in people)
    assert found["Ilse DORN"].kind == "person"
