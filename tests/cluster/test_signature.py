"""Event signatures: particulars read from invented leads."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from newsweave.cluster.signature import (
    conflicts,
    dated_particulars,
    mentioned_days,
    shared,
    signature,
)


def test_particulars_by_kind() -> None:
    lead = (
        "The Aske central bank raised rates by 50 basis points in the second quarter of 2021, "
        "and the council approved the budget 232-197."
    )
    found = signature(lead)
    assert found["basis points"] == {"50"}
    assert found["quarter"] == {"2"}
    assert found["tally"] == {"232-197"}
    assert found["year"] == {"2021"}


def test_a_different_rate_move_conflicts_and_the_same_one_is_shared() -> None:
    story = {"basis points": Counter({"75": 3}), "year": Counter({"2021": 3})}
    assert conflicts(signature("The bank raised rates by 50 bps."), story) == ["basis points"]
    same = signature("The bank raised rates by 75 basis points in 2021.")
    assert conflicts(same, story) == []
    assert shared(same, story) == ["basis points 75"]  # a shared year alone says little


def test_days_a_lead_names() -> None:
    lead = "On Thursday, 8 September, the Velmont bank met; it had last met on Oct. 27th."
    assert mentioned_days(lead) == {(9, 8), (10, 27)}
    assert mentioned_days("The 2022 budget passed 232-197 in May.") == set()


def test_days_to_come_are_not_the_events_days() -> None:
    lead = (
        "A Velmont jury found Dara Quill guilty on Nov. 3. She is scheduled to be sentenced "
        "on March 29, and her appeal will be heard in court, probably on 2 June."
    )
    assert mentioned_days(lead) == {(11, 3)}


def test_which_of_a_series_an_event_is() -> None:
    second = signature("Orbitex flew its second test flight over the Velm gulf on Friday")
    first = signature("The first flight of the Orbitex rocket ended over the Velm gulf")
    assert second["ordinal flight"] == {"2"} and first["ordinal flight"] == {"1"}
    story = {"ordinal flight": Counter({"1": 4})}
    assert conflicts(second, story) == ["ordinal flight"]
    assert signature("Their third call this year covered grain")["ordinal call"] == {"3"}


def test_a_dated_results_report_is_about_the_quarter_just_ended() -> None:
    april = signature("Streamora lost 200,000 members and expects a loss in the second quarter")
    july = signature("Streamora lost a million members in the second quarter, less than it feared")
    april.update(dated_particulars(april, datetime(2031, 4, 19)))
    july.update(dated_particulars(july, datetime(2031, 7, 19)))
    assert april["quarter"] == {"1"} and july["quarter"] == {"2"}
    assert conflicts(april, {k: Counter(v) for k, v in july.items()}) == ["quarter"]
    january = dated_particulars(
        signature("Fourth-quarter sales at Velmont rose"), datetime(2032, 1, 30)
    )
    assert january == {"year": {"2032"}, "quarter": {"4"}}
    assert dated_particulars(signature("Velmont opened a plant"), datetime(2032, 1, 30)) == {
        "year": {"2032"}
    }


def test_a_rate_move_however_spelled_and_the_first_one_stated() -> None:
    def move(lead: str) -> set[str]:
        return signature(lead)["basis points"]

    assert move("The Aske bank raised rates three quarters of a point") == {"75"}
    assert move("Aske lifts its rate by a half percentage point") == {"50"}
    assert move("Aske cut rates by 0.25 percentage point on Thursday") == {"25"}
    assert move("Aske raised rates 75 bps. This follows a 50-bp rise in July.") == {"75"}


def test_the_level_a_policy_rate_was_taken_to() -> None:
    september = signature("The Velmont central bank lifted its deposit rate to 0.75% on Thursday")
    october = signature("Velmont raised its three key interest rates by 75 bps to 1.5 per cent")
    assert september["rate level"] == {"0.75"} and october["rate level"] == {"1.5"}
    story = {"rate level": Counter({"1.5": 3})}
    assert conflicts(september, story) == ["rate level"]
    ranged = signature("The Aske reserve raised its benchmark rate to a range of 2.25%-2.50%")
    assert ranged["rate level"] == {"2.25", "2.5"}
    assert "rate level" not in signature("The turnout rate was close to 28 percent")


def test_a_verdict_and_a_sentence_are_two_steps_of_a_trial() -> None:
    verdict = signature("A jury found Dara Quill guilty; she could be sentenced to 20 years")
    sentence = signature("Dara Quill was sentenced to 12 years, months after she was convicted")
    assert verdict["court stage"] == {"verdict"} and sentence["court stage"] == {"sentence"}
    assert conflicts(sentence, {"court stage": Counter({"verdict": 5})}) == ["court stage"]
    assert "court stage" not in signature("If convicted, Quill faces up to 20 years")


def test_two_flights_of_one_aircraft_type_by_their_numbers() -> None:
    one = signature("Velmair flight VX610 crashed into the sea minutes after take-off")
    other = signature("Aske Airlines Flight 302 went down six minutes after take-off")
    assert one["flight number"] == {"610"} and other["flight number"] == {"302"}
    assert conflicts(one, {"flight number": Counter({"302": 4})}) == ["flight number"]
    assert "flight number" not in signature("The flight was delayed by 10 minutes")
