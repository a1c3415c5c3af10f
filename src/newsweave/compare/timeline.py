"""One timeline for a story: dated happenings merged across outlets.

Each mention of a date (a TIMEX3 DATE resolved to a calendar day, month or year) stands for
the sentence around it. Mentions of one date whose sentences share words are one happening
("the December 7 video call" in four outlets); a month-precise mention joins a happening of a
day in that month when their sentences share words. The story's own event is the date the
articles' lead sentences point to, near publication."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from newsweave.compare.passages import Read, embeds_post, story_date
from newsweave.model import Conflict, ConflictValue, Sentence, TimeExpression, TimelineEntry
from newsweave.text.published import labels_publication, states_publication
from newsweave.text.terms import content_terms

_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|T)")
# A clock time alone ("7:20 a.m. EST", "07:06AM"): its day is the publication date's.
_CLOCK = re.compile(r"^\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4})?\s*$", re.I)
# Coarser than a day, a date must be written out ("2014", "in December"), not relative
# ("this month", "next year"): those place the story, they do not date a happening.
_EXPLICIT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
# Content words a sentence must share with a happening's sentences to tell it: on the seeds
# the Dec. 7 call sentences share 2 to 4 (call, video, Biden, Putin); at one word the call
# announced on 29 Dec. swallowed Blinken's call with Zelenskyy the same day.
SAME_HAPPENING = 2
# "..., the White House said Wednesday": when a sentence dates something else, the day it
# was said is not the happening.
_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|confirmed|reported|added)\W+(?:\w+\W+){0,6}$"
)
# "..., Roscosmos announced on Sunday": the day a happening was made known, not its own
# (realnews-dev: a crash on Saturday announced on Sunday).
_SAYING = re.compile(
    r"\b(?:said|says|told|announced|confirmed|reported|added|statement|released)\W+"
    r"(?:\w+\W+){0,2}$"
)
# "their first talks since 2017", "had been meeting since early February", "open until the
# end of April": the edge of a span, not the date of a happening (realnews-dev put a 2022
# summit's talks under 2017). A sentence that opens with it is about the span ("Since 2002,
# Ukraine has sought entry": the seeds), and keeps it.
_SPAN_EDGE = re.compile(r"\b(?:since|until|till)\s+(?:(?:the|early|late|mid)[\s-]+)?$", re.I)
_OPENING_SINCE = re.compile(r"\W*since\s+(?:(?:the|early|late|mid)[\s-]+)?", re.I)
LEAD_SENTENCES = 2  # a lead's date: the first two sentences (the title is often a label)
NEAR_PUBLICATION = 7  # days before publication in which a lead's date is the story's own
AHEAD = 2  # days after: the seeds' call of Thursday is announced on Wednesday
MAX_WORDS = 40  # a longer sentence is cut to the clause around the date
MIN_CONFLICT_WORDS = 4  # a shorter sentence ("It began Monday.") may tell anything
DATE_NOTE = "disagreement: outlets date the same happening differently"


@dataclass(frozen=True)
class Dated:
    """A date mentioned in one article, with the sentence around it."""

    read: Read
    date: str
    sentence: Sentence
    terms: frozenset[str]
    explicit: bool = False  # written as a calendar date ("Oct. 29"), not relative ("Thursday")


def dated_mentions(reads: Sequence[Read]) -> list[Dated]:
    """Every calendar date the story's articles mention, with its sentence."""
    found = []
    for read in reads:
        dated = [
            (t, s) for t in read.facts.dates if _calendar(t) and (s := read.sentence_at(t.span[0]))
        ]
        per_sentence = Counter(s for _, s in dated)
        told = _finer_told(dated)
        for timex, sentence in dated:
            before = read.article.article.raw[
                max(sentence.start, timex.span[0] - 60) : timex.span[0]
            ]
            if per_sentence[sentence] > 1 and _REPORTED.search(before):
                continue
            if labels_publication(read.article.article.raw, timex.span[0]):
                continue  # "This article is from Nov 14, 2022"
            if _page_date(read, timex):
                continue  # a dateline ("TURIN, May 15."): when the page came out
            if embeds_post(sentence.text):
                continue  # a post's date and words, not the article's
            if _SPAN_EDGE.search(before) and not _OPENING_SINCE.fullmatch(
                read.article.article.raw, sentence.start, timex.span[0]
            ):
                continue
            if (sentence, timex.value or "") in told:
                continue
            told.add((sentence, timex.value or ""))
            terms = frozenset(read.article.sentence_terms(sentence)).difference(
                _date_words(timex.text)
            )
            explicit = bool(_EXPLICIT.search(timex.text))
            found.append(Dated(read, timex.value or "", sentence, terms, explicit))
    return found


