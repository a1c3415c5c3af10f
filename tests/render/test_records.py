"""Explanation lines of `stories --explain` on invented assignments."""

from __future__ import annotations

from newsweave.model import Assignment
from newsweave.render.records import assignment_record, explanation_line


def test_a_join_names_score_nearest_gap_and_what_is_shared() -> None:
    joined = Assignment("a2", "s1", 0.412, "a1", ("harbour", "strike"), ("Velmont",), 1.0)
    line = explanation_line(joined)
    assert line == "a2: score 0.41, nearest a1, 1 days apart; shares Velmont, harbour, strike"


def test_an_opened_story_says_which_particulars_kept_it_apart() -> None:
    opened = Assignment(
        "a3", "s2", 1.0, None, evidence=("kept apart from s1 by different basis points",)
    )
    assert explanation_line(opened) == (
        "a3: opened the story (kept apart from s1 by different basis points)"
    )


def test_a_merge_names_the_story_it_came_from_and_the_evidence() -> None:
    merged = Assignment(
        "a4",
        "s1",
        1.0,
        None,
        evidence=("centroid cosine 0.55", "shared tally 6-3"),
        merged_from="s3",
    )
    line = explanation_line(merged)
    assert line == ("a4: opened the story; merged from s3 (centroid cosine 0.55, shared tally 6-3)")
    record = assignment_record(merged)
    assert record["merged_from"] == "s3" and record["evidence"][1] == "shared tally 6-3"
