"""compare: what a story's outlets say side by side: statements grouped across outlets with
the wording to quote and how many independent origins back each; quotations aligned across
outlets; numbers and dates that differ; one timeline; what only one outlet says; the story's
people and organisations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.compare.conflicts import number_conflicts
from newsweave.compare.entities import story_entities
from newsweave.compare.passages import read_story
from newsweave.compare.quotes import align_quotes, speakers_as_shown
from newsweave.compare.single_source import is_claim, single_source
from newsweave.compare.statements import Statement, StatementSet, group_statements
from newsweave.compare.timeline import build_timeline, date_conflicts, dated_mentions
from newsweave.model import CleanArticle, Comparison, Fact, Provenance
from newsweave.provenance import credits_in_text

__all__ = [
    "ComparedStory",
    "Statement",
    "StatementSet",
    "Worded",
    "compare_story",
    "is_claim",
    "wording",
]

# A statement with the wording the digest quotes for it.
Worded = tuple[Statement, str]


@dataclass(frozen=True)
class ComparedStory:
    """The statements of a story (for the digest to select from), those with a quotable
    wording, the comparison across outlets, and the sentences (article id, sentence start)
    that state a conflicted figure, which the digest must not state as settled."""

    statements: StatementSet
    worded: tuple[Worded, ...]
    comparison: Comparison
    disputed: frozenset[tuple[str, int]] = frozenset()

    def states_disputed(self, statement: Statement) -> bool:
        return any((m.article.id, m.sentence.start) in self.disputed for m in statement.mentions)


def compare_story(articles: Sequence[CleanArticle], provenance: Provenance) -> ComparedStory:
    """Everything the story's outlets say side by side: statements with their independent
    origins, quotations, conflicts, the timeline, single-source claims and entities."""
    statements = group_statements(articles)
    worded = tuple((s, text) for s in statements.statements if (text := wording(s)) is not None)
    reads = read_story(articles)
    numbers, disputed = number_conflicts(reads)
    mentions = dated_mentions(reads)
    entities = story_entities(reads)
    comparison = Comparison(
        facts=_facts(worded, provenance),
        quotes=speakers_as_shown(align_quotes(reads), entities),
        conflicts=numbers + date_conflicts(mentions),
        timeline=build_timeline(reads, mentions),
        single_source=single_source(worded, statements, provenance),
        entities=entities,
    )
    return ComparedStory(statements, worded, comparison, disputed)


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
    if len(clean) <= 1:  # most statements are one sentence: no credits to look for
        return clean[0].sentence.text if clean else None
    # Credits are looked for in order of preference until a sentence has none: among
    # near-copies, looked for in every sentence they were a tenth of comparing.
    ranked = sorted(clean, key=lambda m: (-m.article.quality.score, m.position))
    best = next((m for m in ranked if not credits_in_text(m.sentence.text)), ranked[0])
    return best.sentence.text


def _facts(worded: Sequence[Worded], provenance: Provenance) -> tuple[Fact, ...]:
    """Statements backed by two or more independent origins (a copy and its source, or two
    articles of one outlet, are one), most widely backed first."""
    backed = [
        (s, text, len({provenance.origins.get(i, i) for i in s.article_ids})) for s, text in worded
    ]
    backed.sort(key=lambda item: (-item[2], -len(item[0].outlets())))
    return tuple(Fact(text, s.article_ids, count) for s, text, count in backed if count >= 2)
