"""Names as news text writes them: runs of capitalised words, the titles and honorifics that
sit in front of a person's name ("Secretary of State", "Sen.", "Mr."), and the keys that let
"Antony J. Blinken", "Antony Blinken" and "Blinken" count as one person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

# Words that stand before a name as a title, never as part of it, lower-cased without a stop.
TITLES = frozenset(
    """president vice secretary minister premier chancellor senator sen rep representative
    congressman congresswoman gov governor mayor judge justice general gen col lt sgt capt cmdr
    adm admiral maj ambassador director chairman chairwoman chair ceo cfo coo chief commissioner
    spokesman spokeswoman spokesperson adviser advisor leader king queen prince princess pope
    pastor rev reverend rabbi bishop archbishop cardinal sheikh officer attorney counsel speaker
    press deputy assistant acting former interim mr mrs ms dr miss sir dame lord lady prof
    professor coach captain detective sheriff president-elect treasurer envoy
    superintendent inspector commander lieutenant sergeant colonel major corporal private
    assemblyman assemblywoman councilman councilwoman alderman editor pollster donor billionaire
    founder co-founder columnist correspondent anchor host strategist businessman businesswoman
    nominee candidate front-runner frontrunner pm
    """.split()
)
# Party labels and nationalities written before a name ("Republican Donald Trump",
# "Ukrainian President ..."): kept out of the name.
MODIFIERS = frozenset(
    """republican democrat democratic independent conservative labour liberal socialist
    american british french german russian ukrainian chinese japanese korean indian israeli
    palestinian iranian iraqi syrian afghan pakistani turkish saudi egyptian mexican canadian
    brazilian italian spanish polish australian european african asian belarusian georgian
    us u.s. uk u.k. eu u.n. un gop then longtime veteran""".split()
)
# Lower-case words that may join capitalised words inside one name ("Bank of England",
# "Ludwig van Beethoven"). Not "for" or "and": they join two names as often as one.
CONNECTORS = frozenset("of de del der van von bin al da du la le".split())

_TOKEN = re.compile(r"[A-Z][\w'’.&-]*|[a-z]+(?:-[a-z]+)?|\S")
_TRAILING = re.compile(r"(?:['’]s?|[.,])$")  # a possessive or a stop after a name
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


@dataclass(frozen=True)
class NameRun:
    """A run of capitalised words in a text, with [start, end) offsets into it."""

    text: str
    start: int
    end: int


def capitalised_runs(text: str, start: int = 0, end: int | None = None) -> list[NameRun]:
    """The runs of capitalised words of `text[start:end]`, joined by name connectors
    ("Bank of England"), with possessives ("Russia's") and trailing stops cut off."""
    end = len(text) if end is None else end
    runs: list[NameRun] = []
    words: list[re.Match[str]] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        if word[0].isupper():
            if words and text[words[-1].end() : match.start()].strip():
                _close(text, words, runs)
            words.append(match)
            if word.endswith(("'s", "’s")):  # "Russia's Nord Stream" is two names
                _close(text, words, runs)
        elif word in CONNECTORS and words and words[-1].group()[0].isupper():
            words.append(match)
        elif words:  # most words close nothing: no call for them
            _close(text, words, runs)
    _close(text, words, runs)
    return runs


def _close(text: str, words: list[re.Match[str]], runs: list[NameRun]) -> None:
    while words and not words[-1].group()[0].isupper():
        words.pop()
    if words:
        first, last = words[0].start(), words[-1].end()
        surface = text[first:last]
        trimmed = _TRAILING.sub("", surface)
        if not _is_initial(surface.split()[-1]):
            surface = trimmed
        if surface:
            runs.append(NameRun(surface, first, first + len(surface)))
    words.clear()


def _is_initial(word: str) -> bool:
    return _INITIALS.fullmatch(word) is not None


def split_title(run: str) -> tuple[str, str]:
    """A capitalised run split into (title, name): "Secretary of State Antony Blinken" ->
    ("Secretary of State", "Antony Blinken"); "Emily Horne" -> ("", "Emily Horne").

    The name begins after the last title word, or after the word an "of" joins to a title
    ("Minister of Defence"); party and nationality words in front are part of the title."""
    words = run.split()
    cut = 0
    for i, word in enumerate(words):
        low = word.lower().rstrip(".")
        if low in TITLES or word.lower() in TITLES or (i < 2 and low in MODIFIERS):
            cut = i + 1
        elif low == "of" and 0 < i == cut and i + 1 < len(words):
            cut = i + 2
    if cut >= len(words):  # all title ("President"): no name in it
        return run, ""
    return " ".join(words[:cut]), " ".join(words[cut:])


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """A person's name without middle initials or suffixes, lower-cased: the key under which
    "Antony J. Blinken" and "Antony Blinken" are one name. Cached: an article's names come
    back again and again (112,000 calls, 7,200 distinct names, on 1,000 DUC 2004 articles)."""
    words = [w for w in name.split() if not _is_initial(w) and len(w.rstrip(".")) > 1]
    words = [w for w in words if w.lower().rstrip(".,") not in ("jr", "sr", "ii", "iii")]
    return " ".join(words).lower()


def surname(name: str) -> str:
    """The last word of a person's name key ("blinken")."""
    key = person_key(name)
    return key.split()[-1] if key else ""


def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name ("Zelenskyy" / "Zelensky", "Gaddafi" / "Qaddafi" not):
    same first letter and a close character match. 0.85 merges transliteration variants of
    surnames in the seeds without joining distinct short names (e.g. "Biden" / "Bidet")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    matcher = SequenceMatcher(None, a, b)
    # The quick ratios bound ratio() from above and settle most pairs without it.
    return (
        matcher.real_quick_ratio() >= 0.85
        and matcher.quick_ratio() >= 0.85
        and matcher.ratio() >= 0.85
    )
