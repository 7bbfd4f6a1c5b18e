"""Throughput: bare spaCy ``nlp.pipe`` (fr_core_news_md) against Veille's full extraction.

    .venv/bin/python bench/throughput.py --n 600 --processes 1 2

Both run on the same N OrangeSum articles (heading + article, read by veille.read),
with the same number of worker processes. Each configuration runs in a fresh
subprocess, so that its peak RSS (main process and largest worker) is its own. Timings
exclude loading the model in the main process but include starting the workers.
"""
from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import SHARED, machine, peak_rss_mib, save

ORANGESUM = SHARED / "data" / "orangesum" / "monde_politique.jsonl.gz"
ENGINES = ("spacy", "veille")


def articles(source: Path, n: int) -> list:
    """The first n readable articles of an OrangeSum JSONL file."""
    from veille.read import Article, read

    return list(itertools.islice((a for a in read(source) if isinstance(a, Article)), n))


def run_one(engine: str, processes: int, source: Path, n: int, batch_size: int) -> dict[str, Any]:
    """Time one engine on the articles; returns counts, seconds and peak RSS."""
    arts = articles(source, n)
    if engine == "spacy":
        import spacy

        from veille.pipeline import DEFAULT_MODEL

        nlp = spacy.load(DEFAULT_MODEL)
        start = time.perf_counter()
        done = sum(1 for _ in nlp.pipe((a.text for a in arts), batch_size=batch_size, n_process=processes))
    else:
        from veille.pipeline import extract_many, load

        load()    # in the main process, outside the timing; forked workers share it
        start = time.perf_counter()
        done = sum(1 for _ in extract_many(arts, batch_size=batch_size, n_process=processes))
    seconds = time.perf_counter() - start
    words = sum(len(a.text.split()) for a in arts)
    rss = peak_rss_mib()
    return {"engine": engine, "processes": processes, "articles": done, "words": words, "seconds": seconds,
            "articles_per_s": done / seconds, "words_per_s": words / seconds,
            "peak_rss_mib": rss["self"] if processes == 1 else rss["children"], "main_rss_mib": rss["self"]}


def report(runs: list[dict[str, Any]]) -> None:
    """Print the runs, the Veille/spaCy ratio and the speed-up over one process."""
    from rich.console import Console
    from rich.table import Table

    rate = {(r["engine"], r["processes"]): r["articles_per_s"] for r in runs}
    table = Table("engine", "proc", "docs", "sec", "docs/s", "words/s", "RSS MiB", "speed-up", "/spaCy",
                  caption="RSS: peak per worker; speed-up: over 1 process; /spaCy: rate over bare spaCy's")
    for r in runs:
        one = rate.get((r["engine"], 1))
        table.add_row(r["engine"], str(r["processes"]), str(r["articles"]), f"{r['seconds']:.1f}",
                      f"{r['articles_per_s']:.2f}", f"{r['words_per_s']:.0f}", f"{r['peak_rss_mib']:.0f}",
                      f"{r['articles_per_s'] / one:.2f}x" if one else "",
                      f"{r['articles_per_s'] / rate[('spacy', r['processes'])]:.3f}"
                      if ("spacy", r["processes"]) in rate else "")
    Console().print(table)


def main(argv: list[str] | None = None) -> None:
    """Run every (engine, processes) configuration in its own subprocess and report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=600, help="articles (600: the workers' start-up weighs little)")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="worker process counts")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    ap.add_argument("--source", type=Path, default=ORANGESUM, help="OrangeSum JSONL(.gz)")
    ap.add_argument("--run", choices=ENGINES, help=argparse.SUPPRESS)  # one configuration, JSON on stdout
    a = ap.parse_args(argv)
    if a.run:
        print(json.dumps(run_one(a.run, a.processes[0], a.source, a.n, a.batch_size)))
        return
    info = machine()
    runs = []
    for processes in a.processes:
        for engine in a.engines:
            out = subprocess.run([sys.executable, __file__, "--run", engine, "--processes", str(processes),
                                  "--n", str(a.n), "--batch-size", str(a.batch_size), "--source", str(a.source)],
                                 check=True, stdout=subprocess.PIPE, text=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(f"{engine} x{processes}: {runs[-1]['articles_per_s']:.2f} articles/s", file=sys.stderr)
    report(runs)
    path = save("throughput", {"machine": info, "load_avg_end": machine()["load_avg"], "n": a.n,
                               "batch_size": a.batch_size, "runs": runs})
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
