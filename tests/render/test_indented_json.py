"""The digest's JSON encoder (orjson) writes what `json.dumps(..., indent=2)` writes for the
values records hold, and what JSON readers read alike for the rest."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from newsweave.render.json import indented_json

RECORDS: list[Any] = [
    [],
    {},
    [[], {}],
    {"story": {"id": "s1", "articles": [{"id": "a", "published": None, "flags": []}]}},
    [1, -2, 2**63 - 1, 2.5, -0.0, 0.841, 1.0, 0.001, True, False, None],
    ['é “quoted” "and" \\ \n\t\u2028 \x00 \x7f', (1, 2), {"span": (3, 4)}],
]


@pytest.mark.parametrize("value", RECORDS)
def test_records_are_written_as_json_dumps_writes_them(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [[1e300, 1e-7, 12345678.9]])
def test_other_floats_read_back_alike(value: Any) -> None:
    assert json.loads(indented_json(value)) == value


def test_no_number_json_lacks_is_written() -> None:
    """NaN and infinities have no JSON form: null, never the bare NaN json.dumps writes."""
    assert json.loads(indented_json([math.nan, math.inf])) == [None, None]


@pytest.mark.parametrize("value", [[10**30], {1: "a"}, ["\ud800"]])
def test_what_orjson_refuses_goes_to_the_standard_library(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_cannot_encode_is_refused() -> None:
    with pytest.raises(TypeError):
        indented_json({"a": {1, 2}})
