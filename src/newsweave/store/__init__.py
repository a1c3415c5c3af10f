"""store: articles (every revision kept) and stories, behind the `Store` protocol (base.py);
SQLite (store/sqlite/, the default) is the backend today, each backend in its own folder with
its own migrations.

with open_store("sqlite:///news.db") as store:
    report = store.add_articles(clean_articles)
"""

from __future__ import annotations

import re
from pathlib import Path

from newsweave.errors import StoreError
from newsweave.store.base import IngestReport, SearchHit, Store, StoredArticle, StoredStory

__all__ = [
    "DEFAULT_PATH",
    "IngestReport",
    "SearchHit",
    "Store",
    "StoreError",
    "StoredArticle",
    "StoredStory",
    "open_store",
]

DEFAULT_PATH = "newsweave.db"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


def open_store(url: str | None = None, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the store that `url` names.

    With `create=False` (commands that only read) a store file that does not exist is an
    error rather than a new empty database.

    None: `newsweave.db` in the current directory. A plain path, `sqlite:///path` (relative;
    `sqlite:////abs/path` for an absolute one), `:memory:` or `sqlite://` (in memory).
    `postgresql://...` is reserved for the PostgreSQL backend. Raises StoreError when the
    store cannot be opened, with the path and the reason.
    """
    if url is None:
        return _sqlite(DEFAULT_PATH, create)
    scheme = _SCHEME.match(url)
    if scheme is None:
        if not url.strip():
            raise StoreError("empty store location: give a path or a URL")
        return _sqlite(url, create)
    name = scheme[1].lower()
    if name in ("postgresql", "postgres") or name.startswith("postgresql+"):
        raise StoreError(f"PostgreSQL store is not available yet: {_redact(url)}; use SQLite")
    if name != "sqlite":
        raise StoreError(f"unsupported store URL {_redact(url)}: use a path or sqlite:///PATH")
    path = url[scheme.end() :]
    if path in ("", "/", "/:memory:"):
        return _sqlite(":memory:", create)
    if not path.startswith("/"):
        raise StoreError(f"bad SQLite URL {url}: write sqlite:///relative or sqlite:////absolute")
    return _sqlite(path[1:], create)


def _sqlite(path: str, create: bool) -> Store:
    from newsweave.store.sqlite import MEMORY, SQLiteStore  # the backend, imported when used

    if not create and path != MEMORY and not Path(path).expanduser().exists():
        raise StoreError(f"{path}: no such store (run `newsweave ingest` first)")
    return SQLiteStore(path)


def _redact(url: str) -> str:
    """`url` without the password it may hold (scheme://user:password@host/...)."""
    return re.sub(r"(://[^/:@]*):[^/@]*@", r"\1:***@", url)
