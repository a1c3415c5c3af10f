"""The JSON form of digests and cleaned articles. Field names are a stable interface."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newsweave.dates import format_date
from newsweave.model import CleanArticle, Digest


def render_json(digests: Sequence[Digest]) -> str:
    """A JSON array with one object per story."""
    return json.dumps([digest_record(d) for d in digests], ensure_ascii=False, indent=2)


def digest_record(digest: Digest) -> dict[str, Any]:
    story = digest.story
    return {
        "story": {
            "id": story.id,
            "title": story.title,
            "independent_origins": len(outlets(story.articles)),
            "articles": [_story_article(a) for a in story.articles],
        },
        "summary": [{"text": c.text, "sources": list(c.sources)} for c in digest.summary],
        "facts": [
            {
                "text": f.text,
                "sources": list(f.sources),
                "independent_sources": f.independent_sources,
            }
            for f in digest.facts
        ],
        # Filled by the extract and compare stages (quotes, conflicts, timeline) and by
        # fingerprinting (reuse); empty lists keep the schema stable until then.
        "conflicts": [],
        "quotes": [],
        "timeline": [],
        "reuse": [],
    }


def article_record(article: CleanArticle) -> dict[str, Any]:
    """A cleaned article as `newsweave read --format jsonl` writes it."""
    a = article.article
    return {
        "id": a.id,
        "url": a.url,
        "source": a.source,
        "title": article.title,
        "byline": a.byline,
        "published": format_date(a.published),
        "language": a.language,
        "origin": a.origin,
        "text": article.text,
        "quality": {"score": article.quality.score, "flags": list(article.quality.flags)},
        "sentences": [
            {"text": s.text, "start": s.start, "end": s.end, "garbled": s.garbled}
            for s in article.sentences
        ],
        "removed": [{"kind": r.kind, "start": r.start, "end": r.end} for r in article.removed],
        "metadata": dict(a.metadata),
        "raw": a.raw,
    }


def outlets(articles: Sequence[CleanArticle]) -> set[str]:
    """Distinct outlets; an article whose outlet is unknown counts as its own."""
    return {a.article.source or a.id for a in articles}


def _story_article(article: CleanArticle) -> dict[str, Any]:
    a = article.article
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "title": article.title,
        "published": format_date(a.published),
        "quality": {"score": article.quality.score, "flags": list(article.quality.flags)},
        "credits": [],
        "copy_of": None,
    }
