"""Streaming story assignment.

Each article, in publication order, is compared with the active stories that share its most
weighted terms (an inverted index, not a scan of all stories) and joins the best one if the
cosine with that story's centroid clears a threshold that rises with the time since the
story's nearest article: two calls between the same leaders a week apart are two stories, one
event reported over several days is one. Event signatures (rate moves, tallies, quarters,
years, the days an undated lead names) add to the margin when shared and take from it when
they conflict, and every decision keeps that evidence. Once a stream day and at the end of a
batch, stories that turn out to be one event are merged (`repair`) and a story whose members
report two events is split (`split`). Stories idle for `expire_days` leave the index, so memory
stays flat however long the stream runs. A batch (`cluster`, each `ingest` batch, whose saved
state keeps them `retire_days`) keeps them reachable for its undated articles and for dated ones
older than the stream clock: a later `ingest` batch reaching back in time finds the stories a
date-sorted stream would have offered.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import operator
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import islice

from newsweave.cluster.active import (
    DAY,
    MEMBER_TERMS,
    MEMBERS,
    RECENT,
    ActiveStory,
    Member,
    days_outside,
    dot,
    explain_join,
    gap_days,
    span_gap,
    survivor_first,
    top,
)
from newsweave.cluster.options import ClusterOptions
from newsweave.cluster.repair import particulars_verdict, story_particulars
from newsweave.cluster.signature import (
    Signature,
    conflicts,
    dated_particulars,
    mentioned_days,
    shared,
    signature,
)
from newsweave.cluster.split import MIN_PART, carve, part_story, rivals, split_id
from newsweave.model import Assignment
from newsweave.text.terms import content_terms, names

_WEIGHT = operator.itemgetter(1)

# (margin, cosine, story, gap in days, shared particulars, kinds in conflict)
_Verdict = tuple[float, float, ActiveStory, float | None, list[str], list[str]]

__all__ = ["DAY", "ActiveStory", "ClusterOptions", "StreamClusterer"]


class StreamClusterer:
    """Assigns articles to stories one at a time; holds only recently active stories."""

    NAMES = 40  # names kept per story to explain a grouping
    REINDEX_EVERY = 4  # a grown story's heaviest terms change slowly: refresh them this often
    NAMES_FROM = 800  # characters read for names: the title and lead name the main actors

    def __init__(self, options: ClusterOptions | None = None, keep_expired: bool = False) -> None:
        self.options = options or ClusterOptions()
        # A batch (`cluster`, one `ingest`) keeps its expired stories reachable for undated
        # articles: an undated page lands anywhere in the stream, often after its event's dated
        # story has expired (realnews-dev B-cubed F1 0.791 -> 0.870). A batch holds its articles
        # in memory anyway; the endless stream keeps nothing and stays flat.
        self.keep_expired = keep_expired
        self.expired: dict[str, ActiveStory] = {}
        self._expired_index: dict[str, set[str]] = {}
        self.df: Counter[str] = Counter()
        self.docs = 0
        self.active: dict[str, ActiveStory] = {}
        self._index: dict[str, set[str]] = {}
        self.swept: float | None = None  # stream time of the last sweep for idle stories
        # Stories merged into another by a repair: absorbed id -> (survivor id, evidence).
        self.merged: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._grown: set[str] = set()  # stories joined since the last consolidation
        # Articles a split moved to a new story: article id -> (story id, evidence, whether
        # it is the first of them, which opens the new story and names it).
        self.split_off: dict[str, tuple[str, tuple[str, ...], bool]] = {}

    @property
    def active_stories(self) -> int:
        """How many stories are in the active index."""
        return len(self.active)

    def add(self, article_id: str, text: str, when: float | None) -> Assignment:
        """Assign one article; `when` is seconds since the epoch, or None if undated."""
        vector = self._vector(text)
        if when is not None and (self.swept is None or when - self.swept >= DAY):
            self.consolidate()
            self.expire(when)
            self.swept = when
        particulars = signature(text)
        if when is not None:
            particulars.update(dated_particulars(particulars, datetime.fromtimestamp(when, UTC)))
        best: _Verdict | None = None
        apart: list[str] = []  # stories it would have joined but for conflicting particulars
        for verdict in self._verdicts(vector, particulars, text, when):
            margin, clash = verdict[0], verdict[5]
            if margin >= 0 and (best is None or margin > best[0]):
                best = verdict
            elif margin < 0 <= margin + len(clash) * self.options.conflict_penalty:
                apart.append(f"kept apart from {verdict[2].id} by different {', '.join(clash)}")
        article_names = frozenset(names(text[: self.NAMES_FROM]))
        if best is None:
            story = self._open(article_id)
            assignment = Assignment(article_id, story.id, 1.0, None, evidence=tuple(apart))
        else:
            _, score, story, gap, agree, _ = best
            if story.id in self.expired:
                self._revive(story)
            evidence = (*(f"shared {a}" for a in agree), *apart)
            joined = (story, score, gap, evidence)
            assignment = explain_join(article_id, vector, article_names, joined)
        self._join(story, Member(article_id, vector, particulars, when, article_names))
        self._grown.add(story.id)
        return assignment

    def affinity(self, text: str) -> float:
        """How far an undated article clears the bar of the story it fits best as the stories
        stand (negative: it would open a story), changing nothing. A batch reads its undated
        articles most certain first: they then join stories their certain peers have already
        shaped, and the batch no longer depends on the order they came in."""
        vector = self._weigh(content_terms(text))
        verdicts = self._verdicts(vector, signature(text), text, None)
        return max((verdict[0] for verdict in verdicts), default=-math.inf)

    def _verdicts(
        self, vector: dict[str, float], particulars: Signature, text: str, when: float | None
    ) -> list[_Verdict]:
        """(margin, cosine, story, gap, shared, conflicts) for each candidate story. The best
        story is the one cleared by the widest margin: a story from weeks ago must beat a
        higher bar, so a raw cosine alone would favour old look-alikes."""
        # An undated article's lead names the days of its event: none near a story's span
        # is a conflict like any other particular (realnews-dev 0.906 -> 0.925).
        days = mentioned_days(text) if when is None else set()
        verdicts = []
        probes = list(islice(vector, self.options.probe_terms))
        for story in self._candidates(probes, vector, self._reachable(when)):
            score = dot(vector, story.centroid) / story.norm
            gap = gap_days(story, when)
            agree = shared(particulars, story.particulars)
            clash = conflicts(particulars, story_particulars(story.particulars))
            if when is None and days_outside(story, days):
                clash.append("day mentioned")
            margin = score - self._threshold(gap) + self._particulars(agree, clash)
            verdicts.append((margin, score, story, gap, agree, clash))
        return verdicts

    def survivor(self, story_id: str) -> tuple[str, tuple[str, ...]]:
        """The story `story_id` now lives in after repairs, and the evidence of the last merge."""
        evidence: tuple[str, ...] = ()
        while story_id in self.merged:
            story_id, evidence = self.merged[story_id]
        return story_id, evidence

    def consolidate(self) -> None:
        """Merge each story grown since the last call into the active story that turns out to
        be the same event, largest first. Run once a stream day and at the end of a batch:
        once per grown story, not per article (a repair per join cost 30% of the stream time),
        and late enough that a story's undated articles have all arrived."""
        grown = (self.active[i] for i in self._grown if i in self.active)
        self._grown = set()
        ranked = sorted(grown, key=lambda s: (-s.size, s.id))
        for story in ranked:
            if story.id in self.active:
                self._repair(story)
        splits = self.options.conflict_penalty > 0  # topic threads span events: no splits
        for story in ranked if splits else ():
            if story.id in self.active and story.size >= 2 * MIN_PART:
                self._split(story)

    def _repair(self, story: ActiveStory) -> None:
        """Merge `story` with the candidate story clearing the merge bar by the widest margin."""
        best: tuple[float, ActiveStory, tuple[str, ...]] | None = None
        probes = top(story.centroid, self.options.probe_terms)
        for other in self._candidates(probes, story.centroid):
            if other is story or (other.stored and story.stored):
                continue
            margin, evidence = self._merge_margin(story, other)
            if margin >= 0 and (best is None or margin > best[0]):
                best = (margin, other, evidence)
        if best is not None:
            self._absorb(*survivor_first(story, best[1]), best[2])

    def _merge_margin(
        self, story: ActiveStory, other: ActiveStory
    ) -> tuple[float, tuple[str, ...]]:
        """How far two stories clear the merge bar, and the evidence: centroid cosine and
        shared particulars."""
        small, large = sorted((story.centroid, other.centroid), key=len)
        cosine = dot(small, large) / (story.norm * other.norm or 1.0)
        agree, clash = particulars_verdict(story.particulars, other.particulars)
        # A story of one article meets the bar it would have met joining: a late join.
        extra = 0.0 if min(story.size, other.size) == 1 else self.options.merge_extra
        need = self._threshold(span_gap(story, other)) + extra
        margin = cosine + self._particulars(agree, clash) - need
        return margin, (f"centroid cosine {cosine:.2f}", *(f"shared {a}" for a in agree))

    def _split(self, story: ActiveStory) -> None:
        """Divide `story` in two when its members report two events (`split.py`) that the
        merge bar would not join again; the leaving members are recorded in `split_off`."""
        parts = rivals(story.members)
        if parts is None:
            return
        leaving = part_story(parts.leaving, split_id(story.id, parts.leaving))
        margin, evidence = self._merge_margin(part_story(parts.staying, story.id), leaving)
        if margin >= 0:
            return
        carve(story, parts.leaving)
        self.active[leaving.id] = leaving
        self._reindex(story, self._heaviest(story))
        self._reindex(leaving, self._heaviest(leaving))
        why = f"split from {story.id} by different {parts.kind} ({parts.moved}, not {parts.kept})"
        for member in parts.leaving:
            opens = member is parts.leaving[0]
            self.split_off[member.article_id] = (leaving.id, (why, evidence[0]), opens)

    def _absorb(
        self, survivor: ActiveStory, absorbed: ActiveStory, evidence: tuple[str, ...]
    ) -> None:
        for term, weight in absorbed.centroid.items():
            survivor.centroid[term] = survivor.centroid.get(term, 0.0) + weight
        if len(survivor.centroid) > 2 * self.options.centroid_terms:
            self._prune(survivor)
        survivor.renorm()
        survivor.size += absorbed.size
        for when in (absorbed.first, absorbed.last):
            if when is not None:
                survivor.first = when if survivor.first is None else min(survivor.first, when)
                survivor.last = when if survivor.last is None else max(survivor.last, when)
        survivor.names.update(absorbed.names)
        survivor.recent = [*survivor.recent, *absorbed.recent][-RECENT:]
        survivor.members = [*survivor.members, *absorbed.members][-MEMBERS:]
        for kind, counts in absorbed.particulars.items():
            survivor.particulars.setdefault(kind, Counter()).update(counts)
        self._reindex(absorbed, set())
        del self.active[absorbed.id]
        self._reindex(survivor, self._heaviest(survivor))
        self.merged[absorbed.id] = (survivor.id, evidence)

    def expire(self, now: float) -> None:
        """Drop stories idle for `expire_days` before `now` from the active index."""
        horizon = now - self.options.expire_days * DAY
        for story in [s for s in self.active.values() if s.last is not None and s.last < horizon]:
            terms = story.indexed
            self._reindex(story, set())
            del self.active[story.id]
            if self.keep_expired:
                self._keep_expired(story, terms)

    def _keep_expired(self, story: ActiveStory, terms: set[str]) -> None:
        """List an expired story under `terms` in the expired stories' index."""
        self.expired[story.id] = story
        story.indexed = terms
        for term in terms:
            self._expired_index.setdefault(term, set()).add(story.id)

    def _revive(self, story: ActiveStory) -> None:
        """Move an expired story an article joined back into the active index."""
        for term in story.indexed:
            postings = self._expired_index[term]
            postings.discard(story.id)
            if not postings:
                del self._expired_index[term]
        del self.expired[story.id]
        terms, story.indexed = story.indexed, set()
        self.active[story.id] = story
        self._reindex(story, terms)

    def restore(self, story: ActiveStory, indexed: set[str], expired: bool = False) -> None:
        """Put a saved story back into the active (or `expired`) index under its terms."""
        story.stored = True
        if expired:
            self._keep_expired(story, indexed)
        else:
            self.active[story.id] = story
            self._reindex(story, indexed)

    def _heaviest(self, story: ActiveStory) -> set[str]:
        centroid = story.centroid
        return set(top(centroid, self.options.index_terms))

    def _reindex(self, story: ActiveStory, terms: set[str]) -> None:
        """Make `terms` the story's entries in the index (only its heaviest terms are there:
        common words would give every story as a candidate)."""
        for term in story.indexed - terms:
            postings = self._index.get(term)
            if postings is not None:
                postings.discard(story.id)
                if not postings:
                    del self._index[term]
        for term in terms - story.indexed:
            self._index.setdefault(term, set()).add(story.id)
        story.indexed = terms

    def _vector(self, text: str) -> dict[str, float]:
        """Unit-length TF-IDF weights of the article's heaviest terms.

        IDF is smoothed as if `prior_docs` unseen documents lacked every term, so the first
        articles of a stream weigh their words about evenly instead of trusting 2-doc counts.
        """
        counts = content_terms(text)
        self.docs += 1
        self.df.update(counts.keys())
        if len(self.df) > self.options.max_vocabulary:
            self._forget_rare_terms()
        return self._weigh(counts)

    def _weigh(self, counts: Counter[str]) -> dict[str, float]:
        """`_vector`'s weights for term counts, with the document frequencies as they stand."""
        df = self.df
        log, total = math.log, self.docs + self.options.prior_docs
        # Most terms are counted once, and 1 + ln 1 is 1.0: their log is not taken.
        weights = [
            (t, (1.0 + log(n) if n > 1 else 1.0) * log(total / (df[t] + 1.0)))
            for t, n in counts.items()
        ]
        # Heaviest first: the candidate lookup then reads the first terms without a sort.
        weights.sort(key=_WEIGHT, reverse=True)
        del weights[self.options.article_terms :]
        norm = math.sqrt(sum(w * w for _, w in weights)) or 1.0
        return {t: w / norm for t, w in weights}

    def _forget_rare_terms(self) -> None:
        """Bound memory on endless streams: the rarest terms are dropped until half the
        table is free (a later sighting weighs them as new, which is what they nearly are)."""
        floor = 1
        while len(self.df) > self.options.max_vocabulary // 2:
            self.df = Counter({term: n for term, n in self.df.items() if n > floor})
            floor += 1

    def _reachable(self, when: float | None) -> Callable[[ActiveStory], bool] | None:
        """Which expired stories an article may still join (None: none). In a batch, an
        undated article may join any; a dated one older than the stream clock (a later
        `ingest` batch reaching back) those within `expire_days` of it, as a stream sorted by
        date would have offered it; no other, so a sorted stream never looks at them."""
        late = when is None or (self.swept is not None and when < self.swept)
        if not (self.keep_expired and late):
            return None
        if when is None:
            return lambda story: True
        reach = self.options.expire_days
        return lambda story: (gap_days(story, when) or 0.0) <= reach

    def _candidates(
        self,
        probes: list[str],
        vector: dict[str, float],
        expired: Callable[[ActiveStory], bool] | None = None,
    ) -> list[ActiveStory]:
        """Active stories (and the expired ones `expired` accepts) listed under the `probes`
        (the heaviest terms of `vector`), best overlap first."""
        overlap: dict[str, float] = {}
        for index in (self._index, self._expired_index) if expired else (self._index,):
            for term in probes:
                for story_id in index.get(term, ()):
                    overlap[story_id] = overlap.get(story_id, 0.0) + vector[term]
        if expired is not None:
            active = self.active
            overlap = {i: w for i, w in overlap.items() if i in active or expired(self.expired[i])}
        best = heapq.nsmallest(
            self.options.max_candidates, overlap.items(), key=lambda kv: (-kv[1], kv[0])
        )
        return [self.active.get(i) or self.expired[i] for i, _ in best]

    def _particulars(self, agree: list[str], clash: list[str]) -> float:
        """What the event signatures add to the margin: shared ones join, conflicts separate."""
        o = self.options
        return min(2, len(agree)) * o.shared_bonus - len(clash) * o.conflict_penalty

    def _threshold(self, gap: float | None) -> float:
        o = self.options
        extra = max(0.0, (gap or 0.0) - o.grace_days) * o.per_day
        return min(o.max_threshold, o.threshold + extra)

    def _open(self, article_id: str) -> ActiveStory:
        """A new story, named from the article that opens it and its place in the stream: a
        new revision of an article that once opened a story opens another id, never the old
        one (the same input in the same order still gives the same ids)."""
        seed = f"{article_id}\n{self.docs}".encode("utf-8", "surrogatepass")
        story = ActiveStory("s-" + hashlib.sha1(seed).hexdigest()[:10])
        self.active[story.id] = story
        return story

    def _join(self, story: ActiveStory, member: Member) -> None:
        article_id, vector, when = member.article_id, member.vector, member.when
        centroid, squares = story.centroid, story.norm * story.norm
        for term, weight in vector.items():
            old = centroid.get(term, 0.0)
            centroid[term] = old + weight
            squares += weight * (2 * old + weight)
        if len(centroid) > 2 * self.options.centroid_terms:
            self._prune(story)
            squares = sum(w * w for w in centroid.values())
        story.norm = math.sqrt(squares)
        story.size += 1
        if story.size <= self.REINDEX_EVERY or story.size % self.REINDEX_EVERY == 0:
            self._reindex(story, self._heaviest(story))
        if when is not None:
            story.first = when if story.first is None else min(story.first, when)
            story.last = when if story.last is None else max(story.last, when)
        story.names.update(sorted(member.names))  # sorted: ties keep one order every run
        if len(story.names) > 2 * self.NAMES:
            story.names = Counter(dict(story.names.most_common(self.NAMES)))
        story.recent = [*story.recent[-(RECENT - 1) :], (article_id, vector)]
        for kind, values in member.particulars.items():
            story.particulars.setdefault(kind, Counter()).update(values)
        heaviest = dict(islice(vector.items(), MEMBER_TERMS))
        kept = Member(article_id, heaviest, member.particulars, when, member.names)
        story.members = [*story.members[-(MEMBERS - 1) :], kept]

    def _prune(self, story: ActiveStory) -> None:
        """Keep the heaviest `centroid_terms` terms of the centroid."""
        ranked = sorted(story.centroid.items(), key=lambda kv: -kv[1])
        for term, _ in ranked[self.options.centroid_terms :]:
            del story.centroid[term]
