"""read: every input (text, HTML, JSON Lines, RSS/Atom, WARC, newswire SGML; plain, gzipped,
in directories or on standard input) becomes `Article`s. Formats are told apart by content
first and file extension second, since scraped files are often misnamed."""

from __future__ import annotations

import codecs
import io
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.decode import REPLACEMENT, decode_bytes, text_encoding
from newsweave.read.feeds import read_feed
from newsweave.read.html import read_html
from newsweave.read.jsonl import read_json_document, read_jsonl
from newsweave.read.limits import bounded
from newsweave.read.sgml import looks_like_sgml, read_sgml
from newsweave.read.slices import SNIFF_BYTES, Slice, is_jsonl, is_warc, read_slice
from newsweave.read.sources import Source, iter_sources
from newsweave.read.text import read_text
from newsweave.text.normalize import normalize_text, without_surrogates

__all__ = ["Slice", "read_inputs", "read_slices", "unique_id"]

# Single documents larger than this are refused rather than read into memory; streams of
# records (JSON Lines, WARC) have no limit.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
_CHUNK_CHARS = 1 << 16
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
_FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})


def read_inputs(inputs: list[str]) -> Iterator[Article | InputError]:
    """Articles from every input, in order, with an InputError in place of anything unreadable.

    Ids are made unique within one call (`id`, `id-2`, ...) so that citations stay unambiguous.
    """
    return read_slices(iter_sources(inputs))


def read_slices(items: Iterable[Source | Slice | InputError]) -> Iterator[Article | InputError]:
    """What `read_inputs` gives, for inputs already found (and maybe cut, `slice_inputs`)."""
    seen: dict[str, int] = {}
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        source = item.source if isinstance(item, Slice) else item
        try:
            read = read_slice(item) if isinstance(item, Slice) and item.is_part else None
            for article in read or _read_source(source):
                if isinstance(article, InputError):
                    yield article
                else:
                    yield unique_id(_checked(article), seen)
        except InputError as error:
            yield error
        except (OSError, EOFError, zlib.error) as error:  # zlib.error: damaged gzip data
            yield InputError(source.name, f"cannot read: {error}")


def _read_source(source: Source) -> Iterator[Article | InputError]:
    head = source.head(SNIFF_BYTES)
    if is_warc(source, head):
        from newsweave.read.warc import read_warc  # warcio: 0.08 s a start-up need not pay

        with source.open_raw() as raw:  # warcio reads gzip members itself, and cut ones
            yield from read_warc(raw, source.stem, source.name)
        return
    with source.open() as stream:
        start = head.removeprefix(codecs.BOM_UTF8).lstrip()
        if looks_like_sgml(start.decode("latin-1")):
            encoding = text_encoding(head, source.name)
            text_stream = io.TextIOWrapper(stream, encoding=encoding, errors="replace")
            yield from read_sgml(iter(lambda: text_stream.read(_CHUNK_CHARS), ""), source.name)
            return
        if is_jsonl(source, head):
            text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace")
            yield from read_jsonl(text_stream, source.stem, source.name)
            return
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(source.name, f"file larger than {_size(MAX_DOCUMENT_BYTES)}")
    text = decode_bytes(data, source.name)
    yield from _read_document(source, data, text)


def _read_document(source: Source, data: bytes, text: str) -> Iterator[Article | InputError]:
    start = text[:SNIFF_BYTES].lstrip().lower()
    if source.suffix == ".json" or start.startswith("["):
        yield from read_json_document(text, source.stem, source.name)
    elif looks_like_sgml(start):  # (UTF-16 or UTF-32 SGML: not recognised from its bytes)
        yield from read_sgml([text], source.name)
    elif _is_feed(start) or (source.suffix in _FEED_SUFFIXES and "<html" not in start):
        yield from read_feed(data, source.stem, source.name)
    elif source.suffix in _HTML_SUFFIXES or "<html" in start or start.startswith("<!doctype"):
        yield read_html(text, source.stem, source.name)
    else:
        yield read_text(text, source.stem, source.name)


def _checked(article: Article) -> Article:
    """`article` within MAX_ARTICLE_CHARS, marked when its text holds undecodable bytes, with
    no lone surrogates in its id or origin (from a file name that is not UTF-8), and its title,
    source and byline on one line without control characters (a title's ESC would reach the
    terminal through every report)."""
    article = bounded(article)
    replaced = article.raw.count(REPLACEMENT)
    return replace(
        article,
        id=without_surrogates(article.id),
        origin=without_surrogates(article.origin),
        title=_one_line(article.title),
        source=_one_line(article.source),
        byline=_one_line(article.byline),
        metadata={**article.metadata, "replaced_characters": replaced}
        if replaced
        else article.metadata,
    )


def _one_line(field: str | None) -> str | None:
    return normalize_text(field) or None if field is not None else None


def _is_feed(start: str) -> bool:
    return any(tag in start for tag in ("<rss", "<feed", "<rdf:rdf"))


def unique_id(article: Article, seen: dict[str, int]) -> Article:
    """`article`, renamed `id-2`, `id-3`, ... if its id (or that name) was already given out
    (the ids given out so far are counted in `seen`)."""
    if article.id not in seen:
        seen[article.id] = 1
        return article
    count = seen[article.id]
    unique = article.id
    while unique in seen:
        count += 1
        unique = f"{article.id}-{count}"
    seen[article.id] = count
    seen[unique] = 1
    return replace(article, id=unique)


def _size(limit: int) -> str:
    return f"{limit >> 20} MiB" if limit >= 1 << 20 else f"{limit} bytes"
