"""HTML pages: trafilatura finds the main text and the metadata; cleaning runs after it."""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.limits import MAX_RECORD_CHARS, size_label
from newsweave.text.dates import parse_iso

# Chosen on ../shared/datasets/article-extraction-benchmark (181 pages, word-4-gram F1):
# defaults 0.953, include_comments=False 0.960, + favor_precision 0.964 (trafilatura 2.3.1).
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "favor_precision": True}


def extract_main_text(html: str) -> str:
    """The main article text of a page, paragraphs on their own lines ("" if none)."""
    import trafilatura  # imported when a page is read: 0.1 s the CLI's start-up need not pay

    return trafilatura.extract(html, **EXTRACT_OPTIONS) or ""


# A page whose extracted "main text" is only the words of its links is a menu or an index page,
# not an article. Only texts this short are checked: an article is never all link text.
MAX_NAVIGATION_WORDS = 60


def read_html(html: str, article_id: str, origin: str, url: str | None = None) -> Article:
    """An article from an HTML page or fragment. Raises InputError when it holds no article text
    or is larger than MAX_RECORD_CHARS.

    A fragment (no `<html>` or `<body>`: a JSON Lines `html` field, say) too short for the
    extractor is read as its paragraphs' text.
    """
    if len(html) > MAX_RECORD_CHARS:  # extraction takes ~2 s per MB: a 50 MB page, minutes
        raise InputError(origin, f"HTML page larger than {size_label(MAX_RECORD_CHARS)}, skipped")
    import trafilatura
    from trafilatura.settings import Document

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, **EXTRACT_OPTIONS)
    page = extracted if isinstance(extracted, Document) else None
    text = page.text if page else None
    if not text and _is_fragment(html):
        page, text = None, _paragraph_text(html)
    if not text or _only_link_text(html, text):
        raise InputError(origin, "no article text found in the HTML")
    if page is None:
        return Article(id=article_id, raw=text, url=url, origin=origin)
    url = url or page.url
    return Article(
        id=article_id,
        raw=text,
        url=url,
        source=page.sitename,
        title=page.title,
        byline=page.author,
        published=parse_iso(page.date) if page.date else None,
        language=page.language,
        origin=origin,
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's content): its paragraphs, one per line.

    Fragments are too small for main-text scoring to be safe, so the plain text of the
    paragraphs is used when the extractor keeps nothing.
    """
    return extract_main_text(html) or _paragraph_text(html)


def _paragraph_text(html: str) -> str:
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    blocks = root.xpath("//p|//li|//h1|//h2|//h3|//blockquote") or [root]
    return "\n".join(" ".join(b.text_content().split()) for b in blocks).strip()


def _is_fragment(html: str) -> bool:
    lowered = html.lower()
    return "<html" not in lowered and "<body" not in lowered


def _only_link_text(html: str, text: str) -> bool:
    """Whether `text` is made of the page's link texts only (a menu, not an article)."""
    words = text.split()
    if len(words) > MAX_NAVIGATION_WORDS:
        return False
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return False
    anchors = (a for a in root.iter("a") if isinstance(a, lxml.html.HtmlElement))
    links = [a.text_content().split() for a in anchors]
    link_words = {word for link in links for word in link}
    # Links written with no space between them come out as one run of their texts.
    return set(words) <= link_words or "".join(words) in "".join("".join(w) for w in links)
