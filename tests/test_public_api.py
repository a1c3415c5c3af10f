"""The public surface of the package: exactly the names in `__all__`, each importable, and
lazy (as httpx's tests/test_exported_members.py keeps its surface honest)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from types import ModuleType

import pytest

import newsweave


def test_all_lists_exactly_the_public_names() -> None:
    public = {
        name
        for name in dir(newsweave)
        if not name.startswith("_") and not isinstance(getattr(newsweave, name), ModuleType)
    }
    assert public == set(newsweave.__all__)
    assert newsweave.__all__ == sorted(newsweave.__all__)


@pytest.mark.parametrize("name", newsweave.__all__)
def test_every_public_name_resolves_to_newsweave_code(name: str) -> None:
    value = getattr(newsweave, name)
    assert value.__module__.startswith("newsweave.")
    assert value.__name__ == name


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = newsweave.no_such_thing  # type: ignore[attr-defined]


def test_the_version_is_written_once() -> None:
    assert version("newsweave") == newsweave.__version__


def test_importing_the_cli_imports_no_heavy_library() -> None:
    heavy = ("numpy", "datasketch", "jinja2", "trafilatura", "feedparser", "tqdm", "warcio")
    code = f"import sys, newsweave.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
