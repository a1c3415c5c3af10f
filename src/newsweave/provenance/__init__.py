"""provenance: who copied whom (reuse links with a direction), which outlets an article
credits, and how many independent origins a set of articles has."""

from newsweave.provenance.credits import credits_in_text, find_credits
from newsweave.provenance.origins import origins, trace_provenance
from newsweave.provenance.reuse import ReuseOptions, find_reuse

__all__ = [
    "ReuseOptions",
    "credits_in_text",
    "find_credits",
    "find_reuse",
    "origins",
    "trace_provenance",
]
