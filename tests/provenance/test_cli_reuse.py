"""`newsweave reuse`: one JSON line per reuse pair, with evidence; bad input is one line on
stderr."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsweave.cli import main


def reuse_lines(capsys: pytest.CaptureFixture[str], *inputs: object) -> list[dict[str, Any]]:
    status = main(["reuse", *map(str, inputs), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_reuse_on_the_examples(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    lines = reuse_lines(capsys, examples_dir)
    found = {(r["source"], r["copy"], r["kind"]) for r in lines}
    assert found == {
        ("01_harbourgazette", "02_northwire", "credited"),
        ("01_harbourgazette", "04_dailyreposter", "partial"),
        ("01_harbourgazette", "05_spunnews", "spun"),
        # 05 says "Northwire contributed to this story"; 02 names itself Northwire.
        ("02_northwire", "05_spunnews", "credited"),
    }
    for record in lines:
        assert {"source", "copy", "share", "kind", "reason", "pairs"} <= set(record)
        assert 0 <= record["share"] <= 1
        assert record["pairs"] or record["kind"] == "credited"  # a credit may share no text


def test_evidence_spans_point_into_the_raw_text(
    capsys: pytest.CaptureFixture[str], examples_dir: Path
) -> None:
    folder = examples_dir / "event-port-strike"
    (record,) = reuse_lines(capsys, folder / "01_harbourgazette.txt", folder / "05_spunnews.txt")
    raw = (folder / "05_spunnews.txt").read_text(encoding="utf-8")
    first = record["pairs"][0]
    start, end = first["copy_span"]
    assert raw[start:end].startswith("Dock labourers at the Port of Lindmark")


def test_reuse_on_the_seeds(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    lines = reuse_lines(capsys, seeds_dir)
    assert [(r["source"][:3], r["copy"][:3], r["kind"]) for r in lines] == [
        ("000", "001", "credited")
    ]


def test_no_copies_no_lines(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    assert reuse_lines(capsys, examples_dir / "event-port-strike-talks") == []


def test_missing_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status = main(["reuse", str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert len(err.strip().splitlines()) >= 1 and "Traceback" not in err
