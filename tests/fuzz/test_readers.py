"""Property-based fuzzing of every reader, cleaning, sentence splitting and fingerprinting:
whatever the bytes, the only exception is InputError and every offset lies inside the text.

Bounded to a few dozen examples per property so `make test` stays fast; the long campaign is
`python -m benchmarks.fuzz --examples N`."""

from __future__ import annotations

from pathlib import Path

from benchmarks.fuzz import FORMATS, hostile_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.clean import clean_article
from newsweave.clean.sentences import split_sentences
from newsweave.errors import InputError
from newsweave.fingerprint.hashing import fingerprint
from newsweave.model import Article
from newsweave.read import read_inputs

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def check_article(article: Article) -> None:
    cleaned = clean_article(article)
    size = len(article.raw)
    for start, end in cleaned.paragraphs:
        assert 0 <= start <= end <= size
    for sentence in cleaned.sentences:
        assert 0 <= sentence.start <= sentence.end <= size
    assert 0.0 <= cleaned.quality.score <= 1.0
    fingerprint(article.id, [s.text for s in cleaned.sentences])
    cleaned.text.encode("utf-8")


@FUZZ
@given(data=st.data())
def test_every_reader_holds_on_hostile_bytes(tmp_path: Path, data: st.DataObject) -> None:
    suffix = data.draw(st.sampled_from(sorted(FORMATS)))
    content = data.draw(hostile_document(suffix))
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    for item in read_inputs([str(path)]):
        if isinstance(item, InputError):
            assert str(item).startswith(str(path))
        else:
            check_article(item)


@FUZZ
@given(raw=st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_cleaning_holds_on_any_text(raw: str) -> None:
    check_article(Article(id="fuzz", raw=raw, title=raw[:20] or None))


@FUZZ
@given(
    raw=st.text(alphabet=st.sampled_from(".!?\"'”’)( \n\tAa1J.U.S"), max_size=300),
    data=st.data(),
)
def test_sentence_offsets_stay_in_their_paragraph(raw: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))
    for sentence in split_sentences(raw, start, end):
        assert start <= sentence.start <= sentence.end <= end
        assert sentence.text == " ".join(raw[sentence.start : sentence.end].split()) or (
            not raw[sentence.start : sentence.end].isascii()
        )
