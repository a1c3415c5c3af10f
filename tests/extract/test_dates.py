from datetime import datetime

from tests.compare.invented import report

from newsweave.extract.dates import find_dates
from newsweave.model import CleanArticle

PUBLISHED = datetime(2021, 12, 29)


def _values(article: CleanArticle) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for expression in find_dates(article, PUBLISHED):
        raw = article.article.raw[expression.span[0] : expression.span[1]]
        assert raw == expression.text
        found.setdefault(expression.text, set()).add(expression.value)
    return found


def test_the_original_report_resolves_thursday_jan_10_and_2014(
    seeds: dict[str, CleanArticle],
) -> None:
    assert seeds["000"].article.published == PUBLISHED
    found = _values(seeds["000"])
    assert found["Thursday"] == {"2021-12-30"}
    assert found["Jan. 10"] == {"2022-01-10"}
    assert found["2014"] == {"2014"}
    assert found["Wednesday"] == {"2021-12-29"}


def test_dec_7_in_two_spellings_is_one_date(seeds: dict[str, CleanArticle]) -> None:
    assert _values(seeds["002"])["Dec. 7"] == {"2021-12-07"}
    assert _values(seeds["002"])["Thursday Dec. 30"] == {"2021-12-30"}
    assert _values(seeds["003"])["December 7, 2021"] == {"2021-12-07"}
    assert _values(seeds["003"])["earlier this month"] == {"2021-12"}


def test_without_a_date_relative_expressions_stay_unresolved(
    seeds: dict[str, CleanArticle],
) -> None:
    found = {t.text: t.value for t in find_dates(seeds["000"], None)}
    assert found["Thursday"] is None
    assert found["2014"] == "2014"


def test_the_archivers_marker_dates_the_page_not_a_happening() -> None:
    article = report("a", "date 2030-05-02 The Orbitex probe lifted off from Velm on Monday.")
    found = {t.text: t.value for t in find_dates(article, datetime(2030, 5, 2))}
    assert found == {"Monday": "2030-04-29"}
