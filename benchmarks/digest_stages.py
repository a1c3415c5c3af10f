"""Where a digest's time goes: CPU seconds of `newsweave digest INPUT --format json` by stage.

Each stage function is wrapped with a CPU clock for the run (a stage's time includes what it
calls, so nested lines add up to their parent, not to the total). Lighter than cProfile,
which doubled the run and moved the shares. The first stage to read `article.sentences`
pays for splitting them (cleaning is lazy), mostly extraction's entities.

    python -m benchmarks.digest_stages [INPUT]     # default: 1,000 generated articles
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any

from benchmarks.scoring import format_table

# (module, function, line): the function is replaced in the module that calls it.
STAGES = (
    ("newsweave.cli", "_load", "read + clean"),
    ("newsweave.cli", "make_stories", "cluster"),
    ("newsweave.digest.build", "trace_provenance", "provenance"),
    ("newsweave.provenance.reuse", "_alignment", "  sentence alignment"),
    ("newsweave.provenance.origins", "find_credits", "  credits"),
    ("newsweave.digest.build", "compare_story", "compare"),
    ("newsweave.compare.passages", "extract_facts", "  extract"),
    ("newsweave.extract", "find_entities", "    entities"),
    ("newsweave.extract", "find_quotes", "    quotes"),
    ("newsweave.extract", "find_quantities", "    quantities"),
    ("newsweave.extract", "find_dates", "    dates"),
    ("newsweave.compare", "group_statements", "  statements"),
    ("newsweave.compare", "align_quotes", "  quotes across outlets"),
    ("newsweave.compare", "number_conflicts", "  conflicts"),
    ("newsweave.compare", "build_timeline", "  timeline"),
    ("newsweave.cli", "render_json", "render JSON"),
)


def timed_run(path: Path) -> tuple[dict[str, float], float]:
    """CPU seconds per stage line and in all, of one digest of `path` in a fresh process
    (imports included, as a user's run pays them)."""
    command = [sys.executable, "-m", "benchmarks.digest_stages", "--in-process", str(path)]
    found = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
    return found["seconds"], found["total"]


def _run_here(path: Path) -> None:
    """`timed_run`'s child: the digest of `path`, its clocks printed as JSON."""
    seconds: defaultdict[str, float] = defaultdict(float)
    started = time.process_time()
    cli = importlib.import_module("newsweave.cli")
    for module_name, name, line in STAGES:
        module = importlib.import_module(module_name)
        setattr(module, name, _clocked(getattr(module, name), line, seconds))
    seconds["imports"] = time.process_time() - started
    cli.main(["digest", str(path), "--format", "json", "--output", "/dev/null", "--quiet"])
    print(json.dumps({"seconds": seconds, "total": time.process_time() - started}))


def _clocked(
    function: Callable[..., Any], line: str, seconds: defaultdict[str, float]
) -> Callable[..., Any]:
    @wraps(function)
    def clocked(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[line] += time.process_time() - start

    return clocked


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, help="default: 1,000 generated articles")
    parser.add_argument("--articles", type=int, default=1000, help="generated when no INPUT")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.in_process:
        _run_here(args.input)
        return 0
    from benchmarks.scale import generate  # not in the child: its imports are measured

    with tempfile.TemporaryDirectory() as folder:
        path = args.input
        if path is None:
            path = Path(folder) / "in.jsonl"
            generate(args.articles, path)
        seconds, total = timed_run(path)
    order = ["imports", *dict.fromkeys(line for _, _, line in STAGES)]
    rows = [[line, f"{seconds[line]:.2f}", f"{seconds[line] / total:.0%}"] for line in order]
    rows.append(["total", f"{total:.2f}", "100%"])
    print(format_table(["stage", "CPU s", "share"], rows, right_align=(1, 2)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
