"""An article's text cut into segments for the article page: each segment is a run of text that
the same annotations (entity mentions, quotes, event evidence and triggers, dates) cover, so that
the template can nest one element per annotation inside it and every tag closes where it opens.
The segments carry plain strings: the template escapes them (autoescape), nothing is markup."""
from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def _spans(rec: Row) -> list[tuple[int, int, str, Row]]:
    """(start, end, kind, data) of every annotation of a record whose span lies within its text."""
    n = len(rec["text"])
    names = {e["id"]: e["name"] for e in rec.get("entities", [])}
    out: list[tuple[int, int, str, Row]] = []
    for ent in rec.get("entities", []):
        for k, m in enumerate(ent.get("mentions", [])):
            out.append((m["start"], m["end"], "mention", {
                "key": f"{ent['id']}:{k}", "entity": ent["id"], "type": ent["type"], "kb_id": ent.get("kb_id"),
                "name": ent["name"], "kind": m.get("kind", "name")}))
    for i, q in enumerate(rec.get("quotes", [])):
        out.append((q["start"], q["end"], "quote", {"index": i, "speaker": names.get(q.get("speaker"))}))
    for i, ev in enumerate(rec.get("events", [])):
        out.append((ev["start"], ev["end"], "event", {"index": i, "type": ev["type"]}))
        if ev.get("trigger"):
            out.append((ev["trigger"]["start"], ev["trigger"]["end"], "trigger", {"index": i}))
    for i, d in enumerate(rec.get("dates", [])):
        out.append((d["start"], d["end"], "date", {"index": i, "value": d.get("value")}))
    return [s for s in out if 0 <= s[0] < s[1] <= n]


def segments(rec: Row) -> list[Row]:
    """The record's text as segments: ``text``, ``mentions`` (outermost first), ``quotes`` (with
    ``first`` on the segment a quote starts in), ``events``, ``triggers`` (event indexes), ``date``."""
    text = rec["text"]
    spans = sorted(_spans(rec), key=lambda s: (s[0], -s[1]))
    bounds = sorted({0, len(text)} | {s[0] for s in spans} | {s[1] for s in spans})
    out = []
    open_: list[tuple[int, int, str, Row]] = []
    nxt = 0
    for a, b in zip(bounds, bounds[1:]):
        while nxt < len(spans) and spans[nxt][0] <= a:
            open_.append(spans[nxt])
            nxt += 1
        open_ = [s for s in open_ if s[1] > a]
        here = sorted(open_, key=lambda s: (s[0] - s[1], s[0]))  # longest first: outer elements first
        seg: Row = {"text": text[a:b], "mentions": [], "quotes": [], "events": [], "triggers": [], "date": None}
        for start, _end, kind, data in here:
            if kind == "mention":
                seg["mentions"].append(data)
            elif kind == "quote":
                seg["quotes"].append({**data, "first": start == a})
            elif kind == "event":
                seg["events"].append(data["index"])
            elif kind == "trigger":
                seg["triggers"].append(data["index"])
            elif seg["date"] is None:
                seg["date"] = data
        out.append(seg)
    return out
