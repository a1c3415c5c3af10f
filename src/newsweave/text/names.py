"""Names as news text writes them: runs of capitalised words, the titles and honorifics that
sit in front of a person's name ("Secretary of State", "Sen.", "Mr."), and the keys that let
"Antony J. Blinken", "Antony Blinken" and "Blinken" count as one person."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

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
    nominee candidate front-runner frontrunner pm administrator economist analyst astronaut
    """.split()
)
# Short forms of English first names news writes for the full one ("Doug Hurley" and
# "Douglas Hurley", "Bob Behnken" and "Robert Behnken" on realnews-dev): short -> full forms.
NICKNAMES = {
    short: tuple(full.split(","))
    for short, full in (
        pair.split(":")
        for pair in """bill:william will:william bob:robert rob:robert mike:michael jim:james
        joe:joseph tom:thomas doug:douglas dan:daniel dave:david tony:anthony ed:edward
        ted:edward,theodore nick:nicholas ben:benjamin sam:samuel,samantha
        alex:alexander,alexandra kate:katherine,catherine liz:elizabeth beth:elizabeth
        pat:patrick,patricia rick:richard dick:richard andy:andrew matt:matthew pete:peter
        ron:ronald don:donald jeff:jeffrey greg:gregory larry:lawrence jerry:gerald
        chuck:charles charlie:charles harry:henry hank:henry jack:john tim:timothy
        steve:steven,stephen chris:christopher,christine jen:jennifer jenny:jennifer
        meg:margaret peggy:margaret sue:susan vicky:victoria""".split()
    )
}


def same_first_name(a: str, b: str) -> bool:
    """Whether two lower-cased first names can name one person: the same, one written as the
    start of the other ("liz" and a page's "lizz", "chris" and "christopher"), or a short
    form of the other ("bob" and "robert")."""
    if a.startswith(b) or b.startswith(a):
        return True
    return b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ())


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

# A run of capitalised words as a word-by-word reading finds it ("Bank of England"): a
# capitalised word (possessive: a word is never cut short), or one upper-case letter that is
# not A-Z ("É" of "Élysée"); then more of them, each after white space (or none) and at most
# one connector, and none after a possessive ("Russia's Nord Stream" is two runs). One
# regex scan, not a Python step per word: the per-word loop was a third of finding an
# article's entities (1,000 DUC 2004 articles).
# Upper-case letters past ASCII (none lies past plane 1: its scan takes 15 ms, all of it 110),
# as one character: a class within the BMP, which `re` looks a character up in at once, or
# one past it (a class reaching past the BMP is read range by range: 2 µs for each curly
# quote or dash of a text, against 0.2).
_UPPER_BMP = "".join(re.escape(c) for c in map(chr, range(0x80, 0x10000)) if c.isupper())
_UPPER_PAST_BMP = "".join(re.escape(c) for c in map(chr, range(0x10000, 0x20000)) if c.isupper())
_UPPER = rf"(?:[{_UPPER_BMP}]|(?![\x00-\uffff])[{_UPPER_PAST_BMP}])"
# (ASCII is ruled out first: the long class costs a check per character of the text.)
_CAPITALISED = rf"(?:[A-Z][\w'’.&-]*+|(?![\x00-\x7f]){_UPPER})"
_CONNECTOR = rf"(?:{'|'.join(sorted(CONNECTORS))})(?![a-z]|-[a-z])"
# The first word as one set of characters, then a look back at which it was: `re` scans fast
# for a pattern that opens with a set (not an alternation), and the first word's scan took a
# third less time (1,000 generated articles).
_FIRST_CAPITALISED = rf"[A-Z\x80-\U0010ffff](?:(?<=[A-Z])[\w'’.&-]*+|(?<={_UPPER}))"
_RUN = re.compile(rf"{_FIRST_CAPITALISED}(?:(?<!['’]s)\s*+(?:{_CONNECTOR}\s*+)?{_CAPITALISED})*")
_TRAILING_ENDS = frozenset("'’s.,")  # the last characters of a possessive or a stop
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


class NameRun(NamedTuple):
    """A run of capitalised words in a text, with [start, end) offsets into it. A named
    tuple: faster to build than a frozen dataclass."""

    text: str
    start: int
    end: int


def capitalised_runs(text: str, start: int = 0, end: int | None = None) -> list[NameRun]:
    """The runs of capitalised words of `text[start:end]`, joined by name connectors
    ("Bank of England"), with possessives ("Russia's") and trailing stops cut off."""
    return [NameRun(surface, at, at + len(surface)) for surface, at in run_texts(text, start, end)]


def run_texts(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int]]:
    """`capitalised_runs` as (text, start) pairs, for a caller that reads every run of an
    article (a `NameRun` each was a tenth of finding its entities)."""
    runs = []
    for match in _RUN.finditer(text, start, len(text) if end is None else end):
        surface = match.group()
        if surface[-1] in _TRAILING_ENDS:
            trimmed = _without_trailing(surface)
            if trimmed != surface and not _is_initial(surface.split()[-1]):
                surface = trimmed
        if surface:
            runs.append((surface, match.start()))
    return runs


def _without_trailing(surface: str) -> str:
    """`surface` less a possessive ("'s", "'") or a stop (".", ",") after the name. Cut by
    hand: a pattern anchored at the end was tried at each character of the run (200
    generated articles: entities -7.5 M instructions)."""
    if surface.endswith(("'s", "’s")):
        return surface[:-2]
    return surface[:-1] if surface.endswith(("'", "’", ".", ",")) else surface


def _is_initial(word: str) -> bool:
    return _INITIALS.fullmatch(word) is not None


@lru_cache(maxsize=65536)
def split_title(run: str) -> tuple[str, str]:
    """A capitalised run split into (title, name): "Secretary of State Antony Blinken" ->
    ("Secretary of State", "Antony Blinken"); "Emily Horne" -> ("", "Emily Horne").

    The name begins after the last title word, or after the word an "of" joins to a title
    ("Minister of Defence"); party and nationality words in front are part of the title.
    Cached, as `person_key` is: an article's runs come back again and again."""
    words = run.split()
    cut = 0
    for i, word in enumerate(words):
        low = word.lower().rstrip(".")
        if _is_title_word(low) or (i < 2 and low in MODIFIERS):
            cut = i + 1
        elif low == "of" and 0 < i == cut and i + 1 < len(words):
            cut = i + 2
    if cut >= len(words):  # all title ("President"): no name in it
        return run, ""
    return " ".join(words[:cut]), " ".join(words[cut:])


def _is_title_word(low: str) -> bool:
    """A title, shared ("co-CEO", "co-chair") or not."""
    return low in TITLES or (low.startswith("co-") and low[3:] in TITLES)


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


@lru_cache(maxsize=65536)
def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name ("Zelenskyy" / "Zelensky", "Gaddafi" / "Qaddafi" not):
    same first letter and a close character match. 0.85 merges transliteration variants of
    surnames in the seeds without joining distinct short names (e.g. "Biden" / "Bidet").
    Cached: each surname of an article is compared with each full name of it, and the same
    names come back in article after article of a story."""
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
