"""Scale: `newsweave batch` with the local engine and on Dask LocalClusters of 1 and 2 workers
over generated articles (DUC 2004 texts with new ids, dates and a few words changed, one JSON
Lines file), the cost of each per-article stage, agreement checks, and the cluster size a day
of global news needs.

    python -m benchmarks.scale [ARTICLES...]    (default 10000 100000)

Each configuration runs in its own process, so peak memory is its own: the driver's (reads
nothing with Dask; stores and assigns) and each Dask worker's (measured in the worker).
"""

from __future__ import annotations

import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.scale_checks import agreement
from benchmarks.scale_costs import StageCosts, stage_costs
from newsweave.engine import batch_ingest, open_engine, partitions
from newsweave.errors import InputError
from newsweave.read import read_inputs
from newsweave.store import open_store

DUC = Path(__file__).resolve().parents[1].parent / "shared/datasets/duc2004-task2/docs"
CONFIGURATIONS = (("local", 1), ("dask", 1), ("dask", 2))
DEFAULT_SIZES = (10_000, 100_000)
COST_SAMPLE = 2000  # articles whose stage costs are measured one stage at a time
DAY_OF_NEWS = 600_000  # articles in a day of global news (GDELT's order of magnitude)
WINDOW_SECONDS = 600  # ... to be ingested in ten minutes
CHECK_SIZE = 5000  # articles for the batch-vs-ingest and SQLite-vs-PostgreSQL checks


def generate(count: int, path: Path) -> None:
    """`count` articles from the DUC texts into one JSON Lines file, written as they are made:
    copy k of document d gets its own id, a date shifted by k weeks (so copies land in other
    stories) and one word in ten swapped for another of the same text."""
    docs = [a for a in read_inputs([str(DUC)]) if not isinstance(a, InputError)]
    rng = random.Random(7)
    start = datetime(2024, 1, 1)
    with path.open("w") as out:
        for n in range(count):
            doc, copy = docs[n % len(docs)], n // len(docs)
            words = doc.raw.split()
            for i in range(0, len(words), 10):
                words[rng.randrange(i, min(i + 10, len(words)))] = rng.choice(words)
            when = (doc.published or start) + timedelta(weeks=copy)
            record = {
                "id": f"{doc.id}-{copy}",
                "title": doc.title,
                "text": " ".join(words),
                "published": when.isoformat(),
                "url": f"https://example.org/{doc.id}/{copy}",
            }
            out.write(json.dumps(record) + "\n")


@dataclass(frozen=True)
class Run:
    """One configuration on one input: seconds for the parallel part alone (partitions read,
    cleaned and dropped) and for the whole batch ingest, peak memory, and the result."""

    articles: int
    stories: int
    read_seconds: float
    seconds: float
    driver_mb: float
    worker_mb: tuple[float, ...]
    store_mb: float = 0.0


def run_one(engine_name: str, workers: int, inputs: str, db: str) -> Run:
    """One configuration, here (call it in a process of its own: peak memory is per process)."""
    engine = open_engine(engine_name, workers=workers)
    count = 4 * workers
    try:
        began = time.perf_counter()
        for _ in engine.run(partitions([inputs], count, lambda e: None)):
            pass
        read_seconds = time.perf_counter() - began
        began = time.perf_counter()
        with open_store(db) as store:
            report, _ = batch_ingest(engine, store, [inputs], lambda e: None, count)
            stories = len(store.stories())
        seconds = time.perf_counter() - began
        worker_mb = _worker_peaks(engine)
    finally:
        engine.close()
    driver_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Run(report.added, stories, read_seconds, seconds, driver_mb, worker_mb)


def _worker_peaks(engine: object) -> tuple[float, ...]:
    """Peak resident memory of each Dask worker process, in MB (none for the local engine)."""
    client = getattr(engine, "client", None)
    if client is None:
        return ()
    peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return tuple(sorted(peaks.values()))


