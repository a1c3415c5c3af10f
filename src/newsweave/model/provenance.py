"""Who copied whom: credits, aligned sentences, reuse links and independent origins."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Credit:
    """An outlet an article credits for its information ("NBC News reports", "according to
    Politico", "The Associated Press contributed to this report").

    `outlet` is the name as a reader knows it; `domain` the outlet's web domain when newsweave
    knows it (built-in list of major outlets), so a credit can point to an article in the
    story; `start`/`end` are offsets into `Article.raw` of the words that give the credit."""

    outlet: str
    domain: str | None
    phrase: str
    start: int
    end: int


@dataclass(frozen=True)
class AlignedPair:
    """Evidence of reuse: sentence `source` of the source article (an index into its
    `sentences`) matches sentence `copy` of the copy. `similarity` is the weighted share of
    content terms they share; `verbatim` the share of words found word for word."""

    source: int
    copy: int
    similarity: float
    verbatim: float


REUSE_KINDS = ("duplicate", "partial", "spun", "credited")


@dataclass(frozen=True)
class ReuseLink:
    """Article `copy` reuses article `source` (both ids).

    `share` is the share of the copy's words in sentences that come from the source; `kind`
    one of REUSE_KINDS; `pairs` the aligned sentences that show it (a credited link may have
    few or none); `reason` says how the direction was decided ("published first", "credits",
    "spun", "contained", ...)."""

    source: str
    copy: str
    share: float
    kind: str
    pairs: tuple[AlignedPair, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class Provenance:
    """Who copied whom within a set of articles, and how many independent origins they have.

    `origins` maps each article id to its origin: the id of the first published article of
    the group it belongs to, once articles joined by reuse, credits or a shared outlet are
    merged. Articles with the same origin are not independent sources."""

    reuse: tuple[ReuseLink, ...] = ()
    credits: Mapping[str, tuple[Credit, ...]] = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict)

    @property
    def independent_origins(self) -> int:
        return len(set(self.origins.values()))

    def copy_of(self, article_id: str) -> str | None:
        """The source of the strongest reuse link in which `article_id` is the copy."""
        links = [r for r in self.reuse if r.copy == article_id]
        return max(links, key=lambda r: r.share).source if links else None
