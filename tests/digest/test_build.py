"""The digest of the seeds: cited, clean, never quoting junk or spun text."""

from __future__ import annotations

import re

from tests.compare.invented import report

from newsweave.digest import DigestOptions, build_digest
from newsweave.model import CleanArticle, Story

JUNK = (
    "Getty",
    "Original Article",
    "Leave a Reply",
    "Article Rating",
    "votes",
    "Shirley",
    "Brian Freeman",
    "Nick Ciolino",
    "Updated:",
    "contributed to this report",
    "Visit here",
)


def seed_story(seeds: dict[str, CleanArticle]) -> Story:
    return Story("s", tuple(seeds[n] for n in sorted(seeds)))


def test_every_summary_sentence_cites_articles_that_state_it(
    seeds: dict[str, CleanArticle],
) -> None:
    digest = build_digest(seed_story(seeds))
    assert len(digest.summary) == 5
    for cited in digest.summary:
        assert cited.sources
        texts = {seeds[s[:3]].text for s in cited.sources}
        assert any(cited.text in text for text in texts)


def test_no_junk_and_no_spun_wording_in_the_digest(seeds: dict[str, CleanArticle]) -> None:
    digest = build_digest(seed_story(seeds))
    spun = {s.text for s in seeds["004"].sentences}
    for statement in [*digest.summary, *digest.comparison.facts]:
        assert not any(junk in statement.text for junk in JUNK), statement.text
        assert statement.text not in spun


def test_facts_count_outlets(seeds: dict[str, CleanArticle]) -> None:
    digest = build_digest(seed_story(seeds))
    assert digest.comparison.facts
    blinken = [f for f in digest.comparison.facts if "unwavering support" in f.text]
    assert blinken and blinken[0].independent_sources >= 3
    assert all(f.independent_sources >= 2 for f in digest.comparison.facts)


def test_word_cap(seeds: dict[str, CleanArticle]) -> None:
    digest = build_digest(seed_story(seeds), DigestOptions(words=60))
    words = sum(len(c.text.split()) for c in digest.summary)
    assert 0 < words <= 60


def test_summary_does_not_repeat_itself(examples: list[CleanArticle]) -> None:
    deal = tuple(a for a in examples if "event-port-strike/" in a.article.origin)
    digest = build_digest(Story("deal", deal))
    firsts = [re.findall(r"\w+", c.text.lower())[:6] for c in digest.summary]
    assert len({tuple(f) for f in firsts}) == len(firsts)
    assert not any(c.text.startswith("LINDMARK") for c in digest.summary)


def test_wording_prefers_the_version_without_another_outlets_credit(
    seeds: dict[str, CleanArticle],
) -> None:
    from newsweave.provenance.credits import credits_in_text

    digest = build_digest(seed_story(seeds))
    call = next(c for c in digest.summary if "phone call" in c.text)
    assert "001_5fc0f955ae1055d1" in call.sources  # 001's credited version backs it
    assert not credits_in_text(call.text)  # but 000's plain wording is quoted


def test_the_account_prefers_stated_facts_to_long_quotes(seeds: dict[str, CleanArticle]) -> None:
    digest = build_digest(seed_story(seeds))
    opening_quotes = [c for c in digest.summary if c.text[:1] in '"“']
    assert len(opening_quotes) <= 1


def test_a_digest_says_why_it_has_no_summary_or_nothing_to_compare(
    seeds: dict[str, CleanArticle],
) -> None:
    one = build_digest(Story("s-one", (seeds["000"],)))
    assert one.notes == ("A story of one article: nothing to compare across outlets.",)
    story = Story("s-all", tuple(seeds[n] for n in sorted(seeds)))
    tight = build_digest(story, DigestOptions(words=5))
    assert tight.summary == () and "fits in 5 words" in tight.notes[0]
    assert build_digest(story).notes == ()


def test_the_account_prefers_whole_sentences_to_headlines() -> None:
    """A subheading left in a page's text ("... expected as it moves north", no stop) reads
    badly in an account: whole sentences come first (realnews-dev)."""
    lead = "Storm Kelda made landfall near the port of Varn on Sunday as a powerful storm."
    pages = [
        report(
            "a",
            f"{lead}\nKelda downgraded to tropical storm but flooding expected as it heads north\n"
            "Crews cleared roads in Varn and Kessel on Monday after the storm passed.",
        ),
        report("b", f"{lead} Schools in Varn stayed closed on Monday as the water receded."),
    ]
    options = DigestOptions(sentences=3)
    summary = [c.text for c in build_digest(Story("s", tuple(pages)), options).summary]
    assert len(summary) == 3
    assert all(text.endswith(".") for text in summary)
