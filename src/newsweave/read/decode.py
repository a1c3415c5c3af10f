"""Bytes to text: the encoding is detected, not assumed; binary junk is refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from newsweave.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters above which a file is binary, not text in an odd encoding.
MAX_CONTROL_SHARE = 0.02
WESTERN = "cp1252"


def decode_bytes(data: bytes, where: str) -> str:
    """The text `data` holds. Raises InputError for empty or binary input."""
    if not data.strip():
        raise InputError(where, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if _looks_binary(data):
        raise InputError(where, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(where, "unknown text encoding")
    encoding = best.encoding
    # On short texts charset-normalizer ties cp1252 with cp1250 and others (and may pick
    # cp1250: "Señora" read as "Seńora"); Western text is cp1252/latin-1 far more often.
    if any(
        m.encoding == WESTERN and m.chaos <= best.chaos and m.coherence >= best.coherence
        for m in matches
    ):
        encoding = WESTERN
    return data.decode(encoding, errors="replace")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > MAX_CONTROL_SHARE
