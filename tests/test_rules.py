"""The rule-set loader, and a generated test per bundled rule: its example fires it, its counter does not."""
from __future__ import annotations

import json

import pytest
from spacy.matcher import Matcher

from veille import rules
from veille.rules import Hit, RuleError, RuleSet, predicate

BUNDLED = [(name, r) for name in rules.bundled() for r in rules.load(name)]


def _set(*rows: dict) -> RuleSet:
    return RuleSet.from_lines([json.dumps(r, ensure_ascii=False) for r in rows], "test")


def _rule(**kw) -> dict:
    return {"id": "r", "label": "L", "kind": "token", "pattern": [{"LOWER": "x"}], "example": "x", **kw}


def test_bundled_rule_files_load_with_unique_ids():
    for name in rules.bundled():
        rs = rules.load(name)
        assert len(rs) > 0, f"{name}.jsonl is empty"
        assert len({r.id for r in rs}) == len(rs)


@pytest.mark.parametrize("name, rule", BUNDLED, ids=[f"{n}:{r.id}" for n, r in BUNDLED])
def test_each_rule_fires_on_its_example(nlp, name, rule):
    doc = nlp(rule.example)
    assert rule.id in {h.rule.id for h in rules.load(name)(doc)}, f"{rule.id} does not fire on {rule.example!r}"
    if rule.counter:
        doc = nlp(rule.counter)
        assert rule.id not in {h.rule.id for h in rules.load(name)(doc)}, f"{rule.id} fires on {rule.counter!r}"


@pytest.mark.parametrize("row, message", [
    ({"id": "r", "label": "L", "kind": "token", "example": "x"}, "lacks pattern"),
    (_rule(kind="regex"), "kind 'regex'"),
    (_rule(predicates=["affirmed"]), "no counter"),
])
def test_bad_rules_are_refused_with_the_reason(row, message):
    with pytest.raises(RuleError, match=message):
        _set(row)


def test_duplicate_ids_and_bad_json_are_refused():
    with pytest.raises(RuleError, match="duplicate rule id"):
        _set(_rule(), _rule())
    with pytest.raises(RuleError, match="not JSON"):
        RuleSet.from_lines(["{oops"], "test")


def test_an_invalid_pattern_is_refused_when_compiled(nlp):
    rs = _set(_rule(pattern=[{"LOWERR": "x"}]))
    with pytest.raises(RuleError, match="invalid pattern"):
        rs.compile(nlp.vocab)


