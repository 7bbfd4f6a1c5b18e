"""Corpus scale on Dask (veille.cluster): a real LocalCluster of two worker processes, real stores.

One cluster serves the whole module (starting workers and loading the model in each is the slow
part); the tests reach it by its scheduler address, as ``--cluster tcp://HOST:8786`` would.
"""
from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests import kb
from tests.kb import snapshot
from veille import cluster as dask
from veille.cli import app
from veille.read import Article, read, read_all
from veille.record import sha256
from veille.store import open_store
from veille.store.ingest import ingest

N = 40
db_url = kb.db_url  # fixture
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus40(shared, tmp_path_factory) -> Path:
    """The first 40 OrangeSum articles as a JSONL.gz file (a temporary copy, not in the repo)."""
    src = shared / "data" / "orangesum" / "monde_politique.jsonl.gz"
    path = tmp_path_factory.mktemp("orangesum") / "orangesum40.jsonl.gz"
    with gzip.open(src, "rb") as fh, gzip.open(path, "wb") as out:
        out.writelines(itertools.islice(fh, N))
    return path


@pytest.fixture(scope="module")
def reference(corpus40, tmp_path_factory):
    """A plain (no cluster) ingest of the 40 articles into SQLite: its snapshot."""
    engine = open_store(f"sqlite:///{tmp_path_factory.mktemp('plain') / 'kb.db'}")
    report = ingest(engine, read_all([corpus40]))
    assert report.stored == N and not report.bad
    snap = snapshot(engine)
    engine.dispose()
    return snap


@pytest.fixture(scope="module")
def address(corpus40):
    """The scheduler address of a LocalCluster of 2 worker processes (processes=True, threads_per_worker=1)."""
    with dask.local_cluster(2) as cluster:
        yield cluster.scheduler_address


def test_partitions_cover_the_input_once_in_order(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": f"Texte {i}."}) for i in range(7)]
    lines.append(json.dumps({"id": "surrogate", "text": "Texte \ud800 seul."}))
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n")
    truncated = tmp_path / "t.jsonl.gz"
    truncated.write_bytes(path.read_bytes()[:-12])  # the gzip trailer and some data cut off
    (tmp_path / "docs").mkdir()
    for i in range(3):
        (tmp_path / "docs" / f"d{i}.txt").write_text(f"Article {i}.", encoding="utf-8")
    inputs = [path, truncated, tmp_path / "docs", tmp_path / "missing.txt"]
    items = list(read_all(inputs))
    assert dask.count_items(inputs) == len(items) - 1  # all but the truncated file's error
    assert dask.count_items(inputs, limit=5) == 5

    stored = {sha256(items[3].text)}
    parts = list(dask.partitions(iter(items), workers=1, total=len(items), known=lambda shas: stored & set(shas)))
    assert [p.first for p in parts] == list(itertools.accumulate([0] + [p.count for p in parts[:-1]]))
    assert sum(p.count for p in parts) == len(items)
    assert all(len(p.todo) == dask.MIN_PARTITION for p in parts[:-1])
    articles = [x for x in items if isinstance(x, Article)]
    sent = [a for a in articles if a.id != "a3"]  # a3: stored, in both gzip files
    assert [a.source for p in parts for a in p.todo] == [a.source for a in sent]
    assert [s for p in parts for s in p.skipped] == [a.source for a in articles if a.id == "a3"]  # reported, not sent
    bad = [m for p in parts for _, m in p.bad]  # in input order; read() rejects the lone surrogate
    assert bad == [x.message for x in items if not isinstance(x, Article)] and "lone surrogate" in bad[0]
    # A rerun sends nothing, and reports what it skips a chunk (lookup) at a time.
    rerun = list(dask.partitions(iter(items), total=len(items), known=set, lookup=5))
    assert {p.count for p in rerun[:-1]} == {5} and sum(p.count for p in rerun) == len(items)
    assert not any(p.todo for p in rerun) and sum(len(p.skipped) for p in rerun) == len(articles)
    # Without a store (veille extract), every article is sent.
    assert sum(len(p.todo) for p in dask.partitions(iter(items), total=len(items))) == len(articles)
    # Partitions shrink as the input runs out, so that the workers finish together.
    assert [dask.size_for(left, 2) for left in (10_000, 400, 100, 10)] == [dask.MAX_PARTITION, 50, 13,
                                                                           dask.MIN_PARTITION]


def test_bad_cluster_spec_is_a_usage_error(tmp_path):
    for spec in ("local:0", "local:x", "somehost"):
        result = runner.invoke(app, ["ingest", "examples/seed-000.txt", "--cluster", spec,
                                     "--db", f"sqlite:///{tmp_path / 'kb.db'}"])
        assert result.exit_code == 2 and "--cluster" in result.output


def test_cluster_ingest_into_sqlite_equals_plain_ingest(address, corpus40, reference, tmp_path):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(corpus40), "--cluster", address, "--db", url])
    assert result.exit_code == 0, result.output
    assert f"stored {N}, already stored 0, bad 0" in result.output
    engine = open_store(url)
    assert snapshot(engine) == reference
    # A second run finds every text stored (hashed by the client) and sends nothing to the workers.
    again = dask.ingest(engine, [corpus40], address)
    assert (again.stored, again.skipped, again.bad) == (0, N, [])
    assert snapshot(engine) == reference


