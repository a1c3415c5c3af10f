"""The SQLite store: one file (or memory), WAL journal, foreign keys on, migrated on open."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Self, TypeVar

from newsweave.errors import StoreError
from newsweave.model import Assignment, CleanArticle
from newsweave.store.base import IngestReport, SearchHit, StoredArticle, StoredStory
from newsweave.store.sqlite.migrate import Migration, load_migrations, migrate
from newsweave.store.sqlite.rows import (
    ARTICLE_COLUMNS,
    article_row,
    assignment_values,
    row_article,
    row_assignment,
)
from newsweave.text.normalize import content_hash

MEMORY = ":memory:"
_T = TypeVar("_T")
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ARTICLE_COLUMNS)})"
)
_CURRENT = (
    "SELECT * FROM articles WHERE is_current = 1 ORDER BY published_ts IS NULL, published_ts, seq"
)
_STORY_ARTICLES = """
SELECT sa.story_id, a.id, a.published, a.published_ts
FROM story_articles AS sa JOIN articles AS a ON a.seq = sa.article_seq
WHERE a.is_current = 1 AND sa.story_id IN ({})
ORDER BY sa.story_id, a.published_ts IS NULL, a.published_ts, sa.position
"""
# Stories newest first (by their latest dated article; undated stories last, in the order
# they were made), paged with LIMIT ? OFFSET ?.
_STORY_PAGE = """
SELECT s.id, s.title FROM stories AS s
LEFT JOIN story_articles AS sa ON sa.story_id = s.id
LEFT JOIN articles AS a ON a.seq = sa.article_seq AND a.is_current = 1
GROUP BY s.id
ORDER BY MAX(a.published_ts) IS NULL, MAX(a.published_ts) DESC, s.position
LIMIT ? OFFSET ?
"""
_ONE_STORY = "SELECT id, title FROM stories WHERE id = ?"
_SEARCH = """
SELECT a.id, sa.story_id, a.title, snippet(article_search, 1, '', '', ' … ', 24), rank
FROM article_search JOIN articles AS a ON a.seq = article_search.rowid
LEFT JOIN story_articles AS sa ON sa.article_seq = a.seq
WHERE article_search MATCH ? ORDER BY rank LIMIT ? OFFSET ?
"""
# The current revision of each id (the latest ingested when two current articles share one).
_BY_IDS = """
SELECT * FROM articles WHERE seq IN (
    SELECT MAX(seq) FROM articles WHERE is_current = 1 AND id IN ({}) GROUP BY id
)
"""
_BATCH = 500  # ids per query: under SQLite's limit on host parameters
_UNASSIGNED = """
SELECT * FROM articles AS a
WHERE a.is_current = 1 AND NOT EXISTS (SELECT 1 FROM story_articles WHERE article_seq = a.seq)
ORDER BY a.seq
"""
_EXPLAIN = """
SELECT a.id, sa.score, sa.nearest, sa.shared_terms, sa.shared_names, sa.gap_days,
    sa.evidence, sa.merged_from
FROM story_articles AS sa JOIN articles AS a ON a.seq = sa.article_seq
WHERE sa.story_id = ? AND a.is_current = 1
ORDER BY a.published_ts IS NULL, a.published_ts, sa.position
"""


class SQLiteStore:
    """A `Store` in a SQLite database file, or in memory for `:memory:`.

    One connection, shared by threads under a lock. Each public method that writes is one
    transaction; any error inside it rolls everything of that call back.
    """

    def __init__(self, path: str | Path, migrations: Sequence[Migration] | None = None) -> None:
        self.path = str(path)
        self._where = self.path if self.path == MEMORY else str(Path(self.path).expanduser())
        self._lock = threading.RLock()
        self._conn = _connect(self._where)
        try:
            self.version = migrate(self._conn, self._where, migrations or load_migrations())
        except BaseException:
            self._conn.close()
            raise

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    def add_articles(self, articles: Iterable[CleanArticle]) -> IngestReport:
        added = unchanged = revised = 0
        with self._transaction() as conn:
            for clean in articles:
                digest = content_hash(clean.text, clean.article.url)
                if conn.execute(
                    "SELECT 1 FROM articles WHERE content_hash = ?", (digest,)
                ).fetchone():
                    unchanged += 1
                    continue
                revision = 1
                url = clean.article.url
                if url is not None:
                    row = conn.execute(
                        "SELECT MAX(revision) FROM articles WHERE url = ?", (url,)
                    ).fetchone()
                    if row[0] is not None:
                        revision = int(row[0]) + 1
                        conn.execute(
                            "UPDATE articles SET is_current = 0 WHERE url = ? AND is_current = 1",
                            (url,),
                        )
                conn.execute(_INSERT_ARTICLE, article_row(clean, digest, revision, _now()))
                if revision == 1:
                    added += 1
                else:
                    revised += 1
        return IngestReport(added=added, unchanged=unchanged, revised=revised)

    def current_articles(self) -> list[StoredArticle]:
        return self._read(lambda conn: [row_article(r) for r in conn.execute(_CURRENT)])

    def articles(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        wanted = list(dict.fromkeys(article_ids))
        found: dict[str, StoredArticle] = {}
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start : start + _BATCH]
            query = _BY_IDS.format(", ".join("?" for _ in batch))
            rows: list[sqlite3.Row] = self._read(partial(_fetch, query, batch))
            found.update((r["id"], row_article(r)) for r in rows)
        return [found[i] for i in wanted if i in found]

    def unassigned_articles(self) -> list[StoredArticle]:
        return self._read(lambda conn: [row_article(r) for r in conn.execute(_UNASSIGNED)])

    def assign_stories(
        self, assignments: Sequence[Assignment], titles: Mapping[str, str], state: str
    ) -> None:
        with self._transaction() as conn:
            for story_id, title in titles.items():
                conn.execute(
                    "INSERT INTO stories (id, title, position) VALUES (?, ?, "
                    "(SELECT COUNT(*) FROM stories)) ON CONFLICT (id) DO UPDATE SET title = ?",
                    (story_id, title, title),
                )
            for assignment in assignments:
                _insert_member(conn, assignment)
            conn.execute(
                "INSERT INTO cluster_state (id, state, updated_at) VALUES (1, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET state = excluded.state, "
                "updated_at = excluded.updated_at",
                (state, _now()),
            )

    def cluster_state(self) -> str | None:
        row = self._read(lambda conn: conn.execute("SELECT state FROM cluster_state").fetchone())
        return None if row is None else str(row[0])

    def explain(self, story_id: str) -> list[Assignment]:
        rows = self._read(lambda conn: conn.execute(_EXPLAIN, (story_id,)).fetchall())
        return [row_assignment(story_id, row) for row in rows]

    def stories(self, limit: int | None = None, offset: int = 0) -> list[StoredStory]:
        page = (-1 if limit is None else limit, offset)
        return self._read(lambda conn: _read_stories(conn, _STORY_PAGE, page))

    def story(self, story_id: str) -> StoredStory | None:
        found = self._read(lambda conn: _read_stories(conn, _ONE_STORY, (story_id,)))
        return found[0] if found else None

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        rows = self._read(partial(_fetch, _SEARCH, (match, limit, offset)))
        return [SearchHit(r[0], r[1], r[2], r[3], -float(r[4])) for r in rows]

    def cached_digest(self, story_id: str, version: str) -> str | None:
        query = "SELECT digest FROM story_digests WHERE story_id = ? AND version = ?"
        rows = self._read(partial(_fetch, query, (story_id, version)))
        return str(rows[0][0]) if rows else None

    def save_digest(self, story_id: str, version: str, digest_json: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO story_digests (story_id, version, digest, saved_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET version = "
                "excluded.version, digest = excluded.digest, saved_at = excluded.saved_at",
                (story_id, version, digest_json, _now()),
            )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: committed if the block completes, else rolled back.

        sqlite3 errors come out as StoreError; any other exception is re-raised as it is.
        """
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as error:
                raise StoreError(f"{self._where}: {error}") from error

    def _read(self, query: Callable[[sqlite3.Connection], _T]) -> _T:
        with self._lock:
            try:
                return query(self._conn)
            except sqlite3.Error as error:
                raise StoreError(f"{self._where}: {error}") from error


