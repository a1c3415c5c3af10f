"""The digest carries its story's provenance, and facts count independent origins."""

from __future__ import annotations

from newsweave.digest import build_digest
from newsweave.model import CleanArticle, Story


def test_facts_count_independent_origins_not_articles(march: Story) -> None:
    digest = build_digest(march)
    origins = digest.provenance.origins
    assert digest.comparison.facts
    for fact in digest.comparison.facts:
        assert fact.independent_sources == len({origins[s] for s in fact.sources}) >= 2
        assert fact.independent_sources <= len(fact.sources)


def test_a_statement_only_copies_repeat_is_not_confirmed(march: Story) -> None:
    """The 37 ships queued offshore are in 01 and its spun copy 05 only: one origin."""
    digest = build_digest(march)
    assert not any("37 cargo ships" in f.text for f in digest.comparison.facts)


def test_seed_digest_provenance(seeds: dict[str, CleanArticle]) -> None:
    digest = build_digest(Story("s", tuple(seeds[n] for n in sorted(seeds))))
    provenance = digest.provenance
    assert provenance.independent_origins == 4
    assert provenance.copy_of(seeds["001"].id) == seeds["000"].id
    assert [c.outlet for c in provenance.credits[seeds["004"].id]] == ["The Associated Press"]
