"""Story arithmetic: days an undated lead names against a story's publication span."""

from __future__ import annotations

from datetime import UTC, datetime

from newsweave.cluster.active import ActiveStory, days_outside


def story_published(first: datetime, last: datetime) -> ActiveStory:
    return ActiveStory("s1", first=first.timestamp(), last=last.timestamp())


def test_a_named_day_near_the_span_fits_and_one_weeks_away_does_not() -> None:
    story = story_published(datetime(2022, 9, 8, tzinfo=UTC), datetime(2022, 9, 9, tzinfo=UTC))
    assert not days_outside(story, {(9, 8)})
    assert not days_outside(story, {(9, 14)})  # a follow-up within the week
    assert days_outside(story, {(10, 27)})
    assert not days_outside(story, {(10, 27), (9, 8)})  # one day that fits is enough


def test_nothing_named_or_an_undated_story_is_no_conflict() -> None:
    story = story_published(datetime(2022, 9, 8, tzinfo=UTC), datetime(2022, 9, 8, tzinfo=UTC))
    assert not days_outside(story, set())
    assert not days_outside(ActiveStory("s2"), {(10, 27)})
    assert not days_outside(story, {(2, 30)})  # a day no calendar has says nothing
