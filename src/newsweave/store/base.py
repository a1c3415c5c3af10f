"""What every store backend offers: the `Store` protocol and the plain data it returns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, Self

from newsweave.model import Article, Assignment, CleanArticle, Removal


@dataclass(frozen=True)
class IngestReport:
    """What one `add_articles` call did with each article it was given."""

    added: int = 0  # new content, under a URL not stored before (or with no URL)
    unchanged: int = 0  # content already stored: no new row
    revised: int = 0  # new content under a URL already stored: a new revision of it
    renamed: int = 0  # of those stored, how many had an id another article already holds

    @property
    def total(self) -> int:
        return self.added + self.unchanged + self.revised

    def __add__(self, other: IngestReport) -> IngestReport:
        return IngestReport(
            self.added + other.added,
            self.unchanged + other.unchanged,
            self.revised + other.revised,
            self.renamed + other.renamed,
        )


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with what cleaning kept (`paragraphs`, spans of `article.raw`)
    and removed, so that reading it back does not clean it again. `paragraphs` is None for
    rows stored before the spans were kept: those are cleaned again on reading."""

    article: Article
    paragraphs: tuple[tuple[int, int], ...] | None = None
    removed: tuple[Removal, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class StoredStory:
    """A story as stored: its articles' ids in publication order and the span they cover."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_published: str | None  # ISO 8601, as newsweave.text.dates.format_date writes it
    last_published: str | None
    size: int


@dataclass(frozen=True)
class SearchHit:
    """An article matching a full-text query, with the story it is in (None if unassigned)
    and a short snippet of the matching text (plain text: the caller escapes it)."""

    article_id: str
    story_id: str | None
    title: str | None
    snippet: str
    score: float  # higher is better; comparable only within one result list


class Store(Protocol):
    """Articles (every revision kept) and the current assignment of articles to stories.

    Every method that writes does so in one transaction: it stores all of its input or
    nothing. Backend failures are raised as `newsweave.errors.StoreError`.
    """

    def add_articles(self, articles: Iterable[CleanArticle]) -> IngestReport:
        """Store new articles and new revisions; content already stored is left as it is."""
        ...

    def ingest_lock(self) -> AbstractContextManager[None]:
        """Hold the store's write lock for a whole ingest batch: the writes inside (adding
        articles, assigning stories, saving the clusterer state) are one transaction, and a
        concurrent ingest waits for it, so it reads the clusterer state this one saved."""
        ...

    def current_articles(self) -> list[StoredArticle]:
        """The current revision of each article, by publication date (undated last), then
        ingest order."""
        ...

    def articles(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        """The current revisions of the articles with these ids (unknown ids are left out),
        in the order of `article_ids`."""
        ...

    def unassigned_articles(self) -> list[StoredArticle]:
        """Current articles in no story yet, in ingest (arrival) order."""
        ...

    def assign_stories(
        self, assignments: Sequence[Assignment], titles: Mapping[str, str], state: str
    ) -> None:
        """Add current articles to stories (new story ids need a title in `titles`) and save
        the clusterer state, in one transaction."""
        ...

    def cluster_state(self) -> str | None:
        """The clusterer state saved by the last `assign_stories`, if any."""
        ...

    def explain(self, story_id: str) -> list[Assignment]:
        """Why each current article of a story is in it, in publication order."""
        ...

    def stories(self, limit: int | None = None, offset: int = 0) -> list[StoredStory]:
        """Stories newest (latest publication) first; `limit` and `offset` page through them."""
        ...

    def story(self, story_id: str) -> StoredStory | None:
        """One story by id, or None."""
        ...

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Current articles matching `query` (words, all required), best first, paged. The
        backend's own full-text search (SQLite FTS5, PostgreSQL tsvector), kept in step by
        `add_articles`. A query the backend cannot parse is a StoreError with a message."""
        ...

    def cached_digest(self, story_id: str, version: str) -> str | None:
        """The digest JSON saved for this version of the story (a hash of its current
        article ids and contents), or None: a digest is computed once per story version."""
        ...

    def save_digest(self, story_id: str, version: str, digest_json: str) -> None:
        """Keep the digest JSON of this version of the story (older versions are dropped)."""
        ...

    def close(self) -> None:
        """Release the backend; closing twice is harmless."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
