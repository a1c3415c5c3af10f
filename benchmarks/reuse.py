"""Reuse benchmark: copies generated from DUC news clusters, scored through `newsweave reuse`.

For each data set, benchmarks/reuse_cases.py generates verbatim copies in new wrappers,
partial copies and spun copies of real articles, next to the other articles of their event
(hard negatives: independent AP and New York Times reports of it). Every article is written
to one JSON Lines file, `newsweave reuse FILE --format jsonl` is run on it, and its pairs are
scored against the generated truth:

- pair precision, recall and F1 per kind (a missed copy counts against its kind, a false
  link against the kind it was given), and over all;
- direction accuracy (source and copy the right way round) and kind agreement, over the
  copies found;
- hard negatives linked, and direction by how dates were set (later, same day, none).

DUC 2004 is the split the thresholds were tuned on; DUC 2003 is held out. Then the seeds
(../shared/seeds): credits, flags, reuse links with their evidence, independent origins.

    python -m benchmarks.reuse [--limit N] [--data NAME ...] [--variant standard hard]
                               [--no-seeds] [--json PATH] [--write DIR]

`--write DIR` also writes each generated set as DIR/<data>-<variant>.jsonl (the input of
`newsweave reuse`) and DIR/<data>-<variant>-truth.jsonl (source, copy, kind, dates, credit).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.reuse_cases import (
    KINDS,
    STANDARD,
    VARIANTS,
    CaseSet,
    Truth,
    Variant,
    load_clusters,
    make_cases,
    pair_key,
)
from benchmarks.scoring import f1_score, format_table
from newsweave.cli import main as newsweave

REPO_ROOT = Path(__file__).resolve().parent.parent
DATASETS = REPO_ROOT.parent / "shared" / "datasets"
SEEDS = REPO_ROOT.parent / "shared" / "seeds"
DEFAULT_DATA = ("duc2004-task2", "duc2003-task2")
SPLITS = {"duc2004-task2": "tune", "duc2003-task2": "held out"}


@dataclass
class KindScore:
    """Counts for one kind of copy."""

    truth: int = 0
    found: int = 0  # true pairs linked
    false: int = 0  # false links given this kind
    direction: int = 0  # found with source and copy the right way round
    agreed: int = 0  # found with this kind

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.false) if self.found + self.false else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.truth if self.truth else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


@dataclass
class Result:
    """The scores of one data set."""

    name: str
    variant: str
    articles: int
    seconds: float
    kinds: dict[str, KindScore] = field(default_factory=dict)
    hard_negatives: int = 0
    hard_negatives_linked: int = 0
    unscored_linked: int = 0
    unscored: int = 0
    direction_by_dates: dict[str, tuple[int, int]] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)


def run_reuse(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """`newsweave reuse` on the records (written to a JSON Lines file): its output lines."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = newsweave(["reuse", str(path), "--format", "jsonl"])
    if status != 0:
        raise RuntimeError(f"newsweave reuse failed: {err.getvalue().strip()}")
    return [json.loads(line) for line in out.getvalue().splitlines()]


def score(
    name: str,
    variant: str,
    cases: CaseSet,
    links: Sequence[dict[str, Any]],
    seconds: float,
) -> Result:
    """Scores of the predicted `links` against the generated cases."""
    truth = {pair_key(t.source, t.copy): t for t in cases.truth}
    result = Result(name, variant, len(cases.records), seconds)
    result.kinds = {kind: KindScore() for kind in (*KINDS, "all")}
    for t in cases.truth:
        result.kinds[t.kind].truth += 1
        result.kinds["all"].truth += 1
    dates: dict[str, Counter[bool]] = {}
    for link in links:
        key = pair_key(link["source"], link["copy"])
        expected = truth.get(key)
        if expected is None:
            _count_false(result, key, link, cases)
            continue
        _count_found(result, expected, link)
        result.reasons[link["reason"]] = result.reasons.get(link["reason"], 0) + 1
        dates.setdefault(expected.dates, Counter())[link["source"] == expected.source] += 1
    result.hard_negatives = len(cases.hard_negatives)
    result.unscored = len(cases.unscored)
    result.direction_by_dates = {k: (c[True], c[True] + c[False]) for k, c in dates.items()}
    return result


def _count_false(result: Result, key: frozenset[str], link: dict[str, Any], cases: CaseSet) -> None:
    if key in cases.unscored:
        result.unscored_linked += 1
        return
    if key in cases.hard_negatives:
        result.hard_negatives_linked += 1
    if link["kind"] in result.kinds:
        result.kinds[link["kind"]].false += 1
    result.kinds["all"].false += 1


def _count_found(result: Result, expected: Truth, link: dict[str, Any]) -> None:
    for kind in (expected.kind, "all"):
        score = result.kinds[kind]
        score.found += 1
        score.direction += link["source"] == expected.source
        score.agreed += link["kind"] == expected.kind


