"""The pipeline's contract: components declare what they assign and require, failures stay on the Doc,
and ``extract_many`` gives the same records on ``nlp.pipe`` with one process or several."""
from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest
import spacy
from spacy.lang.fr.lemmatizer import FrenchLemmatizer

import veille.components.quotes as quotes_component
from veille.component import Component, Step, register
from veille.pipeline import ORIGINAL_KEY, ArticleText, ExtractionError, IndexedLemmatizer, extract_many, parse
from veille.read import Article

MARK = "Zorglub"   # an article holding this word makes the patched quotes component fail


@pytest.fixture(scope="module")
def dev_articles(shared):
    """Twelve dev gold articles, a text that cannot be parsed among them."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((shared / "gold" / "dev").glob("*.json"))]
    arts = [Article(text=g["text"], id=g["id"], date=g.get("date")) for g in golds[::4]]
    arts.insert(2, Article(text="Une moitié de paire \ud800 seule.", id="surrogate"))
    return arts


@pytest.fixture
def failing_quotes(monkeypatch):
    """The quotes component fails on any article that holds MARK."""
    real = quotes_component.find_quotes

    def find_quotes(doc, *args, **kwargs):
        if MARK in doc.text:
            raise RuntimeError("boom")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(quotes_component, "find_quotes", find_quotes)


def test_every_veille_component_declares_its_contract(nlp):
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert not any(problems.values()), problems
    for name in nlp.pipe_names:
        if name.startswith("veille_"):
            meta = nlp.get_pipe_meta(name)
            assert isinstance(nlp.get_pipe(name), Component), name
            assert meta.assigns, f"{name} declares nothing it assigns"


def test_a_registered_step_is_prepared_once_when_its_pipe_is_made():
    prepared: list[str] = []
    register("veille_test_prepared", lambda doc: None, assigns=["doc._.lang"], requires=[],
             prepare=lambda: prepared.append("loaded"))
    nlp = spacy.blank("fr")
    step = nlp.add_pipe("veille_test_prepared")
    assert prepared == ["loaded"] and isinstance(step, Step) and step.label == "veille_test_prepared"
    nlp("Le ministre a parlé.")
    assert prepared == ["loaded"]


def test_two_processes_give_the_records_of_one(dev_articles):
    errors: list[tuple[int, str]] = []
    one = [r.to_dict() for r in extract_many(dev_articles, on_error=lambda a, e: errors.append((1, a.id)))]
    two = [r.to_dict() for r in extract_many(dev_articles, n_process=2, batch_size=2,
                                             on_error=lambda a, e: errors.append((2, a.id)))]
    assert one == two
    assert [r["doc"]["id"] for r in one] == [a.id for a in dev_articles if a.id != "surrogate"]
    assert errors == [(1, "surrogate"), (2, "surrogate")]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_component_failure_skips_that_article_only(failing_quotes, n_process):
    arts = [Article(text="Le ministre a parlé mardi à Paris.", id="a"),
            Article(text=f"{MARK} a dit : « Rien. »", id="b"),
            Article(text="Emmanuel Macron a reçu Joe Biden.", id="c")]
    failed: list[tuple[str, str]] = []
    recs = list(extract_many(arts, n_process=n_process, on_error=lambda a, e: failed.append((a.id, e.message))))
    assert [r.doc.id for r in recs] == ["a", "c"]
    assert failed == [("b", "internal error in component veille_quotes: RuntimeError: boom")]


def test_parse_raises_on_a_component_failure(failing_quotes):
    with pytest.raises(ExtractionError, match="veille_quotes"):
        parse(f"{MARK} a dit : « Rien. »")


def test_a_saved_pipeline_loads_and_gives_the_same_records(nlp, dev_articles, tmp_path):
    nlp.to_disk(tmp_path / "veille-model")
    arts = [a for a in dev_articles if a.id != "surrogate"][:4]
    saved = [r.to_dict() for r in extract_many(arts, model=str(tmp_path / "veille-model"))]
    assert saved == [r.to_dict() for r in extract_many(arts)]


def test_the_indexed_lemmatizer_gives_the_lemmas_of_spacys(nlp, dev_articles):
    used = nlp.get_pipe("lemmatizer")
    assert isinstance(used, IndexedLemmatizer)
    spacys, fresh = (cls(nlp.vocab, None, "lemmatizer", mode="rule") for cls in (FrenchLemmatizer, IndexedLemmatizer))
    for lemmatizer in (spacys, fresh):
        lemmatizer.initialize(lookups=used.lookups)
    tokens = [t for a in dev_articles if a.id != "surrogate" for t in nlp(a.text)]
    assert len({t.lower_ for t in tokens}) > 1000
    assert [fresh.rule_lemmatize(t) for t in tokens] == [spacys.rule_lemmatize(t) for t in tokens]


def test_a_text_sent_to_a_worker_carries_its_article_to_the_doc(nlp):
    article = Article(text="Le ministre a\u00adnnoncé mardi sa démission.", id="a", date="2020-01-10", title="Démission")
    text = pickle.loads(pickle.dumps(ArticleText.of(article)))     # as nlp.pipe(n_process=2) sends it
    assert text == "Le ministre annoncé mardi sa démission."
    doc = nlp.make_doc(text)
    assert (doc._.pub_date, doc._.title, doc.user_data[ORIGINAL_KEY]) == (dt.date(2020, 1, 10), "Démission", article.text)
    plain = nlp.make_doc(str(text))
    assert [t.text for t in plain] == [t.text for t in doc] and plain._.pub_date is None
