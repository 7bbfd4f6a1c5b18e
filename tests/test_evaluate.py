"""The scorer of RECORD.md section 3: norm(), each layer's matching rules, and agreement
with the reference scorer (shared/tools/score.py, run as a subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.synthetic import perturb
from veille.cli import app
from veille.evaluate import ALL_LAYERS, LAYERS, content_words, errors, greedy, norm, score_dirs, score_records

TEXT = ("Le ministre des Affaires étrangères Jean-Yves Le Drian a reçu mardi à Paris son homologue "
        "marocain Nasser Bourita. « Nous partageons la même vision », a déclaré M. Le Drian.")


def at(fragment: str) -> dict[str, int]:
    """The span of a fragment of TEXT."""
    start = TEXT.index(fragment)
    return {"start": start, "end": start + len(fragment)}


def ent(ident: str, etype: str, name: str, aliases: list[str] | None = None, mentions: list | None = None) -> dict:
    """A predicted entity."""
    return {"id": ident, "type": etype, "name": name, "aliases": aliases or [], "mentions": mentions or []}


GOLD_ENTS = [{"type": "PER", "name": "Jean-Yves Le Drian", "aliases": ["Le Drian", "M. Le Drian"]},
             {"type": "PER", "name": "Nasser Bourita", "aliases": ["Bourita"]},
             {"type": "GPE", "name": "Paris"},
             {"type": "ORG", "name": "ministère des Affaires étrangères"}]
PRED_ENTS = [ent("e1", "PER", "Jean-Yves Le Drian"), ent("e2", "PER", "Bourita"), ent("e3", "LOC", "Paris")]


def score(layer: str, gold_items: list | None, pred_items: list) -> dict:
    """Score one document on one layer other than entities (gold_items None: the gold
    file leaves the layer out), with GOLD_ENTS and PRED_ENTS."""
    gold = {"id": "d", "text": TEXT, "entities": GOLD_ENTS}
    if gold_items is not None:
        gold[layer] = gold_items
    pred = {"text": TEXT, "entities": PRED_ENTS, layer: pred_items}
    return score_records([(gold, pred)], [layer])


def score_entities(pred_ents: list, gold_ents: list = GOLD_ENTS) -> dict:
    """Score one document's entities."""
    gold = {"id": "d", "text": TEXT, "entities": gold_ents}
    return score_records([(gold, {"text": TEXT, "entities": pred_ents})], ["entities"])


