"""``veille ingest``, ``veille query`` and ``veille export``; ingest killed with SIGKILL and rerun."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from tests import kb
from tests.kb import ARTICLES, backend_url, snapshot
from veille.cli import app
from veille.store import StoreError, open_store, query

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
db_url, corpus = kb.db_url, kb.corpus  # fixtures


def cli(*args: str):
    return runner.invoke(app, list(args))


def test_ingest_then_query_and_export(db_url, corpus, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    first = cli("ingest", str(corpus), str(tmp_path / "empty.txt"), "--db", db_url, "--batch-size", "2")
    assert first.exit_code == 1, first.output
    assert "empty.txt" in first.stderr and "bad articles" in first.stderr
    assert f"stored {len(ARTICLES) + 1}," in first.stderr
    again = cli("ingest", str(corpus), "--db", db_url, "--limit", "2")
    assert again.exit_code == 0 and "stored 0, already stored 2" in again.stderr

    who = cli("query", "who", "Nezha El Ouafi", "--db", db_url, "--json")
    assert who.exit_code == 0, who.output
    with open_store(db_url).connect() as conn:
        assert json.loads(who.stdout) == query.who(conn, "Nezha El Ouafi")
    table = cli("query", "who", "Nezha El Ouafi", "--db", db_url)
    assert table.exit_code == 0 and "Nezha El Ouafi" in table.stdout and "Roles" in table.stdout
    for args in (("events", "--type", "CONSULT"), ("quotes", "--speaker", "Vitorino"), ("search", "Rabat")):
        out = cli("query", *args, "--db", db_url, "--json")
        assert out.exit_code == 0, out.output
        json.loads(out.stdout)
        assert cli("query", *args, "--db", db_url).exit_code == 0
    injected = cli("query", "search", "DROP", "TABLE", "--db", db_url)
    assert "DROP TABLE documents" in injected.stdout.replace("\n", " ") or "c-injection" in injected.stdout

    assert cli("query", "who", "Personne Inconnue", "--db", db_url).exit_code == 1
    for fmt, out in (("jsonl", "r.jsonl"), ("csv", "csv"), ("parquet", "pq"), ("graphml", "net.graphml")):
        done = cli("export", "--format", fmt, "--db", db_url, "--out", str(tmp_path / out))
        assert done.exit_code == 0, done.output
        assert (tmp_path / out).exists()


def test_query_without_a_store_exits_2(tmp_path):
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    result = cli("query", "events", "--db", missing)
    assert result.exit_code == 2 and "no knowledge base" in result.stderr
    assert not (tmp_path / "none.db").exists()


def _documents(url: str) -> int | None:
    """Stored documents, None while the schema is not there yet."""
    from sqlalchemy import func, select

    from veille.store.schema import documents
    try:
        engine = open_store(url, create_missing=False)
    except StoreError:
        return None
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar()
    finally:
        engine.dispose()


def _ingest_process(folder: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "veille", "ingest", str(folder), "--db", url, "--batch-size", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _kill_when(proc: subprocess.Popen, url: str, documents: int) -> None:
    """SIGKILL the ingest once the store holds ``documents`` articles (0: once the schema exists)."""
    while proc.poll() is None:
        n = _documents(url)
        if n is not None and n >= documents:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    proc.wait()


def test_sigkill_at_any_point_then_rerun_gives_the_uninterrupted_store(db_url, corpus, tmp_path):
    """The reference is an uninterrupted run of the same command (same code as the killed ones)."""
    (tmp_path / "ref").mkdir()
    reference = next(backend_url("sqlite", tmp_path / "ref"))
    assert _ingest_process(corpus, reference).wait() == 0
    ref = open_store(reference)
    for documents in (0, 3):
        _kill_when(_ingest_process(corpus, db_url), db_url, documents)
        n = _documents(db_url)
        assert n is None or n <= len(ARTICLES) + 1
    final = _ingest_process(corpus, db_url)
    assert final.wait() == 0
    engine = open_store(db_url)
    assert snapshot(engine) == snapshot(ref)
    engine.dispose()
