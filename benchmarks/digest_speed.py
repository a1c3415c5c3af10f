"""Digest speed, two ways.

1. Throughput: `newsweave digest` and, as the baseline, `newsweave ingest` of the same
   generated articles (DUC 2004 texts with new ids, dates shifted by weeks and one word in
   ten swapped: many stories, see benchmarks/scale.py), each a fresh process on one core,
   start-up included. The target is 200 articles/s or more for the digest.
2. One big story: the digest of one story of N articles against reading and cleaning them.
   Articles are DUC 2003 task 2 reports (AP/NYT), taken cluster after cluster (and again,
   with new ids, past the 300 there are); the target is a digest within 10x the time of
   reading and cleaning the same articles.
3. One story of N near-copies: the first DUC 2003 report N times, each with one word in ten
   swapped (as benchmarks/scale.py does), so every pair looks alike: the case where
   provenance grew with the pairs (10 / 50 / 200 near-copies took 0.15 / 3.1 / 73 s).

    python -m benchmarks.digest_speed [--throughput 1000 5000] [--sizes 10 100 1000]
        [--near-copies 10 50 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from benchmarks.scale import generate
from benchmarks.scoring import format_table
from newsweave.clean import clean_article
from newsweave.digest import build_digest
from newsweave.model import Article, CleanArticle, Story
from newsweave.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
REPEATS, MAX_SECONDS = 7, 20.0  # runs per timing: the median of up to 7, within 20 s
T = TypeVar("T")


def articles(root: Path, count: int) -> list[Article]:
    """`count` DUC reports, repeated with new ids when more are asked for than exist."""
    found = [a for a in read_inputs([str(root / "docs")]) if isinstance(a, Article)]
    return [
        replace(found[i % len(found)], id=f"{found[i % len(found)].id}-{i}") for i in range(count)
    ]


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
    return time.perf_counter() - start


def _installed() -> dict[str, str]:
    """The environment of an installed newsweave: its modules compiled to bytecode once (into
    their __pycache__), as pip does on install and as any run does where Python may write
    bytecode. Where PYTHONDONTWRITEBYTECODE is set (CI, this sandbox), each timed run would
    compile the 120 modules from source again: 0.6 G instructions, ~0.2 s."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    package = ROOT / "src" / "newsweave"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, env=env)
    return env


def throughput(count: int) -> list[str]:
    """Articles per second of `ingest` and of `digest` over `count` generated articles."""
    cli = [sys.executable, "-m", "newsweave.cli"]
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in.jsonl"
        generate(count, inputs)
        env = _installed()
        ingesting = _timed([*cli, "ingest", str(inputs), "--db", str(Path(folder) / "n.db")], env)
        digesting = _timed([*cli, "digest", str(inputs), "--format", "json"], env)
    return [str(count), f"{count / ingesting:.0f}", f"{count / digesting:.0f}"]


def near_copies(root: Path, size: int) -> list[Article]:
    """`size` reworded copies of the first DUC 2003 report, one word in ten swapped."""
    original = articles(root, 1)[0]
    rng = random.Random(7)
    copies = []
    for number in range(size):
        words = original.raw.split()
        for start in range(0, len(words), 10):
            words[rng.randrange(start, min(start + 10, len(words)))] = rng.choice(words)
        copies.append(replace(original, id=f"near-{number}", raw=" ".join(words)))
    return copies


def one_story(found: list[Article]) -> list[str]:
    """Seconds to read (from JSON Lines) and clean the articles, and to digest them as one
    story: each the median of repeated runs (a 10-article story reads in ~10 ms, where one
    run's noise moved the ratio between 4 and 16)."""
    size = len(found)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.jsonl"
        with path.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(_record(a)) + "\n" for a in found)
        reading, clean = _median_seconds(lambda: _read_and_clean(path))
    digesting, _ = _median_seconds(lambda: build_digest(Story("speed", tuple(clean))))
    return [str(size), f"{reading:.3f}", f"{digesting:.3f}", f"{digesting / reading:.1f}"]


def _read_and_clean(path: Path) -> list[CleanArticle]:
    clean = [clean_article(a) for a in read_inputs([str(path)]) if isinstance(a, Article)]
    _ = [a.sentences for a in clean]  # split lazily, but part of cleaning
    return clean


def _median_seconds(work: Callable[[], T]) -> tuple[float, T]:
    """The median time of `work` over REPEATS runs (fewer once they add up to MAX_SECONDS),
    and its last result."""
    times: list[float] = []
    while len(times) < REPEATS and sum(times) < MAX_SECONDS:
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _record(article: Article) -> dict[str, str | None]:
    published = article.published.isoformat() if article.published else None
    return {
        "id": article.id,
        "title": article.title,
        "text": article.raw,
        "source": article.source,
        "published": published,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--throughput", type=int, nargs="*", default=[1000, 5000])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--near-copies", type=int, nargs="*", default=[10, 50, 200])
    args = parser.parse_args(argv)
    root = args.data / "duc2003-task2"
    if not root.is_dir():
        print(f"benchmark data not found at {root}", file=sys.stderr)
        return 2
    if args.throughput:
        rows = [throughput(count) for count in args.throughput]
        headers = ["articles", "ingest art/s", "digest art/s"]
        print(format_table(headers, rows, right_align=(0, 1, 2)))
    headers = ["articles", "read+clean s", "digest s", "ratio"]
    if args.sizes:
        rows = [one_story(articles(root, size)) for size in args.sizes]
        print(format_table(headers, rows, right_align=(0, 1, 2, 3)))
    if args.near_copies:
        rows = [one_story(near_copies(root, size)) for size in args.near_copies]
        print(format_table(["near-copies", *headers[1:]], rows, right_align=(0, 1, 2, 3)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
