"""Ingest throughput into SQLite and PostgreSQL on N OrangeSum articles.

    eval "$(bash .ci/postgres.sh)"                   # for PostgreSQL (VEILLE_TEST_PG_URL)
    .venv/bin/python bench/ingest.py --n 200 [--workers 2] [--batch-size 16]
    .venv/bin/python bench/ingest.py --n 400 --workers 2 --cluster local:1 --cluster local:2 --rounds 2  # Dask
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
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from common import SHARED, machine, peak_rss_mib, save

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


def run(backend: str, n: int, workers: int, batch_size: int, storing: bool = True) -> dict[str, Any]:
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

    row = {"backend": backend, "mode": f"workers {workers}", "articles": report.stored, "bad": len(report.bad),
           "seconds": round(total, 2), "articles_per_s": round(report.stored / total, 2),
           "worker_peak_rss_mib": [round(peak_rss_mib()["children"])] if workers > 1 else [],
           "load_avg": round(os.getloadavg()[0], 2)}
    if storing:
        seconds = store_only(backend, [Record.from_dict(r) for r in recs], batch_size)
        row.update(store_only_seconds=round(seconds, 2), store_only_articles_per_s=round(len(recs) / seconds, 1))
    return row


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
                         "load_avg": round(os.getloadavg()[0], 2)})
    return rows


def run_cluster(backend: str, n: int, spec: str, client: Any, batch_size: int) -> dict[str, Any]:
    """``veille.cluster.ingest`` of the first n articles on the running LocalCluster of ``client``."""
    import resource

    from veille import cluster
    from veille.store import open_store

    with fresh_url(backend) as url:
        engine = open_store(url)
        t = time.perf_counter()
        report = cluster.ingest(engine, [ORANGESUM], client.scheduler_info()["address"], batch_size=batch_size,
                                limit=n)
        total = time.perf_counter() - t
        engine.dispose()
    peak = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return {"backend": backend, "mode": f"cluster {spec}", "articles": report.stored, "bad": len(report.bad),
            "seconds": round(total, 2), "articles_per_s": round(report.stored / total, 2),
            "worker_peak_rss_mib": sorted(round(v) for v in peak.values()), "load_avg": round(os.getloadavg()[0], 2)}


def ratios(rows: list[dict[str, Any]], workers: int, specs: list[str]) -> list[dict[str, Any]]:
    """Per round and backend, each cluster's rate over the process pool's and over local:1's (same round)."""
    out = []
    for (rnd, backend), group in itertools.groupby(rows, key=lambda r: (r["round"], r["backend"])):
        rate = {r["mode"]: r["articles_per_s"] for r in group}
        for spec in specs:
            row = {"round": rnd, "backend": backend, "cluster": spec}
            if f"workers {workers}" in rate:
                row[f"over_workers_{workers}"] = round(rate[f"cluster {spec}"] / rate[f"workers {workers}"], 3)
            if spec != "local:1" and "cluster local:1" in rate:
                row["over_local_1"] = round(rate[f"cluster {spec}"] / rate["cluster local:1"], 3)
            out.append(row)
    return out


def run_rounds(args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The pool and every cluster, ``args.rounds`` times interleaved; the clusters start once, before."""
    from contextlib import ExitStack

    from distributed import Client

    from veille import cluster
    from veille.pipeline import DEFAULT_MODEL, load

    load()  # the model, outside the timings
    rows = []
    with ExitStack() as stack:
        clients = {}
        for spec in args.cluster:
            local = stack.enter_context(cluster.local_cluster(cluster.check_spec(spec)))
            clients[spec] = stack.enter_context(Client(local))
            clients[spec].register_plugin(cluster.PipelinePlugin(DEFAULT_MODEL))  # the model, outside the timing
        for rnd in range(1, args.rounds + 1):
            for b in backends():
                rows.append({"round": rnd, **run(b, args.n, args.workers, args.batch_size, storing=rnd == 1)})
                rows += [{"round": rnd, **run_cluster(b, args.n, spec, client, args.batch_size)}
                         for spec, client in clients.items()]
    return rows, ratios(rows, args.workers, args.cluster)


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
    parser.add_argument("--rounds", type=int, default=1, help="interleaved runs of the pool and every cluster")
    args = parser.parse_args()
    compared: list[dict[str, Any]] = []
    if args.store_only:
        rows = run_store_only(args.store_only, args.batch_size, args.repeat)
    else:
        rows, compared = run_rounds(args)
    print(f"{'round':>5} {'backend':<11} {'mode':<16} {'articles':>8} {'seconds':>8} {'art/s':>7} {'load':>5} "
          f"{'store-only art/s':>17} worker peak MiB")
    for r in rows:
        print(f"{r.get('round', ''):>5} {r['backend']:<11} {r['mode']:<16} {r['articles']:>8} {r['seconds']:>8} "
              f"{r.get('articles_per_s', ''):>7} {r.get('load_avg', ''):>5} "
              f"{r.get('store_only_articles_per_s', ''):>17} {r.get('worker_peak_rss_mib', '')}")
    for key, over in ((f"over_workers_{args.workers}", f"workers {args.workers}"), ("over_local_1", "local:1")):
        for (backend, spec), group in itertools.groupby(sorted(compared, key=lambda c: (c["backend"], c["cluster"])),
                                                        key=lambda c: (c["backend"], c["cluster"])):
            values = [c[key] for c in group if key in c]
            if values:
                print(f"{backend} {spec} / {over}: "
                      f"{' '.join(map(str, values))} (median {statistics.median(values):.3f})")
    path = save("ingest", {"machine": machine(), "n": args.n, "workers": args.workers, "cluster": args.cluster,
                           "batch_size": args.batch_size, "rounds": args.rounds, "results": rows,
                           "ratios": compared})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
