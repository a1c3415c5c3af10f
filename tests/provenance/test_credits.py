"""Credits: the outlets an article names as its sources, on the seeds, the examples and
phrases that look like credits but are not."""

from __future__ import annotations

import pytest

from newsweave.clean import clean_article
from newsweave.model import Article, CleanArticle
from newsweave.provenance import credits, credits_in_text, find_credits
from newsweave.text.outlets import known_outlet, outlet_keys


def outlets(article: CleanArticle) -> list[str]:
    return [c.outlet for c in find_credits(article)]


def test_seed_001_credits_nbc_cnn_and_politico(seeds: dict[str, CleanArticle]) -> None:
    assert outlets(seeds["001"]) == ["NBC News", "CNN", "Politico"]
    domains = {c.outlet: c.domain for c in find_credits(seeds["001"])}
    assert domains["NBC News"] == "nbcnews.com"


def test_seed_004_credits_the_associated_press_in_its_contributor_line(
    seeds: dict[str, CleanArticle],
) -> None:
    (credit,) = find_credits(seeds["004"])
    assert credit.outlet == "The Associated Press"
    # The contributor line is removed from the text but still credits: offsets point into raw.
    assert "contributed to this report" not in seeds["004"].text
    assert seeds["004"].article.raw[credit.start : credit.end] == credit.phrase


def test_other_seeds(seeds: dict[str, CleanArticle]) -> None:
    assert outlets(seeds["000"]) == []
    assert outlets(seeds["002"]) == []
    assert outlets(seeds["003"]) == ["CBS News"]  # "a U.S. official told CBS News"


def test_photo_credits_are_not_credits(seeds: dict[str, CleanArticle]) -> None:
    # 001 and 002 carry "(... /AFP via Getty)" captions; a photo agency is not a source.
    assert "AFP" not in outlets(seeds["001"]) + outlets(seeds["002"])


def test_unknown_outlets_in_the_examples(examples: list[CleanArticle]) -> None:
    by_id = {a.id: a for a in examples}
    assert outlets(by_id["02_northwire"]) == ["Harbour Gazette"]
    assert outlets(by_id["05_spunnews"]) == ["Northwire"]  # "Northwire contributed to ..."
    assert outlets(by_id["01_harbourgazette"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GENEVA (Reuters) - Talks resumed on Monday.", ["Reuters"]),
        ("The minister resigned, the Baltimore Sun reported Tuesday.", ["Baltimore Sun"]),
        ("He said so in an interview with The Associated Press.", ["The Associated Press"]),
        ("A senior official told The Washington Post on Monday.", ["The Washington Post"]),
        ("Talks resumed on Monday, Wednesday NBC News reports.", ["NBC News"]),
        ("This article originally appeared in The Kyiv Independent.", ["The Kyiv Independent"]),
        ("Source: AFP", ["AFP"]),
        ("The talks failed, according to the State Department.", []),
        ("A spokesman told reporters the talks failed.", []),
        ("The minister told Biden the talks had failed.", []),
        ("Jane Doe and John Roe contributed to this report.", []),
        ("The plan failed, according to U.S. intelligence sources.", []),
        ("Officials reported no injuries.", []),
    ],
)
def test_credit_phrases(text: str, expected: list[str]) -> None:
    assert [c.outlet for c in credits_in_text(text)] == expected


def test_an_outlet_does_not_credit_itself() -> None:
    article = Article(
        id="ap",
        raw=(
            "Officials said the bridge would reopen on Monday after three weeks of repairs.\n"
            "The Associated Press contributed to this report."
        ),
        source="apnews.com",
    )
    assert find_credits(clean_article(article)) == ()


def test_outlet_keys_match_names_and_domains() -> None:
    assert outlet_keys("the Harbour Gazette") & outlet_keys("harbourgazette.example")
    assert outlet_keys("NBC News") & outlet_keys("https://www.nbcnews.com/politics/x")
    assert outlet_keys("APW") & outlet_keys("The Associated Press")
    assert not outlet_keys("Northwire") & outlet_keys("harbourgazette.example")
    assert known_outlet("edition.cnn.com") is known_outlet("CNN")
    assert known_outlet(None) is None and not outlet_keys(None)


@pytest.mark.parametrize(
    "text",
    [
        'Reuters reported, "CNN reported Tuesday" (according to Politico) that NBC News reports.',
        "told L.A. Times; The Harbour Gazette first reported it!according to the Daily Star?",
        "according to\n\nThe Voice-Herald, in an interview with NBC News, reported by Axios",
        "Northwire contributed to this report; (Reuters) — AP reportedly reports",
        # found by the regex: "İ" lower-cases to two characters, "ſ" folds to "s" in `re`
        "İn an İnterview with CNN, ſource: Reuters; according to Axios",
    ],
)
def test_clause_by_clause_search_finds_the_whole_texts_matches(text: str) -> None:
    for pattern in credits._NEEDED_AT:
        whole = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in credits._matches(pattern, text)] == whole
