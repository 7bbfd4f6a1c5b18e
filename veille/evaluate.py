"""The scorer of ``shared/spec/RECORD.md`` section 3: predicted records against gold files.

Where section 3 is silent, the choices are those of the reference scorer, so that
both give identical figures:

- roles, events and dates are matched one-to-one, greedily by score (as quotes are);
- an entity false positive is a predicted PER/ORG/GPE/LOC that refers to no gold
  entity of any type (a mistyped but recognised entity costs recall only);
- an event whose gold source list is empty puts no constraint on sources (as targets);
- P is None without predictions, R None without gold, F1 None when both are empty.

Besides the counts, scoring a document lists its :class:`Mismatch` es (each false
positive and false negative with its text) for error analysis.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from veille.normalize import norm
from veille.record import Record

LAYERS = ("entities", "quotes", "roles", "events", "dates")
#: every layer that can be asked for: themes (RECORD.md 1b) only when asked, as in the reference scorer
ALL_LAYERS = LAYERS + ("themes",)
#: entity type -> scoring bucket (GPE and LOC are compatible with each other)
BUCKET = {"PER": "PER", "ORG": "ORG", "GPE": "GPE/LOC", "LOC": "GPE/LOC"}
#: French function words ignored when comparing role titles (compared after norm()).
STOPWORDS = frozenset("""a au aux apres aupres avec ce ces cet cette chez contre d dans de des du en
    entre et l la le les leur leurs n ou par pour qu que qui s sa sans se ses son sous sur
    un une vers y""".split())

Item = dict[str, Any]
Pair = tuple[int, int]


def content_words(title: Any) -> set[str]:
    """The content words of a role title after norm() (function words removed)."""
    return {w for w in re.findall(r"\w+", norm(title)) if w not in STOPWORDS}


def span(item: Item | None) -> tuple[int, int] | None:
    """(start, end) of an item with integer offsets and start < end, else None."""
    s, e = (item or {}).get("start"), (item or {}).get("end")
    if isinstance(s, int) and isinstance(e, int) and s < e:
        return s, e
    return None


def overlap(a: Item, b: Item) -> int:
    """Characters shared by two items' spans (0 when either has no valid span)."""
    sa, sb = span(a), span(b)
    return max(0, min(sa[1], sb[1]) - max(sa[0], sb[0])) if sa and sb else 0


