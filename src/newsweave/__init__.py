"""newsweave: turn news articles from many outlets into neutral, cited stories.

The pipeline is one package per stage (read, clean, fingerprint, provenance, cluster,
extract, compare, digest, render) over the plain types of `newsweave.model`, with the store
at the edge; this module re-exports the small public API, each name imported on first use
so that `import newsweave` (and the CLI's start-up) stays cheap.
"""

from importlib import import_module
from typing import Any

__version__ = "0.2.0"

# Public names and the modules that define them.
_EXPORTS = {
    # Types passed between stages.
    "Article": "newsweave.model",
    "CleanArticle": "newsweave.model",
    "Story": "newsweave.model",
    "Assignment": "newsweave.model",
    "ReuseLink": "newsweave.model",
    "Digest": "newsweave.model",
    "Quality": "newsweave.model",
    "Sentence": "newsweave.model",
    # Errors (one tree).
    "NewsweaveError": "newsweave.errors",
    "InputError": "newsweave.errors",
    "StoreError": "newsweave.errors",
    "OptionsError": "newsweave.errors",
    # The stages, in pipeline order, with their options.
    "read_inputs": "newsweave.read",
    "clean_article": "newsweave.clean",
    "find_reuse": "newsweave.provenance",
    "find_credits": "newsweave.provenance",
    "trace_provenance": "newsweave.provenance",
    "ReuseOptions": "newsweave.provenance",
    "cluster_articles": "newsweave.cluster",
    "StreamClusterer": "newsweave.cluster",
    "ClusterOptions": "newsweave.cluster",
    "find_dates": "newsweave.extract.dates",
    "find_entities": "newsweave.extract.entities",
    "find_quotes": "newsweave.extract.quotes",
    "compare_story": "newsweave.compare",
    "build_digest": "newsweave.digest",
    "DigestOptions": "newsweave.digest",
    # Storage.
    "open_store": "newsweave.store",
    "Store": "newsweave.store",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'newsweave' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
