"""The web application: HTML pages at /, the JSON API at /api/, its documentation at
/api/docs, stylesheets at /static/. Everything is served by newsweave itself: no CDN, no
script, and a Content-Security-Policy that forbids inline code and every other origin.

Errors come back as a status and a message (a JSON object under /api/, a page elsewhere),
never a stack trace.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment
from starlette.exceptions import HTTPException

from newsweave.render.html import page_templates
from newsweave.store import Store, StoreError
from newsweave.web.cache import LRU
from newsweave.web.library import Library
from newsweave.web.views import path_part, safe_url

LOG = logging.getLogger("newsweave.web")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


@dataclass(frozen=True)
class WebOptions:
    """How the server behaves. Without a `token` it only reads; with one, POST /api/articles
    ingests, for requests that carry it. `max_body` bytes bound any request body."""

    token: str | None = None
    max_body: int = 10 * 1024 * 1024
    page_size: int = 20
    refresh_s: float = 60.0


@dataclass
class Site:
    """What every request handler shares: the library, the options, templates, page cache."""

    library: Library
    options: WebOptions
    templates: Environment
    pages: LRU[bytes]

    def authorised(self, request: Request) -> bool:
        """True when the request carries the server's token as a Bearer credential."""
        token = self.options.token
        given = request.headers.get("authorization", "")
        expected = f"Bearer {token}"
        return token is not None and hmac.compare_digest(given.encode(), expected.encode())


def create_app(store: Store, options: WebOptions | None = None) -> FastAPI:
    """The application over an open store (the caller closes it)."""
    from newsweave.web import api, pages

    options = options or WebOptions()
    app = FastAPI(
        title="newsweave",
        summary="Stories from many outlets, with their digests, coverage and provenance.",
        docs_url=None,  # FastAPI's page loads scripts from a CDN: /api/docs is our own page
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.site = Site(Library(store, options.refresh_s), options, _templates(), LRU(1024))
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(Exception, _server_error)
    app.add_middleware(SecureResponses, max_body=options.max_body)
    return app


def site_of(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


def cached(request: Request, body: bytes, media_type: str, max_age: int = 30) -> Response:
    """A read's response with an ETag (a hash of its body) and Cache-Control; 304 when the
    client already holds this body."""
    etag = f'"{hashlib.blake2b(body, digest_size=12).hexdigest()}"'
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={max_age}"}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def error_response(request: Request, status: int, message: str) -> Response:
    """An error as a status and a message: JSON under /api/, a page elsewhere."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"status": status, "message": message}, status_code=status)
    page = site_of(request).templates.get_template("error.html")
    return Response(
        page.render(status=status, message=message), status_code=status, media_type="text/html"
    )


class SecureResponses:
    """Security headers on every response, and request bodies over `max_body` bytes refused
    with 413 (by their Content-Length, or as they stream in)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_body:
            await _too_large(send_secure, self.max_body)
            return
        received = 0

        async def receive_bounded() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise HTTPException(413, f"request body over {self.max_body} bytes")
            return message

        await self.app(scope, receive_bounded, send_secure)


async def _too_large(send: Send, limit: int) -> None:
    body = f'{{"status": 413, "message": "request body over {limit} bytes"}}'.encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    response = error_response(request, error.status_code, str(error.detail))
    if error.headers:
        response.headers.update(error.headers)
    return response


async def _invalid_request(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in error.errors()
    )
    return error_response(request, 422, f"invalid request: {problems}")


async def _store_error(request: Request, error: Exception) -> Response:
    LOG.error("store error serving %s: %s", request.url.path, error)
    return error_response(request, 503, "the store cannot answer now: the server log says why")


async def _server_error(request: Request, error: Exception) -> Response:
    LOG.error("error serving %s", request.url.path, exc_info=error)
    return error_response(request, 500, "internal error: the server log has the details")


def _templates() -> Environment:
    env = page_templates("newsweave.web")
    env.filters["safe_url"] = safe_url
    env.filters["part"] = path_part
    env.filters["day"] = lambda value: (value or "undated")[:10]
    return env
