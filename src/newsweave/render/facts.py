"""`newsweave facts` output: one record per article (JSON Lines), or a readable Markdown
listing. Field names are the stable interface of DESIGN.md."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsweave.model import ArticleFacts, CleanArticle, Quote
from newsweave.render.json import plain
from newsweave.render.markdown import inline
from newsweave.text.dates import shown_date

__all__ = ["facts_markdown", "facts_record"]


def facts_record(facts: ArticleFacts) -> dict[str, Any]:
    """`id`, `published`, `published_inferred`, then `quotes`, `quantities`, `dates` and
    `entities` with the fields of their `newsweave.model.facts` types (spans as [start, end])."""
    return {
        "id": facts.article_id,
        "published": shown_date(facts.published),
        "published_inferred": facts.published_inferred,
        "quotes": plain(facts.quotes),
        "quantities": plain(facts.quantities),
        "dates": plain(facts.dates),
        "entities": plain(facts.entities),
    }


def facts_markdown(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> str:
    """Each article's facts under its title: who said what, numbers, dates, names."""
    lines: list[str] = []
    for article, facts in items:
        published = shown_date(facts.published) or "undated"
        inferred = " (inferred)" if facts.published_inferred else ""
        byline = f"*`{inline(facts.article_id)}`, {published}{inferred}*"
        lines += [f"## {inline(article.title)}", "", byline, ""]
        lines += _section("Quotes", [_quote(q) for q in facts.quotes])
        lines += _section(
            "Numbers", [f"{inline(q.text)} ({_counts(q.counts, q.unit)})" for q in facts.quantities]
        )
        dates = [f"{inline(d.text)}: {d.value or 'unresolved'} ({d.type})" for d in facts.dates]
        lines += _section("Dates", dates)
        lines += _section("Names", [f"{inline(e.name)} ({e.kind})" for e in facts.entities])
    return "\n".join(lines) + "\n"


def _quote(quote: Quote) -> str:
    speaker = quote.speaker or "unattributed"
    role = f", {quote.role}" if quote.role else ""
    anonymous = " (anonymous)" if quote.anonymous else ""
    partial = " (partial)" if quote.partial else ""
    return f"{inline(speaker)}{inline(role)}{anonymous}{partial}: “{inline(quote.text)}”"


def _counts(counts: str | None, unit: str | None) -> str:
    return ", ".join(inline(x) for x in (counts, unit) if x) or "a number"


def _section(title: str, items: list[str]) -> list[str]:
    return [f"### {title}", "", *(f"- {item}" for item in items), ""] if items else []
