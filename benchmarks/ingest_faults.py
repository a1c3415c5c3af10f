"""Ingest under faults, and its memory: `kill -9` at random moments of an ingest, then the
same ingest again, must give the store one uninterrupted ingest gives; and the peak memory of
`newsweave ingest` must not grow with the input (each batch is one transaction, the input is
streamed).

    python -m benchmarks.ingest_faults --kills 20 --sizes 20000 100000
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.stream import write_jsonl

DUC = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "duc2004-task2" / "docs"


def newsweave(*argv: object) -> list[str]:
    return [sys.executable, "-m", "newsweave.cli", *map(str, argv)]


def stories(db: Path) -> list[tuple[str, ...]]:
    command = newsweave("stories", "--db", db, "--format", "jsonl")
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return sorted(tuple(sorted(json.loads(line)["articles"])) for line in out.splitlines())


def kills(count: int, folder: Path) -> tuple[int, int]:
    """(runs whose store equals the uninterrupted one, runs) over `count` random kills."""
    inputs = sorted(DUC.iterdir())[:20]
    whole = folder / "whole.db"
    started = time.monotonic()
    subprocess.run(newsweave("ingest", *inputs, "--db", whole, "--batch", 25), check=True)
    duration, expected = time.monotonic() - started, stories(whole)
    rng, same = random.Random(7), 0
    for number in range(count):
        db = folder / f"killed{number}.db"
        for _ in range(2):  # killed twice, then run to the end
            run = subprocess.Popen(
                newsweave("ingest", *inputs, "--db", db, "--batch", 25),
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.05, 1.0) * duration)
            run.send_signal(signal.SIGKILL)
            run.wait()
        subprocess.run(newsweave("ingest", *inputs, "--db", db, "--batch", 25), check=True)
        same += stories(db) == expected
    return same, count


def peak_memory(size: int, folder: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of `newsweave ingest` of `size` generated articles."""
    source = folder / f"stream{size}.jsonl"
    write_jsonl(str(source), size)
    command = [
        "/usr/bin/time",
        "-f",
        "%M",
        *newsweave("ingest", source, "--db", folder / f"{size}.db"),
    ]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.monotonic() - started
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--sizes", type=int, nargs="*", default=[20_000, 100_000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        if args.kills:
            same, runs = kills(args.kills, folder)
            print(
                f"kill -9 twice, then ingest again: {same} of {runs} stores equal the "
                "uninterrupted ingest's"
            )
        rows = [(size, *peak_memory(size, folder)) for size in args.sizes]
    if rows:
        print(f"\n{'articles':>9}  {'seconds':>8}  {'articles/s':>10}  {'peak MiB':>8}  vs first")
        for size, seconds, mib in rows:
            print(
                f"{size:>9,}  {seconds:>8.1f}  {size / seconds:>10.0f}  {mib:>8.0f}  "
                f"{mib / rows[0][2]:.2f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
