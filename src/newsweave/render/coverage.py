"""The coverage of a story, ready to render: who was first, who copied whom (with how much
and the evidence), what each article credits, and how many independent origins it has.

Shared by the Markdown and HTML renderers. Aligned sentences are counted, not quoted: the
copy's side may be spun text, which a digest never quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.model import CleanArticle, Digest
from newsweave.text.dates import shown_date, timestamp
from newsweave.text.outlets import outlet_key

KIND_WORDS = {
    "duplicate": "a duplicate",
    "partial": "a partial copy",
    "spun": "a spun copy",
    "credited": "a credited rewrite",
}


@dataclass(frozen=True)
class CopyLine:
    """`copy` reuses `source` (article ids): `kind`, `percent` of the copy, `sentences`
    aligned."""

    copy: str
    source: str
    kind: str
    words: str  # the kind as a phrase: "a spun copy"
    percent: int
    sentences: int

    @property
    def evidence(self) -> str:
        """How much the copy takes: "86% of its text, 8 aligned sentences"; a credited
        rewrite may share no sentence at all (it only names the source's outlet)."""
        if self.sentences == 0:
            return "no sentence in common"
        plural = "" if self.sentences == 1 else "s"
        return f"{self.percent}% of its text, {self.sentences} aligned sentence{plural}"


@dataclass(frozen=True)
class Coverage:
    first: CleanArticle | None  # the first dated article
    first_date: str | None
    copies: tuple[CopyLine, ...]
    credits: tuple[tuple[str, tuple[str, ...]], ...]  # (article id, outlets it credits)
    origins: int
    articles: int


def coverage(digest: Digest) -> Coverage:
    """The coverage facts of a digest."""
    articles = digest.story.articles
    dated = [a for a in articles if a.article.published is not None]
    first = min(dated, key=_sort_key) if dated else None
    provenance = digest.provenance
    copies = tuple(
        CopyLine(
            link.copy,
            link.source,
            link.kind,
            KIND_WORDS.get(link.kind, link.kind),
            round(100 * link.share),
            len(link.pairs),
        )
        for link in provenance.reuse
    )
    credits = tuple(
        (a.id, tuple(c.outlet for c in provenance.credits.get(a.id, ())))
        for a in articles
        if provenance.credits.get(a.id)
    )
    return Coverage(
        first=first,
        first_date=shown_date(first.article.published) if first else None,
        copies=copies,
        credits=credits,
        origins=independent_origins(digest),
        articles=len(articles),
    )


def independent_origins(digest: Digest) -> int:
    """Origins after collapsing copies, credits and shared outlets (outlets if unknown)."""
    if digest.provenance.origins:
        return digest.provenance.independent_origins
    return len(outlets(digest.story.articles))


def outlet_label(article: CleanArticle) -> str:
    """The outlet as a reader sees it: its name or domain, or that nothing states it."""
    return article.outlet if article.outlet != article.id else "outlet not stated"


def outlets(articles: Sequence[CleanArticle]) -> set[str]:
    """Distinct outlets (by `outlet_key`); an article whose outlet is unknown counts as its own."""
    return {outlet_key(a.outlet) for a in articles}


def flags(digest: Digest, article: CleanArticle) -> list[str]:
    """The article's quality flags, with `spun` added when reuse shows it is a spun copy."""
    found = list(article.quality.flags)
    spun = any(r.copy == article.id and r.kind == "spun" for r in digest.provenance.reuse)
    if spun and "spun" not in found:
        found.append("spun")
    return found


def _sort_key(article: CleanArticle) -> tuple[float, str]:
    published = article.article.published
    return (timestamp(published) if published else float("inf"), article.id)


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """Counts as a reader says them: "1 article", "3 articles", "2 new stories"."""
    return f"{number} {noun}" if number == 1 else f"{number} {plural or noun + 's'}"
