"""`.json` files: an array of articles, one article object, or JSON Lines misnamed `.json`."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.errors import InputError
from newsweave.read import read_inputs

ARTICLE = {
    "id": "bridge",
    "url": "https://example.org/bridge",
    "source": "example.org",
    "published": "2026-03-02",
    "text": "The old bridge closed on Monday for repairs. Engineers expect the work to last weeks.",
}


def read(path: Path) -> list[object]:
    return list(read_inputs([str(path)]))


def test_array_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    other = {**ARTICLE, "id": "ferry", "url": "https://example.org/ferry"}
    path.write_text(json.dumps([ARTICLE, other], indent=2))
    items = read(path)
    assert [getattr(a, "id", None) for a in items] == ["bridge", "ferry"]


def test_single_pretty_printed_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(ARTICLE, indent=2))
    (article,) = read(path)
    assert getattr(article, "url", None) == "https://example.org/bridge"


def test_json_lines_named_json(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(ARTICLE) + "\n" + json.dumps({**ARTICLE, "id": "two"}) + "\n")
    assert [getattr(a, "id", None) for a in read(path)] == ["bridge", "two"]


def test_bad_records_are_named_by_index(tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([ARTICLE, 42, {"id": "no-text"}]))
    items = read(path)
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert len(items) == 3 and len(errors) == 2
    assert errors[0].startswith(f"{path}[2]") and errors[1].startswith(f"{path}[3]")


def test_broken_json_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"id": "a", "text": "unfinished')
    (error,) = read(path)
    assert isinstance(error, InputError) and "invalid JSON" in str(error)
