"""Bytes to text: the encoding is detected, not assumed; binary junk is refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from newsweave.errors import InputError

# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# UTF-16 without a BOM: Latin-script text has a NUL as every other byte. A share this high of
# NULs on one side and almost none on the other is not binary data: checked on the 5 seeds in
# UTF-16-LE and -BE (10 of 10 found) and 703 binaries of this machine (ELF, PNG, gzip, .pyc:
# none taken for UTF-16).
MIN_UTF16_NUL_SHARE = 0.3
MAX_UTF16_OTHER_NUL_SHARE = 0.02
# Share of control characters above which a file is binary, not text in an odd encoding.
MAX_CONTROL_SHARE = 0.02
WESTERN = "cp1252"
REPLACEMENT = "\ufffd"  # what an undecodable byte becomes
# Lone surrogates: JSON's "\\ud800", or undecodable bytes of a file name (os.fsdecode). Valid
# in a Python str, but no UTF-8 output, database or page can hold them.


def decode_bytes(data: bytes, where: str) -> str:
    """The text `data` holds. Raises InputError for empty or binary input.

    Undecodable bytes become U+FFFD; `read_inputs` flags articles that hold any."""
    return data.decode(text_encoding(data, where), errors="replace")


def text_encoding(data: bytes, where: str) -> str:
    """The encoding of `data` (a whole file, or the head of a stream). Raises InputError for
    empty or binary input."""
    if not data.strip():
        raise InputError(where, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    if (utf16 := _utf16_without_bom(data[:8192])) is not None:
        return utf16
    if _looks_binary(data):
        raise InputError(where, "binary file, not text")
    if _mostly_utf8(data):
        return "utf-8"
    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(where, "unknown text encoding")
    # On short texts charset-normalizer ties cp1252 with cp1250 and others (and may pick
    # cp1250: "Señora" read as "Seńora"); Western text is cp1252/latin-1 far more often.
    if any(
        m.encoding == WESTERN and m.chaos <= best.chaos and m.coherence >= best.coherence
        for m in matches
    ):
        return WESTERN
    return str(best.encoding)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8, or UTF-8 with a few damaged bytes: more well-formed multi-byte characters than
    bad bytes. A single-byte encoding (cp1252 "é" as 0xE9) has no well-formed ones at all, so
    a damaged UTF-8 file is never read whole as Mac Roman or cp1252."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode())
    if bad == 0:
        return True
    wellformed = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return wellformed > bad


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NULs fill one byte of each pair (Latin-script UTF-16)."""
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even, odd = (
        sample[0 : 2 * pairs : 2].count(0) / pairs,
        sample[1 : 2 * pairs : 2].count(0) / pairs,
    )
    for share, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if share >= MIN_UTF16_NUL_SHARE and other <= MAX_UTF16_OTHER_NUL_SHARE:
            return encoding
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > MAX_CONTROL_SHARE