def counts(res: dict, key: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of a figure."""
    return res[key + ".tp"], res[key + ".fp"], res[key + ".fn"]


@pytest.mark.parametrize("raw, expected", [
    ("  L’Élysée ", "elysee"),
    ("l' Union européenne", "union europeenne"),
    ("Les  Républicains", "republicains"),
    ("la\tFrance\n insoumise", "france insoumise"),
    ("Jean\u2013Luc MÉLENCHON", "jean-luc melenchon"),
    ("Marine Le Pen", "marine le pen"),
    ("Le Pen", "pen"),
    ("Lesotho", "lesotho"),
    (None, ""),
])
def test_norm(raw, expected):
    assert norm(raw) == expected


def test_role_title_content_words_drop_function_words_after_norm():
    assert content_words("ministre déléguée auprès du ministre des Affaires étrangères") == \
        {"ministre", "deleguee", "affaires", "etrangeres"}


def test_greedy_takes_best_score_first_then_order():
    assert greedy([1, 2], [1, 2], lambda g, p: 1) == [(0, 0), (1, 1)]
    assert greedy(["a", "b"], ["x"], lambda g, p: 2 if g == "b" else 1) == [(1, 0)]


def test_entities_match_by_alias_and_gpe_loc_are_compatible():
    res = score_entities(PRED_ENTS)
    assert counts(res, "entities") == (3, 0, 1)
    assert counts(res, "entities.GPE/LOC") == (1, 0, 0)
    assert counts(res, "entities.ORG") == (0, 0, 1)


def test_entity_matches_through_name_mention_text_but_not_pronoun():
    gold = [{"type": "ORG", "name": "Organisation internationale pour les migrations", "aliases": ["OIM"]}]
    text_span = at("Paris")
    acronym = ent("e1", "ORG", "Organisation pour les migrations", mentions=[{**text_span, "kind": "acronym"}])
    pronoun = ent("e1", "ORG", "Organisation pour les migrations", mentions=[{**text_span, "kind": "pronoun"}])
    gold_paris = [{"type": "ORG", "name": "Paris"}]
    assert counts(score_entities([acronym], gold_paris), "entities") == (1, 0, 0)
    assert counts(score_entities([pronoun], gold_paris), "entities") == (0, 1, 1)
    assert counts(score_entities([ent("e1", "ORG", "OIM")], gold), "entities") == (1, 0, 0)


def test_mistyped_entity_costs_recall_only_and_misc_is_not_scored():
    res = score_entities([ent("e1", "ORG", "Le Drian"), ent("e2", "MISC", "Bourita"), ent("e3", "PER", "Villani")])
    assert counts(res, "entities") == (0, 1, 4)
    assert counts(res, "entities.PER") == (0, 1, 2)


def test_quotes_lenient_versus_strict_overlap():
    gold = [{"start": 0, "end": 100, "kind": "direct", "speaker": None}]
    half = score("quotes", gold, [{"start": 0, "end": 60, "speaker": None}])
    assert counts(half, "quotes.lenient") == (1, 0, 0)
    assert counts(half, "quotes.strict") == (0, 1, 1)
    most = score("quotes", gold, [{"start": 10, "end": 100, "speaker": None}])
    assert counts(most, "quotes.strict") == (1, 0, 0)
    longer_pred = score("quotes", gold, [{"start": 0, "end": 210, "speaker": None}])
    assert counts(longer_pred, "quotes.lenient") == (0, 1, 1)


def test_quote_speaker_accuracy_and_quote_speaker_counts():
    gold = [{**at("Nous partageons la même vision"), "kind": "direct", "speaker": "Jean-Yves Le Drian"},
            {**at("son homologue"), "kind": "indirect", "speaker": None}]
    right = {**at("Nous partageons la même vision"), "speaker": "e1"}
    wrong = {**at("Nous partageons la même vision"), "speaker": "e2"}
    null = {**at("son homologue"), "speaker": None}
    ok = score("quotes", gold, [right, null])
    assert ok["quotes.speaker_accuracy"] == 1.0 and ok["quotes.speaker_accuracy.n"] == 1
    assert counts(ok, "quotes.quote_speaker") == (2, 0, 0)
    bad = score("quotes", gold, [wrong, null])
    assert bad["quotes.speaker_accuracy"] == 0.0
    assert counts(bad, "quotes.quote_speaker") == (1, 1, 1)
    assert counts(bad, "quotes.lenient") == (2, 0, 0)


def test_role_titles_share_half_of_content_words_and_organisation_when_gold_gives_one():
    gold = [{"person": "Jean-Yves Le Drian", "title": "ministre des Affaires étrangères"}]
    assert counts(score("roles", gold, [{"person": "e1", "title": "ministre des affaires"}]), "roles") == (1, 0, 0)
    assert counts(score("roles", gold, [{"person": "e1", "title": "ministre"}]), "roles") == (0, 1, 1)
    assert counts(score("roles", gold, [{"person": "e2", "title": "ministre des Affaires étrangères"}]),
                  "roles") == (0, 1, 1)
    with_org = [{"person": "Jean-Yves Le Drian", "title": "ministre", "organization": "Paris"}]
    assert counts(score("roles", with_org, [{"person": "e1", "title": "ministre"}]), "roles") == (0, 1, 1)
    assert counts(score("roles", with_org, [{"person": "e1", "title": "Ministre", "organization": "e3"}]),
                  "roles") == (1, 0, 0)


def test_consult_is_symmetric_other_event_types_are_not():
    def event(etype: str, source: list, target: list) -> dict:
        return {"type": etype, "source": source, "target": target, **at("a reçu mardi à Paris")}

    for etype, expected in (("CONSULT", (1, 0, 0)), ("ACCUSE", (0, 1, 1))):
        gold = [event(etype, ["Jean-Yves Le Drian"], ["Nasser Bourita"])]
        res = score("events", gold, [event(etype, ["e2"], ["e1"])])
        assert counts(res, "events") == expected
        assert counts(res, "events." + etype) == expected
        assert counts(res, "events.lenient") == (1, 0, 0)


def test_event_needs_equal_type_and_overlapping_evidence():
    gold = [{"type": "CONSULT", "source": ["Jean-Yves Le Drian"], "target": [], **at("a reçu mardi")}]
    elsewhere = {"type": "CONSULT", "source": ["e1"], "target": [], **at("a déclaré")}
    other_type = {"type": "MEET", "source": ["e1"], "target": [], **at("a reçu")}
    res = score("events", gold, [elsewhere, other_type])
    assert counts(res, "events") == (0, 2, 1)
    assert counts(res, "events.lenient") == (0, 2, 1)
    assert counts(res, "events.MEET") == (0, 1, 0)


def test_dates_match_on_overlap_and_value_accuracy_over_matches():
    gold = [{**at("mardi"), "value": "2019-12-17"}]
    res = score("dates", gold, [{**at("reçu mardi"), "value": "2019-12-10"}, {**at("Paris"), "value": None}])
    assert counts(res, "dates") == (1, 1, 0)
    assert (res["dates.value_accuracy"], res["dates.value_accuracy.n"]) == (0.0, 1)


def test_empty_gold_list_makes_every_prediction_false_but_missing_layer_is_not_scored():
    quote = {**at("son homologue"), "speaker": None}
    empty = score("quotes", [], [quote])
    assert empty["docs.quotes"] == 1
    assert counts(empty, "quotes.lenient") == (0, 1, 0)
    assert (empty["quotes.lenient.p"], empty["quotes.lenient.r"], empty["quotes.lenient.f1"]) == (0.0, None, 0.0)
    missing = score("quotes", None, [quote])
    assert missing["docs.quotes"] == 0
    assert counts(missing, "quotes.lenient") == (0, 0, 0)
    assert missing["quotes.lenient.f1"] is None and missing["quotes.speaker_accuracy"] is None


def test_missing_prediction_misses_everything():
    gold = {"id": "d", "text": TEXT, "entities": GOLD_ENTS, "dates": [{**at("mardi"), "value": "2019-12-17"}]}
    res = score_records([(gold, None)], LAYERS)
    assert res["docs.missing_pred"] == 1
    assert counts(res, "entities") == (0, 0, 4) and counts(res, "dates") == (0, 0, 1)


def test_unknown_layer_is_rejected():
    with pytest.raises(ValueError, match="unknown layer"):
        score_records([], ["entities", "speakers"])


def test_errors_list_false_positives_and_negatives_with_their_text():
    gold = {"id": "d", "text": TEXT, "entities": GOLD_ENTS,
            "quotes": [{**at("Nous partageons la même vision"), "kind": "direct", "speaker": "Jean-Yves Le Drian"}],
            "dates": [{**at("mardi"), "value": "2019-12-17"}]}
    pred = {"text": TEXT, "entities": PRED_ENTS + [ent("e4", "ORG", "Quai d'Orsay")],
            "quotes": [{**at("Nous partageons la même vision"), "speaker": "e2"}],
            "dates": [{**at("mardi"), "value": "2019-12-10"}, {**at("Paris"), "value": None}]}
    found = {(m.layer, m.kind, m.text) for m in errors([(gold, pred)])}
    assert found == {("entities", "fn", "ministère des Affaires étrangères"), ("entities", "fp", "Quai d'Orsay"),
                     ("quotes", "speaker", "Nous partageons la même vision"), ("dates", "value", "mardi"),
                     ("dates", "fp", "Paris")}


def reference(shared: Path, gold_dir: Path, pred_dir: Path, layers=LAYERS) -> dict:
    """The reference scorer's --json output, run as a subprocess."""
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--gold", str(gold_dir),
                          "--pred", str(pred_dir), "--json", "--layers", ",".join(layers)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def write_predictions(pred_dir: Path, gold_dir: Path, make) -> None:
    """PRED_DIR/<id>.json for each gold file from make(gold, index); every 7th is left out,
    every 11th is unreadable."""
    pred_dir.mkdir()
    for i, path in enumerate(sorted(gold_dir.glob("*.json"))):
        if i % 7 == 3:
            continue
        pred = make(json.loads(path.read_text(encoding="utf-8")), i)
        (pred_dir / path.name).write_text("{broken" if i % 11 == 5 else json.dumps(pred, ensure_ascii=False),
                                          encoding="utf-8")


@pytest.mark.parametrize("name", ["dev", "timebank-dev", "litbank-dev"])
def test_agrees_with_reference_scorer_on_synthetic_predictions(shared, tmp_path, name):
    gold_dir = shared / "gold" / name
    write_predictions(tmp_path / "pred", gold_dir, perturb)
    assert score_dirs(gold_dir, tmp_path / "pred", LAYERS) == reference(shared, gold_dir, tmp_path / "pred")


def test_agrees_with_reference_scorer_on_extractor_predictions(shared, tmp_path, gold_predictions):
    gold_dir = shared / "gold" / "dev"
    preds = {p.name: rec for p, rec in gold_predictions("dev").items()}
    write_predictions(tmp_path / "pred", gold_dir, lambda gold, i: preds[f"{gold['id']}.json"])
    ours = score_dirs(gold_dir, tmp_path / "pred", LAYERS)
    assert ours == reference(shared, gold_dir, tmp_path / "pred")
    assert ours["docs.missing_pred"] > 0 and ours["entities.tp"] > 0


def test_themes_agree_with_reference_scorer_on_extractor_predictions(shared, tmp_path, gold_predictions):
    gold_dir = shared / "gold" / "dev"
    preds = {p.name: rec for p, rec in gold_predictions("dev").items()}

    def make(gold: dict, i: int) -> dict:
        """The extractor's record; every 5th with its themes spoiled (a label dropped, a wrong one, a bad item)."""
        rec = dict(preds[f"{gold['id']}.json"])
        if i % 5 == 1:
            rec["themes"] = rec["themes"][1:] + [{"label": " Sport "}, {"score": 1}, "Elections"]
        return rec

    write_predictions(tmp_path / "pred", gold_dir, make)
    ours = score_dirs(gold_dir, tmp_path / "pred", ALL_LAYERS)
    assert ours == reference(shared, gold_dir, tmp_path / "pred", ALL_LAYERS)
    assert ours["docs.themes"] > 0 and ours["themes.tp"] > 0 and ours["themes.fp"] > 0


def test_themes_are_scored_over_article_label_pairs():
    gold = {"id": "d", "text": TEXT, "themes": ["migration", "diplomacy"]}
    pred = {"text": TEXT, "themes": [{"label": "diplomacy", "score": 0.9, "evidence": []},
                                     {"label": "economy", "score": 0.7, "evidence": []}]}
    res = score_records([(gold, pred)], ["themes"])
    assert counts(res, "themes") == (1, 1, 1)
    assert score_records([({"id": "d", "text": TEXT}, pred)], ["themes"])["docs.themes"] == 0
    found = {(m.kind, m.text) for m in errors([(gold, pred)], ["themes"])}
    assert found == {("fp", "economy"), ("fn", "migration")}


def test_eval_command_scores_a_prediction_folder(shared, tmp_path):
    gold_dir = shared / "gold" / "dev"
    write_predictions(tmp_path / "pred", gold_dir, perturb)
    runner = CliRunner()
    as_json = runner.invoke(app, ["eval", "--gold", str(gold_dir), "--pred", str(tmp_path / "pred"), "--json",
                                  "--layers", "quotes,dates"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.output) == score_dirs(gold_dir, tmp_path / "pred", ["quotes", "dates"])
    human = runner.invoke(app, ["eval", "--gold", str(gold_dir), "--pred", str(tmp_path / "pred"), "--errors"])
    assert human.exit_code == 0, human.output
    assert "quote+speaker" in human.output and "date value accuracy" in human.output
    assert "== orangesum-" in human.output and " fn " in human.output


def test_eval_command_rejects_an_unknown_layer(tmp_path):
    res = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path), "--pred", str(tmp_path), "--layers", "speakers"])
    assert res.exit_code == 2
    assert "unknown layer" in res.output


def test_eval_command_runs_the_extractor_on_the_gold_texts(shared, tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "seed-000.json").write_bytes((shared / "gold" / "seed-000.json").read_bytes())
    res = CliRunner().invoke(app, ["eval", "--gold", str(gold_dir), "--json", "--out", str(tmp_path / "pred")])
    assert res.exit_code == 0, res.output
    saved = json.loads((tmp_path / "pred" / "seed-000.json").read_text(encoding="utf-8"))
    assert saved["doc"]["id"] == "seed-000" and saved["doc"]["date"] == "2019-12-17"
    figures = json.loads(res.output)
    assert figures == score_dirs(gold_dir, tmp_path / "pred", LAYERS)
    assert figures["docs.missing_pred"] == 0 and figures["docs.text_mismatch"] == 0