def run(engine_name: str, workers: int, inputs: Path, db: Path) -> Run:
    """`run_one` in a fresh process, and the size of the store it wrote."""
    command = [sys.executable, "-m", "benchmarks.scale", "--one", engine_name, str(workers)]
    done = subprocess.run(
        [*command, str(inputs), str(db)], check=True, capture_output=True, text=True
    )
    fields = json.loads(done.stdout.splitlines()[-1])
    store_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6
    return replace(Run(**fields), worker_mb=tuple(fields["worker_mb"]), store_mb=store_mb)


def scale_table(sizes: list[int], folder: Path, runs: dict[tuple[int, str], Run]) -> Iterator[str]:
    """A table row per size and configuration (each run also goes into `runs`)."""
    yield (
        "| articles | engine | workers | read+clean/s | ingest s | articles/s "
        "| driver MB | worker MB | store MB |"
    )
    yield "|---|---|---|---|---|---|---|---|---|"
    for size in sizes:
        inputs = folder / f"articles-{size}.jsonl"
        generate(size, inputs)
        for name, workers in CONFIGURATIONS:
            db = folder / f"{name}-{workers}-{size}.db"
            r = runs[(size, f"{name}-{workers}")] = run(name, workers, inputs, db)
            peaks = ", ".join(f"{m:.0f}" for m in r.worker_mb) or "-"
            yield (
                f"| {size} | {name} | {workers} | {size / r.read_seconds:.0f} | {r.seconds:.0f} "
                f"| {size / r.seconds:.0f} | {r.driver_mb:.0f} | {peaks} | {r.store_mb:.0f} |"
            )
            db.unlink()
        inputs.unlink()


def estimate(costs: StageCosts, runs: dict[tuple[int, str], Run]) -> Iterator[str]:
    """Worker cores for the parallel part, and how far the sequential pass is from the rate,
    for a day of news in the window: from the largest size measured."""
    rate = DAY_OF_NEWS / WINDOW_SECONDS
    largest = max(size for size, _ in runs)
    one, two = runs[(largest, "dask-1")], runs[(largest, "dask-2")]
    core_ms = 2 * two.read_seconds * 1000 / largest  # per article and worker, Dask included
    facts_ms = costs.fingerprint + costs.extract
    yield f"A day of global news, {DAY_OF_NEWS} articles in {WINDOW_SECONDS} s: {rate:.0f}/s"
    yield (
        f"- parallel part (read, clean, sentences) on Dask at {largest} articles: {core_ms:.1f} "
        f"ms per article per worker (2 workers {one.read_seconds / two.read_seconds:.2f}x one)"
    )
    for what, ms in (
        ("as stored now", core_ms),
        ("with fingerprints and facts", core_ms + facts_ms),
    ):
        yield f"  {what}: {ms:.1f} ms -> {math.ceil(rate * ms / 1000)} worker cores"
    for size in sorted({size for size, _ in runs}):
        ms = runs[(size, "dask-2")].seconds * 1000 / size
        yield (
            f"- sequential pass (store + assign, one driver) at {size} articles: {ms:.1f} ms per "
            f"article, {1000 / ms:.0f}/s: a day in {DAY_OF_NEWS * ms / 60_000:.0f} min, "
            f"{ms * rate / 1000:.1f}x too slow for the window"
        )


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(asdict(run_one(argv[1], int(argv[2]), argv[3], argv[4]))))
        return
    sizes = [int(a) for a in argv] or list(DEFAULT_SIZES)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(COST_SAMPLE, folder / "sample.jsonl")
        costs = stage_costs(folder / "sample.jsonl", folder)
        for line in costs.table():
            print(line, flush=True)
        generate(CHECK_SIZE, folder / "check.jsonl")
        for line in agreement(folder / "check.jsonl", folder):
            print(line, flush=True)
        runs: dict[tuple[int, str], Run] = {}
        for line in scale_table(sizes, folder, runs):
            print(line, flush=True)
        for line in estimate(costs, runs):
            print(line, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
