"""The clusterer's saved state lets a stream continue exactly where it stopped."""

from __future__ import annotations

import pytest

from newsweave.cluster import StreamClusterer, assign_all, publication_order
from newsweave.cluster.state import dump_state, load_state
from newsweave.errors import StoreError
from newsweave.model import CleanArticle


def test_a_restored_clusterer_continues_like_an_uninterrupted_one(
    examples: list[CleanArticle], seeds: dict[str, CleanArticle]
) -> None:
    ordered = publication_order([*seeds.values(), *examples])
    half = len(ordered) // 2
    uninterrupted = list(assign_all(StreamClusterer(), ordered))

    first = StreamClusterer()
    list(assign_all(first, ordered[:half]))
    restored = load_state(dump_state(first))
    continued = list(assign_all(restored, ordered[half:]))

    assert continued == uninterrupted[half:]
    assert dump_state(restored) == dump_state_after(ordered)


def dump_state_after(ordered: list[CleanArticle]) -> str:
    clusterer = StreamClusterer()
    list(assign_all(clusterer, ordered))
    return dump_state(clusterer)


def test_no_state_gives_a_fresh_clusterer() -> None:
    assert load_state(None).docs == 0


@pytest.mark.parametrize(
    "state",
    ["{not json", '{"format": 1}', '{"format": 1, "docs": "x", "swept": 0, "df": {}}', "[]"],
)
def test_a_corrupt_stored_state_is_a_store_error_with_a_message(state: str) -> None:
    with pytest.raises(StoreError, match="stored clustering state is corrupt"):
        load_state(state)


def test_a_state_of_another_format_is_refused() -> None:
    with pytest.raises(StoreError, match="has format 99"):
        load_state('{"format": 99}')
