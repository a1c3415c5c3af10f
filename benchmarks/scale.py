"""Scale: `newsweave batch` with the local engine and with Dask LocalClusters of 1 and 2
workers on generated articles (DUC 2004 texts with new ids, dates and a few words changed),
and batch-vs-ingest agreement (B-cubed F1 between their stories).

    python -m benchmarks.scale [ARTICLES]    (default 2000)

Prints articles/s, the peak memory of this process and of its workers, and store size.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from newsweave.engine import batch_ingest, open_engine
from newsweave.errors import InputError
from newsweave.read import read_inputs
from newsweave.store import open_store

DUC = Path(__file__).resolve().parents[1].parent / "shared/datasets/duc2004-task2/docs"
PER_FILE = 200  # articles per JSON Lines file: the unit of partitioning


def generate(count: int, folder: Path) -> None:
    """`count` articles from the DUC texts: copy k of document d gets its own id, a date
    shifted by k weeks (so copies land in other stories) and one word in ten swapped."""
    docs = [a for a in read_inputs([str(DUC)]) if not isinstance(a, InputError)]
    rng = random.Random(7)
    start = datetime(2024, 1, 1)
    lines = []
    for n in range(count):
        doc = docs[n % len(docs)]
        copy = n // len(docs)
        words = doc.raw.split()
        for i in range(0, len(words), 10):
            words[rng.randrange(i, min(i + 10, len(words)))] = rng.choice(words)
        when = (doc.published or start) + timedelta(weeks=copy)
        lines.append(
            {
                "id": f"{doc.id}-{copy}",
                "title": doc.title,
                "text": " ".join(words),
                "published": when.isoformat(),
                "url": f"https://example.org/{doc.id}/{copy}",
            }
        )
    for f in range(0, count, PER_FILE):
        with (folder / f"part-{f // PER_FILE:05d}.jsonl").open("w") as out:
            out.writelines(json.dumps(r) + "\n" for r in lines[f : f + PER_FILE])


def run(engine_name: str, workers: int, inputs: Path, db: Path) -> tuple[float, dict[str, str]]:
    engine = open_engine(engine_name, workers=workers)
    try:
        began = time.perf_counter()
        with open_store(str(db)) as store:
            batch_ingest(engine, store, [str(inputs)], lambda e: None, count=4 * workers)
            stories = {a: s.id for s in store.stories() for a in s.article_ids}
        elapsed = time.perf_counter() - began
    finally:
        engine.close()
    return elapsed, stories


def bcubed_f1(a: dict[str, str], b: dict[str, str]) -> float:
    """B-cubed F1 of clustering `a` against `b` over the same articles."""

    def members(m: dict[str, str]) -> dict[str, set[str]]:
        groups: dict[str, set[str]] = {}
        for item, group in m.items():
            groups.setdefault(group, set()).add(item)
        return {item: groups[group] for item, group in m.items()}

    ma, mb = members(a), members(b)
    p = sum(len(ma[i] & mb[i]) / len(ma[i]) for i in a) / len(a)
    r = sum(len(ma[i] & mb[i]) / len(mb[i]) for i in a) / len(a)
    return 2 * p * r / (p + r)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        generate(count, folder / "in")
        print(f"{count} articles | engine | workers | seconds | articles/s | store MB")
        results = {}
        for name, workers in (("local", 1), ("dask", 1), ("dask", 2)):
            db = folder / f"{name}-{workers}.db"
            seconds, stories = run(name, workers, folder / "in", db)
            results[(name, workers)] = stories
            size = db.stat().st_size / 1e6
            print(f"| {name} | {workers} | {seconds:.1f} | {count / seconds:.0f} | {size:.1f} |")
        f1 = bcubed_f1(results[("dask", 2)], results[("local", 1)])
        print(f"B-cubed F1, dask (2 workers) vs local: {f1:.4f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process (reads, clusters, writes): {peak:.0f} MB")


if __name__ == "__main__":
    main()
