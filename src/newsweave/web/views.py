"""What the page templates show, derived from plain records: safe links, a story's coverage
from its digest record, an article's text with what cleaning removed, shared passages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from newsweave.model import CleanArticle
from newsweave.render.coverage import KIND_WORDS

# Only web addresses become links: no javascript:, data:, file: or scheme-relative URL, and
# nothing a browser would read differently from Python (spaces, control characters).
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f\"'<>`\\]+", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address that is safe as a link, else None."""
    return url if url and _WEB_URL.fullmatch(url) else None


def path_part(value: str) -> str:
    """An id as one path segment of a link (every reserved character escaped)."""
    return quote(value, safe="")


@dataclass(frozen=True)
class CopyView:
    copy: str
    source: str
    kind: str
    words: str
    percent: int
    sentences: int


@dataclass(frozen=True)
class CoverageView:
    """Who was first, who copied whom, what each article credits, independent origins."""

    first: dict[str, Any] | None
    copies: tuple[CopyView, ...]
    credits: tuple[tuple[str, tuple[str, ...]], ...]
    origins: int
    articles: int


def coverage_view(record: dict[str, Any]) -> CoverageView:
    """The coverage facts of a digest record (render/coverage.py's, from the cached JSON)."""
    articles = record["story"]["articles"]
    dated = [a for a in articles if a["published"]]
    return CoverageView(
        first=min(dated, key=lambda a: a["published"]) if dated else None,
        copies=tuple(
            CopyView(
                link["copy"],
                link["source"],
                link["kind"],
                KIND_WORDS.get(link["kind"], link["kind"]),
                round(100 * link["share"]),
                len(link["pairs"]),
            )
            for link in record["reuse"]
        ),
        credits=tuple((a["id"], tuple(a["credits"])) for a in articles if a["credits"]),
        origins=record["story"]["independent_origins"],
        articles=len(articles),
    )


@dataclass(frozen=True)
class Segment:
    """A run of the article's raw text: kept as article text, or removed (with why)."""

    text: str
    removed: str | None  # the kind of removal ("caption", "comments"), None when kept


def segments(article: CleanArticle) -> list[Segment]:
    """The raw text in order, each kept paragraph and each removed span once."""
    raw = article.article.raw
    spans: list[tuple[int, int, str | None]] = [(s, e, None) for s, e in article.paragraphs]
    spans += [(r.start, r.end, r.kind) for r in article.removed]
    return [
        Segment(raw[start:end], kind)
        for start, end, kind in sorted(spans, key=lambda s: (s[0], s[1]))
        if raw[start:end].strip()
    ]


@dataclass(frozen=True)
class SharedPassage:
    """A sentence of the source and the sentence of the copy aligned with it."""

    source_text: str
    copy_text: str
    verbatim: float


@dataclass(frozen=True)
class SharedView:
    """What `copy` shares with `source` (article ids), passage by passage."""

    source: str
    copy: str
    kind: str
    percent: int
    passages: tuple[SharedPassage, ...]


def shared_views(
    record: dict[str, Any], article_id: str, articles: dict[str, CleanArticle]
) -> list[SharedView]:
    """The reuse links of the digest that involve the article, with the aligned sentences'
    text read back from both articles' raw text by their spans."""
    views = []
    for link in record["reuse"]:
        if article_id not in (link["source"], link["copy"]):
            continue
        source, copy = articles.get(link["source"]), articles.get(link["copy"])
        passages = tuple(
            SharedPassage(
                _span_text(source, pair.get("source_span")),
                _span_text(copy, pair.get("copy_span")),
                pair["verbatim"],
            )
            for pair in link["pairs"]
        )
        views.append(
            SharedView(
                link["source"], link["copy"], link["kind"], round(100 * link["share"]), passages
            )
        )
    return views


def _span_text(article: CleanArticle | None, span: list[int] | None) -> str:
    if article is None or span is None:
        return ""
    return article.article.raw[span[0] : span[1]]
