"""Newswire SGML as in the DUC and TREC collections: `<DOC>` records with `<DOCNO>`,
optional `<HEADLINE>`/`<DATE_TIME>`, and the body in `<TEXT>`, hard-wrapped at ~70 columns."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.text.dates import parse_date

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S | re.I)
_FIELD = "<{0}>(.*?)</{0}>"
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
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


def read_sgml(text: str, name: str) -> Iterator[Article | InputError]:
    """Each `<DOC>` of the file as an article, paragraphs unwrapped onto single lines."""
    docs = _DOC.findall(text)
    if not docs:
        yield InputError(name, "no <DOC> records")
    for number, doc in enumerate(docs, start=1):
        docno = _field(doc, "DOCNO") or f"{name}-{number}"
        body = _field(doc, "TEXT")
        if not body:
            yield InputError(f"{name}#{number}", "<DOC> has no <TEXT>")
            continue
        yield Article(
            id=docno,
            raw=_unwrap(body),
            title=_field(doc, "HEADLINE"),
            published=_published(doc, docno),
            source=_agency(docno),
            origin=name,
        )


def _field(doc: str, tag: str) -> str | None:
    match = re.search(_FIELD.format(tag), doc, re.S | re.I)
    if not match:
        return None
    return " ".join(_TAG.sub(" ", match.group(1)).split()) if tag != "TEXT" else match.group(1)


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
