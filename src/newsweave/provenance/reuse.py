"""Reuse links: who copied whom, how much, and how (duplicate, partial, spun, credited).

Candidate pairs come from the fingerprint index (candidates.py), so the alignment work grows
with the number of articles that look alike, not with all pairs. Each candidate is aligned
sentence by sentence (align.py), oriented (direction.py) and kept when enough of the copy
comes from the source. Articles that credit another article's outlet without copying its
text are linked too (`credited`), to the most similar article of that outlet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.errors import check_options
from newsweave.fingerprint.align import Alignment, Prepared, align, prepare
from newsweave.fingerprint.candidates import Candidate, CandidateIndex
from newsweave.fingerprint.hashing import features, fingerprint, words
from newsweave.model import AlignedPair, CleanArticle, Credit, ReuseLink
from newsweave.provenance.credits import find_credits
from newsweave.provenance.direction import (
    article_outlet_keys,
    credit_keys,
    credits_outlet,
    garbled_pairs,
    orient,
    published_first,
)

# A copy is aligned with at most this many of the earlier articles it resembles: the earliest
# (the likely origin) and the most alike by MinHash. Among 200 near-copies of one report every
# pair was a candidate, and aligning them all took 17 s; the links between copies of one
# source that this skips are the ones `drop_siblings` drops.
NEAREST_SOURCES = 8


@dataclass(frozen=True)
class ReuseOptions:
    """When shared text makes one article a copy of another, and of which kind.

    Tuned on the generated reuse benchmark (benchmarks/reuse.py, DUC 2004 split; DUC 2003
    held out): at these values no pair of independent AP and New York Times reports of one
    event is linked and every generated copy is.
    """

    # Share of the copy's words in aligned sentences. Copies on the benchmark have 0.75 or
    # more (a partial copy with a line of its own); the closest pair of independent reports
    # 0.49 (an NYT story that took ten sentences of AP's); 0.6 sits between, with room.
    min_share: float = 0.6
    # Share of aligned sentences copied word for word above which a copy is verbatim
    # (duplicate or partial) rather than reworded (spun, or a credited rewrite): verbatim and
    # partial copies on the benchmark have 0.67 or more, spun copies 0.55 or less.
    verbatim: float = 0.6
    min_pairs: int = 2  # aligned sentences a verbatim copy needs
    # Aligned sentences a reworded copy needs: when it is garbled where its source is not, or
    # closely worded (mean wording match >= close_wording), it is spun; otherwise it may be
    # an independent report. Short reports of one event written to the same formula ("said
    # union president Marta Oyelaran": examples/06 and the lindmarkdaily record) align 4 of
    # their 5 sentences at a mean wording of 0.59; spun copies on the benchmark have 0.8 or
    # more, and a spun copy of a whole news article aligns 8 sentences or more.
    min_pairs_spun: int = 3
    min_pairs_reworded: int = 5
    close_wording: float = 0.75
    # A link is dropped as a sibling when a common source explains its copy's aligned
    # sentences and covers this much more of the copy (examples/04 and 05 both copy 01).
    sibling_margin: float = 0.1
    duplicate: float = 0.9  # share of both texts covered for a verbatim copy to be a duplicate
    # Content-word Jaccard similarity a credited article needs with the crediting one (so a
    # credit to "the Harbour Gazette" links to its report of this event, not another one).
    credit_similarity: float = 0.12

    def __post_init__(self) -> None:
        shares = ("min_share", "verbatim", "close_wording", "sibling_margin", "duplicate")
        counts = ("min_pairs", "min_pairs_spun", "min_pairs_reworded")
        check_options(
            self,
            *((0 <= getattr(self, n) <= 1, f"{n} must be a share in [0, 1]") for n in shares),
            *((getattr(self, n) >= 1, f"{n} must be 1 or more") for n in counts),
            (0 <= self.credit_similarity <= 1, "credit_similarity must be in [0, 1]"),
        )


def find_reuse(
    articles: Sequence[CleanArticle],
    options: ReuseOptions | None = None,
    credits: Mapping[str, Sequence[Credit]] | None = None,
) -> list[ReuseLink]:
    """Every reuse link among `articles`: text reuse found through candidate search, and
    credits to the outlet of another article. `credits` (by article id) are found here when
    not given."""
    options = options or ReuseOptions()
    if credits is None:
        credits = {a.id: find_credits(a) for a in articles}
    links = drop_siblings(text_links(articles, credits, options), options.sibling_margin)
    linked = {frozenset((link.source, link.copy)) for link in links}
    links += credit_links(articles, credits, linked, options)
    return links


def text_links(
    articles: Sequence[CleanArticle],
    credits: Mapping[str, Sequence[Credit]],
    options: ReuseOptions,
) -> list[ReuseLink]:
    """Links from text reuse between candidate pairs."""
    index = CandidateIndex()
    links = []
    texts: list[tuple[str, ...]] = []  # each article's sentences, by position in `articles`
    prepared: dict[int, Prepared] = {}  # by position in `articles`, once per article
    aligned: dict[tuple[tuple[str, ...], ...], Alignment] = {}  # by the two texts' sentences
    for number, article in enumerate(articles):
        texts.append(tuple(s.text for s in article.sentences))
        found = index.add(fingerprint(article.id, texts[number]))
        for candidate in _nearest(found):
            earlier = articles[candidate.first]
            if earlier.id == article.id:
                continue  # the same article read twice
            pair = (candidate.first, number)
            alignment = _alignment(articles, texts, pair, prepared, aligned)
            link = compare(earlier, article, credits, options, alignment)
            if link is not None:
                links.append(link)
    return links


def _nearest(found: list[Candidate]) -> list[Candidate]:
    """The candidates (in index order) a new article is aligned with: all of them, or the
    earliest and the most alike (verbatim copies first) up to `NEAREST_SOURCES`."""
    if len(found) <= NEAREST_SOURCES:
        return found
    alike = sorted(found[1:], key=lambda c: (not c.exact, -c.jaccard, c.first))
    return sorted([found[0], *alike[: NEAREST_SOURCES - 1]], key=lambda c: c.first)


def _alignment(
    articles: Sequence[CleanArticle],
    texts: Sequence[tuple[str, ...]],
    pair: tuple[int, int],
    prepared: dict[int, Prepared],
    aligned: dict[tuple[tuple[str, ...], ...], Alignment],
) -> Alignment:
    """The alignment of two articles (positions in `articles`; `texts`: their sentences),
    made once per pair of texts: verbatim reposts of one text align alike with every other
    article (a story of 1,000 DUC 2003 articles, each text three or four times, aligned 3x
    fewer pairs)."""
    key = (texts[pair[0]], texts[pair[1]])
    if key not in aligned:
        for n in pair:
            if n not in prepared:
                prepared[n] = prepare(articles[n].sentences)
        aligned[key] = align(prepared[pair[0]], prepared[pair[1]])
    return aligned[key]


def drop_siblings(links: list[ReuseLink], margin: float) -> list[ReuseLink]:
    """Links without those between two copies of one source: S2 -> C goes when some S1 is
    the source of both S2 and C, C's sentences aligned with S2 are all aligned with S1 too,
    and S1 covers at least `margin` more of C."""
    into: dict[str, dict[str, ReuseLink]] = defaultdict(dict)
    for link in links:
        into[link.copy][link.source] = link
    return [link for link in links if not _explained(link, into, margin)]


def _explained(link: ReuseLink, into: dict[str, dict[str, ReuseLink]], margin: float) -> bool:
    from_second = {p.copy for p in link.pairs}
    for first, common in into[link.copy].items():
        if first == link.source or first not in into[link.source]:
            continue
        if from_second <= {p.copy for p in common.pairs} and common.share >= link.share + margin:
            return True
    return False


def compare(
    a: CleanArticle,
    b: CleanArticle,
    credits: Mapping[str, Sequence[Credit]],
    options: ReuseOptions,
    alignment: Alignment | None = None,
) -> ReuseLink | None:
    """The reuse link between two articles, or None if neither is a copy of the other
    (`alignment`: their sentences' alignment when already made)."""
    alignment = align(a.sentences, b.sentences) if alignment is None else alignment
    source, copy, reason = orient(a, b, alignment, credits.get(a.id, ()), credits.get(b.id, ()))
    flipped = source is b
    pairs = tuple(
        AlignedPair(p.copy, p.source, p.similarity, p.verbatim) if flipped else p
        for p in alignment.pairs
    )
    shares = (alignment.share_a, alignment.share_b)
    share_source, share_copy = shares[::-1] if flipped else shares
    broken = garbled_pairs(a, b, alignment)
    garbled = broken[0 if flipped else 1] > broken[1 if flipped else 0]
    garbled = garbled or _flagged_spun(copy, source)
    spun = garbled or alignment.wording >= options.close_wording
    copied = share_copy >= options.min_share and len(pairs) >= _min_pairs(
        alignment.verbatim, spun, options
    )
    credited = credits_outlet(credits.get(copy.id, ()), source)
    if not copied and not credited:
        return None
    if not copied:
        kind = "credited"
    elif garbled and alignment.verbatim < options.verbatim:
        kind = "spun"
    elif alignment.verbatim >= options.verbatim:
        whole = min(share_copy, share_source) >= options.duplicate
        kind = "duplicate" if whole else "partial"
    else:  # reworded: a rewrite that says where it comes from, or a spun copy
        kind = "credited" if credited else "spun"
    return ReuseLink(source.id, copy.id, share_copy, kind, pairs, reason)


def _min_pairs(verbatim: float, spun: bool, options: ReuseOptions) -> int:
    if verbatim >= options.verbatim:
        return options.min_pairs
    return options.min_pairs_spun if spun else options.min_pairs_reworded


def _flagged_spun(copy: CleanArticle, source: CleanArticle) -> bool:
    return "spun" in copy.quality.flags and "spun" not in source.quality.flags


def credit_links(
    articles: Sequence[CleanArticle],
    credits: Mapping[str, Sequence[Credit]],
    linked: set[frozenset[str]],
    options: ReuseOptions,
) -> list[ReuseLink]:
    """Links from an article to the article of an outlet it credits, where text reuse did
    not already link them: the credited outlet's most similar article, published no later."""
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for number, article in enumerate(articles):
        for key in article_outlet_keys(article):
            by_outlet[key].append(number)
    vocabulary: dict[int, set[str]] = {}
    links = []
    for number, article in enumerate(articles):
        for credit in credits.get(article.id, ()):
            found = {n for key in credit_keys(credit) for n in by_outlet.get(key, ())}
            found.discard(number)
            source = _most_similar(number, found, articles, vocabulary, options)
            if source is None or frozenset((source.id, article.id)) in linked:
                continue
            linked.add(frozenset((source.id, article.id)))
            alignment = align(source.sentences, article.sentences)
            links.append(
                ReuseLink(
                    source.id, article.id, alignment.share_b, "credited", alignment.pairs, "credits"
                )
            )
    return links


def _most_similar(
    number: int,
    others: set[int],
    articles: Sequence[CleanArticle],
    vocabulary: dict[int, set[str]],
    options: ReuseOptions,
) -> CleanArticle | None:
    article = articles[number]
    best, best_score = None, options.credit_similarity
    for other in sorted(others):
        candidate = articles[other]
        if candidate.id == article.id:
            continue
        if published_first(article.article.published, candidate.article.published) == 0:
            continue  # the credited article came out after the crediting one
        score = _jaccard(_vocabulary(article, vocabulary), _vocabulary(candidate, vocabulary))
        if score >= best_score:
            best, best_score = candidate, score
    return best


def _vocabulary(article: CleanArticle, cache: dict[int, set[str]]) -> set[str]:
    key = id(article)
    if key not in cache:
        cache[key] = features(words(article.text))
    return cache[key]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
