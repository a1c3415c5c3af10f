"""A store ingested from the bundled examples and the seeds, served by the web app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsweave.pipeline import ingest, load_articles
from newsweave.store import Store, open_store
from newsweave.web import create_app

TOKEN = "test-token-0123"


def _fail(error: Exception) -> None:
    raise AssertionError(str(error))


@pytest.fixture(scope="session")
def news_store(
    tmp_path_factory: pytest.TempPathFactory, examples_dir: Path, seeds_dir: Path
) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("web") / "news.db"
    with open_store(str(path)) as store:
        ingest(store, load_articles([str(examples_dir), str(seeds_dir)], _fail), _fail)
        yield store


@pytest.fixture(scope="session")
def client(news_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(news_store), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def seed_story(client: TestClient) -> str:
    """The id of the story made of the five seed reports."""
    stories = client.get("/api/stories", params={"per_page": 100}).json()["stories"]
    return next(s["id"] for s in stories if s["size"] == 5 and s["first_published"] < "2022")
