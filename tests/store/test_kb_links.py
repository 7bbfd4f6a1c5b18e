"""Knowledge-base links and themes in the store, and the queries over them (SQLite and PostgreSQL)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from tests.kb import BACKENDS, backend_url, write_corpus
from veille.cli import app
from veille.read import read_all
from veille.store import open_store, query
from veille.store.ingest import ingest
from veille.store.schema import document_themes, documents, entity_kb

#: An article about asylum that names two of the seed's institutions differently, with a quotation on a pact.
ASYLUM = ("e-grandi", "2020-02-26",
          "Le Haut-Commissaire des Nations unies pour les réfugiés, Filippo Grandi, a rencontré mardi à Athènes "
          "le Premier ministre grec Kyriakos Mitsotakis. Les deux hommes ont évoqué le sort des demandeurs d'asile "
          "et des réfugiés bloqués dans les camps des îles grecques. « Le Pacte mondial sur les réfugiés doit "
          "enfin être appliqué », a déclaré Filippo Grandi. L'IOM, l'agence des Nations unies pour les migrations, "
          "a aussi appelé à l'accueil des demandeurs d'asile.")


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory):
    """A store of each backend (tests/kb.py) holding the test corpus and the asylum article (read only)."""
    urls = backend_url(request.param, tmp_path_factory.mktemp("kb"))
    db_url = next(urls)
    folder = write_corpus(tmp_path_factory.mktemp("corpus"))
    ident, date, body = ASYLUM
    (folder / f"{ident}.json").write_text(json.dumps({"id": ident, "date": date, "text": body}, ensure_ascii=False),
                                          encoding="utf-8")
    engine = open_store(db_url)
    ingest(engine, read_all([folder]))
    yield engine, db_url
    engine.dispose()
    urls.close()


def test_one_kb_entry_is_one_entity_across_articles_and_names(store):
    engine, _ = store
    with engine.connect() as conn:
        links = dict(conn.execute(select(entity_kb.c.kb_id, entity_kb.c.entity_id)).all())
        assert {"gcm", "iom", "gcr", "amo", "african-agenda-migration"} <= set(links)
        iom = query.who(conn, "IOM")
        assert iom["id"] == links["iom"] == query.who(conn, "Organisation internationale pour les migrations")["id"]
        assert iom["documents"] >= 3  # the seed (OIM), d-bourita (full name), e-grandi (IOM)
        assert iom["kb"]["id"] == "iom" and iom["kb"]["name_en"] == "International Organization for Migration"


def test_who_finds_the_pact_by_its_english_name(store):
    engine, _ = store
    with engine.connect() as conn:
        p = query.who(conn, "Global Compact for Migration")
    assert p["name"] == "Pacte mondial sur les migrations" and p["kb"]["id"] == "gcm"


def test_themes_are_stored_and_searched(store):
    engine, _ = store
    with engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(document_themes)).scalar()
        found = query.search(conn, theme="migration")
        asylum = query.search(conn, theme="asylum")
        both = query.search(conn, "Grandi", theme="asylum")
        none = query.search(conn, "Vitorino", theme="asylum")
    assert stored > 0
    assert "seed-000" in {d["doc_id"] for d in found["documents"]}
    assert all("migration" in d["themes"] for d in found["documents"])
    assert [d["doc_id"] for d in asylum["documents"]] == ["e-grandi"] == [d["doc_id"] for d in both["documents"]]
    assert none["documents"] == []
    with pytest.raises(ValueError):
        query.search(engine.connect(), theme="sport")


def test_events_and_quotes_by_theme(store):
    engine, _ = store
    with engine.connect() as conn:
        asylum_docs = set(conn.execute(select(documents.c.doc_id).join(document_themes)
                                       .where(document_themes.c.label == "asylum")).scalars())
        events = query.events_of(conn, theme="asylum", limit=None)
        every = query.events_of(conn, limit=None)
        quotes = query.quotes_of(conn, theme="asylum")
    assert events and {e["doc_id"] for e in events} <= asylum_docs < {e["doc_id"] for e in every} | asylum_docs
    assert len(events) < len(every)
    assert [q["doc_id"] for q in quotes] == ["e-grandi"] and "réfugiés" in quotes[0]["text"]


def test_framework_lists_articles_actors_and_quotes_over_time(store):
    engine, _ = store
    with engine.connect() as conn:
        pact = query.framework(conn, "Pacte de Marrakech")
        refugees = query.framework(conn, "Global Compact on Refugees")
        assert query.framework(conn, "Traité de Tordesillas") is None
    assert pact["kb"]["id"] == "gcm" and [d["doc_id"] for d in pact["documents"]] == ["seed-000"]
    assert pact["over_time"] == [{"month": "2019-12", "documents": 1}]
    assert "Nezha El Ouafi" in {a["name"] for a in pact["actors"]}
    assert refugees["kb"]["id"] == "gcr"
    assert [q["speaker"] for q in refugees["quotes"]] == ["Filippo Grandi"]


def test_cli_who_search_events_and_framework(store):
    _, url = store
    runner = CliRunner()
    res = runner.invoke(app, ["query", "who", "Global Compact for Migration", "--db", url])
    assert res.exit_code == 0, res.output
    assert "Pacte mondial sur les migrations" in res.output and "knowledge base: gcm" in res.output
    res = runner.invoke(app, ["query", "search", "--theme", "migration", "--db", url, "--json"])
    assert res.exit_code == 0, res.output
    assert "seed-000" in {d["doc_id"] for d in json.loads(res.output)["documents"]}
    res = runner.invoke(app, ["query", "events", "--theme", "asylum", "--db", url, "--json"])
    assert res.exit_code == 0 and {e["doc_id"] for e in json.loads(res.output)} == {"e-grandi"}
    res = runner.invoke(app, ["query", "framework", "OIM", "--db", url])
    assert res.exit_code == 0 and "International Organization for Migration" in res.output
    assert runner.invoke(app, ["query", "search", "--theme", "sport", "--db", url]).exit_code == 2
    assert runner.invoke(app, ["query", "search", "--db", url]).exit_code == 2
    assert runner.invoke(app, ["query", "framework", "Traité de Tordesillas", "--db", url]).exit_code == 1
