"""One timeline: dated happenings merged across outlets, the story's own event marked."""

from __future__ import annotations

from tests.compare.invented import reads, report

from newsweave.compare.passages import read_story
from newsweave.compare.timeline import build_timeline, date_conflicts, dated_mentions
from newsweave.model import CleanArticle


def test_seed_timeline(seeds: dict[str, CleanArticle]) -> None:
    story = read_story([seeds[n] for n in sorted(seeds)])
    timeline = build_timeline(story, dated_mentions(story))
    assert [e.date for e in timeline] == sorted(e.date for e in timeline)
    dates = {e.date: e for e in reversed(timeline)}  # the most widely reported per date
    for day in ("2014", "2021-12-07", "2021-12-29", "2021-12-30", "2022-01-10"):
        assert dates[day].sources, day
    assert "Crimea" in " ".join(e.text for e in timeline if e.date == "2014")
    assert {s[:3] for s in dates["2021-12-07"].sources} >= {"002", "003", "004"}
    assert any("Zelensky" in e.text for e in timeline if e.date == "2021-12-29")
    (own,) = [e for e in timeline if e.this_story]
    assert own.date == "2021-12-30" and len(own.sources) == 5


def test_copied_sentence_with_another_day_is_a_date_conflict() -> None:
    story = reads(
        report(
            "a",
            "The Orlen valley dam was opened to traffic on March 3, the roads "
            "agency said in its bulletin.",
        ),
        report(
            "b",
            "The Orlen valley dam was opened to traffic on March 5, the roads "
            "agency said in its bulletin.",
        ),
    )
    (conflict,) = date_conflicts(dated_mentions(story))
    assert conflict.kind == "date"
    assert [v.value for v in conflict.values] == ["2026-03-03", "2026-03-05"]
