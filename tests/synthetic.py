"""Synthetic predictions for scorer tests: gold files turned into perturbed records."""
from __future__ import annotations

import random
from typing import Any

from veille.record import PLOVER_TYPES


def _shift(rng: random.Random, item: dict[str, Any], text_len: int) -> dict[str, int]:
    """The item's span moved and resized at random (sometimes left as is)."""
    start, end = item["start"], item["end"]
    if rng.random() < 0.4:
        return {"start": start, "end": end}
    length = end - start
    start = max(0, start + rng.randint(-length, length) // 2)
    end = min(text_len, max(start + 1, end + rng.randint(-length, length) // 2))
    return {"start": start, "end": end}


def perturb(gold: dict[str, Any], seed: int) -> dict[str, Any]:
    """A veille.record/1-shaped dict from a gold file, with dropped, spurious, retyped,
    renamed, shifted and mis-attributed items (deterministic for a seed)."""
    rng = random.Random(seed)
    text = gold["text"]
    ids: dict[str, str] = {}
    entities = []
    for n, g in enumerate(gold.get("entities", []), 1):
        if rng.random() < 0.15:
            continue
        ident = f"e{n}"
        ids[g["name"]] = ident
        etype = g["type"]
        if rng.random() < 0.15:
            etype = rng.choice(["PER", "ORG", "GPE", "LOC", "MISC"])
        forms = [g["name"]] + g.get("aliases", [])
        name = rng.choice(forms) if rng.random() < 0.3 else g["name"]
        mentions = []
        at = text.find(name)
        if at >= 0:
            mentions.append({"start": at, "end": at + len(name), "kind": rng.choice(["name", "nominal"])})
        entities.append({"id": ident, "type": etype, "name": name.upper() if rng.random() < 0.1 else name,
                         "aliases": [], "mentions": mentions})
    words = text.split()
    for n in range(rng.randint(0, 3)):
        entities.append({"id": f"x{n}", "type": rng.choice(["PER", "ORG", "LOC"]),
                         "name": rng.choice(words) if words else "x", "aliases": [], "mentions": []})
    all_ids = [e["id"] for e in entities] + ["zz"]

    def ref(name: Any) -> str | None:
        """A gold name as a predicted id, sometimes wrong, missing or unresolvable."""
        roll = rng.random()
        if name is None or roll < 0.1:
            return None
        if roll < 0.25:
            return rng.choice(all_ids)
        return ids.get(name)

    def keep(items: list[dict]) -> list[dict]:
        return [x for x in items if rng.random() > 0.2]

    quotes = [{**_shift(rng, q, len(text)), "kind": q.get("kind", "direct"), "speaker": ref(q.get("speaker"))}
              for q in keep(gold.get("quotes", []))]
    roles = []
    for r in keep(gold.get("roles", [])):
        title = r.get("title", "").split()
        if title and rng.random() < 0.3:
            title = title[: rng.randint(1, len(title))] + (["adjoint"] if rng.random() < 0.5 else [])
        roles.append({"person": ref(r.get("person")), "title": " ".join(title),
                      "organization": ref(r.get("organization")), "country": None})
    events = []
    for e in keep(gold.get("events", [])):
        src, tgt = [ref(x) for x in e.get("source", [])], [ref(x) for x in e.get("target", [])]
        if rng.random() < 0.2:
            src, tgt = tgt, src
        etype = rng.choice(PLOVER_TYPES) if rng.random() < 0.15 else e["type"]
        events.append({"type": etype, "source": [x for x in src if x], "target": [x for x in tgt if x],
                       **_shift(rng, e, len(text))})
    dates = []
    for d in keep(gold.get("dates", [])):
        value = d.get("value")
        if rng.random() < 0.2:
            value = rng.choice([None, "2020", "2019-12-17"])
        sp = _shift(rng, d, len(text))
        dates.append({**sp, "text": text[sp["start"]:sp["end"]], "value": value})
    for layer, spurious in (("quotes", quotes), ("events", events), ("dates", dates)):
        for _ in range(rng.randint(0, 2)):
            start = rng.randrange(max(1, len(text) - 20))
            item = {"start": start, "end": start + rng.randint(1, 20)}
            if layer == "quotes":
                item.update(kind="indirect", speaker=rng.choice(all_ids))
            elif layer == "events":
                item.update(type=rng.choice(PLOVER_TYPES), source=[rng.choice(all_ids)], target=[])
            else:
                item.update(text=text[item["start"]:item["end"]], value="2020-01")
            spurious.append(item)
    return {"schema": "veille.record/1", "doc": {"id": gold["id"], "date": gold.get("date")}, "text": text,
            "entities": entities, "roles": roles, "quotes": quotes, "events": events, "dates": dates}
