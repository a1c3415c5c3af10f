"""Every input format becomes Articles: HTML, JSON Lines, RSS, Atom, WARC, newswire SGML,
directories, gzip files and standard input."""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.clean import clean_article
from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.read import read_inputs

BODY = (
    "The harbour ferry resumed its crossings on Monday after a week of repairs to the pier. "
    "Passengers queued from dawn, and the operator added two extra sailings."
)
BODY_2 = (
    "The town council said the repairs cost less than expected and finished two days early. "
    "A second pier on the north shore will be inspected next month."
)


def read_items(*paths: Path | str) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths]))


def read_articles(*paths: Path | str) -> list[Article]:
    """The articles of `paths`, failing the test on any read error."""
    items = read_items(*paths)
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert not errors, errors
    return [i for i in items if isinstance(i, Article)]


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text("".join(f"{json.dumps(x) if not isinstance(x, str) else x}\n" for x in lines))
    return path


# HTML


def test_html_page_metadata(examples_dir: Path) -> None:
    (page,) = read_articles(examples_dir / "event-port-strike" / "07_observer.html")
    assert page.id == "07_observer"
    assert page.title == "Exporters count the cost as Lindmark strike ends"
    assert page.published is not None and page.published.date() == datetime(2026, 3, 13).date()
    assert page.url == (
        "https://baltoraobserver.example/business/2026/03/13/exporters-count-cost-lindmark-strike"
    )
    assert page.source == "Baltora Observer"  # the page names its site
    assert page.byline == "Jonas Wetherell"


def test_html_main_text_has_no_page_furniture(examples_dir: Path) -> None:
    (page,) = read_articles(examples_dir / "event-port-strike" / "07_observer.html")
    assert "You cannot put fish on pause" in page.raw
    assert "cautious relief" in page.raw  # the last paragraph
    for furniture in (
        "We use cookies",
        "Accept all",
        "Share on Facebook",
        "Tweet",
        "Related stories",
        "Privacy policy",
        "All rights reserved",
        "Sport",
    ):
        assert furniture not in page.raw, furniture


def test_gzipped_benchmark_page(datasets_dir: Path) -> None:
    folder = datasets_dir / "article-extraction-benchmark"
    path = sorted((folder / "html").glob("*.html.gz"))[0]
    truth = json.loads((folder / "ground-truth.json").read_text())[path.name.split(".")[0]]
    (page,) = read_articles(path)
    assert page.id == path.name.removesuffix(".html.gz")
    assert page.url == truth["url"]
    first_paragraph = " ".join(truth["articleBody"].split("\n")[0].split())
    assert first_paragraph in " ".join(page.raw.split())


# JSON Lines


def test_jsonl_examples_with_text_and_html_records(examples_dir: Path) -> None:
    articles = read_articles(examples_dir / "other" / "mayfield_library.jsonl")
    assert [a.id for a in articles] == [
        "mayfield-courier-0311-library",
        "valleytimes-20260311-mayfield",
        "lindmarkdaily-0312-strike",
    ]
    from_html = articles[2]
    assert from_html.url == "https://lindmarkdaily.example/port/strike-over-tentative-deal"
    assert from_html.source == "lindmarkdaily.example"
    assert from_html.title == "Strike over: Lindmark dockers and port agree tentative deal"
    assert from_html.published == datetime(2026, 3, 12, 11, 15, tzinfo=UTC)
    assert "4,200 dockworkers" in from_html.raw
    assert "<" not in from_html.raw  # main text, not markup
    assert from_html.origin.endswith("mayfield_library.jsonl:3")


def test_jsonl_unknown_fields_are_kept_as_metadata(tmp_path: Path) -> None:
    record = {"id": "f1", "text": BODY, "section": "Local", "tags": ["ferry", "pier"]}
    (article,) = read_articles(write_jsonl(tmp_path / "a.jsonl", record))
    assert article.metadata == {"section": "Local", "tags": ["ferry", "pier"]}


def test_jsonl_html_fragment_record(tmp_path: Path) -> None:
    record = {"html": f"<p>{BODY}</p><p>{BODY_2}</p>", "url": "https://news.example/ferry"}
    (article,) = read_articles(write_jsonl(tmp_path / "frag.jsonl", record))
    assert article.raw == f"{BODY}\n{BODY_2}"
    assert article.id == "frag-1"  # no `id`: file name and line number
    assert article.source == "news.example"


def test_jsonl_html_fragment_too_short_for_the_extractor(tmp_path: Path) -> None:
    (article,) = read_articles(write_jsonl(tmp_path / "short.jsonl", {"html": f"<p>{BODY}</p>"}))
    assert article.raw == BODY


