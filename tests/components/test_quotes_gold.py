"""The seed article's six gold quotations, found with their speakers (needs ../shared)."""
from __future__ import annotations

import json

from veille.pipeline import parse


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def test_seed_quotes_and_speakers(shared):
    gold = json.loads((shared / "gold" / "seed-000.json").read_text(encoding="utf-8"))
    doc = parse(gold["text"], gold["date"])
    names = {e.id: {e.name, *e.aliases} for e in doc._.entities}
    assert len(gold["quotes"]) == 6
    for g in gold["quotes"]:
        span = (g["start"], g["end"])
        match = max(doc._.quotes, key=lambda q: overlap((q.start, q.end), span))
        longer = max(span[1] - span[0], match.end - match.start)
        assert overlap((match.start, match.end), span) >= 0.5 * longer, gold["text"][span[0]:span[1]]
        assert match.kind == g["kind"]
        assert g["speaker"] in names.get(match.speaker, set()), (gold["text"][span[0]:span[1]], match.speaker)
