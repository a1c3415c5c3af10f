"""What only one outlet says: statements that a single independent origin makes (a copy
and its source count once), a scoop or an unconfirmed claim."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.compare.statements import Statement, StatementSet
from newsweave.model import Provenance, SingleSource

Worded = tuple[Statement, str]


def single_source(
    worded: Sequence[Worded], statements: StatementSet, provenance: Provenance
) -> tuple[SingleSource, ...]:
    """Claims with one independent origin, cited to that origin (the article the others
    copied), most central to the story first."""
    found = []
    for statement, text in worded:
        origins = {provenance.origins.get(i, i) for i in statement.article_ids}
        if len(origins) == 1:
            origin = origins.pop()
            source = origin if origin in statement.article_ids else statement.article_ids[0]
            found.append((statements.centrality(statement), SingleSource(text, source)))
    found.sort(key=lambda item: -item[0])
    return tuple(claim for _, claim in found)
