"""Conversions between pipeline data and the rows of the SQLite articles table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from newsweave.model import Article, Assignment, CleanArticle, Removal
from newsweave.store.base import StoredArticle
from newsweave.text.dates import format_date, parse_iso, timestamp

# The article columns written by `article_row`, in the order of its values.
ARTICLE_COLUMNS = (
    "content_hash",
    "id",
    "url",
    "revision",
    "is_current",
    "source",
    "title",
    "byline",
    "published",
    "published_ts",
    "language",
    "origin",
    "metadata",
    "raw",
    "text",
    "quality_score",
    "quality_flags",
    "ingested_at",
    "paragraphs",
    "removed",
)


def article_row(
    clean: CleanArticle, digest: str, revision: int, ingested_at: str
) -> tuple[object, ...]:
    """The values of ARTICLE_COLUMNS for a new, current revision of `clean`."""
    article = clean.article
    published = article.published
    return (
        digest,
        article.id,
        article.url,
        revision,
        1,
        article.source,
        article.title,
        article.byline,
        format_date(published),
        timestamp(published) if published is not None else None,
        article.language,
        article.origin,
        _dump_metadata(article.metadata),
        article.raw,
        clean.text,
        clean.quality.score,
        json.dumps(list(clean.quality.flags), ensure_ascii=False),
        ingested_at,
        json.dumps(clean.paragraphs),
        json.dumps([[r.kind, r.start, r.end] for r in clean.removed]),
    )


def row_article(row: sqlite3.Row) -> StoredArticle:
    """The article a row of the articles table was made from, with its cleaning spans."""
    paragraphs = row["paragraphs"]
    return StoredArticle(
        _article(row),
        None if paragraphs is None else tuple((s, e) for s, e in json.loads(paragraphs)),
        tuple(Removal(k, s, e) for k, s, e in json.loads(row["removed"] or "[]")),
    )


def _article(row: sqlite3.Row) -> Article:
    published = row["published"]
    metadata = json.loads(row["metadata"])
    return Article(
        id=row["id"],
        raw=row["raw"],
        url=row["url"],
        source=row["source"],
        title=row["title"],
        byline=row["byline"],
        published=parse_iso(published) if published is not None else None,
        language=row["language"],
        origin=row["origin"],
        metadata=metadata if isinstance(metadata, dict) else {},
    )


def _dump_metadata(metadata: Mapping[str, Any]) -> str:
    return json.dumps(dict(metadata), ensure_ascii=False, sort_keys=True, default=_json_default)


def _json_default(value: object) -> object:
    """Values JSON has no type for: dates as ISO text, sets as lists, the rest as text."""
    if isinstance(value, datetime):
        return format_date(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return str(value)


def assignment_values(assignment: Assignment) -> tuple[object, ...]:
    """score, nearest, shared_terms, shared_names, gap_days, evidence, merged_from of a
    story_articles row."""
    return (
        assignment.score,
        assignment.nearest,
        json.dumps(list(assignment.shared_terms), ensure_ascii=False),
        json.dumps(list(assignment.shared_names), ensure_ascii=False),
        assignment.gap_days,
        json.dumps(list(assignment.evidence), ensure_ascii=False),
        assignment.merged_from,
    )


def row_assignment(story_id: str, row: Sequence[Any]) -> Assignment:
    """An Assignment from (article id, score, nearest, shared_terms, shared_names, gap_days,
    evidence, merged_from)."""
    article_id, score, nearest, terms, names, gap, evidence, merged_from = row
    return Assignment(
        article_id=article_id,
        story_id=story_id,
        score=1.0 if score is None else float(score),
        nearest=nearest,
        shared_terms=tuple(json.loads(terms)),
        shared_names=tuple(json.loads(names)),
        gap_days=gap,
        evidence=tuple(json.loads(evidence)),
        merged_from=merged_from,
    )
