"""Quotation benchmark: newsweave's quotes and speakers against PolNeAR's attributions.

Protocol (../shared/datasets/quotes-polnear/README.md, after the Gender Gap Tracker's
scorer): gold items are the attributions whose Content is wrapped in quotation marks; a
prediction matches a gold quote when it covers more than t of the gold's characters (t = 0.3
and 0.8), one to one, best first; micro P/R/F1 over the split. Speaker accuracy: over matched
pairs with a gold Source, the predicted speaker mention overlaps it. Gold items with no
Source are left out of the speaker accuracy. The named-speaker view (benchmarks.quotes_named)
keeps the gold quotations whose Source names a person: their recall, speaker accuracy, and
how many of them newsweave gives that person's full name (as a digest shows it).

Partial quotations (a few words in quotation marks woven into the reporter's sentence:
`stressed that the two "share responsibility"`) are no direct quotation in PolNeAR, whose
Content is then the whole reported clause: they are left out of the direct scores and scored
on their own, each against every attribution (direct, indirect or mixed): how many lie
inside an attribution's Content, and how many of those give its Source as the speaker. Then
the cost of extraction on DUC 2004 articles, as a ratio to reading and cleaning them.

    python -m benchmarks.quotes [--split dev|test] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.quotes_named import gold_speaker, same_person
from newsweave.clean import clean_article
from newsweave.extract.entities import find_entities
from newsweave.extract.quotes import find_quotes
from newsweave.read import read_inputs

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
POLNEAR = SHARED / "quotes-polnear" / "data"
DUC = SHARED / "duc2004-task2" / "docs"
Span = tuple[int, int]


@dataclass(frozen=True)
class GoldQuote:
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    person: str | None = None  # the full name of the person the Source names


@dataclass(frozen=True)
class Predicted:
    span: Span
    speaker: Span | None
    name: str | None = None
    partial: bool = False


@dataclass(frozen=True)
class Article:
    """A PolNeAR text, its direct quotations, and all its attributions."""

    text: str
    gold: list[GoldQuote]
    attributions: list[GoldQuote]


def read_article(text: str, ann: str) -> list[GoldQuote]:
    """The direct quotations of one BRAT standoff file: attributions whose Content begins at
    or just after an opening mark and ends at or just before a closing one."""
    return direct_ones(text, read_attributions(text, ann))


def direct_ones(text: str, attributions: Sequence[GoldQuote]) -> list[GoldQuote]:
    """The attributions whose Content is wrapped in quotation marks."""
    return [a for a in attributions if is_direct(text, a.content[0][0], a.content[-1][1])]


def read_attributions(text: str, ann: str) -> list[GoldQuote]:
    """Every attribution of one BRAT standoff file with a Content, its Source's person."""
    spans: dict[str, tuple[Span, ...]] = {}
    events = []
    for line in ann.splitlines():
        if re.match(r"^T\d+\t", line):
            tid, rest = line.split("\t")[:2]
            offsets = rest.split(" ", 1)[1]
            spans[tid] = tuple((int(a), int(b)) for a, b in (o.split() for o in offsets.split(";")))
        elif re.match(r"^E\d+\t", line):
            events.append(dict(role.split(":") for role in line.split("\t")[1].split()))
    gold = []
    for event in events:
        content = spans.get(event.get("Content", ""), ())
        if content:
            source = spans.get(event.get("Source", ""), ())
            person = gold_speaker(text, source) if source else None
            gold.append(GoldQuote(content, source, person))
    return gold


def is_direct(text: str, start: int, end: int) -> bool:
    opens = text[start : start + 1] in '"“' or text[max(0, start - 1) : start] in '"“'
    return opens and (text[end - 1 : end] in '"”' or text[end : end + 1] in '"”')


@dataclass(frozen=True)
class Scores:
    gold: int
    predicted: int
    matched: int
    speaker_hits: int
    speaker_scored: int
    named: int = 0  # gold quotations whose Source names a person
    named_matched: int = 0
    named_hits: int = 0  # ... whose speaker mention overlaps the Source
    named_full: int = 0  # ... whose speaker is that person's full name

    def named_scores(self) -> tuple[float, float, float]:
        """Named-speaker recall, speaker accuracy and full-name accuracy."""
        if not self.named_matched:
            return 0.0, 0.0, 0.0
        m = self.named_matched
        return m / self.named, self.named_hits / m, self.named_full / m

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def speaker_accuracy(self) -> float:
        return self.speaker_hits / self.speaker_scored if self.speaker_scored else 0.0


def score_article(gold: Sequence[GoldQuote], predicted: Sequence[Predicted], t: float) -> Scores:
    """One-to-one matching, each gold quote taking the unused prediction covering the largest
    share of its characters above `t`."""
    used: set[int] = set()
    matched = hits = scored = named = named_hits = named_full = 0
    for item in gold:
        chars = {i for a, b in item.content for i in range(a, b)}
        best, best_score = -1, t
        for k, pred in enumerate(predicted):
            share = len(chars & set(range(*pred.span))) / len(chars) if chars else 0.0
            if k not in used and share > best_score:
                best, best_score = k, share
        if best < 0:
            continue
        used.add(best)
        matched += 1
        hit = _overlaps(predicted[best].speaker, item.source)
        scored, hits = scored + bool(item.source), hits + hit
        if item.person:
            named, named_hits = named + 1, named_hits + hit
            named_full += same_person(predicted[best].name, item.person)
    people = sum(1 for item in gold if item.person)
    return Scores(
        len(gold), len(predicted), matched, hits, scored, people, named, named_hits, named_full
    )


