"""Ingest throughput into SQLite and PostgreSQL on N OrangeSum articles.

    eval "$(bash .ci/postgres.sh)"                   # for PostgreSQL (VEILLE_TEST_PG_URL)
    .venv/bin/python bench/ingest.py --n 200 [--workers 2] [--batch-size 16]
    .venv/bin/python bench/ingest.py --n 400 --cluster local:1 --cluster local:2   # veille.cluster on Dask
    .venv/bin/veille extract FILE.jsonl --out DIR && .venv/bin/python bench/ingest.py --store-only DIR

For each backend, a fresh database: ``veille.store.ingest.ingest`` end to end (read, skip check,
extraction, storage; the model is loaded before timing), then the storage alone (the same
records written again into another fresh database). With ``--cluster local:N``, also
``veille.cluster.ingest`` on a LocalCluster of N worker processes (started, and the model loaded in each
worker, before the clock), with each worker's peak resident memory. With ``--store-only DIR``, only the
storage of records already extracted (``--repeat`` runs on each backend, ``--batch-size`` records a
transaction). Prints a table, writes bench/results/ingest-*.json.
"""
from __future__ import annotations

import argparse
import itertools
import os
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from common import SHARED, machine, save

ORANGESUM = SHARED / "data" / "orangesum" / "monde_politique.jsonl.gz"


@contextmanager
def fresh_url(backend: str) -> Iterator[str]:
    """A URL to a new empty database (SQLite in a temp dir, or a new database on VEILLE_TEST_PG_URL's server)."""
    from sqlalchemy import create_engine, text

    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.db'}"
        return
    admin = create_engine(os.environ["VEILLE_TEST_PG_URL"], isolation_level="AUTOCOMMIT")
    name = f"veille_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def backends() -> list[str]:
    """SQLite, and PostgreSQL when VEILLE_TEST_PG_URL names a server."""
    return ["sqlite"] + (["postgresql"] if os.environ.get("VEILLE_TEST_PG_URL") else [])


def run(backend: str, n: int, workers: int, batch_size: int) -> dict[str, Any]:
    from veille.read import Article, read
    from veille.store import open_store
    from veille.store.export import records
    from veille.store.ingest import ingest

    arts = list(itertools.islice((a for a in read(ORANGESUM) if isinstance(a, Article)), n))
    with fresh_url(backend) as url:
        engine = open_store(url)
        t = time.perf_counter()
        report = ingest(engine, arts, batch_size=batch_size, workers=workers)
        total = time.perf_counter() - t
        with engine.connect() as conn:
            recs = list(records(conn))
        engine.dispose()
    from veille.record import Record

    recs = [Record.from_dict(r) for r in recs]
    storing = store_only(backend, recs, batch_size)
    return {"backend": backend, "mode": f"workers {workers}", "articles": report.stored, "bad": len(report.bad),
            "seconds": round(total, 2),
            "articles_per_s": round(report.stored / total, 2), "store_only_seconds": round(storing, 2),
            "store_only_articles_per_s": round(len(recs) / storing, 1)}


def store_only(backend: str, recs: list, batch_size: int) -> float:
    """Seconds to store ``recs`` into a fresh database as ``ingest`` does: one write transaction a batch."""
    from veille.store import open_store
    from veille.store.ingest import store_many
    from veille.store.schema import writing

    with fresh_url(backend) as url:
        engine = open_store(url)
        t = time.perf_counter()
        for i in range(0, len(recs), batch_size):
            with writing(engine) as conn:
                store_many(conn, recs[i:i + batch_size])
        seconds = time.perf_counter() - t
        engine.dispose()
    return seconds


def run_store_only(folder: Path, batch_size: int, repeat: int) -> list[dict[str, Any]]:
    """Storage alone of the records saved in ``folder`` (``veille extract ... --out DIR``), ``repeat`` times."""
    import json

    from veille.record import Record

    recs = [Record.from_dict(json.loads(f.read_text(encoding="utf-8"))) for f in sorted(folder.glob("*.json"))]
    rows = []
    for backend in backends():
        for _ in range(repeat):
            seconds = store_only(backend, recs, batch_size)
            rows.append({"backend": backend, "mode": f"store-only b{batch_size}", "articles": len(recs),
                         "seconds": round(seconds, 2), "store_only_articles_per_s": round(len(recs) / seconds, 1),
                         "load_avg": os.getloadavg()[0]})
    return rows


def run_cluster(backend: str, n: int, spec: str, batch_size: int) -> dict[str, Any]:
    """``veille.cluster.ingest`` of the first n articles on a LocalCluster started for ``local:N``."""
    import resource

    from distributed import Client

    from veille import cluster
    from veille.pipeline import DEFAULT_MODEL
    from veille.store import open_store

    workers = cluster.check_spec(spec)
    with cluster.local_cluster(workers) as local, Client(local) as client:
        client.register_plugin(cluster.PipelinePlugin(DEFAULT_MODEL))  # the model, outside the timing
        with fresh_url(backend) as url:
            engine = open_store(url)
            t = time.perf_counter()
            report = cluster.ingest(engine, [ORANGESUM], local.scheduler_address, batch_size=batch_size, limit=n)
            total = time.perf_counter() - t
            engine.dispose()
        peak = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return {"backend": backend, "mode": f"cluster {spec}", "articles": report.stored, "bad": len(report.bad),
            "seconds": round(total, 2), "articles_per_s": round(report.stored / total, 2),
            "worker_peak_rss_mib": sorted(round(v) for v in peak.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--cluster", action="append", default=[], metavar="local:N",
                        help="also ingest on a Dask LocalCluster of N workers (repeatable)")
    parser.add_argument("--store-only", type=Path, metavar="DIR",
                        help="only store the records saved in DIR (veille extract ... --out DIR), no extraction")
    parser.add_argument("--repeat", type=int, default=2, help="runs of --store-only on each backend")
    args = parser.parse_args()
    if args.store_only:
        rows = run_store_only(args.store_only, args.batch_size, args.repeat)
    else:
        from veille.pipeline import load

        load()  # the model, outside the timings
        rows = [run(b, args.n, args.workers, args.batch_size) for b in backends()]
        rows += [run_cluster(b, args.n, spec, args.batch_size) for spec in args.cluster for b in backends()]
    print(f"{'backend':<11} {'mode':<16} {'articles':>8} {'seconds':>8} {'art/s':>7} {'store-only art/s':>17} "
          "worker peak MiB")
    for r in rows:
        print(f"{r['backend']:<11} {r['mode']:<16} {r['articles']:>8} {r['seconds']:>8} "
              f"{r.get('articles_per_s', ''):>7} {r.get('store_only_articles_per_s', ''):>17} "
              f"{r.get('worker_peak_rss_mib', '')}")
    path = save("ingest", {"machine": machine(), "n": args.n, "workers": args.workers, "cluster": args.cluster,
                           "batch_size": args.batch_size, "results": rows})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
