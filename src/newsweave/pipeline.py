"""The stages wired together, for the CLI and other front ends."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from newsweave.clean import clean_article, restore_article
from newsweave.cluster import (
    ClusterOptions,
    assign_all,
    cluster_articles,
    publication_order,
    settle,
)
from newsweave.cluster.state import dump_state, load_state
from newsweave.errors import InputError
from newsweave.model import Article, Assignment, CleanArticle, Digest, Story
from newsweave.read import read_inputs
from newsweave.store import IngestReport, Store, StoredArticle

if TYPE_CHECKING:
    from newsweave.digest import DigestOptions

ErrorHandler = Callable[[InputError], None]
# Articles stored and assigned per transaction: memory stays bounded, and a kill loses at most
# this many (which the same ingest redoes). Each batch is clustered in publication order; a
# later batch reaching back in time finds the stories of the saved state (cluster/state.py
# says which). 1,000 DUC-derived articles (benchmarks/clustering.py --ingest-batches) against
# `cluster`'s 175 stories: in batches of 500, 203 stories and B-cubed F1 0.935 in the given
# order (353 and 0.707 before the state kept expired stories), 176 and 0.998 sorted by date.
# What is left is the first batch's own view: clustered alone it scores 0.938 against
# `cluster`'s stories of the same articles, whose later twins bridged its gaps.
INGEST_BATCH = 5000


def load_articles(inputs: list[str], on_error: ErrorHandler) -> list[CleanArticle]:
    """Read and clean every input; unreadable inputs go to `on_error`, the rest is kept."""
    return list(stream_articles(inputs, on_error))


def stream_articles(inputs: list[str], on_error: ErrorHandler) -> Iterator[CleanArticle]:
    """`load_articles` one article at a time, for commands whose memory must not grow with
    the input (`ingest`)."""
    return clean_each(_report_errors(read_inputs(inputs), on_error), on_error)


def clean_all(articles: Iterable[Article], on_error: ErrorHandler) -> list[CleanArticle]:
    """Clean articles, reporting (and dropping) those with no article text left."""
    return list(clean_each(articles, on_error))


def clean_each(articles: Iterable[Article], on_error: ErrorHandler) -> Iterator[CleanArticle]:
    for article in articles:
        result = clean_article(article)
        if result.text:
            yield result
        else:
            on_error(InputError(article.origin or article.id, "no article text after cleaning"))


def restore_all(stored: Iterable[StoredArticle], on_error: ErrorHandler) -> list[CleanArticle]:
    """Stored articles as cleaned articles: from their stored cleaning spans, or cleaned again
    when the row predates them."""
    restored = []
    for item in stored:
        if item.paragraphs is None:
            restored += clean_all([item.article], on_error)
        else:
            restored.append(restore_article(item.article, item.paragraphs, item.removed))
    return restored


def make_stories(
    articles: Sequence[CleanArticle],
    one_story: bool = False,
    options: ClusterOptions | None = None,
) -> tuple[list[Story], list[Assignment]]:
    """Stories of the articles (one story of all when `one_story`), largest first."""
    if one_story:
        story = Story("s-all", tuple(publication_order(articles)))
        return [story], [Assignment(a.id, story.id, 1.0, None) for a in articles]
    stories, assignments = cluster_articles(articles, options)
    return sorted(stories, key=lambda s: -len(s.articles)), assignments


def ingest(
    store: Store,
    articles: Iterable[CleanArticle],
    on_error: ErrorHandler,
    options: ClusterOptions | None = None,
    batch_size: int = INGEST_BATCH,
) -> tuple[IngestReport, list[Assignment]]:
    """Store articles and assign every stored article not yet in a story, continuing from
    the saved clusterer state; `batch_size` articles at a time, each batch one transaction
    under the store's write lock (memory stays bounded, a concurrent ingest waits its turn,
    and a crash loses at most the batch in flight, which the same ingest run again redoes).
    Ingesting into an empty store gives what `cluster` gives on inputs of up to one batch."""
    report = IngestReport()
    assignments: list[Assignment] = []
    # Every batch also assigns articles an interrupted or older ingest left in no story; with
    # no input at all, one pass does only that.
    for batch in _batches(articles, batch_size):
        with store.ingest_lock():
            report = report + store.add_articles(batch)
            assignments += assign_pending(store, on_error, options)
    return report, assignments


def assign_pending(
    store: Store, on_error: ErrorHandler, options: ClusterOptions | None = None
) -> list[Assignment]:
    """Assign the store's unassigned articles, in publication order, continuing from the
    saved clusterer state, and save the new state (call it under `store.ingest_lock()`)."""
    clusterer = load_state(store.cluster_state(), options, keep_expired=True)
    pending = publication_order(restore_all(store.unassigned_articles(), on_error))
    if not pending:
        return []
    assigned = list(assign_all(clusterer, pending))
    clusterer.consolidate()
    assignments = settle(clusterer, assigned)
    opened = zip(assignments, pending, strict=True)
    # A story's title comes from the article that opened it, not one a repair moved in.
    titles = {a.story_id: article.title for a, article in opened if a.opened and not a.merged_from}
    store.assign_stories(assignments, titles, dump_state(clusterer))
    return assignments


def stored_stories(store: Store, on_error: ErrorHandler) -> list[Story]:
    """The stories in a store with their current articles, largest first."""
    articles = {a.id: a for a in restore_all(store.current_articles(), on_error)}
    stories = [
        Story(s.id, tuple(articles[i] for i in s.article_ids if i in articles))
        for s in store.stories()
    ]
    return sorted((s for s in stories if s.articles), key=lambda s: -len(s.articles))


def make_digests(stories: Iterable[Story], options: DigestOptions) -> list[Digest]:
    from newsweave.digest import build_digest  # numpy: only when digesting

    return [build_digest(story, options) for story in stories]


def _batches(items: Iterable[CleanArticle], size: int) -> Iterator[list[CleanArticle]]:
    """Lists of `size` items, the last maybe shorter, and always at least one (empty when
    there are no items, so that ingest still assigns what an earlier run left)."""
    iterator = iter(items)
    batch = list(islice(iterator, size))
    while True:
        yield batch
        batch = list(islice(iterator, size))
        if not batch:
            return


def _report_errors(
    items: Iterable[Article | InputError], on_error: ErrorHandler
) -> Iterable[Article]:
    for item in items:
        if isinstance(item, InputError):
            on_error(item)
        else:
            yield item
