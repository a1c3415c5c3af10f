"""WARC archives: every HTML response record is read as a page (warcio streams the file)."""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr
from typing import Any, BinaryIO, TypeVar

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.decode import decode_bytes
from newsweave.read.html import read_html
from newsweave.read.limits import MAX_RECORD_CHARS, size_label
from newsweave.read.sources import GZIP_MAGIC, GZIP_WBITS

# What warcio raises on a damaged archive: besides its own errors, a response record without a
# WARC-Target-URI ends in an AttributeError inside warcio, a bad length in a ValueError.
_DAMAGED = (ArchiveLoadFailed, StatusAndHeadersParserException, AttributeError, ValueError)
_UNREADABLE_RECORD = (OSError, EOFError, ValueError, zlib.error)
T = TypeVar("T")


def read_warc(stream: BinaryIO, stem: str, name: str) -> Iterator[Article | InputError]:
    """The articles of the HTML responses in a WARC file; other records are skipped.

    A damaged record or archive is reported as an InputError; the records before it are kept.
    """
    records = ArchiveIterator(stream)
    number = seen = last_offset = 0
    while True:
        try:
            if seen:  # the previous record is read by now: its offset costs no reading
                last_offset = _quietly(records.get_record_offset)
            record = _quietly(lambda: next(records, None))
        except _DAMAGED as error:
            yield InputError(name, f"not a readable WARC archive ({_describe(error)})")
            return
        if record is None:
            break
        seen += 1
        if record.rec_type != "response" or not _is_html(record):
            continue
        number += 1
        url = record.rec_headers.get_header("WARC-Target-URI")
        yield _read_record(record, f"{stem}-{number}", f"{name}#{number} ({url})", url)
    if not _gzip_tail_complete(stream, last_offset):
        yield InputError(name, "the archive is cut short (its last gzip member is incomplete)")
    if getattr(records, "err_count", 0):
        yield InputError(name, "records with a wrong Content-Length: the archive is damaged")
    elif seen == 0:
        yield InputError(name, "not a readable WARC archive (no records)")
    elif number == 0:
        yield InputError(name, "no HTML response records in the WARC archive")


def _gzip_tail_complete(stream: BinaryIO, offset: int) -> bool:
    """Whether every gzip member from `offset` (the last record warcio read) to the end of the
    file is whole. warcio stops without a word at a member the file ends inside, or one that
    lacks only its trailer; True for an uncompressed archive."""
    stream.seek(offset)
    if stream.read(2) != GZIP_MAGIC:
        return True
    stream.seek(offset)
    member, pending = zlib.decompressobj(GZIP_WBITS), False
    while chunk := stream.read(1 << 16):
        while chunk:
            member.decompress(chunk, 1 << 20)  # bounded: only completeness matters
            pending = not member.eof
            chunk = member.unconsumed_tail or member.unused_data
            if member.eof and chunk:
                member = zlib.decompressobj(GZIP_WBITS)
    return not pending


def _describe(error: Exception) -> str:
    if isinstance(error, ArchiveLoadFailed | StatusAndHeadersParserException):
        return " ".join(str(error).split())[:200]
    return "malformed record headers"  # warcio's own AttributeError/ValueError say nothing useful


def _quietly(call: Callable[[], T]) -> T:
    """`call()` with stderr kept quiet: warcio prints warnings about damaged records straight
    to it while it moves between records (err_count still counts them)."""
    with redirect_stderr(io.StringIO()):
        return call()


def _read_record(record: Any, article_id: str, where: str, url: str | None) -> Article | InputError:
    try:  # one byte past the limit tells an oversized page; warcio skips the rest itself
        content = record.content_stream().read(MAX_RECORD_CHARS + 1)
    except _UNREADABLE_RECORD as error:
        return InputError(where, f"cannot read the record ({error})")
    if len(content) > MAX_RECORD_CHARS:
        return InputError(where, f"page larger than {size_label(MAX_RECORD_CHARS)}, skipped")
    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside the record
        return InputError(where, "record is truncated")
    try:
        return read_html(decode_bytes(content, where), article_id, where, url=url)
    except InputError as error:
        return error


def _is_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    content_type = headers.get_header("Content-Type", "") if headers else ""
    return "html" in content_type.lower()
