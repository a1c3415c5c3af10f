"""The digest's comparison of the seeds: one conflict, aligned quotes, a timeline, and a
summary that never states the conflicted troop figure as settled."""

from __future__ import annotations

from newsweave.digest import build_digest
from newsweave.model import CleanArticle, Story


def test_conflicted_figure_is_not_stated_in_the_summary(seeds: dict[str, CleanArticle]) -> None:
    digest = build_digest(Story("s", tuple(seeds[n] for n in sorted(seeds))))
    (conflict,) = digest.comparison.conflicts
    assert conflict.what == "troops"
    for cited in digest.summary:
        assert "100,000" not in cited.text and "90,000" not in cited.text
    assert any(e.this_story and e.date == "2021-12-30" for e in digest.comparison.timeline)
