"""Fixtures and helpers shared by the knowledge-base tests (tests/store, tests/commands).

``db_url`` runs a test on SQLite and on the real PostgreSQL server of ``.ci/postgres.sh``
(``VEILLE_TEST_PG_URL``), each test in a fresh database.
"""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import SEED, SEED_DATE

PG_URL = os.environ.get("VEILLE_TEST_PG_URL")
BACKENDS = ("sqlite", "postgresql")

#: Short dispatches written for these tests: (id, date, text).
ARTICLES = [
    ("a-kurz", "2020-01-14",
     "Le président français Emmanuel Macron a reçu lundi à l'Élysée le chancelier autrichien Sebastian Kurz. "
     "« Nous partageons la même vision de l'Europe », a déclaré Emmanuel Macron à l'issue de l'entretien. "
     "Les deux dirigeants ont évoqué la question des réfugiés."),
    ("b-trump", "2020-02-03",
     "Emmanuel Macron s'est entretenu mardi par téléphone avec le président américain Donald Trump. "
     "Les deux présidents ont discuté de la taxe sur le numérique. "
     "« La France ne renoncera pas », a affirmé Macron."),
    ("c-injection", "2020-02-20",
     "Robert'); DROP TABLE documents; -- a été cité par le journal. Le ministre de l'Intérieur Christophe "
     "Castaner a déclaré que « 1=1 OR '' = '' ; DELETE FROM quotes » n'était pas une menace. "
     "%s %(x)s :param $1 ? ; SELECT * FROM entities WHERE name LIKE '%_%';"),
    ("d-bourita", "2020-03-10",
     "Antonio Vitorino, directeur général de l'Organisation internationale pour les migrations, a rencontré "
     "jeudi à Rabat le ministre marocain des Affaires étrangères, Nasser Bourita. "
     "« Le Maroc est un partenaire essentiel », a souligné Antonio Vitorino."),
]


def write_corpus(folder: Path) -> Path:
    """The seed and ARTICLES as JSON files (with their dates) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    items = [("seed-000", SEED_DATE, SEED.read_text(encoding="utf-8")), *ARTICLES]
    for ident, date, body in items:
        (folder / f"{ident}.json").write_text(json.dumps({"id": ident, "date": date, "text": body},
                                                         ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A folder of five good articles."""
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def fresh_pg_database() -> tuple[str, callable]:
    """A new empty database on the test server: (url, drop)."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"veille_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return PG_URL.rsplit("/", 1)[0] + f"/{name}", drop


def backend_url(backend: str, tmp_path: Path):
    """Yield a fresh database URL of a backend (skipping PostgreSQL without a server)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'kb.db'}"
        return
    if not PG_URL:
        pytest.skip("VEILLE_TEST_PG_URL is unset: start a server with `eval \"$(bash .ci/postgres.sh)\"`")
    url, drop = fresh_pg_database()
    try:
        yield url
    finally:
        drop()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A fresh, empty database on each backend."""
    yield from backend_url(request.param, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request, corpus, tmp_path_factory):
    """An engine on a store of each backend holding the corpus (shared by a module's tests: read only)."""
    from veille.read import read_all
    from veille.store import open_store
    from veille.store.ingest import ingest

    urls = backend_url(request.param, tmp_path_factory.mktemp("kb"))
    engine = open_store(next(urls))
    ingest(engine, read_all([corpus]))
    yield engine
    engine.dispose()
    urls.close()


def snapshot(engine) -> dict[str, Any]:
    """The store's content by natural keys (no surrogate ids), to compare two stores."""
    from veille.store.export import records
    from veille.store.schema import TABLES, aliases, entities

    with engine.connect() as conn:
        forms: dict[int, list[str]] = {}
        for r in conn.execute(aliases.select()):
            forms.setdefault(r.entity_id, []).append(r.norm)
        kb = {r.id: (r.type, r.name, r.country, sorted(forms.get(r.id, [])))
              for r in conn.execute(entities.select())}
        recs = []
        for rec in records(conn):
            for ent in rec["entities"]:
                ent["kb_id"] = kb[ent["kb_id"]]
            recs.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
        counts = {t.name: conn.execute(text(f"SELECT count(*) FROM {t.name}")).scalar() for t in TABLES}
    return {"records": sorted(recs), "entities": sorted(map(json.dumps, kb.values())), "counts": counts}
