from __future__ import annotations

import time

from newsweave.clean.sentences import is_garbled, split_sentences


def texts(raw: str) -> list[str]:
    return [s.text for s in split_sentences(raw, 0, len(raw))]


def test_abbreviations_initials_and_dates_do_not_end_sentences() -> None:
    raw = (
        "Secretary of State Antony J. Blinken met Mr. Price in Washington, D.C. on Jan. 10. "
        "The U.S. delegation left at 5 p.m. Officials said talks went well."
    )
    assert texts(raw) == [
        "Secretary of State Antony J. Blinken met Mr. Price in Washington, D.C. on Jan. 10.",
        "The U.S. delegation left at 5 p.m. Officials said talks went well.",
    ]
    # a case's name (realnews-dev read "The court rejected the Roe v." as a sentence)
    assert texts("The court overturned Dorn v. Varn on Friday.") == [
        "The court overturned Dorn v. Varn on Friday."
    ]


def test_quotes_close_sentences() -> None:
    raw = '"We are ready," she said. "Talks resume Monday." He left.'
    assert texts(raw) == ['"We are ready," she said.', '"Talks resume Monday."', "He left."]


def test_offsets_are_relative_to_the_whole_text() -> None:
    raw = "Header line\nFirst sentence here. Second one here."
    start = raw.index("First")
    sentences = split_sentences(raw, start, len(raw))
    assert [raw[s.start : s.end] for s in sentences] == ["First sentence here.", "Second one here."]


def test_signs_of_spun_text() -> None:
    assert is_garbled("It was said by a senior official. of the administration.")
    assert is_garbled("according to the spokesman. , Ned Price.")
    assert is_garbled("said the official.")
    assert not is_garbled("No police.")  # a fragment is style
    assert not is_garbled("The A.N.C. and the I.F.P. met. . . . Talks went on.")
    assert not is_garbled("The U.S. and its allies met in Geneva on Jan. 10.")
    assert not is_garbled("“We are prepared for diplomacy,” the official said.")


def test_an_ellipsis_before_a_lower_case_word_is_not_garbling() -> None:
    assert not is_garbled("“America fears its shadow ... in every part of the world,” he said.")


def test_long_runs_of_stops_split_in_linear_time() -> None:
    # 16,000 dots took 29 s before (every dot rescanned the whole run); now milliseconds.
    for run in (".", "!?", "?!."):
        raw = "The ferry waited" + run * 60_000 + " and then it sailed."
        start = time.perf_counter()
        sentences = split_sentences(raw, 0, len(raw))
        assert time.perf_counter() - start < 0.5
        assert sentences[0].start == 0 and sentences[-1].end == len(raw)


def test_a_run_of_stops_before_a_capital_is_one_boundary() -> None:
    assert texts("It sank... Nobody drowned?! Good.") == ["It sank...", "Nobody drowned?!", "Good."]
