"""store: articles (every revision kept) and stories, behind the `Store` protocol (base.py);
SQLite (store/sqlite/, the embedded default) and PostgreSQL (store/postgres/, for teams), each
backend in its own folder with its own migrations, sharing their queries (sql.py) and row
conversions (records.py).

with open_store("sqlite:///news.db") as store:
    report = store.add_articles(clean_articles)
"""

from __future__ import annotations

import re
from pathlib import Path

from newsweave.errors import StoreError
from newsweave.store.base import (
    IngestReport,
    SearchHit,
    Store,
    StoredArticle,
    StoredStory,
)

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


def open_store(url: str | None = None, create: bool = True, readonly: bool = False) -> Store:
    """Open (creating and migrating as needed) the store that `url` names.

    With `create=False` a store that does not exist, or a file that is not a newsweave store,
    is an error rather than a new empty database; `readonly` (commands that only read, such
    as `stories`) reads a SQLite store without writing to it, even on a read-only disk.

    None: `newsweave.db` in the current directory. A plain path, `sqlite:///path` (relative;
    `sqlite:////abs/path` for an absolute one), `:memory:` or `sqlite://` (in memory).
    `postgresql://...` (or `postgres://`): a PostgreSQL database (the `postgres` extra).
    Raises StoreError when the store cannot be opened, with the path and the reason.
    """
    if url is None:
        return _sqlite(DEFAULT_PATH, create, readonly)
    scheme = _SCHEME.match(url)
    if scheme is None:
        if not url.strip():
            raise StoreError("empty store location: give a path or a URL")
        return _sqlite(url, create, readonly)
    name = scheme[1].lower()
    if name in ("postgresql", "postgres") or name.startswith("postgresql+"):
        return _postgres(url)
    if name != "sqlite":
        raise StoreError(f"unsupported store URL {_redact(url)}: use a path or sqlite:///PATH")
    path = url[scheme.end() :]
    if path in ("", "/", "/:memory:"):
        return _sqlite(":memory:", create, readonly)
    if not path.startswith("/"):
        raise StoreError(f"bad SQLite URL {url}: write sqlite:///relative or sqlite:////absolute")
    return _sqlite(path[1:], create, readonly)


def _sqlite(path: str, create: bool, readonly: bool) -> Store:
    from newsweave.store.sqlite import MEMORY, SQLiteStore  # the backend, imported when used

    if not create and path != MEMORY and not Path(path).expanduser().exists():
        raise StoreError(f"{path}: no such store (run `newsweave ingest` first)")
    return SQLiteStore(path, create=create, readonly=readonly and not create)


def _postgres(url: str) -> Store:
    """The PostgreSQL store; psycopg is imported only here, so SQLite users need not have it."""
    where = _redact(url)
    if "+" in url.split("://", 1)[0]:  # SQLAlchemy's postgresql+driver:// names a driver
        url = "postgresql" + url[url.index("://") :]
    try:
        from newsweave.store.postgres import PostgresStore
    except ImportError as error:
        raise StoreError(
            f"{where}: the PostgreSQL store needs psycopg: pip install 'newsweave[postgres]'"
        ) from error
    return PostgresStore(url, where)


def _redact(url: str) -> str:
    """`url` without the password it may hold (scheme://user:password@host/...)."""
    return re.sub(r"(://[^/:@]*):[^/@]*@", r"\1:***@", url)
