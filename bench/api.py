"""HTTP API latency and throughput of `veille serve` on a store of >= 10,000 articles (loopback only).

    eval "$(bash .ci/postgres.sh)"                   # for PostgreSQL too (VEILLE_TEST_PG_URL)
    .venv/bin/python bench/api.py [--real 200] [--articles 10000] [--requests 300] [--concurrency 8]

The store is SYNTHESISED as in bench/query.py: --real OrangeSum articles are extracted (or the
records of an existing store are taken, --source URL) and copied, perturbed, until there are
--articles records. The server runs in its own process (uvicorn, one worker, on 127.0.0.1); an
httpx.AsyncClient sends --requests requests to each endpoint, with parameters drawn at random (fixed
seed) from the real records, first one at a time (latency: p50, p99), then --concurrency at a time
(throughput: requests/s, and the latencies under that load). Prints the table and the errors (any
non-2xx answer), and writes bench/results/api-*.json.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import socket
import statistics
import subprocess
import sys
import time
from typing import Any, Callable

from common import machine, save
from ingest import ORANGESUM, backends, fresh_url
from query import synthesise

WORDS = ["gouvernement", "réforme", "président", "élections", "ministre", "Paris", "migrations", "retraites"]
TYPES = ["CONSULT", "ACCUSE", "SUPPORT", "REQUEST", "AGREE"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(url: str, port: int) -> subprocess.Popen:
    """`veille serve` on the store, in a child process; returns once it answers."""
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", url, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/documents?limit=1", timeout=2).raise_for_status()
            return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("veille serve did not start")


async def hammer(base: str, make: Callable[[random.Random], str], n: int, concurrency: int) -> dict[str, Any]:
    """``n`` GETs of ``make(rng)`` URLs, ``concurrency`` at a time: requests/s, p50/p99 (ms), errors."""
    import httpx

    rng = random.Random(0)
    urls = [make(rng) for _ in range(n)]
    times: list[float] = []
    errors = 0
    queue = iter(urls)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for url in queue:
            t = time.perf_counter()
            r = await client.get(url)
            times.append(time.perf_counter() - t)
            errors += r.status_code >= 300

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        await client.get(urls[0])  # warm the connection and the server's caches once
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        wall = time.perf_counter() - start
    q = statistics.quantiles(times, n=100, method="inclusive")
    return {"requests": n, "rps": round(n / wall, 1), "p50_ms": round(q[49] * 1000, 1),
            "p99_ms": round(q[98] * 1000, 1), "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=int, default=200, help="Real OrangeSum articles extracted")
    parser.add_argument("--articles", type=int, default=10_000, help="Records in the synthesised store")
    parser.add_argument("--source", help="Take the real records from this store instead of extracting")
    parser.add_argument("--requests", type=int, default=200, help="Requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=8, help="Requests in flight")
    args = parser.parse_args()
    from urllib.parse import quote

    from veille.pipeline import extract_many
    from veille.read import Article, read
    from veille.record import Record
    from veille.store import open_store, query
    from veille.store.export import records
    from veille.store.ingest import store

    if args.source:
        with open_store(args.source, create_missing=False).connect() as conn:
            real = [Record.from_dict(r) for r in itertools.islice(records(conn), args.real)]
    else:
        arts = list(itertools.islice((a for a in read(ORANGESUM) if isinstance(a, Article)), args.real))
        real = list(extract_many(arts))
    real = list({r.text: r for r in real}.values())  # OrangeSum repeats some texts: a copy would not be stored
    recs = synthesise(real, args.articles)
    people = sorted({e.name for r in real for e in r.entities if e.type == "PER"})
    doc_ids = [r.doc.id for r in recs]
    print(f"store SYNTHESISED from {len(real)} real records ({args.source or 'OrangeSum'}), "
          f"copied and perturbed to {len(recs)} articles; {args.requests} requests an endpoint, "
          f"{args.concurrency} in flight")
    rows: dict[str, dict[str, Any]] = {}
    for backend in backends():
        with fresh_url(backend) as url:
            engine = open_store(url)
            for i in range(0, len(recs), 200):
                with engine.begin() as conn:
                    for rec in recs[i:i + 200]:
                        store(conn, rec)
            with engine.connect() as conn:
                ids = sorted({e["id"] for p in people for e in query.lookup(conn, p)[:1]})
            engine.dispose()
            endpoints: dict[str, Callable[[random.Random], str]] = {
                "GET /api/documents/{id} (record)": lambda r: f"/api/documents/{quote(r.choice(doc_ids), safe='')}",
                "GET /api/entities/{id} (profile)": lambda r: f"/api/entities/{r.choice(ids)}",
                "GET /api/search?q=": lambda r: f"/api/search?q={quote(r.choice(WORDS))}",
                "GET /api/documents (page)": lambda r: f"/api/documents?offset={r.randrange(0, 500)}&since=2019",
                "GET /api/entities?q=": lambda r: f"/api/entities?q={quote(r.choice(people))}",
                "GET /api/events?type=": lambda r: f"/api/events?type={r.choice(TYPES)}",
                "GET /api/events?actor=": lambda r: f"/api/events?actor={quote(r.choice(people))}",
                "GET /api/quotes?speaker=": lambda r: f"/api/quotes?speaker={quote(r.choice(people))}",
                "GET /api/network?actor=": lambda r: f"/api/network?actor={r.choice(ids)}&limit=40",
            }
            port = free_port()
            proc = serve(url, port)
            try:
                base = f"http://127.0.0.1:{port}"
                rows[backend] = {}
                for name, make in endpoints.items():
                    alone = asyncio.run(hammer(base, make, args.requests, 1))
                    loaded = asyncio.run(hammer(base, make, args.requests, args.concurrency))
                    rows[backend][name] = {"p50_ms": alone["p50_ms"], "p99_ms": alone["p99_ms"],
                                           "rps": loaded["rps"], "loaded_p50_ms": loaded["p50_ms"],
                                           "loaded_p99_ms": loaded["p99_ms"],
                                           "errors": alone["errors"] + loaded["errors"]}
            finally:
                proc.terminate()
                proc.wait(10)
    for backend, res in rows.items():
        print(f"\n{backend}: p50/p99 one request at a time; req/s and p50/p99 with {args.concurrency} in flight")
        print(f"{'endpoint':<36}{'p50 ms':>8}{'p99 ms':>8}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'errors':>8}")
        for name, r in res.items():
            print(f"{name:<36}{r['p50_ms']:>8}{r['p99_ms']:>8}{r['rps']:>8}{r['loaded_p50_ms']:>8}"
                  f"{r['loaded_p99_ms']:>8}{r['errors']:>8}")
    path = save("api", {"machine": machine(), "synthesised": True, "real_records": len(real),
                        "articles": len(recs), "requests": args.requests, "concurrency": args.concurrency,
                        "results": rows})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
