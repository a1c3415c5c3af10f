"""The quotation benchmark's scorer on invented cases."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `benchmarks` lives at the repository root, not in src/
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.quotes import GoldQuote, Predicted, is_direct, read_article, score_article  # noqa: E402

TEXT = 'Headline\n\n"We will win," Dana Vole said. Critics argued that the plan would fail.\n'


def test_direct_quotes_are_those_wrapped_in_marks() -> None:
    quote, source = TEXT.index("We will"), TEXT.index("Dana")
    said, content = TEXT.index("said"), TEXT.index("that the plan")
    ann = (
        f"T1\tSource {source} {source + 9}\tDana Vole\n"
        f"T2\tCue {said} {said + 4}\tsaid\n"
        f"T3\tContent {quote} {quote + 12}\tWe will win,\n"
        "#1\tAnnotatorNotes T3\tan annotator's comment line\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        f"T4\tContent {content} {content + 26}\tthat the plan would fail\n"
        "E2\tAttribution:T2 Content:T4 Cue:T2\n"
    )
    gold = read_article(TEXT, ann)
    assert gold == [GoldQuote(((quote, quote + 12),), ((source, source + 9),), "Dana Vole")]
    assert not is_direct(TEXT, content, content + 26)


def test_matching_is_one_to_one_and_relative_to_the_gold() -> None:
    gold = [GoldQuote(((0, 10),), ((20, 25),))]
    both = [Predicted((0, 4), (20, 22)), Predicted((0, 40), None)]
    at_03 = score_article(gold, both, 0.3)
    assert (at_03.matched, at_03.predicted, at_03.speaker_hits) == (1, 2, 0)  # the wider wins
    assert score_article(gold, [Predicted((0, 3), (21, 22))], 0.3).matched == 0  # 0.3 is not > 0.3
    hit = score_article(gold, [Predicted((0, 9), (24, 30))], 0.8)
    assert (hit.matched, hit.speaker_hits, hit.speaker_scored) == (1, 1, 1)
    assert hit.prf() == (1.0, 1.0, 1.0)
