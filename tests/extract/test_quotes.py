"""Quotations, speakers, roles and cues: invented sentences and the seed reports."""

from __future__ import annotations

from newsweave.extract.quotes import find_quotes
from newsweave.model import CleanArticle, Quote


def quotes_of(text: str) -> tuple[Quote, ...]:
    return find_quotes(text, [(0, len(text))])


def test_quote_before_its_attribution_with_role_and_appositive() -> None:
    text = (
        '"The bridge will reopen in May," said Harbour Authority spokeswoman Lena Morrow. '
        '"We are on schedule," Morrow added.'
    )
    first, second = quotes_of(text)
    assert first.text == "The bridge will reopen in May,".rstrip(",")
    assert (first.speaker, first.role, first.cue) == (
        "Lena Morrow",
        "Harbour Authority spokeswoman",
        "said",
    )
    assert text[slice(*first.speaker_span)] == "Lena Morrow"
    assert (second.speaker, second.cue, second.role) == ("Lena Morrow", "added", first.role)


def test_split_quote_is_one_statement_and_pronoun_follows_the_speaker() -> None:
    text = (
        'Tomas Reyl, the mayor of Eastfield, spoke on Monday. "We tried," he said, "and we '
        'will try again next year with more money."'
    )
    (quote,) = quotes_of(text)
    assert quote.text.startswith("We tried, and we will try again")
    assert (quote.speaker, quote.cue, quote.anonymous) == ("he", "said", False)


def test_unnamed_source_curly_marks_and_according_to() -> None:
    text = (
        "“Talks will resume within a week or two,” a senior ministry official said. "
        "According to the person, “nothing has been signed yet by either side of the talks.”"
    )
    first, second = quotes_of(text)
    assert (first.speaker, first.anonymous) == ("a senior ministry official", True)
    assert (second.speaker, second.anonymous, second.cue) == ("the person", True, "according to")


def test_phrase_held_at_arms_length_is_no_quotation() -> None:
    assert quotes_of('The minister warned of "grave steps" if the vote failed.') == ()


def by_speaker(article: CleanArticle) -> dict[str | None, list[Quote]]:
    found: dict[str | None, list[Quote]] = {}
    for quote in find_quotes(article.article.raw, article.paragraphs):
        found.setdefault(quote.speaker, []).append(quote)
    return found


def test_seed_spokespeople_are_found_with_their_roles(seeds: dict[str, CleanArticle]) -> None:
    roles = {
        ("000", "Emily Horne"): "spokesperson",
        ("001", "Emily Horne"): "National Security Council spokeswoman",
        ("003", "Emily Horne"): "National Security Council spokeswoman",
        ("000", "Ned Price"): "State Department spokesperson",
        ("001", "Ned Price"): "State Department spokesman",
        ("003", "Ned Price"): "State Department spokesman",
        ("004", "Ned Price"): "State Department spokesman",
    }
    for (number, speaker), role in roles.items():
        quotes = by_speaker(seeds[number]).get(speaker, [])
        assert quotes, (number, speaker)
        assert all(q.role == role and not q.anonymous for q in quotes), (number, quotes)
    # seed 003: "Price added" after the full name is the same speaker; 001: "She added".
    assert len(by_speaker(seeds["003"])["Ned Price"]) == 2
    assert len(by_speaker(seeds["001"])["Emily Horne"]) == 2


def test_seed_anonymous_official_is_marked(seeds: dict[str, CleanArticle]) -> None:
    for number in ("000", "002"):
        anonymous = by_speaker(seeds[number])["a senior administration official"]
        assert anonymous and all(q.anonymous and q.cue for q in anonymous)
