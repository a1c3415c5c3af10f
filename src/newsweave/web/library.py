"""The store as the web layer reads it: a catalog kept fresh, digests computed once per
story version and cached in the store, and ingestion of posted JSON Lines."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsweave.errors import InputError
from newsweave.model import CleanArticle, Story
from newsweave.pipeline import clean_all, ingest, make_digests, restore_all
from newsweave.read.jsonl import read_jsonl
from newsweave.render.json import digest_record
from newsweave.store import Store
from newsweave.text.normalize import content_hash
from newsweave.web.cache import LRU
from newsweave.web.catalog import Catalog, build_catalog

LOG = logging.getLogger("newsweave.web")


@dataclass(frozen=True)
class StoryDigest:
    """A story's digest record (DESIGN.md schema) and the version it was computed for."""

    record: dict[str, Any]
    version: str


def story_version(articles: Sequence[CleanArticle]) -> str:
    """A hash of the story's current article ids and contents: a new article or a revised
    one gives a new version, and so a new digest."""
    lines = (f"{a.id}\t{content_hash(a.text, a.article.url)}\n" for a in articles)
    return hashlib.sha256("".join(lines).encode()).hexdigest()


class Library:
    """One store shared by every request. The catalog is rebuilt after each ingest here and,
    for writes by other processes, in the background once it is `refresh_s` old (requests
    keep the old one meanwhile, so none waits for a rebuild)."""

    def __init__(self, store: Store, refresh_s: float = 60.0) -> None:
        self.store = store
        self.refresh_s = refresh_s
        self._catalog = build_catalog(store)
        self._rebuilding = threading.Lock()
        self._writing = threading.Lock()
        self._digesting: dict[str, threading.Lock] = {}
        self._digest_locks = threading.Lock()
        self._digests: LRU[StoryDigest] = LRU(512)
        self.origins: dict[str, int] = {}  # independent origins of the stories digested so far

    @property
    def catalog(self) -> Catalog:
        catalog = self._catalog
        if time.monotonic() - catalog.built_at > self.refresh_s and self._rebuilding.acquire(
            blocking=False
        ):
            threading.Thread(target=self._rebuild_in_background, daemon=True).start()
        return catalog

    def refresh(self) -> Catalog:
        """Rebuild the catalog now."""
        with self._writing:
            self._catalog = build_catalog(self.store, self._catalog.generation + 1)
        return self._catalog

    def articles(self, article_ids: Sequence[str]) -> dict[str, CleanArticle]:
        """The current articles with these ids, cleaned (from their stored spans)."""
        return {a.id: a for a in restore_all(self.store.articles(article_ids), _log)}

    def digest(self, story_id: str) -> StoryDigest | None:
        """The story's digest for its current articles: from memory, else from the store's
        cache, else computed once (concurrent requests for one story wait for it)."""
        entry = self._catalog.story_index.get(story_id)
        if entry is None:
            return None
        articles = list(self.articles(entry.article_ids).values())
        if not articles:
            return None
        version = story_version(articles)
        found = self._digests.get((story_id, version))
        if found is None:
            with self._story_lock(story_id):
                found = self._digests.get((story_id, version)) or self._load_or_compute(
                    story_id, version, articles
                )
            self._digests.put((story_id, version), found)
            self.origins[story_id] = int(found.record["story"]["independent_origins"])
        return found

    def ingest(self, body: str) -> dict[str, Any]:
        """Ingest JSON Lines as `newsweave ingest` does; bad lines are reported, not fatal."""
        errors: list[str] = []

        def report(error: InputError) -> None:
            errors.append(str(error))

        read = [item for item in read_jsonl(io.StringIO(body), "posted", "request")]
        for item in read:
            if isinstance(item, InputError):
                report(item)
        articles = clean_all([a for a in read if not isinstance(a, InputError)], report)
        with self._writing:
            result, assignments = ingest(self.store, articles, report)
            self._catalog = build_catalog(self.store, self._catalog.generation + 1)
        return {
            "added": result.added,
            "revised": result.revised,
            "unchanged": result.unchanged,
            "assigned": [{"id": a.article_id, "story": a.story_id} for a in assignments],
            "errors": errors,
        }

    def _load_or_compute(
        self, story_id: str, version: str, articles: list[CleanArticle]
    ) -> StoryDigest:
        cached = self.store.cached_digest(story_id, version)
        if cached is not None:
            return StoryDigest(json.loads(cached), version)
        from newsweave.digest import DigestOptions

        record = digest_record(make_digests([Story(story_id, tuple(articles))], DigestOptions())[0])
        self.store.save_digest(story_id, version, json.dumps(record, ensure_ascii=False))
        return StoryDigest(record, version)

    def _story_lock(self, story_id: str) -> threading.Lock:
        with self._digest_locks:
            return self._digesting.setdefault(story_id, threading.Lock())

    def _rebuild_in_background(self) -> None:
        try:
            self.refresh()
        except Exception:  # the old catalog keeps serving; the log says why
            LOG.exception("could not rebuild the catalog")
        finally:
            self._rebuilding.release()


def _log(error: InputError) -> None:
    LOG.warning("%s", error)
