"""HTML digest pages from a Jinja2 template; every value is autoescaped and no script runs."""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Environment, PackageLoader, select_autoescape

from newsweave.model import Digest
from newsweave.render.coverage import counted, coverage, flags, outlet_label, outlets
from newsweave.text.dates import format_date

_ENV = Environment(
    loader=PackageLoader("newsweave.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["date"] = format_date
_ENV.filters["counted"] = counted
_ENV.filters["outlet"] = outlet_label


def render_html(digests: Sequence[Digest]) -> str:
    """One self-contained page with every story."""
    stories = [
        {
            "digest": d,
            "number": {a.id: i for i, a in enumerate(d.story.articles, start=1)},
            "outlets": len(outlets(d.story.articles)),
            "coverage": coverage(d),
            "flags": {a.id: flags(d, a) for a in d.story.articles},
        }
        for d in digests
    ]
    return _ENV.get_template("digest.html").render(stories=stories)
