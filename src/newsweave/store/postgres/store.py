"""The PostgreSQL store: one database shared by a team's ingests, migrated on open.

Concurrent writers are serialised by a transaction-level advisory lock rather than by
SERIALIZABLE transactions: every ingest reads and rewrites the one clusterer-state row, so
serialisable transactions would make all but one of any concurrent ingests fail and redo
their clustering, while the lock makes them queue, and each re-reads the state and pending
articles once it holds the lock (as SQLite's BEGIN IMMEDIATE does). Reads take no lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row

from newsweave.errors import StoreError
from newsweave.store.base import SearchHit
from newsweave.store.migrations import Migration
from newsweave.store.postgres.migrate import load_migrations, migrate
from newsweave.store.records import Row
from newsweave.store.sql import Session, SQLStore, query_words

WRITE_LOCK = 0x6E77_7772  # pg_advisory_xact_lock key held by every write transaction ("nwwr")
# Ranked by ts_rank over the weighted title and text; the snippet is plain text (no marks).
_SEARCH = """
SELECT a.id, sa.story_id, a.title, ts_rank(a.search, q) AS score,
    ts_headline('simple', a.text, q,
        'StartSel=, StopSel=, MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=" … "'
    ) AS snippet
FROM articles AS a CROSS JOIN plainto_tsquery('simple', ?) AS q
LEFT JOIN story_articles AS sa ON sa.article_seq = a.seq
WHERE a.is_current = 1 AND a.search @@ q
ORDER BY score DESC, a.seq LIMIT ? OFFSET ?
"""


class PostgresStore(SQLStore):
    """A `Store` in a PostgreSQL database named by a `postgresql://` URL (libpq's forms)."""

    UNLIMITED = None

    def __init__(
        self, url: str, where: str | None = None, migrations: Sequence[Migration] | None = None
    ) -> None:
        self.url = url
        self._where = where or url
        self._lock = threading.RLock()
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as error:
            raise StoreError(f"{self._where}: cannot open the store: {error}") from error
        try:
            self.version = migrate(self._conn, self._where, migrations or load_migrations())
        except BaseException:
            self._conn.close()
            raise

    def __repr__(self) -> str:
        return f"PostgresStore({self._where!r})"

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        words = query_words(query)
        if not words:
            return []
        with self._reading() as session:
            rows = session.rows(_SEARCH, (" ".join(words), limit, offset))
        return [
            SearchHit(r["id"], r["story_id"], r["title"], r["snippet"], float(r["score"]))
            for r in rows
        ]

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        with self._lock:
            try:
                with self._conn.transaction():
                    self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                    yield _PostgresSession(self._conn)
            except psycopg.Error as error:
                raise StoreError(f"{self._where}: {error}") from error

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        """A read-only snapshot: a story and its articles are read as of one moment. Inside a
        write transaction (`ingest_lock`) it reads within that transaction."""
        with self._lock:
            if self._conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS:
                yield _PostgresSession(self._conn)
                return
            try:
                with self._conn.transaction():
                    self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    yield _PostgresSession(self._conn)
            except psycopg.Error as error:
                raise StoreError(f"{self._where}: {error}") from error


class _PostgresSession:
    """The store's connection as a `Session`: the shared queries' `?` become psycopg's `%s`
    (no shared query holds a literal `?` or `%`)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def rows(self, query: str, parameters: Sequence[object] = ()) -> list[Row]:
        return list(self._conn.execute(_driver_query(query), parameters).fetchall())

    def run(self, query: str, parameters: Sequence[object] = ()) -> None:
        self._conn.execute(_driver_query(query), parameters)


def _driver_query(query: str) -> bytes:
    return query.replace("?", "%s").encode()
