"""Span helpers shared by the components."""
from __future__ import annotations

from veille.pipeline import parse
from veille.spans import entity_by_id, entity_of_token, text_of


def test_text_of_is_the_article_text_kept_on_the_doc(nlp):
    doc = nlp.make_doc("Emmanuel Macron a reçu Angela Merkel à l'Élysée.")
    assert doc._.text is None
    assert text_of(doc) == doc.text
    assert doc._.text == doc.text


def test_entity_of_token_and_by_id(nlp):
    doc = parse("Emmanuel Macron a reçu Angela Merkel à l'Élysée.", "2019-12-17")
    merkel = next(t for t in doc if t.text == "Merkel")
    ent, mention = entity_of_token(doc, merkel)
    assert ent.name == "Angela Merkel" and mention.text == "Angela Merkel"
    assert entity_by_id(doc, ent.id) is ent
    assert entity_by_id(doc, "e999") is None
