"""Main-text extraction benchmark on the article-extraction-benchmark data set.

Scores the 16 stored systems' outputs (`output/*.json`) and newsweave's own extraction, with
and without its line cleaning, against the hand-made ground truth (word 4-gram macro F1, see
benchmarks/scoring.py). Run from the repository root:

    python -m benchmarks.extraction [--data PATH] [--limit N] [--json PATH]

The data set is not part of the repository; by default it is looked for in
../shared/datasets/article-extraction-benchmark relative to the repository root.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.scoring import Scores, format_score, format_table, score_texts

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark"
EXTRACT_ONLY = "newsweave (extract only)"
EXTRACT_CLEAN = "newsweave (extract + clean)"


class DataError(Exception):
    """The data set is missing or not laid out as expected."""


@dataclass(frozen=True)
class SystemResult:
    """One system's scores; `pages_per_second` only for systems run here."""

    system: str
    version: str | None
    scores: Scores
    pages_per_second: float | None = None


@dataclass(frozen=True)
class NewsweaveRun:
    """newsweave's outputs for each page id, and the seconds spent extracting and cleaning."""

    extracted: dict[str, str]
    cleaned: dict[str, str]
    extract_seconds: float
    clean_seconds: float


def load_ground_truth(data: Path, limit: int | None = None) -> dict[str, str]:
    """Item id -> reference article body, for the first `limit` ids in sorted order."""
    path = data / "ground-truth.json"
    if not path.is_file():
        raise DataError(f"no ground truth at {path}")
    with path.open(encoding="utf-8") as handle:
        items = json.load(handle)
    keys = sorted(items)[:limit] if limit is not None else sorted(items)
    return {key: items[key].get("articleBody") or "" for key in keys}


def load_stored_outputs(data: Path) -> dict[str, tuple[str | None, dict[str, str | None]]]:
    """System name -> (version if recorded, item id -> article body) from `output/*.json`."""
    folder = data / "output"
    if not folder.is_dir():
        raise DataError(f"no stored outputs folder at {folder}")
    systems: dict[str, tuple[str | None, dict[str, str | None]]] = {}
    for path in sorted(folder.glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            content = json.load(handle)
        version = None
        if isinstance(content, dict) and isinstance(content.get("output"), dict):
            version = content.get("version")
            content = content["output"]
        systems[path.stem] = (
            str(version) if version is not None else None,
            {key: (item or {}).get("articleBody") for key, item in content.items()},
        )
    return systems


def load_html(data: Path, key: str) -> str:
    """The page `key` (gzip-compressed, utf-8)."""
    path = data / "html" / f"{key}.html.gz"
    if not path.is_file():
        raise DataError(f"no HTML page at {path}")
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
        return handle.read()


def run_newsweave(pages: Mapping[str, str]) -> NewsweaveRun:
    """Extract (then clean) each page's main text with newsweave, timing both steps.

    Reading the pages from disk is not timed.
    """
    _ensure_newsweave_importable()
    from newsweave.clean import clean_article
    from newsweave.model import Article
    from newsweave.read.html import extract_main_text

    extracted: dict[str, str] = {}
    cleaned: dict[str, str] = {}
    extract_seconds = clean_seconds = 0.0
    for key, html in pages.items():
        started = time.perf_counter()
        text = extract_main_text(html)
        middle = time.perf_counter()
        clean = clean_article(Article(id=key, raw=text))
        ended = time.perf_counter()
        extract_seconds += middle - started
        clean_seconds += ended - middle
        extracted[key] = text
        cleaned[key] = clean.text
    return NewsweaveRun(extracted, cleaned, extract_seconds, clean_seconds)


def _ensure_newsweave_importable() -> None:
    """Use the checkout's src/ when newsweave is not installed (a plain clone)."""
    if importlib.util.find_spec("newsweave") is None:
        sys.path.insert(0, str(REPO_ROOT / "src"))


def newsweave_version() -> str | None:
    """The versions behind newsweave's extraction: `newsweave+trafilatura`."""
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for package in ("newsweave", "trafilatura"):
        try:
            parts.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            continue
    return ", ".join(parts) or None


def newsweave_results(truth: Mapping[str, str], run: NewsweaveRun) -> list[SystemResult]:
    """Rows for newsweave's extraction alone and followed by cleaning."""
    pages = len(truth)
    extract_rate = pages / run.extract_seconds if run.extract_seconds > 0 else None
    total = run.extract_seconds + run.clean_seconds
    version = newsweave_version()
    return [
        SystemResult(EXTRACT_ONLY, version, score_texts(truth, run.extracted), extract_rate),
        SystemResult(
            EXTRACT_CLEAN,
            version,
            score_texts(truth, run.cleaned),
            pages / total if total > 0 else None,
        ),
    ]


def run_benchmark(data: Path, limit: int | None = None) -> tuple[list[SystemResult], NewsweaveRun]:
    """Every stored system and newsweave, scored on the same pages, best F1 first."""
    if not data.is_dir():
        raise DataError(f"data folder not found: {data}")
    truth = load_ground_truth(data, limit)
    results = [
        SystemResult(name, version, score_texts(truth, outputs))
        for name, (version, outputs) in load_stored_outputs(data).items()
    ]
    run = run_newsweave({key: load_html(data, key) for key in truth})
    results += newsweave_results(truth, run)
    results.sort(key=lambda result: result.scores.f1, reverse=True)
    return results, run


def results_table(results: Sequence[SystemResult]) -> str:
    """The results as a plain-text table."""
    header = ["system", "version", "F1", "precision", "recall", "pages/s"]
    rows = [
        [
            result.system,
            result.version or "",
            format_score(result.scores.f1, result.scores.f1_ci),
            format_score(result.scores.precision),
            format_score(result.scores.recall),
            f"{result.pages_per_second:.1f}" if result.pages_per_second is not None else "",
        ]
        for result in results
    ]
    return format_table(header, rows, right_align=[5])


def results_json(results: Sequence[SystemResult], run: NewsweaveRun, data: Path) -> dict[str, Any]:
    """The results as JSON-ready data."""
    pages = results[0].scores.pages if results else 0
    return {
        "data": str(data),
        "pages": pages,
        "metric": "word 4-gram shingles, macro precision/recall, F1 of the means",
        "ci": "1.96 x stdev over 500 bootstrap resamples of the pages",
        "newsweave_seconds": {"extract": run.extract_seconds, "clean": run.clean_seconds},
        "results": [asdict(result) for result in results],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extraction",
        description="Score main-text extraction on the article-extraction-benchmark data set.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="the data set folder (default: %(default)s)",
    )
    parser.add_argument("--limit", type=int, help="score only the first N pages (sorted ids)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")

    try:
        results, run = run_benchmark(args.data, args.limit)
    except DataError as error:
        print(
            f"error: {error}\n"
            "The benchmark needs the article-extraction-benchmark data set "
            "(ground-truth.json, html/, output/); point --data at it.",
            file=sys.stderr,
        )
        return 2

    pages = results[0].scores.pages if results else 0
    print(f"Article body extraction, {pages} pages of {args.data}")
    print("word 4-gram macro scores; F1 ± 1.96 bootstrap stdev (500 resamples)\n")
    print(results_table(results))
    print(
        f"\nnewsweave: extraction {run.extract_seconds:.2f} s, "
        f"cleaning {run.clean_seconds:.2f} s for {pages} pages"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(results_json(results, run, args.data), indent=2) + "\n", encoding="utf-8"
        )
        print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
