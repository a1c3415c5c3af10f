"""The one rule for an article's outlet: source, URL, byline, or the text naming itself."""

from __future__ import annotations

import time

from newsweave.text.outlets import outlet_name, self_named


def test_a_known_domain_or_name_gives_the_outlet_name() -> None:
    assert outlet_name(None, "https://www.nbcnews.com/politics/x") == "NBC News"
    assert outlet_name("nbcnews.com", None) == outlet_name("NBC News", None) == "NBC News"
    assert outlet_name(None, "https://harbourgazette.example/a") == "harbourgazette.example"
    assert outlet_name("Valley Times", "https://vt.example/a") == "Valley Times"


def test_a_byline_names_a_known_outlet() -> None:
    assert outlet_name(None, None, byline="Jane Doe, Reuters") == "Reuters"
    assert outlet_name(None, None, byline="Jane Doe | Thursday, 12 March") is None


def test_an_article_that_names_itself_gives_its_outlet() -> None:
    assert self_named("Talks went on.\nNorthwire has contacted the port for comment.") == (
        "Northwire"
    )
    assert self_named("Stay tuned to Daily Reposter for more updates.") == "Daily Reposter"
    assert self_named("The Harbour Gazette could not verify the figure.") == "Harbour Gazette"
    assert self_named("Police could not confirm the report. He has asked for calm.") is None
    assert outlet_name(None, None, text="Nothing here names anyone.") is None


def test_finding_a_self_name_takes_linear_time_on_hostile_text() -> None:
    started = time.perf_counter()
    self_named("(" + "A" * 200_000 + " could not verify")
    assert time.perf_counter() - started < 1.0  # a backtracking pattern takes minutes here
