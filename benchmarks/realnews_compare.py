"""Comparison on real many-outlet coverage: realnews-clustering-dev's 30 events (5 to 9
uncleaned page excerpts each, from different sites, more than half undated).

Each event's articles are written as one JSON Lines input and digested as one story by the
path `newsweave digest FILE --one-story --format json` takes (read, clean, one story, digest,
JSON), and the JSON is read back: whether the timeline marks the event's own date (the gold
`event` id ends with it) as `this_story`, to the day and to the month; how many conflicts are
flagged; how many quotations are found and how many of them have a named speaker; and, against
the gold quotations read by hand (`benchmarks/realnews_quotes.json`: offsets and speakers, no
article text), how many quotations of named people the digest has (with the article among its
sources) and how many of those with the right speaker. `--list` prints every conflict (each
side's figure and sentence), every misattributed quotation, and every gold quotation missed or
given to another speaker, to judge by reading.

    python -m benchmarks.realnews_compare           # the table
    python -m benchmarks.realnews_compare --list    # and every flagged item
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from benchmarks.realnews import FOLDER
from benchmarks.scoring import format_table
from newsweave.digest import DigestOptions
from newsweave.errors import InputError
from newsweave.model import CleanArticle
from newsweave.pipeline import load_articles, make_digests, make_stories
from newsweave.render import render_json

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
GOLD = Path(__file__).resolve().with_name("realnews_conflicts.json")
QUOTES = Path(__file__).resolve().with_name("realnews_quotes.json")
# A gold quotation is found when one quotation of the digest holds this share of its words
# (an outlet's shorter or longer cut of one quotation is still that quotation).
FOUND_SHARE = 0.5
# What a real pipeline is given of each page: never the gold `event`.
INPUT_FIELDS = ("id", "url", "title", "published", "text")


@dataclass(frozen=True)
class Said:
    """One wording of a quotation in the digest: its words, speaker and articles."""

    words: frozenset[str]
    speaker: str | None
    sources: frozenset[str]
    text: str


@dataclass(frozen=True)
class EventResult:
    """One event's digest read back: its own date in the timeline, what was flagged."""

    event: str
    articles: int
    own_dates: tuple[str, ...]  # timeline dates marked this_story
    conflicts: int
    quotes: int
    named_quotes: int
    flagged: tuple[str, ...]
    # Each flagged disagreement as its values: the figure and the articles stating it.
    disagreements: tuple[tuple[tuple[float | None, frozenset[str]], ...], ...] = ()
    said: tuple[Said, ...] = ()  # every wording of every quotation, with its speaker

    @property
    def date(self) -> str:
        return self.event[-10:]

    @property
    def day_right(self) -> bool:
        return self.date in self.own_dates

    @property
    def month_right(self) -> bool:
        return any(d[:7] == self.date[:7] for d in self.own_dates)


def events(data: Path) -> dict[str, list[dict[str, Any]]]:
    """The input records of each gold event, in file order."""
    by_event: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (data / FOLDER / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        by_event[record["event"]].append({k: record[k] for k in INPUT_FIELDS})
    return dict(sorted(by_event.items()))


def digest_event(records: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], list[CleanArticle]]:
    """The `digest --one-story --format json` object of the records, and the articles read
    (a page with no article text, a title and a photo caption only, is left out, as the
    command does, and said on stderr)."""

    def fail(error: InputError) -> None:
        print(f"skipped {error}", file=sys.stderr)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "event.jsonl"
        lines = (json.dumps(r, ensure_ascii=False) for r in records)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        articles = load_articles([str(path)], fail)
    stories, _ = make_stories(articles, one_story=True)
    digests = make_digests(stories, DigestOptions())
    record: dict[str, Any] = json.loads(render_json(digests))[0]
    return record, articles


def score_event(event: str, records: Sequence[dict[str, Any]]) -> EventResult:
    digest, articles = digest_event(records)
    quotes = digest["quotes"]
    return EventResult(
        event=event,
        articles=len(records),
        own_dates=tuple(e["date"] for e in digest["timeline"] if e["this_story"]),
        conflicts=len(digest["conflicts"]),
        quotes=len(quotes),
        named_quotes=sum(1 for q in quotes if q["speaker"] and not q["anonymous"]),
        flagged=tuple(flagged_items(digest, {a.id: a for a in articles})),
        disagreements=tuple(
            tuple((_figure(v), frozenset(v["sources"])) for v in c["values"])
            for c in digest["conflicts"]
            if c["kind"] == "number" and c["note"].startswith("disagreement")
        ),
        said=tuple(_said(quotes)),
    )


