"""Numbers across outlets: one measure per counted thing, conflicts only where values differ."""

from __future__ import annotations

from dataclasses import replace

from tests.compare.invented import reads, report

from newsweave.compare.conflicts import ONE_OUTLET_NOTE, number_conflicts
from newsweave.compare.passages import read_story
from newsweave.model import CleanArticle, Story


def test_seed_troop_figure_is_the_one_conflict(seeds: dict[str, CleanArticle]) -> None:
    conflicts, disputed = number_conflicts(read_story([seeds[n] for n in sorted(seeds)]))
    assert len(conflicts) == 1
    (troops,) = conflicts
    sides = {(v.value, v.qualifier): {s[:3] for s in v.sources} for v in troops.values}
    assert sides == {
        (100_000.0, None): {"000", "001", "003", "004"},
        (90_000.0, "more than"): {"002"},
    }
    assert troops.kind == "number" and troops.note.startswith("disagreement")
    assert {i[:3] for i, _ in disputed} == {"000", "001", "002", "003", "004"}


def test_bundled_workers_conflict(march: Story) -> None:
    conflicts, _ = number_conflicts(read_story(march.articles))
    assert [c.what for c in conflicts] == ["workers"]
    values = {v.value: v.sources for v in conflicts[0].values}
    assert values[3800.0] == ("03_coastalpost",)
    assert "01_harbourgazette" in values[4200.0]


def test_rising_toll_is_an_update() -> None:
    conflicts, _ = number_conflicts(
        reads(
            report(
                "a",
                "The flooding in Vessmark killed 12 people, the regional fire service said.",
                "2026-05-14T08:00:00",
            ),
            report(
                "b",
                "The flooding in Vessmark killed 19 people, the regional fire service said.",
                "2026-05-14T17:00:00",
            ),
        )
    )
    assert len(conflicts) == 1 and conflicts[0].note.startswith("update")


def test_different_things_counted_are_not_a_conflict() -> None:
    conflicts, _ = number_conflicts(
        reads(
            report(
                "a",
                "The ferry operator Kelland Lines carried 4,000 passengers across "
                "the strait last week.",
            ),
            report(
                "b",
                "Kelland Lines laid off 400 passengers' stewards at its depot, "
                "union officials said.",
            ),
        )
    )
    assert conflicts == ()


def test_part_of_a_group_is_not_the_group_figure() -> None:
    conflicts, _ = number_conflicts(
        reads(
            report(
                "a",
                "Governor Ilse Varga declared four districts of Oster province a disaster area "
                "after the storm, officials said.",
            ),
            report(
                "b",
                "Governor Ilse Varga declared Brenmoor and three other districts of Oster "
                "province a disaster area after the storm, officials said.",
            ),
        )
    )
    assert conflicts == ()


def test_a_figure_of_an_earlier_year_is_a_disagreement_not_an_update() -> None:
    conflicts, _ = number_conflicts(
        reads(
            report(
                "a",
                "In 1987, the Talsen dam flood killed 140 people in the valley, records show.",
                "2026-05-14T08:00:00",
            ),
            report(
                "b",
                "In 1987, the Talsen dam flood killed 210 people in the valley, records show.",
                "2026-05-16T08:00:00",
            ),
        )
    )
    assert len(conflicts) == 1 and conflicts[0].note.startswith("disagreement")


def _tidewire(article_id: str, text: str, published: str) -> CleanArticle:
    found = report(article_id, text, published)
    return replace(found, article=replace(found.article, source="Tidewire"))


def test_one_outlets_rising_toll_over_days_is_its_update() -> None:
    conflicts, _ = number_conflicts(
        reads(
            _tidewire("a", "Officials said at least 85 people died in Fonds Marel.", "2026-05-14"),
            _tidewire(
                "b", "In Fonds Marel, where 102 people died, rebuilding began.", "2026-05-20"
            ),
        )
    )
    assert [c.note for c in conflicts] == [ONE_OUTLET_NOTE]


def test_one_outlets_figures_that_revise_nothing_are_no_update() -> None:
    """A storm's speed on three days, a countdown and two amounts of a budget fight change
    between one outlet's reports without revising one another."""
    speeds = (
        _tidewire("a", "Storm Kelda was moving north at 11 kph over the strait.", "2026-05-14"),
        _tidewire("b", "Packing strong winds, Kelda was moving north at 9 kph.", "2026-05-15"),
        _tidewire("c", "Storm Kelda was moving north at 11 kph over the strait.", "2026-05-16"),
    )
    countdown = (
        _tidewire(
            "d",
            "With just five days until the Varn budget runs out, Varn leaders traded blame on "
            "Monday.",
            "2026-05-14",
        ),
        _tidewire(
            "e",
            "With three days until the Varn budget expires, Varn leaders met with Orrin "
            "officials at night.",
            "2026-05-16",
        ),
    )
    budget = (
        _tidewire(
            "f",
            "Varn leaders object to the request for $14 billion for the Orrin fund.",
            "2026-05-14",
        ),
        _tidewire(
            "g",
            "Varn leaders met on Thursday with a list of conditions they want imposed on the "
            "Orrin fund before they approve $18 billion.",
            "2026-05-17",
        ),
    )
    for story in (speeds, countdown, budget):
        assert number_conflicts(reads(*story))[0] == ()


def test_an_outlet_giving_two_shares_of_one_holder_is_set_aside() -> None:
    """Two channels' projections in one report do not hide two outlets' disagreement."""
    conflicts, _ = number_conflicts(
        reads(
            report(
                "a",
                "Ilse Varga won the Norland runoff with 58.2 percent of the vote according to "
                "Channel Two, and 57.6 percent according to Radio Varn.",
            ),
            report("b", "Ilse Varga won the Norland runoff with 58.2 percent of the vote."),
            report("c", "Ilse Varga won the Norland runoff with 58.5 percent of the vote."),
        )
    )
    assert [{v.text: v.sources for v in c.values} for c in conflicts] == [
        {"58.2 percent": ("b",), "58.5 percent": ("c",)}
    ]


def test_three_outlets_shares_of_one_person_are_one_conflict() -> None:
    conflicts, _ = number_conflicts(
        reads(
            report("a", "Tomas Brandt took 41.8 percent of the vote in the Norland runoff."),
            report("b", "Tomas Brandt took 41.5 percent of the vote in the Norland runoff."),
            report("c", "Tomas Brandt took 41.4 percent of the vote in the Norland runoff."),
        )
    )
    assert [sorted(v.text for v in c.values) for c in conflicts] == [
        ["41.4 percent", "41.5 percent", "41.8 percent"]
    ]


def test_a_share_in_a_who_clause_is_the_antecedents() -> None:
    conflicts, _ = number_conflicts(
        reads(
            report(
                "a",
                "Ilse Varga took 34.2 percent of the Norland vote. Ilse Varga bettered the score "
                "of her father, Jon, who managed only 18 percent of the Norland vote.",
            ),
            report("b", "Ilse Varga took 33.9 percent of the Norland vote."),
        )
    )
    assert [sorted(v.text for v in c.values) for c in conflicts] == [
        ["33.9 percent", "34.2 percent"]
    ]
