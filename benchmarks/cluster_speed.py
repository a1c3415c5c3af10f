"""Clustering speed and memory.

1. End to end: `newsweave cluster` on a generated 20,000-article JSON Lines file, start-up
   included, best and median of three runs (these machines are noisy).
2. Scaling: the streaming core (JSON record -> article -> clean -> story id) over generated
   streams of growing size, each in a fresh process: time per article and peak memory.

    python -m benchmarks.cluster_speed [--sizes 10000,100000,1000000] [--end-to-end 20000]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.scoring import format_table
from benchmarks.stream import StreamGenerator, write_jsonl

ROOT = Path(__file__).resolve().parents[1]


def end_to_end(count: int, runs: int = 3) -> list[float]:
    """Wall seconds of `newsweave cluster` over `count` generated articles, per run."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stream.jsonl"
        write_jsonl(str(path), count)
        command = [sys.executable, "-m", "newsweave.cli", "cluster", str(path), "--format", "jsonl"]
        seconds = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
            seconds.append(time.perf_counter() - start)
    return seconds


def stream_core(count: int) -> dict[str, float]:
    """Run the streaming core over `count` generated articles in this process.

    Generation is not timed: only reading the record, cleaning and clustering are.
    """
    from newsweave.clean import clean_article
    from newsweave.cluster import StreamClusterer
    from newsweave.read.jsonl import article_from_record
    from newsweave.text.dates import timestamp

    clusterer = StreamClusterer()
    weight = clusterer.options.title_weight
    busy = 0.0
    for number, record in enumerate(StreamGenerator().articles(count)):
        start = time.process_time()
        article = clean_article(article_from_record(record, str(number), "generated"))
        text = " ".join([article.article.title or ""] * weight + [article.text])
        published = article.article.published
        clusterer.add(article.id, text, timestamp(published) if published else None)
        busy += time.process_time() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "articles": count,
        "ms_per_article": 1000 * busy / count,
        "peak_mib": peak_kib / 1024,
        "active_stories": clusterer.active_stories,
        "vocabulary": len(clusterer.df),
    }


def scaling(sizes: Sequence[int]) -> list[dict[str, float]]:
    """`stream_core` for each size, each in a fresh process so peak memory is its own."""
    results = []
    for size in sizes:
        output = subprocess.run(
            [sys.executable, "-m", "benchmarks.cluster_speed", "--core", str(size)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
        results.append(json.loads(output))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated stream sizes")
    parser.add_argument("--end-to-end", type=int, default=20_000, help="articles for the CLI run")
    parser.add_argument("--core", type=int, help=argparse.SUPPRESS)  # one scaling run, as JSON
    args = parser.parse_args(argv)
    if args.core:
        print(json.dumps(stream_core(args.core)))
        return 0
    seconds = end_to_end(args.end_to_end)
    best, median = min(seconds), statistics.median(seconds)
    print(f"newsweave cluster, {args.end_to_end} generated articles, start-up included:")
    print(
        f"  best {best:.1f} s ({args.end_to_end / best:.0f} articles/s), "
        f"median {median:.1f} s ({args.end_to_end / median:.0f} articles/s)\n"
    )
    results = scaling([int(size) for size in args.sizes.split(",")])
    base = results[0]
    rows = [
        [
            f"{r['articles']:,.0f}",
            f"{r['ms_per_article']:.3f}",
            f"{r['ms_per_article'] / base['ms_per_article']:.2f}x",
            f"{r['peak_mib']:.0f}",
            f"{r['peak_mib'] / base['peak_mib']:.2f}x",
            f"{r['active_stories']:,.0f}",
            f"{r['vocabulary']:,.0f}",
        ]
        for r in results
    ]
    header = ["articles", "ms/article", "vs first", "peak MiB", "vs first", "active", "vocab"]
    print(format_table(header, rows, right_align=range(7)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
