"""Credits: the outlets an article says its information comes from.

Found by the phrases outlets use, in the article text and in the lines cleaning removed as
contributor lines, trailers and datelines (never in captions, comments or bylines, where an
agency name is a photo credit or a commenter's):

- the outlet before a reporting verb: "..., NBC News reports.", "CNN reported Tuesday";
- the outlet after a phrase: "according to Politico", "told CNN", "reported by", "in an
  interview with", "first appeared in", "Source:";
- "The Associated Press contributed to this report";
- a wire dateline: "GENEVA (Reuters) —".

Outlets in the built-in list (extract/outlets.py) are recognised by any of their names.
Other names count only when they read as an outlet, not a person or a ministry: they end
in an outlet word ("Gazette", "News", "Times", "Post", ...), or they are one word or open
with "the" in a contributor line or dateline ("Northwire contributed to this report").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from newsweave.model import CleanArticle, Credit
from newsweave.text.outlets import OUTLET_WORDS, known_names, known_outlet
from newsweave.text.patterns import guarded

# Removed spans that may still credit an outlet; captions, bylines and comments never do.
CREDITING_REMOVALS = frozenset({"contributors", "trailer", "dateline"})
_KNOWN = "|".join(re.escape(n) for n in known_names())
_KNOWN_IN = re.compile(rf"(?<![\w-])(?:{_KNOWN})(?![\w-])")
# A capitalised run of up to five words ("Harbour Gazette", "Star of Johannesburg").
_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # "Gazette", "U.S.", "Sun-Times"; no closing stop
_RUN = rf"{_WORD}(?: (?:(?:of|and|&|de|la|le) )?{_WORD}){{0,4}}"


def _name(tag: str) -> str:
    """An outlet name slot: optional "the", then a known outlet or a capitalised run."""
    return rf"(?P<the{tag}>[Tt]he )?(?P<name{tag}>{_KNOWN}|{_RUN})"


_VERB = r"(?:(?:has|had|first|also|previously|originally)\s+)?(?:reports|reported)\b"
# Each pattern is guarded (newsweave.text.patterns): tried at every character, they were
# 5-10% of a digest's time (DUC 2003 and 2004), a quarter less once most positions are ruled
# out at their first character.
_BEFORE_VERB = guarded(re.compile(rf"(?<![\w-]){_name('')}\s+{_VERB}"))
_AFTER_PHRASE = guarded(
    re.compile(
        r"(?i:according\s+to|told|reported\s+by|first\s+reported\s+by|in\s+an\s+interview\s+with|"
        r"(?:first|originally)\s+(?:appeared|published)\s+(?:in|on|by)|source:|courtesy\s+of|"
        r"(?:a|an)\s+report\s+(?:by|from|in))"
        rf"\s+{_name('')}(?![\w-])"
    )
)
_CONTRIBUTED = guarded(
    re.compile(
        rf"(?<![\w-]){_name('1')}\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)|"
        rf"(?<![\w-]){_name('2')}\s+contributed\s+reporting"
    )
)
_DATELINE = re.compile(rf"\(\s*{_name('')}\s*\)\s*(?:[—–_-]|$)", re.M)
# Words that open a credit phrase (the case-insensitive head of _AFTER_PHRASE, "report" of
# "a report by").
_PHRASE_WORDS = (
    "according", "told", "reported", "interview", "appeared", "published", "source:",
    "courtesy", "report",
)  # fmt: skip
# Characters that `re` matches case-insensitively to a letter of those words but that
# `str.lower` does not turn into it: a text holding one is searched with the regex.
_FOLDED_APART = ("İ", "ı", "ſ")
_PHRASE = re.compile("(?i)" + "|".join(re.escape(w) for w in _PHRASE_WORDS))


def _phrase_starts(text: str) -> list[int]:
    """Where the words of _PHRASE_WORDS start in `text`, in any case, in order: found in the
    lower-cased text with `find` when it lines up with `text` character for character (the
    regex took 6x as long)."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(char in text for char in _FOLDED_APART):
        return [match.start() for match in _PHRASE.finditer(text)]
    return sorted(start for word in _PHRASE_WORDS for start in _starts(lowered, word))


