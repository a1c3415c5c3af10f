"""Line records of the CLI's listings (`cluster`, `stories`), so that the CLI and a web app
print the same fields the same way."""

from __future__ import annotations

from typing import Any

from newsweave.model import Assignment
from newsweave.store import StoredStory
from newsweave.text.dates import shown_date


def assignment_record(assignment: Assignment) -> dict[str, Any]:
    """One line of `newsweave cluster --format jsonl`: the article, its story and why."""
    return {
        "id": assignment.article_id,
        "story": assignment.story_id,
        "score": assignment.score,
        "nearest": assignment.nearest,
        "shared_terms": list(assignment.shared_terms),
        "shared_names": list(assignment.shared_names),
        "gap_days": assignment.gap_days,
        "evidence": list(assignment.evidence),
        "merged_from": assignment.merged_from,
    }


def explanation_line(assignment: Assignment) -> str:
    """Why an article is in its story, as one line for `stories --explain`: how it joined,
    the evidence that decided (shared particulars), and the merge that brought it here."""
    if assignment.opened:
        line = f"{assignment.article_id}: opened the story"
    else:
        days = assignment.gap_days
        gap = "undated" if days is None else f"{days:g} days apart"
        words = [*assignment.shared_names[:4], *assignment.shared_terms[:6]]
        shared = ", ".join(dict.fromkeys(words))  # names first; a term already named goes
        line = (
            f"{assignment.article_id}: score {assignment.score:.2f}, "
            f"nearest {assignment.nearest}, {gap}; shares {shared}"
        )
    if assignment.merged_from:
        line += f"; merged from {assignment.merged_from}"
    if assignment.evidence:
        line += f" ({', '.join(assignment.evidence)})"
    return line


def story_record(story: StoredStory) -> dict[str, Any]:
    """One line of `newsweave stories --format jsonl`: enough to compare two stores."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.article_ids),
        "first_published": shown_date(story.first_published),
        "last_published": shown_date(story.last_published),
    }


def story_line(story: StoredStory) -> str:
    """One line of `newsweave stories`: id, size, first date and title, tab-separated."""
    size = f"{story.size} article{'' if story.size == 1 else 's'}"
    first = shown_date(story.first_published) or "undated"
    return f"{story.id}\t{size}\t{first}\t{story.title}"
