"""Splitting a story whose members report two events, on invented members and leads."""

from __future__ import annotations

from newsweave.cluster import StreamClusterer, settle
from newsweave.cluster.active import ActiveStory, Member
from newsweave.cluster.split import carve, part_story, rivals


def member(article_id: str, terms: str, **particulars: set[str]) -> Member:
    words = terms.split()
    vector = {word: 1.0 / len(words) ** 0.5 for word in words}
    stated = {kind.replace("_", " "): values for kind, values in particulars.items()}
    return Member(article_id, vector, stated, None, frozenset())


VERDICT = "quill jury guilty verdict fraud orbitex"
SENTENCE = "quill judge sentenced years prison orbitex"


def test_two_values_never_stated_together_divide_the_members() -> None:
    members = [
        member("a1", VERDICT, court_stage={"verdict"}),
        member("a2", "quill orbitex jury verdict"),  # states no stage: goes to the nearer part
        member("a3", VERDICT, court_stage={"verdict"}),
        member("a4", SENTENCE, court_stage={"sentence"}),
        member("a5", "quill orbitex judge prison years"),
        member("a6", SENTENCE, court_stage={"sentence"}),
    ]
    parts = rivals(members)
    assert parts is not None and parts.kind == "court stage"
    assert (parts.kept, parts.moved) == ("verdict", "sentence")  # the first member's stays
    assert [m.article_id for m in parts.staying] == ["a1", "a3", "a2"]
    assert [m.article_id for m in parts.leaving] == ["a4", "a6", "a5"]


def test_one_odd_member_or_values_stated_together_are_one_event() -> None:
    odd = [member(f"a{i}", VERDICT, court_stage={"verdict"}) for i in range(4)]
    assert rivals([*odd, member("a9", SENTENCE, court_stage={"sentence"})]) is None
    # The deposit and refinancing rates of one decision: two levels, one event.
    levels = [
        member("b1", "bank rate", rate_level={"0.75", "1.25"}),
        member("b2", "bank rate", rate_level={"0.75"}),
        member("b3", "bank rate", rate_level={"0.75"}),
        member("b4", "bank rate", rate_level={"1.25"}),
        member("b5", "bank rate", rate_level={"1.25"}),
    ]
    assert rivals(levels) is None


def test_carving_takes_the_leaving_members_out() -> None:
    staying = [member("a1", VERDICT, court_stage={"verdict"}) for _ in range(2)]
    leaving = [member(f"a{i}", SENTENCE, court_stage={"sentence"}) for i in (3, 4)]
    story = part_story([*staying, *leaving], "s-1")
    carve(story, leaving)
    assert story.size == 2 and [m.article_id for m in story.members] == ["a1", "a1"]
    assert "sentenced" not in story.centroid and "guilty" in story.centroid
    assert story.particulars == {"court stage": {"verdict": 2}}
    assert isinstance(part_story(leaving, "s-2"), ActiveStory)


COURT = "Dara Quill, the Orbitex founder, in the Aske court"
TRIAL = [
    ("a1", f"{COURT}: the trial of Quill drew crowds to Aske."),
    (
        "a2",
        "A jury found Dara Quill guilty of fraud after a three-week trial; jurors deliberated "
        f"four hours before the verdict. {COURT}.",
    ),
    (
        "a3",
        "Jurors found Dara Quill guilty of fraud on every count, and the verdict came after "
        f"four hours of deliberation. {COURT}.",
    ),
    (
        "a4",
        "Dara Quill was sentenced to 12 years in prison by judge Ravel Ostin, who called the "
        f"losses staggering and ordered forfeiture. {COURT}.",
    ),
    (
        "a5",
        "Judge Ravel Ostin sentenced Dara Quill to 12 years in prison and ordered forfeiture, "
        f"calling the losses staggering. {COURT}.",
    ),
]


def test_a_story_of_a_verdict_and_a_sentence_splits_keeping_its_id() -> None:
    clusterer = StreamClusterer(keep_expired=True)
    assigned = [clusterer.add(i, text, 1_700_000_000.0) for i, text in TRIAL]
    assert len({a.story_id for a in assigned}) == 1  # the stream took both events in
    first = assigned[0].story_id
    clusterer.consolidate()
    settled = {a.article_id: a for a in settle(clusterer, assigned)}
    assert {settled[i].story_id for i in ("a1", "a2", "a3")} == {first}
    moved = {settled[i].story_id for i in ("a4", "a5")}
    assert len(moved) == 1 and first not in moved
    assert settled["a4"].opened and not settled["a5"].opened  # the first names the new story
    assert settled["a4"].evidence[0] == (
        f"split from {first} by different court stage (sentence, not verdict)"
    )
    later = clusterer.add("a6", TRIAL[4][1].replace("Judge", "On Friday judge"), None)
    assert later.story_id in moved  # the next write-up of the sentence joins its own story
    clusterer.consolidate()  # and the two parts are not merged back
    assert clusterer.survivor(later.story_id)[0] != clusterer.survivor(first)[0]
