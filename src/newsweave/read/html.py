"""HTML pages: trafilatura finds the main text and the metadata; cleaning runs after it."""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from newsweave.dates import parse_iso
from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.common import outlet_from_url

# Chosen on ../shared/datasets/article-extraction-benchmark (181 pages, word-4-gram F1):
# defaults 0.953, include_comments=False 0.960, + favor_precision 0.964 (trafilatura 2.3.1).
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "favor_precision": True}


def extract_main_text(html: str) -> str:
    """The main article text of a page, paragraphs on their own lines ("" if none)."""
    return trafilatura.extract(html, **EXTRACT_OPTIONS) or ""


def read_html(html: str, article_id: str, origin: str, url: str | None = None) -> Article:
    """An article from an HTML page. Raises InputError when the page holds no article text."""
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, **EXTRACT_OPTIONS)
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        raise InputError(origin, "no article text found in the HTML")
    url = url or document.url
    return Article(
        id=article_id,
        raw=text,
        url=url,
        source=outlet_from_url(url) or document.sitename,
        title=document.title,
        byline=document.author,
        published=parse_iso(document.date) if document.date else None,
        language=document.language,
        origin=origin,
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's content): its paragraphs, one per line.

    Fragments are too small for main-text scoring to be safe, so the plain text of the
    paragraphs is used when the extractor keeps nothing.
    """
    text = extract_main_text(html)
    if text:
        return text
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    blocks = root.xpath("//p|//li|//h1|//h2|//h3|//blockquote") or [root]
    return "\n".join(" ".join(b.text_content().split()) for b in blocks).strip()
