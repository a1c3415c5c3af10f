"""Scale gate: the benchmark's DUC-derived articles, one JSON Lines file cut into line ranges
on a 2-worker Dask LocalCluster, give through `newsweave batch` the stories `newsweave ingest`
gives (benchmarks/scale.py runs the same check on 5,000 articles: B-cubed F1 1.0000, identical)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `benchmarks` lives at the repository root, not in src/
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.scale import generate  # noqa: E402
from benchmarks.scale_checks import agreement_of  # noqa: E402

GATE_ARTICLES = 400  # two copies of each DUC document: copies a few weeks apart


def test_dask_batch_gives_the_stories_ingest_gives(tmp_path: Path, datasets_dir: Path) -> None:
    inputs = tmp_path / "articles.jsonl"
    generate(GATE_ARTICLES, inputs)
    f1, same = agreement_of(inputs, tmp_path, partitions=4)
    assert same and f1 == 1.0