def _overlaps(speaker: Span | None, source: Iterable[Span]) -> bool:
    return speaker is not None and any(speaker[0] < b and a < speaker[1] for a, b in source)


def add(scores: Iterable[Scores]) -> Scores:
    items = list(scores)
    return Scores(*(sum(getattr(s, f) for s in items) for f in Scores.__dataclass_fields__))


def load_split(split: str, limit: int | None = None) -> list[Article]:
    """Each article of a PolNeAR split, annotated by the lexicographically first annotator
    listed for it."""
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8") as handle:
        first = {
            row["filename"]: min(row["annotators"].split("|"))
            for row in csv.DictReader(handle, delimiter="\t")
            if row["compartment"] == split
        }
    articles = []
    for path in sorted((POLNEAR / split / "text").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        ann = POLNEAR / split / "attributions" / f"{path.stem}_{first[path.stem]}.ann"
        attributions = read_attributions(text, ann.read_text(encoding="utf-8"))
        articles.append(Article(text, direct_ones(text, attributions), attributions))
    return articles


def predict(text: str) -> list[Predicted]:
    """newsweave's quotes of a PolNeAR text, whose paragraphs are separated by blank lines
    (the headline first)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [
        Predicted(q.span, q.speaker_span, q.speaker, q.partial) for q in find_quotes(text, spans)
    ]


def score_direct(articles: Sequence[Article]) -> dict[float, Scores]:
    """Direct quotations against the direct gold, at t = 0.3 and 0.8."""
    predicted = [(a.gold, [p for p in predict(a.text) if not p.partial]) for a in articles]
    return {t: add(score_article(g, p, t) for g, p in predicted) for t in (0.3, 0.8)}


@dataclass(frozen=True)
class PartialScores:
    predicted: int
    inside: int  # inside some attribution's Content
    speaker_hits: int  # ... whose Source the predicted speaker mention overlaps


def score_partial(articles: Sequence[Article]) -> PartialScores:
    predicted = inside = hits = 0
    for article in articles:
        for p in predict(article.text):
            if not p.partial:
                continue
            predicted += 1
            within = [a for a in article.attributions if _within(p.span, a.content)]
            inside += bool(within)
            hits += any(_overlaps(p.speaker, a.source) for a in within)
    return PartialScores(predicted, inside, hits)


def _within(span: Span, content: Sequence[Span]) -> bool:
    """Most of `span` (four fifths of its characters) lies in `content`."""
    chars = set(range(*span))
    covered = {i for a, b in content for i in range(a, b)}
    return bool(chars) and len(chars & covered) >= 0.8 * len(chars)


def extraction_cost() -> tuple[int, float, float]:
    """(articles, ms per article to read and clean, ms per article to find entities and
    quotes) on DUC 2004."""
    started = time.perf_counter()
    articles = [clean_article(a) for a in read_inputs([str(DUC)]) if not isinstance(a, Exception)]
    reading = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        entities = find_entities(article.article.raw, article.paragraphs)
        find_quotes(article.article.raw, article.paragraphs, entities)
    extracting = time.perf_counter() - started
    n = len(articles)
    return n, 1000 * reading / n, 1000 * extracting / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev", choices=("dev", "test", "train"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    print(f"PolNeAR {args.split}, direct quotations")
    print(f"{'t':>4} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8}")
    articles = load_split(args.split, args.limit)
    split = score_direct(articles)
    for t, scores in split.items():
        p, r, f = scores.prf()
        print(
            f"{t:>4} {scores.gold:>5} {scores.predicted:>5} {p:6.3f} {r:6.3f} {f:6.3f}"
            f" {scores.speaker_accuracy():8.3f}"
        )
    print(f"\nNamed speakers: {'t':>4} {'gold':>5} {'recall':>7} {'speaker':>8} {'full name':>9}")
    for t, scores in split.items():
        recall, speaker, full = scores.named_scores()
        print(f"{'':16}{t:>4} {scores.named:>5} {recall:7.3f} {speaker:8.3f} {full:9.3f}")
    partial = score_partial(articles)
    print(
        f"\nPartial quotations: {partial.predicted}, inside an attribution's Content "
        f"{partial.inside} ({partial.inside / max(1, partial.predicted):.3f}), its Source the "
        f"speaker {partial.speaker_hits} ({partial.speaker_hits / max(1, partial.inside):.3f})"
    )
    n, reading, extracting = extraction_cost()
    print(
        f"\nDUC 2004, {n} articles: read+clean {reading:.2f} ms/article, entities+quotes "
        f"{extracting:.2f} ms/article ({extracting / reading:.2f}x)"
    )


if __name__ == "__main__":
    main()
