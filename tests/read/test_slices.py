"""Slices of a JSON Lines file read by several workers give what one read of the file gives:
the same articles, default ids and error locations (line numbers of the whole file)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsweave.errors import InputError
from newsweave.read import Slice, read_inputs, read_slices
from newsweave.read.slices import cut_source
from newsweave.read.sources import Source

BODY = "The Ostvik ferry board met on {day} to set the winter timetable for the island route."


def _lines() -> list[str]:
    """Invented records: ids given and not, blank lines, a broken line, CRLF and lone CR."""
    lines = []
    for n in range(40):
        record = {"title": f"Ferry board, meeting {n}", "text": BODY.format(day=f"day {n}")}
        if n % 3:
            record["id"] = f"ferry-{n % 7}"  # repeated ids: made unique across slices
        lines.append(json.dumps(record))
        if n % 10 == 4:
            lines.append("")
        if n == 17:
            lines.append('{"title": "cut off')
    return lines


def _describe(items: list[object]) -> list[tuple[str, ...]]:
    return [
        (i.where, i.problem) if isinstance(i, InputError) else (i.id, i.origin or "", i.raw)
        for i in items
        if isinstance(i, InputError) or hasattr(i, "raw")
    ]


def test_slices_read_as_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "ferries.jsonl"
    text = "\ufeff" + "\r\n".join(_lines()[:20]) + "\r" + "\n".join(_lines()[20:]) + "\n"
    path.write_bytes(text.encode())
    source = Source(str(path), path)
    pieces = cut_source(source, 600)
    assert len(pieces) > 5 and all(p.is_part for p in pieces[1:])
    assert [p.start for p in pieces[1:]] == [p.end for p in pieces[:-1]]
    assert sum(p.size for p in pieces) == path.stat().st_size
    whole = _describe(list(read_inputs([str(path)])))
    assert any(w[0].endswith(":21") for w in whole)  # the broken line, after CRLF lines
    assert _describe(list(read_slices(pieces))) == whole


def test_only_plain_json_lines_files_are_cut(tmp_path: Path, seeds_dir: Path) -> None:
    records = "".join(json.dumps({"text": BODY.format(day=f"day {n}")}) + "\n" for n in range(30))
    plain = tmp_path / "ferries.jsonl"
    plain.write_text(records)
    packed = tmp_path / "ferries-packed.jsonl.gz"
    packed.write_bytes(gzip.compress(records.encode()))
    seed = next(p for p in sorted(seeds_dir.iterdir()) if p.is_file())
    assert len(cut_source(Source(str(plain), plain), 50)) == 30
    for path in (packed, seed):
        whole = Slice(Source(str(path), path), size=path.stat().st_size)
        assert cut_source(whole.source, 10) == [whole]
    assert cut_source(Source("-", None), 10) == [Slice(Source("-", None))]
