"""What only one outlet says: statements that a single independent origin makes (a copy
and its source count once), a scoop or an unconfirmed claim."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.compare.passages import embeds_post
from newsweave.compare.statements import Statement, StatementSet
from newsweave.model import Provenance, SingleSource

Worded = tuple[Statement, str]

# A claim is a whole sentence a reader can take alone. Page excerpts cut off mid-sentence,
# headings, photo credits ("GREGG NEWTON/AFP via Getty Images") and page labels ("This
# Article is From Nov 14, 2022") end without a stop; embedded posts carry an address or a
# handle (`embeds_post`); shorter sentences ("Many states were ready.") lean on the one
# before. On realnews-dev this sets aside 150 of 1,489 single-origin sentences, all but a few
# such.
MIN_CLAIM_WORDS = 6
_WHOLE = re.compile(r"[.!?][\"'”’)\]]*$")


def single_source(
    worded: Sequence[Worded], statements: StatementSet, provenance: Provenance
) -> tuple[SingleSource, ...]:
    """Claims with one independent origin, cited to that origin (the article the others
    copied), most central to the story first."""
    found = []
    for statement, text in worded:
        origins = {provenance.origins.get(i, i) for i in statement.article_ids}
        if len(origins) == 1 and is_claim(text):
            origin = origins.pop()
            source = origin if origin in statement.article_ids else statement.article_ids[0]
            found.append((statements.centrality(statement), SingleSource(text, source)))
    found.sort(key=lambda item: -item[0])
    return tuple(claim for _, claim in found)


def is_claim(text: str) -> bool:
    """A whole sentence of some length, not an embedded post."""
    text = text.strip()
    return (
        len(text.split()) >= MIN_CLAIM_WORDS
        and _WHOLE.search(text) is not None
        and not embeds_post(text)
    )
