"""Batch ingest: partitions of the inputs read and cleaned apart (locally or on a Dask
LocalCluster) give the store exactly what one `ingest` of the same inputs gives."""

from __future__ import annotations

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
    groups = partitions([str(examples_dir)], 3)
    files = [f for g in groups for f in g]
    assert len(groups) == 3 and len(files) >= 9
    assert files == [f for g in partitions([str(examples_dir)], 1) for f in g]
    assert partitions([str(examples_dir)], 1000) == [[f] for f in files]


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


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(NewsweaveError, match="unknown engine"):
        open_engine("spark")
