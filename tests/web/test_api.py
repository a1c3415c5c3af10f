"""Every endpoint of the JSON API on a store of the examples and the seeds, the token rules
of ingestion, the body size limit, caching headers, and errors without stack traces."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from tests.web.conftest import TOKEN

from newsweave.store import Store, open_store
from newsweave.web import WebOptions, create_app
from newsweave.web.app import CSP

DIGEST_FIELDS = {"story", "summary", "facts", "quotes", "conflicts", "timeline", "single_source"}


def test_stories_are_paged_sorted_and_filtered(client: TestClient) -> None:
    everything = client.get("/api/stories", params={"per_page": 100}).json()
    assert everything["total"] == 4
    newest = [s["first_published"][:4] for s in everything["stories"]]
    assert newest[0] == "2026" and newest[-1] == "2021"
    largest = client.get("/api/stories", params={"sort": "largest"}).json()["stories"]
    assert [s["size"] for s in largest] == sorted((s["size"] for s in largest), reverse=True)
    paged = client.get("/api/stories", params={"per_page": 1, "page": 2}).json()
    assert [s["id"] for s in paged["stories"]] == [everything["stories"][1]["id"]]
    old = client.get("/api/stories", params={"until": "2022-01-01"}).json()
    assert [s["first_published"][:4] for s in old["stories"]] == ["2021"]
    march = client.get("/api/stories", params={"since": "2026-03-01"}).json()
    assert march["total"] == 2
    observer = client.get("/api/stories", params={"outlet": "baltoraobserver"}).json()
    assert observer["total"] == 2 and all(
        "baltoraobserver" in s["outlets"] for s in observer["stories"]
    )


def test_story_is_the_design_digest_schema_and_cached_in_the_store(
    client: TestClient, news_store: Store, seed_story: str
) -> None:
    response = client.get(f"/api/stories/{seed_story}")
    record = response.json()
    assert response.status_code == 200 and record.keys() >= DIGEST_FIELDS
    assert len(record["story"]["articles"]) == 5 and record["summary"]
    cited = {source for item in record["summary"] for source in item["sources"]}
    assert cited <= {a["id"] for a in record["story"]["articles"]}
    assert json.loads(news_store.cached_digest(seed_story, record["version"]) or "{}")["summary"]
    again = client.get(
        f"/api/stories/{seed_story}", headers={"If-None-Match": response.headers["etag"]}
    )
    assert again.status_code == 304 and "max-age" in response.headers["cache-control"]


def test_article_has_clean_text_sentences_and_reuse(client: TestClient) -> None:
    record = client.get("/api/articles/05_spunnews").json()
    assert set(record["facts"]) >= {"quotes", "quantities", "dates", "entities"}
    assert any(q["value"] == 4200 for q in record["facts"]["quantities"])
    assert record["id"] == "05_spunnews" and record["story"] and record["sentences"]
    assert record["text"] and all(s["start"] < s["end"] for s in record["sentences"])
    assert any(link["copy"] == "05_spunnews" for link in record["reuse"])


def test_outlets_and_search(client: TestClient) -> None:
    outlets = client.get("/api/outlets").json()["outlets"]
    observer = next(o for o in outlets if o["key"] == "baltoraobserver")
    assert observer["articles"] == 3 and observer["stories"] == 2
    one = client.get("/api/outlets/baltoraobserver").json()
    assert len(one["stories"]) == 2
    hits = client.get("/api/search", params={"q": "dockers strike"}).json()["hits"]
    assert hits and all(h["story_id"] for h in hits)
    assert client.get("/api/search", params={"q": 'NEAR( "x" OR *'}).status_code == 200


def test_errors_are_a_status_and_a_message(client: TestClient) -> None:
    for path in ("/api/stories/nope", "/api/articles/nope", "/api/outlets/nope", "/api/none"):
        response = client.get(path)
        assert response.status_code == 404 and set(response.json()) == {"status", "message"}
    bad = client.get("/api/stories", params={"page": "0", "sort": "<script>"})
    assert bad.status_code == 422 and "page" in bad.json()["message"]
    page = client.get("/stories/nope")
    assert page.status_code == 404 and "Traceback" not in page.text


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/api/stories", "/static/style.css", "/nope", "/api/docs"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    assert "unsafe-inline" not in CSP and "default-src 'none'" in CSP


def test_docs_are_served_without_any_script(client: TestClient) -> None:
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/stories" in docs.text
    assert "<script" not in docs.text and "cdn" not in docs.text.lower()
    assert "/api/stories/{story_id}" in client.get("/api/openapi.json").json()["paths"]


def test_read_only_server_refuses_ingestion(client: TestClient) -> None:
    response = client.post("/api/articles", content='{"text": "x"}')
    assert response.status_code == 403
    assert client.put("/api/stories").status_code == 405


def test_ingestion_needs_the_token_and_bodies_are_bounded(tmp_path: Path) -> None:
    line = {
        "id": "quay-1",
        "url": "https://quaynews.example/crane",
        "source": "quaynews.example",
        "title": "Crane collapse closes the eastern quay",
        "published": "2026-04-02",
        "text": "A crane collapsed on the eastern quay of Port Velmar on Tuesday night. "
        "Nobody was hurt, the harbour master Odile Brandt said. The quay stays closed "
        "while inspectors from the port authority examine the other cranes.",
    }
    with open_store(str(tmp_path / "w.db")) as store:
        app = create_app(store, WebOptions(token=TOKEN, max_body=2000))
        with TestClient(app, raise_server_exceptions=False) as client:
            body = json.dumps(line) + "\nnot json\n"
            assert client.post("/api/articles", content=body).status_code == 401
            wrong = {"Authorization": "Bearer nope"}
            assert client.post("/api/articles", content=body, headers=wrong).status_code == 401
            good = {"Authorization": f"Bearer {TOKEN}"}
            result = client.post("/api/articles", content=body, headers=good).json()
            assert result["added"] == 1 and len(result["errors"]) == 1
            assert client.get("/api/articles/quay-1").json()["title"] == line["title"]
            assert client.get("/api/stories").json()["total"] == 1
            huge = client.post("/api/articles", content="x" * 3000, headers=good)
            assert huge.status_code == 413 and huge.json()["status"] == 413
