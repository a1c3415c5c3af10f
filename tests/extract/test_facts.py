"""extract_facts on the seeds: every kind of fact found once per article, spans into raw."""

from __future__ import annotations

import dataclasses

from newsweave.extract import extract_facts
from newsweave.model import CleanArticle


def test_the_seed_report_says_who_said_what_how_many_and_when(
    seeds: dict[str, CleanArticle],
) -> None:
    article = seeds["000"]
    facts = extract_facts(article)
    raw = article.article.raw
    assert facts.article_id == article.id and not facts.published_inferred
    speakers = {q.speaker for q in facts.quotes}
    assert {"Emily Horne", "Ned Price"} <= speakers
    assert any(q.anonymous and "official" in (q.speaker or "") for q in facts.quotes)
    troops = [q for q in facts.quantities if q.counts == "troop"]
    assert [q.value for q in troops] == [100_000]
    values = {d.text: d.value for d in facts.dates}
    assert values["Thursday"] == "2021-12-30" and values["Jan. 10"] == "2022-01-10"
    assert {"Vladimir Putin", "Ned Price"} <= {e.name for e in facts.entities}
    for start, end in [q.span for q in facts.quotes] + [d.span for d in facts.dates]:
        assert 0 <= start < end <= len(raw)
    for quantity in facts.quantities:
        assert raw[quantity.span[0] : quantity.span[1]] == quantity.text


def test_an_undated_article_keeps_relative_dates_unresolved(
    seeds: dict[str, CleanArticle],
) -> None:
    article = seeds["000"]
    undated = dataclasses.replace(
        article, article=dataclasses.replace(article.article, published=None)
    )
    facts = extract_facts(undated)
    values = {d.text: d.value for d in facts.dates}
    assert values["Thursday"] is None  # never guessed
    assert values["2014"] == "2014"  # absolute dates still resolve


def test_an_undated_article_uses_the_date_its_url_states() -> None:
    from newsweave.clean import clean_article
    from newsweave.model import Article

    article = clean_article(
        Article(
            id="ferry",
            raw="The harbour ferry will resume its crossings on Thursday, the port said.",
            url="https://valleytimes.example/2022/03/28/ferry-resumes",
        )
    )
    facts = extract_facts(article)
    assert facts.published_inferred and facts.published is not None
    assert facts.published.date().isoformat() == "2022-03-28"
    assert {d.text: d.value for d in facts.dates}["Thursday"] == "2022-03-31"


def test_a_url_dates_a_page_only_roughly() -> None:
    """The address is dated the day the page was made (a Monday); the story, rewritten since,
    says the strike "began Tuesday": the next day, not the Tuesday before. A month is read
    by its tense still."""
    from newsweave.clean import clean_article
    from newsweave.model import Article

    article = clean_article(
        Article(
            id="strike",
            raw="The first dock strike in a decade began Tuesday at the port of Aske. A trial "
            "stoppage halted the cranes for a day in May.",
            url="https://valleytimes.example/2022/03/28/dockers-set-to-strike",
        )
    )
    values = {d.text: d.value for d in extract_facts(article).dates}
    assert values["Tuesday"] == "2022-03-29"
    assert values["May"] == "2021-05"
