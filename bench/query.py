"""Query latency (p50/p95) of each query operation on a store of >= 10,000 articles.

    eval "$(bash .ci/postgres.sh)"                   # for PostgreSQL (VEILLE_TEST_PG_URL)
    .venv/bin/python bench/query.py [--real 100] [--articles 10000] [--reps 40]

The store is SYNTHESISED: --real OrangeSum articles are extracted (or the records of an existing
store are taken, --source URL), then copied until there are
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
import random
import statistics
import time
from typing import Any, Callable

from common import machine, save
from ingest import ORANGESUM, backends, fresh_url


def synthesise(real: list, n: int) -> list:
    """n records made from the real ones (see the module docstring)."""
    from veille.record import sha256

    out = []
    for i in range(n):
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
        out.append(rec)
    return out


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=int, default=100, help="Real OrangeSum articles extracted")
    parser.add_argument("--articles", type=int, default=10_000, help="Records in the synthesised store")
    parser.add_argument("--source", help="Take the real records from this store instead of extracting")
    parser.add_argument("--reps", type=int, default=40, help="Runs of each operation")
    args = parser.parse_args()
    from veille.pipeline import extract_many
    from veille.read import Article, read
    from veille.store import open_store, query
    from veille.record import Record
    from veille.store.export import records
    from veille.store.ingest import store

    if args.source:
        with open_store(args.source, create_missing=False).connect() as conn:
            real = [Record.from_dict(r) for r in itertools.islice(records(conn), args.real)]
    else:
        arts = list(itertools.islice((a for a in read(ORANGESUM) if isinstance(a, Article)), args.real))
        real = list(extract_many(arts))
    recs = synthesise(real, args.articles)
    people = sorted({e.name for r in real for e in r.entities if e.type == "PER"})
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
    }
    print(f"store SYNTHESISED from {len(real)} real records ({args.source or 'OrangeSum'}), "
          f"copied and perturbed to {len(recs)} articles")
    rows = {}
    for backend in backends():
        with fresh_url(backend) as url:
            engine = open_store(url)
            t = time.perf_counter()
            for i in range(0, len(recs), 200):
                with engine.begin() as conn:
                    for rec in recs[i:i + 200]:
                        store(conn, rec)
            print(f"{backend}: stored {len(recs)} records in {time.perf_counter() - t:.0f} s")
            rows[backend] = measure(engine, ops, args.reps)
            engine.dispose()
    print(f"{'operation':<32}" + "".join(f"{b + ' p50/p95 ms':>26}" for b in rows))
    for op in ops:
        print(f"{op:<32}" + "".join(f"{rows[b][op]['p50_ms']:>15} / {rows[b][op]['p95_ms']:<8}" for b in rows))
    path = save("query", {"machine": machine(), "synthesised": True, "real_records": len(real),
                          "articles": len(recs), "reps": args.reps, "results": rows})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
