"""The `newsweave` command: output of each subcommand, and bad input or options turned into one
line on stderr and an exit status, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsweave.cli import main
from newsweave.model import Article
from newsweave.read import read_inputs
from newsweave.store import open_store

BODY = (
    "The harbour ferry resumed its crossings on Monday after a week of repairs to the pier. "
    "Passengers queued from dawn, and the operator added two extra sailings."
)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of `newsweave ARGV...`."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def digest_json(capsys: pytest.CaptureFixture[str], *argv: object) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "digest", *argv, "--format", "json")
    assert status == 0, err
    stories: list[dict[str, Any]] = json.loads(out)
    return stories


def article_origins(folder: Path) -> dict[str, str]:
    """Article id -> the file it was read from, as every command names them."""
    return {a.id: a.origin for a in read_inputs([str(folder)]) if isinstance(a, Article)}


def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(f"Ferry crossings resume\n20260312\n\n{BODY}\n")
    return path


# read


def test_read_prints_each_cleaned_article(
    capsys: pytest.CaptureFixture[str], examples_dir: Path
) -> None:
    status, out, _ = run(capsys, "read", examples_dir)
    records = json_lines(out)
    assert status == 0
    assert [r["id"] for r in records] == list(article_origins(examples_dir))
    for record in records:
        assert record["text"] and record["sentences"]
        assert 0 < record["quality"]["score"] <= 1
        for sentence in record["sentences"]:  # offsets point into the text as read
            span = record["raw"][sentence["start"] : sentence["end"]]
            assert span.split() == sentence["text"].split()


def test_read_flags_the_spun_copy(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    _, out, _ = run(capsys, "read", examples_dir / "event-port-strike" / "05_spunnews.txt")
    (record,) = json_lines(out)
    assert "spun" in record["quality"]["flags"]


# cluster


def test_cluster_seeds_is_one_story(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    status, out, _ = run(capsys, "cluster", seeds_dir)
    lines = json_lines(out)
    assert status == 0
    assert len(lines) == 5
    assert len({line["story"] for line in lines}) == 1


def test_cluster_keeps_talks_collapse_apart_from_strike_deal(
    capsys: pytest.CaptureFixture[str], examples_dir: Path
) -> None:
    origins = article_origins(examples_dir)
    _, out, _ = run(capsys, "cluster", examples_dir)
    story = {line["id"]: line["story"] for line in json_lines(out)}
    talks = {story[i] for i, origin in origins.items() if "event-port-strike-talks" in origin}
    deal = {
        story[i]
        for i, origin in origins.items()
        if "event-port-strike/" in origin and "06_feed" not in origin
    }
    assert len(talks) == 1 and len(deal) == 1
    assert talks != deal


def test_cluster_puts_the_feed_item_on_the_talks_in_the_talks_story(
    capsys: pytest.CaptureFixture[str], examples_dir: Path
) -> None:
    _, out, _ = run(capsys, "cluster", examples_dir)
    story = {line["id"]: line["story"] for line in json_lines(out)}
    assert story["06_feed-1"] == story["07_observer"]  # item 1: the strike deal
    assert story["06_feed-2"] == story["02_coastalpost"]  # item 2: the talks collapse


# digest


def test_digest_markdown(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    status, out, _ = run(capsys, "digest", examples_dir)
    assert status == 0
    assert out.count("\n# ") + out.startswith("# ") == 3  # one heading per story
    assert out.count("## Summary") == 3
    assert "Mayfield library reopens its doors eight months after flood" in out


def test_digest_json_schema(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    stories = digest_json(capsys, examples_dir)
    assert len(stories) == 3
    ids = set(article_origins(examples_dir))
    for digest in stories:
        assert {"story", "summary", "facts", "conflicts", "quotes", "timeline", "reuse"} <= set(
            digest
        )
        assert {"id", "title", "independent_origins", "articles"} <= set(digest["story"])
        for cited in digest["summary"]:
            assert cited["text"] and set(cited["sources"]) <= ids
    assert sum(len(d["story"]["articles"]) for d in stories) == len(ids)


def test_digest_html(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    status, out, _ = run(capsys, "digest", examples_dir, "--format", "html")
    assert status == 0
    assert out.lstrip().lower().startswith("<!doctype html>")
    assert out.count('<article class="story"') == 3
    assert "dockworkers&#39; strike" in out  # text is escaped


def test_digest_word_cap(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    for digest in digest_json(capsys, examples_dir, "--words", "50"):
        words = sum(len(cited["text"].split()) for cited in digest["summary"])
        assert 0 < words <= 50


def test_digest_one_story(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    (digest,) = digest_json(capsys, examples_dir, "--one-story")
    assert len(digest["story"]["articles"]) == len(article_origins(examples_dir))


def test_digest_to_a_file(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    output = tmp_path / "digest.md"
    status, out, _ = run(capsys, "digest", examples_dir, "-o", output)
    assert (status, out) == (0, "")
    assert output.read_text(encoding="utf-8").count("## Summary") == 3


# the store


def test_ingest_twice_changes_nothing(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    count = len(article_origins(examples_dir))
    status, _, err = run(capsys, "ingest", examples_dir, "--db", db)
    assert status == 0
    assert err.startswith(f"newsweave: {count} added, 0 revised, 0 unchanged")
    _, first_stories, _ = run(capsys, "stories", "--db", db)

    status, _, err = run(capsys, "ingest", examples_dir, "--db", db)
    assert status == 0
    assert err.startswith(f"newsweave: 0 added, 0 revised, {count} unchanged")
    _, second_stories, _ = run(capsys, "stories", "--db", db)
    assert second_stories == first_stories


def test_stories_lists_the_stored_stories(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    run(capsys, "ingest", examples_dir, "--db", db)
    status, out, _ = run(capsys, "stories", "--db", db)
    rows = [line.split("\t") for line in out.splitlines()]
    assert status == 0
    assert sorted(int(row[1].split()[0]) for row in rows) == [2, 3, 8]
    assert "Mayfield library reopens its doors eight months after flood" in {r[3] for r in rows}
    status, out, _ = run(capsys, "stories", "--db", db, "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [row[0] for row in rows]  # same stories, same order
    assert sorted(len(r["articles"]) for r in records) == [2, 3, 8]
    assert all(set(r) >= {"id", "title", "articles"} for r in records)


def test_digest_of_the_store_matches_the_digest_of_the_files(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    run(capsys, "ingest", examples_dir, "--db", db)
    stored = digest_json(capsys, "--db", db)
    fresh = digest_json(capsys, examples_dir)
    assert sorted(d["story"]["title"] for d in stored) == sorted(d["story"]["title"] for d in fresh)


def test_digest_of_an_empty_store_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "empty.db"
    open_store(str(db)).close()
    status, out, err = run(capsys, "digest", "--db", db)
    assert (status, out) == (1, "")
    assert err == f"newsweave: {db}: the store holds no articles\n"


# errors


def test_missing_input_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    status, out, err = run(capsys, "digest", missing)
    assert (status, out) == (1, "")
    assert err == f"newsweave: {missing}: no such file or directory\n"


def test_good_and_bad_inputs_together(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    status, out, err = run(capsys, "read", missing, good_file(tmp_path), junk)
    assert status == 0
    assert [r["id"] for r in json_lines(out)] == ["ferry"]
    *errors, summary = err.splitlines()
    assert errors == [
        f"newsweave: {missing}: no such file or directory",
        f"newsweave: {junk}: binary file, not text",
    ]
    assert re.fullmatch(r"newsweave: 1 article, 2 errors in \d+\.\d s", summary)


def test_invalid_json_line_is_named_with_its_line_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": BODY}) + "\n{oops\n")
    status, out, err = run(capsys, "read", path)
    assert status == 0
    assert [r["id"] for r in json_lines(out)] == ["ok"]
    assert err.startswith(f"newsweave: {path}:2: invalid JSON")


@pytest.mark.parametrize("words", ["0", "-3", "many"])
def test_bad_word_count_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, words: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["digest", str(examples_dir), "--words", words])
    assert exit_.value.code == 2
    assert f"must be a positive number, not {words}" in capsys.readouterr().err


def test_digest_with_no_input_and_no_store(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "digest")
    assert status == 1
    assert err == "newsweave: digest needs INPUT files or --db\n"


@pytest.mark.parametrize("where", ["missing-dir/out.md", "."])
def test_unwritable_output(capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str) -> None:
    output = tmp_path / where
    status, out, err = run(capsys, "digest", good_file(tmp_path), "-o", output)
    assert (status, out) == (1, "")
    assert err.startswith(f"newsweave: {output}: cannot write: ")
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("command", [["stories"], ["digest"], ["ingest", "INPUT"]])
def test_corrupt_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "corrupt.db"
    db.write_bytes(b"this is not an SQLite database, only some text\n" * 100)
    argv = [str(good_file(tmp_path)) if a == "INPUT" else a for a in command]
    status, _, err = run(capsys, *argv, "--db", db)
    assert status == 1
    assert err.startswith(f"newsweave: {db}: ")
    assert len(err.splitlines()) == 1


# the installed command


def console(*argv: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsweave.cli", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_command_reports_bad_input_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = console("digest", missing, "--format", "json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"newsweave: {missing}: no such file or directory\n"


def test_command_reads_and_exits_0(tmp_path: Path) -> None:
    result = console("cluster", good_file(tmp_path), tmp_path / "missing.txt")
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    assert [line["id"] for line in json_lines(result.stdout)] == ["ferry"]


def test_stories_on_a_missing_store_does_not_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing.db"
    assert main(["stories", "--db", str(missing)]) == 1
    assert "no such store" in capsys.readouterr().err
    assert not missing.exists()


def test_topic_granularity_joins_the_same_people_weeks_apart(
    capsys: pytest.CaptureFixture[str], examples_dir: Path
) -> None:
    port = str(examples_dir / "event-port-strike" / "01_harbourgazette.txt")
    talks = str(examples_dir / "event-port-strike-talks")
    for granularity, expected in (("event", 2), ("topic", 1)):
        assert main(["cluster", port, talks, "--granularity", granularity]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert len({line["story"] for line in lines}) == expected, granularity


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("newsweave 0.")


def test_facts_prints_one_record_per_article_with_spans(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    status, out, _ = run(capsys, "facts", seeds_dir)
    records = {r["id"]: r for r in json_lines(out)}
    assert status == 0 and len(records) == 5
    seed = records["002_7424c5f0da8b9a0a"]
    assert set(seed) == {
        "id",
        "published",
        "published_inferred",
        "quotes",
        "quantities",
        "dates",
        "entities",
    }
    troops = [q for q in seed["quantities"] if q["counts"] == "troop"]
    assert troops and troops[0]["qualifier"] == "more than" and troops[0]["value"] == 90_000
    quote = seed["quotes"][0]
    assert set(quote) == {
        "text",
        "speaker",
        "role",
        "anonymous",
        "cue",
        "span",
        "speaker_span",
        "partial",
    }
    assert all(len(d["span"]) == 2 for d in seed["dates"])
    status, out, _ = run(capsys, "facts", seeds_dir, "--format", "md")
    assert status == 0 and "### Quotes" in out and "Ned Price" in out
    assert "Joe Biden (partial): “severe consequences”" in out  # woven into a sentence


# hostile input and faults at the command's edges


def test_file_names_with_control_characters_are_escaped_on_stderr(tmp_path: Path) -> None:
    hostile = tmp_path / "x\nnewsweave: forged line\x1b[2J.txt"
    hostile.write_text("", encoding="utf-8")
    result = console("read", hostile)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1  # no forged second line
    assert "\x1b" not in result.stderr and "\\n" in result.stderr and "\\x1b" in result.stderr


def test_a_full_disk_ends_with_a_message_not_a_traceback(seeds_dir: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "newsweave.cli", "read", str(seeds_dir)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr.startswith("newsweave: cannot write the output")
    assert "Traceback" not in result.stderr


def test_a_closed_standard_output_ends_with_a_message(seeds_dir: Path) -> None:
    command = f"{sys.executable} -m newsweave.cli read {seeds_dir} >&-"
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 1
    assert "standard output is closed" in result.stderr and "Traceback" not in result.stderr


def test_digest_refuses_files_and_a_store_together(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    status, _, err = run(capsys, "digest", examples_dir, "--db", tmp_path / "news.db")
    assert status == 1 and "not both" in err


def test_reading_commands_never_write_into_a_file_that_is_not_a_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    status, _, err = run(capsys, "stories", "--db", empty)
    assert status == 1 and "not a newsweave store" in err
    assert empty.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_reading_a_store_writes_nothing_to_it(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    run(capsys, "ingest", examples_dir, "--db", db)
    with open_store(str(db)) as store:  # checkpoint the WAL so the file holds everything
        store.stories()
    before = db.read_bytes()
    assert run(capsys, "stories", "--db", db)[0] == 0
    assert run(capsys, "digest", "--db", db, "--format", "json")[0] == 0
    assert db.read_bytes() == before  # (SQLite's WAL index files may appear beside it)


def test_same_named_inputs_never_share_an_id_or_a_story(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, examples_dir: Path
) -> None:
    db = tmp_path / "news.db"
    texts = sorted((examples_dir / "event-port-strike").glob("0[1-5]*.txt"))
    for number, text in enumerate(texts):  # report.txt in five folders, five ingests
        folder = tmp_path / f"folder{number}"
        folder.mkdir()
        (folder / "report.txt").write_bytes(text.read_bytes())
        assert run(capsys, "ingest", folder / "report.txt", "--db", db)[0] == 0
    library = (examples_dir / "other" / "mayfield_library.jsonl").read_text(encoding="utf-8")
    for line in library.splitlines()[:2]:  # two `ingest -` runs, both read as "stdin"
        record = json.loads(line)
        stdin = tmp_path / "stdin.txt"
        stdin.write_text(record.get("text") or record["title"] + ". " * 40, encoding="utf-8")
        with open(stdin, encoding="utf-8") as handle:
            result = subprocess.run(
                [sys.executable, "-m", "newsweave.cli", "ingest", "-", "--db", str(db)],
                stdin=handle,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        assert result.returncode == 0, result.stderr
    with open_store(str(db)) as store:
        articles = store.current_articles()
        ids = [a.id for a in articles]
        assert len(ids) == len(set(ids)) == len(texts) + 2
        members = [i for s in store.stories() for i in s.article_ids]
        assert sorted(members) == sorted(ids)  # each article in exactly one story


def test_a_store_on_a_read_only_disk_can_still_be_read(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    run(capsys, "ingest", examples_dir, "--db", disk / "news.db")
    mounted = subprocess.run(["mount", "--bind", disk, disk], check=False).returncode == 0
    if not mounted or subprocess.run(["mount", "-o", "remount,ro,bind", disk]).returncode:
        pytest.skip("this machine does not allow a read-only bind mount")
    try:
        status, out, err = run(capsys, "stories", "--db", disk / "news.db")
        assert status == 0, err
        assert len(out.splitlines()) == 3
    finally:
        subprocess.run(["umount", "--lazy", disk], check=True)


def test_long_commands_end_with_a_summary_line_and_no_bar_in_a_pipe(examples_dir: Path) -> None:
    result = console("read", examples_dir)
    assert result.returncode == 0
    assert "\r" not in result.stderr  # no progress bar: stderr is not a terminal
    (summary,) = result.stderr.splitlines()
    assert re.fullmatch(r"newsweave: 13 articles, 0 errors in \d+\.\d s", summary)
    quiet = console("read", examples_dir, "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == result.stdout


def test_a_terminal_gets_a_progress_bar(examples_dir: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    done = subprocess.run(
        [sys.executable, "-m", "newsweave.cli", "read", str(examples_dir)],
        stdout=subprocess.DEVNULL,
        stderr=terminal,
        timeout=120,
        check=False,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal's other end is closed: all of it was read
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    text = shown.decode("utf-8", "replace")
    assert done.returncode == 0
    assert "reading:" in text and " articles" in text and "\r" in text  # the bar, redrawn
    assert "newsweave: 13 articles, 0 errors in" in text
