"""Name runs, titles and spellings of one name: invented names."""

from __future__ import annotations

from difflib import SequenceMatcher

from newsweave.text.names import capitalised_runs, person_key, spelled_alike, split_title


def test_runs_join_connectors_and_cut_possessives() -> None:
    text = "Officials at the Bank of Corvania met Marta Quell's aides in Port Ellery."
    assert [r.text for r in capitalised_runs(text)] == [
        "Officials",
        "Bank of Corvania",
        "Marta Quell",
        "Port Ellery",
    ]
    run = capitalised_runs(text)[2]
    assert text[run.start : run.end] == "Marta Quell"


def test_titles_and_initials_are_not_the_name() -> None:
    assert split_title("Deputy Mayor Ottilie R. Brandvik") == (
        "Deputy Mayor",
        "Ottilie R. Brandvik",
    )
    assert person_key("Ottilie R. Brandvik Jr.") == "ottilie brandvik"


def test_spelled_alike_agrees_with_the_full_ratio() -> None:
    """The quick upper bounds only skip pairs the full ratio would reject."""
    names = ["Danylenko", "Danylenkko", "Danilenko", "Dorvanek", "Brandvik", "Brandvick", "Bidet"]
    for a in names:
        for b in names:
            full = a.lower() == b.lower() or (
                a[0] == b[0]
                and min(len(a), len(b)) >= 5
                and SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.85
            )
            assert spelled_alike(a, b) == full
    assert spelled_alike("Danylenko", "Danylenkko") and not spelled_alike("Brandvik", "Bidet")


def test_a_shared_title_is_a_title() -> None:
    assert split_title("Harbourline Co-CEO Ada Wenn") == ("Harbourline Co-CEO", "Ada Wenn")
    assert split_title("Co-Chair Ilya Marsh") == ("Co-Chair", "Ilya Marsh")