def test_cluster_ingest_into_postgresql_equals_plain_ingest(address, corpus40, tmp_path):
    urls = kb.backend_url("postgresql", tmp_path)
    url = next(urls)
    try:
        plain_url, drop = kb.fresh_pg_database()
        try:
            plain = open_store(plain_url)
            assert ingest(plain, read_all([corpus40])).stored == N
            engine = open_store(url)
            report = dask.ingest(engine, [corpus40], address)
            assert (report.stored, report.skipped, report.bad) == (N, 0, [])
            assert snapshot(engine) == snapshot(plain)
            engine.dispose()
            plain.dispose()
        finally:
            drop()
    finally:
        urls.close()


def test_worker_killed_mid_run_loses_and_duplicates_nothing(address, corpus40, reference, tmp_path):
    from distributed import Client

    killed: list[int] = []
    with Client(address) as client:
        pids = client.run(os.getpid)  # worker address -> pid

        def notify(kind: str, message: str) -> None:
            if kind == "stored" and not killed:  # the first partition is stored: the others are running
                busy = [w for w, keys in client.processing().items() if keys]
                assert busy, "no worker had a task when the kill was due"
                killed.append(pids[busy[0]])
                os.kill(pids[busy[0]], signal.SIGKILL)

        engine = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
        report = dask.ingest(engine, [corpus40], address, notify=notify)
        assert killed and killed[0] not in client.run(os.getpid).values()  # a new process replaced it
    assert (report.stored, report.skipped, report.bad) == (N, 0, [])
    assert snapshot(engine) == reference


def test_cluster_extract_parquet_equals_plain_extract(address, corpus40, tmp_path):
    import pyarrow.dataset as ds

    from veille.dataset import read_records
    from veille.pipeline import extract_many

    out = tmp_path / "records"
    out.mkdir()
    (out / "part-00007.parquet").write_bytes(b"stale part of an earlier run")
    result = runner.invoke(app, ["extract", str(corpus40), "--cluster", address, "--out", str(out),
                                 "--format", "parquet"])
    assert result.exit_code == 0, result.output
    assert not (out / "part-00007.parquet").exists()
    table = ds.dataset(out, format="parquet").to_table()
    plain = [r.to_dict() for r in extract_many(a for a in read(corpus40) if isinstance(a, Article))]
    assert table.num_rows == N and table.column("id").to_pylist() == [r["doc"]["id"] for r in plain]
    assert read_records(out) == json.loads(json.dumps(plain))
