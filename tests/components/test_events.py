"""Events: PLOVER triggers, their source and target, location and date (real French sentences)."""
from __future__ import annotations

import pytest

from veille.components.events import load_triggers
from veille.pipeline import parse
from veille.record import PLOVER_TYPES
from veille.spans import entity_by_id

DATE = "2019-12-17"


def events(text, date=DATE):
    """(doc, events) of a text through the full pipeline."""
    doc = parse(text, date)
    return doc, doc._.events


def names(doc, ids):
    """Canonical names of entity ids."""
    return {entity_by_id(doc, i).name for i in ids}


def find(doc, evs, kind, source=None, target=None):
    """The first event of a type whose sources/targets include the given names."""
    for e in evs:
        if e.type == kind and (source is None or source in names(doc, e.source)) \
                and (target is None or target in names(doc, e.target)):
            return e
    return None


def test_lexicon_covers_every_plover_type():
    covered = {e.type for entries in load_triggers().values() for e in entries}
    assert covered == set(PLOVER_TYPES)


@pytest.mark.parametrize("kind, text, source, target", [
    ("CONSULT", "Emmanuel Macron a reçu Cédric Villani dimanche à l'Élysée.", "Emmanuel Macron", "Cédric Villani"),
    ("CONSULT", "Le président turc Recep Tayyip Erdogan s'est entretenu avec Vladimir Poutine.",
     "Recep Tayyip Erdogan", "Vladimir Poutine"),
    ("SUPPORT", "Sheikh Hasina, Premier ministre du Bangladesh, a salué le rôle de Allama Shah Ahmad Shafi "
                "dans l'expansion des écoles coraniques.", "Sheikh Hasina", "Allama Shah Ahmad Shafi"),
    ("ACCUSE", "La Corée du Sud a accusé lundi John Bolton de déformer la réalité.", "Corée du Sud", "John Bolton"),
    ("ACCUSE", "Dans son livre, John Bolton dénonce le manque de préparation de Donald Trump.",
     "John Bolton", "Donald Trump"),
    ("REQUEST", "Angela Merkel a appelé Vladimir Poutine à retirer ses troupes.", "Angela Merkel", "Vladimir Poutine"),
    ("AGREE", "Marine Le Pen se dit d'accord avec Emmanuel Macron sur ce point.", "Marine Le Pen", "Emmanuel Macron"),
    ("REJECT", "Emmanuel Macron a rejeté la proposition de Marine Le Pen.", "Emmanuel Macron", None),
    ("COOPERATE", "L'Organisation internationale pour les migrations veut renforcer la coopération avec le Maroc.",
     "Organisation internationale pour les migrations", "Maroc"),
    ("THREATEN", "Donald Trump a menacé l'Iran de représailles.", "Donald Trump", "Iran"),
    ("PROTEST", "La CGT a manifesté jeudi contre le gouvernement d'Edouard Philippe.", "CGT", "Edouard Philippe"),
    ("SANCTION", "L'Union européenne a sanctionné la Russie après l'annexion de la Crimée.",
     "Union européenne", "Russie"),
    ("COERCE", "La Turquie a expulsé Jean Dupont, un journaliste français.", "Turquie", "Jean Dupont"),
    ("ASSAULT", "La Russie a bombardé la Syrie pendant plusieurs mois.", "Russie", "Syrie"),
])
def test_trigger_gives_type_source_and_target(nlp, kind, text, source, target):
    doc, evs = events(text)
    e = find(doc, evs, kind, source, target)
    assert e is not None, [(x.type, names(doc, x.source), names(doc, x.target)) for x in evs]
    assert doc.text[e.trigger.start:e.trigger.end]
    assert 0 < e.confidence <= 1


def test_multiword_trigger_and_location_and_date(nlp):
    doc, evs = events("Le directeur général de l'Organisation internationale pour les migrations, Antonio Vitorino, "
                      "a mis en avant, mardi à Genève, les très bons rapports de coopération avec le Maroc.")
    e = find(doc, evs, "SUPPORT", "Antonio Vitorino", "Maroc")
    assert e is not None
    assert doc.text[e.trigger.start:e.trigger.end] == "mis en avant"
    assert names(doc, [e.location]) == {"Genève"}
    assert e.date == DATE
    assert (e.start, e.end) == (0, len(doc.text))


def test_noun_trigger_takes_the_main_subject(nlp):
    doc, evs = events("A l'issue d'entretiens avec la ministre déléguée, Nezha El Ouafi, Antonio Vitorino a "
                      "réitéré son soutien.")
    assert find(doc, evs, "CONSULT", "Antonio Vitorino", "Nezha El Ouafi") is not None


def test_participial_clause_takes_the_main_subject(nlp):
    doc, evs = events("Antonio Vitorino a parlé de migrations à Genève, rendant hommage au Maroc pour avoir "
                      "abrité la conférence.")
    assert find(doc, evs, "SUPPORT", "Antonio Vitorino", "Maroc") is not None


def test_passive_agent_is_the_source(nlp):
    doc, evs = events("Cédric Villani a été reçu par Emmanuel Macron à l'Élysée.")
    assert find(doc, evs, "CONSULT", "Emmanuel Macron", "Cédric Villani") is not None


def test_pronoun_subject_through_coreference(nlp):
    doc, evs = events("Antonio Vitorino est arrivé mardi à Genève. Il a salué le rôle du Maroc sur la "
                      "question migratoire.")
    assert find(doc, evs, "SUPPORT", "Antonio Vitorino", "Maroc") is not None


def test_one_event_per_type_source_target_and_sentence(nlp):
    doc, evs = events("Antonio Vitorino a salué les actions du Maroc, rendant hommage au Maroc pour son rôle.")
    assert len([e for e in evs if e.type == "SUPPORT"]) == 1


@pytest.mark.parametrize("text", [
    "Antonio Vitorino a salué la qualité des débats.",                     # no named target
    "Les manifestants ont dénoncé la hausse des prix.",                    # no named source
    "Le ministre a reçu un appel téléphonique dimanche.",                  # nobody named
    "Emmanuel Macron a parlé de l'Allemagne pendant une heure.",          # no trigger
])
def test_no_event_without_a_trigger_and_two_named_actors(nlp, text):
    _, evs = events(text)
    assert evs == []


def test_a_trigger_does_not_take_a_place_as_target(nlp):
    doc, evs = events("Emmanuel Macron a visité Marseille jeudi.")
    assert not any("Marseille" in names(doc, e.target) for e in evs)
