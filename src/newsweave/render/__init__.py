"""render: digests as Markdown, JSON (the stable schema of DESIGN.md) and HTML pages."""

from newsweave.render.html import render_html
from newsweave.render.json import article_record, digest_record, render_json, reuse_record
from newsweave.render.markdown import render_markdown

__all__ = [
    "article_record",
    "digest_record",
    "render_html",
    "render_json",
    "render_markdown",
    "reuse_record",
]