def evaluate(
    name: str,
    limit: int | None = None,
    datasets: Path = DATASETS,
    variant: Variant = STANDARD,
    write: Path | None = None,
) -> Result:
    """Generate the cases of one data set and score `newsweave reuse` on them (the cases are
    also written to `write`, a folder outside the repository, when given)."""
    clusters = load_clusters(datasets / name / "docs", limit)
    cases = make_cases(clusters, variant=variant)
    if write is not None:
        _write_cases(cases, write / f"{name}-{variant.name}")
    start = time.perf_counter()
    links = run_reuse(cases.records)
    return score(name, variant.name, cases, links, time.perf_counter() - start)


def _write_cases(cases: CaseSet, stem: Path) -> None:
    stem.parent.mkdir(parents=True, exist_ok=True)
    articles = "".join(json.dumps(r) + "\n" for r in cases.records)
    truth = "".join(json.dumps(asdict(t)) + "\n" for t in cases.truth)
    stem.with_name(stem.name + ".jsonl").write_text(articles, encoding="utf-8")
    stem.with_name(stem.name + "-truth.jsonl").write_text(truth, encoding="utf-8")


def report(result: Result) -> str:
    """The tables of one data set."""
    rows = []
    for kind, s in result.kinds.items():
        found = max(1, s.found)
        rows.append(
            (
                kind,
                str(s.truth),
                str(s.found),
                str(s.false),
                str(s.truth - s.found),
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                f"{s.direction / found:.3f}",
                f"{s.agreed / found:.3f}",
            )
        )
    header = ("kind", "copies", "found", "false", "missed", "P", "R", "F1", "direction", "kind ok")
    split = SPLITS.get(result.name, "")
    lines = [
        f"{result.name} ({split}), {result.variant} cases: {result.articles} articles, "
        f"`newsweave reuse` in {result.seconds:.1f} s",
        "",
        format_table(header, rows, right_align=range(1, 10), indent="  "),
        "",
        f"  hard negatives (independent AP / NYT reports of one event) linked: "
        f"{result.hard_negatives_linked} of {result.hard_negatives}",
        f"  same-agency pairs (write-throughs; not scored) linked: "
        f"{result.unscored_linked} of {result.unscored}",
        "  direction by dates: "
        + ", ".join(
            f"{mode} {right}/{total}"
            for mode, (right, total) in sorted(result.direction_by_dates.items())
        ),
        "  direction of the copies found decided by: "
        + ", ".join(f"{reason} {n}" for reason, n in sorted(result.reasons.items())),
    ]
    return "\n".join(lines)


def seeds_report(seeds: Path = SEEDS) -> str:
    """Credits, flags, reuse links (with evidence) and origins of the seed story."""
    from newsweave.digest import build_digest
    from newsweave.model import Story
    from newsweave.pipeline import load_articles

    articles = load_articles([str(seeds)], lambda error: None)
    digest = build_digest(Story("seeds", tuple(articles)))
    provenance = digest.provenance
    lines = ["seeds (../shared/seeds, one story):", ""]
    for article in articles:
        credits = ", ".join(c.outlet for c in provenance.credits.get(article.id, ())) or "-"
        flags = ", ".join(article.quality.flags) or "-"
        lines.append(f"  {article.id[:3]}  credits: {credits:35s} flags: {flags}")
    lines.append("")
    for link in provenance.reuse:
        lines.append(
            f"  reuse {link.source[:3]} -> {link.copy[:3]}: {link.kind}, share {link.share:.2f}, "
            f"{len(link.pairs)} aligned sentences, direction by {link.reason}"
        )
        for pair in link.pairs[:3]:
            copy = next(a for a in articles if a.id == link.copy)
            lines.append(
                f"      e.g. copy sentence {pair.copy}: {copy.sentences[pair.copy].text[:90]}"
            )
    lines.append(
        f"  independent origins: {provenance.independent_origins} of {len(articles)} articles"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", default=list(DEFAULT_DATA), help="dataset names")
    parser.add_argument("--limit", type=int, help="clusters per data set")
    parser.add_argument(
        "--variant", nargs="+", choices=sorted(VARIANTS), default=["standard", "hard"]
    )
    parser.add_argument("--no-seeds", action="store_true")
    parser.add_argument("--json", help="write the scores here as JSON")
    parser.add_argument("--write", type=Path, help="also write the generated cases here")
    args = parser.parse_args(argv)
    results = []
    for variant in args.variant:
        for name in args.data:
            if not (DATASETS / name / "docs").is_dir():
                print(f"{DATASETS / name} not found: skipped", file=sys.stderr)
                continue
            result = evaluate(name, args.limit, variant=VARIANTS[variant], write=args.write)
            results.append(result)
            print(report(result), end="\n\n")
    if not args.no_seeds and SEEDS.is_dir():
        print(seeds_report())
    if args.json:
        Path(args.json).write_text(json.dumps([_as_json(r) for r in results], indent=2))
    return 0


def _as_json(result: Result) -> dict[str, Any]:
    record = asdict(result)
    for kind, s in result.kinds.items():
        record["kinds"][kind].update(precision=s.precision, recall=s.recall, f1=s.f1)
    return record


if __name__ == "__main__":
    sys.exit(main())
