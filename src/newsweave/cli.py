"""The `newsweave` command: a thin layer over the pipeline. Library errors become one line on
stderr here, never a traceback; the exit status is non-zero only when nothing could be done."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from newsweave import __version__
from newsweave.cluster import ClusterOptions
from newsweave.errors import InputError, NewsweaveError
from newsweave.model import Assignment, CleanArticle, Story
from newsweave.pipeline import (
    ingest,
    load_articles,
    make_digests,
    make_stories,
    restore_all,
    stored_stories,
)
from newsweave.render import (
    article_record,
    render_html,
    render_json,
    render_markdown,
    reuse_record,
)
from newsweave.render.records import assignment_record, explanation_line, story_line, story_record
from newsweave.store import IngestReport, open_store

EXIT_NOTHING_READ = 1
EXIT_ERROR = 1


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except NewsweaveError as error:
        _warn(str(error))
        return EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): not an error
        return 0
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsweave", description="Turn news articles from many outlets into cited stories."
    )
    parser.add_argument("--version", action="version", version=f"newsweave {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    read = _command(commands, "read", "print the cleaned articles", _run_read)
    read.add_argument("--format", choices=["jsonl"], default="jsonl")

    cluster = _command(commands, "cluster", "assign each article to a story", _run_cluster)
    cluster.add_argument("--format", choices=["jsonl"], default="jsonl")
    _granularity(cluster)

    facts = _command(
        commands, "facts", "what each article says: quotes, numbers, dates, names", _run_facts
    )
    facts.add_argument("--format", choices=["jsonl", "md"], default="jsonl")

    reuse = _command(commands, "reuse", "find copies: who copied whom, how much", _run_reuse)
    reuse.add_argument("--format", choices=["jsonl"], default="jsonl")

    digest = _command(commands, "digest", "write a cited digest of each story", _run_digest)
    digest.add_argument("--format", choices=["md", "json", "html"], default="md")
    digest.add_argument("--words", type=_positive, help="cap each summary at N words")
    digest.add_argument("--sentences", type=_positive, default=5, help="summary sentences")
    digest.add_argument("--one-story", action="store_true", help="treat all inputs as one story")
    _granularity(digest)
    digest.add_argument("--db", help="digest the stories in this store (when no INPUT is given)")
    digest.add_argument("--output", "-o", help="write here instead of standard output")

    ingest = _command(commands, "ingest", "add articles to the store (idempotent)", _run_ingest)
    ingest.add_argument("--db", help="store path or URL (default: newsweave.db)")

    batch = _command(
        commands, "batch", "read and clean in parallel partitions, then ingest", _run_batch
    )
    batch.add_argument("--db", help="store path or URL (default: newsweave.db)")
    batch.add_argument("--engine", choices=["local", "dask"], default="local")
    batch.add_argument("--scheduler", help="address of a running Dask scheduler")
    batch.add_argument("--workers", type=_positive, help="local Dask worker processes")
    batch.add_argument(
        "--partitions",
        type=_positive,
        help="input groups (default: 4 per worker; more where one would read over 32 MiB)",
    )

    stories = commands.add_parser("stories", help="list the stories in the store")
    stories.add_argument("--db", help="store path or URL (default: newsweave.db)")
    stories.add_argument("--format", choices=["text", "jsonl"], default="text")
    stories.add_argument("--explain", action="store_true", help="say why each article is in")
    stories.set_defaults(run=_run_stories)

    serve = commands.add_parser("serve", help="web pages and a JSON API over the store")
    serve.add_argument("--db", help="store path or URL (default: newsweave.db)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=_positive, default=8000)
    serve.add_argument(
        "--token",
        help="allow POST /api/articles with this Bearer token "
        "(default: $NEWSWEAVE_TOKEN; without one the server only reads)",
    )
    serve.set_defaults(run=_run_serve)
    return parser


def _granularity(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--granularity",
        choices=["event", "topic"],
        default="event",
        help="stories are events (default) or topic threads followed over weeks",
    )


def _cluster_options(args: argparse.Namespace) -> ClusterOptions | None:
    return ClusterOptions.topics() if args.granularity == "topic" else None


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    run: object,
) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help_text)
    nargs = "*" if name == "digest" else "+"
    command.add_argument("inputs", nargs=nargs, metavar="INPUT", help="file, directory or -")
    command.set_defaults(run=run)
    return command


def _run_read(args: argparse.Namespace) -> int:
    articles = _load(args.inputs)
    for article in articles:
        _print_json(article_record(article))
    return 0 if articles else EXIT_NOTHING_READ


def _run_cluster(args: argparse.Namespace) -> int:
    articles = _load(args.inputs)
    _, assignments = make_stories(articles, options=_cluster_options(args))
    for assignment in assignments:
        _print_json(assignment_record(assignment))
    return 0 if articles else EXIT_NOTHING_READ


def _run_reuse(args: argparse.Namespace) -> int:
    articles = _load(args.inputs)
    from newsweave.provenance import find_reuse  # datasketch: imported only when needed

    by_id = {a.id: a for a in articles}
    for link in find_reuse(articles):
        _print_json(reuse_record(link, by_id))
    return 0 if articles else EXIT_NOTHING_READ


def _run_facts(args: argparse.Namespace) -> int:
    from newsweave.extract import extract_facts
    from newsweave.render.facts import facts_markdown, facts_record

    articles = _load(args.inputs)
    found = [(article, extract_facts(article)) for article in articles]
    if args.format == "md":
        _write(facts_markdown(found), None)
    for _, facts in found if args.format == "jsonl" else ():
        _print_json(facts_record(facts))
    return 0 if articles else EXIT_NOTHING_READ


def _run_digest(args: argparse.Namespace) -> int:
    if args.inputs:
        articles = _load(args.inputs)
        stories, _ = make_stories(articles, args.one_story, _cluster_options(args))
    elif args.db:
        stories = _stored_stories(args.db, one_story=args.one_story)
    else:
        raise NewsweaveError("digest needs INPUT files or --db")
    if not stories:
        return EXIT_NOTHING_READ
    from newsweave.digest import DigestOptions  # scikit-learn: imported only when digesting

    digests = make_digests(stories, DigestOptions(words=args.words, sentences=args.sentences))
    renderer = {"md": render_markdown, "json": render_json, "html": render_html}[args.format]
    _write(renderer(digests), args.output)
    return 0


def _run_ingest(args: argparse.Namespace) -> int:
    articles = _load(args.inputs)
    if not articles:
        return EXIT_NOTHING_READ
    with open_store(args.db) as store:
        report, assignments = ingest(store, articles, _report)
        stories = len(store.stories())
    _summarise(report, assignments, stories)
    return 0


def _summarise(report: IngestReport, assignments: list[Assignment], stories: int) -> None:
    opened = sum(a.opened for a in assignments)
    print(
        f"{report.added} added, {report.revised} revised, {report.unchanged} unchanged; "
        f"{len(assignments)} assigned ({opened} new stories); {stories} stories in the store",
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
    _summarise(report, assignments, stories)
    return 0


def _run_stories(args: argparse.Namespace) -> int:
    with open_store(args.db, create=False) as store:
        for story in store.stories():
            if args.format == "jsonl":
                _print_json(story_record(story))
                continue
            print(story_line(story))
            if args.explain:
                for assignment in store.explain(story.id):
                    print(f"  {explanation_line(assignment)}")
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


def _load(inputs: list[str]) -> list[CleanArticle]:
    errors: list[InputError] = []

    def report(error: InputError) -> None:
        errors.append(error)
        _report(error)

    articles = load_articles(inputs, report)
    if not articles and not errors:  # each unreadable input has had its own line already
        _warn("no articles could be read")
    return articles


def _stored_stories(db: str, one_story: bool) -> list[Story]:
    with open_store(db, create=False) as store:
        if one_story:
            stories, _ = make_stories(restore_all(store.current_articles(), _report), True)
        else:
            stories = stored_stories(store, _report)
    if not stories:
        _warn(f"{db}: the store holds no articles")
    return stories


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise NewsweaveError(f"{output}: cannot write: {error.strerror}") from error


def _print_json(record: dict[str, object], stream: TextIO | None = None) -> None:
    print(json.dumps(record, ensure_ascii=False), file=stream or sys.stdout)


def _report(error: InputError) -> None:
    _warn(str(error))


def _warn(message: str) -> None:
    print(f"newsweave: {message}", file=sys.stderr)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {value}")
    return number


if __name__ == "__main__":
    sys.exit(main())
