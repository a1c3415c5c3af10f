"""A text-quality score for an article: is it clean, complete, long enough, human-written?"""

from __future__ import annotations

import re

from newsweave.model import Quality, Sentence

# Tuned on the seeds: the spun copy (004) has 5 garbled sentences of 22, the careless but
# human repost (003) 1 of 33. A copy is "spun" from two garbled sentences making >= 5% of it.
SPUN_MIN_GARBLED = 2
SPUN_MIN_SHARE = 0.05
SHORT_WORDS = 80
_TRUNCATED_END = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])[\"'”’)]*$|[^.!?\"'”’)\]]$")


def score_quality(sentences: tuple[Sentence, ...], cut: bool = False) -> Quality:
    """Score 0..1 with flags: `spun`, `truncated` (it ends mid-sentence, or the reader cut it
    at its size limit: `cut`), `short`, `empty`."""
    if not sentences:
        return Quality(0.0, ("empty",))
    flags = []
    garbled = sum(s.garbled for s in sentences)
    garbled_share = garbled / len(sentences)
    if garbled >= SPUN_MIN_GARBLED and garbled_share >= SPUN_MIN_SHARE:
        flags.append("spun")
    if cut or _TRUNCATED_END.search(sentences[-1].text):
        flags.append("truncated")
    words = sum(len(s.text.split()) for s in sentences)
    if words < SHORT_WORDS:
        flags.append("short")
    score = 1.0 - min(0.6, 3 * garbled_share)
    score -= 0.2 * ("truncated" in flags) + 0.3 * ("short" in flags)
    if "spun" in flags:
        score = min(score, 0.5)
    return Quality(round(max(0.0, score), 3), tuple(flags))
