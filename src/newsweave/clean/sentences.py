"""Sentence splitting with offsets, and the signs of a garbled (machine-spun) sentence."""

from __future__ import annotations

import re

from newsweave.model import Sentence
from newsweave.text.normalize import normalize_text

# Words that end in a full stop without ending a sentence. Lower-cased, without the stop.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt cmdr adm prof rev hon pres supt
    insp det inc co corp ltd llc bros no nos vs v etc al fig approx est dept univ ave blvd rd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c a.m p.m i.e e.g
    """.split()
)
# A boundary: terminal punctuation, optional closing quotes/brackets, white space, then
# something that can open a sentence (capital, digit, opening quote or bracket). A match starts
# only at the first stop of a run and takes the run whole (possessive): otherwise a run of stops
# that ends nowhere ("....." x 16,000) is rescanned from each of its characters, in square time.
# The first stop is matched before the lookbehind that makes it the first: a pattern that opens
# with a character class lets `re` skip to the next stop in C, where one opening with the
# lookbehind was tried at every character (4x slower over 1,000 generated articles).
_BOUNDARY = re.compile(r"[.!?](?<![.!?]{2})[.!?]*+[\"'”’»)\]]*+(?=\s+[\"'“‘«(\[]?[A-Z0-9])")
_INITIAL = re.compile(r"^[A-Z]$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # A.N.C, P.W, U.S.A

# Signs of a broken sentence: a full stop followed by a lower-case word (". of the"),
# space before punctuation (" ,"), punctuation doubled across a space (". ,"), or a sentence
# opening in lower case. Short fragments ("No police.") are style, not garbling: counting
# them flagged 19 of DUC's 798 human-written articles as spun; these rules flag none.
# Both open with the stop or mark they look for, the other conditions as lookbehinds, so that
# `re` skips in C to the next one (as _BOUNDARY; garbling signs took 3x longer written as
# "(?<!\.)\.\s+[a-z]" and "\s[,;]|[.,] [,.]"). The second is only searched, so where its
# match starts does not matter.
_STOP_THEN_LOWER = re.compile(r"\.(?<!\.\.)\s+[a-z]")  # not an ellipsis ("... in every")
_SPACE_BEFORE_PUNCT = re.compile(r"[,;.](?:(?<=\s[,;])|(?<=[.,] [,.]))")
_OPENS_LOWER = re.compile(r"[\"“‘'(\[«]*[a-z]")


def split_sentences(raw: str, start: int, end: int) -> list[Sentence]:
    """The sentences of `raw[start:end]`, each with offsets into `raw`."""
    sentences = []
    cursor = start
    for match in _BOUNDARY.finditer(raw, start, end):
        if _is_abbreviation(raw, match.start()):
            continue
        sentences.append(_sentence(raw, cursor, match.end()))
        cursor = _skip_space(raw, match.end(), end)
    if cursor < end and raw[cursor:end].strip():
        sentences.append(_sentence(raw, cursor, end))
    return sentences


def is_garbled(text: str) -> bool:
    """True for sentences that read like a round-trip translation or a broken copy."""
    text = text.replace(". . .", "…")  # a spaced ellipsis is punctuation, not garbling
    if _OPENS_LOWER.match(text) or _SPACE_BEFORE_PUNCT.search(text):
        return True
    return any(
        not _is_abbreviation(text, match.start()) for match in _STOP_THEN_LOWER.finditer(text)
    )


def _sentence(raw: str, start: int, end: int) -> Sentence:
    while end > start and raw[end - 1].isspace():
        end -= 1
    text = normalize_text(raw[start:end])
    return Sentence(text=text, start=start, end=end, garbled=is_garbled(text))


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `text[stop]` closes an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    words = text[max(0, stop - 24) : stop].rsplit(maxsplit=1)  # the last one is enough
    if not words:
        return False
    word = words[-1].lstrip("\"'“‘(")
    return word.lower() in ABBREVIATIONS or bool(_INITIAL.match(word) or _DOTTED.match(word))


def _skip_space(raw: str, index: int, end: int) -> int:
    while index < end and raw[index].isspace():
        index += 1
    return index
