"""Trigger ambiguities the frame settles: "appeler X à ..." asks (REQUEST), "appeler X" alone is a call (CONSULT),
"appeler X Y" names (no event)."""
from __future__ import annotations

import pytest

from veille import rules
from veille.components.events import RULES
from veille.pipeline import parse
from veille.spans import entity_by_id

EVENT_RULES = rules.load(RULES)


def fired(text: str) -> set[str]:
    """The ids of the event rules that fire on a sentence (their guards applied)."""
    return {h.rule.id for h in EVENT_RULES(parse(text))}


@pytest.mark.parametrize("text, meant, other", [
    ("Le président Emmanuel Macron appelle Angela Merkel à la retenue.", "request.appeler", "consult.appeler"),
    ("Emmanuel Macron a appelé Joe Biden à lever les sanctions.", "request.appeler", "consult.appeler"),
    # OrangeSum 13942 (outside the gold)
    ("Juncker, qui avait appelé le Premier ministre britannique dans la matinée, a qualifié l'accord d'\"équitable et "
     "équilibré\".", "consult.appeler", "request.appeler"),
    ("Emmanuel Macron a appelé Joe Biden au téléphone.", "consult.appeler", "request.appeler"),
])
def test_appeler_asks_with_an_a_complement_and_calls_without(nlp, text, meant, other):
    ids = fired(text)
    assert meant in ids and other not in ids, ids


@pytest.mark.parametrize("text", [
    # OrangeSum 27247, 10737, 6486 (outside the gold): a name given, a summons
    "On l'a appelé César, Bonaparte, on a dénoncé 'le coup d'État permanent'.",
    "\"Il m'a appelé mon ami, moi je ne suis pas l'ami du président\", a-t-il conclu.",
    "Les Etats qui ne l'ont pas fait, comme New York, doivent appeler en renfort la Garde nationale.",
    # OrangeSum 6717, 8038, 10689: the relative "que" is what is named
    "Les manifestations coïncident avec l'anniversaire de ce que les Palestiniens appellent la \"Naksa\".",
    "Donald Trump voulait assister à ce que la Nasa appelle l'aube d'une nouvelle ère spatiale.",
    "Le président américain promet une cascade de révélations sur ce qu'il a appelé \"Obamagate\".",
])
def test_appeler_that_names_or_summons_is_no_call(nlp, text):
    assert "consult.appeler" not in fired(text)


def test_the_call_is_a_consult_event_between_the_two(nlp):
    doc = parse("Emmanuel Macron a appelé Joe Biden mardi.")
    made = {(e.type, entity_by_id(doc, e.source[0]).name, entity_by_id(doc, e.target[0]).name) for e in doc._.events}
    assert made == {("CONSULT", "Emmanuel Macron", "Joe Biden")}
