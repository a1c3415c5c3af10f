"""Digest summaries against human summaries: DUC 2003 task 2 (30 clusters, 4 references each).

Each cluster's documents are one story (`--one-story`); the summary is capped at 100 words
(`--words 100`) and scored by ROUGE-1 and ROUGE-2 recall with Porter stemming, stopwords
kept, averaged over references and clusters, as the DUC evaluations did (the `rouge-score`
package reproduces ROUGE-1.5.5 within about 0.4 points). Published DUC 2004 figures for
reference: LexRank 36.0/7.5, Centroid 36.4/8.0, ICSISumm 38.4/9.8.

    python -m benchmarks.summaries [--data ../shared/datasets] [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from rouge_score import rouge_scorer

from benchmarks.scoring import format_table
from newsweave.clean import clean_article
from newsweave.cluster import publication_order
from newsweave.digest import DigestOptions, build_digest
from newsweave.model import Article, Story
from newsweave.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
WORDS = 100


def summarize(folder: Path, words: int = WORDS) -> str:
    """newsweave's capped summary of all documents in `folder`, as one story."""
    articles = [clean_article(a) for a in read_inputs([str(folder)]) if isinstance(a, Article)]
    digest = build_digest(
        Story(folder.name, tuple(publication_order(articles))), DigestOptions(words=words)
    )
    return " ".join(c.text for c in digest.summary)


def references(models: Path, cluster: str) -> list[str]:
    """The human summaries of a cluster (`D30003.M.100.T.B.html` for `d30003t`)."""
    prefix = cluster.upper().rstrip("T") + ".M.100."
    return [
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(models.glob(prefix + "*"))
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    root = args.data / "duc2003-task2"
    if not root.is_dir():
        print(f"benchmark data not found at {root}", file=sys.stderr)
        return 2
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    folders = sorted(p for p in (root / "docs").iterdir() if p.is_dir())[: args.limit]
    r1, r2 = [], []
    for folder in folders:
        summary = _cut(summarize(folder), WORDS)
        scores = [scorer.score(ref, summary) for ref in references(root / "models", folder.name)]
        r1.append(statistics.mean(s["rouge1"].recall for s in scores))
        r2.append(statistics.mean(s["rouge2"].recall for s in scores))
    rows = [
        [
            "newsweave digest --one-story --words 100",
            f"{100 * statistics.mean(r1):.2f}",
            f"{100 * statistics.mean(r2):.2f}",
            str(len(folders)),
        ]
    ]
    print(
        format_table(["system", "ROUGE-1 R", "ROUGE-2 R", "clusters"], rows, right_align=(1, 2, 3))
    )
    return 0


def _cut(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


if __name__ == "__main__":
    sys.exit(main())
