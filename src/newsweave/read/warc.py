"""WARC archives: every HTML response record is read as a page (warcio streams the file)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.decode import decode_bytes
from newsweave.read.html import read_html


def read_warc(stream: BinaryIO, stem: str, name: str) -> Iterator[Article | InputError]:
    """The articles of the HTML responses in a WARC file; other records are skipped."""
    number = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or not _is_html(record):
                continue
            number += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#{number} ({url})"
            try:
                html = decode_bytes(record.content_stream().read(), where)
                yield read_html(html, f"{stem}-{number}", where, url=url)
            except InputError as error:
                yield error
    except ArchiveLoadFailed as error:
        yield InputError(name, f"not a readable WARC archive ({error})")


def _is_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    content_type = headers.get_header("Content-Type", "") if headers else ""
    return "html" in content_type.lower()