def _said(quotes: Sequence[dict[str, Any]]) -> list[Said]:
    """Each quotation's main wording and its variants (a variant without a speaker of its
    own is the quotation's speaker's)."""
    found = []
    for q in quotes:
        for wording in (q, *q["variants"]):
            speaker = wording["speaker"] or q["speaker"]
            sources = frozenset(wording["sources"])
            found.append(Said(_words(wording["text"]), speaker, sources, wording["text"]))
    return found


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def flagged_items(digest: dict[str, Any], articles: dict[str, CleanArticle]) -> list[str]:
    """Every conflict with each side's figure and sentence, and every misattribution."""
    lines = []
    for c in digest["conflicts"]:
        lines.append(f"CONFLICT {c['kind']} {c['what']!r} ({c['note']})")
        for v in c["values"]:
            source = v["sources"][0]
            lines.append(f"    {v['text']!r} {v['sources']}: {_sentence(articles[source], v)}")
    for q in digest["quotes"]:
        if "misattributed" in q["flags"]:
            others = "; ".join(f"{v['speaker']} {v['sources']}" for v in q["variants"])
            lines.append(f"MISATTRIBUTED {q['speaker']} {q['sources']} vs {others}: {q['text']}")
    return lines


def _sentence(article: CleanArticle, value: dict[str, Any]) -> str:
    """The first sentence of the article holding the value's wording."""
    for sentence in article.sentences:
        if value["text"] in sentence.text:
            return sentence.text
    return "(sentence not found)"


@dataclass(frozen=True)
class ConflictScore:
    """Flagged disagreements against the gold list."""

    flagged: int
    right: int
    gold: int
    found: int
    wrong: tuple[str, ...]  # each wrong flag: its event and values' articles
    missed: tuple[str, ...]  # each gold conflict not flagged: its event and measure

    @property
    def precision(self) -> float:
        return self.right / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def gold_conflicts(path: Path = GOLD) -> list[dict[str, Any]]:
    conflicts: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["conflicts"]
    return conflicts


Flag = tuple[tuple[float | None, frozenset[str]], ...]


def _same_event(gold: dict[str, Any], event: str) -> bool:
    """The gold list names an event by the number its id opens with ("d01")."""
    return bool(gold["event"] == event.split("-")[0])


def _figure(value: dict[str, Any]) -> float | None:
    """A flagged value's figure, a range by its middle."""
    if value["value"] is not None:
        return float(value["value"])
    low, high = value["low"], value["high"]
    return None if low is None or high is None else (low + high) / 2


def _matches(flag: Flag, gold: dict[str, Any]) -> bool:
    """Two of the flag's values are two different values of the gold conflict: the same
    figure, stated by one of its articles."""

    def same(flagged: tuple[float | None, frozenset[str]], value: dict[str, Any]) -> bool:
        figure, sources = flagged
        number = float(value["number"])
        near = figure is not None and abs(figure - number) <= 0.005 * max(abs(number), 1.0)
        return near and bool(sources & set(value["articles"]))

    values = gold["values"]
    return any(
        same(flag[a], values[i]) and same(flag[b], values[j])
        for a in range(len(flag))
        for b in range(len(flag))
        if a != b
        for i in range(len(values))
        for j in range(len(values))
        if i != j
    )


def score_conflicts(
    results: Sequence[EventResult], gold: Sequence[dict[str, Any]]
) -> ConflictScore:
    flags = [(r.event, flag) for r in results for flag in r.disagreements]
    hits = [
        [g for g in gold if _same_event(g, event) and _matches(flag, g)] for event, flag in flags
    ]
    found = [g for g in gold if any(g in h for h in hits)]
    return ConflictScore(
        flagged=len(flags),
        right=sum(1 for h in hits if h),
        gold=len(gold),
        found=len(found),
        wrong=tuple(
            f"{event} {[(figure, sorted(sources)) for figure, sources in flag]}"
            for (event, flag), h in zip(flags, hits, strict=True)
            if not h
        ),
        missed=tuple(f"{g['event']}: {g['measure']}" for g in gold if g not in found),
    )


@dataclass(frozen=True)
class QuoteScore:
    """Gold quotations of named people against the digests' quotations."""

    gold: int
    found: int  # in the digest, with the gold article among the wording's sources
    right: int  # of those found, given the gold speaker
    missed: tuple[str, ...]
    wrong: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0


