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
from collections.abc import Callable, Iterator

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


def _has_credit_phrase(text: str) -> bool:
    """Whether `text` holds a word of _PHRASE_WORDS in any case: as `_PHRASE.search`, but
    on the lower-cased text with `in` (the regex took 0.19 ms an article, 30% of finding
    credits in 1,000 DUC texts; this 0.03 ms)."""
    if any(char in text for char in _FOLDED_APART):
        return _PHRASE.search(text) is not None
    lowered = text.lower()
    return any(word in lowered for word in _PHRASE_WORDS)


# A test each match of a pattern passes, far faster than the pattern itself: "report" is
# in 46% of DUC 2003 articles, "contributed" in 1 of 300, a credit phrase in 68%.
_NEEDED: dict[re.Pattern[str], Callable[[str], object]] = {
    _BEFORE_VERB: re.compile("report").search,
    _AFTER_PHRASE: _has_credit_phrase,
    _CONTRIBUTED: re.compile("contributed").search,
    _DATELINE: re.compile(r"\(").search,
}
# Characters that no match of these patterns holds (outlet names, the credit phrases and
# white space lack them), so each pattern is searched clause by clause, and only in clauses
# holding its _NEEDED word: 2-3x faster than searching 1,000 generated articles whole, where
# a credit phrase is in most articles but few of their clauses.
_CLAUSE = re.compile('[^,;"“”()!?]+')
_WITHIN_CLAUSES = frozenset({_BEFORE_VERB, _AFTER_PHRASE, _CONTRIBUTED})
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
    needed = _NEEDED[pattern]
    if not needed(text):
        return
    if pattern not in _WITHIN_CLAUSES:
        yield from pattern.finditer(text)
        return
    for clause in _CLAUSE.finditer(text):
        if needed(clause.group()):
            # The mark after the clause is searched too, so that a lookahead at the end of a
            # match reads the text as a search of the whole does (a lookbehind reads before
            # `pos` anyway): the matches are the whole text's, in its order.
            yield from pattern.finditer(text, clause.start(), clause.end() + 1)


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
