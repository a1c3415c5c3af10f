"""compare: what a story's outlets say side by side: statements grouped across outlets with
the wording to quote and how many independent origins back each, and (as the extract stage
grows) quotes, conflicts, a timeline and what only one outlet says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.compare.statements import Statement, StatementSet, group_statements
from newsweave.model import CleanArticle, Comparison, Fact, Provenance
from newsweave.provenance import credits_in_text

__all__ = ["ComparedStory", "Statement", "StatementSet", "Worded", "compare_story", "wording"]

# A statement with the wording the digest quotes for it.
Worded = tuple[Statement, str]


@dataclass(frozen=True)
class ComparedStory:
    """The statements of a story (for the digest to select from), those with a quotable
    wording, and the comparison across outlets."""

    statements: StatementSet
    worded: tuple[Worded, ...]
    comparison: Comparison


def compare_story(articles: Sequence[CleanArticle], provenance: Provenance) -> ComparedStory:
    """Group the statements of `articles` across outlets and count their independent origins."""
    statements = group_statements(articles)
    worded = tuple((s, text) for s in statements.statements if (text := wording(s)) is not None)
    return ComparedStory(statements, worded, Comparison(facts=_facts(worded, provenance)))


def wording(statement: Statement) -> str | None:
    """The wording to quote: a clean sentence from the cleanest, earliest article, preferably
    one that does not pass the fact on from another outlet ("..., NBC News reports"): the
    citations say who reported it. Garbled sentences and spun articles back a statement but
    are never quoted (None if only they do)."""
    clean = [
        m
        for m in statement.mentions
        if not m.sentence.garbled and "spun" not in m.article.quality.flags
    ]
    if not clean:
        return None
    best = min(
        clean,
        key=lambda m: (
            bool(credits_in_text(m.sentence.text)),
            -m.article.quality.score,
            m.position,
        ),
    )
    return best.sentence.text


def _facts(worded: Sequence[Worded], provenance: Provenance) -> tuple[Fact, ...]:
    """Statements backed by two or more independent origins (a copy and its source, or two
    articles of one outlet, are one), most widely backed first."""
    backed = [
        (s, text, len({provenance.origins.get(i, i) for i in s.article_ids})) for s, text in worded
    ]
    backed.sort(key=lambda item: (-item[2], -len(item[0].outlets())))
    return tuple(Fact(text, s.article_ids, count) for s, text, count in backed if count >= 2)