def _finer_told(dated: Sequence[tuple[TimeExpression, Sentence]]) -> set[tuple[Sentence, str]]:
    """Each sentence with the coarser dates its finer ones already tell: "the 2022 Museum
    Gala on Dec. 1, 2022" is one happening of 2022-12-01, not one of 2022 as well
    (realnews-dev printed such a sentence twice; as it did "in June 2022, against 6.6
    percent last June", a month given twice, which `dated_mentions` keeps once)."""
    told: set[tuple[Sentence, str]] = set()
    for timex, sentence in dated:
        value = timex.value or ""
        told.update((sentence, value[:cut]) for cut in (4, 7) if cut < len(value))
    return told


@lru_cache(maxsize=4096)
def _date_words(text: str) -> frozenset[str]:
    """The content words of a date's text, set aside from its sentence's: counted once per
    wording ("Monday", "Dec. 7" recur across a story's articles)."""
    return frozenset(content_terms(text))


def _calendar(timex: TimeExpression) -> bool:
    value = timex.value or ""
    if timex.type != "DATE" or not _CALENDAR.match(value):
        return False
    return len(value) == 10 or bool(_EXPLICIT.search(timex.text))


def build_timeline(reads: Sequence[Read], mentions: Sequence[Dated]) -> tuple[TimelineEntry, ...]:
    """Happenings in date order, each with the cleanest wording and every source."""
    happenings = sorted(happenings_of(mentions), key=lambda h: (h[0].date, -len(h)))
    own = _own_date(reads)
    happenings = _leads_joined(happenings, own)
    first = _first_on(happenings, own)  # once, not once per happening
    entries = [_entry(h, h is first) for h in happenings]
    if own is not None and not any(e.this_story for e in entries):
        entries.append(_lead_entry(reads, own))
    return tuple(sorted(entries, key=lambda e: (e.date, not e.this_story)))


def _leads_joined(happenings: list[list[Dated]], own: str | None) -> list[list[Dated]]:
    """The story's own happening is what the articles' leads tell: a happening of its day
    that some lead sentence tells joins the most widely reported one (realnews-dev: the Bali
    talks were three entries of one day, told by the leads of eight articles in their words)."""
    first = _first_on(happenings, own)
    if first is None:
        return happenings
    joined = [
        h for h in happenings if h is not first and h[0].date == own and any(map(_in_lead, h))
    ]
    if not joined:
        return happenings
    merged = first + [m for h in joined for m in h]
    return [merged if h is first else h for h in happenings if all(h is not j for j in joined)]


def _in_lead(mention: Dated) -> bool:
    return mention.sentence in mention.read.article.sentences[:LEAD_SENTENCES]


def _first_on(happenings: list[list[Dated]], day: str | None) -> list[Dated] | None:
    """The most widely reported happening of `day`."""
    return next((h for h in happenings if h[0].date == day), None)


def happenings_of(mentions: Sequence[Dated]) -> list[list[Dated]]:
    """Mentions grouped into happenings: finest dates first, so that a month or year joins
    a happening already dated to the day."""
    happenings: list[tuple[str, set[str], list[Dated]]] = []
    by_prefix: defaultdict[str, list[int]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (-len(m.date), m.date)):
        for i in by_prefix.get(m.date, ()):
            _, pool, members = happenings[i]
            if len(m.terms & pool) >= SAME_HAPPENING and all(o.read is not m.read for o in members):
                members.append(m)
                pool |= m.terms
                break
        else:
            happenings.append((m.date, set(m.terms), [m]))
            for cut in (4, 7, 10):
                if cut <= len(m.date):
                    by_prefix[m.date[:cut]].append(len(happenings) - 1)
    return [members for *_, members in happenings]


def _entry(happening: list[Dated], own: bool) -> TimelineEntry:
    clean = [m for m in happening if m.read.quotable(m.sentence)] or happening
    best = clean[0] if len(clean) == 1 else _most_told(clean, happening)
    return TimelineEntry(
        date=happening[0].date,
        text=_clause(best.sentence.text),
        sources=_ids(happening),
        this_story=own,
    )


def _most_told(clean: list[Dated], happening: list[Dated]) -> Dated:
    """The mention whose words the happening's mentions share most (asked only of two or
    more: most happenings are told once)."""
    pool = Counter(t for m in happening for t in m.terms)
    return max(clean, key=lambda m: sum(pool[t] for t in m.terms) / (1 + len(m.terms)) ** 0.5)


