"""Who said what across a story: the same quotation in several articles becomes one
StoryQuote with every article that carries it.

Quotations match by shared word trigrams, so truncation, re-punctuation and different edges
still meet. A spun rewrite (different words, same sense) matches on shared content words when
the speakers agree. Candidates come from an inverted index of trigrams, so the cost grows with
the number of quotes, not with its square. A sentence that carries a known quotation between
broken quotation marks (extract finds no quote there) still counts as carrying it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property
from itertools import chain, repeat, takewhile

from newsweave.compare.entities import shown_as
from newsweave.compare.passages import Read, words
from newsweave.extract.referents import holder_of_post
from newsweave.model import Quote, QuoteVariant, Sentence, StoryEntity, StoryQuote
from newsweave.text.names import spelled_alike, surname
from newsweave.text.terms import content_terms

# Share of the shorter quotation's word trigrams found in the other one above which the two
# are the same words (truncated or re-punctuated). On the seeds every carried quotation of
# Horne and Price scores >= 0.8 and distinct quotations of one speaker <= 0.1.
SAME_WORDS = 0.5
# A rewrite shares few trigrams but most content words: seed 004's spun "moment of crisis"
# quotation shares 0.56 of its content words with 002's and 5 trigrams.
SAME_SENSE = 0.5
MIN_SHARED_TRIGRAMS = 3
MIN_WORDS = 3  # shorter quotations ("red lines") are scare quotes, not statements
MIN_MISATTRIBUTED = 8
_ARTICLES = frozenset({"A", "An", "The"})
_PRONOUNS = frozenset("he she they it we i you who".split())
_QUOTE_MARKS = ("“", "”", '"')


@dataclass(eq=False)
class _Said:
    """One article's wording of a quotation."""

    read: Read
    text: str
    quote: Quote | None  # None: the words stand between broken quotation marks
    sentence: Sentence | None
    tokens: tuple[str, ...] = field(init=False)
    trigrams: frozenset[tuple[str, ...]] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = words(self.text)
        self.trigrams = frozenset(zip(self.tokens, self.tokens[1:], self.tokens[2:], strict=False))

    @cached_property
    def terms(self) -> frozenset[str]:
        """Content words, counted only for a possible rewrite (few quotations are compared
        by sense; counted for all they were a fifth of aligning)."""
        return frozenset(content_terms(self.text))

    @cached_property
    def speaker(self) -> str | None:
        """A named speaker's surname, "anonymous", or None (no speaker, or a pronoun); found
        once (a group's speakers are read for its quote, its variants and each match)."""
        q = self.quote
        if q is None or q.speaker is None or q.speaker.lower() in _PRONOUNS:
            return None
        return "anonymous" if q.anonymous else surname(q.speaker)


def align_quotes(reads: Sequence[Read]) -> tuple[StoryQuote, ...]:
    """The story's quotations, each with its sources, most widely carried first."""
    groups: list[list[_Said]] = []
    index: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for said in _quotations(reads):
        best = _best_group(said, groups, index, paraphrase=True)
        if best is None:
            groups.append([said])
            best = len(groups) - 1
        else:
            groups[best].append(said)
        for trigram in said.trigrams:
            index[trigram].add(best)
    _add_carriers(reads, groups, index)
    quotes = [q for g in groups if (q := _story_quote(g)) is not None]
    return tuple(sorted(quotes, key=lambda q: -len(q.sources)))


def _quotations(reads: Sequence[Read]) -> list[_Said]:
    """Every quotation long enough to be a statement, cleanest articles first (so a group's
    first member, the one others are matched against, is clean)."""
    holders: dict[str, str | None] = {}
    said = [
        _Said(r, q.text, _named_by_story(q, reads, holders), r.sentence_at(q.span[0]))
        for r in sorted(reads, key=lambda r: -r.article.quality.score)
        for q in r.facts.quotes
    ]
    return [s for s in said if len(s.tokens) >= MIN_WORDS]


