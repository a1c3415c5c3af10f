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


def _own(story: list[CleanArticle]) -> list[str]:
    found = reads(*story)
    return [e.date for e in build_timeline(found, dated_mentions(found)) if e.this_story]


def test_own_date_skips_page_dates_and_the_day_it_was_announced() -> None:
    """The archiver's marker and a dateline date the page; "announced on Sunday" dates the
    telling: the collapse itself was on Saturday."""
    story = [
        report(
            "a",
            "date 2026-05-17 The Vessmark river bridge collapsed on Saturday, injuring four "
            "drivers.",
            "2026-05-17",
        ),
        report(
            "b",
            "HARTLOW, May 17. The Vessmark river bridge collapsed on Saturday after a week of "
            "heavy rain.",
            None,
        ),
        report(
            "c",
            "The roads agency announced on Sunday that the Vessmark river bridge had collapsed.",
            "2026-05-17",
        ),
    ]
    assert _own(story) == ["2026-05-16"]


def test_own_date_of_undated_pages_from_their_addresses() -> None:
    """No article has a date, but their addresses do: "Thursday" resolves against them."""
    story = [
        report(
            "a",
            "A jury in Hartlow convicted the Orlen Bank founder Tomas Velk on Thursday of all "
            "five counts.",
            None,
            url="https://hartlow-news.example/2026/05/15/velk-verdict",
        ),
        report(
            "b",
            "Tomas Velk, the Orlen Bank founder, was convicted on Thursday of all five counts.",
            None,
            url="https://orlen-daily.example/2026/05/14/velk-guilty",
        ),
    ]
    assert _own(story) == ["2026-05-14"]


def test_a_date_announced_days_ahead_is_not_the_story_date() -> None:
    """A lead's date a week after publication ("effective May 21") is announced, not
    reported; the story's date falls back on publication."""
    story = [
        report("a", "The Orlen Bank raised its rates by half a point, effective May 21, 2026."),
        report("b", "The Orlen Bank raised its main rate by half a point to 2 percent."),
    ]
    assert _own(story) == ["2026-05-14"]


def test_the_edge_of_a_span_dates_no_happening() -> None:
    """ "their first talks since 2019": the talks are not of 2019 (realnews-dev put a 2022
    summit under 2017); the dates of the happenings stay, and a sentence about the span
    ("Since 2011, ...") keeps its start; the page's own labelled date and an embedded post's
    date nothing."""
    story = reads(
        report(
            "a",
            "The premiers of Norland and Varn held their first talks since 2019 in Kessel on "
            "May 12, 2026. The accord runs until 2030. Since 2011, Varn has sought a seat. "
            "This article is from May 13, 2026. The summit opened, the agency posted "
            "pic.twitter.com/Ab2 May 11, 2026",
        )
    )
    assert [m.date for m in dated_mentions(story)] == ["2026-05-12", "2011"]


def test_a_dateline_dates_no_happening() -> None:
    """ "HARTLOW, May 17." and a live page's stamps date the page, not the collapse (on
    realnews-dev "TURIN, May 15." and "April 24, 2022 11:00 am" were timeline entries)."""
    story = reads(
        report(
            "b",
            "HARTLOW, May 17. The Vessmark river bridge collapsed on May 16 after a week of "
            "heavy rain.\nMay 17, 2026 11:00 am\nDivers reached the river bed.",
            None,
        )
    )
    assert [m.date for m in dated_mentions(story)] == ["2026-05-16"]


def test_the_leads_of_the_storys_day_are_one_entry() -> None:
    """Each outlet's lead tells the story's own happening in its own words: one entry, with
    every source (realnews-dev's Bali talks were three entries of one day)."""
    story = reads(
        report(
            "a",
            "The premiers of Norland and Varn held their first talks in Kessel on Monday. "
            "They agreed to meet again in June.",
            "2026-05-12",
        ),
        report(
            "b",
            "Ilse Dorn and Teo Brandt argued over fishing rights on Monday but found common "
            "ground on trade.",
            "2026-05-12",
        ),
    )
    timeline = build_timeline(story, dated_mentions(story))
    (own,) = [e for e in timeline if e.date == "2026-05-11"]
    assert own.this_story and set(own.sources) == {"a", "b"}


def test_a_sentence_telling_one_date_twice_is_one_entry() -> None:
    """ "in June 2026, against 6.1 percent last June" gave the month twice, and "the 2025
    Harbour Gala on Dec. 1, 2025" the year beside the day (realnews-dev printed each such
    sentence as two entries); two days of one sentence stay two."""
    story = reads(
        report(
            "a",
            "Brannock said its shows took 7.4 percent of viewing in June 2026, against 6.1 "
            "percent last June. Ilse Dorn attends the 2025 Harbour Gala on Dec. 1, 2025, in "
            "Kessel. Talks that began on May 4 failed on May 11, the union said.",
            "2026-07-20",
        )
    )
    timeline = build_timeline(story, dated_mentions(story))
    assert [e.date for e in timeline if e.date < "2026-06"] == [
        "2025-12-01",
        "2026-05-04",
        "2026-05-11",
    ]
    assert [e.date for e in timeline].count("2026-06") == 1
