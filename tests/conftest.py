"""Shared test data: the real articles in ../shared (never copied into the repo) and the
invented examples bundled in examples/."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsweave.clean import clean_article
from newsweave.model import CleanArticle, Story
from newsweave.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DATASETS = SHARED / "datasets"
EXAMPLES = ROOT / "examples"


def load(*paths: Path) -> list[CleanArticle]:
    """Read and clean inputs, failing the test on any read error."""
    articles = []
    for item in read_inputs([str(p) for p in paths]):
        assert not isinstance(item, Exception), str(item)
        articles.append(clean_article(item))
    return articles


def require(available: bool, what: str) -> None:
    """Skip a test whose data, browser or server is missing, except in CI (`CI=true`), where
    a quality gate that cannot run must fail rather than pass silently."""
    if available:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} (CI=true: required, not skipped)")
    pytest.skip(what)


def _shared(path: Path) -> Path:
    require(path.exists(), f"real articles and datasets live in {SHARED}, absent here")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _shared(SEEDS)


@pytest.fixture(scope="session")
def datasets_dir() -> Path:
    return _shared(DATASETS)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def read_clean() -> Callable[..., list[CleanArticle]]:
    """`load` as a fixture, for tests that read their own inputs."""
    return load


@pytest.fixture(scope="session")
def seeds(seeds_dir: Path) -> dict[str, CleanArticle]:
    """The five seed reports by their number ("000" ... "004")."""
    return {a.id[:3]: a for a in load(seeds_dir)}


@pytest.fixture(scope="session")
def examples() -> list[CleanArticle]:
    return load(EXAMPLES)


# The bundled examples' March event (the strike deal), in publication order: an original
# (01), a credited rewrite (02), an independent report (03), a partial repost (04), a spun
# copy (05), the feed's first item, the Observer's angle piece and the JSONL record.
MARCH = (
    "01_harbourgazette",
    "02_northwire",
    "03_coastalpost",
    "04_dailyreposter",
    "05_spunnews",
    "06_feed-1",
    "07_observer",
    "lindmarkdaily-0312-strike",
)


@pytest.fixture(scope="session")
def march(examples: list[CleanArticle]) -> Story:
    by_id = {a.id: a for a in examples}
    return Story("march", tuple(by_id[i] for i in MARCH))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL server for the session (tests/postgres_server.py): skipped with
    the reason where none can start, failed instead under CI=true."""
    from tests.postgres_server import running_server, server_bin

    bin_dir = server_bin()
    problem = "PostgreSQL server binaries not found (apt-get install postgresql)"
    if bin_dir is not None:
        try:
            with running_server(bin_dir) as url:
                yield url
                return
        except (OSError, subprocess.CalledProcessError) as error:
            problem = f"PostgreSQL did not start: {error} {getattr(error, 'stderr', '')}"
    if os.environ.get("CI") == "true":
        pytest.fail(problem)
    pytest.skip(problem)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """The URL of a new, empty database on the throwaway server, one per test."""
    import psycopg
    from tests.postgres_server import database_url

    name = f"t{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    return database_url(postgres_server, name)


# Launched without network or background services: this machine has no network, and
# Chromium otherwise spends its start-up on refused connections.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless chromium driven by Playwright (never a downloaded browser); skipped
    where it is not installed, except in CI, where the page tests must run."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    require(path is not None, "needs Debian's chromium (make test installs it when run as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
