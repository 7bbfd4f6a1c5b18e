"""POST /api/articles: bearer token, size limits, and the exactly-once rule of `veille ingest`."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from tests.kb import ARTICLES, db_url  # noqa: F401  (fixture)
from tests.serve.conftest import TOKEN
from veille.serve import api
from veille.serve.app import create_app
from veille.store import open_store

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def article(n: int) -> dict:
    ident, date, body = ARTICLES[n]
    return {"id": ident, "date": date, "text": body}


@pytest.fixture
def app_on(db_url):  # noqa: F811
    engine = open_store(db_url)
    yield lambda token: TestClient(create_app(engine=engine, token=token))
    engine.dispose()


def test_refused_without_the_token(app_on):
    body = json.dumps(article(0))
    assert app_on(None).post("/api/articles", content=body, headers=AUTH).status_code == 403
    client = app_on(TOKEN)
    r = client.post("/api/articles", content=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.post("/api/articles", content=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post("/api/articles", content=body, headers={"Authorization": TOKEN}).status_code == 401
    assert client.get("/api/documents").json()["items"] == []


def test_one_article_then_a_batch_exactly_once(app_on):
    client = app_on(TOKEN)
    r = client.post("/api/articles", content=json.dumps(article(0)), headers=AUTH)
    assert r.status_code == 201 and r.json() == {"stored": 1, "skipped": 0, "bad": []}
    again = client.post("/api/articles", content=json.dumps(article(0)), headers=AUTH)
    assert again.status_code == 200 and again.json() == {"stored": 0, "skipped": 1, "bad": []}
    lines = [json.dumps(article(0)), json.dumps(article(1)), json.dumps({"id": "empty", "text": "  "}),
             json.dumps(article(1))]
    batch = client.post("/api/articles", content="\n".join(lines) + "\n", headers=AUTH).json()
    assert (batch["stored"], batch["skipped"], len(batch["bad"])) == (1, 2, 1)
    assert "empty" in batch["bad"][0]["message"]
    assert {d["doc_id"] for d in client.get("/api/documents").json()["items"]} == {"a-kurz", "b-trump"}
    rec = client.get("/api/documents/a-kurz").json()
    assert rec["text"] == ARTICLES[0][2] and rec["entities"]


def test_bad_bodies(app_on, monkeypatch):
    client = app_on(TOKEN)
    for body in (b"", b"{not json", b'{"id": "x"}\n{oops', b"[" * 100_000, b"\xff\xfe\x00\x00"):
        r = client.post("/api/articles", content=body, headers=AUTH)
        assert r.status_code == 400 if body != b'{"id": "x"}' else 200, (body[:20], r.text)
    no_text = client.post("/api/articles", content=b'{"id": "x"}', headers=AUTH).json()
    assert no_text["stored"] == 0 and "no 'text'" in no_text["bad"][0]["message"]
    monkeypatch.setattr(api, "MAX_BODY", 1000)
    big = json.dumps({"id": "big", "text": "mot " * 1000})
    r = client.post("/api/articles", content=big, headers=AUTH)
    assert r.status_code == 413 and r.headers["content-type"].startswith("application/problem+json")
    monkeypatch.setattr(api, "MAX_ARTICLES", 1)
    r = client.post("/api/articles", content=json.dumps([article(0), article(1)]), headers=AUTH)
    assert r.status_code == 413
    assert client.get("/api/documents").json()["items"] == []
