"""Queries over an ingested store; SQLite and PostgreSQL must give the same answers."""
from __future__ import annotations

import pytest

from tests.kb import PG_URL, backend_url, snapshot
from veille.read import read_all
from veille.record import Record
from veille.store import open_store, query
from veille.store.export import records
from veille.store.ingest import ingest

#: The questions asked of both backends: (function, args, kwargs).
QUESTIONS = [
    (query.who, ("Nezha El Ouafi",), {}),
    (query.who, ("Vitorino",), {}),
    (query.who, ("Macron",), {}),
    (query.events_of, (), {}),
    (query.events_of, (), {"type": "consult"}),
    (query.events_of, (), {"actor": "Emmanuel Macron", "since": "2020-01", "until": "2020-02"}),
    (query.quotes_of, (), {}),
    (query.quotes_of, (), {"speaker": "Macron"}),
    (query.quotes_of, (), {"contains": "partenaire"}),
    (query.search, ("Rabat",), {}),
    (query.search, ("téléphone",), {}),
    (query.search, ("Élysée",), {}),
]


@pytest.fixture
def store(filled):
    return filled


def ask(engine, fn, args, kwargs):
    with engine.connect() as conn:
        return fn(conn, *args, **kwargs)


def test_sqlite_and_postgresql_store_and_answer_the_same(corpus, tmp_path):
    if not PG_URL:
        pytest.skip("VEILLE_TEST_PG_URL is unset: start a server with `eval \"$(bash .ci/postgres.sh)\"`")
    sqlite_gen, pg_gen = backend_url("sqlite", tmp_path), backend_url("postgresql", tmp_path)
    engines = [open_store(next(sqlite_gen)), open_store(next(pg_gen))]
    try:
        for engine in engines:
            ingest(engine, read_all([corpus]))
        assert snapshot(engines[0]) == snapshot(engines[1])
        for fn, args, kwargs in QUESTIONS:
            assert ask(engines[0], fn, args, kwargs) == ask(engines[1], fn, args, kwargs), (fn.__name__, args, kwargs)
    finally:
        engines[1].dispose()
        pg_gen.close()


def test_who_reflects_the_records(store):
    """Every role, quote and event of a person in the records shows in her profile."""
    with store.connect() as conn:
        recs = [Record.from_dict(r) for r in records(conn)]
        profile = query.who(conn, "Nezha El Ouafi")
    assert profile is not None and profile["type"] == "PER"
    mine = [(r, e.id) for r in recs for e in r.entities if profile["name"] == e.name or
            profile["name"] in e.aliases or e.name in profile["aliases"]]
    assert {r.doc.id for r, _ in mine} >= {"seed-000"}
    quotes = {q["text"] for q in profile["quotes"]}
    titles = {h["title"] for h in profile["roles"]}
    events = {(ev["type"], ev["text"]) for ev in profile["meetings"] + profile["events"]}
    for rec, local in mine:
        assert {rec.text[q.start:q.end] for q in rec.quotes if q.speaker == local} <= quotes
        assert {r.title for r in rec.roles if r.person == local} <= titles
        assert {(e.type, rec.text[e.start:e.end]) for e in rec.events if local in e.source + e.target} <= events


def test_who_on_the_seed_shows_role_quote_and_meetings(store):
    """The issue's acceptance example (depends on the extractor finding them)."""
    with store.connect() as conn:
        p = query.who(conn, "Nezha El Ouafi")
    assert any("ministre" in h["title"] for h in p["roles"])
    assert p["quotes"]
    met = {name for ev in p["meetings"] for name in ev["counterparts"]}
    assert any("Vitorino" in n for n in met) and any("Holte" in n for n in met)


def test_unknown_name(store):
    with store.connect() as conn:
        assert query.who(conn, "Personne Inconnue") is None
        assert query.events_of(conn, actor="Personne Inconnue") == []


def test_events_filters(store):
    with store.connect() as conn:
        every = query.events_of(conn, limit=None)
        consult = query.events_of(conn, type="CONSULT", limit=None)
        early = query.events_of(conn, until="2019", limit=None)
        late = query.events_of(conn, since="2020-01-01", limit=None)
    assert consult and all(e["type"] == "CONSULT" for e in consult)
    assert all(e["date"] <= "2019-12-31" for e in early) and all(e["date"] >= "2020-01-01" for e in late)
    assert len(early) + len(late) <= len(every)
    dates = [e["date"] for e in every if e["date"]]
    assert dates == sorted(dates, reverse=True)


def test_full_text_search_over_articles_and_quotes(store):
    with store.connect() as conn:
        rabat = query.search(conn, "Rabat")
        nothing = query.search(conn, "Rabat téléphone")
        partner = query.quotes_of(conn, contains="partenaire essentiel")
        injection = query.search(conn, "DROP TABLE")
    assert [d["doc_id"] for d in rabat["documents"]] == ["d-bourita"]
    assert "Rabat" in rabat["documents"][0]["snippet"]
    assert nothing == {"documents": [], "quotes": []}
    assert [q["doc_id"] for q in partner] == ["d-bourita"]
    assert [d["doc_id"] for d in injection["documents"]] == ["c-injection"]


def test_search_words_are_data_not_syntax(store):
    with store.connect() as conn:
        for words in ('"', "NEAR(a b)", "a OR b", "'); DROP TABLE documents; --", "*", "-", ""):
            query.search(conn, words)
        assert query.search(conn, "Rabat")["documents"]
