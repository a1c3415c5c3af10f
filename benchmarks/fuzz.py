"""Fuzz campaign over the readers, and time per KB of pathological text (issue 13).

    python -m benchmarks.fuzz --examples N [--max-kb 10240]

Part 1 feeds N hostile documents per format (built by `hostile_document`, the same strategy the
pytest properties in tests/fuzz/ use) through `read_inputs`, cleaning, sentences, quality and
fingerprinting, and counts inputs, tracebacks (any exception but InputError), hangs (over
HANG_SECONDS) and the peak memory one input took. Part 2 times pathological texts from 10 KB up
to 10 MB: the time per KB must stay flat (linear total time). Each reader is fuzzed in a process
of its own, so its peak resident memory (imports included, about 150 MiB) is its own.
"""

from __future__ import annotations

import argparse
import gzip
import io
import resource
import signal
import tempfile
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import FrameType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.clean import clean_article
from newsweave.errors import InputError
from newsweave.fingerprint.hashing import fingerprint
from newsweave.read import read_inputs

HANG_SECONDS = 10
# Structural pieces of each format: fuzzing splices them with runs, junk and text, so the
# parsers meet unclosed, repeated and nested structure, not only noise.
FORMATS: dict[str, tuple[str, ...]] = {
    ".txt": (
        "Ferry news\n",
        "20211229\n",
        "https://x.example/a\n",
        "By Jo Lind | 2021\n",
        ". ",
        "Leave a Reply\n",
        "(AP Photo/Jo)",
        "\n\n",
        "Mr. ",
        "U.S. ",
    ),
    ".html": (
        "<html>",
        "<body>",
        "<p>",
        "</p>",
        "<article>",
        "<a href='x'>",
        "</a>",
        "<div>",
        "<!--",
        "<script>",
        "&amp;",
        "<meta property='og:title' content='x'>",
        "<title>",
    ),
    ".jsonl": (
        '{"text": "',
        '", ',
        '"published": "',
        '"url": "http://[',
        '"html": "<p>',
        '"id": ',
        "\\ud800",
        "[",
        "{",
        "}",
        "]",
        "\n",
        "9999",
        "null",
        '"',
    ),
    ".rss": (
        "<rss><channel>",
        "<item>",
        "</item>",
        "<description>",
        "</description>",
        "<link>http://[x</link>",
        "<pubDate>Mon, 99 Foo 9999</pubDate>",
        "<![CDATA[",
        "<feed xmlns='http://www.w3.org/2005/Atom'>",
        "<entry><content type='html'>",
    ),
    ".sgml": (
        "<DOC>",
        "</DOC>",
        "<DOCNO> APW19981016.0240 </DOCNO>",
        "<TEXT>",
        "</TEXT>",
        "<P>",
        "&UR;",
        "``",
        "''",
        "<HEADLINE>",
        "<DATE_TIME> 99/99/9999 </DATE_TIME>",
        "(bp)",
    ),
    ".warc": (),  # built from a fuzzed page, then cut or damaged: see _warc
}
_RUN_CHARS = ".!?()<>[]{}\"'\\ \n\t-_&;/:A1a\x00\ufffd"


def _runs() -> st.SearchStrategy[str]:
    return st.builds(lambda c, n: c * n, st.sampled_from(_RUN_CHARS), st.integers(1, 3000))


def _pieces(tokens: tuple[str, ...]) -> st.SearchStrategy[str]:
    parts = [st.text(max_size=40), _runs()]
    if tokens:
        parts.insert(0, st.sampled_from(tokens))
    return st.lists(st.one_of(*parts), max_size=40).map("".join)


def _encoded(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "latin-1"])
    return st.builds(lambda t, e: t.encode(e, errors="replace"), text, encodings)