def test_jsonl_invalid_line_is_reported_and_the_others_read(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "a", "text": BODY},
        '{"id": "b", "text": ',
        {"id": "c", "text": BODY_2},
    )
    items = read_items(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c"]
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert error.where == f"{path}:2"
    assert str(error) == f"{path}:2: invalid JSON (Expecting value at column 21)"


def test_jsonl_line_that_is_an_array(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "array.jsonl", [{"text": BODY}], {"text": BODY})
    first, second = read_items(path)
    assert isinstance(first, InputError) and first.where == f"{path}:1"
    assert "JSON object" in first.problem
    assert isinstance(second, Article)


def test_jsonl_record_without_text(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "notext.jsonl", {"id": "x", "title": "Ferry back"}, {"id": "y", "text": "  "}
    )
    first, second = read_items(path)
    assert isinstance(first, InputError) and first.where == f"{path}:1"
    assert "`text` or `html`" in first.problem
    assert isinstance(second, InputError) and second.where == f"{path}:2"


def test_jsonl_is_recognised_by_content(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "export.txt", {"id": "z", "text": BODY, "title": "Ferry back"})
    (article,) = read_articles(path)
    assert (article.id, article.title, article.raw) == ("z", "Ferry back", BODY)


# RSS and Atom


def test_rss_feed_items(examples_dir: Path) -> None:
    first, second = read_articles(examples_dir / "event-port-strike" / "06_feed.xml")
    assert (first.id, second.id) == ("06_feed-1", "06_feed-2")
    assert first.published == datetime(2026, 3, 12, 18, 30, tzinfo=UTC)
    assert second.published == datetime(2026, 2, 24, 17, 5, tzinfo=UTC)
    assert first.url == "https://baltoraobserver.example/business/2026/03/12/lindmark-port-reopens"
    assert second.url == (
        "https://baltoraobserver.example/business/2026/02/24/lindmark-talks-collapse"
    )
    assert first.byline == "Jonas Wetherell"
    assert clean_article(first).outlet == "baltoraobserver.example"  # from the entry link
    assert first.raw.count("\n") == 4  # five <p> paragraphs, markup gone
    assert "<p>" not in first.raw


def test_atom_feed_entry(tmp_path: Path) -> None:
    path = tmp_path / "valley.atom"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Times</title>
  <link href="https://valleytimes.example/"/>
  <id>urn:uuid:feed</id>
  <updated>2026-03-12T10:00:00Z</updated>
  <entry>
    <title>Ferry crossings resume</title>
    <link href="https://valleytimes.example/ferry"/>
    <id>urn:uuid:entry-1</id>
    <updated>2026-03-12T10:00:00Z</updated>
    <author><name>Ana Brel</name></author>
    <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;{BODY_2}&lt;/p&gt;</content>
  </entry>
</feed>
""")
    (entry,) = read_articles(path)
    assert entry.id == "valley-1"
    assert entry.title == "Ferry crossings resume"
    assert entry.url == "https://valleytimes.example/ferry"
    assert clean_article(entry).outlet == "valleytimes.example"
    assert entry.byline == "Ana Brel"
    assert entry.published == datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
    assert entry.raw == f"{BODY}\n{BODY_2}"
    assert entry.metadata == {"guid": "urn:uuid:entry-1"}


# WARC


def write_warc(path: Path, compress: bool = False) -> Path:
    """An archive with a warcinfo record, an HTML page and an image."""
    page = (
        f"<html><head><title>Ferry crossings resume</title></head><body><article>"
        f"<h1>Ferry crossings resume</h1><p>{BODY}</p><p>{BODY_2}</p></article></body></html>"
    )
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, content_type, payload in [
            ("https://news.example/ferry", "text/html; charset=utf-8", page.encode()),
            ("https://news.example/ferry.jpg", "image/jpeg", b"\xff\xd8\xff" + bytes(200)),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers
                )
            )
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_response_becomes_an_article(tmp_path: Path, name: str) -> None:
    path = write_warc(tmp_path / name, compress=name.endswith(".gz"))
    (page,) = read_articles(path)  # the image and the warcinfo record are skipped
    assert page.id == "crawl-1"
    assert page.url == "https://news.example/ferry"
    assert page.source == "news.example"
    assert page.title == "Ferry crossings resume"
    assert BODY in page.raw and BODY_2 in page.raw
    assert page.origin == f"{path}#1 (https://news.example/ferry)"


# Newswire SGML (DUC/TREC)


def test_duc_document(datasets_dir: Path) -> None:
    path = datasets_dir / "duc2004-task2" / "docs" / "d30001t" / "APW19981016.0240"
    (doc,) = read_articles(path)
    assert doc.id == "APW19981016.0240"
    assert doc.published == datetime(1998, 10, 16)
    assert doc.source == "APW"
    wrapped = path.read_text().split("<TEXT>")[1].split("</TEXT>")[0].strip()
    assert wrapped.count("\n") > 30  # hard-wrapped in the file ...
    assert "\n" not in doc.raw  # ... one paragraph once read
    assert "``" not in doc.raw and "''" not in doc.raw  # typewriter quotes made typographic
    assert doc.raw.split() == wrapped.replace("``", "“").replace("''", "”").split()


def test_duc_paragraphs_are_one_line_each(datasets_dir: Path) -> None:
    path = datasets_dir / "duc2003-task2" / "docs" / "d30003t" / "APW19981017.0151"
    text = path.read_text().split("<TEXT>")[1].split("</TEXT>")[0]
    indented = text.split("\n\t")[1:]  # paragraphs start with a tab, no <P> tags
    assert indented[-1].split() == ["(scl)"]  # the operator's sign-off, not text
    (doc,) = read_articles(path)
    paragraphs = doc.raw.split("\n")
    assert len(paragraphs) == len(indented) - 1
    for line, source in zip(paragraphs, indented, strict=False):
        assert len(line.split()) == len(source.split())  # all of it, on one line


def test_sgml_file_with_several_docs_and_wire_codes(tmp_path: Path) -> None:
    path = tmp_path / "wire.sgml"
    path.write_text("""<DOC>
<DOCNO> NYT19981021.0066 </DOCNO>
<DATE_TIME> 10/21/1998 14:05:00 </DATE_TIME>
<HEADLINE> Ferry <b>crossings</b> resume </HEADLINE>
<TEXT>
 &UR; Eds: UPDATES with crossings &QL;
 &UR; By ANA BREL &QC;
<P>
   ''We are back,'' the operator said on
Monday, ``and the pier is safe.'' &QL;
</P>
<P>
   Repairs took a week at AT&AMP;T's old pier.
</P>
<P>
NYT-10-21-98 1405EDT &QL;
</P>
</TEXT>
</DOC>
<DOC>
<DOCNO> APW19981022.0001 </DOCNO>
<TEXT>
   The second report.
   (ab-cd)
</TEXT>
</DOC>
""")
    first, second = read_articles(path)
    assert first.id == "NYT19981021.0066"
    assert first.title == "Ferry crossings resume"
    assert first.published == datetime(1998, 10, 21, 14, 5)
    assert first.raw == (
        "“We are back,” the operator said on Monday, “and the pier is safe.”\n"
        "Repairs took a week at AT&T's old pier."
    )
    assert (second.id, second.raw, second.published) == (
        "APW19981022.0001",
        "The second report.",
        datetime(1998, 10, 22),
    )


# Directories, gzip, standard input, ids


def test_directory_is_walked_recursively_in_order(tmp_path: Path) -> None:
    for relative in [
        "b.txt",
        "a/z.txt",
        "a/deep/y.txt",
        ".hidden.txt",
        ".git/x.txt",
        "README.md",
        "a/readme.rst",
        "README",
    ]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BODY)
    assert [a.id for a in read_articles(tmp_path)] == ["b", "z", "y"]  # top-down, sorted


def test_gzipped_text_file(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt.gz"
    path.write_bytes(gzip.compress(f"Ferry crossings resume\n20260312\n\n{BODY}\n".encode()))
    (article,) = read_articles(path)
    assert article.id == "ferry"
    assert article.title == "Ferry crossings resume"
    assert article.published == datetime(2026, 3, 12)
    assert article.raw.endswith(f"{BODY}\n")


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(f"Ferry crossings resume\n\n{BODY}\n".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    (article,) = read_articles("-")
    assert (article.id, article.origin) == ("stdin", "-")
    assert article.title == "Ferry crossings resume"


def test_standard_input_holding_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "".join(json.dumps({"id": i, "text": BODY}) + "\n" for i in ("p", "q"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert [a.id for a in read_articles("-")] == ["p", "q"]


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    for relative in ["a/ferry.txt", "b/ferry.txt", "c/ferry.txt"]:
        (tmp_path / relative).parent.mkdir(parents=True)
        (tmp_path / relative).write_text(BODY)
    assert [a.id for a in read_articles(tmp_path)] == ["ferry", "ferry-2", "ferry-3"]


def test_made_up_id_does_not_collide_with_a_real_one(tmp_path: Path) -> None:
    # "ferry-2.txt" sorts before "ferry.txt": its id is taken before a second "ferry" comes.
    for relative in ["ferry-2.txt", "ferry.txt", "sub/ferry.txt"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(BODY)
    ids = [a.id for a in read_articles(tmp_path)]
    assert ids == ["ferry-2", "ferry", "ferry-3"]


def test_same_file_given_twice_gets_two_ids(examples_dir: Path) -> None:
    path = examples_dir / "event-port-strike" / "01_harbourgazette.txt"
    first, second = read_articles(path, path)
    assert (first.id, second.id) == ("01_harbourgazette", "01_harbourgazette-2")
    assert first.raw == second.raw
