"""Unicode and whitespace normalisation of article text."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ud800-\udfff]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with each lone surrogate (from JSON "\\ud800" escapes or undecodable file
    names) made U+FFFD, so that it can be encoded and stored."""
    return _SURROGATE.sub("\ufffd", text)


def printable(value: object) -> object:
    """Text for output with control characters (a terminal escape, a NUL) and lone
    surrogates replaced by U+FFFD: text from the web or a store must not drive a terminal
    or break an encoder. Other values pass through, markup too (`str` subclasses: as a Jinja
    `finalize`, the text inside a macro's markup was made printable when it was rendered)."""
    return _UNPRINTABLE.sub("\ufffd", value) if type(value) is str else value


def normalize_text(text: str) -> str:
    """NFC, invisible and control characters dropped, runs of white space made one space.

    NFC, not NFKC: compatibility folding rewrites text people read ("½" becomes "1⁄2", Arabic
    presentation forms change letters), which cost 0.002 F1 on the extraction benchmark.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    # Invisible and control characters are unprintable, as is white space other than " ":
    # most text has neither, and `isprintable` is cheaper than the two searches, and than
    # splitting and joining a text whose spaces are already single and inside it.
    if not text.isprintable():
        text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    elif "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def comparable(text: str) -> str:
    """Lower-case words only: for deciding whether two short lines say the same thing."""
    return " ".join(re.findall(r"\w+", normalize_text(text).lower()))


_WORD = re.compile(r"\w+")
# The marks besides ASCII that most news text holds: none is a word character, so a text
# whose other characters are ASCII has the words `_words` finds with `bytes.translate`.
_COMMON_MARKS = ("“", "”", "‘", "’", "—", "–")
# ASCII characters that are not word characters, as spaces: a `bytes.translate` table (read
# per byte, where `str.translate` looks each character up in a dict: content hashes of 1,000
# generated articles, 4% fewer instructions)
_ASCII_NON_WORD = bytes(
    ord(" ") if byte < 128 and not (chr(byte).isalnum() or byte == ord("_")) else byte
    for byte in range(256)
)


def content_hash(text: str, url: str | None = None) -> str:
    """sha256 (hex) of `url` and `text` as lower-case words joined by spaces: the one
    identity of an article's content (the store's, and exact-duplicate search's).

    Case, punctuation and spacing do not change it; words do. The store passes the URL,
    because the same text at another outlet's address is a copy worth keeping: who reprinted
    whom is what provenance is about."""
    normalised = _words(text.lower())
    data = f"{url or ''}\n{normalised}".encode("utf-8", "surrogatepass")  # lone ones too
    return hashlib.sha256(data).hexdigest()


def _words(lowered: str) -> str:
    """`_WORD`'s words of `lowered`, joined by single spaces: for text that is ASCII but for
    `_COMMON_MARKS` (most news), spaced out by `translate` and split, 2x faster than `_WORD`
    (1,000 generated articles)."""
    spaced = lowered
    for mark in _COMMON_MARKS:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    if spaced.isascii():
        return " ".join(spaced.encode().translate(_ASCII_NON_WORD).decode().split())
    return " ".join(_WORD.findall(lowered))
