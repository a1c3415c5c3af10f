"""Where articles come from: files, directories (recursive), gzip files and standard input."""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsweave.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
GZIP_WBITS = 16 + zlib.MAX_WBITS  # a gzip header, not a raw zlib stream


@dataclass(frozen=True)
class Source:
    """One input stream. `name` is how errors and ids refer to it (a path or "-")."""

    name: str
    path: Path | None  # None for standard input
    data: bytes = b""  # standard input, read once: a source may be opened more than once

    @property
    def stem(self) -> str:
        """The file name without its extensions (`.txt`, `.html.gz`, ...): the default id."""
        if self.path is None:
            return "stdin"
        name = self.path.name
        if name.endswith(".gz"):
            name = name[:-3]
        return Path(name).stem or name

    @property
    def suffix(self) -> str:
        """The format extension, lower case, with any `.gz` taken off (`.warc.gz` -> `.warc`)."""
        if self.path is None:
            return ""
        name = self.path.name.lower()
        if name.endswith(".gz"):
            name = name[:-3]
        return Path(name).suffix

    def open_raw(self) -> BinaryIO:
        """The stream as stored, compressed or not."""
        if self.path is None:
            return io.BytesIO(self.data)
        try:
            return self.path.open("rb")
        except OSError as error:
            raise InputError(self.name, f"cannot open: {error.strerror}") from error

    def open(self) -> BinaryIO:
        """The decompressed byte stream (gzip is detected by content, not name)."""
        raw = self.open_raw()
        head = raw.read(2)
        raw.seek(0)
        if head == GZIP_MAGIC:
            return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
        return raw

    def head(self, size: int) -> bytes:
        """The first `size` bytes of the decompressed stream, as far as a damaged or cut gzip
        file gives them (for telling formats apart; never raises on bad data)."""
        with self.open_raw() as raw:
            data = raw.read(size * 16)
        if not data.startswith(GZIP_MAGIC):
            return data[:size]
        try:
            return zlib.decompressobj(GZIP_WBITS).decompress(data, size)
        except zlib.error:
            return b""


def iter_sources(inputs: list[str]) -> Iterator[Source | InputError]:
    """Each input file in order: directories are walked recursively (hidden files skipped)."""
    for given in inputs:
        if given == "-":
            yield Source("-", None, sys.stdin.buffer.read())
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield Source(given, path)
        elif path.exists():
            yield _special(path)
        else:
            yield InputError(given, "no such file or directory")


def _walk(folder: Path) -> Iterator[Source | InputError]:
    """Files under `folder`; FIFOs, devices and sockets are reported and skipped (opening a FIFO
    waits for a writer forever), and so is a folder that cannot be listed."""
    found = False
    unreadable: list[OSError] = []  # filled by os.walk as it meets them
    reported = 0
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        yield from (_unreadable(error) for error in unreadable[reported:])
        reported = len(unreadable)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or _is_readme(name):
                continue
            path = Path(root) / name
            found = True
            yield Source(str(path), path) if path.is_file() else _special(path)
    yield from (_unreadable(error) for error in unreadable[reported:])
    if not found and not unreadable:
        yield InputError(str(folder), "directory holds no files")


def _unreadable(error: OSError) -> InputError:
    return InputError(str(error.filename), f"unreadable directory ({error.strerror}), skipped")


def _special(path: Path) -> InputError:
    kind = (
        "a FIFO"
        if path.is_fifo()
        else "a device"
        if path.is_block_device() or (path.is_char_device())
        else "a socket"
        if path.is_socket()
        else "a broken link"
    )
    return InputError(str(path), f"not a regular file ({kind}), skipped")


def _is_readme(name: str) -> bool:
    """README, README.md, readme.rst, ...: notes about a folder of articles, not an article."""
    return name.split(".", 1)[0].lower() == "readme"