def gold_quotes(data: Path, path: Path = QUOTES) -> list[dict[str, Any]]:
    """The gold quotations of named people ("kind" person) of the events read, each with its
    text taken from the article by its offsets."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    texts = {
        record["id"]: record["text"]
        for line in (data / FOLDER / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        if (record := json.loads(line))
    }
    return [
        {**item, "text": " ".join(texts[item["article"]][a:b] for a, b in item["spans"])}
        for item in gold["items"]
        if item["kind"] == "person" and not item.get("unsure")
    ]


def score_quotes(results: Sequence[EventResult], gold: Sequence[dict[str, Any]]) -> QuoteScore:
    said = [s for r in results for s in r.said]
    found, right, missed, wrong = 0, 0, [], []
    for item in gold:
        words = _words(item["text"])
        best = max(
            (s for s in said if item["article"] in s.sources),
            key=lambda s: len(words & s.words),
            default=None,
        )
        label = f"{item['article']} {item['speaker']}: {item['text'][:70]!r}"
        if best is None or len(words & best.words) < FOUND_SHARE * len(words):
            missed.append(label)
            continue
        found += 1
        if _same_speaker(item["speaker"], best.speaker):
            right += 1
        else:
            wrong.append(f"{label} -> {best.speaker!r}")
    return QuoteScore(len(gold), found, right, tuple(missed), tuple(wrong))


def _same_speaker(gold: str, found: str | None) -> bool:
    """The digest names the gold speaker: by their surname (the gold's last word) in any
    transliteration ("Zelenskiy", "Zelenskyy": a character match of 0.8 or more), or by a
    fuller name holding every word of the gold's."""
    if not found:
        return False
    named = re.findall(r"\w+", found.lower())
    gold_words = re.findall(r"\w+", gold.lower())
    alike = any(SequenceMatcher(None, gold_words[-1], w).ratio() >= 0.8 for w in named)
    return alike or set(gold_words) <= set(named)


def table(results: Sequence[EventResult]) -> str:
    rows = [
        [
            r.event[:44],
            str(r.articles),
            ",".join(r.own_dates) or "-",
            "day" if r.day_right else "month" if r.month_right else "NO",
            str(r.conflicts),
            f"{r.named_quotes}/{r.quotes}",
        ]
        for r in results
    ]
    n = max(1, len(results))
    rows.append(
        [
            "all",
            str(sum(r.articles for r in results)),
            "",
            f"{sum(r.day_right for r in results)}/{sum(r.month_right for r in results)}/{n}",
            str(sum(r.conflicts for r in results)),
            f"{sum(r.named_quotes for r in results)}/{sum(r.quotes for r in results)}",
        ]
    )
    headers = ["event", "arts", "this_story", "right", "conflicts", "named/quotes"]
    return format_table(headers, rows, right_align=(1, 4, 5))


def score(data: Path) -> list[EventResult]:
    return [score_event(event, records) for event, records in events(data).items()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--list", action="store_true", help="print every flagged item")
    args = parser.parse_args(argv)
    if not (args.data / FOLDER / "articles.jsonl").is_file():
        print(f"benchmark data not found under {args.data / FOLDER}", file=sys.stderr)
        return 2
    results = score(args.data)
    for r in results if args.list else ():
        if r.flagged:
            print(r.event, *r.flagged, sep="\n  ")
    print(table(results))
    n = len(results)
    day = sum(r.day_right for r in results)
    print(f"event date marked this_story: {day}/{n} to the day ({day / max(1, n):.2f}), ", end="")
    print(f"{sum(r.month_right for r in results)}/{n} to the month")
    conflicts = score_conflicts(results, gold_conflicts())
    print(
        f"conflicts against the gold list: precision {conflicts.right}/{conflicts.flagged} "
        f"({conflicts.precision:.2f}), recall {conflicts.found}/{conflicts.gold} "
        f"({conflicts.recall:.2f})"
    )
    for line in (conflicts.wrong + conflicts.missed) if args.list else ():
        print(("  WRONG " if line in conflicts.wrong else "  MISSED ") + line)
    quotes = score_quotes(results, gold_quotes(args.data))
    print(
        f"quotations of named people against the gold list: found {quotes.found}/{quotes.gold} "
        f"({quotes.recall:.2f}), right speaker {quotes.right}/{quotes.found} "
        f"({quotes.speaker_accuracy:.2f})"
    )
    for line in (quotes.wrong + quotes.missed) if args.list else ():
        print(("  SPEAKER " if line in quotes.wrong else "  MISSED ") + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
