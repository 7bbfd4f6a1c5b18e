"""The PLOVER trigger lexicon (``veille/lexicons/rules/events.jsonl``): every type covered, every entry a valid
frame, and the rule of evidence: each rule built from the codebook fires on sentences of two different OrangeSum
articles outside the gold, quoted in the rule's ``evidence`` (article id, sentence, and where the whole pipeline makes
the event from that sentence alone, its source and target)."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from veille import rules
from veille.components.events import RULES, load_triggers
from veille.pipeline import parse
from veille.record import PLOVER_TYPES
from veille.spans import entity_by_id

EVENT_RULES = rules.load(RULES)
SLOTS = frozenset({"obj", "iobj", "que", "à", "avec", "contre", "envers", "auprès", "chez", "de", "sur", "pour", "en",
                   "entre", "devant", "derrière"})
CODEBOOK = [r for r in EVENT_RULES if r.data["source"] == "codebook"]
EVIDENCE = [(r.id, *row) for r in CODEBOOK for row in r.data.get("evidence", []) if len(row) == 4]


def test_every_plover_type_has_triggers():
    counts = Counter(r.label for r in EVENT_RULES)
    assert set(counts) == set(PLOVER_TYPES), set(PLOVER_TYPES) - set(counts)
    assert min(counts.values()) >= 3, counts
    assert len(EVENT_RULES) >= 250


@pytest.mark.parametrize("rule", list(EVENT_RULES), ids=[r.id for r in EVENT_RULES])
def test_every_entry_has_a_valid_frame(rule):
    d, frame = rule.data, rule.data["frame"]
    assert rule.kind == "token" and d["pos"] in ("VERB", "NOUN", "ADJ")
    assert frame["target"] and set(frame["target"]) <= SLOTS, frame
    assert frame["depth"] in ("head", "tree") and isinstance(frame["required"], bool)
    assert frame.get("between", "parties") in ("parties", "targets")
    assert re.fullmatch(r"\d{3,4}", d["cameo"]), d["cameo"]
    assert d["state_label"] is None or d["state_label"] in PLOVER_TYPES
    assert isinstance(d["mode"], str) and d["source"] in ("migrated", "codebook")
    assert d["words"][0] in {p[0]["LEMMA"] for p in rule.pattern}
    assert ("events.clitics" in rule.predicates) == bool(d["clitics"])


def test_the_component_reads_every_rule():
    triggers = load_triggers()
    assert set(triggers) == {r.id for r in EVENT_RULES}
    assert {t.rule for t in triggers.values()} == set(triggers)


@pytest.mark.parametrize("rule", CODEBOOK, ids=[r.id for r in CODEBOOK])
def test_each_codebook_rule_is_shown_on_two_articles_outside_the_gold(shared, rule):
    gold = {p.stem.removeprefix("orangesum-") for p in shared.glob("gold/*/orangesum-*.json")}
    articles = {row[0] for row in rule.data.get("evidence", [])}
    assert len(articles) >= 2, rule.id
    assert not articles & gold, articles & gold


def test_each_codebook_rule_fires_on_its_evidence(nlp):
    quoted = [(r, row[1]) for r in CODEBOOK for row in r.data["evidence"]]
    missed = [(r.id, text) for (r, text), doc in zip(quoted, nlp.pipe(t for _, t in quoted))
              if r.id not in {h.rule.id for h in EVENT_RULES(doc)}]
    assert not missed, missed


@pytest.mark.parametrize("rule_id, article, sentence, source, target", EVIDENCE,
                         ids=[f"{e[0]}:{e[1]}" for e in EVIDENCE])
def test_the_evidence_makes_the_rule_s_event(nlp, rule_id, article, sentence, source, target):
    doc = parse(sentence)
    made = [(e.type, {entity_by_id(doc, i).name for i in e.source}, {entity_by_id(doc, i).name for i in e.target})
            for e in doc._.events if e.rule == rule_id]
    label = EVENT_RULES.by_id[rule_id].data.get("state_label")
    assert any(kind in (EVENT_RULES.by_id[rule_id].label, label) and source in s and target in t
               for kind, s, t in made), made