def test_token_dependency_and_phrase_rules_match(nlp):
    rs = _set(
        _rule(id="tok", pattern=[{"LEMMA": "rencontrer"}]),
        _rule(id="dep", kind="dependency", pattern=[
            {"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "rencontrer"}},
            {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s", "RIGHT_ATTRS": {"DEP": "nsubj"}}]),
        _rule(id="phr", kind="phrase", pattern=["tête-à-tête"]),
    )
    doc = nlp("Emmanuel Macron a rencontré Joe Biden lors d'un tête-à-tête.")
    hits = {h.rule.id: h for h in rs(doc)}
    assert set(hits) == {"tok", "dep", "phr"}
    assert [t.text for t in hits["dep"].tokens] == ["rencontré", "Emmanuel"]
    assert hits["phr"].span.text == "tête-à-tête"


def test_a_straight_apostrophe_in_a_pattern_matches_the_typographic_one(nlp):
    rs = _set(_rule(pattern=[{"LOWER": "qu'"}, {"LOWER": "il"}]), _rule(id="p", kind="phrase", pattern="aujourd'hui"))
    for text in ("Il a dit qu'il viendrait aujourd'hui.", "Il a dit qu’il viendrait aujourd’hui."):
        assert [h.rule.id for h in rs(nlp(text))] == ["r", "p"], text


def test_predicates_filter_hits_and_an_unknown_one_is_an_error(nlp):
    @predicate("test.not_first")
    def not_first(hit: Hit) -> bool:
        return hit.anchor.i > 0

    doc = nlp("Paris accueille Paris.")
    rs = _set(_rule(pattern=[{"LOWER": "paris"}], predicates=["test.not_first"], counter="Paris."))
    assert [h.anchor.i for h in rs(doc)] == [2]
    assert len(rs(doc, check=False)) == 2
    with pytest.raises(RuleError, match="unknown predicate"):
        _set(_rule(predicates=["test.nowhere"], counter="y"))(doc)


def test_hits_are_limited_to_a_span(nlp):
    doc = nlp("Macron a rencontré Biden. Poutine a rencontré Xi.")
    rs = _set(_rule(pattern=[{"LEMMA": "rencontrer"}]))
    second = list(doc.sents)[1]
    assert [h.anchor.i for h in rs(second)] == [t.i for t in second if t.lemma_ == "rencontrer"]


def test_to_disk_from_disk_round_trip(tmp_path):
    rs = _set(_rule(cameo="040", frame={"target": ["obj"]}), _rule(id="q", kind="phrase", pattern="sommet",
                                                                  attr="NORM", counter="non", predicates=["p"]))
    rs.to_disk(tmp_path / "r.jsonl")
    back = RuleSet.from_disk(tmp_path / "r.jsonl")
    assert [(r.id, r.kind, r.pattern, r.attr, r.predicates, r.counter, r.data) for r in back] == \
        [(r.id, r.kind, r.pattern, r.attr, r.predicates, r.counter, r.data) for r in rs]


def test_lemma_anchored_rules_match_where_their_lemma_stands_and_only_there(nlp):
    rs = _set(_rule(id="rencontre", pattern=[[{"LEMMA": "rencontrer"}, {"LOWER": "le"}], [{"LEMMA": "voir"}]]),
              _rule(id="appel", pattern=[{"LEMMA": "appeler"}, {"OP": "*"}, {"LOWER": "grève"}]),
              _rule(id="free", pattern=[{"LOWER": "mardi"}]))
    doc = nlp("Mardi, il a rencontré le ministre puis a appelé les salariés à la grève. Il a vu la grève.")
    found = [(h.rule.id, h.span.text) for h in rs(doc)]
    assert found == [("free", "Mardi"), ("rencontre", "rencontré le"),
                     ("appel", "appelé les salariés à la grève"), ("rencontre", "vu")]


#: OrangeSum sentences (monde_politique, article ids) that fire a bundled rule written with "'": each fires it in
#: both spellings, its LOWER tests read on the norm that veille_norms straightens.
ELISIONS = [
    ("3008", "C'est ce qu'il m'a dit.", "quotes", "echo.c_est_ce_que"),
    ("6837", "C'est ce qu'a estimé dimanche 3 mai Yannick Jadot.", "quotes", "echo.c_est_ce_que"),
    ("373", "Le but de la manoeuvre, d'après l'opposition, n'était pas de protéger l'électorat du nouveau coronavirus "
            "mais de se fabriquer un résultat sur-mesure.", "quotes", "source.d_après"),
    ("5949", "L'ensemble des \"marcheurs\" ont été aussitôt \"rappelés à l'ordre\", certains ayant pu ainsi être "
             "rattrapés au vol.", "events", "accuse.rappeler_à_l_ordre"),
]


@pytest.mark.parametrize("article, sentence, name, rule_id", ELISIONS, ids=[a for a, *_ in ELISIONS])
def test_a_bundled_elision_rule_fires_on_both_apostrophes(nlp, article, sentence, name, rule_id):
    for spelling in (sentence, sentence.replace("'", "’")):
        assert rule_id in {h.rule.id for h in rules.load(name)(nlp(spelling))}, spelling


def test_an_apostrophe_is_refused_on_an_attribute_without_a_straightened_form(nlp):
    with pytest.raises(RuleError, match="LOWER or NORM only, not on ORTH"):
        _set(_rule(pattern=[{"ORTH": "L'"}])).compile(nlp.vocab)


def test_a_lowercase_anchored_rule_runs_where_its_form_stands_and_a_gap_stops_at_the_sentence_end(nlp):
    rs = _set(_rule(id="selon", pattern=[[{"LOWER": "selon"}, {"OP": "*"}, {"LOWER": "ministre"}],
                                         [{"LOWER": "aujourd'hui"}]]))
    m = rs.compile(nlp.vocab)
    assert len(m.token) == 0 and set(m.by_anchor["LOWER"]) == {nlp.vocab.strings["selon"]}
    assert set(m.by_anchor["NORM"]) == {nlp.vocab.strings["aujourd'hui"]}    # the apostrophe tested on the norm
    doc = nlp("Selon le ministre, tout va bien aujourd’hui. Selon lui, non. Le ministre se tait.")
    assert [(h.rule.id, h.span.text) for h in rs(doc)] == [("selon", "Selon le ministre"), ("selon", "aujourd’hui")]


def test_a_lemma_anchored_token_may_test_its_part_of_speech_too(nlp):
    rs = _set(_rule(id="noun", pattern=[{"LEMMA": "dîner", "POS": "NOUN"}, {"LOWER": "officiel"}]))
    assert rs.compile(nlp.vocab).by_anchor["LEMMA"] == {nlp.vocab.strings["dîner"]: ["noun"]}
    doc = nlp("Ils vont dîner avant le dîner officiel.")
    assert [h.anchor.i for h in rs(doc)] == [5]
    assert rs(nlp("Ils vont dîner.")) == []


def test_a_single_token_rule_is_tested_over_the_doc_and_matches_as_spacys_matcher(nlp):
    pattern = [[{"POS": {"IN": ["AUX", "PRON"]}}], [{"ORTH": ","}], [{"TEXT": {"REGEX": "^-"}}]]
    rs = _set(_rule(id="one", pattern=pattern))
    m = rs.compile(nlp.vocab)
    assert len(m.token) == 0 and list(m.single) == [nlp.vocab.strings["one"]]
    matcher = Matcher(nlp.vocab)
    matcher.add("one", pattern)
    doc = nlp("« Nous verrons », a-t-il ajouté, puis il est parti sans un mot.")
    assert [(h.anchor.i, len(h.tokens)) for h in rs(doc)] == [(start, 1) for _, start, _ in matcher(doc)]
    assert {"-il", ",", "est"} <= {h.anchor.text for h in rs(doc)}
    assert [h.anchor.i for h in rs(doc[6:])] == [start for _, start, _ in matcher(doc) if start >= 6]
    with pytest.raises(ValueError, match="E155"):
        rs(nlp.make_doc("Il est parti."))


def test_a_phrase_given_as_words_matches_them_token_for_token_in_either_apostrophe(nlp):
    rs = _set(_rule(id="p", kind="phrase", attr="ORTH", pattern=[["secrétaire", "d'", "état"], ["état"]]))
    for text in ("le secrétaire d'état", "le secrétaire d’état"):
        assert [h.span.text for h in rs(nlp.make_doc(text))] == [text[3:], "état"], text
    assert rs(nlp.make_doc("le Secrétaire d'État")) == []    # ORTH: the words as given
