"""extract: what an article says about its sources. So far: the outlets it credits."""

from newsweave.extract.credits import credits_in_text, find_credits
from newsweave.extract.outlets import OUTLETS, Outlet, known_outlet, outlet_keys

__all__ = ["OUTLETS", "Outlet", "credits_in_text", "find_credits", "known_outlet", "outlet_keys"]
