"""Temporal expression benchmark: TempEval-3 Task A on TimeBank, AQUAINT and platinum.

Scores newsweave's timex tagger (newsweave.text.timex) with the official TempEval-3 rules
(benchmarks/temporal_scoring.py): strict and relaxed extraction F1, value accuracy and value
F1, each document's creation date as the anchor. TimeBank and AQUAINT are the tuning sets;
the 20-document platinum test set is scored only with --platinum (run it once, at the end).
Also prints the tagger's cost per article on the DUC 2004 articles, as a ratio to reading
and cleaning them. Run from the repository root:

    python -m benchmarks.temporal [--platinum] [--data PATH]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.temporal_scoring import Counts, TimeMLDocument, Timex, parse_timeml, score_documents
from newsweave.clean import clean_article
from newsweave.extract.dates import find_dates
from newsweave.read import read_inputs
from newsweave.text.timex import find_time_expressions

REPO_ROOT = Path(__file__).resolve().parent.parent
DATASETS = REPO_ROOT.parent / "shared" / "datasets"
TEMPEVAL = Path("tempeval3/data/TempEval3")
SETS = {
    "TimeBank": TEMPEVAL / "Training/TBAQ-cleaned/TimeBank",
    "AQUAINT": TEMPEVAL / "Training/TBAQ-cleaned/AQUAINT",
    "platinum (test)": TEMPEVAL / "Evaluation/te3-platinum",
}
DUC = Path("duc2004-task2/docs")
# HeidelTime-t on platinum, TempEval-3 paper Table 3 (relaxed F1, strict F1, value F1).
HEIDELTIME = (90.30, 81.34, 77.61)


@dataclass(frozen=True)
class Views:
    """One set's counts over all gold timexes, over DATE/TIME gold, and over day-level gold."""

    all: Counts
    date_time: Counts
    day: Counts


def load_set(folder: Path, limit: int | None = None) -> list[TimeMLDocument]:
    """The documents of one TimeML folder in file-name order, the first `limit` of them."""
    files = sorted(folder.glob("*.tml"))[:limit]
    return [parse_timeml(path.read_text(encoding="utf-8")) for path in files]


def tag(document: TimeMLDocument) -> list[Timex]:
    """newsweave's timexes for one document, anchored on its creation date."""
    found = find_time_expressions(document.text, [(0, len(document.text))], document.dct)
    return [Timex(t.span, t.type, t.value) for t in found]


def evaluate(documents: Sequence[TimeMLDocument]) -> Views:
    tagged = [(d, tag(d)) for d in documents]

    def only(keep: str) -> Counts:
        return score_documents(
            (TimeMLDocument(d.doc_id, d.text, d.dct, _gold(d, keep)), s) for d, s in tagged
        )

    return Views(score_documents(tagged), only("date_time"), only("day"))


def _gold(document: TimeMLDocument, keep: str) -> tuple[Timex, ...]:
    if keep == "date_time":
        return tuple(t for t in document.gold if t.type in ("DATE", "TIME"))
    return tuple(t for t in document.gold if t.value and t.value[:10].count("-") == 2)


def cost_ratio(docs: Path) -> tuple[float, float, int]:
    """Milliseconds per article to read+clean and to find dates on DUC 2004, and the count."""
    started = time.perf_counter()
    articles = [clean_article(a) for a in read_inputs([str(docs)]) if not isinstance(a, Exception)]
    read_ms = (time.perf_counter() - started) * 1000 / len(articles)
    started = time.perf_counter()
    for article in articles:
        find_dates(article, article.article.published)
    dates_ms = (time.perf_counter() - started) * 1000 / len(articles)
    return read_ms, dates_ms, len(articles)


def report(name: str, views: Views) -> str:
    c = views.all
    p_strict, r_strict = _ratio(c.strict, c.system), _ratio(c.strict, c.gold)
    p_relaxed, r_relaxed = _ratio(c.relaxed, c.system), _ratio(c.relaxed, c.gold)
    return (
        f"{name:<16} {c.gold:>5} {c.system:>5}  {p_strict:5.1f} {r_strict:5.1f} "
        f"{100 * c.f1(c.strict):5.1f}  {p_relaxed:5.1f} {r_relaxed:5.1f} "
        f"{100 * c.f1(c.relaxed):5.1f}  {100 * c.value_accuracy:5.1f} "
        f"{100 * c.f1(c.relaxed) * c.value_accuracy:5.1f}  "
        f"{100 * c.type / max(c.relaxed, 1):5.1f}  "
        f"{100 * views.date_time.value_accuracy:5.1f} {100 * views.day.value_accuracy:5.1f}"
    )


def _ratio(part: int, whole: int) -> float:
    return 100 * part / whole if whole else 0.0


HEADER = (
    f"{'set':<16} {'gold':>5} {'sys':>5}  {'strict P/R/F1':^17}  {'relaxed P/R/F1':^17}  "
    f"{'valAcc':>5} {'valF1':>5}  {'type':>5}  {'D/T':>5} {'day':>5}"
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATASETS)
    parser.add_argument("--platinum", action="store_true", help="also score the test set")
    args = parser.parse_args(argv)
    print(HEADER)
    for name, folder in SETS.items():
        if name.startswith("platinum") and not args.platinum:
            continue
        print(report(name, evaluate(load_set(args.data / folder))))
    print(f"HeidelTime-t on platinum (published): relaxed/strict/value F1 {HEIDELTIME}")
    read_ms, dates_ms, count = cost_ratio(args.data / DUC)
    print(
        f"DUC 2004 ({count} articles): read+clean {read_ms:.2f} ms/article, dates "
        f"{dates_ms:.2f} ms/article, ratio {dates_ms / read_ms:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
