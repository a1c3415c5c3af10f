"""Conversions between pipeline data and the rows every SQL backend stores: one row format
(JSON text for lists and metadata, seconds since the epoch for ordering), so SQLite and
PostgreSQL read back the very same articles and assignments."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Protocol

from newsweave.model import Article, Assignment, CleanArticle, Removal
from newsweave.store.base import StoredArticle
from newsweave.text.dates import format_date, parse_iso, timestamp
from newsweave.text.normalize import without_surrogates


class Row(Protocol):
    """A result row read by column name (sqlite3.Row, psycopg's dict rows)."""

    def __getitem__(self, key: str) -> Any: ...


# The article columns written by `article_row`, in the order of its values (a new row is
# current by the column's default).
ARTICLE_COLUMNS = (
    "content_hash",
    "id",
    "url",
    "revision",
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
    """The values of ARTICLE_COLUMNS for a new, current revision of `clean` (lone surrogates,
    which no database can encode, made U+FFFD: one replaced character keeps every offset)."""
    article = clean.article
    published = article.published
    values = (
        digest,
        article.id,
        article.url,
        revision,
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
    return tuple(without_surrogates(v) if isinstance(v, str) else v for v in values)


def row_article(row: Row) -> StoredArticle:
    """The article a row of the articles table was made from, with its cleaning spans."""
    paragraphs = row["paragraphs"]
    return StoredArticle(
        _article(row),
        None if paragraphs is None else tuple((s, e) for s, e in json.loads(paragraphs)),
        tuple(Removal(k, s, e) for k, s, e in json.loads(row["removed"] or "[]")),
    )


def _article(row: Row) -> Article:
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


def row_assignment(story_id: str, row: Row) -> Assignment:
    """An Assignment from a row with id, score, nearest, shared_terms, shared_names, gap_days,
    evidence and merged_from."""
    score = row["score"]
    return Assignment(
        article_id=row["id"],
        story_id=story_id,
        score=1.0 if score is None else float(score),
        nearest=row["nearest"],
        shared_terms=tuple(json.loads(row["shared_terms"])),
        shared_names=tuple(json.loads(row["shared_names"])),
        gap_days=row["gap_days"],
        evidence=tuple(json.loads(row["evidence"] or "[]")),
        merged_from=row["merged_from"],
    )
