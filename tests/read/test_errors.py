"""Broken input: every problem is an InputError naming the file; nothing raises, and what can be
read still is."""

from __future__ import annotations

import gzip
import io
import random
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsweave.read
from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read import read_inputs

BODY = (
    "The harbour ferry resumed its crossings on Monday after a week of repairs to the pier. "
    "Passengers queued from dawn, and the operator added two extra sailings."
)


def read_items(*paths: Path | str) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths]))


def only_error(path: Path | str) -> InputError:
    """The single item read from `path`, which must be an error naming it."""
    (item,) = read_items(path)
    assert isinstance(item, InputError), f"read as an article: {item!r}"
    assert item.where.startswith(str(path))
    assert str(item).startswith(f"{path}")
    return item


def only_article(path: Path) -> Article:
    (item,) = read_items(path)
    assert isinstance(item, Article), str(item)
    return item


def junk(size: int, seed: int = 7) -> bytes:
    """Random bytes with NULs in them, the same on every run."""
    data = bytearray(random.Random(seed).randbytes(size))
    data[10] = data[500] = 0
    return bytes(data)


def warc_with_page(html: bytes) -> bytes:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://news.example/ferry", "response", payload=io.BytesIO(html), http_headers=headers
        )
    )
    return stream.getvalue()


PAGE = f"<html><body><article><h1>Ferry</h1><p>{BODY}</p><p>{BODY}!</p></article></body></html>"

# name, content, what the message says
BROKEN = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n\t \r\n", "empty file"),
    ("junk.txt", junk(4000), "binary file"),
    ("junk.html", junk(4000, seed=8), "binary file"),
    ("empty.jsonl", b"\n\n", "empty file"),
    (
        "menu.html",
        b'<html><body><nav><a href="/">Home</a> <a href="/news">News</a> '
        b'<a href="/sport">Sport</a></nav></body></html>',
        "no article text",
    ),
    (
        "bare.html",
        b"<html><head><title>Ferry</title></head><body></body></html>",
        "no article text",
    ),
    ("cut.txt.gz", gzip.compress(BODY.encode() * 40)[:60], "cannot read"),
    ("notgzip.txt.gz", b"\x1f\x8b" + b"\x00" * 20, "cannot read"),
    (
        "feed.xml",
        b"<?xml version='1.0'?><rss><channel><title>x</title></channel></rss>",
        "not a readable RSS/Atom feed",
    ),
    (
        "garbage.warc",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nxyz",
        "not a readable WARC archive",
    ),
    ("cut.warc", warc_with_page(PAGE.encode())[:-120], "record is truncated"),
    (
        "nohtml.warc",
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n",
        "no HTML response records",
    ),
    ("records.sgml", b"<DOC>\n<DOCNO> X1 </DOCNO>\n</DOC>\n", "has no <TEXT>"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_file_is_one_error_naming_it(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = only_error(path)
    assert problem in error.problem


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    error = only_error(path)
    assert str(error) == f"{path}: no such file or directory"


def test_directory_with_no_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").write_text(BODY)
    error = only_error(tmp_path)
    assert error.problem == "directory holds no files"


def test_errors_do_not_stop_the_other_inputs(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    items = read_items(tmp_path / "missing.txt", empty, good)
    assert [type(i) for i in items] == [InputError, InputError, Article]


def test_damaged_gzip_data(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(BODY.encode() * 200))
    data[30:60] = bytes(30)  # inside the deflate stream: zlib fails, not the gzip framing
    path = tmp_path / "damaged.txt.gz"
    path.write_bytes(bytes(data))
    assert "cannot read" in only_error(path).problem


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(f"The café owner said \u2019no\u2019 to the plan. {BODY}".encode("cp1252"))
    article = only_article(path)
    assert "café owner said ’no’" in article.raw


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(f"Señora Müller reopened the café on the pier. {BODY}".encode("latin-1"))
    assert "Señora Müller reopened the café" in only_article(path).raw


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(f"Ferry crossings resume at the café\n\n{BODY}\n".encode("utf-16"))
    article = only_article(path)
    assert article.title == "Ferry crossings resume at the café"
    assert BODY in article.raw


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsweave.read, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text(BODY * 10)
    assert only_error(path).problem == "file larger than 1000 bytes"


def test_file_at_the_size_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fits.txt"
    path.write_text(BODY * 5)
    monkeypatch.setattr(newsweave.read, "MAX_DOCUMENT_BYTES", path.stat().st_size)
    assert only_article(path).raw == BODY * 5


def test_unclosed_html_tags_are_still_read(tmp_path: Path) -> None:
    paragraphs = [
        BODY,
        "The council said the repairs finished two days early.",
        "A second pier on the north shore will be inspected next month.",
    ]
    path = tmp_path / "unclosed.html"
    path.write_text(
        "<html><head><title>Ferry crossings resume</title><body><article>"
        "<h1>Ferry crossings resume" + "".join(f"<p>{p}\n" for p in paragraphs)
    )
    article = only_article(path)
    assert article.title == "Ferry crossings resume"
    for paragraph in paragraphs:
        assert paragraph in article.raw


def test_warc_records_before_the_damage_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "partly.warc"
    path.write_bytes(
        warc_with_page(PAGE.encode()) + b"WARC/1.0\r\nWARC-Type: response\r\n"
        b"Content-Length: 50\r\n\r\n" + bytes(50)
    )
    page, error = read_items(path)
    assert isinstance(page, Article) and page.url == "https://news.example/ferry"
    assert isinstance(error, InputError) and error.where == str(path)


def test_warc_damage_is_not_printed_by_warcio(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    record = warc_with_page(PAGE.encode())
    path = tmp_path / "badlength.warc"
    path.write_bytes(record.replace(b"Content-Length: ", b"Content-Length: 1", 1))
    items = read_items(path)
    assert any(isinstance(i, InputError) for i in items)
    assert capfd.readouterr().err == ""
