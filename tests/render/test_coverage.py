"""The Coverage section (Markdown, HTML) and the provenance fields of the digest JSON."""

from __future__ import annotations

import json

from newsweave.clean import clean_article
from newsweave.digest import build_digest
from newsweave.model import Article, Digest, Story
from newsweave.render import render_html, render_json, render_markdown


def march_digest(march: Story) -> Digest:
    return build_digest(march)


def test_json_provenance_fields(march: Story) -> None:
    record = json.loads(render_json([march_digest(march)]))[0]
    story = record["story"]
    articles = {a["id"]: a for a in story["articles"]}
    assert story["independent_origins"] == 4 < len(articles)
    assert articles["02_northwire"]["credits"] == ["Harbour Gazette"]
    assert articles["05_spunnews"]["credits"] == ["Northwire"]
    for copy in ("02_northwire", "04_dailyreposter", "05_spunnews"):
        assert articles[copy]["copy_of"] == "01_harbourgazette"
    assert articles["01_harbourgazette"]["copy_of"] is None
    assert articles["03_coastalpost"]["copy_of"] is None
    assert "spun" in articles["05_spunnews"]["quality"]["flags"]
    kinds = {(r["source"], r["copy"]): r["kind"] for r in record["reuse"]}
    assert kinds == {
        ("01_harbourgazette", "02_northwire"): "credited",
        ("01_harbourgazette", "04_dailyreposter"): "partial",
        ("01_harbourgazette", "05_spunnews"): "spun",
        # 05 says "Northwire contributed to this story", and 02 names itself Northwire
        # ("Northwire has contacted the port authority"): a credit with no shared text.
        ("02_northwire", "05_spunnews"): "credited",
    }
    copied = [
        r for r in record["reuse"] if r["kind"] != "credited" or r["source"] != "02_northwire"
    ]
    assert all(r["pairs"] and 0 < r["share"] <= 1 for r in copied)


def test_markdown_coverage_section(march: Story) -> None:
    text = render_markdown([march_digest(march)])
    coverage = text.split("## Coverage")[1].split("## Sources")[0]
    assert "- First: [1] harbourgazette.example, 2026-03-12" in coverage
    assert "is a spun copy of [1]: 100% of its text, 11 aligned sentences" in coverage
    assert "is a partial copy of [1]: 86% of its text" in coverage
    assert "- [5] is a credited rewrite of [2]: no sentence in common" in coverage  # 05, 02
    assert "credits Harbour Gazette" in coverage
    assert "- 4 independent origins among 8 articles" in coverage
    spun = next(line for line in text.splitlines() if "`05_spunnews`" in line)
    assert "flags: spun" in spun


def test_markdown_never_quotes_the_spun_copy_in_coverage(march: Story) -> None:
    digest = march_digest(march)
    coverage = render_markdown([digest]).split("## Coverage")[1].split("## Sources")[0]
    spun = next(a for a in digest.story.articles if a.id == "05_spunnews")
    assert not any(s.text[:40] in coverage for s in spun.sentences)


def test_html_coverage_section(march: Story) -> None:
    page = render_html([march_digest(march)])
    assert "<h2>Coverage</h2>" in page
    assert 'class="copy spun"' in page and "independent origins among 8 articles" in page


def test_credited_names_are_escaped() -> None:
    text = (
        "The bridge will close on Monday for three weeks of repairs to its deck, officials said. "
        "Drivers should use the northern ring road, the <b>Evil</b> Gazette reported."
    )
    article = clean_article(Article(id="a", raw=text, source="a.example"))
    digest = build_digest(Story("s", (article,)))
    page = render_html([digest])
    markdown = render_markdown([digest])
    assert "<b>Evil</b>" not in page and "<b>" not in markdown
