"""The HTML digest in a real headless browser: hostile article text must stay text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsweave.clean import clean_article
from newsweave.digest import build_digest
from newsweave.model import Article, CleanArticle, Story
from newsweave.render import render_html

HOSTILE = Article(
    id="hostile",
    raw=(
        "Officials said the <script>window.pwned = 1</script> bridge will close on Monday. "
        'Engineers found cracks <img src=x onerror="window.pwned = 2"> in two of its piers. '
        "Drivers are advised to use the northern ring road while repairs take three weeks."
    ),
    title='<svg onload="window.pwned = 3">Bridge closes</svg>',
    url="javascript:window.pwned = 4",
    source="<b>evil</b>.example",
)


def test_hostile_text_is_shown_as_text_and_never_runs(
    tmp_path: Path, seeds: dict[str, CleanArticle], browser: Any
) -> None:
    stories = [
        Story("s-hostile", (clean_article(HOSTILE),)),
        Story("s-seeds", tuple(seeds[n] for n in sorted(seeds))),
    ]
    page_file = tmp_path / "digest.html"
    page_file.write_text(render_html([build_digest(s) for s in stories]), encoding="utf-8")

    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    page.goto(page_file.as_uri())
    pwned = page.evaluate("() => window.pwned")
    headings = page.locator("h1").all_inner_texts()
    scripts = page.locator("script, img, svg").count()
    summary_items = page.locator("#s-seeds ul.summary li").count()
    first_citation = page.locator("#s-seeds ul.summary li sup a").first.get_attribute("href")
    links = page.locator("a[href^='javascript:']").count()
    page.screenshot(path=str(tmp_path / "digest.png"), full_page=True)

    assert pwned is None and dialogs == []
    assert scripts == 0 and links == 0
    assert headings[0] == '<svg onload="window.pwned = 3">Bridge closes</svg>'
    assert summary_items == 5
    assert first_citation is not None and first_citation.startswith("#s-seeds-")
