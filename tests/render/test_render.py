"""Renderers: the JSON schema of DESIGN.md, Markdown citations, and inert HTML."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from newsweave.clean import clean_article
from newsweave.digest import build_digest
from newsweave.model import Article, CleanArticle, Story
from newsweave.render import render_html, render_json, render_markdown

HOSTILE = Article(
    id="evil",
    raw=(
        'Officials said the <script>alert("x")</script> bridge will close on Monday for repairs. '
        "The [link](javascript:alert(1)) works are expected to last three weeks in total. "
        "Drivers are advised to use the <b>northern</b> ring road during the closure period."
    ),
    title="<img src=x onerror=alert(1)> Bridge closes",
    url="javascript:alert(1)",
    source="evil.example",
)


def hostile_digest() -> list:
    article = clean_article(HOSTILE)
    return [build_digest(Story("s-evil", (article,)))]


def test_json_has_the_stable_schema(seeds: dict[str, CleanArticle]) -> None:
    story = Story("s-1", tuple(seeds[n] for n in sorted(seeds)))
    record = json.loads(render_json([build_digest(story)]))[0]
    assert set(record) >= {"story", "summary", "facts", "conflicts", "quotes", "timeline", "reuse"}
    assert set(record["story"]) >= {"id", "title", "independent_origins", "articles"}
    article = record["story"]["articles"][0]
    assert set(article) >= {
        "id",
        "source",
        "url",
        "title",
        "published",
        "quality",
        "credits",
        "copy_of",
    }
    assert set(article["quality"]) == {"score", "flags"}
    spun = next(a for a in record["story"]["articles"] if a["id"].startswith("004"))
    assert "spun" in spun["quality"]["flags"]
    ids = {a["id"] for a in record["story"]["articles"]}
    assert all(set(s["sources"]) <= ids and s["sources"] for s in record["summary"])


def test_markdown_cites_by_source_number(seeds: dict[str, CleanArticle]) -> None:
    story = Story("s-1", tuple(seeds[n] for n in sorted(seeds)))
    text = render_markdown([build_digest(story)])
    assert "## Summary" in text and "## Sources" in text
    summary = text.split("## Summary")[1].split("##")[0]
    bullets = [line for line in summary.splitlines() if line.startswith("- ")]
    assert bullets and all(line.rstrip().endswith("]") for line in bullets)


def test_markdown_escapes_untrusted_text() -> None:
    text = render_markdown(hostile_digest())
    assert "<script>" not in text and "<img" not in text
    assert not re.search(r"(?<!\\)\]\(javascript:", text)  # brackets escaped: no link


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def test_html_escapes_everything_from_content() -> None:
    page = render_html(hostile_digest())
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags and "b" not in parser.tags
    assert not any(name.startswith("on") for name, _ in parser.attrs)
    assert not any(value and value.startswith("javascript:") for _, value in parser.attrs)
    assert "&lt;script&gt;" in page


def test_control_characters_never_reach_markdown_or_html() -> None:
    article = clean_article(
        Article(
            id="ansi\x1b[2J",
            raw=HOSTILE.raw + " The council\x1b[31m meets again on Friday\x07 to review it.",
            title="Bridge \x1b[31mcloses\x1b[0m",
            url="https://city.example/bridge",
        )
    )
    digests = [build_digest(Story("s-ansi", (article,)))]
    for output in (render_markdown(digests), render_html(digests)):
        assert "\x1b" not in output and "\x07" not in output
        assert "Bridge \ufffd" in output  # shown as a replacement character


def test_markdown_links_only_http_urls_and_cannot_be_broken_out_of() -> None:
    article = clean_article(
        Article(
            id="breakout`) <script>",
            raw=HOSTILE.raw,
            title="Bridge closes",
            url="https://evil.example/a) [x](javascript:alert(1)) (",
        )
    )
    text = render_markdown([build_digest(Story("s-x", (article,)))])
    assert not re.search(r"(?<!\\)\]\((?:javascript|data):", text) and "[x](" not in text
    assert "(<https://evil.example/a%29%20%5Bx%5D%28javascript:alert%281%29%29%20%28>)" in text
    assert "``breakout`) <script>``" in text  # the id is a code span: shown, never markup
    assert "javascript:alert(1)" not in render_markdown(hostile_digest()).split("## Sources")[1]
