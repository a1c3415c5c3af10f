"""The JSON API under /api/: stories (paged, filtered, sorted), a story's digest (the
DESIGN.md schema), articles, outlets, search, and ingestion for a server with a token."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from newsweave.extract import extract_facts
from newsweave.render.facts import facts_record
from newsweave.render.json import article_record
from newsweave.web.app import cached, site_of
from newsweave.web.catalog import StoryEntry, StoryFilter, page
from newsweave.web.library import Library

router = APIRouter(prefix="/api", tags=["api"])

Sort = Annotated[
    Literal["newest", "largest", "origins"],
    Query(description="newest first, most articles, or most independent origins"),
]
Since = Annotated[date | None, Query(description="published on or after (YYYY-MM-DD)")]
Until = Annotated[date | None, Query(description="published on or before (YYYY-MM-DD)")]
Outlet = Annotated[str | None, Query(max_length=200, description="outlet key (see /api/outlets)")]
PerPage = Annotated[int, Query(ge=1, le=100)]


def json_body(request: Request, value: Any) -> Response:
    return cached(request, json.dumps(value, ensure_ascii=False).encode(), "application/json")


def story_filter(
    sort: str, since: date | None, until: date | None, outlet: str | None
) -> StoryFilter:
    return StoryFilter(
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        outlet=outlet or None,
        sort=sort,
    )


def story_summary(story: StoryEntry, library: Library) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "size": story.size,
        "first_published": story.first_published,
        "last_published": story.last_published,
        "outlets": list(story.outlets),
        "independent_origins": library.origins.get(story.id),  # null until digested
    }


@router.get("/stories", summary="Stories, paged, filtered by date and outlet, sorted")
def list_stories(
    request: Request,
    sort: Sort = "newest",
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
    per_page: PerPage = 20,
) -> Response:
    library = site_of(request).library
    chosen = library.catalog.select(story_filter(sort, since, until, outlet), library.origins)
    return json_body(
        request,
        {
            "total": len(chosen),
            "page": page_number,
            "per_page": per_page,
            "stories": [story_summary(s, library) for s in page(chosen, page_number, per_page)],
        },
    )


@router.get("/stories/{story_id}", summary="A story's digest (the DESIGN.md digest schema)")
def get_story(request: Request, story_id: str) -> Response:
    found = site_of(request).library.digest(story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return json_body(request, {**found.record, "version": found.version})


@router.get(
    "/articles/{article_id:path}",
    summary="An article: cleaned text, sentences, facts (quotes, numbers, dates, names), reuse",
)
def get_article(request: Request, article_id: str) -> Response:
    library = site_of(request).library
    article = library.articles([article_id]).get(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    entry = library.catalog.articles.get(article_id)
    story_id = entry.story_id if entry else None
    digest = library.digest(story_id) if story_id else None
    reuse = [
        link
        for link in (digest.record["reuse"] if digest else [])
        if article_id in (link["source"], link["copy"])
    ]
    facts = facts_record(extract_facts(article))
    record = {**article_record(article), "story": story_id, "facts": facts, "reuse": reuse}
    return json_body(request, record)


@router.post("/articles", summary="Ingest JSON Lines (only with the server's token)")
async def post_articles(request: Request) -> Response:
    site = site_of(request)
    if site.options.token is None:
        raise HTTPException(403, "this server is read-only: start it with --token to ingest")
    if not site.authorised(request):
        raise HTTPException(401, "a valid token is needed", {"WWW-Authenticate": "Bearer"})
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HTTPException(400, "the body must be UTF-8 JSON Lines") from error
    from starlette.concurrency import run_in_threadpool

    result = await run_in_threadpool(site.library.ingest, text)
    site.pages.clear()
    return Response(json.dumps(result, ensure_ascii=False), media_type="application/json")


@router.get("/outlets", summary="Every outlet with its articles, stories and firsts")
def list_outlets(request: Request) -> Response:
    outlets = site_of(request).library.catalog.outlets.values()
    return json_body(request, {"outlets": [_outlet(o) for o in outlets]})


@router.get("/outlets/{key}", summary="One outlet: its stories, newest first")
def get_outlet(request: Request, key: str) -> Response:
    outlet = site_of(request).library.catalog.outlets.get(key)
    if outlet is None:
        raise HTTPException(404, f"no outlet {key!r}")
    return json_body(request, {**_outlet(outlet), "stories": list(outlet.story_ids)})


@router.get("/search", summary="Full-text search over current articles")
def search(
    request: Request,
    q: Annotated[str, Query(max_length=500, description="words, all required")] = "",
    page_number: Annotated[int, Query(alias="page", ge=1, le=1000)] = 1,
    per_page: PerPage = 20,
) -> Response:
    store = site_of(request).library.store
    hits = store.search(q, per_page, (page_number - 1) * per_page) if q.strip() else []
    return json_body(request, {"query": q, "page": page_number, "hits": [asdict(h) for h in hits]})


def _outlet(outlet: Any) -> dict[str, Any]:
    return {
        "key": outlet.key,
        "name": outlet.name,
        "articles": len(outlet.article_ids),
        "stories": len(outlet.story_ids),
        "first": outlet.first,
    }
