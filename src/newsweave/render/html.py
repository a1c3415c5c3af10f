"""HTML digest pages from a Jinja2 template; every value is autoescaped and no script runs."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from newsweave.model import Digest
from newsweave.render.coverage import counted, coverage, flags, outlet_label, outlets
from newsweave.render.markdown import SINGLE_SOURCE_SHOWN
from newsweave.text.dates import shown_date
from newsweave.text.normalize import printable

if TYPE_CHECKING:
    from jinja2 import Environment


def page_templates(package: str) -> Environment:
    """A template environment for untrusted text: every value autoescaped and stripped of
    control characters, with the filters every page shares (`date`, `counted`, `outlet`).
    Jinja2 is imported here, only by what writes HTML (the digest page, the web app)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=printable,
    )
    env.filters["date"] = shown_date
    env.filters["counted"] = counted
    env.filters["outlet"] = outlet_label
    env.globals["single_source_shown"] = SINGLE_SOURCE_SHOWN
    return env


@cache
def _environment() -> Environment:
    return page_templates("newsweave.render")


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
    return _environment().get_template("digest.html").render(stories=stories)
