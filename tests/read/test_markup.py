"""Stray HTML tags in a plain text are read as the page would show them."""

from __future__ import annotations

from newsweave.read.jsonl import article_from_record
from newsweave.read.markup import strip_markup
from newsweave.read.text import read_text


def test_block_tags_break_lines_and_inline_tags_go() -> None:
    text = "The results were shown.</p><p>According to <a href='x'>the Herald</a>, Orsini won."
    assert strip_markup(text) == "The results were shown.\n\nAccording to the Herald, Orsini won."


def test_text_without_html_tags_is_left_as_it_is() -> None:
    for text in ("If a < b and c > d, then", "Send it to <Editor Name> &amp; co.", "plain"):
        assert strip_markup(text) == text
    assert strip_markup("Tom &amp; Jerry<br/>left") == "Tom & Jerry\nleft"


def test_readers_of_plain_text_read_through_stray_markup() -> None:
    record = {"id": "r1", "text": "Dockers struck.</p><p>Talks resume Monday.</p>"}
    article = article_from_record(record, "r1", "in.jsonl:1")
    assert article.raw == "Dockers struck.\n\nTalks resume Monday.\n"
    assert read_text("Dockers struck.<br>Talks resume.", "t1", "t.txt").raw == (
        "Dockers struck.\nTalks resume."
    )
