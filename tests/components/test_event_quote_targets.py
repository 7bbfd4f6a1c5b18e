"""Whom a critical quotation targets: never a name of its sentence's circumstance nor of a clause of contrast
(the texts are sentences of OrangeSum articles outside the gold; the article id and date precede each)."""
from __future__ import annotations

import pytest

from tests.components.test_events import events, names


def _targets(text, date, source):
    """The target names of the ACCUSE events of ``source`` in ``text``."""
    doc, evs = events(text, date)
    return {n for e in evs if e.type == "ACCUSE" and source in names(doc, e.source) for n in names(doc, e.target)}


@pytest.mark.parametrize("date, text, source, wrong", [
    # OrangeSum 959: "lors d'une conférence de presse avec la chancelière allemande Angela Merkel"
    ("2020-06-29", "\"Nous sommes à un moment d'indispensable clarification de la politique turque en Libye, qui est "
     "pour nous inacceptable\", a déclaré Emmanuel Macron lors d'une conférence de presse avec la chancelière "
     "allemande Angela Merkel.", "Emmanuel Macron", "Angela Merkel"),
    # OrangeSum 3786: "devant le Sénat"
    ("2020-06-03", "Mercredi, devant le Sénat, le ministre de l'Intérieur Christophe Castaner s'est voulu "
     "\"intransigeant\" en promettant que \"chaque faute, chaque excès, chaque mot, y compris des expressions "
     "racistes\" chez les forces de l'ordre, ferait \"l'objet d'une enquête, d'une décision, d'une sanction\".",
     "Christophe Castaner", "Sénat"),
    # OrangeSum 35166: "alors que le député Eric Woerth n'est pas contre"
    ("2020-07-24", "L'eurodéputée Nadine Morano considère pour sa part qu'une primaire, \"c'est un désastre\", alors "
     "que le député Eric Woerth n'est pas contre une primaire \"organisée différemment\".", "Nadine Morano",
     "Eric Woerth"),
    # OrangeSum 5052: "alors que le syndicat Alliance a annoncé saisir le procureur"
    ("2020-05-24", "Christophe Castaner a jugé dimanche \"mensongers et honteux\" des propos de la chanteuse et actrice "
     "Camélia Jordana, qui a accusé les policiers de \"massacrer\" des hommes et femmes pour leur couleur de peau, "
     "alors que le syndicat Alliance a annoncé saisir le procureur de la République.", "Christophe Castaner",
     "Alliance"),
])
def test_a_name_of_the_circumstance_is_no_target(nlp, date, text, source, wrong):
    """"lors d'une conférence de presse avec X", "devant le Sénat", "alors que X ...": a name outside the quotation,
    in a circumstance of its sentence or a clause of contrast, is not whom the quotation criticises."""
    assert wrong not in _targets(text, date, source)


@pytest.mark.parametrize("date, text, source, wrong", [
    # OrangeSum 22706: "a salué sur Twitter"
    ("2018-01-17", "Le leader de La France insoumise (LFI) Jean-Luc Mélenchon a salué sur Twitter \"la fin d'une "
     "aberration écologique et financière\".", "Jean-Luc Mélenchon", "Twitter"),
    # OrangeSum 12428: "Sur les antennes de Radio J"
    ("2019-11-17", "Sur les antennes de Radio J, la porte-parole du gouvernement Sibeth Ndiaye s'est félicitée que des "
     "parlementaires aient saisi la justice après les propos du philosophe.", "Sibeth Ndiaye", "Radio J"),
])
def test_a_medium_named_after_sur_is_the_channel_not_the_praised(nlp, date, text, source, wrong):
    """"a salué sur Twitter", "sur les antennes de Radio J": a medium after "sur" is where the words are said, not
    whom they praise."""
    doc, evs = events(text, date)
    assert not any(e.type == "SUPPORT" and source in names(doc, e.source) and wrong in names(doc, e.target) for e in evs)


