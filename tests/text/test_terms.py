"""Content words and names: what clustering and the digest compare on."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given
from hypothesis import strategies as st

from newsweave.text.terms import (
    _TYPOGRAPHIC,
    STOPWORDS,
    _RunTerms,
    content_term,
    content_terms,
    names,
)


def test_stopwords_and_reporting_verbs_are_dropped_and_plurals_folded() -> None:
    terms = content_terms("The troops said they will stay; a troop of 100,000 soldiers.")
    assert terms["troop"] == 2 and terms["soldier"] == 1
    assert not {"the", "said", "they", "will"} & terms.keys()


def test_chinese_text_is_compared_by_character_bigrams() -> None:
    terms = content_terms("北京今天举行会议 Lindmark")
    assert {"北京", "会议", "lindmark"} <= terms.keys()
    assert "北京今天举行会议" not in terms


def test_names_are_capitalised_runs_inside_sentences() -> None:
    found = names("Talks began. Officials of the Port of Lindmark met Marta Oyelaran on Tuesday.")
    assert "marta oyelaran" in found
    assert "talks" not in found  # sentence-initial capitals are not names


def test_text_lower_casing_to_ascii_is_read_as_ascii() -> None:
    """The Kelvin sign lower-cases to "k": the ASCII path reads it, with the same terms."""
    assert content_terms("7 \u212aelvin units") == content_terms("7 kelvin units")


# What a word is: it starts with a letter and ends with a letter or digit. `content_terms`
# reads longer runs, and folds `_TYPOGRAPHIC` marks before: neither may change a term, nor
# the order terms are first seen in.
_REFERENCE_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_MARKS = "".join(mark for mark, _ in _TYPOGRAPHIC)


@given(st.text(alphabet=st.sampled_from(f"ab1_'- .é{_MARKS}")))
@example("Covid-19's 1990s _rates' -- x's 3d '-'")
def test_content_terms_are_the_terms_of_the_reference_words(text: str) -> None:
    assert_reference_terms(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_has_the_terms_of_the_reference_words(text: str) -> None:
    assert_reference_terms(text)


def assert_reference_terms(text: str) -> None:
    """`content_terms` are the terms of the words `_REFERENCE_WORD` finds."""
    expected = Counter(map(content_term, _REFERENCE_WORD.findall(text.lower())))
    expected.pop("", None)
    assert list(content_terms(text).items()) == list(expected.items())


# The names pattern as first written: look-behinds, then the run of capitalised words.
_REFERENCE_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b((?:[A-Z][\w'’-]+\s?){1,4})")


@given(st.text(alphabet=st.sampled_from("Ab1_'’- .!\né")))
@example("Talks began. Officials of the Port of Lindmark met Marta Oyelaran on Tuesday.")
def test_names_are_the_runs_of_the_reference_pattern(text: str) -> None:
    expected = {m.group(1).strip().lower() for m in _REFERENCE_NAME.finditer(text)}
    assert names(text) == {n for n in expected if n not in STOPWORDS and len(n) > 2}


def test_run_terms_are_memoised_in_bounded_memory() -> None:
    terms = _RunTerms()
    terms.limit = 2
    assert [terms[run] for run in ("troops", "1990s", "covid-19's", "troops")] == [
        "troop",
        "",
        "covid-19",
        "troop",
    ]
    assert len(terms) <= 2


def test_plurals_after_a_sibilant_fold_to_their_singular() -> None:
    words = "loss losses speech speeches clash clashes tax taxes witness witnesses troops"
    assert list(content_terms(words)) == ["loss", "speech", "clash", "tax", "witness", "troop"]
    assert list(content_terms("niche niches impasse impasses")) == ["niche", "impasse"]
