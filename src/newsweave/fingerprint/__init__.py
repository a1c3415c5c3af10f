"""fingerprint: exact and near-duplicate search and sentence alignment between articles.

It finds which articles share text and which sentences match; `newsweave.provenance`
decides who copied whom. `align` stays in `newsweave.fingerprint.align`: re-exported here,
the function would hide the module of the same name."""

from newsweave.fingerprint.align import Alignment
from newsweave.fingerprint.candidates import Candidate, CandidateIndex, candidate_pairs
from newsweave.fingerprint.hashing import Fingerprint, fingerprint

__all__ = [
    "Alignment",
    "Candidate",
    "CandidateIndex",
    "Fingerprint",
    "candidate_pairs",
    "fingerprint",
]
