"""digest: a short neutral account of a story where every sentence cites its sources."""

from newsweave.digest.build import DigestOptions, build_digest

__all__ = ["DigestOptions", "build_digest"]
