"""Query latency (p50/p95) of each query operation on a store of >= 10,000 articles.

    eval "$(bash .ci/postgres.sh)"                   # for PostgreSQL (VEILLE_TEST_PG_URL)
    .venv/bin/python bench/query.py [--real 100] [--articles 10000] [--reps 40]
    .venv/bin/python bench/query.py --records DIR --real 300 --articles 100000 --keep q100k --explain

The store is SYNTHESISED: --real OrangeSum articles are extracted (or the records of an existing
store are taken, --source URL, or of a folder of saved records, --records DIR), then copied until there are
--articles records, each copy with its own text (a marker appended, so its own sha256), id and
date, and in three copies out of four its people and organisations renamed (a letter suffix), so
that the knowledge base has many more entities than the real sample. Prints a table and writes
bench/results/query-*.json.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import itertools
import json
import os
import random
import statistics
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from common import RESULTS, machine, save
from ingest import ORANGESUM, backends, fresh_url


def synthesise(real: list, n: int) -> list:
    """n records made from the real ones (see the module docstring)."""
    return list(copies(real, n))


def copies(real: list, n: int, start: int = 0) -> Iterator:
    """The records ``start`` to ``n`` of :func:`synthesise`, one at a time."""
    from veille.record import sha256

    for i in range(start, n):
        rec = copy.deepcopy(real[i % len(real)])
        k = i // len(real)
        if k:
            rec.text += f"\n\n[copie synthétique {k}]"
            rec.doc.id = f"{rec.doc.id}-s{k}"
            base = dt.date.fromisoformat(rec.doc.date or "2020-01-01")
            rec.doc.date = (base + dt.timedelta(days=k % 365)).isoformat()
            if k % 4:
                for e in rec.entities:
                    if e.type in ("PER", "ORG"):
                        e.name = f"{e.name} {chr(65 + k % 26)}"
                        e.aliases = []
                        e.mentions = [m for m in e.mentions if m.kind not in ("name", "acronym")]
        rec.doc.sha256 = sha256(rec.text)
        yield rec


def percentiles(samples: list[float]) -> dict[str, float]:
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50_ms": round(q[49] * 1000, 2), "p95_ms": round(q[94] * 1000, 2)}


def measure(engine, ops: dict[str, Callable[[Any, random.Random], Any]], reps: int) -> dict[str, dict]:
    results = {}
    for name, op in ops.items():
        rng = random.Random(name)
        times = []
        with engine.connect() as conn:
            for _ in range(reps):
                t = time.perf_counter()
                op(conn, rng)
                times.append(time.perf_counter() - t)
        results[name] = percentiles(times)
    return results


@contextmanager
def kept_url(backend: str, name: str) -> Iterator[str]:
    """A URL to a database kept between runs (bench/results/NAME.db, or database NAME on the server)."""
    from sqlalchemy import create_engine, text

    if backend == "sqlite":
        RESULTS.mkdir(exist_ok=True)
        yield f"sqlite:///{RESULTS / (name + '.db')}"
        return
    admin = create_engine(os.environ["VEILLE_TEST_PG_URL"], isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first() is None:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin.url.set(database=name).render_as_string(hide_password=False)
    admin.dispose()


def fill(engine, real: list, n: int, batch: int = 500) -> tuple[int, float]:
    """Store the synthesised records the store lacks (it may hold the first ones): (stored now, seconds)."""
    from sqlalchemy import func, select, text

    from veille.store.ingest import store_many
    from veille.store.schema import documents, writing

    def count() -> int:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar()

    have, t = count(), time.perf_counter()
    it = copies(real, n, start=have)
    while chunk := list(itertools.islice(it, batch)):
        with writing(engine) as conn:
            store_many(conn, chunk)
    seconds = time.perf_counter() - t
    if engine.dialect.name == "postgresql":  # the planner's statistics of a bulk load, before measuring
        with engine.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text("ANALYZE"))
    return count() - have, seconds


def plans(engine, ops: dict[str, Callable[[Any, random.Random], Any]]) -> dict[str, list[dict[str, str]]]:
    """For one run of each operation, every SELECT it sent and the plan the database chose for it."""
    from sqlalchemy import event

    out: dict[str, list[dict[str, str]]] = {}
    for name, op in ops.items():
        sent: list[tuple[str, Any]] = []

        def capture(conn, cursor, statement, parameters, context, executemany):
            sent.append((statement, parameters))

        with engine.connect() as conn:
            event.listen(conn, "before_cursor_execute", capture)
            op(conn, random.Random(name))
            event.remove(conn, "before_cursor_execute", capture)
            out[name] = []
            for statement, parameters in sent:
                if not statement.lstrip().upper().startswith("SELECT"):
                    continue
                prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
                cur = conn.connection.cursor()
                cur.execute(prefix + statement, parameters)
                lines = [str(r[-1]) if engine.dialect.name == "sqlite" else str(r[0]) for r in cur.fetchall()]
                cur.close()
                out[name].append({"sql": " ".join(statement.split())[:300], "plan": lines})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=int, default=100, help="Real OrangeSum articles extracted")
    parser.add_argument("--articles", type=int, default=10_000, help="Records in the synthesised store")
    parser.add_argument("--source", help="Take the real records from this store instead of extracting")
    parser.add_argument("--records", type=Path, metavar="DIR",
                        help="Take the real records from DIR/*.json (veille extract ... --out DIR)")
    parser.add_argument("--keep", metavar="NAME", help="Build the stores into bench/results/NAME.db and the "
                        "PostgreSQL database NAME, kept (and completed, not rebuilt) from run to run")
    parser.add_argument("--explain", action="store_true", help="Also record the plan of every SELECT sent")
    parser.add_argument("--reps", type=int, default=40, help="Runs of each operation")
    parser.add_argument("--backend", action="append", choices=("sqlite", "postgresql"),
                        help="Only this backend (repeatable; default: SQLite, and PostgreSQL with VEILLE_TEST_PG_URL)")
    parser.add_argument("--build-only", action="store_true", help="Build the stores (with --keep), measure nothing")
    args = parser.parse_args()
    from veille.record import Record
    from veille.store import open_store, query
    from veille.store.export import records

    if args.records:
        files = sorted(args.records.glob("*.json"))[:args.real]
        real = [Record.from_dict(json.loads(f.read_text(encoding="utf-8"))) for f in files]
    elif args.source:
        with open_store(args.source, create_missing=False).connect() as conn:
            real = [Record.from_dict(r) for r in itertools.islice(records(conn), args.real)]
    else:
        from veille.pipeline import extract_many
        from veille.read import Article, read

        arts = list(itertools.islice((a for a in read(ORANGESUM) if isinstance(a, Article)), args.real))
        real = list(extract_many(arts))
    real = list({r.text: r for r in reversed(real)}.values())[::-1]  # a text twice would be stored once
    people = sorted({e.name for r in real for e in r.entities if e.type == "PER"})
    orgs = sorted({e.name for r in real for e in r.entities if e.type == "ORG"})
    words = ["gouvernement", "réforme", "président", "élections", "ministre", "Paris"]
    ops = {
        "who": lambda c, r: query.who(c, r.choice(people)),
        "events --type": lambda c, r: query.events_of(c, type=r.choice(["CONSULT", "ACCUSE", "SUPPORT"])),
        "events --actor": lambda c, r: query.events_of(c, actor=r.choice(people)),
        "events --actor --with --since": lambda c, r: query.events_of(c, actor=r.choice(people),
                                                                      with_=r.choice(people), since="2020"),
        "quotes --speaker": lambda c, r: query.quotes_of(c, speaker=r.choice(people)),
        "quotes --contains": lambda c, r: query.quotes_of(c, contains=r.choice(words)),
        "search": lambda c, r: query.search(c, r.choice(words)),
        "framework": lambda c, r: query.framework(c, r.choice(orgs)),
    }
    print(f"store SYNTHESISED from {len(real)} real records ({args.records or args.source or 'OrangeSum'}), "
          f"copied and perturbed to {args.articles} articles")
    rows, explained = {}, {}
    for backend in args.backend or backends():
        where = kept_url(backend, args.keep) if args.keep else fresh_url(backend)
        with where as url:
            engine = open_store(url)
            n, seconds = fill(engine, real, args.articles)
            print(f"{backend}: stored {n} records in {seconds:.0f} s")
            if not args.build_only:
                rows[backend] = measure(engine, ops, args.reps)
                if args.explain:
                    explained[backend] = plans(engine, ops)
            engine.dispose()
    print(f"{'operation':<32}" + "".join(f"{b + ' p50/p95 ms':>26}" for b in rows))
    for op in ops:
        print(f"{op:<32}" + "".join(f"{rows[b][op]['p50_ms']:>15} / {rows[b][op]['p95_ms']:<8}" for b in rows))
    path = save("query", {"machine": machine(), "synthesised": True, "real_records": len(real),
                          "articles": args.articles, "reps": args.reps, "results": rows, "plans": explained})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
