"""Bounds on what one input may hold, so that a hostile or broken file costs time and memory in
proportion to what is kept, and never stops the run.

News articles are short: the longest main text of the 181 pages of ../shared/datasets/article-
extraction-benchmark has 53,372 characters, the largest DUC 2003/2004 document file 31,982 bytes.
The limits sit well over an order of magnitude above that, so no real article meets them.
"""

from __future__ import annotations

from dataclasses import replace

from newsweave.model import Article

# Text kept per article; the rest is cut at a line or word break and the article is marked
# `metadata["truncated"] = True` (cleaning then flags its quality "truncated").
MAX_ARTICLE_CHARS = 2_000_000
# One JSON Lines record, one SGML <DOC>: larger ones are reported and skipped unread.
MAX_RECORD_CHARS = 8_000_000
# Nesting of JSON arrays and objects: an article record is flat; Python's parser recurses.
MAX_JSON_DEPTH = 64
# Digits of a JSON integer: Python refuses to convert more than 4,300 (CVE-2020-10735).
MAX_INTEGER_DIGITS = 4_000
TRUNCATED = "truncated"


def bounded(article: Article) -> Article:
    """`article`, its text cut to MAX_ARTICLE_CHARS (at a word break) if longer.

    The cut text usually ends mid-sentence, so cleaning's quality score flags it "truncated"
    as it does any text cut short; `metadata["truncated"]` says so in every case."""
    if len(article.raw) <= MAX_ARTICLE_CHARS:
        return article
    cut = max(
        article.raw.rfind(" ", 0, MAX_ARTICLE_CHARS), article.raw.rfind("\n", 0, MAX_ARTICLE_CHARS)
    )
    if cut < MAX_ARTICLE_CHARS // 2:  # one enormous word
        cut = MAX_ARTICLE_CHARS
    metadata = {**article.metadata, TRUNCATED: True}
    return replace(article, raw=article.raw[:cut].rstrip(), metadata=metadata)


def size_label(limit: int) -> str:
    """A limit as people read it: `2 MB`, `64 MiB`-style round figures."""
    if limit >= 1 << 20 and limit % (1 << 20) == 0:
        return f"{limit >> 20} MiB"
    if limit >= 1_000_000:
        return f"{limit / 1_000_000:g} million characters"
    return f"{limit:,} characters"
