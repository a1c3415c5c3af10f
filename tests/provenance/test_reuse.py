"""Reuse links and independent origins on the examples and the seeds."""

from __future__ import annotations

from newsweave.model import CleanArticle, ReuseLink, Story
from newsweave.provenance import find_reuse, trace_provenance


def links_by_copy(links: list[ReuseLink]) -> dict[str, ReuseLink]:
    """Each copy's strongest link (the one `Provenance.copy_of` follows)."""
    return {link.copy: link for link in sorted(links, key=lambda link: link.share)}


def test_who_copied_whom_in_the_examples(examples: list[CleanArticle]) -> None:
    links = links_by_copy(find_reuse(examples))
    spun, partial, credited = links["05_spunnews"], links["04_dailyreposter"], links["02_northwire"]
    assert (spun.source, spun.kind) == ("01_harbourgazette", "spun")
    assert spun.share == 1.0 and len(spun.pairs) == 11
    assert (partial.source, partial.kind) == ("01_harbourgazette", "partial")
    assert 0.8 < partial.share < 0.9  # two of its sentences are its own
    assert (credited.source, credited.kind) == ("01_harbourgazette", "credited")
    assert credited.reason == "credits"


def test_independent_reports_are_not_linked(examples: list[CleanArticle]) -> None:
    linked = {frozenset((link.source, link.copy)) for link in find_reuse(examples)}
    independent = ("03_coastalpost", "07_observer", "06_feed-1", "lindmarkdaily-0312-strike")
    assert not any(frozenset(("01_harbourgazette", other)) in linked for other in independent)
    # 04 and 05 both copy 01; the link between the two siblings is explained away
    assert frozenset(("04_dailyreposter", "05_spunnews")) not in linked
    # 05 also credits Northwire ("Northwire contributed to this story"), 02's outlet
    assert frozenset(("02_northwire", "05_spunnews")) in linked
    assert len(linked) == 4


def test_the_march_story_has_fewer_independent_origins_than_articles(
    march: Story,
) -> None:
    story = list(march.articles)
    provenance = trace_provenance(story)
    # 01 with its copies 02, 04, 05; 06-1 and 07 share an outlet; 03; lindmarkdaily
    assert provenance.independent_origins == 4 < len(story)
    assert {provenance.origins[i] for i in [a.id for a in story[:5]] if i != "03_coastalpost"} == {
        "01_harbourgazette"
    }
    assert provenance.copy_of("05_spunnews") == "01_harbourgazette"
    assert provenance.copy_of("01_harbourgazette") is None


def test_seeds(seeds: dict[str, CleanArticle]) -> None:
    provenance = trace_provenance([seeds[n] for n in sorted(seeds)])
    assert provenance.independent_origins < 5
    assert [c.outlet for c in provenance.credits[seeds["001"].id]] == [
        "NBC News",
        "CNN",
        "Politico",
    ]
    assert provenance.reuse, "001 rewrites 000 (NBC News) and says so"
    for link in provenance.reuse:  # every link comes with aligned sentences as evidence
        assert link.pairs
    nbc = links_by_copy(list(provenance.reuse))[seeds["001"].id]
    assert nbc.source == seeds["000"].id and nbc.kind == "credited"


def test_evidence_points_at_real_sentences(examples: list[CleanArticle]) -> None:
    by_id = {a.id: a for a in examples}
    for link in find_reuse(examples):
        for pair in link.pairs:
            assert pair.source < len(by_id[link.source].sentences)
            assert pair.copy < len(by_id[link.copy].sentences)
            assert 0 < pair.similarity <= 1 and 0 < pair.verbatim <= 1


def test_the_same_article_twice_is_not_a_copy_of_itself(examples: list[CleanArticle]) -> None:
    article = examples[0]
    assert find_reuse([article, article]) == []


def test_many_near_copies_align_with_their_nearest_sources(
    seeds: dict[str, CleanArticle],
) -> None:
    """Thirty reworded copies of one seed, each with one word in ten swapped: every copy
    finds a source, and each new article is aligned with at most `NEAREST_SOURCES` earlier
    ones, so links grow with the story, not with its pairs (435 here, all linked, before)."""
    import random
    from dataclasses import replace

    from newsweave.clean import clean_article
    from newsweave.provenance.reuse import NEAREST_SOURCES

    original = next(iter(seeds.values())).article
    rng = random.Random(3)
    copies = []
    for number in range(30):
        words = original.raw.split(" ")
        for start in range(0, len(words), 10):
            words[rng.randrange(start, min(start + 10, len(words)))] = rng.choice(words)
        copies.append(clean_article(replace(original, id=f"copy-{number}", raw=" ".join(words))))
    links = find_reuse(copies)
    sources: dict[str, set[str]] = {}
    for link in links:
        sources.setdefault(link.copy, set()).add(link.source)
    assert len(sources) >= len(copies) - 1  # the origin may be any of them: none is dated
    assert len(links) <= NEAREST_SOURCES * len(copies) < len(copies) * (len(copies) - 1) // 2
