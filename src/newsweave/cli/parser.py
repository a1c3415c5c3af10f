"""The `newsweave` command line: every subcommand and option, with a description and an
example each. README.md's CLI reference is generated from this help (`make readme`), and a
test keeps the two equal."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import Any

from newsweave import __version__
from newsweave.pipeline import INGEST_BATCH

Runner = Callable[[argparse.Namespace], int]
FORMATS_HELP = {
    "jsonl": "one JSON object per line (the stable interface of DESIGN.md)",
    "md": "Markdown for reading",
}
_INPUT_HELP = (
    "a file (text, HTML, JSON Lines, JSON, RSS/Atom, WARC, DUC/TREC SGML, .gz of any), "
    "a directory of them, or - for standard input"
)


def build_parser(
    runners: Mapping[str, Runner], width: int | None = None
) -> argparse.ArgumentParser:
    """The parser; `runners` maps each subcommand to the function that runs it. `width`
    fixes the help's line width (the README reference is generated at 100)."""

    def formatter(prog: str) -> argparse.HelpFormatter:
        return argparse.RawDescriptionHelpFormatter(prog, width=width or _terminal_width())

    parser = argparse.ArgumentParser(
        prog="newsweave",
        description="Turn news articles from many outlets into neutral, cited stories.",
        epilog="Run `newsweave COMMAND --help` for a command's options and an example.",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"newsweave {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (summary, description, example, options) in COMMANDS.items():
        command = commands.add_parser(
            name,
            help=summary,
            description=description,
            epilog=f"example:\n  {example}",
            formatter_class=formatter,
        )
        options(command)
        command.set_defaults(run=runners[name])
    return parser


def _terminal_width() -> int:
    import shutil

    return min(100, shutil.get_terminal_size().columns - 2)


def _inputs(command: argparse.ArgumentParser, required: bool = True) -> None:
    command.add_argument(
        "inputs", nargs="+" if required else "*", metavar="INPUT", help=_INPUT_HELP
    )


def _format(command: argparse.ArgumentParser, *choices: str) -> None:
    described = "; ".join(f"{c}: {FORMATS_HELP.get(c, c)}" for c in choices)
    command.add_argument("--format", choices=choices, default=choices[0], help=described)


def _quiet(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no progress bar and no summary line on stderr (errors are still shown)",
    )


def _db(command: argparse.ArgumentParser, what: str = "the store") -> None:
    command.add_argument(
        "--db",
        metavar="URL",
        help=f"{what}: a SQLite path (default newsweave.db), sqlite:///PATH or postgresql://...",
    )


def _granularity(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--granularity",
        choices=["event", "topic"],
        default="event",
        help="stories are events (default) or topic threads followed over weeks",
    )


def _read_options(command: argparse.ArgumentParser) -> None:
    _inputs(command)
    _format(command, "jsonl")
    _quiet(command)


def _cluster_options(command: argparse.ArgumentParser) -> None:
    _inputs(command)
    _format(command, "jsonl")
    _granularity(command)
    _quiet(command)


def _facts_options(command: argparse.ArgumentParser) -> None:
    _inputs(command)
    _format(command, "jsonl", "md")
    _quiet(command)


def _reuse_options(command: argparse.ArgumentParser) -> None:
    _inputs(command)
    _format(command, "jsonl")
    _quiet(command)


def _digest_options(command: argparse.ArgumentParser) -> None:
    _inputs(command, required=False)
    command.add_argument(
        "--format",
        choices=["md", "json", "html"],
        default="md",
        help="md: Markdown; json: the DESIGN.md digest schema; html: one self-contained page",
    )
    command.add_argument(
        "--words", type=positive, metavar="N", help="cap each summary at N words (benchmarks)"
    )
    command.add_argument(
        "--sentences", type=positive, default=5, metavar="N", help="summary sentences (default 5)"
    )
    command.add_argument(
        "--one-story", action="store_true", help="treat all inputs as one story (no clustering)"
    )
    _granularity(command)
    _db(command, "digest the stories stored here instead of INPUT files")
    command.add_argument(
        "--output", "-o", metavar="FILE", help="write here instead of standard output"
    )
    _quiet(command)


def _ingest_options(command: argparse.ArgumentParser) -> None:
    _inputs(command)
    _db(command)
    command.add_argument(
        "--batch",
        type=positive,
        default=INGEST_BATCH,
        metavar="N",
        help=f"articles stored and assigned per transaction (default {INGEST_BATCH})",
    )
    _quiet(command)


def _batch_options(command: argparse.ArgumentParser) -> None:
    _inputs(command)
    _db(command)
    command.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: one process; dask: partitions on a Dask cluster (the dask extra)",
    )
    command.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler")
    command.add_argument(
        "--workers", type=positive, metavar="N", help="local Dask worker processes"
    )
    command.add_argument(
        "--partitions",
        type=positive,
        metavar="N",
        help="input groups (default: 4 per worker; more where one would read over 32 MiB)",
    )
    _quiet(command)


