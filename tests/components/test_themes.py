"""Themes (RECORD.md 1b): the lexicon, the matching, the scoring and the record's layer."""
from __future__ import annotations

import json
import math

import pytest

from veille import lexicons
from veille.components.themes import DEFAULT_CONFIG, Hit, Settings, Themer, choose, raw_weights
from veille.record import THEME_LABELS


def test_lexicon_rows_are_valid_and_cover_every_label():
    rows = lexicons.table("themes.tsv")
    pairs = [(r["term"], r["label"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a (term, label) pair is listed twice"
    assert all(r["label"] in THEME_LABELS and 0 < float(r["weight"]) <= 3 for r in rows)
    assert all(r["term"] == r["term"].lower().strip() for r in rows)
    assert {r["label"] for r in rows} == set(THEME_LABELS)


def test_seed_themes_are_migration_and_diplomacy(seed_record, shared):
    gold = json.loads((shared / "gold" / "seed-000.json").read_text(encoding="utf-8"))
    themes = seed_record.to_dict()["themes"]
    assert {t["label"] for t in themes} == set(gold["themes"]) == {"migration", "diplomacy"}
    assert [t["score"] for t in themes] == sorted((t["score"] for t in themes), reverse=True)
    text = seed_record.text
    for t in themes:
        assert 0 < t["score"] < 1 and t["evidence"]
        assert set(t) == {"label", "score", "evidence"} and all(set(s) == {"start", "end"} for s in t["evidence"])
    evidence = {text[s["start"]:s["end"]].lower() for t in themes for s in t["evidence"]}
    assert {"migration", "oim", "coopération"} <= evidence


def test_record_roundtrip_keeps_themes(seed_record):
    from veille.record import Record

    d = seed_record.to_dict()
    assert Record.from_dict(json.loads(json.dumps(d))).to_dict()["themes"] == d["themes"]


def tag(nlp, text: str, title: str | None = None):
    """The Doc of a text through the whole pipeline (with a title when given)."""
    from veille.pipeline import _make_doc
    from veille.read import Article

    return nlp(_make_doc(nlp, Article(text=text, id="t", date="2020-01-10", title=title or "")))


def labels(doc) -> list[str]:
    return [t.label for t in doc._.themes]


def test_a_strike_is_protest_and_a_trial_is_justice(nlp):
    doc = tag(nlp, "Des milliers de manifestants ont défilé jeudi à Paris à l'appel de l'intersyndicale. "
                   "La grève a paralysé les transports et les syndicats promettent une nouvelle mobilisation.")
    assert labels(doc)[0] == "protest"
    doc = tag(nlp, "Le procès de l'ancien maire s'est ouvert lundi devant le tribunal correctionnel. "
                   "Le parquet a requis deux ans de prison pour corruption et le juge rendra son jugement en mars.")
    assert labels(doc)[0] == "justice"


def test_a_passing_mention_is_not_a_theme(nlp):
    doc = tag(nlp, "Le procès de l'ancien maire s'est ouvert lundi devant le tribunal correctionnel. "
                   "Le parquet a requis deux ans de prison pour corruption et le juge rendra son jugement en mars. "
                   "L'affaire avait éclaté pendant la campagne.")
    assert "elections" not in labels(doc)


def test_longest_term_wins(nlp):
    themer = nlp.get_pipe("veille_themes")
    doc = nlp.make_doc("Le budget de la Sécurité sociale a été rejeté.")
    hits = themer.lexicon.hits(doc)
    assert ("securite", "sociale") in {h.term for h in hits}
    assert not any(h.term == ("securite",) for h in hits)


def test_the_title_counts(nlp):
    text = "Le président a répondu mercredi aux questions des journalistes sur ce dossier sensible."
    assert "asylum" not in labels(tag(nlp, text))
    assert "asylum" in labels(tag(nlp, text, title="Réfugiés : le droit d'asile en question, les demandeurs d'asile "
                                                  "attendent"))


def test_quotes_get_the_themes_of_their_words(nlp):
    doc = tag(nlp, "« Nous devons accueillir dignement les demandeurs d'asile et les réfugiés », a déclaré "
                   "mardi le ministre. Il s'exprimait devant la presse.")
    assert doc._.quotes and doc._.quotes[0].themes[0] == "asylum"


def test_threshold_is_a_config_value(nlp):
    doc = tag(nlp, "Des milliers de manifestants ont défilé jeudi à Paris à l'appel de l'intersyndicale.")
    assert labels(doc)
    strict = Settings(**{**DEFAULT_CONFIG, "threshold": 0.99})
    Themer(nlp.get_pipe("veille_themes").lexicon, strict)(doc)
    assert doc._.themes == []


def test_choose_keeps_strong_labels_best_first_within_the_share_and_the_cap():
    raw = {"justice": 20.0, "governance": 9.0, "elections": 5.0, "economy": 1.0}
    assert choose(raw, threshold=0.6, half=3, min_share=0.3, max_labels=4) == ["justice", "governance"]
    assert choose(raw, threshold=0.6, half=3, min_share=0.2, max_labels=4) == ["justice", "governance", "elections"]
    assert choose(raw, threshold=0.6, half=3, min_share=0.2, max_labels=1) == ["justice"]
    assert choose({}, 0.6, 3, 0.3, 2) == []


def test_raw_weight_grows_with_the_log_of_occurrences_and_the_lede_counts_more():
    hits = [Hit(i, i + 1, ("guerre",), "conflict", 3.0) for i in (0, 5)]
    assert raw_weights(hits, lede_end=0, lede_boost=1.5)["conflict"] == pytest.approx(3.0 * (1 + math.log(2)))
    assert raw_weights(hits, lede_end=1, lede_boost=1.5)["conflict"] == pytest.approx(3.0 * (1 + math.log(2.5)))
