"""Direction of reuse: which of two articles sharing text is the source and which the copy.

The cues, in the order they are trusted:

1. *published first*: the earlier publication date (days when either lacks a time of day);
2. *credits*: the copy names the source's outlet ("the Harbour Gazette reports");
3. *garbled*: the copy's side of the aligned sentences is broken where the source's is not
   (spinning and round-trip translation break sentences, they never mend them; counted
   over aligned pairs only, so a long source with broken sentences of its own elsewhere
   is not taken for the copy of a clean part of it);
4. *contained*: the copy is the part (a partial copy has a larger share of its words in the
   other article than the other has in it);
5. *agency*: a news agency or major outlet in the built-in list is the source of an
   outlet it does not know (wire copy is reprinted, rarely the reverse);
6. *wrapper*: the copy comes in more page furniture that cleaning removed (captions,
   trailers, rating widgets, comment threads: reposters wrap what they take, seeds 003 and
   004, examples 04 and 05);
7. otherwise the article with the better quality score, then the one read first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from newsweave.fingerprint.align import Alignment
from newsweave.model import CleanArticle, Credit
from newsweave.text.dates import timestamp
from newsweave.text.outlets import known_outlet, outlet_keys

# Shares of aligned words that differ by less than this do not say which text is the part.
# On the reuse benchmark (DUC 2004) partial copies differ from their source by 0.2 or more,
# verbatim copies in new wrappers by 0.05 or less.
CONTAINED = 0.1
FURNITURE = frozenset({"caption", "trailer", "widget", "comments"})
# More garbled sentences among the aligned pairs (count, and share of the pairs) that mark
# the copy. One is not enough: a stray full stop happens in edited copy too.
GARBLED_COUNT, GARBLED_SHARE = 2, 0.05


@dataclass(frozen=True)
class _Evidence:
    alignment: Alignment
    credits_a: Sequence[Credit]
    credits_b: Sequence[Credit]


def orient(
    a: CleanArticle,
    b: CleanArticle,
    alignment: Alignment,
    credits_a: Sequence[Credit] = (),
    credits_b: Sequence[Credit] = (),
) -> tuple[CleanArticle, CleanArticle, str]:
    """(source, copy, reason) for two articles whose alignment is `alignment` (a first):
    the first cue, in the order of the module docstring, that tells them apart."""
    evidence = _Evidence(alignment, credits_a, credits_b)
    for reason, cue in _CUES:
        a_first = cue(a, b, evidence)
        if a_first is not None:
            return (a, b, reason) if a_first else (b, a, reason)
    return a, b, "read first"


def _by_date(a: CleanArticle, b: CleanArticle, evidence: _Evidence) -> bool | None:
    earlier = published_first(a.article.published, b.article.published)
    return None if earlier is None else earlier == 0


def _by_credits(a: CleanArticle, b: CleanArticle, evidence: _Evidence) -> bool | None:
    b_credits_a = credits_outlet(evidence.credits_b, a)
    a_credits_b = credits_outlet(evidence.credits_a, b)
    return None if b_credits_a == a_credits_b else b_credits_a


def _by_garbling(a: CleanArticle, b: CleanArticle, evidence: _Evidence) -> bool | None:
    broken_a, broken_b = garbled_pairs(a, b, evidence.alignment)
    difference = abs(broken_a - broken_b)
    pairs = max(1, len(evidence.alignment.pairs))
    if difference < GARBLED_COUNT or difference / pairs < GARBLED_SHARE:
        return None
    return broken_b > broken_a


def _by_containment(a: CleanArticle, b: CleanArticle, evidence: _Evidence) -> bool | None:
    share_a, share_b = evidence.alignment.share_a, evidence.alignment.share_b
    return None if abs(share_a - share_b) < CONTAINED else share_b > share_a


def _by_agency(a: CleanArticle, b: CleanArticle, evidence: _Evidence) -> bool | None:
    known_a, known_b = _is_known(a), _is_known(b)
    return None if known_a == known_b else known_a


def _by_wrapper(a: CleanArticle, b: CleanArticle, evidence: _Evidence) -> bool | None:
    wrapped_a, wrapped_b = _furniture(a), _furniture(b)
    return None if wrapped_a == wrapped_b else wrapped_a < wrapped_b


def _by_quality(a: CleanArticle, b: CleanArticle, evidence: _Evidence) -> bool | None:
    score_a, score_b = a.quality.score, b.quality.score
    return None if score_a == score_b else score_a > score_b


_CUES: tuple[tuple[str, Callable[[CleanArticle, CleanArticle, _Evidence], bool | None]], ...] = (
    ("published first", _by_date),
    ("credits", _by_credits),
    ("garbled", _by_garbling),
    ("contained", _by_containment),
    ("agency", _by_agency),
    ("wrapper", _by_wrapper),
    ("quality", _by_quality),
)


def published_first(a: datetime | None, b: datetime | None) -> int | None:
    """0 if `a` was published before `b`, 1 if after, None if unknown or the same day when
    either date has no time of day."""
    if a is None or b is None:
        return None
    if _has_time(a) and _has_time(b):
        first, second = timestamp(a), timestamp(b)
    else:
        first, second = a.date().toordinal(), b.date().toordinal()
    if first == second:
        return None
    return 0 if first < second else 1


def credits_outlet(credits: Sequence[Credit], article: CleanArticle) -> bool:
    """Whether any of `credits` names the outlet `article` was published by."""
    keys = article_outlet_keys(article)
    return bool(keys) and any(keys & credit_keys(c) for c in credits)


def article_outlet_keys(article: CleanArticle) -> frozenset[str]:
    """Keys of the outlet an article comes from (none when nothing names its outlet)."""
    return outlet_keys(article.outlet) if article.outlet != article.id else frozenset()


def credit_keys(credit: Credit) -> frozenset[str]:
    return outlet_keys(credit.outlet) | outlet_keys(credit.domain)


def _has_time(value: datetime) -> bool:
    return value.tzinfo is not None or (value.hour, value.minute, value.second) != (0, 0, 0)


def garbled_pairs(a: CleanArticle, b: CleanArticle, alignment: Alignment) -> tuple[int, int]:
    """Aligned pairs whose sentence is garbled in `a` and not in `b`, and the reverse."""
    broken_a = broken_b = 0
    for pair in alignment.pairs:
        in_a, in_b = a.sentences[pair.source].garbled, b.sentences[pair.copy].garbled
        broken_a += in_a and not in_b
        broken_b += in_b and not in_a
    return broken_a, broken_b


def _furniture(article: CleanArticle) -> int:
    """How many removed spans were page furniture around the text."""
    return sum(r.kind in FURNITURE for r in article.removed)


def _is_known(article: CleanArticle) -> bool:
    return known_outlet(article.article.source) is not None or (
        article.article.url is not None and known_outlet(article.article.url) is not None
    )
