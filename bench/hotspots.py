"""Where the time goes: each pipeline component under its own cProfile, one article at a time.

    .venv/bin/python bench/hotspots.py --n 60 [--top 10] [--component veille_quotes]

Runs the first N OrangeSum articles through the pipeline one component at a time, each component
with its own profiler (``make_doc``: tokenising), then record building, then what the parent process of
``extract_many(n_process=2)`` does per article (pickling the text it sends, reading back the Doc it
receives, building the record). Prints each part's share and call count and the top
functions (own time) of the Veille code. cProfile slows Python code more than spaCy's compiled pipes,
so compare shares between runs of this script, not with wall-clock timings. Shares are of CPU time
(``time.process_time``), which other processes on the machine do not inflate.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path
from typing import Any

from common import SHARED, machine, save

ORANGESUM = SHARED / "data" / "orangesum" / "monde_politique.jsonl.gz"


def _articles(source: Path, n: int) -> list:
    """The first n readable articles of an OrangeSum JSONL file."""
    import itertools

    from veille.read import Article, read

    return list(itertools.islice((a for a in read(source) if isinstance(a, Article)), n))


def profile(source: Path, n: int) -> tuple[dict[str, cProfile.Profile], dict[str, float]]:
    """One profiler and CPU seconds per part: each pipe, ``record``, and the parent's ``parent:*`` steps."""
    import pickle

    from spacy.tokens import Doc

    from veille.pipeline import ArticleText, _record, load

    nlp = load()
    arts = _articles(source, n)
    parts = ["make_doc"] + [name for name, _ in nlp.pipeline] + ["record", "parent:send", "parent:receive",
                                                                "parent:record"]
    profs = {p: cProfile.Profile(timer=time.process_time) for p in parts}
    secs = dict.fromkeys(parts, 0.0)

    def timed(part: str, fn, *args):
        t = time.process_time()
        profs[part].enable()
        try:
            return fn(*args)
        finally:
            profs[part].disable()
            secs[part] += time.process_time() - t

    for art in arts:
        text = pickle.loads(timed("parent:send", lambda a: pickle.dumps(ArticleText.of(a)), art))
        doc = timed("make_doc", nlp.make_doc, text)
        for name, proc in nlp.pipeline:
            doc = timed(name, proc, doc)
        timed("record", _record, doc, art)
        data = doc.to_bytes()
        back = timed("parent:receive", lambda b: Doc(nlp.vocab).from_bytes(b), data)
        timed("parent:record", _record, back, art)
    return profs, secs


def top(prof: cProfile.Profile | list[cProfile.Profile], k: int, only: str = "veille") -> list[dict[str, Any]]:
    """The k functions with the most own time (those whose file path holds ``only``)."""
    stats = pstats.Stats(*prof if isinstance(prof, list) else [prof], stream=io.StringIO())
    rows = []
    for (path, line, fn), (_, ncalls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        if only in path:
            rows.append({"function": f"{path.split('veille/', 1)[-1]}:{line}({fn})", "calls": ncalls,
                         "own_s": round(tottime, 3), "cum_s": round(cumtime, 3)})
    return sorted(rows, key=lambda r: -r["own_s"])[:k]


def main(argv: list[str] | None = None) -> None:
    """Profile and print the shares and the top functions."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=60, help="articles")
    ap.add_argument("--top", type=int, default=10, help="functions listed")
    ap.add_argument("--component", action="append", default=[], help="also list this part's top functions")
    ap.add_argument("--source", type=Path, default=ORANGESUM, help="OrangeSum JSONL(.gz)")
    a = ap.parse_args(argv)
    profs, secs = profile(a.source, a.n)
    pipeline = {p: s for p, s in secs.items() if not p.startswith("parent:")}
    total = sum(pipeline.values())
    veille = sum(s for p, s in pipeline.items() if p.startswith("veille_") or p == "record")   # spaCy's the rest
    print(f"{a.n} articles, {total:.2f} s CPU in one process under cProfile; Veille's share "
          f"{veille / total:.3f}", file=sys.stderr)
    for p, s in sorted(pipeline.items(), key=lambda kv: -kv[1]):
        print(f"  {p:24} {s:7.2f} s  {s / total:6.1%}", file=sys.stderr)
    parent = {p: s for p, s in secs.items() if p.startswith("parent:")}
    print(f"parent of n_process=2, per article: " + ", ".join(f"{p[7:]} {1000 * s / a.n:.1f} ms"
                                                              for p, s in parent.items()), file=sys.stderr)
    veille_profs = [profs[p] for p in pipeline if p.startswith("veille_") or p == "record"]
    rows = top(veille_profs, a.top)
    print(f"top {a.top} Veille functions (own time, every Veille part):", file=sys.stderr)
    for r in rows:
        print(f"  {r['own_s']:7.3f} s own {r['cum_s']:7.3f} s cum {r['calls']:>9} calls  {r['function']}",
              file=sys.stderr)
    for part in a.component:
        print(f"top {a.top} functions of {part} (any code):", file=sys.stderr)
        for r in top(profs[part], a.top, only="/"):
            print(f"  {r['own_s']:7.3f} s own {r['cum_s']:7.3f} s cum {r['calls']:>9} calls  {r['function']}",
                  file=sys.stderr)
    path = save("hotspots", {"machine": machine(), "n": a.n, "seconds": secs, "veille_share": veille / total,
                            "top": rows})
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
