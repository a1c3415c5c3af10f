"""Slices of input files, so that several workers can read one large JSON Lines file.

A JSON Lines file is cut at line ends into slices of about a given number of bytes, each
starting with a record and knowing the number of its first line, so that default ids
(`stem-LINE`) and error locations (`name:LINE`) are those of a read of the whole file.
Other formats, gzipped files and standard input stay whole: their records cannot be found
without decoding everything before them.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.jsonl import read_jsonl
from newsweave.read.sources import GZIP_MAGIC, Source

SNIFF_BYTES = 4096
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc", ".arc"})


@dataclass(frozen=True)
class Slice:
    """Bytes `start` to `end` of an input (`end` None: to its end), whose first line is line
    number `line` of the file; `size` is its length in bytes (0 for standard input)."""

    source: Source
    start: int = 0
    end: int | None = None
    line: int = 1
    size: int = 0

    @property
    def is_part(self) -> bool:
        """Whether this is less than the whole input."""
        return self.start > 0 or self.end is not None


def is_warc(source: Source, head: bytes) -> bool:
    return source.suffix in WARC_SUFFIXES or head.startswith(b"WARC/")


def is_jsonl(source: Source, head: bytes) -> bool:
    """JSON Lines by name, or by content: an object first and not named `.json` (a JSON array
    or `.json` file is one document)."""
    if is_warc(source, head):
        return False
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if source.suffix in JSONL_SUFFIXES:
        return True
    return start.startswith(b"{") and source.suffix != ".json"


def cut_source(source: Source, size: int) -> list[Slice]:
    """`source` in slices of about `size` bytes if it is a plain JSON Lines file, else whole
    (an unreadable file too: reading it reports the problem)."""
    if source.path is None:
        return [Slice(source)]
    try:
        whole = Slice(source, size=source.path.stat().st_size)
        if whole.size <= size:
            return [whole]
        with source.path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
            if head.startswith(GZIP_MAGIC) or not is_jsonl(source, head):
                return [whole]
            stream.seek(0)
            return _line_slices(source, stream, size)
    except OSError:
        return [Slice(source)]


def _line_slices(source: Source, stream: io.BufferedIOBase, size: int) -> list[Slice]:
    """Cuts before a non-blank line once a slice holds `size` bytes and a record. Lines are
    counted as text mode counts them (a lone carriage return ends a line too)."""
    slices: list[Slice] = []
    start = offset = records = 0
    first = line = 1
    for raw in stream:
        blank = not raw.strip()
        if offset - start >= size and records and not blank:
            slices.append(Slice(source, start, offset, first, offset - start))
            start, first, records = offset, line, 0
        records += not blank
        offset += len(raw)
        line += 1 + raw.count(b"\r") - raw.count(b"\r\n")
    slices.append(Slice(source, start, None, first, offset - start))
    return slices


def read_slice(piece: Slice) -> Iterator[Article | InputError]:
    """The articles of a slice of a JSON Lines file, lines numbered as in the whole file."""
    assert piece.source.path is not None, "standard input is never cut"
    with piece.source.path.open("rb") as stream:
        stream.seek(piece.start)
        data = stream.read() if piece.end is None else stream.read(piece.end - piece.start)
    encoding = "utf-8-sig" if piece.start == 0 else "utf-8"  # a BOM only opens the file
    text = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="replace")
    yield from read_jsonl(text, piece.source.stem, piece.source.name, piece.line)
