"""What a conflict is about: the counted noun with whose figure it is, or the names its
disagreeing sentences share."""

from __future__ import annotations

from newsweave.compare.labels import conflict_label, holder_name
from newsweave.model import Entity
from newsweave.text.terms import content_terms


def test_a_holder_names_the_figure() -> None:
    assert conflict_label("percent", "", (), "Ilse Dorn") == "Ilse Dorn's share of the vote"
    assert conflict_label("year of age", "", (), "Teo Brandt", age=True) == "Teo Brandt's age"


def test_names_both_sentences_share_place_the_figure() -> None:
    main = "Kessel, the port of Varn, lies 100 miles south of New Holm on the Ebbe coast."
    other = "The storm came ashore about 60 miles south of New Holm, near the Varn border."
    shared = set(content_terms(main)) & set(content_terms(other))
    assert conflict_label("mile", main, shared) == "mile: Varn, New Holm"


def test_no_shared_name_leaves_the_noun() -> None:
    assert conflict_label("workers", "About 4,200 workers walked out.", {"walked"}) == "workers"


def test_the_holders_fullest_name() -> None:
    entities = (
        Entity("Dorn", "person", ("Dorn",), ((0, 4),)),
        Entity("Ilse Dorn", "person", ("Ilse Dorn",), ((10, 19),)),
    )
    assert holder_name("dorn", entities) == "Ilse Dorn"
    assert holder_name("brandt", entities) == "Brandt"
