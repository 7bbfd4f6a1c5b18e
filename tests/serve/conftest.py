"""Fixtures of the ``veille serve`` tests: a store of each backend holding the seed, the dispatches of
tests/kb.py and a hostile article, and a TestClient on it (tokens enable POST /api/articles)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, text, update

from tests import kb

TOKEN = "test-token-5f1c"
#: An article whose text carries markup and script: it must show as text and run nothing.
HOSTILE = ("e-hostile", "2020-03-12",
           "Le ministre de l'Intérieur Christophe Castaner a déclaré mardi à Paris : "
           "« <script>alert('xss')</script> n'est pas une menace ». Le journal a publié <img src=x onerror=alert(1)> et un lien "
           "<a href=\"javascript:alert(2)\">cliquez ici</a> sans effet. "
           "Emmanuel Macron a rencontré Christophe Castaner jeudi à l'Élysée.")
#: Themes written into one record as the themes layer (RECORD.md section 1b) would.
THEMES = ("d-bourita", [{"label": "migration", "score": 0.9, "evidence": []}, {"label": "diplomacy", "score": 0.7}])


def fill(url: str, folder):
    """An engine on a new store at ``url`` holding the corpus and the hostile article; one record gets themes
    (where the store has no themes table)."""
    from veille.read import read_all
    from veille.store import open_store
    from veille.store.ingest import ingest
    from veille.store.schema import documents

    kb.write_corpus(folder)
    ident, date, body = HOSTILE
    (folder / f"{ident}.json").write_text(json.dumps({"id": ident, "date": date, "text": body,
                                                      "title": "<b>Titre</b> <script>alert('t')</script>"},
                                                     ensure_ascii=False), encoding="utf-8")
    engine = open_store(url)
    report = ingest(engine, read_all([folder]))
    assert report.stored == 6 and not report.bad
    if inspect(engine).has_table("document_themes"):  # the themes layer fills it: leave the records as stored
        return engine
    with engine.begin() as conn:
        rec = json.loads(conn.execute(text("SELECT record FROM documents WHERE doc_id = :d"),
                                      {"d": THEMES[0]}).scalar())
        rec["themes"] = THEMES[1]
        conn.execute(update(documents).where(documents.c.doc_id == THEMES[0])
                     .values(record=json.dumps(rec, ensure_ascii=False)))
    return engine


@pytest.fixture(scope="session", params=kb.BACKENDS)
def engine(request, tmp_path_factory):
    """A filled store of each backend, shared by the serve tests (read only)."""
    urls = kb.backend_url(request.param, tmp_path_factory.mktemp("serve"))
    eng = fill(next(urls), tmp_path_factory.mktemp("articles"))
    yield eng
    eng.dispose()
    urls.close()


@pytest.fixture(scope="session")
def client(engine):
    """A TestClient on the application, with a token."""
    from fastapi.testclient import TestClient

    from veille.serve.app import create_app

    with TestClient(create_app(engine=engine, token=TOKEN)) as c:
        yield c
