"""Content words and names of a text: the vocabulary clustering and the digest compare on."""

from __future__ import annotations

import re
from collections import Counter, _count_elements  # type: ignore[attr-defined]
from functools import lru_cache

# English function words plus reporting verbs and news filler that every article has
# ("said", "told", "according"): they say nothing about which event a text is about.
STOPWORDS = frozenset(
    """a about above after again against all almost also although always am among an and
    another any are around as at be became because been before being below between both but
    by can could did do does doing done down during each either else even ever every few for
    from further had has have having he her here hers herself him himself his how however i if
    in into is it its itself just least less like made make many may me might more most much
    must my myself neither never no nor not now of off often on once one only or other others
    our ours ourselves out over own per perhaps quite rather same several shall she should
    since so some still such than that the their theirs them themselves then there these they
    this those though through thus to too toward towards under until up upon us very via was
    we well were what whatever when where whether which while who whom whose why will with
    within without would yet you your yours yourself yourselves said says say saying told tell
    according reported reports report added adding asked news new newly mr mrs ms dr also
    year years day days week weeks month months time times people percent last first next
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    """.split()
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# A word starts with a letter and ends with a letter or digit. Both readings below find runs
# around words, whose leading digits and marks and trailing marks `_RunTerms` drops: once
# per distinct run, not once per word found by a pattern that backs off at every word's end.
_WORD = re.compile(r"[^\W\d_][\w'’-]*+")
# On lower-cased ASCII text (most news), the runs of the characters `_WORD` reads in a word,
# split apart: 0.19 -> 0.15 s for the content terms of 1,000 generated articles.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_'-")
_NOT_IN_WORDS = bytes(ord(c) if c in _WORD_CHARS else ord(" ") for c in map(chr, range(256)))
# Typographic marks folded to the ASCII marks `_WORD` reads alike (a space parts words as
# they do; "’" is "'" to `content_term`), so that text whose only non-ASCII characters they
# are takes the ASCII path: most news (874 of 1,000 generated articles, for their curly
# quotation marks alone). Content terms of those articles: 0.31 -> 0.21 s.
_TYPOGRAPHIC = (("“", " "), ("”", " "), ("‘", " "), ("’", "'"), ("—", " "), ("–", " "), ("…", " "))
# Runs of capitalised words not at the start of a sentence: a cheap stand-in for names. The
# capital comes first and the look-behinds after it (so each sees it too): the pattern then
# starts with a character class, which the regex engine scans for; look-behinds first were
# tried at every character (the leads and sentences of 1,000 generated articles: 4x slower).
_NAME = re.compile(
    r"[A-Z](?<!^[A-Z])(?<![.!?]\s[A-Z])(?<!\w[A-Z])[\w'’-]+\s?(?:[A-Z][\w'’-]+\s?){0,3}"
)


def content_terms(text: str) -> Counter[str]:
    """Lower-cased content words with their counts (stopwords and 1-letter words dropped).

    Chinese and Japanese are written without spaces, so their runs count as character
    bigrams instead (Clust-McMs test, all languages, 166 as singletons: B-cubed F1 0.794 -> 0.799;
    most of what remains are events reported in several languages, which words cannot join).
    """
    lowered = text.lower()
    if not lowered.isascii():
        lowered = fold_typographic(lowered)
    ascii_only = lowered.isascii()  # then no CJK either
    # bytes.translate reads a table; str.translate looks each character up in a dict, afresh
    # each call: on the sentences of 1,000 generated articles, 17% of content_terms' work.
    if ascii_only:
        words = lowered.encode().translate(_NOT_IN_WORDS).decode().split()
    else:
        words = _WORD.findall(lowered)
    # Counted by Counter's own C loop, without Counter() finding out in Python what it was
    # given (an abstract-class check): digest of 200 generated articles, 0.3% fewer
    # instructions.
    counts: Counter[str] = Counter()
    _count_elements(counts, map(_RUN_TERMS.__getitem__, words))
    counts.pop("", None)
    if not ascii_only and _CJK.search(text):
        for word in [w for w in counts if _CJK.search(w)]:
            n = counts.pop(word)
            for run in _CJK.findall(word):
                for i in range(max(1, len(run) - 1)):
                    counts[run[i : i + 2]] += n
    return counts


def fold_typographic(text: str) -> str:
    """`text` with its `_TYPOGRAPHIC` marks as the ASCII marks word patterns read alike."""
    for mark, plain in _TYPOGRAPHIC:
        text = text.replace(mark, plain)
    return text


def names(text: str) -> set[str]:
    """Capitalised multi-letter words and runs of them, lower-cased: people, places, bodies."""
    found = set()
    for match in _NAME.finditer(text):
        name = match.group().strip().lower()
        if name not in STOPWORDS and len(name) > 2:
            found.add(name)
    return found


@lru_cache(maxsize=1 << 18)
def content_term(word: str) -> str:
    """The term a lower-cased word counts as, or "" for words that say nothing.

    Memoised: news vocabulary repeats, and this is the hot loop of clustering."""
    word = word.replace("’", "'").removesuffix("'s")
    if len(word) < 2 or word in STOPWORDS:
        return ""
    return _stem(word)


class _RunTerms(dict[str, str]):
    """Run of word characters -> `content_term` of the word in it (from its first letter, as
    a `_WORD` run starts with one, to its last letter or digit), memoised: a dict's own
    look-up, which `map` calls in C, costs less than an lru_cache's (content terms of 1,000
    generated articles: 9% fewer instructions). Emptied when full: memory stays bounded."""

    limit = 1 << 18

    def __missing__(self, run: str) -> str:
        if len(self) >= self.limit:
            self.clear()
        term = self[run] = content_term(run.lstrip("0123456789_'-").rstrip("_'’-"))
        return term


_RUN_TERMS = _RunTerms()


_SIBILANT_PLURALS = ("sses", "shes", "ches", "xes")
# Plurals of words that end in "e" after the sibilant ("niche", "impasse"): they lose the "s"
# only, as other plurals do.
_E_AFTER_SIBILANT = frozenset(
    "aches niches caches headaches avalanches cliches moustaches mustaches psyches impasses "
    "finesses crevasses".split()
)


def _stem(word: str) -> str:
    """Plural and possessive folding only: cheap, and enough to match 'troops'/'troop'.
    A plural in "-es" after a sibilant loses both letters ("losses", "speeches", "clashes",
    "taxes": "losse" did not match "loss")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(_SIBILANT_PLURALS) and word not in _E_AFTER_SIBILANT:
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
