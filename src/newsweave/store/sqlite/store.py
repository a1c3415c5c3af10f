"""The SQLite store: one file (or memory), WAL journal, foreign keys on, migrated on open."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from newsweave.errors import StoreError
from newsweave.store.base import SearchHit
from newsweave.store.migrations import Migration
from newsweave.store.records import Row
from newsweave.store.sql import Session, SQLStore, query_words
from newsweave.store.sqlite.migrate import load_migrations, migrate, schema_version

MEMORY = ":memory:"
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another's transaction to end
_SEARCH = """
SELECT a.id, sa.story_id, a.title, snippet(article_search, 1, '', '', ' … ', 24) AS snippet,
    rank
FROM article_search JOIN articles AS a ON a.seq = article_search.rowid
LEFT JOIN story_articles AS sa ON sa.article_seq = a.seq
WHERE article_search MATCH ? ORDER BY rank LIMIT ? OFFSET ?
"""


class SQLiteStore(SQLStore):
    """A `Store` in a SQLite database file, or in memory for `:memory:`.

    One connection, shared by threads under a lock. Writers are serialised by BEGIN
    IMMEDIATE, across processes too (others wait up to the busy timeout).
    """

    UNLIMITED = -1

    def __init__(
        self,
        path: str | Path,
        migrations: Sequence[Migration] | None = None,
        *,
        create: bool = True,
        readonly: bool = False,
    ) -> None:
        """Open the store at `path`, migrating it to the latest schema. `create=False`
        refuses a database that is not a newsweave store (rather than writing a schema into
        someone's file); `readonly` opens it read-only, without migrating, so a store on a
        read-only disk can still be read."""
        self.path = str(path)
        self._where = self.path if self.path == MEMORY else str(Path(self.path).expanduser())
        self._lock = threading.RLock()
        self._conn = _connect(self._where, readonly and self.path != MEMORY)
        try:
            self.version = self._check(migrations or load_migrations(), create, readonly)
        except BaseException:
            self._conn.close()
            raise

    def _check(self, migrations: Sequence[Migration], create: bool, readonly: bool) -> int:
        try:
            version = schema_version(self._conn)
        except sqlite3.Error as error:
            raise StoreError(f"{self._where}: not a newsweave store ({error})") from error
        if version == 0 and not create:
            raise StoreError(f"{self._where}: not a newsweave store (run `newsweave ingest`)")
        if readonly:
            if version < len(migrations):
                raise StoreError(f"{self._where}: made by an older newsweave: ingest to update it")
            return version
        return migrate(self._conn, self._where, migrations)

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        with self._reading() as session:
            rows = session.rows(_SEARCH, (match, limit, offset))
        return [
            SearchHit(r["id"], r["story_id"], r["title"], r["snippet"], -float(r["rank"]))
            for r in rows
        ]

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One IMMEDIATE transaction (the write lock; another writer waits up to the busy
        timeout): committed if the block completes, else rolled back. Inside one already
        open (`ingest_lock`) it is a savepoint of it.

        sqlite3 errors come out as StoreError; any other exception is re-raised as it is.
        """
        with self._lock:
            try:
                nested = self._conn.in_transaction
                self._conn.execute("SAVEPOINT nested" if nested else "BEGIN IMMEDIATE")
                try:
                    yield _SQLiteSession(self._conn)
                    self._conn.execute("RELEASE nested" if nested else "COMMIT")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK TO nested" if nested else "ROLLBACK")
                    raise
            except sqlite3.Error as error:
                raise StoreError(f"{self._where}: {error}") from error

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self._lock:
            try:
                yield _SQLiteSession(self._conn)
            except sqlite3.Error as error:
                raise StoreError(f"{self._where}: {error}") from error


class _SQLiteSession:
    """The store's connection as a `Session` (sqlite3 takes `?` parameters as they are)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def rows(self, query: str, parameters: Sequence[object] = ()) -> list[Row]:
        return list(self._conn.execute(query, parameters).fetchall())

    def run(self, query: str, parameters: Sequence[object] = ()) -> None:
        self._conn.execute(query, parameters)


def _connect(where: str, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode with WAL and foreign keys, or StoreError saying why not.
    Read-only: `mode=ro`, or, where even that fails (a WAL store on a read-only disk cannot
    make its shared-memory file), `immutable=1`."""
    if where != MEMORY:
        path = Path(where)
        if path.is_dir():
            raise StoreError(f"{where}: is a directory, not a database file")
        if not path.parent.is_dir():
            raise StoreError(f"{where}: directory {path.parent} does not exist")
    if readonly:
        return _read_only(where)
    try:
        conn = sqlite3.connect(
            where, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise StoreError(f"{where}: cannot open the store: {error}") from error
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        _write_ahead(conn)
    except sqlite3.Error as error:
        conn.close()
        raise StoreError(f"{where}: cannot open the store: {error}") from error
    return conn


def _write_ahead(conn: sqlite3.Connection) -> None:
    """The WAL journal, so that readers never wait for a writer. Turning a new database to it
    takes a moment when no other connection reads it, and SQLite says "database is locked"
    at once, without waiting for the busy timeout, when it finds another: four processes
    opening one new store together failed 1 time in 40. So it is asked again, for as long as
    a writer would wait."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(2 * pause, 0.25)


def _read_only(where: str) -> sqlite3.Connection:
    uri = "file:" + quote(str(Path(where).resolve()))
    error: sqlite3.Error | None = None
    for mode in ("mode=ro", "immutable=1"):
        try:
            conn = sqlite3.connect(
                f"{uri}?{mode}", uri=True, isolation_level=None, check_same_thread=False
            )
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as failed:
            error = failed
            continue
        conn.row_factory = sqlite3.Row
        return conn
    raise StoreError(f"{where}: cannot open the store to read it: {error}")


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: each word quoted, all required."""
    return " ".join(f'"{w}"' for w in query_words(query))
