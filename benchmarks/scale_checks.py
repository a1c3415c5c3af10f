"""Agreement checks for benchmarks/scale.py, through the command line as a user runs it:
`batch --engine dask` against `ingest` (B-cubed F1 between their stories) and a PostgreSQL
store against SQLite (identical `stories --format jsonl`)."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

from newsweave.cli import main as newsweave


def agreement(inputs: Path, folder: Path) -> Iterator[str]:
    """Lines saying how far `batch --engine dask` and PostgreSQL agree with `ingest` (SQLite)."""
    count = sum(1 for _ in inputs.open())
    f1, same = agreement_of(inputs, folder)
    yield f"{count} articles: dask batch (2 workers) vs ingest: B-cubed F1 {f1:.4f}, " + (
        "stories identical" if same else "stories differ"
    )
    postgres = _postgres_stories(inputs)
    if postgres is None:
        yield "PostgreSQL vs SQLite: not run (no PostgreSQL server binaries)"
    else:
        same = postgres == _stories_after([], str(folder / "check-ingest.db"))
        yield f"{count} articles: ingest into PostgreSQL vs SQLite: stories " + (
            "identical" if same else "DIFFER"
        )


def agreement_of(inputs: Path, folder: Path, partitions: int = 8) -> tuple[float, bool]:
    """B-cubed F1 of `batch --engine dask` (2 workers, `partitions` partitions) against
    `ingest` into SQLite stores in `folder`, and whether their stories are identical."""
    ingested = _stories_after(["ingest", str(inputs)], str(folder / "check-ingest.db"))
    command = ["batch", str(inputs), "--engine", "dask", "--workers", "2"]
    command += ["--partitions", str(partitions)]
    batched = _stories_after(command, str(folder / "check-batch.db"))
    return bcubed_f1(_membership(batched), _membership(ingested)), batched == ingested


def _stories_after(command: list[str], db: str) -> list[str]:
    """`stories --format jsonl` of the store `db` after running `command` (if any) into it."""
    listing, messages = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(messages):
        failed = bool(command) and newsweave([*command, "--db", db]) != 0
        with contextlib.redirect_stdout(listing):
            failed = failed or newsweave(["stories", "--db", db, "--format", "jsonl"]) != 0
    if failed:
        raise RuntimeError(f"newsweave {' '.join(command)} failed: {messages.getvalue()}")
    return listing.getvalue().splitlines()


def _postgres_stories(inputs: Path) -> list[str] | None:
    """The stories after an ingest into a throwaway PostgreSQL server (the tests' helper)."""
    import psycopg
    from tests.postgres_server import database_url, running_server, server_bin

    bin_dir = server_bin()
    if bin_dir is None:
        return None
    with running_server(bin_dir) as server:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute("CREATE DATABASE scale_check")
        return _stories_after(["ingest", str(inputs)], database_url(server, "scale_check"))


def _membership(lines: list[str]) -> dict[str, str]:
    """Article id -> story id, from `stories --format jsonl` lines."""
    stories = [json.loads(line) for line in lines]
    return {article: story["id"] for story in stories for article in story["articles"]}


def bcubed_f1(found: dict[str, str], truth: dict[str, str]) -> float:
    """B-cubed F1 of the clustering `found` against `truth` over the same articles."""

    def members(clustering: dict[str, str]) -> dict[str, set[str]]:
        groups: dict[str, set[str]] = {}
        for item, group in clustering.items():
            groups.setdefault(group, set()).add(item)
        return {item: groups[group] for item, group in clustering.items()}

    mf, mt = members(found), members(truth)
    precision = sum(len(mf[i] & mt[i]) / len(mf[i]) for i in truth) / len(truth)
    recall = sum(len(mf[i] & mt[i]) / len(mt[i]) for i in truth) / len(truth)
    return 2 * precision * recall / (precision + recall)
