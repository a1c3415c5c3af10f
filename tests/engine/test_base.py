"""Batch ingest: partitions of the inputs read and cleaned apart (locally or on a Dask
LocalCluster) give the store exactly what one `ingest` of the same inputs gives."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsweave.engine import batch_ingest, open_engine, partitions
from newsweave.errors import InputError, NewsweaveError
from newsweave.pipeline import ingest, load_articles
from newsweave.store import Store, open_store


def _fail(error: InputError) -> None:
    raise AssertionError(str(error))


def _contents(store: Store) -> list[tuple[object, ...]]:
    return [(s.id, s.title, s.article_ids, tuple(store.explain(s.id))) for s in store.stories()]


def test_partitions_are_contiguous_groups_in_input_order(examples_dir: Path) -> None:
    groups = partitions([str(examples_dir)], 3, _fail)
    files = [piece.source.name for g in groups for piece in g]
    assert 3 <= len(groups) <= 4 and len(files) >= 9
    one = partitions([str(examples_dir)], 1, _fail)
    assert files == [piece.source.name for g in one for piece in g]
    sizes = [sum(piece.size for piece in g) for g in groups]
    assert max(sizes) <= 2 * min(sizes)  # balanced by bytes, not by files
    # Many partitions: every file apart, the JSON Lines file cut at line ends.
    many = partitions([str(examples_dir)], 1000, _fail)
    assert all(len(g) == 1 for g in many)
    jsonl = [g[0] for g in many if g[0].source.name.endswith(".jsonl")]
    assert len(jsonl) > 1 and jsonl[0].line == 1 < jsonl[1].line


def test_inputs_not_there_are_reported(tmp_path: Path) -> None:
    problems: list[InputError] = []
    assert partitions([str(tmp_path / "missing.jsonl")], 2, problems.append) == []
    assert "no such file" in problems[0].problem


@pytest.mark.parametrize("engine_name", ["local", "dask"])
def test_batch_equals_ingest(
    engine_name: str, tmp_path: Path, examples_dir: Path, seeds_dir: Path
) -> None:
    inputs = [str(examples_dir), str(seeds_dir)]
    with open_store(str(tmp_path / "ingest.db")) as store:
        ingest(store, load_articles(inputs, _fail), _fail)
        expected = _contents(store)
    # One file per partition: ids repeated across files (two 01_harbourgazette) must still
    # come out as one read makes them unique.
    engine = open_engine(engine_name, workers=1)
    try:
        with open_store(str(tmp_path / "batch.db")) as store:
            report, _ = batch_ingest(engine, store, inputs, _fail, count=50)
            assert _contents(store) == expected
    finally:
        engine.close()
    assert report.added == len(load_articles(inputs, _fail))


@pytest.mark.parametrize("engine_name", ["local", "dask"])
def test_one_large_file_read_in_slices_equals_ingest(
    engine_name: str, tmp_path: Path, examples_dir: Path, seeds_dir: Path
) -> None:
    """The examples and seeds as one JSON Lines file (ids left to the reader, so default ids
    carry line numbers), cut in line ranges on the workers."""
    big = tmp_path / "all.jsonl"
    with big.open("w") as out:
        for clean in load_articles([str(examples_dir), str(seeds_dir)], _fail):
            out.write(json.dumps({"title": clean.article.title, "text": clean.article.raw}) + "\n")
            out.write("\n")
    with open_store(str(tmp_path / "ingest.db")) as store:
        ingest(store, load_articles([str(big)], _fail), _fail)
        expected = _contents(store)
    assert len(partitions([str(big)], 4, _fail)) >= 4
    engine = open_engine(engine_name, workers=2)
    try:
        with open_store(str(tmp_path / "batch.db")) as store:
            batch_ingest(engine, store, [str(big)], _fail, count=4)
            assert _contents(store) == expected
    finally:
        engine.close()


def test_standard_input_is_read_here(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jsonl = next(examples_dir.rglob("*.jsonl"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(jsonl.read_bytes())))
    groups = partitions([str(examples_dir), "-"], 2, _fail)
    assert [piece.source.name for piece in groups[-1]] == ["-"]
    engine = open_engine("local")
    # Standard input is read once per run (grouping read it above): give the run its own.
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(jsonl.read_bytes())))
    with open_store(str(tmp_path / "batch.db")) as store:
        report, _ = batch_ingest(engine, store, ["-"], _fail, count=2)
    assert report.added == len(load_articles([str(jsonl)], _fail))


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(NewsweaveError, match="unknown engine"):
        open_engine("spark")