def _connect(where: str) -> sqlite3.Connection:
    """A connection in autocommit mode with WAL and foreign keys, or StoreError saying why not."""
    if where != MEMORY:
        path = Path(where)
        if path.is_dir():
            raise StoreError(f"{where}: is a directory, not a database file")
        if not path.parent.is_dir():
            raise StoreError(f"{where}: directory {path.parent} does not exist")
    try:
        conn = sqlite3.connect(where, timeout=30.0, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(f"{where}: cannot open the store: {error}") from error
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        conn.close()
        raise StoreError(f"{where}: cannot open the store: {error}") from error
    return conn


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: each word quoted (so no FTS5 syntax is ever
    interpreted), all required."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"' for w in words)


def _fetch(query: str, parameters: Sequence[object], conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(query, parameters).fetchall()


def _insert_member(conn: sqlite3.Connection, assignment: Assignment) -> None:
    seq = _current_seq(conn, assignment.article_id, assignment.story_id)
    conn.execute(
        "INSERT INTO story_articles (story_id, article_seq, position, score, nearest, "
        "shared_terms, shared_names, gap_days, evidence, merged_from) VALUES (?, ?, "
        "(SELECT COUNT(*) FROM story_articles WHERE story_id = ?), ?, ?, ?, ?, ?, ?, ?)",
        (assignment.story_id, seq, assignment.story_id, *assignment_values(assignment)),
    )


def _current_seq(conn: sqlite3.Connection, article_id: str, story_id: str) -> int:
    """The row of the current article with this id (the latest ingested if several)."""
    row = conn.execute(
        "SELECT seq FROM articles WHERE id = ? AND is_current = 1 ORDER BY seq DESC LIMIT 1",
        (article_id,),
    ).fetchone()
    if row is None:
        raise StoreError(f"story {story_id!r}: no current article with id {article_id!r}")
    return int(row[0])


def _read_stories(
    conn: sqlite3.Connection, query: str, parameters: tuple[object, ...]
) -> list[StoredStory]:
    """The stories `query` selects (id, title, in order), each with its current articles."""
    heads = conn.execute(query, parameters).fetchall()
    if not heads:
        return []
    marks = ", ".join("?" for _ in heads)
    members: dict[str, list[tuple[str, str | None, float | None]]] = {}
    rows = conn.execute(_STORY_ARTICLES.format(marks), [h[0] for h in heads])
    for story_id, article_id, published, published_ts in rows:
        members.setdefault(story_id, []).append((article_id, published, published_ts))
    return [_stored_story(story_id, title, members.get(story_id, [])) for story_id, title in heads]


def _stored_story(
    story_id: str, title: str, articles: list[tuple[str, str | None, float | None]]
) -> StoredStory:
    dated = [(ts, published) for _, published, ts in articles if ts is not None]
    return StoredStory(
        id=story_id,
        title=title,
        article_ids=tuple(a[0] for a in articles),
        first_published=min(dated)[1] if dated else None,
        last_published=max(dated)[1] if dated else None,
        size=len(articles),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
