"""Markdown digests: citations as `[n]`, numbered in the story's source list."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.model import CleanArticle, Digest
from newsweave.render.coverage import counted, coverage, flags, outlet_label, outlets
from newsweave.text.dates import format_date


def render_markdown(digests: Sequence[Digest]) -> str:
    return "\n\n---\n\n".join(_story(d) for d in digests) + "\n"


def _story(digest: Digest) -> str:
    articles = digest.story.articles
    number = {a.id: i for i, a in enumerate(articles, start=1)}
    lines = [f"# {inline(digest.story.title)}", "", _byline(articles), "", "## Summary", ""]
    lines += [f"- {inline(c.text)} {_cite(c.sources, number)}" for c in digest.summary]
    if digest.comparison.facts:
        lines += ["", "## Confirmed by several outlets", ""]
        lines += [
            f"- {inline(f.text)} {_cite(f.sources, number)} "
            f"({counted(f.independent_sources, 'independent outlet')})"
            for f in digest.comparison.facts
        ]
    lines += ["", "## Coverage", "", *_coverage(digest, number)]
    lines += ["", "## Sources", ""]
    lines += [f"{number[a.id]}. {_source(a, flags(digest, a))}" for a in articles]
    return "\n".join(lines)


def _coverage(digest: Digest, number: dict[str, int]) -> list[str]:
    """Who was first, who copied whom (with how much), credits, independent origins."""
    facts = coverage(digest)
    lines = []
    if facts.first is not None:
        outlet = inline(outlet_label(facts.first))
        lines.append(f"- First: [{number[facts.first.id]}] {outlet}, {facts.first_date}")
    for line in facts.copies:
        lines.append(
            f"- [{number[line.copy]}] is {line.words} of [{number[line.source]}]: "
            f"{line.percent}% of its text, {line.sentences} aligned "
            f"sentence{'' if line.sentences == 1 else 's'}"
        )
    for article_id, credited in facts.credits:
        names = ", ".join(inline(name) for name in credited)
        lines.append(f"- [{number[article_id]}] credits {names}")
    origins = counted(facts.origins, "independent origin")
    lines.append(f"- {origins} among {counted(facts.articles, 'article')}")
    return lines


def _byline(articles: Sequence[CleanArticle]) -> str:
    dates = sorted(filter(None, (format_date(a.article.published) for a in articles)))
    when = f", first published {dates[0][:10]}" if dates else ""
    count = f"{counted(len(articles), 'article')} from {counted(len(outlets(articles)), 'outlet')}"
    return f"*{count}{when}*"


def _cite(sources: Sequence[str], number: dict[str, int]) -> str:
    return "".join(f"[{number[s]}]" for s in sources if s in number)


def _source(article: CleanArticle, flagged: Sequence[str]) -> str:
    a = article.article
    title = inline(article.title)
    head = f"[{title}]({a.url})" if a.url and a.url.startswith(("http://", "https://")) else title
    parts = [head, inline(outlet_label(article)), format_date(a.published) or "undated"]
    if flagged:
        parts.append("flags: " + ", ".join(flagged))
    return " — ".join(parts) + f" (`{a.id}`)"


def inline(text: str) -> str:
    """Untrusted text made inert in Markdown: no raw HTML, links or emphasis from content."""
    for char in "\\`*_[]#|":
        text = text.replace(char, "\\" + char)
    # Entities, not backslashes, for angle brackets: some renderers pass `\<tag>` through.
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())
