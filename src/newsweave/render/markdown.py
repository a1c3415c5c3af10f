"""Markdown digests: citations as `[n]`, numbered in the story's source list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.model import CleanArticle, Comparison, Conflict, Digest, StoryQuote, TimelineEntry
from newsweave.render.coverage import counted, coverage, flags, outlet_label, outlets
from newsweave.text.dates import shown_date, timestamp
from newsweave.text.normalize import printable


def render_markdown(digests: Sequence[Digest]) -> str:
    return "\n\n---\n\n".join(_story(d) for d in digests) + "\n"


def _story(digest: Digest) -> str:
    articles = digest.story.articles
    number = {a.id: i for i, a in enumerate(articles, start=1)}
    lines = [f"# {inline(digest.story.title)}", "", _byline(articles), ""]
    lines += [f"*{inline(note)}*\n" for note in digest.notes]
    lines += ["## Summary", ""] if digest.summary else []
    lines += [f"- {inline(c.text)} {_cite(c.sources, number)}" for c in digest.summary]
    if digest.comparison.facts:
        lines += ["", "## Confirmed by several outlets", ""]
        lines += [
            f"- {inline(f.text)} {_cite(f.sources, number)} "
            f"({counted(f.independent_sources, 'independent outlet')})"
            for f in digest.comparison.facts
        ]
    lines += _comparison(digest.comparison, number)
    lines += ["", "## Coverage", "", *_coverage(digest, number)]
    lines += ["", "## Sources", ""]
    lines += [f"{number[a.id]}. {_source(a, flags(digest, a))}" for a in articles]
    return "\n".join(lines)


SINGLE_SOURCE_SHOWN = 10  # the most central; the JSON digest lists every one


def _comparison(comparison: Comparison, number: dict[str, int]) -> list[str]:
    """Where outlets differ, who said what, the timeline, what one outlet alone reports."""
    sections = [
        ("Where outlets differ", [_conflict(c, number) for c in comparison.conflicts]),
        ("Who said what", [_quote(q, number) for q in comparison.quotes]),
        ("Timeline", [_dated(e, number) for e in comparison.timeline]),
        (
            "Reported by one outlet only",
            [
                f"- {inline(s.text)} {_cite((s.source,), number)}"
                for s in comparison.single_source[:SINGLE_SOURCE_SHOWN]
            ],
        ),
    ]
    lines: list[str] = []
    for title, items in sections:
        if items:
            lines += ["", f"## {title}", "", *items]
    return lines


def _conflict(conflict: Conflict, number: dict[str, int]) -> str:
    sides = " vs ".join(f"{inline(v.text)} {_cite(v.sources, number)}" for v in conflict.values)
    return f"- {inline(conflict.what)}: {sides} ({inline(conflict.note)})"


def _quote(quote: StoryQuote, number: dict[str, int]) -> str:
    """Speaker, role, the clean wording and its sources; variants are cited, not quoted (a
    spun wording is never shown as anyone's words)."""
    who = inline(quote.speaker or "unnamed source")
    if quote.role:
        who += f", {inline(quote.role)}"
    line = f"- {who}: “{inline(quote.text)}” {_cite(quote.sources, number)}"
    for variant in quote.variants:
        said = f" to {inline(variant.speaker)}" if variant.speaker else ""
        line += f"; worded differently{said} in {_cite(variant.sources, number)}"
    if quote.flags:
        line += f" ({', '.join(quote.flags)})"
    return line


def _dated(entry: TimelineEntry, number: dict[str, int]) -> str:
    mark = " (this story)" if entry.this_story else ""
    return f"- {entry.date}{mark}: {inline(entry.text)} {_cite(entry.sources, number)}"


def _coverage(digest: Digest, number: dict[str, int]) -> list[str]:
    """Who was first, who copied whom (with how much), credits, independent origins."""
    facts = coverage(digest)
    lines = []
    if facts.first is not None:
        outlet = inline(outlet_label(facts.first))
        lines.append(f"- First: [{number[facts.first.id]}] {outlet}, {facts.first_date}")
    for line in facts.copies:
        lines.append(
            f"- [{number[line.copy]}] is {line.words} of [{number[line.source]}]: {line.evidence}"
        )
    for article_id, credited in facts.credits:
        names = ", ".join(inline(name) for name in credited)
        lines.append(f"- [{number[article_id]}] credits {names}")
    origins = counted(facts.origins, "independent origin")
    lines.append(f"- {origins} among {counted(facts.articles, 'article')}")
    return lines


def _byline(articles: Sequence[CleanArticle]) -> str:
    dated = [a.article.published for a in articles if a.article.published is not None]
    first = shown_date(min(dated, key=timestamp)) if dated else None
    when = f", first published {first}" if first else ""
    count = f"{counted(len(articles), 'article')} from {counted(len(outlets(articles)), 'outlet')}"
    return f"*{count}{when}*"


def _cite(sources: Sequence[str], number: dict[str, int]) -> str:
    return "".join(f"[{number[s]}]" for s in sources if s in number)


def _source(article: CleanArticle, flagged: Sequence[str]) -> str:
    a = article.article
    title = inline(article.title) + (
        " (its first sentence: no title)" if article.title_derived else ""
    )
    target = link_target(a.url)
    head = f"[{title}](<{target}>)" if target else title
    parts = [head, inline(outlet_label(article)), shown_date(a.published) or "undated"]
    if flagged:
        parts.append("flags: " + ", ".join(flagged))
    return " — ".join(parts) + f" ({code(a.id)})"


def code(text: str) -> str:
    """`text` as a Markdown code span (shown literally, so `<script>` stays text), fenced by
    more backticks than it holds in a row so that none of its own can end the span."""
    text = " ".join(str(printable(text)).split())
    fence = "`" * (1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def link_target(url: str | None) -> str | None:
    """`url` fit to be a Markdown link target, or None: only http(s) URLs become links
    (never `javascript:` or `data:`), and every character that could end the target or
    open markup is percent-encoded, so a URL cannot break out into links of its own."""
    if not url or not re.match(r"(?i)https?://[^\s/?#]", url):
        return None
    return "".join(f"%{ord(c):02X}" if c in _UNSAFE_IN_TARGET or ord(c) < 33 else c for c in url)


_UNSAFE_IN_TARGET = frozenset('<>()[]{}"`\\ |^')


def inline(text: str) -> str:
    """Untrusted text made inert in Markdown: no raw HTML, links or emphasis from content,
    no control characters."""
    text = str(printable(text))
    for char in "\\`*_[]#|":
        text = text.replace(char, "\\" + char)
    # Entities, not backslashes, for angle brackets: some renderers pass `\<tag>` through.
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())
