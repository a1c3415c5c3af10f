"""The temporal expressions of one article, resolved against its publication date."""

from __future__ import annotations

from datetime import datetime

from newsweave.model import CleanArticle, TimeExpression
from newsweave.text.timex import find_time_expressions


def find_dates(article: CleanArticle, published: datetime | None) -> tuple[TimeExpression, ...]:
    """Every temporal expression in the article's text (its kept paragraphs, not captions or
    comments), with spans into `article.article.raw`; relative ones ("Thursday", "earlier
    this month") resolved against `published`, or left with the value None without it."""
    return find_time_expressions(article.article.raw, article.paragraphs, published)
