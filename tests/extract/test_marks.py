"""Quotation marks: quotations inside quotations, in invented sentences."""

from __future__ import annotations

from newsweave.extract.marks import fragments
from newsweave.extract.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[f.start : f.end] for f in fragments(text, 0, len(text))]


def test_straight_quotation_inside_curly_marks_stays_inside() -> None:
    text = '“He called the plan "a harbour of lies" and walked out,” Mira Kell said.'
    assert quoted(text) == ['He called the plan "a harbour of lies" and walked out,']
    (quote,) = find_quotes(text, [(0, len(text))])
    assert quote.speaker == "Mira Kell"
    assert quote.text.endswith("and walked out")


def test_curly_quotation_inside_straight_marks_stays_inside() -> None:
    text = '"I read them the question: “Who pays for the dock?” Nobody answered," said Ody Rann.'
    assert quoted(text) == ["I read them the question: “Who pays for the dock?” Nobody answered,"]


def test_curly_quotation_inside_curly_marks_stays_inside() -> None:
    text = "“I would rather live in what he calls “ruin” than in his town,” said Ody Rann."
    assert quoted(text) == ["I would rather live in what he calls “ruin” than in his town,"]


def test_marks_that_do_not_pair_inside_are_read_as_before() -> None:
    # a curly mark closed by a straight one, and a curly mark never closed
    text = '“The dock is shut," said Ody Rann. "Until May," he added.'
    assert quoted(text) == ["The dock is shut,", "Until May,"]
    text = "“The dock is shut “for now” and “for good”"
    assert quoted(text) == ["The dock is shut “for now", "for good"]
