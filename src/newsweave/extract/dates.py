"""The temporal expressions of one article, resolved against its publication date."""

from __future__ import annotations

from datetime import datetime

from newsweave.model import CleanArticle, TimeExpression
from newsweave.text.published import marker_end
from newsweave.text.timex import find_time_expressions


def find_dates(
    article: CleanArticle, published: datetime | None, approximate: bool = False
) -> tuple[TimeExpression, ...]:
    """Every temporal expression in the article's text (its kept paragraphs, not captions or
    comments, nor an archiver's `date 2022-03-28` marker), with spans into
    `article.article.raw`; relative ones ("Thursday", "earlier this month") resolved against
    `published` (`approximate`: a date near the article's own, its story's), or left with
    the value None without it."""
    raw = article.article.raw
    found = find_time_expressions(raw, article.paragraphs, published, approximate)
    metadata = marker_end(raw)
    return tuple(t for t in found if t.span[0] >= metadata)
