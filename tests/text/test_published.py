"""Publication dates that undated pages state (invented pages)."""

from __future__ import annotations

from datetime import datetime

from newsweave.text.published import (
    infer_publication,
    infer_published,
    marker_end,
    states_publication,
)


def test_the_archivers_marker_line_comes_first() -> None:
    raw = "date 2021-04-09 Harbour board votes on the new quay\n\nThe board met on May 2, 2020."
    assert infer_published(raw, "https://example.org/2019/01/01/x") == datetime(2021, 4, 9)


def test_a_month_alone_says_too_little() -> None:
    assert infer_published("date 2021-04 Harbour board votes", None) is None


def test_a_dated_url_path() -> None:
    url = "https://tidewater-courier.example/2021/04/09/quay-vote/"
    assert infer_published("The harbour board voted.", url) == datetime(2021, 4, 9)
    # the day the page was made: the story on it may have moved on since
    assert infer_publication("The harbour board voted.", url) == (datetime(2021, 4, 9), True)
    marked = infer_publication("date 2021-04-09 The harbour board voted.", url)
    assert marked == (datetime(2021, 4, 9), False)


def test_a_dateline_and_a_posted_line() -> None:
    dateline = "Quay vote\n\nPORT ASKE, April 9, 2021 (Tidewire) — The harbour board voted."
    assert infer_published(dateline, None) == datetime(2021, 4, 9)
    posted = "Menu Home Sport\n" + "x " * 100 + "\nPosted on 9 April 2021\nThe board voted."
    assert infer_published(posted, None) == datetime(2021, 4, 9)


def test_a_date_mentioned_in_the_body_is_the_events_not_the_pages() -> None:
    raw = "The harbour board voted to extend the quay. " * 8 + "It first met on May 2, 2020."
    assert infer_published(raw, None) is None


def test_a_date_the_lead_reports_at_the_top_is_the_events_not_the_pages() -> None:
    assert infer_published("The Orbitex probe lifted off on May 2, 2030, from Velm.", None) is None
    assert infer_published("Velm launch\nMay 2, 2030\nThe Orbitex probe lifted off.", None) == (
        datetime(2030, 5, 2)
    )


def test_the_pages_own_date_as_printed() -> None:
    raw = "date 2030-05-02 VELM, May 2 (Tidewire) — The Orbitex probe lifted off on May 1."
    assert marker_end(raw) == len("date 2030-05-02")
    assert marker_end("date 2030-05 The probe lifted off.") == len("date 2030-05")
    assert marker_end("The probe lifted off.") == 0
    assert states_publication(raw, raw.index("2030"))  # in the marker
    assert states_publication(raw, raw.index("May 2"))  # a dateline
    assert not states_publication(raw, raw.index("May 1"))  # the lead's happening
