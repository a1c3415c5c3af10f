"""Options objects refuse values they cannot work with where they are made, with a message
naming the option (not a failure deep in a stage)."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.cluster import ClusterOptions
from newsweave.digest import DigestOptions
from newsweave.errors import OptionsError
from newsweave.provenance import ReuseOptions


@pytest.mark.parametrize(
    ("options", "values", "message"),
    [
        (DigestOptions, {"words": 0}, "words must be 1 or more"),
        (DigestOptions, {"sentences": -1}, "sentences"),
        (DigestOptions, {"redundancy": 0.0}, "redundancy"),
        (ClusterOptions, {"threshold": 1.5}, "threshold"),
        (ClusterOptions, {"max_threshold": 0.1}, "max_threshold"),
        (ClusterOptions, {"expire_days": 0}, "expire_days"),
        (ClusterOptions, {"max_candidates": 0}, "max_candidates"),
        (ReuseOptions, {"min_share": 2.0}, "min_share"),
        (ReuseOptions, {"min_pairs": 0}, "min_pairs"),
    ],
)
def test_bad_values_are_refused_where_options_are_made(
    options: Any, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(OptionsError, match=f"{options.__name__}: {message}"):
        options(**values)


def test_defaults_and_presets_are_valid() -> None:
    assert DigestOptions(words=100).words == 100
    assert ClusterOptions.topics().per_day == 0.0
    assert ReuseOptions().min_share == 0.6