@pytest.mark.parametrize("date, text, source, victim", [
    # OrangeSum 7472: "a condamné le meurtre de Nabil al-Quaety"
    ("2020-06-02", "Le ministre-adjoint yéménite de l'Information, Najib Ghallab, a condamné le meurtre de Nabil "
     "al-Quaety, affirmant que cet \"assassinat\" constituait \"une attaque contre la presse au Yémen\", et reflétait "
     "\"les échecs et erreurs de toutes les parties au conflit\".", "Najib Ghallab", "Nabil al-Quaety"),
    # OrangeSum 32689: "a déploré la mise à l'écart [...] de membres de la commission nationale d'investiture"
    ("2020-09-14", "Elle a aussi déploré la mise à l'écart cet été de membres de la commission nationale d'investiture "
     "(CNI) du RN, dont beaucoup sont proches de ses idées, plus libérales sur le plan économique et plus "
     "conservatrices sur le plan des valeurs sociétales que celles de Marine Le Pen.", None, "CNI"),
    # OrangeSum 22814: "il dénonce l'ensauvagement de la France"
    ("2017-12-27", "Tout comme le journaliste et essayiste Laurent Obertone et son livre \"La France Orange mécanique\" "
     "dans lequel il dénonce \"l'ensauvagement\" de la France sur fond d'insécurité et d'immigration.",
     "Laurent Obertone", "France"),
])
def test_who_undergoes_the_criticised_deed_is_no_target(nlp, date, text, source, victim):
    """"a condamné le meurtre de X", "dénonce l'ensauvagement de la France": the actor in the "de" complement of a
    deed it undergoes is its victim, not whom the speaker criticises."""
    doc, evs = events(text, date)
    assert not any(e.type == "ACCUSE" and (source is None or source in names(doc, e.source))
                   and victim in names(doc, e.target) for e in evs)


@pytest.mark.parametrize("date, text, source, undergoer", [
    # OrangeSum 35623: "a salué la condamnation d'Hashem Abedi"
    ("2020-08-20", "Figen Murray, dont le fils Martyn Hett, 29 ans, a été tué dans l'attentat, a salué la condamnation "
     "d'Hashem Abedi.", "Figen Murray", "Hashem Abedi"),
    # OrangeSum 16592: "a plaidé pour une refonte de l'espace Schengen"
    ("2019-04-26", "Emmanuel Macron a plaidé pour une refonte de l'espace Schengen et des accords de Dublin, pendant sa "
     "conférence de presse organisée à l'Elysée jeudi 25 avril.", "Emmanuel Macron", "Schengen"),
    # OrangeSum 20287: "a plaidé pour une refonte d'ampleur des institutions françaises"
    ("2018-10-04", "Jeudi 4 octobre, François Hollande a plaidé pour une refonte d'ampleur des institutions françaises, "
     "en particulier pour la suppression d'un poste : celui de chef du gouvernement.", "François Hollande", "France"),
])
def test_who_undergoes_the_praised_deed_is_not_praised(nlp, date, text, source, undergoer):
    """"a salué la condamnation de X", "a plaidé pour une refonte de X": the actor in the "de" complement of a deed it
    undergoes is not whom the speaker praises."""
    doc, evs = events(text, date)
    assert not any(e.type == "SUPPORT" and source in names(doc, e.source) and undergoer in names(doc, e.target)
                   for e in evs)


@pytest.mark.parametrize("date, text, source, wrong", [
    # OrangeSum 24388: "a dénoncé l'élu LR de la Manche Philippe Gosselin"
    ("2017-08-02", "\"On bosse 70-80 heures par semaine (...) Quand on veut bien faire son boulot, il faut être en "
     "forme\", a dénoncé l'élu LR de la Manche Philippe Gosselin.", "Philippe Gosselin", "LR"),
    # OrangeSum 16044: "ont notamment dénoncé des élus LR, PS, PCF et LFI"
    ("2019-05-29", "Vous voulez \"museler les oppositions\", \"brider des débats parlementaires\", \"nier la diversité "
     "et la complexité de la pensée\", porter atteinte à \"la respiration démocratique\", ont notamment dénoncé des "
     "élus LR, PS, PCF et LFI.", "LR", "PS"),
])
def test_the_subject_of_the_cue_is_the_speakers_side(nlp, date, text, source, wrong):
    """"a dénoncé l'élu LR de la Manche X", "ont dénoncé des élus LR, PS, PCF et LFI": the names in the nominal subject
    of a quotation's cue say the words (with the speaker); they are not whom the words criticise."""
    assert wrong not in _targets(text, date, source)
