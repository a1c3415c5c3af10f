"""The HTML pages: stories, a story, an article, outlets, search, and the API's own docs.
Every value goes through the autoescaping templates; charts are inline SVG built in
charts.py; rendered list pages are kept per catalog generation, story pages per version."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from newsweave.web.api import Outlet, Since, Until, story_filter
from newsweave.web.app import Site, cached, site_of
from newsweave.web.catalog import page
from newsweave.web.charts import copy_graph_svg, timeline_svg
from newsweave.web.views import coverage_view, segments, shared_views

router = APIRouter(include_in_schema=False)

# An outlet page reads the digests of the outlet's latest stories to count its copies and
# credits: bounded, so that a prolific outlet's first visit does not digest its whole archive.
OUTLET_DIGESTS = 20


@router.get("/")
def stories_page(
    request: Request,
    sort: Literal["newest", "largest", "origins"] = "newest",
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
) -> Response:
    site = site_of(request)
    key = ("stories", str(request.url.query), site.library.catalog.generation)
    found = site.pages.get(key)
    if found is None:
        found = _render(
            site, "stories.html", **_story_list(site, sort, since, until, outlet, page_number)
        )
        site.pages.put(key, found)
    return cached(request, found, "text/html; charset=utf-8")


@router.get("/stories/{story_id}")
def story_page(request: Request, story_id: str) -> Response:
    site = site_of(request)
    digest = site.library.digest(story_id)
    if digest is None:
        raise HTTPException(404, f"no story {story_id!r}")
    key = ("story", story_id, digest.version)
    found = site.pages.get(key)
    if found is None:
        record = digest.record
        found = _render(
            site,
            "story.html",
            d=record,
            number={a["id"]: n for n, a in enumerate(record["story"]["articles"], start=1)},
            coverage=coverage_view(record),
            timeline=timeline_svg(record),
            graph=copy_graph_svg(record),
        )
        site.pages.put(key, found)
    return cached(request, found, "text/html; charset=utf-8")


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str) -> Response:
    site = site_of(request)
    library = site.library
    article = library.articles([article_id]).get(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    entry = library.catalog.articles.get(article_id)
    story = library.catalog.story_index.get(entry.story_id or "") if entry else None
    digest = library.digest(story.id) if story else None
    shared = []
    if digest is not None:
        links = [r for r in digest.record["reuse"] if article_id in (r["source"], r["copy"])]
        others = library.articles([i for r in links for i in (r["source"], r["copy"])])
        shared = shared_views(digest.record, article_id, others)
    body = _render(
        site,
        "article.html",
        a=article,
        entry=entry,
        story=story,
        segments=segments(article),
        shared=shared,
    )
    return cached(request, body, "text/html; charset=utf-8")


@router.get("/outlets")
def outlets_page(request: Request) -> Response:
    site = site_of(request)
    body = _render(site, "outlets.html", outlets=list(site.library.catalog.outlets.values()))
    return cached(request, body, "text/html; charset=utf-8")


@router.get("/outlets/{key}")
def outlet_page(request: Request, key: str) -> Response:
    site = site_of(request)
    catalog = site.library.catalog
    outlet = catalog.outlets.get(key)
    if outlet is None:
        raise HTTPException(404, f"no outlet {key!r}")
    latest = outlet.story_ids[:OUTLET_DIGESTS]
    copies, credits = _copies_and_credits(site, latest, set(outlet.article_ids))
    body = _render(
        site,
        "outlet.html",
        outlet=outlet,
        stories=[catalog.story_index[s] for s in outlet.story_ids[:200]],
        read=len(latest),
        copies=copies,
        credits=credits.most_common(),
    )
    return cached(request, body, "text/html; charset=utf-8")


@router.get("/search")
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    page_number: Annotated[int, Query(alias="page", ge=1, le=1000)] = 1,
) -> Response:
    site = site_of(request)
    size = site.options.page_size
    hits = site.library.store.search(q, size + 1, (page_number - 1) * size) if q.strip() else []
    more = {"q": q, "page": page_number + 1} if len(hits) > size else None
    body = _render(
        site,
        "search.html",
        q=q,
        hits=hits[:size],
        page_number=page_number,
        next_query=urlencode(more) if more else None,
    )
    return cached(request, body, "text/html; charset=utf-8")


@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    """The OpenAPI description as a page of its own (FastAPI's loads scripts from a CDN)."""
    site = site_of(request)
    schema = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **operation}
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]
    body = _render(site, "docs.html", schema=schema, operations=operations)
    return cached(request, body, "text/html; charset=utf-8")


def _story_list(
    site: Site,
    sort: str,
    since: date | None,
    until: date | None,
    outlet: str | None,
    page_number: int,
) -> dict[str, Any]:
    library = site.library
    chosen = library.catalog.select(story_filter(sort, since, until, outlet), library.origins)
    size = site.options.page_size
    query = {
        k: v
        for k, v in (("sort", sort), ("since", since), ("until", until), ("outlet", outlet))
        if v
    }
    pages = max(1, -(-len(chosen) // size))
    return {
        "stories": page(chosen, page_number, size),
        "total": len(chosen),
        "sort": sort,
        "since": since,
        "until": until,
        "outlet": outlet,
        "outlets": list(library.catalog.outlets.values()),
        "origins": library.origins,
        "page_number": page_number,
        "pages": pages,
        "previous_query": _page_query(query, page_number - 1, pages),
        "next_query": _page_query(query, page_number + 1, pages),
    }


def _page_query(query: dict[str, Any], number: int, pages: int) -> str | None:
    """The query string of page `number` of the same list, None past either end."""
    return urlencode({**query, "page": number}) if 1 <= number <= pages else None


def _copies_and_credits(
    site: Site, story_ids: tuple[str, ...], own: set[str]
) -> tuple[int, Counter[str]]:
    """How many of the outlet's articles in these stories copy another, and whom they credit."""
    copies = 0
    credits: Counter[str] = Counter()
    for story_id in story_ids:
        digest = site.library.digest(story_id)
        for article in digest.record["story"]["articles"] if digest else []:
            if article["id"] in own:
                copies += article["copy_of"] is not None
                credits.update(article["credits"])
    return copies, credits


def _render(site: Site, template: str, **context: Any) -> bytes:
    return site.templates.get_template(template).render(**context).encode()
