"""What the SQL backends share: one schema shape, one set of queries (`?` parameters; a
backend rewrites them for its driver) and the `Store` methods written once over a `Session`.

A backend (store/sqlite/, store/postgres/) says how to open a read and a write transaction,
how writers are serialised (so that concurrent ingests assign each article once) and how it
searches text; everything else is here, so both give the same results on the same input.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Protocol, Self

from newsweave.errors import StoreError
from newsweave.model import Assignment, CleanArticle
from newsweave.store.base import (
    IngestReport,
    SearchHit,
    StoredArticle,
    StoredStory,
)
from newsweave.store.records import (
    ARTICLE_COLUMNS,
    Row,
    article_row,
    assignment_values,
    row_article,
    row_assignment,
)
from newsweave.text.normalize import content_hash, without_surrogates

INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ARTICLE_COLUMNS)})"
)
_CURRENT = (
    "SELECT * FROM articles WHERE is_current = 1 ORDER BY published_ts IS NULL, published_ts, seq"
)
# `+a.is_current` keeps SQLite's planner off the articles_current index: with it, SQLite
# scanned every current article once per story id (20,000 articles, 2,837 stories: 49 s for
# all stories, against 0.7 s when it starts from the story ids). PostgreSQL reads it as is.
_STORY_ARTICLES = """
SELECT sa.story_id, a.id, a.published, a.published_ts
FROM story_articles AS sa JOIN articles AS a ON a.seq = sa.article_seq
WHERE +a.is_current = 1 AND sa.story_id IN ({})
ORDER BY sa.story_id, a.published_ts IS NULL, a.published_ts, sa.position
"""
# Stories newest first (by their latest dated article; undated stories last, in the order
# they were made), paged with LIMIT ? OFFSET ?.
_STORY_PAGE = """
SELECT s.id, s.title FROM stories AS s
LEFT JOIN story_articles AS sa ON sa.story_id = s.id
LEFT JOIN articles AS a ON a.seq = sa.article_seq AND a.is_current = 1
GROUP BY s.id, s.title, s.position
ORDER BY MAX(a.published_ts) IS NULL, MAX(a.published_ts) DESC, s.position
LIMIT ? OFFSET ?
"""
_ONE_STORY = "SELECT id, title FROM stories WHERE id = ?"
# The current revision of each id (the latest ingested when two current articles share one).
_BY_IDS = """
SELECT * FROM articles WHERE seq IN (
    SELECT MAX(seq) FROM articles WHERE is_current = 1 AND id IN ({}) GROUP BY id
)
"""
BATCH = 500  # ids per query: under SQLite's and PostgreSQL's limits on parameters
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
_SAVE_STORY = (
    "INSERT INTO stories (id, title, position) VALUES (?, ?, (SELECT COUNT(*) FROM stories)) "
    "ON CONFLICT (id) DO UPDATE SET title = excluded.title"
)
_SAVE_MEMBER = (
    "INSERT INTO story_articles (story_id, article_seq, position, score, nearest, "
    "shared_terms, shared_names, gap_days, evidence, merged_from) VALUES (?, ?, "
    "(SELECT COUNT(*) FROM story_articles WHERE story_id = ?), ?, ?, ?, ?, ?, ?, ?)"
)
_SAVE_STATE = (
    "INSERT INTO cluster_state (id, state, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) "
    "DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at"
)
_SAVE_DIGEST = (
    "INSERT INTO story_digests (story_id, version, digest, saved_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, "
    "digest = excluded.digest, saved_at = excluded.saved_at"
)


class Session(Protocol):
    """One connection inside a transaction, as the shared methods use it."""

    def rows(self, query: str, parameters: Sequence[object] = ()) -> list[Row]:
        """The rows a query returns (`?` marks its parameters)."""
        ...

    def run(self, query: str, parameters: Sequence[object] = ()) -> None:
        """Execute a statement that returns no rows."""
        ...


class SQLStore(ABC):
    """The `Store` methods over any SQL backend with the shared schema.

    Each public method that writes is one transaction of `_writing()`, which a backend
    serialises with every other writer of the same database (SQLite: BEGIN IMMEDIATE;
    PostgreSQL: an advisory lock), so counts, revisions and positions are computed from the
    latest committed data.
    """

    UNLIMITED: int | None = None  # the LIMIT parameter that means "no limit"

    @abstractmethod
    def _reading(self) -> AbstractContextManager[Session]:
        """A session for reads (backend errors raised as StoreError)."""

    @abstractmethod
    def _writing(self) -> AbstractContextManager[Session]:
        """One write transaction, serialised with all writers of the database: committed
        if the block completes, else rolled back (backend errors raised as StoreError)."""

    @abstractmethod
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """The backend's own full-text search over current articles."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection; closing twice is harmless."""

    def add_articles(self, articles: Iterable[CleanArticle]) -> IngestReport:
        counts = dict.fromkeys(("added", "unchanged", "revised", "renamed"), 0)
        with self._writing() as session:
            for clean in articles:
                for outcome in _store_article(session, clean):
                    counts[outcome] += 1
        return IngestReport(**counts)

    def current_articles(self) -> list[StoredArticle]:
        with self._reading() as session:
            return [row_article(r) for r in session.rows(_CURRENT)]

    def articles(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        wanted = list(dict.fromkeys(article_ids))
        found: dict[str, StoredArticle] = {}
        with self._reading() as session:
            for batch in _batches(wanted):
                rows = session.rows(_BY_IDS.format(_marks(batch)), batch)
                found.update((r["id"], row_article(r)) for r in rows)
        return [found[i] for i in wanted if i in found]

    def unassigned_articles(self) -> list[StoredArticle]:
        with self._reading() as session:
            return [row_article(r) for r in session.rows(_UNASSIGNED)]

    def assign_stories(
        self, assignments: Sequence[Assignment], titles: Mapping[str, str], state: str
    ) -> None:
        with self._writing() as session:
            _save_assignments(session, assignments, titles, state)

    @contextmanager
    def ingest_lock(self) -> Iterator[None]:
        with self._writing():
            yield

    def cluster_state(self) -> str | None:
        with self._reading() as session:
            return _state(session)

    def explain(self, story_id: str) -> list[Assignment]:
        with self._reading() as session:
            return [row_assignment(story_id, r) for r in session.rows(_EXPLAIN, (story_id,))]

    def stories(self, limit: int | None = None, offset: int = 0) -> list[StoredStory]:
        page = (self.UNLIMITED if limit is None else limit, offset)
        with self._reading() as session:
            return _read_stories(session, session.rows(_STORY_PAGE, page))

    def story(self, story_id: str) -> StoredStory | None:
        with self._reading() as session:
            found = _read_stories(session, session.rows(_ONE_STORY, (story_id,)))
        return found[0] if found else None

    def cached_digest(self, story_id: str, version: str) -> str | None:
        query = "SELECT digest FROM story_digests WHERE story_id = ? AND version = ?"
        with self._reading() as session:
            rows = session.rows(query, (story_id, version))
        return str(rows[0]["digest"]) if rows else None

    def save_digest(self, story_id: str, version: str, digest_json: str) -> None:
        with self._writing() as session:
            session.run(_SAVE_DIGEST, (story_id, version, digest_json, now()))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def now() -> str:
    """The time of a write, ISO 8601 UTC."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def query_words(query: str) -> list[str]:
    """The words of a search query: runs of letters and digits, punctuation dropped, so no
    word is ever read as the backend's query syntax."""
    return re.findall(r"\w+", query)


def _store_article(session: Session, clean: CleanArticle) -> list[str]:
    """Store `clean` as a new current revision: "unchanged" (its content is stored),
    "added" or "revised" (new content under a stored URL: it keeps that article's id), plus
    "renamed" when its id is taken by another article (another URL, or none): ids in the
    store are unique, so it is stored as `id~hash`."""
    url = without_surrogates(clean.article.url) if clean.article.url else None
    digest = content_hash(clean.text, url)
    if session.rows("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)):
        return ["unchanged"]
    revision, article_id = 1, without_surrogates(clean.id)
    if url is not None:
        rows = session.rows("SELECT revision, id FROM articles WHERE url = ? ORDER BY seq", (url,))
        if rows:
            revision, article_id = int(rows[-1]["revision"]) + 1, str(rows[0]["id"])
            retire = "UPDATE articles SET is_current = 0 WHERE url = ? AND is_current = 1"
            session.run(retire, (url,))
    outcome = ["added" if revision == 1 else "revised"]
    taken = "SELECT 1 FROM articles WHERE id = ? AND (url IS NULL OR url <> ?)"
    if revision == 1 and session.rows(taken, (article_id, url or "")):
        article_id = f"{article_id}~{digest[:10]}"
        outcome.append("renamed")
    row = article_row(clean, digest, revision, now())
    session.run(INSERT_ARTICLE, (row[0], article_id, *row[2:]))
    return outcome


def _state(session: Session) -> str | None:
    rows = session.rows("SELECT state FROM cluster_state")
    return None if not rows else str(rows[0]["state"])


def _save_assignments(
    session: Session, assignments: Sequence[Assignment], titles: Mapping[str, str], state: str
) -> None:
    """New stories with their titles, their members, and the clusterer state."""
    for story_id, title in titles.items():
        session.run(_SAVE_STORY, (story_id, title))
    for assignment in assignments:
        seq = _current_seq(session, assignment.article_id, assignment.story_id)
        story_id = assignment.story_id
        session.run(_SAVE_MEMBER, (story_id, seq, story_id, *assignment_values(assignment)))
    session.run(_SAVE_STATE, (state, now()))


def _current_seq(session: Session, article_id: str, story_id: str) -> int:
    """The row of the current article with this id (the latest ingested if several)."""
    rows = session.rows(
        "SELECT seq FROM articles WHERE id = ? AND is_current = 1 ORDER BY seq DESC LIMIT 1",
        (article_id,),
    )
    if not rows:
        raise StoreError(f"story {story_id!r}: no current article with id {article_id!r}")
    return int(rows[0]["seq"])


def _read_stories(session: Session, heads: list[Row]) -> list[StoredStory]:
    """The stories whose (id, title) rows are `heads`, in order, each with its current
    articles."""
    members: dict[str, list[tuple[str, str | None, float | None]]] = {}
    for batch in _batches([h["id"] for h in heads]):
        for row in session.rows(_STORY_ARTICLES.format(_marks(batch)), batch):
            entry = (row["id"], row["published"], row["published_ts"])
            members.setdefault(row["story_id"], []).append(entry)
    return [_stored_story(h["id"], h["title"], members.get(h["id"], [])) for h in heads]


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


def _batches(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _marks(batch: Sequence[object]) -> str:
    return ", ".join("?" for _ in batch)
