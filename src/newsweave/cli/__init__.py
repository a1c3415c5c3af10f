"""The `newsweave` command: a thin layer over the pipeline. Library errors become one line on
stderr here, never a traceback; the exit status is non-zero only when nothing could be done."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any, TextIO, TypeVar

from newsweave.cli.parser import build_parser
from newsweave.cluster import ClusterOptions
from newsweave.errors import InputError, NewsweaveError
from newsweave.model import Assignment, CleanArticle, Story
from newsweave.pipeline import (
    ingest,
    make_digests,
    make_stories,
    restore_all,
    stored_stories,
    stream_articles,
)
from newsweave.render import (
    article_record,
    render_html,
    render_json,
    render_markdown,
    reuse_record,
)
from newsweave.render.coverage import counted
from newsweave.render.records import assignment_record, explanation_line, story_line, story_record
from newsweave.store import IngestReport, open_store

EXIT_NOTHING_READ = 1
EXIT_ERROR = 1


# Commands make millions of small objects that live until the command ends, so the cyclic
# collector's default (a young-generation pass every 700 allocations) ran 840 passes over
# them in a digest of 1,000 articles (0.5 s CPU, 4%); at 50,000 it runs 5 (0.15 s).
GC_YOUNG_THRESHOLD = 50_000


def main(argv: Sequence[str] | None = None) -> int:
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    args = build_parser(_RUNNERS).parse_args(argv)
    _TALLY.update(errors=0, started=time.monotonic())
    if sys.stdout is not None and hasattr(sys.stdout, "reconfigure"):
        # Text from the web may hold lone surrogates: written escaped, never a traceback.
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        status = int(args.run(args))
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk shows here, not as a traceback at exit
        return status
    except NewsweaveError as error:
        _warn(str(error))
        return EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): not an error
        return 0
    except OSError as error:  # writing the output: a full disk, a closed stream
        _warn(f"cannot write the output: {error.strerror or error}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _cluster_options(args: argparse.Namespace) -> ClusterOptions | None:
    return ClusterOptions.topics() if args.granularity == "topic" else None


def _run_read(args: argparse.Namespace) -> int:
    articles = _load(args)
    for article in articles:
        _print_json(article_record(article))
    return _done(args, len(articles))


def _run_cluster(args: argparse.Namespace) -> int:
    articles = _load(args)
    _, assignments = make_stories(articles, options=_cluster_options(args))
    for assignment in assignments:
        _print_json(assignment_record(assignment))
    return _done(args, len(articles), stories=len({a.story_id for a in assignments}))


def _run_reuse(args: argparse.Namespace) -> int:
    articles = _load(args)
    from newsweave.provenance import find_reuse  # numpy: imported only when needed

    by_id = {a.id: a for a in articles}
    for link in find_reuse(articles):
        _print_json(reuse_record(link, by_id))
    return _done(args, len(articles))


def _run_facts(args: argparse.Namespace) -> int:
    from newsweave.extract import extract_facts
    from newsweave.render.facts import facts_markdown, facts_record

    articles = _load(args)
    found = [(a, extract_facts(a)) for a in _progress(args, articles, "extracting")]
    if args.format == "md":
        _write(facts_markdown(found), None)
    for _, facts in found if args.format == "jsonl" else ():
        _print_json(facts_record(facts))
    return _done(args, len(articles))


def _run_digest(args: argparse.Namespace) -> int:
    if args.inputs and args.db:
        raise NewsweaveError("digest takes INPUT files or --db, not both")
    if args.inputs:
        stories, _ = make_stories(_load(args), args.one_story, _cluster_options(args))
    elif args.db:
        stories = _stored_stories(args.db, one_story=args.one_story)
    else:
        raise NewsweaveError("digest needs INPUT files or --db")
    if not stories:
        return EXIT_NOTHING_READ
    from newsweave.digest import DigestOptions

    options = DigestOptions(words=args.words, sentences=args.sentences)
    digests = make_digests(_progress(args, stories, "digesting", "story"), options)
    renderer = {"md": render_markdown, "json": render_json, "html": render_html}[args.format]
    _write(renderer(digests), args.output)
    articles = sum(len(s.articles) for s in stories)
    return _done(args, articles, stories=len(stories))


def _run_ingest(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        articles = _progress(args, stream_articles(args.inputs, _report), "ingesting")
        report, assignments = ingest(store, articles, _report, batch_size=args.batch)
        stories = len(store.stories())
    if report.total == 0:
        _warn("no articles could be read")
        return EXIT_NOTHING_READ
    _summarise(args, report, assignments, stories)
    return 0


def _summarise(
    args: argparse.Namespace, report: IngestReport, assignments: list[Assignment], stories: int
) -> None:
    if args.quiet:
        return
    # Stories this run opened and kept (a repair may have merged some into others).
    opened = len({a.story_id for a in assignments if a.opened and a.merged_from is None})
    renamed = f" ({report.renamed} under a new id: theirs was taken)" if report.renamed else ""
    elapsed = time.monotonic() - _TALLY["started"]
    print(
        f"newsweave: {report.added} added{renamed}, {report.revised} revised, "
        f"{report.unchanged} unchanged; {len(assignments)} assigned "
        f"({counted(opened, 'new story', 'new stories')}); "
        f"{counted(stories, 'story', 'stories')} in the store; "
        f"{counted(_TALLY['errors'], 'error')} in {elapsed:.1f} s",
        file=sys.stderr,
    )


def _run_batch(args: argparse.Namespace) -> int:
    from newsweave.engine import batch_ingest, open_engine  # Dask only for --engine dask

    engine = open_engine(args.engine, args.scheduler, args.workers)
    count = args.partitions or 4 * (args.workers or 1)
    try:
        with open_store(args.db) as store:
            report, assignments = batch_ingest(engine, store, args.inputs, _report, count)
            stories = len(store.stories())
    finally:
        engine.close()
    if not report.total:
        _warn("no articles could be read")
        return EXIT_NOTHING_READ
    _summarise(args, report, assignments, stories)
    return 0


def _run_stories(args: argparse.Namespace) -> int:
    with open_store(args.db, create=False, readonly=True) as store:
        for story in store.stories():
            if args.format == "jsonl":
                _print_json(story_record(story))
                continue
            print(story_line(story), file=_stdout())
            if args.explain:
                for assignment in store.explain(story.id):
                    print(f"  {explanation_line(assignment)}", file=_stdout())
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    try:
        from newsweave.web import WebOptions, serve  # FastAPI: imported only to serve
    except ImportError as error:
        raise NewsweaveError(
            f"serve needs the web extra: pip install 'newsweave[web]' ({error})"
        ) from error
    token = args.token or os.environ.get("NEWSWEAVE_TOKEN") or None
    print(
        f"newsweave: serving http://{args.host}:{args.port}/ (API docs at /api/docs)",
        file=sys.stderr,
    )
    serve(args.db, args.host, args.port, WebOptions(token=token))
    return 0


def _load(args: argparse.Namespace) -> list[CleanArticle]:
    articles = list(_progress(args, stream_articles(args.inputs, _report), "reading"))
    if not articles and not _TALLY["errors"]:  # each unreadable input had its own line
        _warn("no articles could be read")
    return articles


def _progress(
    args: argparse.Namespace, items: Iterable[_T], what: str, unit: str = "article"
) -> Iterable[_T]:
    """`items`, with a progress bar on stderr when it is a terminal and not --quiet."""
    if args.quiet or sys.stderr is None or not sys.stderr.isatty():
        return items
    from tqdm import tqdm  # only for a terminal

    plural = " stories" if unit == "story" else f" {unit}s"  # "3,491 articles [683 articles/s]"
    return tqdm(items, desc=what, unit=plural, file=sys.stderr, leave=False, dynamic_ncols=True)


def _done(args: argparse.Namespace, articles: int, stories: int | None = None) -> int:
    """The closing summary line on stderr (unless --quiet); the exit status."""
    if not getattr(args, "quiet", False) and articles:
        told = [counted(articles, "article")]
        if stories is not None:
            told.append(counted(stories, "story", "stories"))
        told.append(counted(_TALLY["errors"], "error"))
        elapsed = time.monotonic() - _TALLY["started"]
        print(f"newsweave: {', '.join(told)} in {elapsed:.1f} s", file=sys.stderr)
    return 0 if articles else EXIT_NOTHING_READ


# Errors reported and the start time of this run, for the summary line.
_TALLY: dict[str, Any] = {"errors": 0, "started": time.monotonic()}
_T = TypeVar("_T")


def _stored_stories(db: str, one_story: bool) -> list[Story]:
    with open_store(db, create=False, readonly=True) as store:
        if one_story:
            stories, _ = make_stories(restore_all(store.current_articles(), _report), True)
        else:
            stories = stored_stories(store, _report)
    if not stories:
        _warn(f"{db}: the store holds no articles")
    return stories


def _write(text: str, output: str | None) -> None:
    if output is None:
        _stdout().write(text)
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise NewsweaveError(f"{output}: cannot write: {error.strerror}") from error


def _print_json(record: dict[str, object], stream: TextIO | None = None) -> None:
    print(json.dumps(record, ensure_ascii=False), file=stream or _stdout())


def _stdout() -> TextIO:
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        raise NewsweaveError("standard output is closed: nowhere to write")
    return sys.stdout


def _report(error: InputError) -> None:
    _TALLY["errors"] += 1
    _warn(str(error))


def _warn(message: str) -> None:
    """One line on stderr; control characters from file names or input (a newline, a
    terminal escape) are shown escaped, so no message can forge a line or clear a screen."""
    if sys.stderr is not None:
        print(f"newsweave: {_CONTROL.sub(_escaped, message)}", file=sys.stderr)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _escaped(match: re.Match[str]) -> str:
    return repr(match.group(0))[1:-1]


_RUNNERS = {
    "read": _run_read,
    "cluster": _run_cluster,
    "facts": _run_facts,
    "reuse": _run_reuse,
    "digest": _run_digest,
    "ingest": _run_ingest,
    "batch": _run_batch,
    "stories": _run_stories,
    "serve": _run_serve,
}
