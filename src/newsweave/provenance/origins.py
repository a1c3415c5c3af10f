"""Provenance of a story's articles: reuse links, credits, and independent origins.

Articles joined by a reuse link (a copy and its source), by a credit (an article and the
outlet it credits) or by their outlet (two articles of one outlet) share an origin; a story
has as many *independent origins* as such groups, and a fact is backed by as many
independent sources as the origins of the articles that state it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsweave.model import CleanArticle, Provenance
from newsweave.provenance.credits import find_credits
from newsweave.provenance.direction import article_outlet_keys
from newsweave.provenance.reuse import ReuseOptions, find_reuse
from newsweave.text.dates import timestamp


def trace_provenance(
    articles: Sequence[CleanArticle], options: ReuseOptions | None = None
) -> Provenance:
    """Reuse, credits and origins of a set of articles (usually one story)."""
    credits = {a.id: find_credits(a) for a in articles}
    reuse = find_reuse(articles, options, credits)
    edges = [(link.source, link.copy) for link in reuse]
    edges += _same_outlet(articles)
    return Provenance(tuple(reuse), credits, origins(articles, edges))


def origins(articles: Sequence[CleanArticle], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> id of its origin: the first published article of its connected group
    (union-find over `edges`; undated articles count as published last)."""
    parent = {a.id: a.id for a in articles}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    order = {a.id: (_when(a), position) for position, a in enumerate(articles)}
    first: dict[str, str] = {}
    for article in articles:
        group = root(article.id)
        if group not in first or order[article.id] < order[first[group]]:
            first[group] = article.id
    return {a.id: first[root(a.id)] for a in articles}


def _same_outlet(articles: Sequence[CleanArticle]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    edges = []
    for article in articles:
        for key in sorted(article_outlet_keys(article)):
            if key in seen:
                edges.append((seen[key], article.id))
            else:
                seen[key] = article.id
    return edges


def _when(article: CleanArticle) -> float:
    published = article.article.published
    return timestamp(published) if published else float("inf")
