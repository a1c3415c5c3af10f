"""The pages in real headless Chromium, served by uvicorn on loopback: a reader's path from
the stories to a story, an article, its outlet and a search and back, with screenshots kept;
and hostile article fields (titles, outlets, URLs, text) that must never run or link."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from newsweave.pipeline import ingest, load_articles
from newsweave.store import open_store
from newsweave.web import create_app

# Each payload would set window.pwned (or open a dialog) if it ever ran.
PAYLOADS = [
    "<script>window.pwned = 1</script>",
    '<img src=x onerror="window.pwned = 2">',
    '<svg onload="window.pwned = 3"><circle r="9"/></svg>',
    "</title><script>window.pwned = 4</script>",
    '" onmouseover="window.pwned = 5" x="',
    "' autofocus onfocus='window.pwned = 6' '",
    '<a href="javascript:window.pwned = 7">read</a>',
    '<iframe src="data:text/html,<script>parent.pwned = 8</script>"></iframe>',
    "]]><svg><script>window.pwned = 9</script></svg>",
]
HOSTILE_URLS = [
    "javascript:window.pwned = 10",
    " JaVaScRiPt:window.pwned = 11",
    "data:text/html;base64,PHNjcmlwdD5wYXJlbnQucHduZWQ9MTI8L3NjcmlwdD4=",
    'https://ok.example/"><script>window.pwned = 13</script>',
]


def _hostile_lines() -> str:
    lines = []
    for number, payload in enumerate(PAYLOADS):
        lines.append(
            {
                "id": f"hostile-{number}",
                # distinct URLs: one URL twice would be two revisions of one article
                "url": f"{HOSTILE_URLS[number % len(HOSTILE_URLS)]}//{number}",
                "source": f"{payload} Gazette",
                "title": f"Ferry strike {payload} halts crossings",
                "published": f"2026-05-0{1 + number % 3}",
                "text": (
                    f"Ferry crews at Port Orrin walked out on Monday {payload} over rosters. "
                    f'The union leader Tamsin Greer said "{payload} we will not sail" to crews. '
                    "Crossings to the islands are cancelled until Thursday, the operator said. "
                    "Passengers were told to rebook online or ask at the terminal desk."
                ),
            }
        )
    return "\n".join(json.dumps(line) for line in lines) + "\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, examples_dir: Path, seeds_dir: Path
) -> Iterator[str]:
    import uvicorn

    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(_hostile_lines(), encoding="utf-8")
    store = open_store(str(folder / "news.db"))
    articles = load_articles([str(examples_dir), str(seeds_dir), str(hostile)], _fail)
    ingest(store, articles, _fail)
    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="error")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Screenshots of every page visited, kept as test artifacts."""
    return tmp_path_factory.mktemp("screenshots")


def test_reader_goes_from_stories_to_article_outlet_search_and_back(
    server: str, browser: Any, shots: Path
) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(server + "/")
    page.screenshot(path=str(shots / "1-stories.png"), full_page=True)
    page.get_by_role("link", name="Biden Putin to speak Thursday").first.click()
    assert "/stories/" in page.url
    citations = page.locator("ul.summary sup a.cite")
    assert citations.count() >= 5
    assert page.locator("figure.timeline-chart svg circle").count() == 5
    assert page.locator("ul.coverage li.origins").inner_text().endswith("among 5 articles")
    page.screenshot(path=str(shots / "2-story.png"), full_page=True)
    citations.first.click()
    assert "/articles/" in page.url and page.locator("div.text p").count() > 0
    page.screenshot(path=str(shots / "3-article.png"), full_page=True)
    page.go_back()
    assert "/stories/" in page.url
    page.goto(server + "/stories/" + _story_of(page, server, "05_spunnews"))
    assert page.locator("figure.copy-graph svg line.edge").count() >= 1
    page.locator("ol.sources a", has_text="Dockers").first.click()
    page.screenshot(path=str(shots / "4-article-copy.png"), full_page=True)
    spun = browser.new_page()  # the spun copy beside its source, passage by passage
    spun.goto(server + "/articles/05_spunnews")
    assert "Passages shared with its source" in spun.locator("h2").all_inner_texts()
    assert spun.locator("table tbody tr").count() >= 5
    spun.screenshot(path=str(shots / "4b-shared-passages.png"), full_page=True)
    spun.close()
    page.locator("p.meta a[href^='/outlets/']").first.click()
    assert "/outlets/" in page.url and page.locator("li.first").count() == 1
    page.screenshot(path=str(shots / "5-outlet.png"), full_page=True)
    page.fill("input[name=q]", "dockers deal")
    page.press("input[name=q]", "Enter")
    assert "/search" in page.url and page.locator("ol.hits li a").count() >= 1
    page.screenshot(path=str(shots / "6-search.png"), full_page=True)
    page.go_back()
    assert "/outlets/" in page.url
    page.close()


def test_hostile_fields_never_run_and_never_link(server: str, browser: Any, shots: Path) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    story = _story_of(page, server, "hostile-0")
    pages = [
        "/",
        f"/stories/{story}",
        *(f"/articles/hostile-{n}" for n in range(len(PAYLOADS))),
        "/outlets",
        "/search?q=ferry+strike",
        "/search?q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E",
    ]
    pages += [
        page_path for page_path in _outlet_pages(page, server) if "gazette" in page_path.lower()
    ]
    for path in pages:
        page.goto(server + path)
        page.hover("body")
        assert page.evaluate("() => window.pwned") is None, path
        assert page.evaluate(DANGEROUS) == [], path
    page.goto(f"{server}/stories/{story}")
    page.screenshot(path=str(shots / "7-hostile-story.png"), full_page=True)
    assert "Ferry strike" in page.locator("h1").inner_text()
    assert dialogs == []
    page.close()


# Elements and attributes through which a page could run code or leave the site unsafely.
DANGEROUS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'img', 'foreignobject'].includes(tag)) {
      found.push(tag);
    }
    for (const attr of el.attributes) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.startsWith('on')) found.push(tag + ' ' + attr.name);
      if (['href', 'src', 'xlink:href', 'action'].includes(attr.name)
          && !(value.startsWith('/') || value.startsWith('http://')
               || value.startsWith('https://') || value.startsWith('#')
               || value.startsWith('?'))) {
        found.push(tag + ' ' + attr.name + '=' + value);
      }
    }
  }
  return found;
}"""


def _story_of(page: Any, server: str, article_id: str) -> str:
    response = page.request.get(f"{server}/api/articles/{article_id}")
    return str(response.json()["story"])


def _outlet_pages(page: Any, server: str) -> list[str]:
    outlets = page.request.get(f"{server}/api/outlets").json()["outlets"]
    return [f"/outlets/{quote(o['key'], safe='')}" for o in outlets]


def _fail(error: Exception) -> None:
    raise AssertionError(str(error))
