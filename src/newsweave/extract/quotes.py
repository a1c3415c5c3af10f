"""Direct quotations and who said them.

A quotation is the text between quotation marks (straight or curly). Its attribution is
read from the clause after it (`," the official said`, `," said Jane Roe`) or before it
(`Jane Roe said, "`, `According to the mayor, "`). Fragments of one statement become one
`Quote`: a quotation split around its attribution (`"A," she said, "B."`), a paragraph that
runs on without a closing mark, and quotation-only sentences right after an attributed one.
Pronouns ("he said") and surnames ("Price said") take the fullest name the article gives.
A few words in quotation marks woven into the reporter's own sentence are a `partial`
quotation when a named speaker's reporting verb leads to them ("Roe said the two sides
"share responsibility""); otherwise they are the reporter's (scare quotes, titles)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from newsweave.extract.entities import find_entities
from newsweave.extract.marks import Fragment, fragments, join_runs
from newsweave.extract.referents import paragraph_goes_on, referent
from newsweave.extract.speakers import (
    ABBREVIATIONS,
    CUES,
    FULL_STOP,
    Speaker,
    free_runs,
    passive_agent,
    read_name,
    read_speaker,
)
from newsweave.model import Entity, Quote
from newsweave.text.patterns import word_alternation

Span = tuple[int, int]

# The cues as a trie: `re` tries the hundred cues one after another at each position, a trie
# only the few that share its letter (searching a clause for any cue took a tenth of the
# time). The same matches: no cue is another one and then a non-word character, so at most
# one cue can stand at a position before the boundary or space each pattern puts after it.
_CUE_LIST = tuple(CUES.split("|"))
_CUES = word_alternation(_CUE_LIST)
# The attribution after a closing mark: `," said Jane Roe` or `," the official said`.
_TITLED = "|".join(ABBREVIATIONS)
_CUE_FIRST = re.compile(
    rf"[\s,.;:!?—–-]*(?P<cue>{_CUES})\s+(?P<who>(?:\b(?:[A-Z]|{_TITLED})\.|[^.;!?“”\"])+)"
)
# "Chen was quoted as saying", "Roe went on to say": the speaker is the subject (DUC 2003).
_AUXILIARY = (
    r"(?:(?:also|later|then|had|has|have|would|will|previously|once|again|[a-z]+ly"
    r"|(?:was|were|is|are|has\s+been)\s+quoted\s+as|went\s+on\s+to|goes\s+on\s+to)\s+)*"
)
_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
# A name may stand before a long apposition (`," Jane Roe, director of ... Institute, said`).
_WHO = rf"[^;!?“”\"]{{1,90}}?|{_NAME},[^;!?“”\"]{{1,150}}?,"
_WHO_FIRST = re.compile(rf"[\s,;:—–-]*(?P<who>{_WHO})\s+{_AUXILIARY}(?P<cue>{_CUES})\b")
_VERB = r"[a-z]{3,}(?:ed|s)"
_LOOSE_WHO_FIRST = re.compile(rf"\s*(?P<who>(?:(?:an?|the) [a-z]+ )?{_NAME})\s+(?P<cue>{_VERB})\b")
_LOOSE_CUE_FIRST = re.compile(rf"\s*(?P<cue>{_VERB})\s+(?P<who>{_NAME})")
# A signature's name may hold initials ("― Julie A. Diaz", PolNeAR dev).
_SIGNATURE = re.compile(
    r"[\s.,]*(?:\n\s*)?[-—–―]\s*(?P<who>[A-Z](?:[^,.\n]|(?<=\b[A-Z])\.(?= [A-Z])){0,60})"
    r"[^\n]*(?:\n|$)"
)
# The attribution before an opening mark: `Jane Roe said in a statement, "`.
_BEFORE = re.compile(
    rf"^\s*(?P<who>[^;!?“”\"]{{1,200}}?)\s+{_AUXILIARY}(?P<cue>{_CUES})\b(?P<tail>[^;!?“”\"]*)$"
)
_INVERTED = re.compile(
    r"^\s*(?P<cue>Said|Says|Added|Asked|Wrote|Recalled)\s+(?P<who>[^;!?“”\"]+?)(?P<tail>[\s,:]*)$"
)
# The same with the cue nearest the quotation: "When Roe suggested a deal, Lee fired back:".
_LAST_CUE_BEFORE = re.compile(
    rf"^\s*(?P<who>[^;!?“”\"]{{1,200}}?)\s+{_AUXILIARY}(?P<cue>{_CUES})\b"
    rf"(?P<tail>(?:(?!\b(?:{_CUES})\b)[^;!?“”\"])*)$"
)
# Any cue after white space: a clause without one is read by `_INVERTED` alone, as the two
# above end at one (searching for them in each such clause was a fifth of finding an
# article's quotations). White space first, which `re` scans for fast: a search took 14 us,
# the cues tried at each character (1,000 generated articles).
_ANY_CUE = re.compile(rf"\s(?:{_CUES})\b")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to (?P<who>[^,:;“”\"]+)[,:](?P<tail>[^;“”\"]*)$")
# What parts a clause: the person who leads into a quotation is named in its last part
# ("When Wallace died, President Roe released a statement:", "POLLS WRONG - Jane Roe:").
_CLAUSE_PARTS = re.compile(r"[,;—–]|\s-\s")
# A name set after a role: `according to the spokesman, Ned Price`.
_APPOSED_NAME = re.compile(r"[\s.]*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+")
# An attribution before the quotation that ends in a comma or colon at most this many words
# after its verb (`said in a statement,`) introduces it; otherwise it is indirect speech that
# takes up a partial quotation, read only when no attribution follows the quotation.
_INTRO_WORDS = 4
# Words after a name that end the speaker's phrase: `said Jane Roe in a statement`.
_WHO_END = re.compile(
    rf",|{FULL_STOP}\s|\s(?:in|on|at|during|to|who|while|after|before|when|from|via|as)\s"
)
# A quoted phrase shorter than this that has no attribution, or that runs on inside a
# sentence of its own ("warned of "severe consequences""), is held at arm's length, not
# quoted as a statement. PolNeAR train, first 150 articles: of such phrases up to 5 words,
# 37 were gold direct quotations and 236 were not.
_MIN_PHRASE_WORDS = 6


class _Attribution(NamedTuple):
    speaker: Speaker
    cue: str
    clause: Span  # where the attribution's words are in raw


def find_quotes(
    raw: str, spans: Sequence[tuple[int, int]], entities: Sequence[Entity] | None = None
) -> tuple[Quote, ...]:
    """The direct quotations in `raw`'s `spans`, each with its speaker, role and cue.

    `entities` are the article's named entities (`find_entities`), found here when not
    given (an article that names no one is not searched twice); they turn "Price said" into
    the full name."""
    entities = find_entities(raw, spans) if entities is None else entities
    found = [f for start, end in spans for f in fragments(raw, start, end)]
    quotes: list[Quote] = []
    unit: list[Fragment] = []
    attribution: _Attribution | None = None
    for fragment in join_runs(raw, found):
        own = _attribution(raw, fragment, entities)
        if unit and _continues(raw, unit[-1], fragment, attribution, own):
            unit.append(fragment)
            attribution = attribution or own
            continue
        quotes.extend(_quote(raw, unit, attribution, quotes, entities))
        unit, attribution = [fragment], own
    quotes.extend(_quote(raw, unit, attribution, quotes, entities))
    return tuple(quotes)


def _attribution(raw: str, fragment: Fragment, entities: Sequence[Entity]) -> _Attribution | None:
    """The attribution in the clause after the closing mark, else in the one before the
    opening mark."""
    after_end = _clause_end(raw, fragment.close)
    before = _before(raw, fragment, _clause_start(raw, fragment.mark), entities)
    if before is not None and before[1]:
        return before[0]
    after = _after(raw, fragment, after_end, entities) or _signed(raw, fragment, entities)
    if after is not None and before is not None and after.speaker.kind in _BODIES:
        return before[0]  # `she added that "...," according to Politico`: a credit
    return after if after is not None else (before[0] if before else None)


_BODIES = frozenset({"organization", "outlet"})
# An outlet speaks for itself in an editorial or a statement; otherwise it reported what
# someone else said, and is a credit, not the quotation's speaker ("," The Harbour Times
# reported").
_OUTLET_SPEAKS = re.compile(r"\b(?:editorial|statement|opinion)s?\b", re.I)


def _after(
    raw: str, fragment: Fragment, limit: int, entities: Sequence[Entity]
) -> _Attribution | None:
    if raw[fragment.end - 1] == ".":
        # A quotation closed by a full stop ends its sentence: the next sentence's speaker
        # (`... the future." Lee, 32, said he is "sorry"`) is not its own. PolNeAR dev: named
        # speakers right 0.977 -> 0.981, quotation F1 0.903 -> 0.906.
        return None
    clause = raw[fragment.close : limit + 60]
    match = _CUE_FIRST.match(clause, 0, limit - fragment.close)
    if match:
        who = match.start("who")
        cut = _WHO_END.search(clause, who)
        who_end = min(cut.start(), match.end("who")) if cut else match.end("who")
        apposed = _APPOSED_NAME.match(clause, who_end)
        said_by = clause[match.start("who") : who_end].split()
        if apposed and said_by and said_by[-1][0].islower():
            who_end = apposed.end()
    else:
        match = _who_first(clause, limit - fragment.close)
        if match is None and raw[fragment.end - 1] in ",?!":
            match = _loose(clause, limit - fragment.close)
        if match is None:
            return None
        who, who_end = match.start("who"), match.end("who")
    speaker = read_speaker(raw, fragment.close + who, fragment.close + who_end, entities)
    if speaker is None:
        return None
    # The clause runs to the sentence's end (`said in a statement.`), so that a quotation
    # after it in the same paragraph goes on the same statement.
    return _Attribution(
        speaker, match.group("cue"), (fragment.close, max(limit, fragment.close + match.end()))
    )


def _who_first(clause: str, limit: int) -> re.Match[str] | None:
    """`_WHO_FIRST`'s match in clause[:limit], tried only where a cue stands after white
    space, as in every match: half the clauses after a quotation hold none, and the pattern
    is slow to fail (200 generated articles: quotes -23 M instructions)."""
    if _ANY_CUE.search(clause, 0, limit) is None:
        return None
    return _WHO_FIRST.match(clause, 0, limit)


def _signed(raw: str, fragment: Fragment, entities: Sequence[Entity]) -> _Attribution | None:
    """A quotation signed with a dash, on its line or the next (`" ― Jane Roe`, "- Roe.")."""
    signature = _SIGNATURE.match(raw, fragment.close)
    speaker = read_speaker(raw, *signature.span("who"), entities) if signature else None
    if signature is None or speaker is None:
        return None
    return _Attribution(speaker, "—", (fragment.close, signature.end()))


def _loose(clause: str, limit: int) -> re.Match[str] | None:
    """A name and a verb outside the list of cues after a quotation that ends in a comma,
    question or exclamation mark, its object (`," an angry Roe retaliated`, `," remembered Roe`)."""
    return _LOOSE_WHO_FIRST.match(clause, 0, limit) or _LOOSE_CUE_FIRST.match(clause, 0, limit)


def _before(
    raw: str, fragment: Fragment, limit: int, entities: Sequence[Entity]
) -> tuple[_Attribution, bool] | None:
    """The attribution in the clause before the opening mark, and whether it introduces the
    quotation (`said Wednesday:`) rather than reports speech that takes up part of it."""
    stop = fragment.mark
    if not raw[limit:stop].strip():  # a paragraph of quotation after `Roe said:`
        stop = len(raw[:stop].rstrip())
        if not raw[:stop].endswith(":"):
            return None
        limit = _clause_start(raw, stop)
    clause = raw[limit:stop]
    match = _ACCORDING_BEFORE.search(clause) if "ccording to " in clause else None
    cue = "according to"
    if match is None:
        match = _nearest_cue(clause)
        if match is None or match.group("cue") == "according to":
            return _introduced(raw, limit, stop, entities)
        cue = match.group("cue").lower()
    spans = [(limit + match.start(group), limit + match.end(group)) for group in ("who", "tail")]
    who = passive_agent(raw, *spans)  # `Roe was asked by host Lee:` is Lee's
    speaker = read_speaker(raw, *who, entities, subject_first=cue.endswith("ing"))
    if speaker is None:
        return None
    introduces = _introduces(match.group("tail"))
    return _Attribution(speaker, cue, (limit + match.start("who"), fragment.mark)), introduces


def _nearest_cue(clause: str) -> re.Match[str] | None:
    """The clause's first cue, or its last when that one leads straight into the quotation
    with a verb of its own ("When Roe suggested a deal, Lee fired back:"); a participle
    ("Roe responded with a message saying:") or a second verb of one subject ("Roe said the
    plan was Lee's and said:") goes with the first cue's speaker. A clause that opens with its
    cue names the speaker after it ("Said Jane Roe, who grew up there,")."""
    if _ANY_CUE.search(clause) is None:  # no cue for the two patterns below to end at
        return _INVERTED.search(clause)
    last = _LAST_CUE_BEFORE.search(clause) if _may_introduce(clause) else None
    if (
        last
        and _introduces(last.group("tail"))
        and not last.group("cue").endswith("ing")
        and not last.group("who").endswith(" and")
    ):
        return last
    return _BEFORE.search(clause) or _INVERTED.search(clause)


def _may_introduce(clause: str) -> bool:
    """Whether the words after some cue of `clause` may introduce the quotation: they end
    the clause, so they are none (it ends in a cue) or they end in a comma or colon. Most
    clauses do neither, and searching them for their last cue took 29 us each (1,000
    generated articles: 2,400 of 2,800 clauses)."""
    return clause.rstrip().endswith((",", ":", *_CUE_LIST))


def _introduces(tail: str) -> bool:
    """Whether the words after a cue lead straight into the quotation (`in a statement,`)."""
    tail = tail.strip()
    return not tail or (tail[-1] in ",:" and len(tail.split()) <= _INTRO_WORDS)


def _introduced(
    raw: str, limit: int, stop: int, entities: Sequence[Entity]
) -> tuple[_Attribution, bool] | None:
    """A sentence that leads into a quotation with a colon and no reporting verb (`Roe went
    further:`) gives the quotation to the first person it names, free (`free_runs`), in its
    last part that names one ("Sen. Roe, R-Ky., sent a message to Lee:" is Roe's)."""
    if not raw[limit:stop].rstrip().endswith(":"):
        return None
    cuts = [limit, *(m.end() for m in _CLAUSE_PARTS.finditer(raw, limit, stop)), stop]
    for begin, end in reversed(list(pairwise(cuts))):
        for run in free_runs(raw, begin, end):
            speaker = read_name(raw, run.start, run.end, entities)
            if speaker is not None:
                return _Attribution(speaker, ":", (run.start, stop)), True
    return None


# Written to open with one set of characters, which `re` scans for fast: the mark, or the
# stop a capital follows ("[“\"\n]|[.!?](?=\s+[A-Z“\"])" and "[”\"\n]|[.!?]\s+(?=[A-Z])").
_SENTENCE_END = re.compile(r"[“\"\n.!?](?:(?<=[.!?])(?=\s+[A-Z“\"])|(?<=[“\"\n]))")
_CLAUSE_START = re.compile(r"[”\"\n.!?](?:(?<=[.!?])\s+(?=[A-Z])|(?<=[”\"\n]))")
_INITIALS = re.compile(r"\(?(?:[A-Z]\.)+")


# A quotation's clauses are read again to tell whether it is woven into the reporter's
# sentence (1,000 generated articles: 5,000 of 15,800 calls); the text is hashed once.
@lru_cache(maxsize=64)
def _clause_end(raw: str, start: int) -> int:
    """Where the sentence that goes on after a closing mark ends (at most 200 characters,
    and never past the next opening mark or the paragraph)."""
    stop = min(len(raw), start + 200)
    for match in _SENTENCE_END.finditer(raw, start, stop):
        if not _abbreviated(raw, match.start()):
            return match.start()
    return stop


@lru_cache(maxsize=64)
def _clause_start(raw: str, end: int) -> int:
    """Where the sentence that leads to an opening mark begins (at most 200 characters back,
    never before a closing mark or the paragraph)."""
    begin = max(0, end - 200)
    if begin:  # never in the middle of a word
        begin = raw.find(" ", begin, end) + 1 or end
    last = begin
    for match in _CLAUSE_START.finditer(raw, begin, end):
        if not _abbreviated(raw, match.start()):
            last = match.end()
    return last


def _abbreviated(raw: str, stop: int) -> bool:
    """A full stop after an initial or title ("U.S.", "Mr.") does not end a sentence."""
    if raw[stop] != ".":
        return False
    word = raw[max(0, stop - 5) : stop + 1].split()[-1]
    return bool(_INITIALS.fullmatch(word)) or word.rstrip(".") in ABBREVIATIONS


# Anything but punctuation and white space: one such character ends the search, where
# deleting the punctuation read the whole gap, up to a paragraph long (200 generated
# articles: quotes -33 M instructions).
_NOT_PUNCTUATION = re.compile(r"[^\s,.;:!?—–-]")


def _continues(
    raw: str,
    last: Fragment,
    fragment: Fragment,
    attribution: _Attribution | None,
    own: _Attribution | None,
) -> bool:
    """Whether `fragment` goes on the statement `last` belongs to: only the statement's own
    attribution and punctuation stand between them, and `fragment` names no one else."""
    if own is not None and own.clause[0] >= fragment.close:
        return False  # `"B," she added`: a statement of its own
    if attribution is not None and attribution.cue == "—":
        return False  # a signature (`_signed`) ends its statement
    if _scare_quote(raw, last):
        return False  # `sets a "crucial" example ... said. "What we ...`: no statement
    if _woven(raw, fragment):
        return False  # `," Cohen said, adding that his client "maintains ...`: a partial one
    gap = raw[last.close : fragment.mark]
    if attribution is not None:
        start, end = attribution.clause
        if last.close <= start and end <= fragment.mark:
            gap = raw[last.close : start] + raw[end : fragment.mark]
        elif own is not None and own.clause != attribution.clause:
            return False
    return _NOT_PUNCTUATION.search(gap) is None


_CUE_WORD = re.compile(rf"(?:{CUES})")


def _woven(raw: str, fragment: Fragment) -> bool:
    """Whether the quotation is woven into the reporter's own sentence (`said that Roe
    "had no plan"`) rather than set off by its attribution or standing as a sentence. Woven
    words are the reporter's paraphrase unless a clause after them (`," Roe said`) quotes
    them as the speaker's."""
    before = raw[_clause_start(raw, fragment.mark) : fragment.mark].rstrip()
    if not before or not before[-1].isalnum():
        return False
    return not _CUE_WORD.fullmatch(before.split()[-1])


def _scare_quote(raw: str, fragment: Fragment) -> bool:
    """A few words in quotation marks inside the reporter's sentence that the sentence goes
    on after (`a "crucial" example`, not `"too little," he added`): the reporter's emphasis
    or a borrowed word, never the start of a statement."""
    return (
        raw[fragment.end - 1] not in ",?!"
        and len(raw[fragment.start : fragment.end].split()) < _MIN_PHRASE_WORDS
        and _woven(raw, fragment)
    )


def _attributed_after(raw: str, fragment: Fragment) -> bool:
    """Whether an attribution or credit follows the closing mark (`," Roe said`)."""
    limit = _clause_end(raw, fragment.close)
    clause = raw[fragment.close : limit]
    return bool(_CUE_FIRST.match(clause) or _who_first(clause, len(clause)))


def _joined(raw: str, unit: list[Fragment]) -> str:
    """A statement's fragments as one text. One that ends in a comma where the writer's
    sentence ends after it (`"... headwinds," Hastings said. "The big ...`) ended a sentence of
    the speaker's: the comma is the writer's, and a full stop is given back."""
    parts = [raw[f.start : f.end] for f in unit]
    for i, (fragment, after) in enumerate(pairwise(unit)):
        if parts[i].endswith(",") and raw[fragment.close : after.mark].rstrip().endswith("."):
            parts[i] = parts[i][:-1] + "."
    return " ".join(parts).rstrip(",")


def _quote(
    raw: str,
    unit: list[Fragment],
    attribution: _Attribution | None,
    earlier: list[Quote],
    entities: Sequence[Entity],
) -> list[Quote]:
    """A statement's fragments as one `Quote`, its speaker resolved (`referent`); an
    unattributed short phrase is no quotation."""
    if not unit:
        return []
    text = _joined(raw, unit)
    span = (unit[0].start, unit[-1].end)
    partial = (
        (len(text.split()) < _MIN_PHRASE_WORDS and (attribution is None or text[0].islower()))
        or (len(unit) == 1 and _scare_quote(raw, unit[0]))
        or (_woven(raw, unit[0]) and not any(_attributed_after(raw, f) for f in unit))
    )
    if partial and attribution is None and _coordinated(raw, earlier, unit[0]):
        return [replace(paragraph_goes_on(raw, earlier, Quote(text=text, span=span)), partial=True)]
    if partial and not _said_before(attribution, unit[0], text):
        return []
    if attribution is None:
        return [paragraph_goes_on(raw, earlier, Quote(text=text, span=span))]
    speaker = attribution.speaker
    if speaker.kind == "outlet" and not _OUTLET_SPEAKS.search(raw, *attribution.clause):
        return [Quote(text=text, span=span)]  # a credit: who spoke, the outlet did not say
    name, role = referent(speaker, span[0], earlier, entities, raw)
    return [
        Quote(
            text=text,
            span=span,
            speaker=name,
            role=role,
            anonymous=speaker.anonymous,
            cue=attribution.cue,
            speaker_span=speaker.span,
            partial=partial,
        )
    ]


# What joins two woven quotations of one reporting verb: `where "A" and "B"`, `"A", "B"`.
_COORDINATION = re.compile(r"[”\"’]?\s*(?:,\s*)?(?:and|or|but|as well as)?\s*", re.I)


def _coordinated(raw: str, earlier: list[Quote], fragment: Fragment) -> bool:
    """Whether the fragment is the second of two partial quotations one reporting verb
    takes (`noting that the city is where "America reaches out" and "a place where many
    left their hearts"`): only a conjunction stands between them (realnews-dev)."""
    last = earlier[-1] if earlier else None
    if last is None or not last.partial or last.speaker is None:
        return False
    return _COORDINATION.fullmatch(raw, last.span[1], fragment.mark) is not None


def _said_before(attribution: _Attribution | None, fragment: Fragment, text: str) -> bool:
    """Whether words woven into the reporter's sentence are still the speaker's, a partial
    quotation: a reporting verb before them in the sentence has a named speaker (or a
    pronoun for one), not a description ("Locals have been", "The statement with"), and they
    are two words or more ("stressed that the two "share responsibility"", "said she was
    "sorry about what happened""), not a name or a title ("Wolf of Wall Street"). Read by
    hand on realnews-dev (benchmarks/realnews_quotes.json), such phrases were a fifth of the
    quotations of named people."""
    quoted = text.split()
    if attribution is None or attribution.clause[1] > fragment.mark or len(quoted) < 2:
        return False
    if all(w[0].isupper() for w in quoted if len(w) > 3):
        return False
    speaker = attribution.speaker
    if speaker.pronoun or speaker.kind == "organization":
        return True
    words = speaker.name.split()
    return not speaker.anonymous and words[0][0].isupper() and words[-1][0].isupper()
