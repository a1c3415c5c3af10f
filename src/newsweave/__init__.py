"""newsweave: turn news articles from many outlets into neutral, cited stories.

The pipeline is one package per stage (read, clean, cluster, digest, render, store);
this module re-exports the small public API.
"""

from importlib import import_module
from typing import Any

# Public names and the modules that define them, imported on first use: the digest pulls in
# scikit-learn (over a second to import), which `newsweave cluster` never needs.
_EXPORTS = {
    "Article": "newsweave.model",
    "CleanArticle": "newsweave.model",
    "Digest": "newsweave.model",
    "Quality": "newsweave.model",
    "Sentence": "newsweave.model",
    "Story": "newsweave.model",
    "InputError": "newsweave.errors",
    "NewsweaveError": "newsweave.errors",
    "StoreError": "newsweave.errors",
    "build_digest": "newsweave.digest",
    "clean_article": "newsweave.clean",
    "cluster_articles": "newsweave.cluster",
    "read_inputs": "newsweave.read",
    "ReuseLink": "newsweave.model",
    "find_reuse": "newsweave.provenance",
    "trace_provenance": "newsweave.provenance",
    "find_credits": "newsweave.provenance",
    "Assignment": "newsweave.model",
    "StreamClusterer": "newsweave.cluster",
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'newsweave' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)


__version__ = "0.1.0"

__all__ = sorted(_EXPORTS)
