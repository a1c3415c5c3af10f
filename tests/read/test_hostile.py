"""Hostile input (issue 13): inputs built to be slow, huge, deep or malformed are read in linear
time, within bounds, and reported as one InputError each while the run goes on."""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.clean import clean_article
from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read import read_inputs
from newsweave.read.limits import MAX_ARTICLE_CHARS, MAX_JSON_DEPTH, MAX_RECORD_CHARS
from newsweave.read.sgml import read_sgml
from newsweave.text.outlets import host_of, outlet_keys, outlet_name

BODY = "The Lindmark ferry resumed its crossings on Monday, the operator said. Queues were long."


def read_all(*paths: Path) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths]))


def errors_of(items: list[Article | InputError]) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def articles_of(items: list[Article | InputError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(**fields: object) -> str:
    return json.dumps({"text": BODY, **fields})


# Linear time


def test_sgml_with_thousands_of_unclosed_docs_and_texts_reads_in_linear_time(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wire.sgml"
    complete = "<DOC><DOCNO> X1 </DOCNO><TEXT> The ferry sailed. </TEXT></DOC>\n"
    unclosed_texts = "<DOC><DOCNO> X2 </DOCNO>" + "<TEXT>\n" * 8000 + "</DOC>\n"
    path.write_text(complete + unclosed_texts + "<DOC>\n" * 16_000)
    start = time.perf_counter()
    items = read_all(path)
    took = time.perf_counter() - start
    assert took < 2, f"{took:.1f} s (96 KB of these took 20 s before)"
    assert [a.id for a in articles_of(items)] == ["X1"]
    assert errors_of(items) == [
        f"{path}#2: <DOC> has no <TEXT>",
        f"{path}#3: <DOC> is not closed by </DOC> before the end of the file",
    ]


def test_sgml_record_the_file_ends_inside_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "cut.sgml"
    path.write_text("<DOC><DOCNO> A1 </DOCNO><TEXT> One. </TEXT></DOC>\n<DOC><TEXT> Cut")
    items = read_all(path)
    assert [a.id for a in articles_of(items)] == ["A1"]
    assert errors_of(items) == [
        f"{path}#2: <DOC> is not closed by </DOC> before the end of the file"
    ]


def test_sgml_is_read_record_by_record() -> None:
    def chunks() -> Iterator[str]:
        yield f"<DOC><DOCNO> APW19981010.0001 </DOCNO><TEXT> {BODY} </TEXT></DOC>\n<DO"
        raise AssertionError("read past the first record before yielding it")

    first = next(read_sgml(chunks(), "wire.sgml"))
    assert isinstance(first, Article) and first.id == "APW19981010.0001"


# Limits


def test_one_huge_json_line_is_skipped_with_a_message(tmp_path: Path) -> None:
    huge = json.dumps({"text": "word " * (MAX_RECORD_CHARS // 5 + 10)})
    path = jsonl(tmp_path, record(id="a"), huge, record(id="b"))
    items = read_all(path)
    assert [a.id for a in articles_of(items)] == ["a", "b"]
    assert errors_of(items) == [f"{path}:2: line longer than 8 million characters, skipped"]


def test_article_text_over_the_limit_is_cut_and_marked_truncated(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(("The ferry sailed on time " * 40 + ".\n") * (MAX_ARTICLE_CHARS // 1000 + 100))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert MAX_ARTICLE_CHARS - 10 < len(article.raw) <= MAX_ARTICLE_CHARS
    assert article.raw.endswith(("time", "The", "ferry", "sailed", "on"))
    assert article.metadata["truncated"] is True
    assert "truncated" in clean_article(article).quality.flags


def test_deeply_nested_json_is_an_input_error_not_a_recursion_error(tmp_path: Path) -> None:
    shallow = record(extra=[[[]]])
    nested = "[" * (MAX_JSON_DEPTH + 5) + "]" * (MAX_JSON_DEPTH + 5)
    deep = f'{{"text": "{BODY}", "extra": {nested}}}'
    deeper = "[" * 100_000 + "]" * 100_000
    items = read_all(jsonl(tmp_path, shallow, deep, "{" + deeper[1:-1] + "}"))
    assert len(articles_of(items)) == 1
    errors = errors_of(items)
    assert errors[0].endswith(":2: JSON nested more than 64 levels deep")
    assert ":3: " in errors[1]


def test_json_document_nested_too_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 50_000 + "]" * 50_000)
    assert errors_of(read_all(path)) == [f"{path}: JSON nested more than 64 levels deep"]


def test_integer_of_thousands_of_digits_is_an_input_error(tmp_path: Path) -> None:
    path = jsonl(tmp_path, f'{{"text": "{BODY}", "views": {"9" * 4400}}}', record(id="b"))
    items = read_all(path)
    assert [a.id for a in articles_of(items)] == ["b"]
    assert errors_of(items) == [f"{path}:1: invalid JSON (an integer of more than 4,000 digits)"]


def test_lone_surrogate_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = jsonl(tmp_path, '{"text": "Harbour \\ud800 news today.", "title": "\\udfff"}')
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.raw == "Harbour \ufffd news today."
    article.raw.encode("utf-8")  # writable
    assert article.metadata["replaced_characters"] == 1


def test_dates_outside_1900_to_2100_are_reported_not_kept(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        record(id="far", published="9999-12-31T23:59:59-23:59"),
        record(id="junk", published="the day after the storm"),
        record(id="fine", published="2021-12-29"),
    )
    items = read_all(path)
    far, junk, fine = articles_of(items)
    assert (far.published, junk.published, fine.published) == (None, None, datetime(2021, 12, 29))
    assert errors_of(items) == [
        f'{path}:1: `published` "9999-12-31T23:59:59-23:59" is not a date (ISO 8601, years '
        "1900-2100); read without one",
        f'{path}:2: `published` "the day after the storm" is not a date (ISO 8601, years '
        "1900-2100); read without one",
    ]


def test_wrong_json_types_name_the_field_and_the_type(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        record(title={"main": "Ferry"}),
        record(source=["Gazette"]),
        json.dumps({"text": 42}),
        record(published=20211229),
        "[1, 2]",
        record(id=7, url=None),
    )
    items = read_all(path)
    assert errors_of(items) == [
        f"{path}:1: `title` must be a string, not an object",
        f"{path}:2: `source` must be a string, not an array",
        f"{path}:3: `text` must be a string, not a number",
        f"{path}:4: `published` must be a string, not a number",
        f"{path}:5: an article must be a JSON object, not an array",
    ]
    assert [a.id for a in articles_of(items)] == ["7"]


@pytest.mark.parametrize("url", ["http://[oops/story", "https://news.example]/x[", "[::1"])
def test_urls_urlsplit_refuses_do_not_raise(tmp_path: Path, url: str) -> None:
    assert host_of(url) is None
    assert outlet_keys(url) is not None
    assert outlet_name("[Gazette", url) == "[Gazette"
    (article,) = read_all(jsonl(tmp_path, record(url=url, source="[x")))
    assert isinstance(article, Article)
    assert clean_article(article).outlet == "[x"


# Files and folders


def test_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    os.mkfifo(tmp_path / "pipe.txt")
    items = read_all(tmp_path)
    assert len(articles_of(items)) == 1
    assert errors_of(items) == [f"{tmp_path / 'pipe.txt'}: not a regular file (a FIFO), skipped"]


def test_unreadable_subfolder_is_reported_as_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(BODY)
    scandir = os.scandir

    def refusing(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:  # as chmod 000 does, for a user other than root
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    items = read_all(tmp_path)
    assert len(articles_of(items)) == 1
    assert errors_of(items) == [f"{locked}: unreadable directory (Permission denied), skipped"]


def test_unreadable_folder_is_not_called_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refusing(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refusing)
    assert errors_of(read_all(tmp_path)) == [
        f"{tmp_path}: unreadable directory (Permission denied), skipped"
    ]


# Encodings


def test_stray_bytes_in_utf8_stay_utf8_and_are_flagged(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(("Señora Čapek met the ferry crew in Zürich. " * 20).encode() + b"\xff\xfe!")
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert "Señora Čapek" in article.raw and "Zürich" in article.raw
    assert article.metadata["replaced_characters"] == 2


@pytest.mark.parametrize("encoding", ["utf-32", "utf-16-le", "utf-16-be"])
def test_utf32_and_bomless_utf16(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(f"Ferry news\n\n{BODY} Zürich.".encode(encoding))
    (article,) = read_all(path)
    assert isinstance(article, Article), str(article)
    assert article.raw.endswith("Queues were long. Zürich.")


# WARC


def warc_records(count: int, padding: int = 0) -> bytes:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=True)
    for number in range(count):
        html = f"<html><body><article><p>{BODY} Report {number}.</p><p>{BODY}</p></article>"
        html += " " * padding * (number == 0)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=io.BytesIO(html.encode()),
                http_headers=headers,
            )
        )
    return stream.getvalue()


@pytest.mark.parametrize(("cut", "kept"), [(8, 3), (200, 2)])
def test_truncated_warc_gz_keeps_complete_records_and_reports(
    tmp_path: Path, cut: int, kept: int
) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_records(3)[:-cut])  # 8: the gzip trailer only; 200: into the record
    items = read_all(path)
    assert len(articles_of(items)) == kept
    assert errors_of(items) == [
        f"{path}: the archive is cut short (its last gzip member is incomplete)"
    ]


def test_nan_and_infinity_are_not_json(tmp_path: Path) -> None:
    path = jsonl(tmp_path, f'{{"text": "{BODY}", "score": NaN}}', '{"text": "x", "n": -Infinity}')
    assert errors_of(read_all(path)) == [
        f"{path}:1: invalid JSON (NaN is not a JSON value)",
        f"{path}:2: invalid JSON (-Infinity is not a JSON value)",
    ]


def test_html_page_over_the_record_limit_is_skipped_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    path.write_text("<html><body><p>" + "The ferry sailed. " * (MAX_RECORD_CHARS // 18 + 1))
    assert errors_of(read_all(path)) == [
        f"{path}: HTML page larger than 8 million characters, skipped"
    ]


def test_a_file_name_that_is_not_utf8_gives_a_writable_id(tmp_path: Path) -> None:
    name = os.fsdecode(b"ferry\xff.txt")
    (tmp_path / name).write_text(BODY)
    (article,) = read_all(tmp_path / name)
    assert isinstance(article, Article)
    assert article.id == "ferry\ufffd"
    article.origin.encode("utf-8")


def test_feed_entry_dated_in_year_9999_is_read_undated(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(
        "<rss><channel><item><title>Ferry</title><link>http://[news.example/a</link>"
        "<pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate>"
        f"<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item></channel></rss>"
    )
    (article,) = read_all(path)
    assert isinstance(article, Article), str(article)
    assert article.published is None
    assert clean_article(article).outlet


def test_control_characters_leave_titles_sources_and_bylines(tmp_path: Path) -> None:
    path = jsonl(tmp_path, record(title="Ferry\x1b[31m news\n", source="\x07Gazette", byline="\t"))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert (article.title, article.source, article.byline) == ("Ferry [31m news", "Gazette", None)


def test_a_text_file_of_one_huge_line_reads_fast(tmp_path: Path) -> None:
    # 50 MB of one line took 56 s and 923 MB (its header rules ran on the whole line).
    path = tmp_path / "one-line.txt"
    path.write_text("The ferry sailed on time and " * (20_000_000 // 29))
    start = time.perf_counter()
    (article,) = read_all(path)
    assert time.perf_counter() - start < 4
    assert isinstance(article, Article) and article.metadata["truncated"] is True
    assert article.title is None


def test_warc_record_over_the_record_limit_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_records(2, padding=MAX_RECORD_CHARS))
    items = read_all(path)
    assert [a.url for a in articles_of(items)] == ["https://news.example/1"]
    assert errors_of(items) == [
        f"{path}#1 (https://news.example/0): page larger than 8 million characters, skipped"
    ]


def test_warc_with_wrong_lengths_keeps_warcio_warnings_off_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
    for number in range(3):
        html = f"<html><body><article><p>{BODY} {number}</p></article></body></html>"
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=io.BytesIO(html.encode()),
                http_headers=headers,
            )
        )
    data = stream.getvalue()
    length = data.split(b"Content-Length: ")[1].split(b"\r\n")[0]
    path = tmp_path / "crawl.warc"
    path.write_bytes(data.replace(b"Content-Length: " + length, b"Content-Length: 150", 1))
    items = read_all(path)
    assert errors_of(items)
    assert capsys.readouterr().err == ""
