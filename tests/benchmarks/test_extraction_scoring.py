"""The extraction benchmark's scorer, and a quality gate on newsweave's extraction."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `benchmarks` lives at the repository root, not in src/
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.gates import check_floors  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    PageCounts,
    bootstrap_cis,
    format_score,
    format_table,
    macro_scores,
    page_counts,
    page_precision,
    page_recall,
    score_pages,
    score_texts,
    shingles,
    tokenize,
)

DATA = REPO_ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark"
# newsweave extract + clean on the first 40 pages (sorted ids) measured F1 0.9685
# (P 0.970, R 0.967; trafilatura 2.3.1); floor and data hash: benchmarks/floors.json.
GATE_PAGES = 40

TEXT = "The quick brown fox jumps over the lazy dog."


def test_tokens_are_words_with_case_kept() -> None:
    assert tokenize("It's 4.5 km/h, Mr. O'Neil!") == [
        "It",
        "s",
        "4",
        "5",
        "km",
        "h",
        "Mr",
        "O",
        "Neil",
    ]


def test_shingles_are_word_4_grams_counted_as_a_multiset() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert shingles("only three words") == {("only", "three", "words"): 1}
    assert shingles("  ... ") == {}


def test_identical_texts_score_one() -> None:
    counts = page_counts(TEXT, TEXT)
    assert counts == PageCounts(1.0, 0.0, 0.0)
    assert page_precision(counts) == page_recall(counts) == 1.0
    scores = score_texts({"a": TEXT, "b": "Short text"}, {"a": TEXT, "b": "Short text"})
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert scores.f1_ci == 0.0


def test_disjoint_texts_score_zero() -> None:
    counts = page_counts(TEXT, "Completely different words are written on this page")
    assert counts.tp == 0
    assert page_precision(counts) == page_recall(counts) == 0.0
    scores = score_texts({"a": TEXT}, {"a": "Completely different words are written here"})
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)


def test_case_matters() -> None:
    assert page_counts("One two three four", "one two three four").tp == 0


def test_partial_overlap_by_hand() -> None:
    # truth "the quick brown fox jumps over": 3 shingles; prediction: its first two only.
    truth, prediction = "the quick brown fox jumps over", "the quick brown fox jumps"
    counts = page_counts(truth, prediction)
    assert counts.tp == pytest.approx(2 / 3)  # tp=2, fp=0, fn=1, normalised by 3
    assert counts.fp == 0
    assert counts.fn == pytest.approx(1 / 3)
    assert page_precision(counts) == 1.0
    assert page_recall(counts) == pytest.approx(2 / 3)
    single = score_texts({"p": truth}, {"p": prediction})
    assert single.f1 == pytest.approx(0.8)  # 2 * 1 * 2/3 / (1 + 2/3)

    # One extra and one missing shingle: tp=2, fp=1, fn=1.
    swapped = page_counts(truth, "the quick brown fox jumps high")
    assert page_precision(swapped) == pytest.approx(2 / 3)
    assert page_recall(swapped) == pytest.approx(2 / 3)

    # Macro over pages: P = (1 + 1) / 2, R = (1 + 2/3) / 2 = 5/6, F1 = 10/11.
    both = score_texts({"p": truth, "q": TEXT}, {"p": prediction, "q": TEXT})
    assert both.precision == pytest.approx(1.0)
    assert both.recall == pytest.approx(5 / 6)
    assert both.f1 == pytest.approx(10 / 11)


def test_empty_prediction_counts_for_recall_only() -> None:
    counts = page_counts(TEXT, "")
    assert page_precision(counts) is None
    assert page_recall(counts) == 0.0
    # Page "b" has nothing predicted (missing): precision is averaged over page "a" alone.
    precision, recall, _ = macro_scores([page_counts(TEXT, TEXT), counts])
    assert (precision, recall) == (1.0, 0.5)
    assert score_texts({"a": TEXT, "b": TEXT}, {"a": TEXT}).recall == 0.5
    assert score_texts({"a": TEXT}, {"a": None}).recall == 0.0


def test_bootstrap_is_reproducible_and_spreads_with_disagreement() -> None:
    pages = [
        page_counts(TEXT, TEXT),
        page_counts(TEXT, "The quick brown fox"),
        page_counts(TEXT, ""),
    ]
    assert bootstrap_cis(pages, resamples=100, seed=7) == bootstrap_cis(
        pages, resamples=100, seed=7
    )
    assert bootstrap_cis(pages, resamples=100)[2] > 0
    assert score_pages(pages).pages == 3


def test_table_and_score_formatting() -> None:
    assert format_score(0.95812, 0.00612) == "0.958 ± 0.006"
    assert format_score(0.5) == "0.500"
    table = format_table(["system", "F1"], [["a", "0.9"], ["longer", "0.85"]], right_align=[1])
    assert table.splitlines() == [
        "system    F1",
        "------  ----",
        "a        0.9",
        "longer  0.85",
    ]


def test_stored_trafilatura_output_rescores_to_published_value(datasets_dir: Path) -> None:
    from benchmarks.extraction import load_ground_truth, load_stored_outputs

    truth = load_ground_truth(DATA)
    version, outputs = load_stored_outputs(DATA)["trafilatura"]
    scores = score_texts(truth, outputs)
    assert version == "2.0.0"
    assert scores.f1 == pytest.approx(0.958, abs=0.001)
    assert scores.precision == pytest.approx(0.938, abs=0.001)
    assert scores.recall == pytest.approx(0.978, abs=0.001)


def test_stored_outputs_are_read_whether_wrapped_or_not(datasets_dir: Path) -> None:
    from benchmarks.extraction import load_stored_outputs

    raw = json.loads((DATA / "output" / "AutoExtract.json").read_text(encoding="utf-8"))
    systems = load_stored_outputs(DATA)
    assert len(systems) == 16
    assert "output" not in raw  # AutoExtract's file is not wrapped, trafilatura's is
    assert systems["AutoExtract"][0] is None
    assert set(systems["AutoExtract"][1]) == set(systems["trafilatura"][1])


def test_newsweave_extraction_quality_gate(datasets_dir: Path) -> None:
    from benchmarks.extraction import load_ground_truth, load_html, run_newsweave

    truth = load_ground_truth(DATA, limit=GATE_PAGES)
    run = run_newsweave({key: load_html(DATA, key) for key in truth})
    scores = score_texts(truth, run.cleaned, resamples=0)
    assert scores.pages == GATE_PAGES
    check_floors("extraction", {"f1": scores.f1}, datasets_dir)


def test_missing_data_folder_exits_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.extraction import main

    assert main(["--data", str(tmp_path / "nowhere")]) == 2
    assert "data folder not found" in capsys.readouterr().err
