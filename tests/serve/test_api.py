"""The JSON API on a real store (SQLite file and PostgreSQL): the same answers as `veille query`."""
from __future__ import annotations


from tests.conftest import SEED
from tests.serve.conftest import HOSTILE
from veille.record import PLOVER_TYPES
from veille.store import query

PROBLEM = "application/problem+json"


def get(client, url: str, status: int = 200, **params):
    r = client.get(url, params=params)
    assert r.status_code == status, r.text
    if status >= 400:
        assert r.headers["content-type"].startswith(PROBLEM)
        assert r.json()["status"] == status and r.json()["detail"]
    return r.json()


def all_pages(client, url: str, limit: int, **params) -> list:
    items, offset = [], 0
    while offset is not None:
        page = get(client, url, offset=offset, limit=limit, **params)
        assert len(page["items"]) <= limit
        items += page["items"]
        offset = page["next_offset"]
    return items


def test_documents_newest_first_and_paginated(client):
    docs = get(client, "/api/documents", limit=200)["items"]
    assert len(docs) == 6
    dates = [d["date"] for d in docs]
    assert dates == sorted(dates, reverse=True)
    assert all_pages(client, "/api/documents", 4) == docs
    assert all_pages(client, "/api/documents", 1) == docs


def test_documents_by_date_and_theme(client):
    in_2020 = get(client, "/api/documents", since="2020-02", until="2020-03")["items"]
    assert {d["doc_id"] for d in in_2020} == {"b-trump", "c-injection", "d-bourita", HOSTILE[0]}
    assert [d["doc_id"] for d in get(client, "/api/documents", until="2019")["items"]] == ["seed-000"]
    filed: dict[str, set[str]] = {}
    for d in get(client, "/api/documents")["items"]:
        for t in get(client, f"/api/documents/{d['doc_id']}").get("themes", []):
            filed.setdefault(t["label"] if isinstance(t, dict) else t, set()).add(d["doc_id"])
    assert filed, "no record has themes"
    for label, ids in filed.items():
        assert {d["doc_id"] for d in get(client, "/api/documents", theme=label, limit=200)["items"]} == ids
        assert {d["doc_id"] for d in get(client, "/api/documents", theme=label.upper())["items"]} == ids
    assert get(client, "/api/documents", theme="nosuchtheme")["items"] == []

def test_document_is_the_record(client):
    rec = get(client, "/api/documents/seed-000")
    assert rec["schema"] == "veille.record/1" and rec["doc"]["id"] == "seed-000"
    assert rec["text"] == SEED.read_text(encoding="utf-8")
    assert (len(rec["entities"]), len(rec["quotes"])) == (13, 6) and rec["events"]
    assert all(isinstance(e["kb_id"], int) for e in rec["entities"])
    vitorino = next(e for e in rec["entities"] if e["name"] == "Antonio Vitorino")
    assert get(client, f"/api/entities/{vitorino['kb_id']}")["name"] == "Antonio Vitorino"
    get(client, "/api/documents/no-such-article", 404)


def test_entities_search_and_profile(client, engine):
    found = get(client, "/api/entities", q="vitorino")["items"]
    assert [e["name"] for e in found] == ["Antonio Vitorino"]
    assert found[0]["documents"] == 2
    assert "Organisation internationale pour les migrations" in [e["name"] for e in
                                                                 get(client, "/api/entities", q="OIM")["items"]]
    assert {e["type"] for e in get(client, "/api/entities", type="PER", limit=200)["items"]} == {"PER"}
    every = get(client, "/api/entities", limit=200)["items"]
    assert all_pages(client, "/api/entities", 7) == every
    counts = [e["documents"] for e in every]
    assert counts == sorted(counts, reverse=True)
    with engine.connect() as conn:
        assert get(client, f"/api/entities/{found[0]['id']}") == query.profile(conn, found[0]["id"])
    get(client, "/api/entities/987654", 404)
    get(client, "/api/entities/abc", 400)
    get(client, "/api/entities/0", 400)


