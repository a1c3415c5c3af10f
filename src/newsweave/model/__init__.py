"""Plain frozen dataclasses passed between pipeline stages, one module per stage's types.

This package is a leaf: it imports nothing else of newsweave, so every stage may import it.
"""

from newsweave.model.article import Article, CleanArticle, Quality, Removal, Sentence, TextAnalysis
from newsweave.model.compare import (
    Comparison,
    Conflict,
    ConflictValue,
    Fact,
    QuoteVariant,
    SingleSource,
    StoryEntity,
    StoryQuote,
    TimelineEntry,
)
from newsweave.model.digest import Cited, Digest
from newsweave.model.facts import ArticleFacts, Entity, Quantity, Quote, Span, TimeExpression
from newsweave.model.provenance import REUSE_KINDS, AlignedPair, Credit, Provenance, ReuseLink
from newsweave.model.story import Assignment, Story

__all__ = [
    "REUSE_KINDS",
    "AlignedPair",
    "Article",
    "ArticleFacts",
    "Assignment",
    "Cited",
    "CleanArticle",
    "Comparison",
    "Conflict",
    "ConflictValue",
    "Credit",
    "Digest",
    "Entity",
    "Fact",
    "Provenance",
    "Quality",
    "Quantity",
    "Quote",
    "QuoteVariant",
    "Removal",
    "ReuseLink",
    "Sentence",
    "SingleSource",
    "Span",
    "Story",
    "StoryEntity",
    "StoryQuote",
    "TextAnalysis",
    "TimeExpression",
    "TimelineEntry",
]