def _named_by_story(quote: Quote, reads: Sequence[Read], holders: dict[str, str | None]) -> Quote:
    """`quote` with its speaker named when its article gives only the post ("Ukraine's
    president") and the story's other articles name one holder of it ("Volodymyr Zelenskyy,
    the President of Ukraine"): then the two outlets' wordings of one statement meet, as a
    rewrite of one speaker's words. `holders`: each post's holder, once looked up."""
    post = quote.speaker
    if post is None or quote.anonymous or post.lower() in _PRONOUNS:
        return quote
    if post not in holders:
        holders[post] = _holder(post, reads)
    holder = holders[post]
    return quote if holder is None else replace(quote, speaker=holder, role=quote.role or post)


def _holder(post: str, reads: Sequence[Read]) -> str | None:
    """The one person the story's articles give `post` to (spellings of one name count as
    one: the most used, then the fullest), or None."""
    found = [
        holder
        for r in reads
        if (holder := holder_of_post(post, r.article.article.raw, r.facts.entities))
    ]
    if not found or not all(spelled_alike(surname(h), surname(found[0])) for h in found):
        return None
    return max(found, key=lambda h: (found.count(h), len(h), h))


def _best_group(
    said: _Said,
    groups: list[list[_Said]],
    index: dict[tuple[str, ...], set[int]],
    paraphrase: bool,
) -> int | None:
    # Counted in C (map, chain, Counter): a generator here was most of matching carriers.
    hits = Counter(chain.from_iterable(map(index.get, said.trigrams, repeat(frozenset()))))
    best, best_score = None, 0.0
    # The three groups sharing most trigrams, earlier groups first on a tie (not the order
    # the set of trigrams happens to iterate in, which changes from run to run).
    for g, shared in sorted(hits.items(), key=lambda hit: (-hit[1], hit[0]))[:3]:
        leader = groups[g][0]
        if any(s.read is said.read for s in groups[g]):
            continue
        score, bar = shared / max(1, min(len(said.trigrams), len(leader.trigrams))), SAME_WORDS
        if score < SAME_WORDS and paraphrase and shared >= MIN_SHARED_TRIGRAMS:
            score, bar = _same_sense(said, leader), SAME_SENSE
        if score >= max(bar, best_score):
            best, best_score = g, score
    return best


def _same_sense(said: _Said, leader: _Said) -> float:
    """Content words shared by a rewrite of the same speaker's words (0 for another
    speaker: only identical words may show a misattribution)."""
    if said.speaker != leader.speaker or said.speaker is None:
        return 0.0
    shared = len(said.terms & leader.terms)
    return shared / max(1, min(len(said.terms), len(leader.terms)))


def _add_carriers(
    reads: Sequence[Read], groups: list[list[_Said]], index: dict[tuple[str, ...], set[int]]
) -> None:
    """Sentences with a quotation mark that carry a known quotation's words although the
    extract stage found no quotation there (a mark missing or misplaced)."""
    # A read's carriers join groups as it is read, but never change another read's quoted
    # sentences: one pass over the groups serves every read.
    quoted: defaultdict[int, set[Sentence | None]] = defaultdict(set)
    for said in (s for g in groups for s in g):
        quoted[id(said.read)].add(said.sentence)
    for read in reads:
        own = quoted[id(read)]
        for sentence in read.article.sentences:
            # The marks first, looked for in C: most sentences have none, and hashing one is
            # a call to Python.
            if not any(map(sentence.text.__contains__, _QUOTE_MARKS)) or sentence in own:
                continue
            said = _Said(read, sentence.text.strip(' “”"'), None, sentence)
            best = _best_group(said, groups, index, paraphrase=False)
            if best is not None:
                groups[best].append(said)


def speakers_as_shown(
    quotes: Sequence[StoryQuote], entities: Sequence[StoryEntity]
) -> tuple[StoryQuote, ...]:
    """The quotations with each named speaker as the story's entities show the person: one
    article's bare "Macron" or typo "Lizz Truss" is the Emmanuel Macron and Liz Truss the
    story names elsewhere (realnews-dev)."""

    def shown(speaker: str | None) -> str | None:
        return speaker and shown_as(speaker, entities)

    return tuple(
        q
        if q.anonymous
        else replace(
            q,
            speaker=shown(q.speaker),
            variants=tuple(replace(v, speaker=shown(v.speaker)) for v in q.variants),
        )
        for q in quotes
    )


