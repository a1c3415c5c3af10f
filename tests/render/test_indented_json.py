"""The digest's JSON encoder writes what `json.dumps(..., indent=2)` writes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsweave.render.json import indented_json

VALUES: list[Any] = [
    [],
    {},
    [[], {}],
    {"story": {"id": "s1", "articles": [{"id": "a", "published": None, "flags": []}]}},
    [1, -2, 10**30, 2.5, -0.0, 1e300, 1e-7, True, False, None],
    [float("nan"), float("inf"), float("-inf")],
    ['é “quoted” "and" \\ \n\t\u2028 \x00', (1, 2), {"span": (3, 4)}],
]


@pytest.mark.parametrize("value", VALUES)
def test_the_encoder_writes_what_json_dumps_writes(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_cannot_encode_is_refused() -> None:
    with pytest.raises(TypeError):
        indented_json([{1: "a"}])
    with pytest.raises(TypeError):
        indented_json({"a": {1, 2}})
