"""Direction of reuse: dates first, then credits, garbling, containment, agencies, wrappers."""

from __future__ import annotations

from datetime import datetime

from newsweave.clean import clean_article
from newsweave.fingerprint.align import align
from newsweave.model import Article, CleanArticle
from newsweave.provenance.credits import find_credits
from newsweave.provenance.direction import orient, published_first

BODY = [
    "Dockworkers at the Port of Lindmark will return to work on Friday after a deal.",
    "The agreement gives about 4,200 workers a 9% wage rise over three years.",
    "Union members will hold a ratification vote next Tuesday on the agreement.",
    "Transport minister Ilse Varga welcomed the breakthrough in a statement on Thursday.",
]


def article(
    article_id: str,
    lines: list[str],
    published: datetime | None = None,
    source: str | None = None,
) -> CleanArticle:
    return clean_article(
        Article(id=article_id, raw="\n".join(lines), published=published, source=source)
    )


def direction(a: CleanArticle, b: CleanArticle) -> tuple[str, str, str]:
    source, copy, reason = orient(
        a, b, align(a.sentences, b.sentences), find_credits(a), find_credits(b)
    )
    return source.id, copy.id, reason


def test_the_earlier_article_is_the_source() -> None:
    early = article("early", BODY, datetime(2026, 3, 12))
    late = article("late", BODY, datetime(2026, 3, 13))
    assert direction(late, early) == ("early", "late", "published first")


def test_same_day_without_a_time_is_not_a_date_order() -> None:
    assert published_first(datetime(2026, 3, 12), datetime(2026, 3, 12, 16, 10)) is None
    assert published_first(datetime(2026, 3, 12, 9), datetime(2026, 3, 12, 16, 10)) == 0
    assert published_first(None, datetime(2026, 3, 12)) is None


def test_the_article_that_credits_the_other_outlet_is_the_copy() -> None:
    source = article("gazette", BODY, source="harbourgazette.example")
    copy = article("wire", [*BODY, "The Harbour Gazette contributed to this report."])
    assert direction(copy, source) == ("gazette", "wire", "credits")


def test_the_garbled_article_is_the_copy() -> None:
    garbled = [
        "Dockworkers at the Port. of Lindmark will go back to work on Friday after a deal.",
        "The accord gives about 4,200 workers a 9% wage rise. over three years.",
        "Union members will hold a ratification poll next Tuesday on the agreement.",
        "Transport minister Ilse Varga welcomed the breakthrough in an announcement on Thursday.",
    ]
    assert direction(article("spun", garbled), article("clean", BODY)) == (
        "clean",
        "spun",
        "garbled",
    )


def test_the_part_is_the_copy() -> None:
    whole = article("whole", [*BODY, "Exporters said the stoppage cost them millions of crowns."])
    part = article("part", BODY[:3])
    assert direction(part, whole) == ("whole", "part", "contained")


def test_an_agency_is_the_source_of_an_outlet_nobody_knows() -> None:
    wire = article("wire", BODY, source="The Associated Press")
    site = article("site", BODY, source="dailyreposter.example")
    assert direction(site, wire) == ("wire", "site", "agency")


def test_the_article_in_page_furniture_is_the_copy() -> None:
    plain = article("plain", BODY)
    wrapped = article("wrapped", [*BODY, "Leave a Reply", "2 Comments", "Great article!"])
    assert direction(wrapped, plain) == ("plain", "wrapped", "wrapper")