def _starts(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, overlaps included."""
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


# Characters that no match of these patterns but the dateline holds (outlet names, the
# credit phrases and white space lack them), so each pattern is searched clause by clause,
# and only in the clauses holding a word every match holds (`_NEEDED_AT`: "report" is in
# 46% of DUC 2003 articles, "contributed" in 1 of 300, a credit phrase in 68%): 2-3x faster
# than searching 1,000 generated articles whole, where a credit phrase is in most articles
# but few of their clauses. The clauses are found from where the words are: testing each
# clause for them took 80% of the time (finding credits in those articles: 0.27 -> 0.17 s).
_CLAUSE_MARKS = ',;"“”()!?'
_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")
_NEEDED_AT: dict[re.Pattern[str], Callable[[str], Iterable[int]]] = {
    _BEFORE_VERB: lambda text: _starts(text, "report"),
    _AFTER_PHRASE: _phrase_starts,
    _CONTRIBUTED: lambda text: _starts(text, "contributed"),
}
# Words that make a capitalised run a person, an office or a place, not an outlet.
_NOT_OUTLET = re.compile(
    r"\b(?:President|Secretary|Minister|Ministry|Department|Council|Office|Police|Court|"
    r"Senator|Governor|Mayor|General|Spokesman|Spokeswoman|Spokesperson|Official|Officials|"
    r"Sources?|Reporters?)\b"
)


def find_credits(article: CleanArticle) -> tuple[Credit, ...]:
    """The outlets `article` credits, once each, in the order they are first credited; its
    own outlet is left out."""
    own = known_outlet(article.article.source)
    found: dict[str, Credit] = {}
    for credit in _credits_in(_crediting_text(article)):
        if own is not None and known_outlet(credit.outlet) is own:
            continue
        found.setdefault(credit.outlet, credit)
    return tuple(found.values())


def credits_in_text(text: str) -> tuple[Credit, ...]:
    """Credits in a plain string (offsets into it), each outlet once."""
    found: dict[str, Credit] = {}
    for credit in _credits_in(text):
        found.setdefault(credit.outlet, credit)
    return tuple(found.values())


def _crediting_text(article: CleanArticle) -> str:
    """`article.raw` with everything blanked out that is neither a sentence nor a removed
    span that can credit (offsets are kept, so credits point into the raw text)."""
    raw = article.article.raw
    keep = [(s.start, s.end) for s in article.sentences]
    keep += [(r.start, r.end) for r in article.removed if r.kind in CREDITING_REMOVALS]
    # Joined from the kept spans and the blanks between them, in order (a list of every
    # character, spans assigned into it, took 5x as long).
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(keep):
        start = max(start, cursor)  # spans may overlap
        if end > start:
            pieces += (" " * (start - cursor), raw[start:end])
            cursor = end
    pieces.append(" " * (len(raw) - cursor))
    return "".join(pieces)


def _credits_in(text: str) -> Iterator[Credit]:
    for pattern, loose in ((_BEFORE_VERB, False), (_AFTER_PHRASE, False)):
        for match in _matches(pattern, text):
            credit = _credit(match, loose)
            if credit is not None:
                yield credit
    for pattern in (_CONTRIBUTED, _DATELINE):
        for match in _matches(pattern, text):
            credit = _credit(match, True)
            if credit is not None:
                yield credit


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, skipping the scan (a millisecond per article for the patterns
    that open with an outlet name) when the text lacks a word every match holds, and, for
    the patterns no match of which crosses a clause mark, in the clauses that lack it."""
    needed_at = _NEEDED_AT.get(pattern)
    if needed_at is None:  # the dateline, "(Reuters) —", searched whole where it can be
        if "(" in text:
            yield from pattern.finditer(text)
        return
    for start, end in _clauses_at(text, needed_at(text)):
        # The mark after the clause is searched too, so that a lookahead at the end of a
        # match reads the text as a search of the whole does (a lookbehind reads before
        # `pos` anyway): the matches are the whole text's, in its order.
        yield from pattern.finditer(text, start, end + 1)


def _clauses_at(text: str, positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The clauses (runs of text between _CLAUSE_MARKS) that hold `positions` (in order),
    each once, as (start, end)."""
    end = -1
    for position in positions:
        if position < end:
            continue  # in the clause just given
        start = max(text.rfind(mark, 0, position) for mark in _CLAUSE_MARKS) + 1
        found = _CLAUSE_END.search(text, position)
        end = found.start() if found else len(text)
        yield start, end


def _credit(match: re.Match[str], loose: bool) -> Credit | None:
    """The credit a match gives, or None when the name does not read as an outlet. `loose`
    phrases (contributor lines, datelines) also accept one-word or "The ..." names."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    name = next((v for k, v in groups.items() if k.startswith("name")), "")
    name = name.strip().rstrip(".,'’")
    phrase, (start, end) = match.group(0).strip(), match.span()
    known = known_outlet(name)
    if known is None and (inside := _KNOWN_IN.search(name)):
        known = known_outlet(inside.group(0))  # "Wednesday NBC News reports"
    if known is not None:
        return Credit(known.name, known.domains[0], phrase, start, end)
    has_the = any(k.startswith("the") for k in groups)
    if not name or not _reads_as_outlet(name, loose, has_the):
        return None
    return Credit(name, None, phrase, start, end)


def _reads_as_outlet(name: str, loose: bool, has_the: bool) -> bool:
    if _NOT_OUTLET.search(name):
        return False
    words = name.split()
    if any(word.lower().strip(".") in OUTLET_WORDS for word in words):
        return True
    return loose and (has_the or len(words) == 1)