def _clause(text: str) -> str:
    """The sentence, or its first clauses when it runs long."""
    words = text.split()
    if len(words) <= MAX_WORDS:
        return text.strip()
    return " ".join(words[:MAX_WORDS]).rstrip(",;:") + " ..."


def _own_date(reads: Sequence[Read]) -> str | None:
    """The day most articles' leads date (the earliest of equally voted days: a happening
    comes before its reports); else the earliest publication date."""
    votes: Counter[str] = Counter()
    reference = story_date(reads)
    for read in reads:
        day = _lead_day(read, read.published or reference)
        if day:
            votes[day] += 1
    if votes:
        return min(votes, key=lambda day: (-votes[day], day))
    dates = [r.published for r in reads if r.published]
    return min(dates).date().isoformat() if dates else None


def _lead_day(read: Read, published: datetime | None) -> str | None:
    """The day the article's lead dates, in the week up to its publication: the first date
    in its first sentences, else the first time of day ("Monday night"). A date printed as
    the page's own date (dateline, byline) is when it came out, not what happened."""
    lead = read.article.sentences[:LEAD_SENTENCES]
    days = [
        (timex.type != "DATE", day)
        for timex in read.facts.dates
        if any(s.start <= timex.span[0] < s.end for s in lead)
        and _near(day := _day(timex), published)
        and not _page_date(read, timex)
        and not _SAYING.search(read.article.article.raw[max(0, timex.span[0] - 40) : timex.span[0]])
    ]
    return min(days, default=(None, None), key=lambda d: d[0])[1]


def _day(timex: TimeExpression) -> str:
    """The calendar day a DATE or a TIME of a named day ("Monday night") falls on, or ""; a
    clock time alone ("7:20 a.m.") takes its day from the publication date, not the text."""
    value = timex.value or ""
    if timex.type == "TIME" and _CLOCK.match(timex.text):
        return ""
    return value[:10] if timex.type in ("DATE", "TIME") and _DAY.match(value) else ""


def _page_date(read: Read, timex: TimeExpression) -> bool:
    """The page's own date as a dateline or byline prints it ("TURIN, May 15.", "CNN Aug 20,
    2023"): a written-out date, so that "published Monday night" still dates the happening."""
    written = any(c.isdigit() for c in timex.text)
    return written and states_publication(read.article.article.raw, timex.span[0])


def _near(day: str, published: datetime | None) -> bool:
    """In the NEAR_PUBLICATION days up to publication, or the AHEAD days after it (a call
    announced for tomorrow); further ahead is a date the article announces ("rates rise
    effective 27 July", six days on), not the one it reports."""
    if published is None or not day:
        return False
    return -AHEAD <= (published.date() - date.fromisoformat(day)).days <= NEAR_PUBLICATION


def _lead_entry(reads: Sequence[Read], own: str) -> TimelineEntry:
    """The story's own event when no article dates it in words: the earliest lead."""
    dated = [r for r in reads if r.published and r.article.sentences]
    first = min(dated, key=lambda r: r.published or datetime.max)
    return TimelineEntry(own, _clause(first.article.sentences[0].text), (first.id,), True)


def date_conflicts(mentions: Sequence[Dated]) -> tuple[Conflict, ...]:
    """The same sentence (the same content words once the date is set aside) dating one
    happening to different days in different articles. Only a sentence repeated word for
    word counts: two sentences that merely resemble each other may tell two calls apart; and
    only dates written out: "last Thursday" is read two ways (on DUC 2003 it made a false
    conflict with "Oct. 29")."""
    by_words: defaultdict[frozenset[str], list[Dated]] = defaultdict(list)
    for m in mentions:
        if len(m.date) == 10 and m.explicit and len(m.terms) >= MIN_CONFLICT_WORDS:
            by_words[m.terms].append(m)
    conflicts = []
    for same in by_words.values():
        # An article dating the sentence twice ("between Nov. 3 and Nov. 16") gives a span,
        # not a date to disagree with (held-out DUC 2004 showed it).
        per_article = Counter(m.read.id for m in same)
        days: defaultdict[str, list[Dated]] = defaultdict(list)
        for m in same:
            if per_article[m.read.id] == 1:
                days[m.date].append(m)
        if len(days) > 1:
            values = tuple(
                ConflictValue(day, _clause(ms[0].sentence.text), _ids(ms))
                for day, ms in sorted(days.items())
            )
            conflicts.append(Conflict(_clause(same[0].sentence.text), "date", values, DATE_NOTE))
    return tuple(conflicts)


def _ids(mentions: Sequence[Dated]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.read.id for m in mentions))
