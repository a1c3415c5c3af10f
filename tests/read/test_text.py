"""Plain-text articles: the header (title, date lines, URL, byline, `Updated:`) becomes metadata;
the text itself is kept as read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from newsweave.clean import clean_article
from newsweave.model import Article
from newsweave.read import read_inputs
from newsweave.read.text import read_text

BODY = (
    "The harbour ferry resumed its crossings on Monday after a week of repairs to the pier. "
    "Passengers queued from dawn, and the operator added two extra sailings."
)


def read_file(path: Path) -> Article:
    """The one article of a file, failing the test on a read error."""
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article), str(article)
    return article


@pytest.fixture
def seed(seeds_dir: Path) -> Callable[[str], Article]:
    """Seed number "000" ... "004" as read from ../shared/seeds."""

    def read_seed(number: str) -> Article:
        (path,) = seeds_dir.glob(f"{number}_*.txt")
        return read_file(path)

    return read_seed


def text_article(*header: str, body: str = BODY) -> Article:
    return read_text("\n".join([*header, "", body, ""]), "t", "t.txt")


# The five seeds: real reposts of one report, each with a different header.


def test_seed_000_header_gives_title_date_and_url(seed: Callable[[str], Article]) -> None:
    article = seed("000")
    assert article.title == "Biden Putin to speak Thursday amid growing tensions over Ukraine"
    assert article.published == datetime(2021, 12, 29)
    assert article.url is not None and article.url.startswith("https://www.nbcnews.com/")
    assert clean_article(article).outlet == "NBC News"  # the URL names a known outlet


def test_seed_001_byline_gives_author_and_time(seed: Callable[[str], Article]) -> None:
    article = seed("001")
    assert article.byline == "Brian Freeman"
    assert article.published == datetime(2021, 12, 29, 14, 55)
    assert article.url is None


def test_seed_002_author_line_date_and_update(seed: Callable[[str], Article]) -> None:
    article = seed("002")
    assert article.byline == "Nick Ciolino"
    assert article.published == datetime(2021, 12, 29)
    assert article.metadata == {"updated": "12/29/2021"}


def test_seed_003_has_no_header_and_starts_with_its_body(seed: Callable[[str], Article]) -> None:
    article = seed("003")
    assert (article.title, article.published, article.url, article.byline) == (None,) * 4
    first = clean_article(article).sentences[0]
    assert first.start == 0  # nothing before the first sentence was taken for a header


def test_seed_004_has_a_title_and_no_date(seed: Callable[[str], Article]) -> None:
    article = seed("004")
    assert article.title == "Biden and Putin to talk amid growing tensions in Ukraine"
    assert article.published is None


def test_seed_ids_are_file_names_and_raw_is_the_whole_file(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        article = read_file(path)
        assert article.id == path.stem
        assert article.origin == str(path)
        assert article.raw == path.read_text(encoding="utf-8")


# Literal headers.


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("20211229", datetime(2021, 12, 29)),
        ("12/29/2021", datetime(2021, 12, 29)),
        ("Wednesday, 29 December 2021 02:55 PM", datetime(2021, 12, 29, 14, 55)),
        ("Published: 12/29/2021", datetime(2021, 12, 29)),
        ("Published 12/29/2021", datetime(2021, 12, 29)),
        ("Posted: Dec. 29, 2021 3:45 p.m. ET", datetime(2021, 12, 29, 15, 45)),
    ],
)
def test_date_line_forms(line: str, published: datetime) -> None:
    article = text_article("Ferry crossings resume", line)
    assert article.title == "Ferry crossings resume"
    assert article.published == published


def test_label_line_with_the_date_on_the_next_line() -> None:
    article = text_article("Ferry crossings resume", "Published:", "12/29/2021")
    assert article.published == datetime(2021, 12, 29)
    assert article.metadata == {}


def test_update_line_is_not_the_publication_date() -> None:
    article = text_article("Ferry crossings resume", "Updated 12/30/2021")
    assert article.published is None
    assert article.metadata == {"updated": "12/30/2021"}


def test_published_and_updated_lines_in_either_order() -> None:
    for header in (
        ["Published: 12/29/2021", "Updated: 12/30/2021"],
        ["Updated: 12/30/2021", "Published: 12/29/2021"],
    ):
        article = text_article("Ferry crossings resume", *header)
        assert article.published == datetime(2021, 12, 29)
        assert article.metadata == {"updated": "12/30/2021"}


def test_url_line_gives_url_and_outlet() -> None:
    article = text_article("Ferry crossings resume", "https://www.harbourgazette.example/ferry")
    assert article.url == "https://www.harbourgazette.example/ferry"
    assert clean_article(article).outlet == "harbourgazette.example"


def test_byline_with_date() -> None:
    article = text_article("Ferry crossings resume", "By Ana Brel | Wednesday, 29 December 2021")
    assert article.byline == "Ana Brel"
    assert article.published == datetime(2021, 12, 29)


def test_byline_as_first_line_is_not_a_title() -> None:
    article = text_article("By Ana Brel | 12/29/2021")
    assert article.title is None
    assert article.byline == "Ana Brel"
    assert article.published == datetime(2021, 12, 29)


def test_text_with_no_header_at_all() -> None:
    raw = f"{BODY}\n\n{BODY}\n"
    article = read_text(raw, "plain", "plain.txt")
    assert (article.title, article.url, article.source, article.byline) == (None,) * 4
    assert article.published is None
    assert article.metadata == {}
    assert article.raw == raw


def test_a_sentence_that_mentions_a_date_is_not_a_date_line() -> None:
    article = text_article("Ferry crossings resume", "On 12/29/2021 the ferry was back.")
    assert article.published is None


def test_header_with_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Ferry crossings resume\r\n20211229\r\n\r\n" + BODY.encode() + b"\r\n")
    article = read_file(path)
    assert article.title == "Ferry crossings resume"
    assert article.published == datetime(2021, 12, 29)


def test_utf8_byte_order_mark_is_not_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfFerry crossings resume\n20211229\n\n" + BODY.encode())
    article = read_file(path)
    assert article.title == "Ferry crossings resume"
