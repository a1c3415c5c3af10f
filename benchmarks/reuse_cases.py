"""Generated reuse cases from DUC news clusters: copies of known origin, and hard negatives.

From each cluster (one real event, 10 articles by AP, the New York Times or Xinhua) three
articles are copied, one per kind, by an invented outlet:

- `duplicate`: the whole text in a new wrapper (title, byline, photo caption, trailer lines
  and comment boilerplate that cleaning must remove; paragraphs re-broken);
- `partial`: a contiguous run of 35-70% of the paragraphs (the lead, or a later stretch),
  sometimes with a line of the copier's own;
- `spun`: every sentence machine-spun by `spin` below: synonym swaps from a small built-in
  table, a clause cut off by a stray full stop ("said a senior official. of the
  administration."), sentences split at ", and", a stray " , " before a name, two paragraphs
  swapped, a few sentences dropped.

Some copies credit the original's outlet ("The Associated Press contributed to this report",
"(AP) —"); publication dates are later (half), the same day (a fifth) or missing on both
sides (the rest), so direction has to come from credits, containment and text quality when
dates do not tell.

*Hard negatives* are pairs of articles of one cluster whose originals come from different
agencies (AP and the New York Times): independent reports of the same event. Pairs whose
originals come from the same agency are not scored: DUC clusters hold an agency's
successive versions of one story (write-throughs), which really do reuse each other's text
(66 same-agency pairs of DUC 2004 share over 90% of their sentences).

Everything is generated in memory with a fixed seed per cluster; no text leaves
../shared/datasets. The spinning transform lives here, in the benchmark, not in newsweave.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.reuse_spin import SpinStyle, spin, split_into_sentences, split_paragraphs
from newsweave.model import Article
from newsweave.read import read_inputs

KINDS = ("duplicate", "partial", "spun")
SEED = 2004
AGENCIES = {"APW": "The Associated Press", "NYT": "The New York Times", "XIE": "Xinhua"}


@dataclass(frozen=True)
class Variant:
    """How cases are made: the outlet names of the originals (by DUC agency code), the
    dateline a crediting copy opens with, and how hard spun copies are spun."""

    name: str
    outlets: dict[str, str] = field(default_factory=lambda: dict(AGENCIES))
    datelines: dict[str, str] = field(
        default_factory=lambda: {"APW": "(AP)", "NYT": "(NYT)", "XIE": "(Xinhua)"}
    )
    spin: SpinStyle = field(default_factory=SpinStyle)


STANDARD = Variant("standard")
# Harder: every swappable word swapped, twice the clause cuts, sentences shuffled within
# paragraphs, and originals from outlets newsweave does not know (so no agency hint, and
# "Morning Ledger contributed to this report" does not read as a credit).
HARD = Variant(
    "hard",
    outlets={"APW": "Capital Wire", "NYT": "Morning Ledger", "XIE": "Orient Dispatch"},
    datelines={"APW": "(Capital Wire)", "NYT": "(Ledger)", "XIE": "(Orient Dispatch)"},
    spin=SpinStyle(rates=(1.0, 1.0), cut=0.4, split=0.2, comma=0.1, shuffle=True),
)
VARIANTS = {v.name: v for v in (STANDARD, HARD)}
COPIERS = (
    "dailyreposter",
    "newsnow24",
    "worldfeedhub",
    "thecurrentdigest",
    "briefwire",
    "globalpulse",
    "headlinehub",
    "freshtake",
    "metroecho",
    "signalpost",
)


@dataclass(frozen=True)
class Truth:
    """A generated copy: `copy` reuses `source`; `dates` is how publication dates were set
    ("later", "same" or "none") and `credit` whether the copy credits the source's outlet."""

    source: str
    copy: str
    kind: str
    dates: str
    credit: bool


@dataclass
class CaseSet:
    """Articles as JSON Lines records (DESIGN.md input), the generated copies, the hard
    negatives, and the same-agency pairs that are not scored."""

    records: list[dict[str, Any]] = field(default_factory=list)
    truth: list[Truth] = field(default_factory=list)
    hard_negatives: set[frozenset[str]] = field(default_factory=set)
    unscored: set[frozenset[str]] = field(default_factory=set)
    clusters: int = 0


def load_clusters(docs: Path, limit: int | None = None) -> list[list[Article]]:
    """The articles of each DUC cluster folder under `docs`, in sorted folder order."""
    folders = sorted(p for p in docs.iterdir() if p.is_dir())[:limit]
    clusters = []
    for folder in folders:
        articles = [a for a in read_inputs([str(folder)]) if isinstance(a, Article)]
        clusters.append(sorted(articles, key=lambda a: a.id))
    return clusters


def make_cases(
    clusters: Sequence[Sequence[Article]], seed: int = SEED, variant: Variant = STANDARD
) -> CaseSet:
    """Copies of three articles per cluster (one per kind), with every same-cluster pair
    that is not a copy recorded as a hard negative."""
    cases = CaseSet()
    seen: set[str] = set()
    for number, whole in enumerate(clusters):
        rng = random.Random(f"{seed}:{number}")
        cluster = [a for a in whole if a.id not in seen]  # a few files are in two clusters
        seen.update(a.id for a in cluster)
        originals = [a for a in cluster if len(split_paragraphs(a.raw)) >= 2]
        chosen = rng.sample(originals, k=min(len(KINDS), len(originals)))
        kinds = list(KINDS)
        rng.shuffle(kinds)
        dates = {a.id: _date_mode(rng) for a in chosen}
        agency = {}  # article id -> agency of the original it comes from
        for article in cluster:
            record = _original_record(article, dates.get(article.id, "later"), variant)
            cases.records.append(record)
            agency[article.id] = article.source
        for article, kind in zip(chosen, kinds, strict=False):
            record, truth = _copy(article, kind, dates[article.id], rng, variant)
            cases.records.append(record)
            cases.truth.append(truth)
            agency[truth.copy] = article.source
        _label_pairs(cases, agency)
        cases.clusters += 1
    # Input order says nothing about who was first: copies often arrive before their source.
    random.Random(seed).shuffle(cases.records)
    return cases