def as_list(x: Any) -> list:
    """A reference field as a list (a list, a single value, or None for [])."""
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def greedy(golds: list[Item], preds: list[Item], score: Callable[[Item, Item], float | None]) -> list[Pair]:
    """One-to-one greedy matching: candidate pairs (score not None), best score first,
    ties broken by gold then prediction order; returns (gold index, prediction index) pairs."""
    cands = sorted((-s, gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                   if (s := score(g, p)) is not None)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def unmatched(n: int, pairs: list[Pair], side: int) -> list[int]:
    """Indices in range(n) that no pair uses on `side` (0 gold, 1 prediction), in order."""
    used = {pair[side] for pair in pairs}
    return [i for i in range(n) if i not in used]


class Resolver:
    """Entity references of one document and the 'refers to the same thing' test."""

    def __init__(self, gold: Item, pred: Item):
        """Index the gold entities by name and the predicted entities by id."""
        self.text = pred["text"] if isinstance(pred.get("text"), str) else gold.get("text", "")
        self.gold = [e for e in gold.get("entities") or [] if isinstance(e, dict)]
        self.by_name = {e.get("name"): e for e in self.gold}
        self.by_norm = {norm(e.get("name")): e for e in self.gold}
        self.pred = {e.get("id"): e for e in pred.get("entities") or [] if isinstance(e, dict)}

    @staticmethod
    def gold_keys(ent: Item) -> set[str]:
        """norm() of a gold entity's name and aliases."""
        return {k for k in map(norm, [ent.get("name")] + as_list(ent.get("aliases"))) if k}

    def pred_keys(self, ent: Item) -> set[str]:
        """norm() of a predicted entity's name, aliases and name/acronym mention texts."""
        forms = [ent.get("name")] + as_list(ent.get("aliases"))
        for m in as_list(ent.get("mentions")):
            sp = span(m) if isinstance(m, dict) else None
            if sp and m.get("kind") in ("name", "acronym"):
                forms.append(self.text[sp[0]:sp[1]])
        return {k for k in map(norm, forms) if k}

    def gold_entity(self, name: Any) -> Item:
        """The gold entity a gold name stands for (by name, then by norm(name)); a bare
        {name} when the file has no such entity (e.g. no entities layer)."""
        return self.by_name.get(name) or self.by_norm.get(norm(name)) or {"name": name}

    def refers(self, pred_id: Any, gold_name: Any) -> bool:
        """True when predicted entity `pred_id` refers to the gold entity named `gold_name`."""
        ent = self.pred.get(pred_id) if isinstance(pred_id, str) else None
        if ent is None or gold_name is None:
            return False
        return bool(self.pred_keys(ent) & self.gold_keys(self.gold_entity(gold_name)))

    def name(self, pred_id: Any) -> str | None:
        """The name of a predicted entity id (the id itself when it resolves to nothing)."""
        ent = self.pred.get(pred_id) if isinstance(pred_id, str) else None
        return ent.get("name") if ent is not None else pred_id

    def unresolved(self, pred: Item) -> int:
        """Predicted references (speaker, person, organization, source, target, location)
        that are not ids of the prediction's entities."""
        refs = [q.get("speaker") for q in as_list(pred.get("quotes")) if isinstance(q, dict)]
        for r in as_list(pred.get("roles")):
            refs += [r.get("person"), r.get("organization")] if isinstance(r, dict) else []
        for e in as_list(pred.get("events")):
            if isinstance(e, dict):
                refs += as_list(e.get("source")) + as_list(e.get("target")) + [e.get("location")]
        return sum(1 for r in refs if r is not None and not (isinstance(r, str) and r in self.pred))


@dataclass
class Mismatch:
    """One scoring error of a document: a false positive, a false negative, or a
    matched item whose attribute (speaker, date value) is wrong."""

    doc: str
    layer: str
    kind: str  # "fp", "fn", "speaker" or "value"
    text: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        """The JSON-ready dict."""
        return {"doc": self.doc, "layer": self.layer, "kind": self.kind, "text": self.text, "detail": self.detail}


@dataclass
class Tally:
    """Counts accumulated over documents, and the mismatches met on the way."""

    counts: defaultdict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    right: defaultdict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    info: defaultdict = field(default_factory=lambda: defaultdict(int))
    mismatches: list[Mismatch] = field(default_factory=list)

    def add(self, key: str, tp: int, fp: int, fn: int) -> None:
        """Add tp/fp/fn to counter `key`."""
        c = self.counts[key]
        c[0] += tp
        c[1] += fp
        c[2] += fn

    def judge(self, key: str, ok: bool) -> None:
        """Count one judged match for accuracy `key`."""
        self.right[key][0] += ok
        self.right[key][1] += 1


class DocScorer:
    """Scores one gold file against its prediction, layer by layer, into a Tally."""

    def __init__(self, gold: Item, pred: Item, tally: Tally):
        self.gold, self.pred, self.tally = gold, pred, tally
        self.r = Resolver(gold, pred)
        self.doc = str(gold.get("id", ""))

    def miss(self, layer: str, kind: str, text: str, detail: str = "") -> None:
        """Record one mismatch."""
        self.tally.mismatches.append(Mismatch(self.doc, layer, kind, text, detail))

    def span_text(self, item: Item) -> str:
        """The text an item's span covers ("" without a valid span)."""
        sp = span(item)
        return self.r.text[sp[0]:sp[1]] if sp else ""

    def names(self, ids: Any) -> str:
        """Predicted entity ids as their names, comma-separated."""
        return ", ".join(str(self.r.name(i)) for i in as_list(ids))

    def run(self, layers: Iterable[str]) -> None:
        """Score every layer that the gold file has."""
        t = self.tally
        t.info["unresolved_refs"] += self.r.unresolved(self.pred)
        if self.pred and isinstance(self.pred.get("text"), str) and self.pred["text"] != self.gold.get("text"):
            t.info["text_mismatch"] += 1
        for layer in layers:
            if layer not in self.gold:
                continue
            t.info["docs." + layer] += 1
            if layer == "themes":
                self.themes(self.gold[layer], self.pred.get(layer))
                continue
            g = [x for x in as_list(self.gold[layer]) if isinstance(x, dict)]
            p = [x for x in as_list(self.pred.get(layer)) if isinstance(x, dict)]
            getattr(self, layer)(g, p)

    def entities(self, _gold: list[Item], preds: list[Item]) -> None:
        """Gold PER/ORG/GPE/LOC found by a compatible predicted entity; predicted ones
        that refer to no gold entity are false positives. Also per type bucket."""
        def bucket(e: Item) -> str | None:
            return BUCKET.get(str(e.get("type", "")).upper())

        r, t = self.r, self.tally
        typed = [(p, bucket(p), r.pred_keys(p)) for p in preds if bucket(p)]
        all_gold = [r.gold_keys(g) for g in r.gold]
        for g in r.gold:
            b = bucket(g)
            if b:
                keys = r.gold_keys(g)
                found = any(pb == b and pk & keys for _, pb, pk in typed)
                t.add("entities", found, 0, not found)
                t.add("entities." + b, found, 0, not found)
                if not found:
                    self.miss("entities", "fn", str(g.get("name")), str(g.get("type")))
        for p, pb, pk in typed:
            if not any(pk & gk for gk in all_gold):
                t.add("entities", 0, 1, 0)
                t.add("entities." + pb, 0, 1, 0)
                self.miss("entities", "fp", str(p.get("name")), str(p.get("type")))

    def themes(self, gold: Any, pred: Any) -> None:
        """The article's set of labels against gold's, counted over (article, label) pairs."""
        g, p = theme_labels(gold), theme_labels(pred)
        self.tally.add("themes", len(g & p), len(p - g), len(g - p))
        for label in sorted(p - g):
            self.miss("themes", "fp", label)
        for label in sorted(g - p):
            self.miss("themes", "fn", label)

    def quotes(self, gq: list[Item], pq: list[Item]) -> None:
        """Lenient (>= 50 %) and strict (>= 80 %) one-to-one matching by overlap; speaker
        accuracy and quote+speaker counts on the lenient matches."""
        def score(g: Item, p: Item, share: float) -> int | None:
            ov = overlap(g, p)
            longer = max(span(g)[1] - span(g)[0], span(p)[1] - span(p)[0]) if ov else 0
            return ov if ov and ov >= share * longer else None

        r, t = self.r, self.tally
        for level, share in (("lenient", 0.5), ("strict", 0.8)):
            pairs = greedy(gq, pq, lambda g, p, share=share: score(g, p, share))
            t.add("quotes." + level, len(pairs), len(pq) - len(pairs), len(gq) - len(pairs))
            if level != "lenient":
                continue
            for gi in unmatched(len(gq), pairs, 0):
                self.miss("quotes", "fn", self.span_text(gq[gi]), f"speaker: {gq[gi].get('speaker')}")
            for pi in unmatched(len(pq), pairs, 1):
                self.miss("quotes", "fp", self.span_text(pq[pi]), f"speaker: {r.name(pq[pi].get('speaker'))}")
            right = 0
            for gi, pi in pairs:
                gs, ps = gq[gi].get("speaker"), pq[pi].get("speaker")
                ok = ps is None if gs is None else r.refers(ps, gs)
                right += ok
                if gs is not None:
                    t.judge("quotes.speaker", ok)
                if not ok:
                    self.miss("quotes", "speaker", self.span_text(gq[gi]), f"gold {gs}, predicted {r.name(ps)}")
            t.add("quotes.quote_speaker", right, len(pq) - right, len(gq) - right)

    def roles(self, gr: list[Item], pr: list[Item]) -> None:
        """Same person, titles sharing at least half of the content words (of the larger
        set), and the organisation when gold gives one."""
        r = self.r

        def score(g: Item, p: Item) -> float | None:
            if not r.refers(p.get("person"), g.get("person")):
                return None
            if g.get("organization") and not r.refers(p.get("organization"), g["organization"]):
                return None
            gw, pw = content_words(g.get("title")), content_words(p.get("title"))
            need = max(len(gw), len(pw))
            if need and 2 * len(gw & pw) < need:
                return None
            return len(gw & pw) / need if need else 1.0

        pairs = greedy(gr, pr, score)
        self.tally.add("roles", len(pairs), len(pr) - len(pairs), len(gr) - len(pairs))
        for gi in unmatched(len(gr), pairs, 0):
            g = gr[gi]
            self.miss("roles", "fn", f"{g.get('person')}: {g.get('title')}", f"organization: {g.get('organization')}")
        for pi in unmatched(len(pr), pairs, 1):
            p = pr[pi]
            self.miss("roles", "fp", f"{r.name(p.get('person'))}: {p.get('title')}",
                      f"organization: {r.name(p.get('organization'))}")

    def events(self, ge: list[Item], pe: list[Item]) -> None:
        """Equal type, overlapping evidence, some source (and target when gold has targets)
        referring to gold; CONSULT symmetric. Overall, per type, and lenient (type and
        evidence only)."""
        r, t = self.r, self.tally

        def args_ok(src: list, tgt: list, g: Item) -> bool:
            gs, gt = as_list(g.get("source")), as_list(g.get("target"))
            ok_s = not gs or any(r.refers(p, n) for p in src for n in gs)
            ok_t = not gt or any(r.refers(p, n) for p in tgt for n in gt)
            return ok_s and ok_t

        def score(g: Item, p: Item, lenient: bool = False) -> int | None:
            if g.get("type") != p.get("type") or not overlap(g, p):
                return None
            if lenient:
                return overlap(g, p)
            src, tgt = as_list(p.get("source")), as_list(p.get("target"))
            ok = args_ok(src, tgt, g) or (g.get("type") == "CONSULT" and args_ok(tgt, src, g))
            return overlap(g, p) if ok else None

        pairs = greedy(ge, pe, score)
        t.add("events", len(pairs), len(pe) - len(pairs), len(ge) - len(pairs))
        for gi, _ in pairs:
            t.add("events." + str(ge[gi].get("type")), 1, 0, 0)
        for pi in unmatched(len(pe), pairs, 1):
            p = pe[pi]
            t.add("events." + str(p.get("type")), 0, 1, 0)
            self.miss("events", "fp", self.span_text(p),
                      f"{p.get('type')} {self.names(p.get('source'))} -> {self.names(p.get('target'))}")
        for gi in unmatched(len(ge), pairs, 0):
            g = ge[gi]
            t.add("events." + str(g.get("type")), 0, 0, 1)
            self.miss("events", "fn", self.span_text(g),
                      f"{g.get('type')} {', '.join(map(str, as_list(g.get('source'))))} -> "
                      f"{', '.join(map(str, as_list(g.get('target'))))}")
        lenient = greedy(ge, pe, lambda g, p: score(g, p, lenient=True))
        t.add("events.lenient", len(lenient), len(pe) - len(lenient), len(ge) - len(lenient))

    def dates(self, gd: list[Item], pd: list[Item]) -> None:
        """Overlapping spans match (one-to-one, greedy); a match is right when the values
        are equal too (null = null)."""
        t = self.tally
        pairs = greedy(gd, pd, lambda g, p: overlap(g, p) or None)
        t.add("dates", len(pairs), len(pd) - len(pairs), len(gd) - len(pairs))
        for gi, pi in pairs:
            ok = gd[gi].get("value") == pd[pi].get("value")
            t.judge("dates.value", ok)
            if not ok:
                self.miss("dates", "value", self.span_text(gd[gi]),
                          f"gold {gd[gi].get('value')}, predicted {pd[pi].get('value')}")
        for gi in unmatched(len(gd), pairs, 0):
            self.miss("dates", "fn", self.span_text(gd[gi]), f"value: {gd[gi].get('value')}")
        for pi in unmatched(len(pd), pairs, 1):
            self.miss("dates", "fp", self.span_text(pd[pi]), f"value: {pd[pi].get('value')}")


def theme_labels(items: Any) -> set[str]:
    """The set of theme labels of a gold list (strings) or a record list (dicts with "label")."""
    out = set()
    for x in as_list(items):
        label = x.get("label") if isinstance(x, dict) else x
        if isinstance(label, str) and label.strip():
            out.add(label.strip().lower())
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1 from counts (None where undefined)."""
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return p, r, f


def check_layers(layers: Iterable[str]) -> list[str]:
    """The layers as a list; ValueError on an unknown one."""
    layers = list(layers)
    bad = [name for name in layers if name not in ALL_LAYERS]
    if bad:
        raise ValueError(f"unknown layer(s) {', '.join(bad)}; choose from {','.join(ALL_LAYERS)}")
    return layers


def score_doc(gold: Item, pred: Item | None, layers: Iterable[str], tally: Tally) -> None:
    """Score one gold dict against its prediction (a record dict; None or a non-dict when
    there is none) into `tally`."""
    tally.info["docs"] += 1
    tally.info["missing_pred"] += not pred
    DocScorer(gold, pred if isinstance(pred, dict) else {}, tally).run(layers)


def summary(tally: Tally, layers: Iterable[str]) -> dict[str, Any]:
    """The flat result dict (the reference scorer's --json keys) of a Tally."""
    layers = list(layers)
    C, A, info = tally.counts, tally.right, tally.info
    keys = []
    if "entities" in layers:
        keys += ["entities", "entities.PER", "entities.ORG", "entities.GPE/LOC"]
    if "quotes" in layers:
        keys += ["quotes.lenient", "quotes.strict", "quotes.quote_speaker"]
    if "roles" in layers:
        keys += ["roles"]
    if "events" in layers:
        keys += ["events"] + sorted(k for k in C if k.startswith("events.") and k != "events.lenient")
        keys += ["events.lenient"]
    if "dates" in layers:
        keys += ["dates"]
    if "themes" in layers:
        keys += ["themes"]
    out: dict[str, Any] = {"docs": info["docs"], "docs.missing_pred": info["missing_pred"],
                           "docs.pred_unreadable": info["pred_unreadable"],
                           "docs.text_mismatch": info["text_mismatch"], "unresolved_refs": info["unresolved_refs"]}
    out.update({"docs." + name: info["docs." + name] for name in layers})
    for k in keys:
        tp, fp, fn = C[k]
        p, r, f = prf(tp, fp, fn)
        out.update({k + ".p": p, k + ".r": r, k + ".f1": f, k + ".tp": tp, k + ".fp": fp, k + ".fn": fn})
    for k, name in (("quotes.speaker", "quotes.speaker_accuracy"), ("dates.value", "dates.value_accuracy")):
        if k.split(".")[0] in layers:
            right, n = A[k]
            out.update({name: right / n if n else None, name + ".right": right, name + ".n": n})
    if "quotes" in layers:
        out["quotes.quote_speaker_f1"] = out["quotes.quote_speaker.f1"]
    return out


def score_tally(pairs: Iterable[tuple[Item, Any]], layers: Iterable[str] = LAYERS,
                tally: Tally | None = None) -> Tally:
    """Score (gold dict, prediction) pairs into a Tally (counts and mismatches); a
    prediction is a record dict, a Record, or None/{} when there is none."""
    layers = check_layers(layers)
    tally = tally if tally is not None else Tally()
    for gold, pred in pairs:
        score_doc(gold, pred.to_dict() if isinstance(pred, Record) else pred, layers, tally)
    return tally


def score_records(pairs: Iterable[tuple[Item, Any]], layers: Iterable[str] = LAYERS) -> dict[str, Any]:
    """Score in memory: (gold dict, record dict / Record / None) pairs -> the flat result dict."""
    layers = check_layers(layers)
    return summary(score_tally(pairs, layers), layers)


def gold_paths(gold_dir: str | Path) -> list[Path]:
    """The gold files of a folder (``<id>.json``, not recursive), sorted."""
    return sorted(Path(gold_dir).glob("*.json"))


def load_json(path: Path) -> Any:
    """A JSON file's value."""
    return json.loads(path.read_text(encoding="utf-8"))


def read_pairs(gold_dir: str | Path, pred_dir: str | Path, tally: Tally) -> Iterator[tuple[Item, Any]]:
    """(gold, prediction) pairs of two folders, paired by file name; a missing prediction
    is {} and an unreadable one is {} counted in ``docs.pred_unreadable``."""
    for gpath in gold_paths(gold_dir):
        ppath = Path(pred_dir) / gpath.name
        pred: Any = {}
        if ppath.exists():
            try:
                pred = load_json(ppath)
            except (json.JSONDecodeError, UnicodeDecodeError):
                tally.info["pred_unreadable"] += 1
        yield load_json(gpath), pred


def score_dirs_tally(gold_dir: str | Path, pred_dir: str | Path, layers: Iterable[str] = LAYERS) -> Tally:
    """Score GOLD_DIR/<id>.json against PRED_DIR/<id>.json into a Tally."""
    tally = Tally()
    return score_tally(read_pairs(gold_dir, pred_dir, tally), layers, tally)


def score_dirs(gold_dir: str | Path, pred_dir: str | Path, layers: Iterable[str] = LAYERS) -> dict[str, Any]:
    """Score every GOLD_DIR/<id>.json against PRED_DIR/<id>.json; the flat result dict."""
    layers = check_layers(layers)
    return summary(score_dirs_tally(gold_dir, pred_dir, layers), layers)


def score_predictions(paths: Iterable[Path], preds: Mapping[Path, Any], layers: Iterable[str] = LAYERS) -> Tally:
    """Score the gold files at `paths` against in-memory predictions keyed by gold path."""
    return score_tally(((load_json(p), preds.get(p)) for p in paths), layers)


def errors(pairs: Iterable[tuple[Item, Any]], layers: Iterable[str] = LAYERS) -> list[Mismatch]:
    """Every false positive, false negative, wrong speaker and wrong date value of the
    (gold dict, record dict) pairs, per document and layer."""
    return score_tally(pairs, layers).mismatches


def predict(paths: Iterable[Path], batch_size: int = 16, n_process: int = 1) -> Iterator[tuple[Path, Record]]:
    """Run the extractor on gold files (their text, id and date): (path, Record) in order.

    A gold file that cannot be read as an article is skipped (it scores as missed).
    """
    from veille.pipeline import extract_many
    from veille.read import InputError, read_all

    paths = list(paths)
    order: deque[Path] = deque()

    def articles():
        for path, item in zip(paths, read_all(paths), strict=True):
            if not isinstance(item, InputError):
                order.append(path)
                yield item

    for rec in extract_many(articles(), batch_size=batch_size, n_process=n_process):
        yield order.popleft(), rec
