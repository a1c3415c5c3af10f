"""The public surface of the package stays importable and lazy."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newsweave


@pytest.mark.parametrize("name", newsweave.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(newsweave, name) is not None


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = newsweave.no_such_thing  # type: ignore[attr-defined]


def test_the_cli_does_not_import_scikit_learn_until_a_digest_needs_it() -> None:
    code = "import sys, newsweave.cli; print('sklearn' in sys.modules)"
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
