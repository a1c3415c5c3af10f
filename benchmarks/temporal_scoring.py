"""TempEval-3 Task A scoring of temporal expressions (extraction and normalisation).

Follows the official toolkit as described in ../shared/datasets/tempeval3/README.md: system
and gold timexes are aligned one to one by token overlap; a *relaxed* match shares at least
one token, a *strict* match covers exactly the same tokens; the value (and the type) is
scored over relaxed matches, value F1 = relaxed F1 x value accuracy. Counts are summed over
documents (micro average). Pure functions, so the gate and the benchmark share them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Timex:
    """A timex as the scorer sees it: a [start, end) span of the document text, type, value."""

    span: tuple[int, int]
    type: str
    value: str | None


@dataclass(frozen=True)
class TimeMLDocument:
    """The text inside <TEXT> with its gold timexes, and the creation date (the anchor)."""

    doc_id: str
    text: str
    dct: date
    gold: tuple[Timex, ...]


@dataclass(frozen=True)
class Counts:
    """Summed alignment counts; add them over documents for the micro average."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    def f1(self, matches: int) -> float:
        """F1 of `matches` against the system and gold totals (0 when either is empty)."""
        if not matches:
            return 0.0
        precision, recall = matches / self.system, matches / self.gold
        return 2 * precision * recall / (precision + recall)

    @property
    def value_accuracy(self) -> float:
        return self.value / self.relaxed if self.relaxed else 0.0


def _fields(counts: Counts) -> tuple[int, ...]:
    return (counts.gold, counts.system, counts.strict, counts.relaxed, counts.value, counts.type)


def parse_timeml(markup: str) -> TimeMLDocument:
    """The document of one .tml file: its <TEXT> as plain text and the TIMEX3 inside it."""
    root = ET.fromstring(markup)
    doc_id = (root.findtext("DOCID") or "").strip()
    dct = root.find("DCT/TIMEX3")
    text = root.find("TEXT")
    if dct is None or text is None:
        raise ValueError(f"{doc_id or 'document'}: no DCT or no TEXT")
    parts: list[str] = []
    gold: list[Timex] = []
    _flatten(text, parts, gold)
    return TimeMLDocument(
        doc_id, "".join(parts), date.fromisoformat(dct.get("value", "")[:10]), tuple(gold)
    )


def _flatten(element: ET.Element, parts: list[str], gold: list[Timex]) -> None:
    """Append `element`'s text to `parts`, recording each TIMEX3 inside it in `gold`."""
    parts.append(element.text or "")
    for child in element:
        start = sum(map(len, parts))
        if child.tag == "TIMEX3":
            parts.append("".join(child.itertext()))
            span = (start, sum(map(len, parts)))
            gold.append(Timex(span, child.get("type", ""), child.get("value")))
        else:
            _flatten(child, parts, gold)
        parts.append(child.tail or "")


def token_extent(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The first and last index of the tokens of `text` that `span` touches (None: none)."""
    touched = [
        i
        for i, token in enumerate(_TOKEN.finditer(text))
        if token.start() < span[1] and span[0] < token.end()
    ]
    return (touched[0], touched[-1]) if touched else None


def score_document(text: str, gold: Sequence[Timex], system: Sequence[Timex]) -> Counts:
    """One document's counts: each gold timex is aligned to the first unaligned system
    timex that shares a token with it."""
    gold_extents = [token_extent(text, t.span) for t in gold]
    system_extents = [token_extent(text, t.span) for t in system]
    used: set[int] = set()
    strict = relaxed = value = kind = 0
    for truth, extent in zip(gold, gold_extents, strict=True):
        for index, (guess, other) in enumerate(zip(system, system_extents, strict=True)):
            if index in used or extent is None or other is None:
                continue
            if other[0] <= extent[1] and extent[0] <= other[1]:
                used.add(index)
                relaxed += 1
                strict += other == extent
                value += guess.value == truth.value
                kind += guess.type == truth.type
                break
    return Counts(len(gold), len(system), strict, relaxed, value, kind)


def score_documents(results: Iterable[tuple[TimeMLDocument, Sequence[Timex]]]) -> Counts:
    """Micro-summed counts over (document, system timexes) pairs."""
    total = Counts()
    for document, system in results:
        total = total + score_document(document.text, document.gold, system)
    return total
