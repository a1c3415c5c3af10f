"""A synthetic news stream for speed and memory benchmarks: reproducible (seeded), any size,
generated lazily so that a million articles never sit in memory.

Each event has its own names and topic words and is reported by several outlets over one to
three days; every article mixes the event's words with a Zipf-distributed background
vocabulary, as real coverage mixes an event's specifics with common news language.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate

ARTICLES_PER_DAY = 500
_SYLLABLES = "ka lo mi ra te su no vi da re po lu sa ni ko ta me ru fi go".split()
_START = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class _Event:
    number: int
    names: tuple[str, ...]
    words: tuple[str, ...]
    day: float
    span: float


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


class StreamGenerator:
    """Articles as dicts ready for JSON Lines (`id`, `source`, `published`, `title`, `text`)."""

    def __init__(self, seed: int = 1, vocabulary: int = 20_000) -> None:
        self.rng = random.Random(seed)
        self.background = [_word(self.rng, self.rng.randint(2, 4)) for _ in range(vocabulary)]
        weights = [1.0 / (rank + 1) for rank in range(vocabulary)]
        self.cumulative = list(accumulate(weights))

    def articles(self, count: int) -> Iterator[dict[str, str]]:
        live: list[_Event] = []
        for number in range(count):
            day = number / ARTICLES_PER_DAY
            live = [e for e in live if e.day + e.span >= day]
            if not live or self.rng.random() < 0.15:
                live.append(self._event(number, day))
            event = self.rng.choice(live)
            yield self._article(number, event, day)

    def _event(self, number: int, day: float) -> _Event:
        rng = self.rng
        names = tuple(_word(rng, 3).capitalize() for _ in range(rng.randint(2, 4)))
        words = tuple(_word(rng, rng.randint(2, 3)) for _ in range(12))
        return _Event(number, names, words, day, rng.uniform(0.3, 3.0))

    def _article(self, number: int, event: _Event, day: float) -> dict[str, str]:
        rng = self.rng
        sentences = [self._sentence(event) for _ in range(rng.randint(6, 12))]
        published = _START + timedelta(days=day)
        return {
            "id": f"a{number}",
            "source": f"outlet{rng.randint(1, 200)}.example",
            "published": published.isoformat(),
            "title": " ".join([*event.names[:2], *rng.sample(event.words, 3)]).capitalize(),
            "text": " ".join(sentences),
            "event": f"e{event.number}",
        }

    def _sentence(self, event: _Event) -> str:
        rng = self.rng
        words = rng.choices(self.background, cum_weights=self.cumulative, k=rng.randint(12, 22))
        for _ in range(rng.randint(2, 4)):
            words.insert(rng.randrange(len(words)), rng.choice(event.words))
        words.insert(rng.randrange(len(words)), rng.choice(event.names))
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def write_jsonl(path: str, count: int, seed: int = 1) -> None:
    """Write `count` generated articles to a JSON Lines file."""
    with open(path, "w", encoding="utf-8") as handle:
        for article in StreamGenerator(seed).articles(count):
            handle.write(json.dumps(article) + "\n")
