"""Ingest under faults: concurrent ingests into one store and `kill -9` in the middle of one.
Every article ends up stored once and in exactly one story, and an interrupted ingest run
again gives the store one uninterrupted ingest gives. (benchmarks/ingest_faults.py repeats the
kill test many times.)"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

DUC = "duc2004-task2/docs"


def newsweave(*argv: object) -> list[str]:
    return [sys.executable, "-m", "newsweave.cli", *map(str, argv)]


def stories(db: Path) -> list[tuple[str, ...]]:
    """The store's stories as sorted tuples of article ids (story ids aside)."""
    out = subprocess.run(
        newsweave("stories", "--db", db, "--format", "jsonl"),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return sorted(tuple(sorted(json.loads(line)["articles"])) for line in out.splitlines())


def current_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT id FROM articles WHERE is_current = 1")]


def test_four_concurrent_ingests_of_overlapping_inputs_lose_and_double_nothing(
    tmp_path: Path, datasets_dir: Path, examples_dir: Path
) -> None:
    folders = sorted((datasets_dir / DUC).iterdir())[:3]
    inputs = [
        [examples_dir, folders[0]],
        [folders[0], folders[1]],
        [folders[1], folders[2]],
        [folders[2], examples_dir],
    ]
    db = tmp_path / "news.db"
    runs = [
        subprocess.Popen(newsweave("ingest", *i, "--db", db, "--batch", 7), stderr=subprocess.PIPE)
        for i in inputs
    ]
    for run in runs:
        assert run.wait(timeout=600) == 0, run.stderr.read() if run.stderr else ""
    ids = current_ids(db)
    assert len(ids) == len(set(ids)) == 13 + 30  # the examples and three DUC clusters
    members = [i for story in stories(db) for i in story]
    assert sorted(members) == sorted(ids)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_ingest_killed_and_run_again_equals_one_uninterrupted_ingest(
    tmp_path: Path, datasets_dir: Path, seed: int
) -> None:
    inputs = sorted((datasets_dir / DUC).iterdir())[:12]
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    started = time.monotonic()
    subprocess.run(newsweave("ingest", *inputs, "--db", whole, "--batch", 20), check=True)
    duration = time.monotonic() - started
    run = subprocess.Popen(
        newsweave("ingest", *inputs, "--db", killed, "--batch", 20), stderr=subprocess.DEVNULL
    )
    time.sleep(random.Random(seed).uniform(0.3, 0.9) * duration)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=60)
    subprocess.run(newsweave("ingest", *inputs, "--db", killed, "--batch", 20), check=True)
    assert sorted(current_ids(killed)) == sorted(current_ids(whole))
    assert stories(killed) == stories(whole)