def _story_quote(group: list[_Said]) -> StoryQuote | None:
    speaking = _attributing(group)
    named = Counter(s.speaker for s in speaking if s.speaker not in (None, "anonymous"))
    if not named and not any(s.speaker == "anonymous" for s in speaking):
        return None  # nobody is said to have said it
    speaker_key = named.most_common(1)[0][0] if named else "anonymous"
    own = [s for s in group if s.speaker == speaker_key]
    best = _cleanest(group)
    if best is None:
        return None
    against = _against(best.tokens)
    changed = {t for t in {s.tokens for s in group} if _altered(t, best.tokens, against)}
    altered = [s for s in group if s.tokens in changed]
    flags = (
        ("altered",) * bool(altered)
        + ("misattributed",) * _misattributed(group)
        + ("partial",) * all(_partial(s) for s in speaking if s.quote is not None)
    )
    return StoryQuote(
        speaker=_speaker(own),
        role=_role(own),
        anonymous=not named,
        text=best.text,
        sources=tuple(dict.fromkeys(s.read.id for s in group)),
        variants=_variants(group, altered, speaker_key),
        flags=flags,
    )


def _attributing(group: list[_Said]) -> list[_Said]:
    """The members whose speakers say who said it: direct quotations where any has a
    speaker, partial ones only where none has. A speaker read from the reporter's sentence
    around a few woven words is weaker evidence: on the seeds, 004's "for real progress in
    these talks" after "Biden, they added, had planned to reiterate to Putin" gave Putin the
    official's words that 000 and 001 quote in full."""
    direct = [s for s in group if not _partial(s) and s.speaker is not None]
    return direct or group


def _partial(said: _Said) -> bool:
    return said.quote is not None and said.quote.partial


def _misattributed(group: list[_Said]) -> bool:
    """The same words (a quotation of MIN_MISATTRIBUTED words or more) given to two people
    named in full. Descriptions ("a Cabinet statement", "protesters"), bodies and places
    ("Syria") are not people; a short phrase ("We can't depend on miracles") may be said by
    two: on DUC 2003 each of these made a false flag."""
    people = {
        s.speaker
        for s in group
        if s.quote is not None
        and not s.quote.partial
        and s.speaker not in (None, "anonymous")
        and len(s.tokens) >= MIN_MISATTRIBUTED
        and _person(s.quote.speaker or "")
        and _named_there(s)
    }
    return len(people) > 1


def _named_there(said: _Said) -> bool:
    """The speaker is named at the quotation, not found through "he said" (a pronoun
    resolved to the wrong person made DUC 2003's remaining false flag)."""
    q = said.quote
    if q is None or q.speaker_span is None or said.speaker is None:
        return False
    start, end = q.speaker_span
    return said.speaker in said.read.article.article.raw[start:end].lower()


def _person(name: str) -> bool:
    """A full name: two or more capitalised words, up to a lower-case link ("Hosni Mubarak
    of Egypt" is one)."""
    words = list(takewhile(lambda w: w[:1].isupper(), name.split()))
    return len(words) >= 2 and words[0] not in _ARTICLES


def _cleanest(group: list[_Said]) -> _Said | None:
    """The wording to show: from a clean sentence of an unspun article, the one most other
    wordings agree with (equal, or contained in it), then the one whose words the story's
    other articles use most, then the cleanest article's, the fullest."""
    clean = [s for s in group if s.quote is not None and s.read.quotable(s.sentence)]
    if not clean:
        return None
    # Near-copies repeat one wording many times: each distinct pair of wordings is compared
    # once (compared per pair of quotations, a story of 60 near-copies took a second).
    wordings = Counter(s.tokens for s in group)
    agreeing = {
        tokens: _agreeing(wordings, tokens) for tokens in dict.fromkeys(s.tokens for s in clean)
    }
    most = max(agreeing.values())
    tied = _fullest([s for s in clean if agreeing[s.tokens] == most])
    echoed = _echoed(tied, group) if len({s.tokens for s in tied}) > 1 else {}
    return max(
        tied,
        key=lambda s: (echoed.get(s.tokens, 0.0), s.read.article.quality.score, len(s.tokens)),
    )


