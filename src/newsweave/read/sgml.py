"""Newswire SGML as in the DUC and TREC collections: `<DOC>` records with `<DOCNO>`,
optional `<HEADLINE>`/`<DATE_TIME>`, and the body in `<TEXT>`, hard-wrapped at ~70 columns."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read.limits import MAX_RECORD_CHARS, size_label
from newsweave.text.dates import parse_date

# Records and fields are found by scanning for their tags once, left to right, never with
# `<DOC>(.*?)</DOC>`: that pattern rescans to the end of the file from every unclosed `<DOC>`.
_DOC_OPEN = re.compile(r"<DOC>", re.I)
_DOC_CLOSE = re.compile(r"</DOC>", re.I)
_TAG_CHARS = len("</DOC>")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # not across a `<`: "<a <a <a" stays linear
_PARAGRAPH = re.compile(r"</?P>|\n\s*\n|\n(?=[ \t]+\S)", re.I)
# Wire-service typesetting in the TEXT of DUC/TREC documents: lines marked `&UR;` (editors' notes,
# photo notes) or centred with `&QC;` (bylines), operator sign-offs at the end (`(bp-tsc)`), NYT
# transmission stamps (`NYT-10-18-98 1742EDT`); other codes (`&QL;`, `&LR;`) are dropped in place.
_WIRE_LINE = re.compile(
    r"^[^\n]*(?:&UR;|&QC;)[^\n]*\n?|^[ \t]*NYT-\d\d-\d\d-\d\d[ \t]+\d{4}E[SD]T\b[^\n]*\n?"
    r"|(?:^|(?<=[.!?'\"]))[ \t]*\([a-z]{2,4}(?:-[a-z]{2,4})*\)\s*\Z",
    re.M,
)
_WIRE_CODE = re.compile(r"&[A-Za-z][A-Za-z0-9]*;")
# `''` closes a quotation, except at the start of a paragraph or after a space, where AP copy
# uses it to open one (``''There have been ...''``).
_OPENING_QUOTES = re.compile(r"(?:^|(?<=[\s(\[]))''(?=\w)", re.M)
# Agency document numbers carry the date: APW19981016.0240, NYT19981021.0066, XIE19981203.0077.
_DOCNO_DATE = re.compile(r"^[A-Z_]{2,8}(\d{8})")


def looks_like_sgml(head: str) -> bool:
    return head.lstrip().upper().startswith("<DOC>")


def read_sgml(chunks: Iterable[str], name: str) -> Iterator[Article | InputError]:
    """Each `<DOC>` of the text (given in chunks of any size) as an article, paragraphs unwrapped
    onto single lines; records are read one at a time."""
    number = 0
    for number, doc in enumerate(_records(chunks), start=1):
        where = f"{name}#{number}"
        if doc is None:
            yield InputError(where, f"<DOC> larger than {size_label(MAX_RECORD_CHARS)}, skipped")
        elif isinstance(doc, _Unclosed):
            yield InputError(where, "<DOC> is not closed by </DOC> before the end of the file")
        else:
            yield _article(doc, name, number)
    if number == 0:
        yield InputError(name, "no <DOC> records")


class _Unclosed(str):
    """Stands for a `<DOC>` that the file ends inside."""


def _records(chunks: Iterable[str]) -> Iterator[str | None]:
    """The text inside each `<DOC>` ... `</DOC>` (None for one over MAX_RECORD_CHARS), then an
    `_Unclosed` for a record the text ends inside."""
    inside, body, size, pending = False, [], 0, ""
    for chunk in chunks:
        pending += chunk
        start = 0
        while match := (_DOC_CLOSE if inside else _DOC_OPEN).search(pending, start):
            if inside:
                size += match.start() - start
                body.append(pending[start : match.start()] if size <= MAX_RECORD_CHARS else "")
                yield "".join(body) if size <= MAX_RECORD_CHARS else None
                body, size = [], 0
            inside, start = not inside, match.end()
        keep = max(start, len(pending) - _TAG_CHARS)  # a tag may be split across chunks
        if inside:
            size += keep - start
            body.append(pending[start:keep] if size <= MAX_RECORD_CHARS else "")
        pending = pending[keep:]
    if inside:
        yield _Unclosed()


def _article(doc: str, name: str, number: int) -> Article | InputError:
    docno = _field(doc, "DOCNO") or f"{name}-{number}"
    body = _field(doc, "TEXT")
    if not body:
        return InputError(f"{name}#{number}", "<DOC> has no <TEXT>")
    return Article(
        id=docno,
        raw=_unwrap(body),
        title=_field(doc, "HEADLINE"),
        published=_published(doc, docno),
        source=_agency(docno),
        origin=name,
    )


def _field(doc: str, tag: str) -> str | None:
    opening = re.search(f"<{tag}>", doc, re.I)
    closing = opening and re.compile(f"</{tag}>", re.I).search(doc, opening.end())
    if not opening or not closing:
        return None
    value = doc[opening.end() : closing.start()]
    return " ".join(_TAG.sub(" ", value).split()) if tag != "TEXT" else value


def _unwrap(body: str) -> str:
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPH.split(_WIRE_LINE.sub("", body)))
    text = "\n".join(p for p in paragraphs if p)
    text = _TAG.sub("", text).replace("``", "“")
    text = _OPENING_QUOTES.sub("“", text).replace("''", "”")
    text = _WIRE_CODE.sub("", html.unescape(text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _published(doc: str, docno: str) -> datetime | None:
    stamp = _field(doc, "DATE_TIME")
    if stamp and (parsed := parse_date(stamp)):
        return parsed
    match = _DOCNO_DATE.match(docno)
    return parse_date(match.group(1)) if match else None


def _agency(docno: str) -> str | None:
    match = re.match(r"^([A-Z_]{2,8})\d", docno)
    return match.group(1) if match else None
