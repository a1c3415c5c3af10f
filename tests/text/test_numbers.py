"""Where numbers may start: the one-scan `number_positions` against the plain reading of
its promise (each number word found wherever it stands, kept where no letter precedes it)."""

from __future__ import annotations

from newsweave.text.numbers import _ANCHOR_WORDS, number_positions


def _each_word_in_turn(text: str, start: int, end: int) -> list[int]:
    lower = text.lower() if len(text.lower()) == len(text) else text
    digits = [i for i in range(start, end) if text[i].isdecimal()]
    found = {i for i in digits if i == start or not text[i - 1].isdecimal()}
    for word in _ANCHOR_WORDS:
        at = lower.find(word, start, end)
        while at != -1:
            if not (at and lower[at - 1].isalpha()):
                found.add(at)
            at = lower.find(word, at + 1, end)
    return sorted(found)


def test_number_words_start_after_anything_but_a_letter() -> None:
    text = "One of Two 1one éone _one 2two someone (ten) TENS of İone 12,500 and a half"
    for start, end in [(0, len(text)), (1, len(text)), (4, 30), (27, 31), (0, 3), (62, 70)]:
        assert number_positions(text, start, end) == _each_word_in_turn(text, start, end)


def test_a_word_cut_by_the_end_is_not_a_number() -> None:
    assert number_positions("it was ten", 0, 9) == []
    assert number_positions("it was ten", 0, 10) == [7]