def test_events_as_query(client, engine):
    with engine.connect() as conn:
        assert get(client, "/api/events", type="CONSULT", limit=200)["items"] == query.events_of(conn, type="CONSULT")
        macron = query.lookup(conn, "Emmanuel Macron")[0]["id"]
        assert (get(client, "/api/events", actor="Macron", limit=200)["items"]
                == query.events_of(conn, actor="Macron") == query.events_of(conn, actor=macron))
        assert get(client, "/api/events", actor=str(macron), limit=200)["items"] == query.events_of(conn, actor=macron)
        assert (get(client, "/api/events", actor="Macron", **{"with": "Trump"})["items"]
                == query.events_of(conn, actor="Macron", with_="Trump"))
        assert (get(client, "/api/events", since="2020-01", until="2020-02")["items"]
                == query.events_of(conn, since="2020-01", until="2020-02"))
    everything = get(client, "/api/events", limit=200)["items"]
    assert len(everything) > 5 and all_pages(client, "/api/events", 3) == everything
    assert {e["type"] for e in everything} <= set(PLOVER_TYPES)
    for bad in ({"type": "consult"}, {"type": "HUG"}, {"since": "2020-1"}, {"until": "yesterday"},
                {"limit": 0}, {"limit": 201}, {"offset": -1}, {"offset": 10_001}):
        get(client, "/api/events", 400, **bad)


def test_quotes_as_query(client, engine):
    with engine.connect() as conn:
        assert (get(client, "/api/quotes", speaker="Vitorino", limit=200)["items"]
                == query.quotes_of(conn, speaker="Vitorino"))
        assert get(client, "/api/quotes", contains="Maroc")["items"] == query.quotes_of(conn, contains="Maroc")
    assert len(get(client, "/api/quotes", limit=200)["items"]) >= 9


def test_search_as_query(client, engine):
    with engine.connect() as conn:
        assert get(client, "/api/search", q="migrations Maroc") == query.search(conn, "migrations Maroc", limit=20)
    assert [d["doc_id"] for d in get(client, "/api/search", q="Kurz")["documents"]] == ["a-kurz"]
    get(client, "/api/search", 400)
    get(client, "/api/search", 400, q="")


def test_network(client):
    net = get(client, "/api/network")
    ids = {n["id"] for n in net["nodes"]}
    assert len(ids) >= 5 and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert all(n["mentions"] >= 1 for n in net["nodes"])
    names = {n["name"] for n in net["nodes"]}
    assert {"Emmanuel Macron", "Donald Trump", "Antonio Vitorino"} <= names
    consult = get(client, "/api/network", type="CONSULT")
    assert consult["edges"] and {e["type"] for e in consult["edges"]} == {"CONSULT"}
    for label in ("migration", "diplomacy"):
        ids = {d["doc_id"] for d in get(client, "/api/documents", theme=label, limit=200)["items"]}
        kb_ids = {e["kb_id"] for d in ids for e in get(client, f"/api/documents/{d}")["entities"]}
        assert {n["id"] for n in get(client, "/api/network", theme=label)["nodes"]} <= kb_ids
    assert get(client, "/api/network", theme="nosuchtheme") == {"nodes": [], "edges": []}
    macron = next(n["id"] for n in net["nodes"] if n["name"] == "Emmanuel Macron")
    mine = get(client, "/api/network", actor=macron)
    assert all(macron in (e["source"], e["target"]) for e in mine["edges"]) and mine["edges"]


def test_timeline(client):
    days = get(client, "/api/timeline")
    weeks = get(client, "/api/timeline", by="week")
    n_events = len(get(client, "/api/events", limit=200)["items"])
    assert sum(p["total"] for p in days["periods"]) + days["undated"] == n_events
    assert sum(p["total"] for p in weeks["periods"]) == sum(p["total"] for p in days["periods"])
    assert [p["period"] for p in days["periods"]] == sorted(p["period"] for p in days["periods"])
    assert all(p["period"][4:6] == "-W" for p in weeks["periods"])
    get(client, "/api/timeline", 400, by="month")


def test_openapi_lists_the_stable_paths(client):
    paths = get(client, "/openapi.json")["paths"]
    for p in ("/api/documents", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{entity_id}",
              "/api/events", "/api/quotes", "/api/search", "/api/articles"):
        assert p in paths
    assert client.get("/docs").status_code == 200
