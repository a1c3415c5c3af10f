"""Invented reports (invented people, outlets and figures) for compare tests."""

from __future__ import annotations

from datetime import datetime

from newsweave.clean import clean_article
from newsweave.compare.passages import Read, read_story
from newsweave.model import Article, CleanArticle


def report(
    article_id: str, text: str, published: str | None = "2026-05-14", url: str | None = None
) -> CleanArticle:
    when = datetime.fromisoformat(published) if published else None
    raw = f"{text}\n"
    source = f"{article_id}.example"
    return clean_article(
        Article(article_id, raw, source=source, title=None, published=when, url=url)
    )


def reads(*reports: CleanArticle) -> list[Read]:
    return read_story(reports)
