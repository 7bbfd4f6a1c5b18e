"""Events: the arguments of a trigger found in general French syntax, shown on OrangeSum articles outside the gold
(the article id and date precede each text; the texts are the articles' own sentences)."""
from __future__ import annotations

import pytest

from tests.components.test_events import DATE, found
from veille.components.events import _subject
from veille.pipeline import parse
from veille.reference import office_holder


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 13838
    ("2019-09-25", "La passe d'armes entre Jean-Luc Mélenchon et la police a pris un nouveau tournant ce mercredi 25 "
     "septembre en fin d'après-midi, avec un appel à la mobilisation lancé par le syndicat Alliance contre le chef de "
     "file de La France insoumise. Quelques heures auparavant, Christophe Castaner lui avait demandé de présenter des "
     "excuses pour avoir qualifié de \"barbares\" les forces de l'ordre, l'intéressé lui répondant que sa démission "
     "\"serait plus utile\".", "REQUEST", "Christophe Castaner", "Jean-Luc Mélenchon"),
    # OrangeSum 14406
    ("2019-07-27", "La chancelière allemande Angela Merkel a pour sa part eu un entretien téléphonique avec Boris Johnson "
     "ce vendredi. Elle l'a également félicité et invité à venir prochainement à Berlin, ce que ce dernier a accepté.",
     "SUPPORT", "Angela Merkel", "Boris Johnson"),
])
def test_an_object_pronoun_stands_for_the_person_named_in_the_sentences_before(nlp, date, text, kind, source,
                                                                              target):
    """The subject of the verb ("Elle": Angela Merkel) is not its object pronoun's referent."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 13652
    ("2019-12-30", "C'est une décision très surprenante au vu de la situation judiciaire très délicate dans laquelle "
     "était Carlos Ghosn. Il est toujours sous le coup de quatre inculpations pour corruption. Alors qu'un procès "
     "devait avoir lieu durant l'année 2020, la justice japonaise l'avait assigné à résidence depuis le 25 avril "
     "dernier.", "COERCE", "Japon", "Carlos Ghosn"),
    # OrangeSum 13616
    ("2020-01-03", "Sur ordre du président, l'armée américaine a pris des mesures défensives décisives pour protéger le "
     "personnel américain à l'étranger en tuant Qassem Soleimani\", a indiqué le Pentagone dans un communiqué.",
     "ASSAULT", "Etats-Unis", "Qassem Soleimani"),
])
def test_a_body_of_the_state_acts_for_its_state(nlp, date, text, kind, source, target):
    found(text, kind, source, target, date)


def subject_of(text, verb, date=DATE):
    """The subject events read for the first token ``verb`` of ``text``."""
    doc = parse(text, date)
    tok = next(t for t in doc if t.text == verb)
    subject, _ = _subject(tok, tok)
    return subject.text if subject is not None else None


@pytest.mark.parametrize("text, verb, subject", [
    # OrangeSum 22146: the description and its apposed name are both parsed as subjects
    ("Interrogé par l'AFP, le propriétaire de Sud Radio, Didier Maïsto, a assuré s'être \"mis d'accord, en "
     "septembre 2017, avec Henri Guaino, pour qu'il intervienne tous les jours dans le cadre d'une chronique\".",
     "assuré", "Didier"),
    # OrangeSum 22194: a participial clause's noun is parsed as a second subject
    ("Mis en examen mercredi soir 21 mars dans l'enquête sur les soupçons de financement libyen de sa campagne "
     "victorieuse de 2007, Nicolas Sarkozy a également été placé sous contrôle judiciaire, une première pour un ancien "
     "chef de l'État sous la Ve République.", "placé", "Nicolas"),
    # OrangeSum 3714, 35435: a pronominal verb whose subject pronoun the parser made expletive
    ("Il s'est entretenu mardi avec Patrick Bernasconi, la troisième assemblée de la République qui organise "
     "actuellement la Convention citoyenne sur le climat.", "entretenu", "Il"),
    ("Il s'est félicité d'\"un entretien très positif\" avec le chef du gouvernement Jean Castex.", "félicité", "Il"),
])
def test_the_subject_that_names_an_actor(nlp, text, verb, subject):
    assert subject_of(text, verb) == subject


def test_a_second_subject_after_the_verb_is_not_preferred(nlp):
    """OrangeSum 22096: "Emmanuel Macron", parsed as a second subject, is the object met."""
    text = ("Fondatrice et présidente du réseau \"Maman travaille\", la trentenaire a rencontré Emmanuel Macron grâce "
            "au maire socialiste du Mans Jean-Claude Boulard, dont elle est devenue l'adjointe en 2014.")
    assert subject_of(text, "rencontré") != "Emmanuel"


@pytest.mark.parametrize("date, text, word, holder", [
    # OrangeSum 1641
    ("2020-06-22", "Dans l'hypothèse d'un second tour Macron/Le Pen, le duel serait beaucoup plus serré qu'en 2017, avec 55% "
     "d'intentions de vote pour l'actuel chef de l'Etat, contre 45% pour la patronne du Rassemblement national. En "
     "2017, Emmanuel Macron avait recueilli 24% des voix au premier tour, contre 21,3 à Marine Le Pen.", "chef",
     "Emmanuel Macron"),
    # OrangeSum 3266
    ("2020-06-09", "Egalement interrogé sur son successeur, M. Hollande souligne le \"contexte particulier\" de "
     "l'élection d'Emmanuel Macron. Selon lui, l'actuel chef de l'Etat \"aurait pu tirer le meilleur parti de cette "
     "situation politique originale, mais il ne l'a pas fait.\"", "chef", "Emmanuel Macron"),
])
def test_the_present_holder_of_an_office(nlp, date, text, word, holder):
    """"l'actuel chef de l'Etat", "l'actuel président": the office's holder, as without "actuel"."""
    doc = parse(text, date)
    tok = [t for t in doc if t.text == word][-1]
    ent = office_holder(doc, tok)
    assert ent is not None and ent.name == holder
