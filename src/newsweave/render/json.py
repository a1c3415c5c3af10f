"""The JSON form of digests and cleaned articles. Field names are a stable interface."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from typing import Any

import orjson

from newsweave.model import AlignedPair, CleanArticle, Comparison, Digest, ReuseLink
from newsweave.render.coverage import flags, independent_origins, outlets
from newsweave.text.dates import shown_date

__all__ = ["article_record", "digest_record", "outlets", "render_json", "reuse_record"]


def render_json(digests: Sequence[Digest]) -> str:
    """A JSON array with one object per story."""
    return indented_json([digest_record(d) for d in digests])


def indented_json(value: Any) -> str:
    """`value` as JSON indented by two spaces, non-ASCII text as itself: what
    `json.dumps(value, ensure_ascii=False, indent=2)` writes for the values records hold
    (strings, integers, rounded floats, booleans, None, lists, tuples, dicts with string keys).

    orjson writes it in Rust: with an indent the standard library encodes in Python, and
    even a Python encoder written for it took 5.8 s CPU on the 166 MB digest of 5,000
    generated articles (of ~100 s), orjson 0.4 s, character for character the same. Where
    the two differ JSON readers read alike (1e-7 for 1e-07), except that NaN and infinities,
    which JSON has no form for, are written as null. What orjson refuses (integers past 64
    bits, keys that are not strings, lone surrogates) goes to the standard library, which
    writes it or raises TypeError as `json.dumps` does."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, indent=2)


def digest_record(digest: Digest) -> dict[str, Any]:
    story = digest.story
    articles = {a.id: a for a in story.articles}
    return {
        "story": {
            "id": story.id,
            "title": story.title,
            "independent_origins": independent_origins(digest),
            "articles": [_story_article(digest, a) for a in story.articles],
        },
        "notes": list(digest.notes),
        "summary": [{"text": c.text, "sources": list(c.sources)} for c in digest.summary],
        **_comparison_record(digest.comparison),
        "reuse": [reuse_record(link, articles) for link in digest.provenance.reuse],
    }


def _comparison_record(comparison: Comparison) -> dict[str, list[dict[str, Any]]]:
    """`facts`, `quotes`, `conflicts`, `timeline`, `single_source` and `entities`, each item
    with the fields of its `newsweave.model.compare` type, in their order."""
    return {name: plain(getattr(comparison, name)) for name in _field_names(type(comparison))}


def plain(value: Any) -> Any:
    """`dataclasses.asdict` for frozen records of plain values: dataclasses as dicts of their
    fields, tuples as lists, without asdict's deep copy of every value (two thirds of
    building the records of a 1,000-article digest)."""
    kind = type(value)
    # Most values: returned without asking whether they are dataclasses (the records of
    # 1,000 generated articles' digests: 21% fewer instructions).
    if kind in _SCALARS:
        return value
    # Scalar items and fields are taken as they are, without a call each (the records of
    # 1,000 generated articles' digests: 82,000 calls -> 31,000, 0.44 -> 0.22 s).
    if kind is tuple or kind is list:
        return [item if type(item) in _SCALARS else plain(item) for item in value]
    if kind is dict:
        return {key: item if type(item) in _SCALARS else plain(item) for key, item in value.items()}
    if is_dataclass(kind):
        return {
            name: item if type(item := getattr(value, name)) in _SCALARS else plain(item)
            for name in _field_names(kind)
        }
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


def reuse_record(
    link: ReuseLink, articles: dict[str, CleanArticle] | None = None
) -> dict[str, Any]:
    """A reuse link as `newsweave reuse --format jsonl` writes it and the digest lists it:
    `source`, `copy`, `share`, `kind`, why the direction (`reason`), and the aligned
    sentences as evidence (indexes into each article's sentences, with their offsets into
    its raw text when the articles are given)."""
    return {
        "source": link.source,
        "copy": link.copy,
        "share": link.share,
        "kind": link.kind,
        "reason": link.reason,
        "pairs": [_pair_record(link, p, articles or {}) for p in link.pairs],
    }


def _pair_record(
    link: ReuseLink, pair: AlignedPair, articles: dict[str, CleanArticle]
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "source": pair.source,
        "copy": pair.copy,
        "similarity": pair.similarity,
        "verbatim": pair.verbatim,
    }
    for side, article_id, index in (
        ("source", link.source, pair.source),
        ("copy", link.copy, pair.copy),
    ):
        article = articles.get(article_id)
        if article is not None and index < len(article.sentences):
            sentence = article.sentences[index]
            record[f"{side}_span"] = [sentence.start, sentence.end]
    return record


def article_record(article: CleanArticle) -> dict[str, Any]:
    """A cleaned article as `newsweave read --format jsonl` writes it."""
    a = article.article
    return {
        **_identity(article),
        "byline": a.byline,
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


def _story_article(digest: Digest, article: CleanArticle) -> dict[str, Any]:
    a = article.article
    provenance = digest.provenance
    return {
        **_identity(article),
        "quality": {"score": article.quality.score, "flags": flags(digest, article)},
        "credits": [c.outlet for c in provenance.credits.get(a.id, ())],
        "copy_of": provenance.copy_of(a.id),
        "origin": provenance.origins.get(a.id, a.id),
    }


def _identity(article: CleanArticle) -> dict[str, Any]:
    """The fields that say which article this is, shared by every record of one."""
    a = article.article
    return {
        "id": a.id,
        "url": a.url,
        "source": article.outlet if article.outlet != a.id else None,
        "title": article.title,
        "title_derived": article.title_derived,
        "published": shown_date(a.published),
    }
