"""clean: keep only article text, split it into sentences with offsets, and score its quality."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from newsweave.clean.quality import score_quality
from newsweave.clean.sentences import split_sentences
from newsweave.model import Article, CleanArticle, Quality, Removal, Sentence
from newsweave.text.lines import header_kind, junk_kind, strip_repeated_title
from newsweave.text.normalize import normalize_text
from newsweave.text.outlets import outlet_name
from newsweave.text.published import marker_end
from newsweave.text.terms import content_terms

__all__ = ["ANALYSIS", "clean_article", "restore_article"]

# Once a rating widget or a comment thread starts, nothing after it is article text.
_TAIL_KINDS = frozenset({"widget", "comments"})
_ALPHANUMERIC = re.compile(r"[^\W_]")
# "WASHINGTON —", "LINDMARK, Baltora -", "GENEVA (Reuters) -", "LONDON (AP) _" (the wire
# services' typewriter dash), or a capitalised place name
# whose dash was lost in scraping ("WASHINGTON  President ...").
DATELINE_LINES = 3  # a dateline opens one of the first paragraphs (a pull quote may lead)
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3}(?:\s*\([^()]{1,40}\))?"
    r"(?:\s*(?:[—–-]{1,2}|_)\s*|\s{2,}(?=[A-Z]))"
)


class _Analysis:
    """Sentences, quality and terms of cleaned text (`newsweave.model.TextAnalysis`)."""

    def sentences(self, raw: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
        return tuple(s for start, end in paragraphs for s in split_sentences(raw, start, end))

    def quality(self, sentences: tuple[Sentence, ...], cut: bool) -> Quality:
        return score_quality(sentences, cut)

    def terms(self, text: str) -> Counter[str]:
        return content_terms(text)


ANALYSIS = _Analysis()


def clean_article(article: Article) -> CleanArticle:
    """Remove what is not article text from `article.raw`; paragraphs one per line of text."""
    kept, removed = _classify_lines(article.raw, article.title)
    return restore_article(article, tuple(kept), tuple(removed))


def restore_article(
    article: Article, paragraphs: tuple[tuple[int, int], ...], removed: tuple[Removal, ...]
) -> CleanArticle:
    """The cleaned article whose kept paragraphs and removed spans are already known (a stored
    article): cleaning is not run again."""
    text = "\n\n".join(normalize_text(article.raw[start:end]) for start, end in paragraphs)
    outlet = outlet_name(article.source, article.url, article.byline, article.raw) or article.id
    return CleanArticle(article, text, paragraphs, outlet, ANALYSIS, removed)


def _classify_lines(raw: str, title: str | None) -> tuple[list[tuple[int, int]], list[Removal]]:
    """Spans of `raw` that are article text, and the spans removed with their kind."""
    kept: list[tuple[int, int]] = []
    removed: list[Removal] = []
    in_tail = False
    # An archiver's `date 2024-03-28` marker glued to the first line (83 of realnews-dev's 218
    # pages) is the page's date, not its text: titles, leads and timelines read it. The rest
    # of that line stays text as archived, a repeated title included: without it the stories
    # of realnews-dev moved (B-cubed F1 0.974 -> 0.960, Macron's 2017 and 2022 elections met).
    marker = marker_end(raw)
    for start, end in _line_spans(raw):
        if start < marker:
            removed.append(Removal("date", start, marker))
            start = end - len(raw[marker:end].lstrip())
            if start < end:
                kept.append((start, end))
            continue
        if in_tail:
            removed.append(Removal("comments", start, end))
            continue
        repeated = strip_repeated_title(raw[start:end], title)
        if repeated:
            removed.append(Removal("title", start, start + repeated))
            start += repeated
        if len(kept) < DATELINE_LINES and (dateline := DATELINE.match(raw, start, end)):
            removed.append(Removal("dateline", start, dateline.end()))
            start = dateline.end()
        line = raw[start:end]
        kind = header_kind(line, title) if not kept else junk_kind(line, title)
        if kind is None and not _ALPHANUMERIC.search(line):
            kind = "separator"
        if kind is None:
            kept.append((start, end))
            continue
        removed.append(Removal(kind, start, end))
        in_tail = kind in _TAIL_KINDS and bool(kept)
    return kept, removed


def _line_spans(raw: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding white space."""
    for match in re.finditer(r"[^\n]+", raw):
        text = match.group(0)
        stripped = text.strip()
        if stripped:
            start = match.start() + (len(text) - len(text.lstrip()))
            yield start, start + len(stripped)
