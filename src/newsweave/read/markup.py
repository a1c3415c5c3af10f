"""Stray HTML markup in plain text. Scraped datasets often keep some of a page's tags in a
text field (realnews-dev has paragraph ends and closing link tags inside its texts): left in,
a paragraph break reads as none, two sentences run together and a tag parts a name from its
clause. Block tags become line breaks (cleaning reads one paragraph per line) and inline tags
go; only HTML's own tag names are touched, so "a < b" or "<Company Name>" in a text stay as
written."""

from __future__ import annotations

import html
import re

# Tags that end a paragraph or a line on a page.
_BLOCK = frozenset(
    """p br div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote table tr td th thead tbody
    section article header footer aside nav figure figcaption hr pre""".split()
)
# Tags inside a line: dropped with their text kept.
_INLINE = frozenset(
    """a abbr b bdi bdo cite code data del dfn em font i img ins kbd mark q s samp small
    span strong sub sup time u var wbr""".split()
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]{0,1000})?/?>")


def strip_markup(text: str) -> str:
    """`text` with the HTML tags it holds turned into line breaks or dropped, and character
    references ("&amp;") read; `text` itself when it holds no tag."""
    if "<" not in text:
        return text
    found = False

    def plain(tag: re.Match[str]) -> str:
        nonlocal found
        name = tag.group(2).lower()
        if name in _BLOCK:
            found = True
            return "\n"
        if name in _INLINE:
            found = True
            return ""
        return tag.group(0)

    stripped = _TAG.sub(plain, text)
    return html.unescape(stripped) if found else text
