"""PostgreSQL and SQLite give the same stories on the same input, and concurrent ingests into
one PostgreSQL database lose and double nothing (a throwaway server: tests/postgres_server.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.store import open_store


def newsweave(*args: str) -> str:
    """Run the CLI in a process of its own, as a user (or a team's cron job) would."""
    done = subprocess.run(
        [sys.executable, "-m", "newsweave.cli", *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return done.stdout


def snapshot(url: str) -> tuple[list[dict[str, object]], list[tuple[object, ...]], str]:
    """Stories as `stories --format jsonl` prints them, every article's story with why, and the
    digests (JSON) of the stored stories."""
    stories = [
        json.loads(line)
        for line in newsweave("stories", "--db", url, "--format", "jsonl").splitlines()
    ]
    with open_store(url) as store:
        members = [
            (a.article_id, a.story_id, a.score, a.nearest, a.shared_terms, a.gap_days)
            for story in store.stories()
            for a in store.explain(story.id)
        ]
        revisions = [(a.id, a.article.raw) for a in store.current_articles()]
    digests = newsweave("digest", "--db", url, "--format", "json")
    return stories, [*members, *revisions], digests


def test_sqlite_and_postgres_store_the_same_stories(
    tmp_path: Path, postgres_url: str, examples_dir: Path, seeds_dir: Path
) -> None:
    sqlite_url = str(tmp_path / "news.db")
    for url in (sqlite_url, postgres_url):
        # Two ingests: the second continues from the saved clusterer state.
        newsweave("ingest", str(examples_dir / "event-port-strike"), "--db", url)
        newsweave("ingest", str(examples_dir), str(seeds_dir), "--db", url)
    sqlite, postgres = snapshot(sqlite_url), snapshot(postgres_url)
    assert len(sqlite[0]) >= 4
    assert sqlite == postgres


def test_concurrent_ingests_lose_and_double_nothing(
    postgres_url: str, examples_dir: Path, seeds_dir: Path
) -> None:
    inputs = [
        [str(examples_dir)],
        [str(seeds_dir), str(examples_dir / "event-port-strike")],
        [str(examples_dir / "other"), str(seeds_dir)],
        [str(examples_dir), str(examples_dir / "other")],
    ]
    # Not event-port-strike-talks on its own: read alone, its files take ids that the deal's
    # files have when examples/ is read whole (ids are unique within one read only).
    command = [sys.executable, "-m", "newsweave.cli", "ingest", "--db", postgres_url]
    running = [subprocess.Popen([*command, *paths], stderr=subprocess.PIPE) for paths in inputs]
    for process in running:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
    with open_store(postgres_url) as store:
        stored = {a.id for a in store.current_articles()}
        placed = [i for story in store.stories() for i in story.article_ids]
        assert store.unassigned_articles() == []
    assert sorted(placed) == sorted(stored)  # every article in exactly one story
    expected = {
        json.loads(line)["id"]
        for line in newsweave("read", str(examples_dir), str(seeds_dir)).splitlines()
    }
    assert stored == expected  # nothing lost


def test_postgres_migrations_are_versioned_and_reopening_is_a_no_op(postgres_url: str) -> None:
    import psycopg

    with open_store(postgres_url) as store:
        assert store.current_articles() == []
    with open_store(postgres_url):
        pass
    with psycopg.connect(postgres_url) as conn:
        versions = conn.execute("SELECT version, name FROM schema_version").fetchall()
    assert versions == [(1, "initial"), (2, "merge_evidence")]


@pytest.mark.parametrize("url", ["postgresql://nobody@/none?host=/nonexistent-dir"])
def test_an_unreachable_server_is_a_store_error(url: str) -> None:
    from newsweave.errors import StoreError

    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(url)
