"""The comparison sections of the Markdown, HTML and JSON digests, cited and escaped."""

from __future__ import annotations

import json

from newsweave.digest import build_digest
from newsweave.model import (
    CleanArticle,
    Comparison,
    Conflict,
    ConflictValue,
    Digest,
    SingleSource,
    Story,
    StoryQuote,
    TimelineEntry,
)
from newsweave.render.html import render_html
from newsweave.render.json import render_json
from newsweave.render.markdown import render_markdown

SECTIONS = ("Where outlets differ", "Who said what", "Timeline", "Reported by one outlet only")


def _seed_digest(seeds: dict[str, CleanArticle]) -> Digest:
    return build_digest(Story("s", tuple(seeds[n] for n in sorted(seeds))))


def test_markdown_and_html_have_every_section(seeds: dict[str, CleanArticle]) -> None:
    digest = _seed_digest(seeds)
    markdown, html = render_markdown([digest]), render_html([digest])
    for title in SECTIONS:
        assert f"## {title}" in markdown
        assert f"<h2>{title}</h2>" in html
    assert "more than 90,000 [3]" in markdown  # 002 is the third source
    assert "2021-12-30 (this story)" in markdown


def test_json_fields_follow_the_design(seeds: dict[str, CleanArticle]) -> None:
    (record,) = json.loads(render_json([_seed_digest(seeds)]))
    quote = record["quotes"][0]
    assert set(quote) == {"speaker", "role", "anonymous", "text", "sources", "variants", "flags"}
    value = record["conflicts"][0]["values"][0]
    assert set(value) == {"value", "low", "high", "unit", "qualifier", "text", "sources"}
    assert set(record["timeline"][0]) == {"date", "text", "sources", "this_story"}
    assert set(record["single_source"][0]) == {"text", "source"}
    assert set(record["entities"][0]) == {"name", "kind", "variants", "sources"}


def test_untrusted_text_is_inert(seeds: dict[str, CleanArticle]) -> None:
    evil = "<script>alert(1)</script> *bold* [link](http://x.example)"
    story = Story("s", (seeds["000"],))
    comparison = Comparison(
        quotes=(StoryQuote(evil, evil, False, evil, (seeds["000"].id,)),),
        conflicts=(
            Conflict(evil, "number", (ConflictValue(1.0, evil, (seeds["000"].id,)),), evil),
        ),
        timeline=(TimelineEntry("2021-12-30", evil, (seeds["000"].id,)),),
        single_source=(SingleSource(evil, seeds["000"].id),),
    )
    digest = Digest(story, (), comparison)
    markdown, html = render_markdown([digest]), render_html([digest])
    assert "<script>" not in markdown and "[link](" not in markdown
    assert "<script>" not in html and "&lt;script&gt;" in html