def _damaged(data: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """Cut short, gzipped (and maybe cut), or with random bytes spliced in."""
    return st.one_of(
        data,
        st.builds(lambda d, f: d[: int(len(d) * f)], data, st.floats(0, 1)),
        st.builds(lambda d, f: gzip.compress(d)[: max(2, int(len(d) * f))], data, st.floats(0, 1)),
        st.builds(
            lambda d, j: d[: len(d) // 2] + j + d[len(d) // 2 :], data, st.binary(max_size=64)
        ),
    )


def _warc(page: str, gzipped: bool) -> bytes:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzipped)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
    for number in range(2):
        record = writer.create_warc_record(
            f"http://news.example/{number}",
            "response",
            payload=io.BytesIO(page.encode("utf-8", "replace")),
            http_headers=headers,
        )
        writer.write_record(record)
    return stream.getvalue()


def hostile_document(suffix: str) -> st.SearchStrategy[bytes]:
    """Bytes of a hostile input for the reader of `suffix` (a key of FORMATS)."""
    if suffix == ".warc":
        return _damaged(st.builds(_warc, _pieces(FORMATS[".html"]), st.booleans()))
    return _damaged(_encoded(_pieces(FORMATS[suffix])))


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang


def _process(path: Path) -> None:
    for item in read_inputs([str(path)]):
        if not isinstance(item, InputError):
            cleaned = clean_article(item)
            fingerprint(item.id, [s.text for s in cleaned.sentences])
            _ = cleaned.quality


def fuzz_reader(suffix: str, examples: int, folder: Path) -> dict[str, float]:
    """Counts for `examples` hostile inputs of one format."""
    signal.signal(signal.SIGALRM, _alarm)
    counts = {"inputs": 0, "tracebacks": 0, "hangs": 0, "peak_mib": 0.0, "slowest_s": 0.0}
    path = folder / f"input{suffix}"

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(hostile_document(suffix))
    def run(data: bytes) -> None:
        path.write_bytes(data)
        counts["inputs"] += 1
        start = time.perf_counter()
        signal.alarm(HANG_SECONDS)
        try:
            _process(path)
        except _Hang:
            counts["hangs"] += 1
        except Exception:
            counts["tracebacks"] += 1
            if counts["tracebacks"] <= 3:
                traceback.print_exc()
        finally:
            signal.alarm(0)
        counts["slowest_s"] = max(counts["slowest_s"], time.perf_counter() - start)

    run()
    counts["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return counts


def _fuzz_alone(suffix: str, examples: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as name:
        return fuzz_reader(suffix, examples, Path(name))


# Part 2: pathological text at growing sizes.
PATHOLOGICAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "run of dots": (".txt", lambda n: "The ferry" + "." * n),
    "run of ?! and spaces": (".txt", lambda n: "It sank" + "?! " * (n // 3)),
    "one huge line of words": (".txt", lambda n: "ferry " * (n // 6)),
    "open paren + capitals": (".txt", lambda n: "Ferry news.\n(" + "A" * n),
    "unclosed <DOC><TEXT>": (".sgml", lambda n: "<DOC>\n<TEXT>\n" * (n // 13)),
    "unclosed html tags": (".sgml", lambda n: "<DOC><TEXT>" + "<a " * (n // 3)),
    "deep JSON nesting": (".jsonl", lambda n: '{"text": "x", "a": ' + "[" * n),
    "one huge JSON line": (".jsonl", lambda n: '{"text": "' + "ferry " * (n // 6) + '"}'),
}


def time_per_kb(kind: str, sizes: list[int], folder: Path) -> list[float]:
    suffix, build = PATHOLOGICAL[kind]
    path = folder / f"patho{suffix}"
    result = []
    for size in sizes:
        path.write_text(build(size))
        start = time.perf_counter()
        _process(path)
        result.append((time.perf_counter() - start) * 1000 / (size / 1024))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--examples", type=int, default=200, help="hostile inputs per reader (0: none)"
    )
    parser.add_argument("--max-kb", type=int, default=10240, help="largest pathological text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(
            f"{'reader':8} {'inputs':>7} {'tracebacks':>10} {'hangs':>5} "
            f"{'peak RSS MiB':>12} {'slowest s':>9}"
        )
        for suffix in FORMATS if args.examples else ():
            with ProcessPoolExecutor(1) as alone:  # one process per reader: its own peak memory
                c = alone.submit(_fuzz_alone, suffix, args.examples).result()
            print(
                f"{suffix:8} {c['inputs']:7.0f} {c['tracebacks']:10.0f} {c['hangs']:5.0f} "
                f"{c['peak_mib']:12.0f} {c['slowest_s']:9.2f}",
                flush=True,
            )
        sizes = [kb * 1024 for kb in (10, 100, 1024, 10240) if kb <= args.max_kb]
        if not sizes:
            return
        print(f"\nms per KB  {'':24}" + "".join(f"{s // 1024:>9} KB" for s in sizes))
        for kind in PATHOLOGICAL:
            row = time_per_kb(kind, sizes, folder)
            print(f"{kind:34}" + "".join(f"{v:12.3f}" for v in row), flush=True)


if __name__ == "__main__":
    main()
