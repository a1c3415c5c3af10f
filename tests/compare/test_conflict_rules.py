"""Rules that tell one measure across outlets: a named person's age, and what a clause's verb
does not reach (invented outlets, people and figures)."""

from __future__ import annotations

from tests.compare.invented import reads, report

from newsweave.compare.conflicts import number_conflicts


def _sides(*texts: str, published: tuple[str, ...] = ()) -> list[dict[str, tuple[str, ...]]]:
    dates = published or ("2026-05-14",) * len(texts)
    story = [report(chr(97 + i), t, d) for i, (t, d) in enumerate(zip(texts, dates, strict=True))]
    return [{v.text: v.sources for v in c.values} for c in number_conflicts(reads(*story))[0]]


def test_two_ages_of_one_named_person_conflict() -> None:
    assert _sides(
        "Mara Quell, 24, won the Velmar regatta on Sunday.",
        "The 27-year-old Mara Quell took the Velmar regatta title.",
        "Mara Quell, 24, beat the defending champion at Velmar.",
    ) == [{"24": ("a", "c"), "27-year-old": ("b",)}]


def test_the_unnamed_age_is_the_previous_sentences_subject() -> None:
    assert _sides(
        "Mara Quell won the Velmar regatta. Quell, 24, beat the champion on the last lap.",
        "For Mara Quell, the win crowns a long season. The 27-year-old has now won three regattas.",
    ) == [{"24": ("a",), "27-year-old": ("b",)}]


def test_ages_of_two_people_and_past_ages_are_no_conflict() -> None:
    assert (
        _sides(
            "Mara Quell, 24, beat Ilse Dorn, 31, at the Velmar regatta.",
            "Ilse Dorn, 31, lost to Quell, 24, at Velmar.",
            "Quell first rowed at Velmar in 2019, then 17, the club said.",
        )
        == []
    )


def test_an_unnamed_age_after_a_sentence_led_by_no_person_has_no_holder() -> None:
    assert (
        _sides(
            "Velmar Rowing Club beat Mara Quell in the final. The 29-year-old rows for Ostrava.",
            "Mara Quell, 24, lost the Velmar final.",
        )
        == []
    )


def test_ages_far_apart_in_one_days_reports_are_a_disagreement() -> None:
    story = [
        report("a", "Mara Quell, a 23-year-old clerk, saw the Velmar fire start.", "2026-05-14"),
        report("b", "Mara Quell, a 32-year-old clerk, saw the Velmar fire start.", "2026-05-14"),
    ]
    (conflict,) = number_conflicts(reads(*story))[0]
    assert conflict.note.startswith("disagreement")
    assert conflict.what == "Mara Quell's age"


def test_what_a_clause_seeks_does_not_reach_a_figure_past_during() -> None:
    assert _sides(
        "Presidents Varga and Brandt met for around three hours at a hotel in Velmar.",
        "Varga and Brandt sought to ease tensions during their two-hour meeting in Velmar.",
    ) == [{"around three hours": ("a",), "two-hour": ("b",)}]


def test_a_floor_agrees_with_a_hedged_figure_one_above_it() -> None:
    assert (
        _sides(
            "Presidents Varga and Brandt met for around three hours at a hotel in Velmar.",
            "Presidents Varga and Brandt met for more than two hours at a hotel in Velmar.",
        )
        == []
    )


def test_a_number_label_is_no_subject() -> None:
    """ "a Category 4 hurricane" names no subject that would set two distances apart."""
    assert _sides(
        "The storm made landfall on Sunday as a Category 4 hurricane about 60 miles south "
        "of Port Vell, driving water far inland.",
        "Tessa struck the harbour 100 miles directly south of Port Vell on Sunday, packing "
        "winds of 150 mph.",
    ) == [{"about 60 miles": ("a",), "100 miles": ("b",)}]


def test_a_share_of_the_votes_counted_is_no_candidates_share() -> None:
    assert (
        _sides(
            "The Unity Party has accumulated 66.1% of the votes against Brandt's 33.9% in the "
            "Norland election.",
            "With 93% of the votes counted, Varga has 19.3 million votes and Brandt 10.4 "
            "million, the Norland interior ministry says.",
        )
        == []
    )


def test_a_person_named_past_the_subjects_place_holds_no_unnamed_age() -> None:
    assert (
        _sides(
            "The defending champion beat Ilse Dorn in the Velmar final. The 29-year-old now "
            "rows for Ostrava.",
            "Ilse Dorn, 24, lost the Velmar final.",
        )
        == []
    )


def test_ages_of_two_people_of_one_last_name_are_no_conflict() -> None:
    assert (
        _sides(
            "Ilse Dorn, 28, watched from the Velmar stands.",
            "Jon Dorn, 24, won the Velmar regatta.",
        )
        == []
    )


def test_the_share_left_unnamed_is_the_other_sides_of_a_two_way_vote() -> None:
    """ "The former banker won 65.8 per cent" against Brandt's 34.2 is Varga's share; one
    person's share of the vote is one measure whatever words surround it (realnews-dev)."""
    assert _sides(
        "The former banker won a resounding 65.8 per cent of the vote in Norland on Sunday. "
        "Ilse Brandt was left trailing behind on 34.2 per cent.",
        "The leader of the Unity Party has accumulated 66.1% of the votes against Ilse Brandt's "
        "33.9%.",
        "Teo Varga beat Ilse Brandt, taking between 65 and 66 percent of the vote.",
    ) == [
        {"65.8 per cent": ("a", "c"), "66.1% of the votes": ("b",)},
        {"34.2 per cent": ("a",), "33.9%": ("b",)},
    ]


def test_a_share_not_told_as_a_vote_needs_its_words() -> None:
    """An approval rating is no share of the vote, though the same person holds both."""
    assert (
        _sides(
            "Teo Varga won 56 percent of the vote in Norland on Sunday, the returns showed.",
            "On the eve of the count, Varga enjoyed approval ratings of around 70 percent.",
        )
        == []
    )


def test_shares_of_two_rounds_are_two_measures() -> None:
    assert (
        _sides(
            "Teo Varga won 45.2 percent of the vote in the first round of Norland's election.",
            "Teo Varga won the runoff in Norland with 52.1 percent of the vote on Sunday.",
        )
        == []
    )
