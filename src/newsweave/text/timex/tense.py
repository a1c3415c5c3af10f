"""The tense of the clause around a temporal expression, from the verbs a few words away:
"will speak Thursday" points forward, "said Wednesday" back. Enough to pick which weekday
or month is meant; not a parser."""

from __future__ import annotations

import re
from functools import lru_cache

from newsweave.text.timex.calendar import Tense

# Cue words looked for before the expression (nearest first), then after it. Tuned on
# TimeBank+AQUAINT weekdays ("would" and "set" were dropped as cues: they cost). 12 words
# back reach the "will" of "will hold a phone call with Russian President Vladimir Putin on
# Thursday"; 8 scored 0.2 points more value F1 on TimeBank+AQUAINT but misses that.
WORDS_BEFORE = 12
WORDS_AFTER = 4
_FUTURE = frozenset(
    "will 'll shall won't going scheduled expected plan plans planned planning slated due"
    " upcoming coming next soon early might could may"
    # a condition is yet to be met: "If members reject the deal on Tuesday, the union has
    # said ..." (the bundled examples); TimeBank and AQUAINT value F1 unchanged
    " if unless"
    # the present of a timetable: "where the G20 begins its summit on Tuesday", "leaders who
    # start meeting Tuesday", "is opening ... on Tuesday" (realnews-dev); value F1 TimeBank
    # 74.4 -> 74.6, AQUAINT 75.5 -> 75.4
    " begin begins start starts open opens meet meets arrive arrives travel travels head heads"
    " resume resumes convene convenes opening starting beginning arriving heading".split()
)
_PAST = frozenset(
    "said says told was were had did has have been ago last earlier spoke met came went took"
    " made gave began won lost left held rose fell sold bought saw got found thought became"
    " brought ran paid led struck wrote shot sent put cut hit quit broke chose drew fought"
    " flew grew knew meant rang sang sat slept spent stood stole swore threw tore woke wore"
    " previously".split()
)
# -ed words that do not mark the past ("scheduled for Thursday" points forward).
_NOT_PAST = frozenset(
    "proposed need needed indeed red bed speed feed seed"
    " hundred united limited based red-handed".split()
)
# "ahead of Thursday's call": what something comes ahead of is still to come, whatever the
# verb of the clause ("Ahead of Thursday's call, Blinken spoke with ..." on the seeds).
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+|this\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_END = re.compile(r"[.;!?\n]|\s[\"“”]")


def tense_around(raw: str, start: int, end: int) -> Tense:
    """ "past", "future" or "" for the expression at raw[start:end]."""
    before = raw[max(0, start - 80) : start]
    stop = list(_CLAUSE_END.finditer(before))
    if stop:
        before = before[stop[-1].end() :]
    if "ahead" in before.lower() and _AHEAD_OF.search(before):  # its search is slow to fail
        return "future"
    after = raw[end : end + 50]
    cut = _CLAUSE_END.search(after)
    if cut:
        after = after[: cut.start()]
    words = _WORD.findall(before)[-WORDS_BEFORE:][::-1] + _WORD.findall(after)[:WORDS_AFTER]
    for word in words:
        cue = _cue(word.lower())
        if cue:
            return cue
    return ""


@lru_cache(maxsize=4096)  # the words around dates are few and come back
def _cue(word: str) -> Tense:
    if word in _FUTURE:
        return "future"
    if word in _PAST or (word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST):
        return "past"
    return ""
