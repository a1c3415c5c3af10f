"""Property-based requests generated from the OpenAPI schema: whatever the path and query
values, no read endpoint answers 5xx, and every error is a status and a message."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Values a client might send: text of any kind (markup, FTS5 syntax, path tricks), numbers
# out of range, dates that are not dates.
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "0", "-1", "99999999999", "2021-13-45", "../..", "%00", '"*', "<x>"]),
)


def _value(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if schema.get("type") == "integer":
        return st.one_of(st.integers(-10, 10**6), TEXT)
    return TEXT


def _operations(client: TestClient) -> list[tuple[str, list[dict[str, Any]]]]:
    paths = client.get("/api/openapi.json").json()["paths"]
    return [
        (path, op.get("parameters", []))
        for path, ops in paths.items()
        for m, op in ops.items()
        if m == "get"
    ]


@st.composite
def requests(
    draw: st.DrawFn, operations: list[tuple[str, list[dict[str, Any]]]]
) -> tuple[str, dict[str, Any]]:
    path, parameters = draw(st.sampled_from(operations))
    query = {}
    for parameter in parameters:
        value = draw(_value(parameter.get("schema", {})))
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", quote(str(value), safe="") or "x")
        elif draw(st.booleans()):
            query[parameter["name"]] = value
    return path, query


def test_no_generated_request_gets_a_server_error(client: TestClient) -> None:
    operations = _operations(client)
    assert len(operations) >= 6

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(requests(operations))
    def check(request: tuple[str, dict[str, Any]]) -> None:
        path, query = request
        response = client.get(path, params=query)
        assert response.status_code < 500, (path, query, response.text)
        if response.status_code >= 400:
            assert set(response.json()) == {"status", "message"}

    check()
