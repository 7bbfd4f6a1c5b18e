"""Two ``veille ingest`` runs into one database at once (SQLite and the real PostgreSQL): both finish, and
the store holds each article once; a text whose extraction failed is stored when it comes again."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from tests.kb import ARTICLES
from veille.read import Article
from veille.store import open_store
from veille.store.ingest import ingest
from veille.store.schema import documents

ROOT = Path(__file__).resolve().parents[2]


def _ingest(folder: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "veille", "ingest", str(folder), "--db", url, "--batch-size", "1"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _stored(url: str) -> tuple[int, int]:
    """(documents, distinct texts) in the store."""
    engine = open_store(url, create_missing=False)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count(), func.count(func.distinct(documents.c.sha256)))).one()
    finally:
        engine.dispose()


def test_two_writers_at_once_both_finish_each_article_stored_once(db_url, corpus):
    n = len(ARTICLES) + 1
    for _ in ("fresh database", "existing store"):
        runs = [_ingest(corpus, db_url), _ingest(corpus, db_url)]
        outcomes = [(p.wait(timeout=600), p.stderr.read()) for p in runs]
        for code, stderr in outcomes:
            assert code == 0 and "Traceback" not in stderr, stderr
        assert _stored(db_url) == (n, n)


def test_a_text_that_failed_is_stored_when_it_comes_again(db_url, monkeypatch):
    import veille.components.quotes as quotes_component

    real, calls = quotes_component.find_quotes, []

    def fails_once(doc, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("quotes bug")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(quotes_component, "find_quotes", fails_once)
    body = "Le ministre de l'Intérieur Christophe Castaner a déclaré mardi : « Nous tiendrons. »"
    report = ingest(open_store(db_url), [Article(text=body, id="first", source="first"),
                                         Article(text=body, id="again", source="again")], batch_size=1)
    assert [p.source for p in report.bad] == ["first"]
    assert (report.stored, report.skipped) == (1, 0)
    assert _stored(db_url) == (1, 1)
