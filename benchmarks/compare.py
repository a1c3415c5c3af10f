"""Conflicts and misattributions across outlets on real clusters of one event (DUC: 10 AP/NYT
reports per cluster).

Precision is judged by reading: `--list` prints every conflict and every misattributed
quotation flagged on the clusters, with each side's sentence. Recall is measured on planted
errors: per cluster, one article is copied under a new id with one figure changed (x1.3) and
another copy with one named speaker's quotation given to another person the article names;
a plant is found when the digest flags it (a conflict with the changed figure against the
original, or the quotation flagged misattributed with the copy among its sources).

    python -m benchmarks.compare                       # DUC 2003 (development), 10 clusters
    python -m benchmarks.compare --set duc2004-task2   # held out
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.scoring import format_table
from newsweave.clean import clean_article
from newsweave.cluster import publication_order
from newsweave.digest import build_digest
from newsweave.extract import extract_facts
from newsweave.extract.speakers import PRONOUNS
from newsweave.model import Article, CleanArticle, Digest, Quote, Story

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
_DIGITS = re.compile(r"\d[\d,]*")


@dataclass(frozen=True)
class Plant:
    kind: str  # "number" or "misattributed"
    copy: Article
    original: str  # the article copied
    detail: str  # the changed figure, or the new speaker


def cluster(folder: Path) -> list[CleanArticle]:
    return [clean_article(a) for a in _read(folder)]


def _read(folder: Path) -> list[Article]:
    from newsweave.read import read_inputs

    return [a for a in read_inputs([str(folder)]) if isinstance(a, Article)]


def digest_of(articles: Sequence[CleanArticle]) -> Digest:
    return build_digest(Story("bench", tuple(publication_order(list(articles)))))


def plant_number(articles: Sequence[CleanArticle]) -> Plant | None:
    """A copy of the first article with a counted figure (10 or more, in digits), that
    figure raised by 30%."""
    for article in articles:
        for q in extract_facts(article).quantities:
            digits = _DIGITS.search(q.text)
            if q.counts and q.value and q.value >= 10 and q.value == int(q.value) and digits:
                new = f"{round(q.value * 1.3):,}"
                start = q.span[0] + digits.start()
                raw = article.article.raw
                changed = raw[:start] + new + raw[q.span[0] + digits.end() :]
                copy = replace(
                    article.article,
                    id=article.id + "-planted",
                    raw=changed,
                    source="planted.example",
                    url=None,
                )
                return Plant("number", copy, article.id, new.replace(",", ""))
    return None


def plant_speaker(articles: Sequence[CleanArticle]) -> Plant | None:
    """A copy of the first article with a named speaker's direct quotation (8 words or more;
    not a partial one woven into the reporter's sentence) given to another person the
    article names."""
    for article in articles:
        facts = extract_facts(article)
        people = [e.name for e in facts.entities if e.kind == "person"]
        for q in facts.quotes:
            if q.partial or not _named(q, article.article.raw) or len(q.text.split()) < 8:
                continue
            others = [p for p in people if q.speaker and p.split()[-1] not in q.speaker]
            if others:
                raw = article.article.raw
                start, end = q.speaker_span
                copy = replace(
                    article.article,
                    id=article.id + "-planted",
                    raw=raw[:start] + others[0] + raw[end:],
                    source="planted.example",
                    url=None,
                )
                return Plant("misattributed", copy, article.id, others[0])
    return None


def _named(quote: Quote, raw: str) -> bool:
    """Given to a speaker named at the quotation: not an unnamed source, not a pronoun ("she"
    made into another person's words is no misattribution a reader could see)."""
    if quote.anonymous or quote.speaker_span is None:
        return False
    named = raw[quote.speaker_span[0] : quote.speaker_span[1]]
    return named[:1].isupper() and named.lower() not in PRONOUNS


def found(plant: Plant, digest: Digest) -> bool:
    if plant.kind == "number":
        return any(
            any(plant.copy.id in v.sources and _figure(v.value) == plant.detail for v in c.values)
            and any(plant.original in v.sources for v in c.values)
            for c in digest.comparison.conflicts
        )
    return any(
        "misattributed" in q.flags and plant.copy.id in q.sources for q in digest.comparison.quotes
    )


def _figure(value: float | None) -> str | None:
    """A conflict value as the planted figure is written (None for a range)."""
    return None if value is None else f"{value:.0f}"


def flagged(digest: Digest) -> list[str]:
    """Every conflict and misattribution, one line each, for reading."""
    lines = []
    for c in digest.comparison.conflicts:
        sides = " | ".join(f"{v.text} {list(v.sources)}" for v in c.values)
        lines.append(f"CONFLICT {c.kind} {c.what}: {sides} ({c.note})")
    for q in digest.comparison.quotes:
        if "misattributed" in q.flags:
            others = "; ".join(f"{v.speaker} {list(v.sources)}" for v in q.variants if v.speaker)
            lines.append(f"MISATTRIBUTED {q.speaker} {list(q.sources)} vs {others}: {q.text}")
    return lines


@dataclass
class Tally:
    """Planted errors found per kind (found, planted), and items flagged without plants."""

    planted: dict[str, list[int]]
    flagged: list[str]

    def recall(self, kind: str) -> float:
        hit, total = self.planted[kind]
        return hit / max(1, total)


def score(folders: Sequence[Path]) -> Tally:
    tally = Tally({"number": [0, 0], "misattributed": [0, 0]}, [])
    for folder in folders:
        articles = cluster(folder)
        tally.flagged += [f"{folder.name} {line}" for line in flagged(digest_of(articles))]
        for plant in filter(None, (plant_number(articles), plant_speaker(articles))):
            digest = digest_of([*articles, clean_article(plant.copy)])
            tally.planted[plant.kind][0] += found(plant, digest)
            tally.planted[plant.kind][1] += 1
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--set", default="duc2003-task2")
    parser.add_argument("--clusters", type=int, default=10)
    parser.add_argument("--list", action="store_true", help="print every flagged item")
    args = parser.parse_args(argv)
    root = args.data / args.set / "docs"
    if not root.is_dir():
        print(f"benchmark data not found at {root}", file=sys.stderr)
        return 2
    tally = score(sorted(p for p in root.iterdir() if p.is_dir())[: args.clusters])
    if args.list:
        print(*tally.flagged, sep="\n")
    rows = [
        [kind, f"{hit}/{total}", f"{tally.recall(kind):.2f}"]
        for kind, (hit, total) in tally.planted.items()
    ]
    print(format_table(["planted", "found", "recall"], rows, right_align=(1, 2)))
    print(f"flagged on the unplanted clusters: {len(tally.flagged)} (judge them with --list)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
