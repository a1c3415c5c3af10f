"""Dependencies run one way, down the pipeline (DESIGN.md): a stage imports `model`, `text`
and the stages before it, never one after it. Lazy imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsweave"

# Lowest first. `errors` and `model` are leaves; `text` holds the rules every stage shares;
# the store's records sit under the stages that read them; the front ends come last.
LAYERS = [
    "errors",
    "model",
    "text",
    "store",
    "read",
    "clean",
    "fingerprint",
    "provenance",
    "cluster",
    "extract",
    "compare",
    "digest",
    "render",
    "pipeline",
    "engine",
    "web",
    "cli",
]


def _layer(module: str) -> str:
    """The layer of a dotted module name inside newsweave ("newsweave.read.html" -> "read")."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] == "newsweave"]


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.name != "__init__.py" or p.parent != SRC)


def test_every_package_has_a_layer() -> None:
    packages = {p.stem if p.is_file() else p.name for p in SRC.iterdir()}
    packages -= {"__init__", "__pycache__", "py", "templates"}
    packages = {p for p in packages if not p.endswith(".typed")}
    assert packages <= set(LAYERS), packages - set(LAYERS)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_follow_the_pipeline(path: Path) -> None:
    own = LAYERS.index(_layer("newsweave." + ".".join(path.relative_to(SRC).with_suffix("").parts)))
    for line, name in _imports(path):
        target = _layer(name)
        if target == "__init__":  # the public API (and its version) is for front ends only
            assert LAYERS[own] == "cli", f"{path.name}:{line} imports the package root"
            continue
        assert LAYERS.index(target) <= own, (
            f"{path.relative_to(SRC)}:{line} imports {name}: {target} comes after "
            f"{LAYERS[own]} in the pipeline"
        )


def test_model_imports_nothing_else_of_newsweave() -> None:
    for path in (SRC / "model").glob("*.py"):
        assert all(_layer(name) == "model" for _, name in _imports(path)), path.name
