"""Story assignment on real and invented coverage."""

from __future__ import annotations

import math
from pathlib import Path

from benchmarks.cluster_scoring import bcubed

from benchmarks import realnews
from newsweave.cluster import (
    ClusterOptions,
    StreamClusterer,
    cluster_articles,
    published_or_inferred,
)
from newsweave.model import CleanArticle


def story_of(articles: list[CleanArticle]) -> dict[str, str]:
    _, assignments = cluster_articles(articles)
    return {a.article_id: a.story_id for a in assignments}


def test_the_five_seed_reports_are_one_story(seeds: dict[str, CleanArticle]) -> None:
    stories, assignments = cluster_articles(list(seeds.values()))
    assert len(stories) == 1
    assert len(stories[0].articles) == 5
    joined = [a for a in assignments if a.nearest is not None]
    assert len(joined) == 4 and all(a.shared_terms for a in joined)


def test_same_people_on_another_day_is_another_story(examples: list[CleanArticle]) -> None:
    story = story_of(examples)
    deal = [a.id for a in examples if "event-port-strike/" in a.article.origin]
    talks = [a.id for a in examples if "event-port-strike-talks/" in a.article.origin]
    assert len({story[i] for i in deal if i != "06_feed-2"}) == 1
    assert len({story[i] for i in talks}) == 1
    assert story[talks[0]] != story[deal[0]]
    # The feed's second item is about the February talks, not the March deal.
    assert story["06_feed-2"] == story[talks[0]]


def test_unrelated_event_the_same_week_is_another_story(examples: list[CleanArticle]) -> None:
    story = story_of(examples)
    library = [a.id for a in examples if "library" in a.text.lower()[:400]]
    assert len(library) == 2
    assert story[library[0]] == story[library[1]]
    assert story[library[0]] != story["01_harbourgazette"]


def test_assignment_explains_itself(examples: list[CleanArticle]) -> None:
    _, assignments = cluster_articles(examples)
    northwire = next(a for a in assignments if a.article_id == "02_northwire")
    assert northwire.nearest is not None
    assert "lindmark" in northwire.shared_terms
    assert northwire.gap_days is not None and northwire.gap_days < 1


def test_idle_stories_leave_the_active_index() -> None:
    clusterer = StreamClusterer()
    day = 86400.0
    clusterer.add("a", "Flood waters rise in the river town of Aske overnight", 0.0)
    clusterer.add("b", "Election results in the northern province are delayed", 40 * day)
    assert clusterer.active_stories == 1


def test_input_order_changes_little(examples: list[CleanArticle]) -> None:
    """Reversing the input reorders articles published at the same time and undated ones;
    the stories stay nearly the same (one borderline article may move)."""
    forward = story_of(examples)
    backward = story_of(list(reversed(examples)))
    assert bcubed(backward, forward).f1 >= 0.9


def test_vocabulary_stays_bounded_on_an_endless_stream() -> None:
    clusterer = StreamClusterer(ClusterOptions(max_vocabulary=50))
    for day in range(40):
        words = " ".join(f"word{day}x{i}" for i in range(20))
        clusterer.add(f"a{day}", f"Common story text {words}", day * 86400.0)
        assert len(clusterer.df) <= 50
    assert clusterer.df["common"] == 40  # frequent terms survive the pruning


DAY = 86400.0
FLOOD = "Flood waters rise in the river town of Aske as the Velm bursts its banks overnight"
VOTE = "Election results in the northern province of Dornia are delayed by a recount"


def test_a_batch_keeps_expired_stories_for_undated_articles() -> None:
    """An undated write-up read after its event's story went idle still joins it in a batch;
    the endless stream forgets the idle story and opens a new one."""
    results = {}
    for keep in (True, False):
        clusterer = StreamClusterer(keep_expired=keep)
        flood = clusterer.add("a", FLOOD, 0.0).story_id
        clusterer.add("b", VOTE, 40 * DAY)
        late = clusterer.add("c", f"{FLOOD}, residents said", None)
        results[keep] = (late.story_id == flood, clusterer.active_stories)
    assert results[True] == (True, 2)  # revived into the active index
    assert results[False] == (False, 2)


def test_conflicting_particulars_keep_an_article_apart_and_say_so() -> None:
    clusterer = StreamClusterer()
    march = "Velmont central bank lifts its key rate by 75 basis points as prices soar in Aske"
    april = "Traders in Velmont expect a 50 basis points cut from the lender next month"
    first = clusterer.add("a", march, 0.0)
    second = clusterer.add("b", april, 0.0)
    assert second.opened and second.story_id != first.story_id
    assert second.evidence == (f"kept apart from {first.story_id} by different basis points",)
    third = clusterer.add("c", march.replace("soar", "climb"), 0.0)
    assert third.story_id == first.story_id and "shared basis points 75" in third.evidence


def test_the_order_undated_articles_come_in_does_not_change_the_stories(
    datasets_dir: Path,
) -> None:
    articles, _ = realnews.load_articles(datasets_dir, dated=False)
    undated = [a for a in articles if published_or_inferred(a) is None]
    assert len(undated) > 50
    reordered = [*reversed(undated), *(a for a in articles if a not in undated)]
    first, second = story_of(articles), story_of(reordered)
    assert bcubed(second, first).f1 == 1.0


def test_affinity_reads_without_changing_the_stories() -> None:
    clusterer = StreamClusterer()
    lead = "Velmont port workers end their strike after a pay deal with Aske Shipping"
    clusterer.add("a", lead + " signed on Friday", 1_700_000_000.0)
    before = (clusterer.docs, dict(clusterer.df))
    assert clusterer.affinity(lead + " and return to the docks") > 0
    assert clusterer.affinity("Orbitex rocket lifts off from the Velm gulf") == -math.inf
    assert (clusterer.docs, dict(clusterer.df)) == before
