"""newsweave: turn news articles from many outlets into neutral, cited stories.

The pipeline is one package per stage (read, clean, cluster, digest, render, store);
this module re-exports the small public API.
"""

from newsweave.clean import clean_article
from newsweave.cluster import cluster_articles
from newsweave.digest import build_digest
from newsweave.errors import InputError, NewsweaveError, StoreError
from newsweave.model import Article, CleanArticle, Digest, Quality, Sentence, Story
from newsweave.read import read_inputs

__version__ = "0.1.0"

__all__ = [
    "Article",
    "CleanArticle",
    "Digest",
    "InputError",
    "NewsweaveError",
    "Quality",
    "Sentence",
    "StoreError",
    "Story",
    "build_digest",
    "clean_article",
    "cluster_articles",
    "read_inputs",
]
