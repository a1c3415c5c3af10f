"""extract: what one article says: quotations with speakers, quantities with what they
count, temporal expressions resolved to dates, and the people, organisations and places it
names, each with spans into the article's text as read. Only the kept paragraphs are read
(never captions, bylines or comments)."""

from __future__ import annotations

from newsweave.extract.dates import find_dates
from newsweave.extract.entities import find_entities
from newsweave.extract.quantities import find_quantities
from newsweave.extract.quotes import find_quotes
from newsweave.model import ArticleFacts, CleanArticle
from newsweave.text.published import infer_publication

__all__ = ["extract_facts", "find_dates", "find_entities", "find_quantities", "find_quotes"]


def extract_facts(article: CleanArticle) -> ArticleFacts:
    """Quotes, quantities, dates and entities of one cleaned article. Relative dates resolve
    against the article's publication date; an undated article uses the date its own text or
    URL states (`published_inferred`; a URL's date only roughly, so "Tuesday" is the
    nearest one), and leaves relative dates unresolved without one."""
    raw, spans = article.article.raw, article.paragraphs
    stated = article.article.published
    inferred = None if stated else infer_publication(raw, article.article.url)
    published = stated or (inferred.when if inferred else None)
    approximate = inferred is not None and inferred.approximate
    entities = find_entities(raw, spans, article.sentences)  # split once, when cleaned
    return ArticleFacts(
        article_id=article.id,
        published=published,
        published_inferred=inferred is not None,
        quotes=find_quotes(raw, spans, entities),
        quantities=find_quantities(raw, spans),
        dates=find_dates(article, published, approximate),
        entities=entities,
    )
