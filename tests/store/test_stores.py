"""The stores: idempotent ingest, revisions, atomic batches, migrations, stories. Tests
taking `url` run against every backend (SQLite and a throwaway PostgreSQL server); those
taking `db` look inside SQLite's file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from newsweave.clean import clean_article
from newsweave.errors import StoreError
from newsweave.model import Article, Assignment, CleanArticle
from newsweave.pipeline import restore_all
from newsweave.store import IngestReport, open_store
from newsweave.store.sqlite import SQLiteStore
from newsweave.store.sqlite.migrate import Migration, load_migrations, migrate
from newsweave.store.sqlite.store import _write_ahead
from newsweave.text.normalize import content_hash

BRIDGE = (
    "The town council of Millbrook voted on Tuesday to close the old river bridge. "
    "Engineers found deep cracks in two of its stone piers during a routine inspection. "
    "The mayor said a temporary ferry would run until a new bridge opens next spring."
)
BRIDGE_UPDATED = BRIDGE + " Shop owners near the bridge warned that they would lose customers."
LIBRARY = (
    "A public library in Eastvale reopened after a two-year renovation. "
    "The building now has a rooftop reading garden and a children's science corner. "
    "More than four hundred people queued outside before the doors opened at nine."
)
ORCHARD = (
    "Frost damaged most of the apple blossoms in the valley orchards last week. "
    "Growers expect the harvest to fall by half compared with last year. "
    "Several farms said they would ask the region for emergency support."
)


def clean(
    id: str, raw: str, url: str | None = None, published: datetime | None = None, **kw: Any
) -> CleanArticle:
    return clean_article(Article(id=id, raw=raw, url=url, published=published, **kw))


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to the store's file, committed and closed after the block."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def row_count(path: Path, table: str = "articles") -> int:
    with connect(path) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def dump(path: Path) -> list[tuple[object, ...]]:
    with connect(path) as conn:
        tables = ("articles", "stories", "story_articles", "schema_version")
        return [row for t in tables for row in conn.execute(f"SELECT * FROM {t} ORDER BY 1")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "news.db")
    return str(request.getfixturevalue("postgres_url"))


def test_same_article_twice_is_stored_once(url: str) -> None:
    article = clean("bridge", BRIDGE, url="https://example.org/bridge")
    with open_store(url) as store:
        assert store.add_articles([article]) == IngestReport(added=1)
        assert store.add_articles([article]) == IngestReport(unchanged=1)
        assert len(store.current_articles()) == 1


def test_duplicates_within_one_batch_and_across_urls(url: str) -> None:
    first = clean("a", BRIDGE, url="https://one.example/bridge")
    # Same words, other case and spacing, same URL: the same article, not stored again.
    same = clean("a2", BRIDGE.upper().replace(". ", ".   "), url="https://one.example/bridge")
    # The same text at another outlet's URL is a copy: kept, since provenance needs it.
    copy = clean("b", BRIDGE, url="https://two.example/x")
    no_url = clean("c", LIBRARY)
    with open_store(url) as store:
        report = store.add_articles([first, same, copy, no_url, no_url])
        assert report == IngestReport(added=3, unchanged=2)
        assert [a.id for a in store.current_articles()] == ["a", "b", "c"]


def test_changed_text_under_same_url_is_a_new_revision(db: Path) -> None:
    url = "https://example.org/bridge"
    with open_store(str(db)) as store:
        store.add_articles([clean("bridge", BRIDGE, url=url), clean("lib", LIBRARY)])
        report = store.add_articles([clean("bridge", BRIDGE_UPDATED, url=url)])
        assert report == IngestReport(revised=1)
        current = {a.id: a for a in store.current_articles()}
        assert set(current) == {"bridge", "lib"}
        assert "Shop owners" in current["bridge"].article.raw
    with connect(db) as conn:
        rows = conn.execute(
            "SELECT revision, is_current FROM articles WHERE url = ? ORDER BY revision", (url,)
        ).fetchall()
    assert rows == [(1, 0), (2, 1)]


def test_failing_batch_leaves_store_exactly_as_before(db: Path) -> None:
    with open_store(str(db)) as store:
        store.add_articles([clean("bridge", BRIDGE, url="https://example.org/bridge")])
        store.assign_stories([member("s1", "bridge")], {"s1": "Bridge"}, "{}")
    before = dump(db)

    def batch() -> Iterator[CleanArticle]:
        yield clean("lib", LIBRARY)
        yield clean("bridge", BRIDGE_UPDATED, url="https://example.org/bridge")  # a revision
        raise RuntimeError("reader failed midway")

    with open_store(str(db)) as store:
        with pytest.raises(RuntimeError, match="midway"):
            store.add_articles(batch())
        with pytest.raises(StoreError, match="no current article with id 'nope'"):
            store.assign_stories(
                [member("s2", "bridge"), member("s3", "nope")], {"s2": "B", "s3": "?"}, "{}"
            )
        assert [a.article.raw for a in store.current_articles()] == [BRIDGE]
        assert [s.id for s in store.stories()] == ["s1"]
    assert dump(db) == before


def test_migrations_create_the_schema_and_reopening_is_a_no_op(db: Path) -> None:
    with open_store(str(db)) as store:
        store.add_articles([clean("lib", LIBRARY)])
    with connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        versions = conn.execute("SELECT version, name FROM schema_version").fetchall()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"articles", "stories", "story_articles", "schema_version"} <= tables
    assert versions == [
        (1, "initial"),
        (2, "story_explanations"),
        (3, "clean_spans"),
        (4, "search_and_digests"),
        (5, "merge_evidence"),
    ]
    before = dump(db)
    with open_store(str(db)) as store:
        assert [a.id for a in store.current_articles()] == ["lib"]
    assert dump(db) == before


def test_foreign_keys_are_enforced(db: Path) -> None:
    with SQLiteStore(db) as store, pytest.raises(sqlite3.IntegrityError):
        store._conn.execute(
            "INSERT INTO story_articles (story_id, article_seq, position) VALUES ('x', 999, 0)"
        )


def test_an_old_database_is_migrated_on_open(db: Path) -> None:
    SQLiteStore(db, load_migrations()[:1]).close()  # a store made by version 1
    with connect(db) as conn:  # and a row that version wrote
        conn.execute(
            "INSERT INTO articles (content_hash, id, raw, text, quality_score, ingested_at) "
            "VALUES ('h', 'lib', ?, ?, 1.0, '2021-12-29T00:00:00+00:00')",
            (LIBRARY, LIBRARY),
        )
    with SQLiteStore(db) as store:
        assert store.version == 5
        (old,) = store.unassigned_articles()
        assert old.id == "lib" and old.paragraphs is None  # no spans kept then: cleaned again
        assert restore_all([old], pytest.fail)[0].text == clean("lib", LIBRARY).text
        assert store.cluster_state() is None
    extra = Migration(6, "tags", "CREATE TABLE tags (name TEXT PRIMARY KEY); -- a; comment\n")
    with SQLiteStore(db, [*load_migrations(), extra]) as store:
        assert store.version == 6
        assert store._conn.execute("SELECT COUNT(*) FROM tags").fetchone()[0] == 0
    with SQLiteStore(db, [*load_migrations(), extra]) as store:
        assert store.version == 6


def test_a_failing_migration_is_rolled_back(db: Path) -> None:
    SQLiteStore(db).close()
    bad = Migration(6, "bad", "CREATE TABLE tags (name TEXT); INSERT INTO nowhere VALUES (1);")
    with pytest.raises(StoreError, match=r"migration 006_bad failed.*nowhere"):
        SQLiteStore(db, [*load_migrations(), bad])
    with connect(db) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 5
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'tags'").fetchone() is None


def test_a_newer_schema_than_the_code_knows_is_refused(db: Path) -> None:
    SQLiteStore(db).close()
    with connect(db) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'future', '2999-01-01')")
    with pytest.raises(StoreError, match=r"schema version 99, newer"):
        open_store(str(db))
    conn = sqlite3.connect(db, isolation_level=None)
    with pytest.raises(StoreError, match="newer"):
        migrate(conn, str(db), load_migrations())
    conn.close()


class _LockedAtFirst:
    """A connection whose first `locked` statements fail as SQLite fails them when two
    processes turn one new database to WAL together (they do not wait for the busy timeout)."""

    def __init__(self, locked: int, error: str = "database is locked") -> None:
        self.locked, self.error, self.statements = locked, error, 0

    def execute(self, statement: str) -> None:
        self.statements += 1
        if self.statements <= self.locked:
            raise sqlite3.OperationalError(self.error)


def test_turning_a_new_store_to_wal_waits_out_another_process() -> None:
    """Four ingests starting on one new store failed 1 time in 40 ("database is locked" from
    `PRAGMA journal_mode = WAL`): the pragma is asked again until it is through."""
    conn = _LockedAtFirst(locked=3)
    _write_ahead(conn)  # type: ignore[arg-type]
    assert conn.statements == 4
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _write_ahead(_LockedAtFirst(locked=1, error="disk I/O error"))  # type: ignore[arg-type]


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 50)
    with pytest.raises(StoreError, match="not a database") as error:
        open_store(str(path))
    assert str(path) in str(error.value)
    assert path.read_text().startswith("These are my notes")


def test_a_directory_or_missing_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory") as error:
        open_store(str(tmp_path))
    assert str(tmp_path) in str(error.value)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "news.db"))


def test_every_field_round_trips(db: Path) -> None:
    eastern = timezone(timedelta(hours=-5))
    articles = [
        clean(
            "bridge",
            "Town votes to close the bridge\n\n" + BRIDGE,
            url="https://example.org/bridge",
            published=datetime(2021, 12, 29, 14, 55, 7, tzinfo=eastern),
            source="Millbrook Gazette",
            title="Town votes to close the bridge",
            byline="By Ana Ruiz",
            language="en",
            origin="inputs/bridge.txt",
            metadata={"section": "local", "tags": ["bridge", "council"], "words": 57, "x": None},
        ),
        clean("lib", LIBRARY, published=datetime(2021, 12, 30)),  # date only
        clean("orchard", ORCHARD),  # nothing but id and text
    ]
    with open_store(str(db)) as store:
        store.add_articles(articles)
    with open_store(str(db)) as store:
        stored = store.current_articles()
        assert [s.article for s in stored] == [a.article for a in articles]
        assert stored[0].article.published == articles[0].article.published
        # What cleaning kept and removed comes back with it: reading does not clean again.
        assert [(s.paragraphs, s.removed) for s in stored] == [
            (a.paragraphs, a.removed) for a in articles
        ]
    with connect(db) as conn:
        row = conn.execute(
            "SELECT published, text, quality_score, quality_flags, content_hash, ingested_at "
            "FROM articles WHERE id = 'bridge'"
        ).fetchone()
    assert row[0] == "2021-12-29T14:55:07-05:00"
    assert row[1] == articles[0].text and row[1]
    assert row[2] == articles[0].quality.score
    assert row[3] == "[" + ", ".join(f'"{f}"' for f in articles[0].quality.flags) + "]"
    assert row[4] == content_hash(articles[0].text, articles[0].article.url)
    assert datetime.fromisoformat(row[5]).tzinfo is not None


def test_current_articles_by_publication_then_ingest_order(url: str) -> None:
    with open_store(url) as store:
        store.add_articles(
            [
                clean("undated-1", ORCHARD),
                clean("late", BRIDGE, published=datetime(2022, 1, 5)),
                clean("early", LIBRARY, published=datetime(2021, 12, 1, 9, 30)),
                clean("undated-2", BRIDGE_UPDATED),
            ]
        )
        ids = [a.id for a in store.current_articles()]
    assert ids == ["early", "late", "undated-1", "undated-2"]


def member(story_id: str, article_id: str, nearest: str | None = None) -> Assignment:
    terms = ("bridge",) if nearest else ()
    return Assignment(article_id, story_id, 0.5 if nearest else 1.0, nearest, terms, (), None)


def test_assign_stories_then_stories_and_explain(url: str) -> None:
    with open_store(url) as store:
        store.add_articles(
            [
                clean("b1", BRIDGE, url="u1", published=datetime(2021, 12, 29, 10)),
                clean("b2", BRIDGE_UPDATED, url="u2", published=datetime(2021, 12, 28)),
                clean("lib", LIBRARY, published=datetime(2022, 1, 3)),
                clean("orchard", ORCHARD),
            ]
        )
        assert [a.id for a in store.unassigned_articles()] == ["b1", "b2", "lib", "orchard"]
        titles = {"bridge": "Bridge closed", "orchard": "Frost", "library": "Library reopens"}
        members = [
            member("bridge", "b1"),
            # Moved in by a repair: the evidence and the story it came from are kept.
            replace(
                member("bridge", "b2", nearest="b1"),
                evidence=("centroid cosine 0.52", "shared tally 6-3"),
                merged_from="bridge-2",
            ),
            member("orchard", "orchard"),
            member("library", "lib"),
        ]
        store.assign_stories(members, titles, '{"state": 1}')
        stories = store.stories()
        assert [s.id for s in stories] == ["library", "bridge", "orchard"]
        bridge = stories[1]
        assert bridge.title == "Bridge closed"
        assert bridge.article_ids == ("b2", "b1")
        assert (bridge.first_published, bridge.last_published) == (
            "2021-12-28",
            "2021-12-29T10:00:00",
        )
        assert bridge.size == 2
        assert stories[2].first_published is None and stories[2].size == 1
        assert store.unassigned_articles() == []
        assert store.cluster_state() == '{"state": 1}'
        assert store.explain("bridge") == [members[1], members[0]]
        # Reads by id and by page, without reading whole tables.
        assert store.stories(limit=1) == stories[:1]
        assert store.stories(limit=2, offset=1) == stories[1:]
        assert store.stories(offset=3) == []
        assert store.story("bridge") == bridge and store.story("nowhere") is None
        found = store.articles(["lib", "nowhere", "b1"])
        assert [a.id for a in found] == ["lib", "b1"]
        assert found[0].article.raw == LIBRARY


def test_a_revision_leaves_its_story_until_assigned_again(url: str) -> None:
    with open_store(url) as store:
        store.add_articles([clean("b", BRIDGE, url="https://example.org/bridge")])
        store.assign_stories([member("s", "b")], {"s": "Bridge"}, "{}")
        store.add_articles([clean("b", BRIDGE_UPDATED, url="https://example.org/bridge")])
        assert store.stories()[0].size == 0
        assert [a.article.raw for a in store.unassigned_articles()] == [BRIDGE_UPDATED]
        store.assign_stories([member("s", "b")], {}, "{}")
        assert store.stories()[0].article_ids == ("b",)


def test_open_store_url_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store(None) as store:
        store.add_articles([clean("lib", LIBRARY)])
    assert (tmp_path / "newsweave.db").is_file()
    with open_store("sqlite:///newsweave.db") as store:
        assert [a.id for a in store.current_articles()] == ["lib"]
    with open_store(f"sqlite:///{tmp_path / 'abs.db'}") as store:  # sqlite:////abs/path
        assert store.current_articles() == []
    assert (tmp_path / "abs.db").is_file()
    for memory in (":memory:", "sqlite://", "sqlite:///:memory:"):
        with open_store(memory) as store:
            assert store.add_articles([clean("lib", LIBRARY)]) == IngestReport(added=1)
    with pytest.raises(StoreError, match="cannot open the store") as error:
        open_store("postgresql://news:secret@127.0.0.1:1/news")  # nothing listens on port 1
    assert "secret" not in str(error.value)
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://db.example/news")


def test_a_closed_store_raises_store_error(url: str) -> None:
    store = open_store(url)
    with store:
        pass
    store.close()  # twice is harmless
    with pytest.raises(StoreError):
        store.current_articles()
    with pytest.raises(StoreError):
        store.add_articles([clean("lib", LIBRARY)])


def test_content_hash_ignores_case_spacing_and_punctuation() -> None:
    assert content_hash("The Bridge,  closed.\n\nNow!") == content_hash("the bridge closed now")
    assert content_hash("the bridge closed") != content_hash("the bridge reopened")


def test_search_finds_current_articles_only_and_takes_any_words(url: str) -> None:
    link = "https://example.org/bridge"
    with open_store(url) as store:
        store.add_articles([clean("bridge", BRIDGE, url=link), clean("lib", LIBRARY)])
        store.assign_stories([member("s", "bridge")], {"s": "Bridge"}, "{}")
        (hit,) = store.search("bridge")
        assert (hit.article_id, hit.story_id) == ("bridge", "s") and "bridge" in hit.snippet
        store.add_articles([clean("bridge", BRIDGE_UPDATED, url=link)])
        (hit,) = store.search("shop owners")  # only the new revision has these words
        assert hit.article_id == "bridge" and hit.story_id is None
        assert len(store.search("bridge")) == 1  # the old revision left the index
        # Query syntax (FTS5, tsquery) is taken as words, never as a query language.
        assert store.search('"bridge*') == store.search("bridge")
        assert store.search('bridge" OR NEAR(*') == []  # all words required: "or", "near" too
        assert store.search("") == [] and store.search("nothingmatches") == []


def test_a_digest_is_kept_per_story_version(url: str) -> None:
    with open_store(url) as store:
        store.add_articles([clean("bridge", BRIDGE)])
        store.assign_stories([member("s", "bridge")], {"s": "Bridge"}, "{}")
        assert store.cached_digest("s", "v1") is None
        store.save_digest("s", "v1", '{"summary": []}')
        assert store.cached_digest("s", "v1") == '{"summary": []}'
        store.save_digest("s", "v2", "{}")
        assert store.cached_digest("s", "v1") is None and store.cached_digest("s", "v2") == "{}"


def test_lone_surrogates_are_stored_as_replacement_characters(url: str) -> None:
    article = clean("odd\udcff", "The ferry \ud800resumed its crossings on Monday.", url=None)
    with open_store(url) as store:
        assert store.add_articles([article]).added == 1
        (stored,) = store.current_articles()
    assert stored.id == "odd\ufffd" and "\ufffdresumed" in stored.article.raw
    assert len(stored.article.raw) == len(article.article.raw)  # offsets unchanged
