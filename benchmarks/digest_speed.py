"""Digest speed: the digest of one story of N articles against reading and cleaning them.

Articles are DUC 2003 task 2 reports (AP/NYT), taken cluster after cluster (and again, with
new ids, past the 300 there are) so that one story of N articles is built; the target is a
digest within 10x the time of reading and cleaning the same articles."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from benchmarks.scoring import format_table
from newsweave.clean import clean_article
from newsweave.digest import build_digest
from newsweave.model import Article, Story
from newsweave.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"


def articles(root: Path, count: int) -> list[Article]:
    """`count` DUC reports, repeated with new ids when more are asked for than exist."""
    found = [a for a in read_inputs([str(root / "docs")]) if isinstance(a, Article)]
    return [
        replace(found[i % len(found)], id=f"{found[i % len(found)].id}-{i}") for i in range(count)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    args = parser.parse_args(argv)
    root = args.data / "duc2003-task2"
    if not root.is_dir():
        print(f"benchmark data not found at {root}", file=sys.stderr)
        return 2
    rows = []
    for size in args.sizes:
        raw = articles(root, size)
        start = time.perf_counter()
        clean = [clean_article(a) for a in raw]
        reading = time.perf_counter() - start
        start = time.perf_counter()
        build_digest(Story("speed", tuple(clean)))
        digesting = time.perf_counter() - start
        rows.append([str(size), f"{reading:.2f}", f"{digesting:.2f}", f"{digesting / reading:.1f}"])
    print(
        format_table(["articles", "clean s", "digest s", "ratio"], rows, right_align=(0, 1, 2, 3))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
