"""Plain frozen dataclasses passed between pipeline stages, one module per stage's types.

This package is a leaf: it imports nothing else of newsweave, so every stage may import it.
"""

from newsweave.model.article import Article, CleanArticle, Quality, Removal, Sentence, TextAnalysis
from newsweave.model.digest import Cited, Digest, Fact
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
    "Credit",
    "Digest",
    "Entity",
    "Fact",
    "Provenance",
    "Quality",
    "Quantity",
    "Quote",
    "Removal",
    "ReuseLink",
    "Sentence",
    "Span",
    "Story",
    "TextAnalysis",
    "TimeExpression",
]