def _fullest(tied: list[_Said]) -> list[_Said]:
    """The wordings no other one holds whole: an outlet that quotes three sentences of a
    statement shows them all, not the one sentence another outlet took (realnews-dev showed
    one sentence of Bill Nelson's, the first two he said only in the longer wording)."""
    if len({s.tokens for s in tied}) == 1:
        return tied
    return [
        s
        for s in tied
        if not any(o.tokens != s.tokens and _within(s.tokens, o.tokens) for o in tied)
    ]


def _echoed(tied: list[_Said], group: list[_Said]) -> dict[tuple[str, ...], float]:
    """For wordings equally agreed with, the share of each one's words that the group's
    other articles write anywhere: a machine-spun rewrite swaps words no one else uses
    ("He knew it used to be unhealthy" for "He knew it was wrong": realnews-dev, where the
    spun page scored cleaner)."""
    texts = {s.read.id: s.read.vocabulary for s in group}
    echoed: dict[tuple[str, ...], float] = {}
    for s in tied:
        others = [vocabulary for read_id, vocabulary in texts.items() if read_id != s.read.id]
        heard = sum(any(t in v for v in others) for t in s.tokens)
        echoed[s.tokens] = max(echoed.get(s.tokens, 0.0), heard / len(s.tokens))
    return echoed


def _agreeing(wordings: Counter[tuple[str, ...]], best: tuple[str, ...]) -> int:
    """How many of the quotations, counted by wording, are `best` unaltered."""
    against = _against(best)
    return sum(n for tokens, n in wordings.items() if not _altered(tokens, best, against))


def _against(best: tuple[str, ...]) -> SequenceMatcher[str]:
    """A matcher that has indexed `best` once for all the wordings compared with it."""
    return SequenceMatcher(None, b=best, autojunk=False)


def _altered(tokens: tuple[str, ...], best: tuple[str, ...], against: SequenceMatcher[str]) -> bool:
    """Words changed inside the quotation, beyond punctuation and where it starts and ends:
    any difference between the two word sequences other than at their edges. `against` is
    `_against(best)`."""
    if tokens and best and (_within(tokens, best) or _within(best, tokens)):
        return False  # the same words, or one cut from the other: nothing changed inside
    # The opcodes of difflib leave one equal run between edits at the edges exactly when its
    # first (longest) matching block is the only one: nothing in common before it, nor after.
    # One longest match instead of all the opcodes: among 60 near-copies of a quotation,
    # whose wordings are compared pair by pair, the opcodes took half a second.
    against.set_seq1(tokens)
    i, j, size = against.find_longest_match()
    before = not set(tokens[:i]).isdisjoint(best[:j])
    after = not set(tokens[i + size :]).isdisjoint(best[j + size :])
    return size == 0 or before or after


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """`part` is a run of consecutive words of `whole` (words hold no spaces)."""
    return f" {' '.join(part)} " in f" {' '.join(whole)} "


def _variants(
    group: list[_Said], altered: list[_Said], speaker_key: str
) -> tuple[QuoteVariant, ...]:
    """Other wordings (words altered) and the same words given to another named speaker,
    each with the speaker as that article names it."""
    found: dict[tuple[str, str | None], list[str]] = {}
    for said in group:
        if said in altered or said.speaker not in (None, "anonymous", speaker_key):
            speaker = said.quote.speaker if said.quote is not None else None
            found.setdefault((said.text, speaker), []).append(said.read.id)
    return tuple(
        QuoteVariant(text, speaker, tuple(dict.fromkeys(ids)))
        for (text, speaker), ids in found.items()
    )


def _speaker(own: list[_Said]) -> str | None:
    """The fullest way the articles name or describe the speaker: a full name over a
    surname, "a senior official" over "the official"."""
    names = [s.quote.speaker for s in own if s.quote is not None and s.quote.speaker]
    return max(
        names,
        key=lambda n: (not n.lower().startswith("the "), len(n.split()) > 1, len(n)),
        default=None,
    )


def _role(own: list[_Said]) -> str | None:
    roles = [s.quote.role for s in own if s.quote is not None and s.quote.role]
    return max(roles, key=lambda r: (roles.count(r), len(r)), default=None)
