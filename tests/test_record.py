"""The veille.record/1 contract on the bundled seed dispatch."""
from __future__ import annotations

import json

from veille.record import ENTITY_TYPES, GRANULARITIES, MENTION_KINDS, PLOVER_TYPES, QUOTE_KINDS, Record, sha256


def spans(d):
    """Every (start, end) pair of a record dict, with where it comes from."""
    for e in d["entities"]:
        for m in e["mentions"]:
            yield "mention", m
    for layer in ("roles", "quotes", "events", "dates"):
        for item in d[layer]:
            yield layer, item
    for q in d["quotes"]:
        for key in ("speaker_mention", "cue"):
            if q[key]:
                yield "quote." + key, q[key]
    for e in d["events"]:
        if e["trigger"]:
            yield "event.trigger", e["trigger"]


def test_top_level_shape(seed_record):
    d = seed_record.to_dict()
    assert list(d) == ["schema", "doc", "text", "entities", "roles", "quotes", "events", "dates", "themes"]
    assert d["schema"] == "veille.record/1"
    assert set(d["doc"]) >= {"id", "title", "date", "lang", "source", "sha256"}
    assert d["doc"]["sha256"] == sha256(d["text"]) and d["doc"]["date"] == "2019-12-17"
    assert d["doc"]["lang"] == "fr"
    json.dumps(d)  # serialisable


def test_every_span_round_trips(seed_record):
    d = seed_record.to_dict()
    text = d["text"]
    n = 0
    for where, item in spans(d):
        s, e = item["start"], item["end"]
        assert 0 <= s < e <= len(text), (where, item)
        assert text[s:e] == text[s:e].strip(), (where, item, text[s:e])
        if "text" in item and where in ("mention", "dates"):
            assert text[s:e] == item["text"], (where, item)
        n += 1
    assert n > 30


def test_vocabularies_and_references(seed_record):
    d = seed_record.to_dict()
    ids = {e["id"] for e in d["entities"]}
    assert len(ids) == len(d["entities"])
    for e in d["entities"]:
        assert e["type"] in ENTITY_TYPES and e["name"] and 0 <= e["confidence"] <= 1
        assert all(m["kind"] in MENTION_KINDS for m in e["mentions"])
    for q in d["quotes"]:
        assert q["kind"] in QUOTE_KINDS and (q["speaker"] is None or q["speaker"] in ids)
        assert 0 <= q["confidence"] <= 1
    for r in d["roles"]:
        assert r["person"] in ids and r["organization"] in ids | {None} and r["country"] in ids | {None}
    for ev in d["events"]:
        assert ev["type"] in PLOVER_TYPES and set(ev["source"]) | set(ev["target"]) <= ids
        assert ev["location"] in ids | {None} and 0 <= ev["confidence"] <= 1
    for dt in d["dates"]:
        assert dt["granularity"] in GRANULARITIES + (None,)


def test_dict_round_trip(seed_record):
    d = seed_record.to_dict()
    assert Record.from_dict(json.loads(json.dumps(d))).to_dict() == d
