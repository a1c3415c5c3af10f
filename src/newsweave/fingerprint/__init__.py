"""fingerprint: exact and near-duplicate search, passage-level reuse with a direction, and
the independent origins of a set of articles.

`align` stays in `newsweave.fingerprint.align`: re-exported here, the function would hide
the module of the same name."""

from newsweave.fingerprint.align import Alignment
from newsweave.fingerprint.candidates import Candidate, CandidateIndex, candidate_pairs
from newsweave.fingerprint.hashing import Fingerprint, fingerprint
from newsweave.fingerprint.provenance import origins, trace_provenance
from newsweave.fingerprint.reuse import ReuseOptions, find_reuse

__all__ = [
    "Alignment",
    "Candidate",
    "CandidateIndex",
    "Fingerprint",
    "ReuseOptions",
    "candidate_pairs",
    "find_reuse",
    "fingerprint",
    "origins",
    "trace_provenance",
]