def _label_pairs(cases: CaseSet, agency: dict[str, str | None]) -> None:
    copies = {frozenset((t.source, t.copy)) for t in cases.truth}
    for x in agency:
        for y in agency:
            pair = frozenset((x, y))
            if x >= y or pair in copies:
                continue
            if agency[x] != agency[y]:
                cases.hard_negatives.add(pair)
            else:
                cases.unscored.add(pair)


def _copy(
    article: Article, kind: str, dates: str, rng: random.Random, variant: Variant
) -> tuple[dict[str, Any], Truth]:
    outlet = rng.choice(COPIERS)
    copy_id = f"c{rng.getrandbits(40):010x}"
    paragraphs = split_paragraphs(article.raw)
    if kind == "partial":
        paragraphs = _part(paragraphs, rng)
    elif kind == "spun":
        paragraphs = split_paragraphs(spin(article.raw, rng, variant.spin))
    else:
        paragraphs = _rebreak(paragraphs, rng)
    credit = rng.random() < 0.4
    agency = _agency(article)
    if credit and agency:
        paragraphs = _credit(paragraphs, agency, rng, variant)
    own = f"Stay tuned to {outlet.title()} for more updates on this story."
    if kind == "partial" and rng.random() < 0.5:
        paragraphs.append(own)
    body = "\n".join(paragraphs)
    title = _title(article, outlet)
    published = _copy_date(article, dates, rng)
    text = _wrap(body, title, outlet, published, rng)
    record = {
        "id": copy_id,
        "url": f"https://{outlet}.example/news/{copy_id}",
        "source": f"{outlet}.example",
        "title": title,
        "published": published,
        "text": text,
    }
    truth = Truth(article.id, copy_id, kind, dates, credit and agency is not None)
    return record, truth


def _original_record(article: Article, dates: str, variant: Variant) -> dict[str, Any]:
    agency = _agency(article)
    published = article.published if dates != "none" else None
    return {
        "id": article.id,
        "url": None,
        "source": variant.outlets.get(agency or "", agency),
        "title": article.title,
        "published": published.date().isoformat() if published else None,
        "text": article.raw,
    }


def _part(paragraphs: list[str], rng: random.Random) -> list[str]:
    sentences = [s for p in paragraphs for s in split_into_sentences(p)]
    size = max(2, round(len(sentences) * rng.uniform(0.35, 0.7)))
    start = 0 if rng.random() < 0.6 else rng.randrange(0, max(1, len(sentences) - size))
    part = sentences[start : start + size]
    return [" ".join(part[i : i + 2]) for i in range(0, len(part), 2)]


def _rebreak(paragraphs: list[str], rng: random.Random) -> list[str]:
    """The same sentences, broken into paragraphs of 1-3 sentences."""
    sentences = [s for p in paragraphs for s in split_into_sentences(p)]
    out, i = [], 0
    while i < len(sentences):
        step = rng.randint(1, 3)
        out.append(" ".join(sentences[i : i + step]))
        i += step
    return out


def _credit(paragraphs: list[str], agency: str, rng: random.Random, variant: Variant) -> list[str]:
    name = variant.outlets[agency]
    style = rng.randrange(3)
    if style == 0:
        return [*paragraphs, f"{name} contributed to this report."]
    if style == 1:
        return [f"{variant.datelines[agency]} — {paragraphs[0]}", *paragraphs[1:]]
    first = paragraphs[0].rstrip(".")
    return [
        f"{first}, {name[:1].lower() + name[1:] if name.startswith('The') else name} reported.",
        *paragraphs[1:],
    ]


def _wrap(body: str, title: str, outlet: str, published: str | None, rng: random.Random) -> str:
    """The body in a copier's page furniture, all of it what cleaning removes."""
    when = published or "2024-01-01"
    lines = [title, f"{title} {title} A file photo of the scene. (Photo: Staff/{outlet.title()})"]
    lines.append(f"By {rng.choice(['Staff Writer', 'News Desk', 'Web Editor'])} | {when}")
    lines.append(body)
    lines += rng.sample(
        ["Original Article", "Share this:", "0 0 votes", "Article Rating", "Leave a Reply"], k=2
    )
    return "\n\n".join(lines)


def _title(article: Article, outlet: str) -> str:
    """A copier's headline: the original's, or its first words, then the copier's name (as
    sites title pages; a bare prefix of the first sentence would be cut off it by cleaning)."""
    first = article.title or split_paragraphs(article.raw)[0]
    words = re.sub(r"^[A-Z ,.]+\([A-Za-z]+\)\s*[_—-]+\s*", "", first).split()[:8]
    return (" ".join(words).rstrip(".,;:") or article.id) + f" | {outlet.title()}"


def _copy_date(article: Article, dates: str, rng: random.Random) -> str | None:
    if dates == "none" or article.published is None:
        return None
    delay = timedelta(days=rng.randint(1, 3)) if dates == "later" else timedelta(0)
    return (article.published + delay).date().isoformat()


def _date_mode(rng: random.Random) -> str:
    roll = rng.random()
    return "later" if roll < 0.5 else "same" if roll < 0.7 else "none"


def _agency(article: Article) -> str | None:
    code = article.source or ""
    return code if code in AGENCIES else None


def pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def truth_pairs(truth: Iterable[Truth]) -> dict[frozenset[str], Truth]:
    return {pair_key(t.source, t.copy): t for t in truth}