def _stories_options(command: argparse.ArgumentParser) -> None:
    _db(command)
    command.add_argument(
        "--format",
        choices=["text", "jsonl"],
        default="text",
        help="text: id, size, first date and title, tab-separated; jsonl: id, title, articles",
    )
    command.add_argument(
        "--explain", action="store_true", help="say why each article is in its story"
    )


def _serve_options(command: argparse.ArgumentParser) -> None:
    _db(command)
    command.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    command.add_argument("--port", type=positive, default=8000, help="port (default 8000)")
    command.add_argument(
        "--token",
        help="allow POST /api/articles with this Bearer token "
        "(default: $NEWSWEAVE_TOKEN; without one the server only reads)",
    )


# name: (one-line summary, description, example, options)
COMMANDS: dict[str, tuple[str, str, str, Callable[[argparse.ArgumentParser], Any]]] = {
    "read": (
        "print the cleaned articles",
        "Read and clean articles: boilerplate, captions, bylines, widgets and comments removed,\n"
        "sentences split, quality scored. One JSON object per article.",
        "newsweave read examples/ > articles.jsonl",
        _read_options,
    ),
    "cluster": (
        "assign each article to a story",
        "Group articles into stories (one per real-world event), in publication order,\n"
        "with why each article joined its story (score, nearest article, shared terms).",
        "newsweave cluster examples/ --format jsonl",
        _cluster_options,
    ),
    "facts": (
        "what each article says: quotes, numbers, dates, names",
        "Per article: quotations with their speakers, quantities with what they count,\n"
        "dates resolved against the publication date, and the people, organisations and\n"
        "places named, each with [start, end] offsets into the text as read.",
        "newsweave facts examples/event-port-strike --format md",
        _facts_options,
    ),
    "reuse": (
        "find copies: who copied whom, how much",
        "Find duplicates, partial copies, spun (reworded) copies and credited rewrites,\n"
        "with their direction (who was first) and the aligned sentences as evidence.",
        "newsweave reuse examples/ --format jsonl",
        _reuse_options,
    ),
    "digest": (
        "write a cited digest of each story",
        "A neutral account of each story where every sentence cites its sources, with what\n"
        "several outlets confirm, where they differ, who said what, a timeline, and who\n"
        "copied whom. From INPUT files, or from the stories of a store (--db).",
        "newsweave digest examples/ --format html -o digest.html",
        _digest_options,
    ),
    "ingest": (
        "add articles to the store (idempotent)",
        "Store articles and assign them to stories, continuing from the stories already\n"
        "stored. Ingesting the same articles again changes nothing; new text at a stored\n"
        "URL is a new revision. Each batch is one transaction.",
        "newsweave ingest examples/ --db news.db",
        _ingest_options,
    ),
    "batch": (
        "read and clean in parallel partitions, then ingest",
        "Like ingest, for archives: reading and cleaning run in parallel partitions (locally\n"
        "or on Dask), then one clustering pass in publication order writes to the store.",
        "newsweave batch archive/*.warc.gz --db news.db --engine dask --workers 2",
        _batch_options,
    ),
    "stories": (
        "list the stories in the store",
        "The stored stories, newest first.",
        "newsweave stories --db news.db --explain",
        _stories_options,
    ),
    "serve": (
        "web pages and a JSON API over the store",
        "Serve the stories of a store as web pages (stories, story, article, outlet, search)\n"
        "and a JSON API under /api/ (docs at /api/docs). Needs the web extra.",
        "newsweave serve --db news.db --port 8000",
        _serve_options,
    ),
}


def positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {value}")
    return number


def reference() -> str:
    """The CLI reference of README.md: `newsweave --help` and each command's help."""
    parser = build_parser(dict.fromkeys(COMMANDS, _unused), width=100)
    sections = [("newsweave --help", parser.format_help())]
    subcommands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in subcommands.choices.items():
        sections.append((f"newsweave {name} --help", command.format_help()))
    return "\n".join(f"```\n$ {title}\n{text.rstrip()}\n```\n" for title, text in sections)


def _unused(args: argparse.Namespace) -> int:
    raise AssertionError("the reference parser runs nothing")
