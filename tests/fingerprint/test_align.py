"""Sentence alignment: robust to synonym swaps, clause splits and reordering; independent
reports of one event align little."""

from __future__ import annotations

from newsweave.fingerprint.align import _bits, _wording, align, prepare
from newsweave.model import CleanArticle, Sentence


def sentence_list(*texts: str) -> list[Sentence]:
    return [Sentence(t, 0, len(t)) for t in texts]


def by_id(examples: list[CleanArticle]) -> dict[str, CleanArticle]:
    return {a.id: a for a in examples}


def test_every_sentence_of_the_spun_copy_aligns_with_its_source(
    examples: list[CleanArticle],
) -> None:
    ex = by_id(examples)
    source, spun = ex["01_harbourgazette"], ex["05_spunnews"]
    result = align(source.sentences, spun.sentences)
    assert {p.copy for p in result.pairs} == set(range(len(spun.sentences)))
    # the copy's sentence i comes from the source's sentence i (the copy keeps the order)
    assert all(p.source == p.copy for p in result.pairs)
    assert result.share_b == 1.0 and result.verbatim < 0.5


def test_the_partial_repost_aligns_verbatim(examples: list[CleanArticle]) -> None:
    ex = by_id(examples)
    result = align(ex["01_harbourgazette"].sentences, ex["04_dailyreposter"].sentences)
    assert len(result.pairs) == 8 and result.verbatim > 0.8
    assert result.share_b > 0.8 > 0.7 > result.share_a  # the repost is the part


def test_independent_reports_of_one_event_align_little(examples: list[CleanArticle]) -> None:
    ex = by_id(examples)
    for other in ("03_coastalpost", "07_observer"):
        result = align(ex["01_harbourgazette"].sentences, ex[other].sentences)
        assert result.share_b < 0.2, other


def test_a_clause_split_aligns_one_to_many() -> None:
    source = sentence_list(
        "The union and the port authority reached a tentative deal late on Wednesday, "
        "and dockworkers will return to work at the Port of Lindmark on Friday.",
        "Exporters of timber and frozen fish said the stoppage cost them millions.",
    )
    copy = sentence_list(
        "The union and the harbour authority arrived at a provisional deal late on Wednesday.",
        "And dockworkers will go back to work at the Port of Lindmark on Friday.",
    )
    result = align(source, copy)
    assert {(p.source, p.copy) for p in result.pairs} == {(0, 0), (0, 1)}


def test_reordering_changes_nothing() -> None:
    texts = (
        "Union members will hold a ratification vote next Tuesday on the proposed deal.",
        "Transport minister Ilse Varga welcomed the breakthrough in a statement on Thursday.",
        "Exporters of timber and frozen fish said the stoppage cost them millions of crowns.",
    )
    forward = align(sentence_list(*texts), sentence_list(*texts))
    backward = align(sentence_list(*texts), sentence_list(*reversed(texts)))
    assert {(p.source, 2 - p.copy) for p in backward.pairs} == {
        (p.source, p.copy) for p in forward.pairs
    }
    assert forward.share_a == backward.share_a == 1.0


def test_short_sentences_never_align() -> None:
    result = align(sentence_list("Price said."), sentence_list("Price said."))
    assert result.pairs == ()


def test_wording_is_the_dice_share_of_the_longest_common_subsequence() -> None:
    # "the ferry left port at dawn" is common to both: 6 words of 9 and 7.
    first = "the old ferry left port at noon at dawn".split()
    second = "the ferry left the port at dawn".split()
    assert _wording(first, second) == _wording(second, first) == 2 * 6 / (9 + 7)
    assert _wording(first, []) == 0.0
    assert _wording(second, second) == 1.0
    # word bits of the longer list made once per article give the same share
    assert _wording(first, second, _bits(first)) == 2 * 6 / (9 + 7)
    assert _wording(second, first, _bits(first)) == 2 * 6 / (9 + 7)
    # a share that cannot reach `at_least` (9 + 7 words, at most 7 in common) reads 0.0
    assert _wording(first, second, at_least=0.9) == 0.0
    assert _wording(first, second, at_least=0.75) == 2 * 6 / (9 + 7)


def test_terms_keep_the_sentence_order() -> None:
    """Their order fixes the float sums of term containment: a set's order changed from run
    to run and with it the digest of 5,000 generated articles."""
    prepared = prepare(sentence_list("Harbour pilots in Veldmark voted 212 to 40 for a strike."))
    in_order = ["harbour", "pilot", "veldmark", "voted", "212", "40", "strike"]
    assert list(prepared.terms[0]) == in_order
