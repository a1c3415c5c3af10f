"""The words quotations are matched on."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsweave.compare.passages import words


@given(st.text(alphabet=st.sampled_from("aZ1_'’“”‘—–… .é,-\n")))
@example("“Russia’s troops,” the States' envoy said — twice…")
def test_words_are_the_reference_words(text: str) -> None:
    """What ASCII text is split into, fast, is what the word pattern finds."""
    reference = re.findall(r"\w+", text.lower().replace("'", "").replace("’", ""))
    assert words(text) == tuple(reference)


def test_apostrophes_are_dropped() -> None:
    assert words("Russia’s States' RUSSIAS") == ("russias", "states", "russias")
