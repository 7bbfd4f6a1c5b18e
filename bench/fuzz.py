"""Fuzz the reader and the pipeline: random and hostile inputs, each must give a record whose offsets index
its text, or one clean error (``InputError``); anything else is counted as an uncaught exception.

    .venv/bin/python bench/fuzz.py --n 10000 --seed 17

Not part of the test suite (it takes minutes); the bounded version is tests/test_properties.py.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Iterator

from veille.read import Article, InputError, check, decode, from_mapping

ROOT = Path(__file__).resolve().parents[1]
PIECES = ["Le", "président", "Emmanuel", "Macron", "a", "déclaré", "«", "»", "selon", "le", "ministre", "lundi",
          "3", "mars", "2019", ".", ",", ":", "il", "dit", "hier", "l'ONU", "M.", "de", "Paris", "Angela",
          "Merkel", '"', "'", "-", "(", ")", "\u200b", "\u00ad", "\u200d", "\u202e", "\x1b[31m", "ﷺ", "👍🏽",
          "قال", "e\u0301", "\t", "Robert'); DROP TABLE documents;--", "%s", "0001-01-01", "31/12/9999",
          "a affirmé", "qu'il", "Selon\n", "le 14 juillet", "mardi prochain", "Mme", "Jean-Yves Le Drian"]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", " \u200b", "\u00a0"]
DATES = [None, "0001-01-01", "9999-12-31", "2019-12-17", "2020-02-29", "hier", "2019-12-17garbage", "2019-13-01"]


def _glued(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 80)))


def _unicode(rng: random.Random) -> str:
    return "".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff), rng.randint(0, 0x10ffff)]))
                   for _ in range(rng.randint(0, 120)))


def _mutated(rng: random.Random, seed: str) -> str:
    start = rng.randint(0, max(0, len(seed) - 400))
    chars = list(seed[start:start + rng.randint(0, 400)])
    for _ in range(rng.randint(0, 10)):
        if chars:
            chars.insert(rng.randrange(len(chars)), rng.choice(PIECES))
    return "".join(chars)


def inputs(n: int, seed: int) -> Iterator[Article | InputError]:
    """``n`` inputs: glued pieces, random Unicode, mutated wire copy, random bytes, JSON objects."""
    rng = random.Random(seed)
    wire = (ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")
    for i in range(n):
        kind = i % 5
        source = f"fuzz-{i}"
        try:
            if kind == 3:  # bytes, decoded as the reader decodes a file
                data = bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 200)))
                if rng.random() < 0.5:
                    data = _glued(rng).encode(rng.choice(["utf-8", "utf-16", "cp1252", "utf-32"]), "replace")
                text, _ = decode(data, source)
                article = Article(text=text, id=source, source=source)
            elif kind == 4:  # a JSON object, as the reader maps one
                obj: dict[str, Any] = {"id": rng.choice([source, "", 7, "x" * 300, "../../etc/passwd"]),
                                       "text": rng.choice([_glued(rng), _unicode(rng), 3, None]),
                                       "date": rng.choice(DATES + [17])}
                article = from_mapping(json.loads(json.dumps(obj)), source, source)
            else:
                text = (_glued, _unicode, lambda r: _mutated(r, wire))[kind](rng)
                article = Article(text=text, id=source, source=source, date=rng.choice(DATES))
            yield check(article)
        except InputError as exc:
            yield exc


def offsets_ok(rec) -> bool:
    """Every start/end of the record within its text, start <= end."""
    def pairs(value: Any) -> Iterator[tuple[int, int]]:
        if isinstance(value, list):
            for v in value:
                yield from pairs(v)
        elif isinstance(value, dict):
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
                yield value["start"], value["end"]
            for v in value.values():
                yield from pairs(v)
    d = rec.to_dict()
    return all(0 <= s <= e <= len(d["text"]) for s, e in pairs({k: d[k] for k in ("entities", "roles", "quotes",
                                                                                      "events", "dates")}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--chunk", type=int, default=200)
    args = parser.parse_args()
    from veille.pipeline import extract_many, load

    load()
    counts = {"inputs": 0, "records": 0, "input_errors": 0, "extraction_errors": 0, "uncaught": 0,
              "offset_violations": 0}
    items = list(inputs(args.n, args.seed))
    started = time.perf_counter()
    for lo in range(0, len(items), args.chunk):
        chunk = items[lo:lo + args.chunk]
        articles = [a for a in chunk if isinstance(a, Article)]
        counts["inputs"] += len(chunk)
        counts["input_errors"] += len(chunk) - len(articles)

        def failed(article: Article, exc: InputError) -> None:
            counts["extraction_errors"] += 1

        for group in ([articles] if articles else []):
            try:
                recs = list(extract_many(group, on_error=failed))
            except Exception:  # one chunk lost: reported, the run goes on
                counts["uncaught"] += 1
                traceback.print_exc(limit=-3)
                continue
            counts["records"] += len(recs)
            counts["offset_violations"] += sum(not offsets_ok(r) for r in recs)
        print(json.dumps({**counts, "seconds": round(time.perf_counter() - started, 1)}), file=sys.stderr,
              flush=True)
    print(json.dumps({**counts, "seconds": round(time.perf_counter() - started, 1),
                      "command": f"bench/fuzz.py --n {args.n} --seed {args.seed}"}))
    return 1 if counts["uncaught"] or counts["offset_violations"] else 0


if __name__ == "__main__":
    sys.exit(main())
