"""Events that are deeds (ASSAULT, AGREE, RETREAT, SANCTION): how a trigger finds its arguments, shown on sentences
of OrangeSum articles outside the gold (the article id and date precede each text; the texts are the articles' own
sentences, a few of them with the sentences before that name the actors)."""
from __future__ import annotations

import pytest

from tests.components.test_events import events, found, names
from veille.components.events import _actors, _carrier, _done, _infinitive_clause, _subject
from veille.pipeline import parse


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 13819: "offensive" (frame depth tree)
    ("2019-11-01", "La Turquie a lancé le 9 octobre une offensive contre la milice kurde des Unités de protection du "
     "peuple (YPG), qu'elle qualifie de \"terroriste\", mais qui a été l'alliée indispensable des pays occidentaux dans "
     "la lutte contre le groupe État islamique.", "ASSAULT", "Turquie", "Unités de protection du peuple"),
    # OrangeSum 13987
    ("2019-10-09", "Le président turc Recep Tayyip Erdogan a lancé mercredi une offensive contre les forces kurdes des "
     "Unités de protection du peuple (YPG), dans le nord de la Syrie, la troisième depuis 2016.", "ASSAULT",
     "Recep Tayyip Erdogan", "Unités de protection du peuple"),
    # OrangeSum 14589: "abattre" (frame depth tree), the state named by its demonym
    ("2019-06-21", "Dans une série de tweets matinaux, le présidents des Etats-Unis a détaillé le déroulement de la "
     "soirée de jeudi 20 juin. Jeudi, l'Iran a abattu un drone américain ayant, selon Téhéran, violé son espace "
     "aérien.", "ASSAULT", "Iran", "Etats-Unis"),
    # OrangeSum 35239
    ("2020-08-26", "La situation était revenue au calme mercredi du côté israélien de la frontière, notamment dans le "
     "kibboutz de Manara près duquel l'armée israélienne avait fait état la veille d'un \"incident sécuritaire\" avec le "
     "Liban.- Mandat de la Finul -Ce nouvel incident intervient après que le Hezbollah a annoncé ce week-end avoir "
     "abattu un drone israélien ayant franchi la frontière avec le Liban.", "ASSAULT", "Hezbollah", "Israël"),
])
def test_an_attack_hits_the_actor_named_inside_its_object(nlp, date, text, kind, source, target):
    """"une offensive contre la milice kurde des YPG", "abattu un drone américain": the actor named inside the object
    of an attack (its forces, its drone) is attacked."""
    found(text, kind, source, target, date)


# OrangeSum 9895 and 12365: "des centaines de frappes", carried by "centaines", the object of "mener"
CARRIED = [
    ("2020-05-21", "Depuis le début en 2011 du conflit en Syrie, l'Etat hébreu y a mené des centaines de frappes contre "
     "les forces de Damas mais aussi contre celles de l'Iran, du Hezbollah et autres groupes pro-Téhéran, qui "
     "participent à la guerre aux côtés du régime."),
    ("2020-05-05", "Depuis le début en 2011 du conflit en Syrie, Israël a mené des centaines de frappes dans ce pays "
     "contre les forces du régime mais aussi contre celles de l'Iran et du Hezbollah."),
]


@pytest.mark.parametrize("date, text", CARRIED)
def test_a_deed_noun_after_a_bare_de_is_carried_by_its_noun_of_quantity(nlp, date, text):
    doc = parse(text, date)
    strikes = next(t for t in doc if t.text == "frappes")
    assert _carrier(strikes).text == "centaines" and _done(strikes)


def test_the_carried_deed_takes_its_carrier_s_verb_and_complements(nlp):
    """The subject of "mener" does the strikes; "contre les forces de Damas" (hung on the verb) is their target."""
    date, text = CARRIED[0]
    found(text, "ASSAULT", "Etat hébreu", "Damas", date)


@pytest.mark.parametrize("date, text, body", [
    CARRIED[0] + ("forces",),
    # OrangeSum 13939
    ("2019-10-17", "A la faveur d'un accord avec les forces kurdes, le régime de Damas est en effet revenu dans des "
     "régions qui lui échappaient depuis des années et Moscou a commencé à remplir le vide laissé par le retrait des "
     "forces américaines.", "régime"),
])
def test_a_capital_after_a_body_of_the_state_is_its_state(nlp, date, text, body):
    """"les forces de Damas", "le régime de Damas": the capital names the state the body acts for, not a place."""
    doc = parse(text, date)
    noun = next(t for t in doc if t.text == body and any(c.text == "Damas" for c in t.children))
    assert names(doc, _actors(doc, noun, deep=False)) == {"Damas"}


@pytest.mark.parametrize("date, text, deed, subject", [
    # OrangeSum 19547
    ("2018-12-08", "Depuis les violences du 1er décembre à Paris, Emmanuel Macron n'a pas pris la parole publiquement "
     "sur cette crise.", "violences", "Emmanuel Macron"),
    # OrangeSum 5619
    ("2020-06-10", "Plus de trente ans après l'assassinat du Premier ministre Olof Palme, la justice suédoise a annoncé "
     "mercredi clore l'enquête, le principal suspect étant décédé.", "assassinat", "Olof Palme"),
])
def test_a_deed_in_a_phrase_of_circumstance_is_not_the_light_verb_s(nlp, date, text, deed, subject):
    """"Depuis les violences ..., X n'a pas pris la parole": "prendre", "annoncer" are light verbs ("prendre des
    sanctions", "annoncer une offensive"), but not for a deed after "depuis", "après"."""
    doc, evs = events(text, date)
    assert not _done(next(t for t in doc if t.text == deed))
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, names(doc, e.source), names(doc, e.target))
                                                          for e in evs]


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 10260
    ("2020-01-30", "Deux jours avant le Brexit, le Parlement européen a ratifié à une écrasante majorité, le traité de "
     "retrait du Royaume-Uni de l'UE, avant des adieux aux députés britanniques sur l'air de \"Ce n'est qu'un au "
     "revoir\".", "Royaume-Uni", "UE"),
    # OrangeSum 19421
    ("2016-06-24", "Pas de changement immédiat ? Comment va se passer le retrait du Royaume-Uni de l'UE, une première "
     "depuis sa création ?", "Royaume-Uni", "UE"),
])
def test_a_withdrawal_is_done_by_its_first_de_and_leaves_the_next(nlp, date, text, source, target):
    """"le retrait du Royaume-Uni de l'UE" (frame doer "de"): the United Kingdom leaves the EU, not the reverse."""
    doc, event = found(text, "RETREAT", source, target, date)
    assert source not in names(doc, event.target)


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 3658: "signer ... entre"
    ("2020-06-17", "Selon la même source, il a notamment été question du \"suivi de la mise en oeuvre du mémorandum "
     "d'accord militaire et de sécurité\" signé en novembre 2019 entre Tripoli et Ankara.", "Tripoli", "Ankara"),
    # OrangeSum 13900: "conclure ... entre"
    ("2019-10-19", "Les députés britanniques ont décidé samedi de reporter leur décision sur l'accord de Brexit conclu "
     "entre Londres et Bruxelles.", "Londres", "Bruxelles"),
])
def test_an_agreement_signed_between_two_is_theirs(nlp, date, text, source, target):
    found(text, "AGREE", source, target, date)


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 32285
    ("2020-09-22", "La Cédéao, qui a imposé des sanctions au Mali deux jours après le putsch du 18 août contre M. "
     "Keïta, ne s'est pas encore exprimée publiquement sur le choix de Bah Ndaw.", "Cédéao", "Mali"),
    # OrangeSum 367
    ("2020-07-01", "Le sénateur démocrate Robert Menendez a proposé mercredi d'imposer des sanctions à la Russie en "
     "raison de l'affaire des primes russes.", "Robert Menendez", "Russie"),
])
def test_sanctions_imposed_on_a_are_against_it(nlp, date, text, source, target):
    """"imposer des sanctions à X" (frame target "à" before "contre": "au Mali ... contre M. Keïta")."""
    found(text, "SANCTION", source, target, date)


@pytest.mark.parametrize("date, text, verb, subject", [
    # OrangeSum 10905
    ("2020-01-10", "Après avoir été reçu par Edouard Philippe ce vendredi, Laurent Berger a dit avoir \"senti une "
     "volonté d'ouverture dans la parole\" du Premier ministre à propos de l'âge pivot.", "reçu", "Laurent"),
    # OrangeSum 14108
    ("2019-09-13", "Le responsable syndical s'est notamment plaint de ne pas avoir été reçu par Emmanuel Macron, alors "
     "le secrétaire général de la CFDT, Laurent Berger, et celui de l'Unsa, Laurent Escure, - deux syndicats dits "
     "réformistes - oui.", "reçu", "responsable"),
])
def test_a_passive_infinitive_has_its_governing_subject_for_patient(nlp, date, text, verb, subject):
    """"Après avoir été reçu par X, Y a dit", "s'est plaint de ne pas avoir été reçu par X": the unexpressed subject of
    a passive infinitive is the governing verb's, the one the deed is done to."""
    doc = parse(text, date)
    tok = next(t for t in doc if t.text == verb)
    patient, _ = _subject(tok, tok)
    assert _infinitive_clause(tok) and patient is not None and patient.text == subject


def test_the_passive_infinitive_s_patient_is_the_target(nlp):
    date, text = ("2020-01-10", "Après avoir été reçu par Edouard Philippe ce vendredi, Laurent Berger a dit "
                        "avoir \"senti une volonté d'ouverture dans la parole\" du Premier ministre à propos de l'âge "
                        "pivot.")
    found(text, "CONSULT", "Edouard Philippe", "Laurent Berger", date)


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 14029 (rule sanction.condamner_à_une_peine; its evidence)
    ("2019-09-30", "La journaliste marocaine Hajar Raissouni, 28 ans, a été condamnée lundi à un an de prison ferme pour "
     "\"avortement illégal\" et \"relations sexuelles hors mariage\" par le tribunal de Rabat.", "tribunal de Rabat",
     "Hajar Raissouni"),
])
def test_a_sentence_to_a_penalty_is_a_sanction_and_no_criticism(nlp, date, text, source, target):
    """"condamnée à un an de prison par le tribunal": the court sanctions; the quoted charges are no criticism by the
    one sentenced (a quote whose cue is a deed states no ACCUSE)."""
    doc, evs = events(text, date)
    assert found(text, "SANCTION", source, target, date)
    assert not [e for e in evs if e.type == "ACCUSE"], [(e.type, names(doc, e.source), names(doc, e.target))
                                                         for e in evs]


@pytest.mark.parametrize("date, text", [
    # OrangeSum 15565
    ("2019-06-21", "En déplacement à Nice ce vendredi 21 juin, le ministre de l'Intérieur Christophe Castaner a critiqué "
     "un mauvais procès de la mairie de Paris à l'encontre de la place Beauvau. Au cours de son déplacement, le ministre de l'Intérieur a également été interpellé par le député des "
     "Alpes-Maritimes Eric Ciotti, au sujet des budgets alloués à la police."),
    # OrangeSum 12155
    ("2020-05-06", "Attaqué mercredi par l'opposition sur le lourd bilan du nouveau coronavirus au Royaume-Uni, le "
     "Premier ministre Boris Johnson a promis de dévoiler une stratégie de déconfinement qui pourrait commencer dès "
     "lundi, tout en disant vouloir éviter un deuxième pic. \"Comment a-t-on pu en arriver là ?\", a interrogé le nouveau leader du Parti travailliste Keir "
     "Starmer, qui interpellait pour la première fois le chef du gouvernement au Parlement depuis son élection, début "
     "avril, à la tête de sa formation."),
])
def test_a_person_who_interpellates_questions_and_arrests_no_one(nlp, date, text):
    """"interpeller" is an arrest by a state (its police; frame doers GPE); a deputy (or his party) who interpellates
    a minister questions him."""
    doc, evs = events(text, date)
    assert not [e for e in evs if e.type == "COERCE"], [(e.type, names(doc, e.source), names(doc, e.target))
                                                         for e in evs]


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 34262: no doer among the "de" complements, the state left; the light verb's subject withdraws
    ("2020-09-09", "Un haut responsable de l'administration Trump a également indiqué aux journalistes que le président "
     "américain annoncerait prochainement des retraits d'Afghanistan où les Etats-Unis disposent de 8.600 militaires.",
     "Trump", "Afghanistan"),
    # OrangeSum 10260
    ("2020-01-30", "Deux jours avant le Brexit, le Parlement européen a ratifié à une écrasante majorité, le traité de "
     "retrait du Royaume-Uni de l'UE, avant des adieux aux députés britanniques sur l'air de \"Ce n'est qu'un au "
     "revoir\".", "Royaume-Uni", "UE"),
])
def test_a_state_without_article_after_a_withdrawal_is_the_place_left(nlp, date, text, source, target):
    """"des retraits d'Afghanistan" (a state after a bare "d'") against "du Royaume-Uni" (the doer)."""
    found(text, "RETREAT", source, target, date)


def test_a_withdrawal_in_favour_of_someone_leaves_no_one(nlp):
    """OrangeSum 31: "le retrait de Martine Vassal au profit du député Guy Teissier": she withdraws; "au profit de"
    is no place left, and she is not what is left."""
    text = ("Coup de tonnerre jeudi dans la course à la succession de Jean-Claude Gaudin à Marseille: quelques heures à "
            "peine après le retrait de Martine Vassal au profit du député Guy Teissier, un deuxième élu LR, Lionel "
            "Royer-Perreaut, a annoncé sa candidature.")
    doc, evs = events(text, "2020-07-02")
    assert not [e for e in evs if e.type == "RETREAT"], [(names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("date, text, requester, asked", [
    # OrangeSum 10750: "exhortant Téhéran à libérer": the release is asked for
    ("2020-05-16", "La France, par la voix du chef de la diplomatie Jean-Yves Le Drian, a condamné \"avec la plus grande "
     "fermeté\" ce verdict, exhortant Téhéran à libérer \"immédiatement\" Mme Adelkhah et réclamant \"un accès "
     "consulaire\".", "France", "Téhéran"),
    # OrangeSum 5994
    ("2020-06-08", "L'Iran a offert à plusieurs reprises un échange global croisé de prisonniers avec les Etats-Unis."
     "Lundi encore, Ali Rabii, le porte-parole du gouvernement, a appelé les États-Unis à libérer tous les Iraniens "
     "détenus par Washington.", "Ali Rabii", "Etats-Unis"),
])
def test_a_deed_a_request_asks_for_is_not_done(nlp, date, text, requester, asked):
    """"a appelé X à libérer Y": the infinitive of a request names what is asked, not a deed (RETREAT) done by
    the requester; the request itself stays."""
    doc, evs = events(text, date)
    assert not [e for e in evs if e.type == "RETREAT"], [(e.type, names(doc, e.source)) for e in evs]
    found(text, "REQUEST", requester, asked, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 11341
    ("2019-12-19", "Alors oui, il faut changer l'OTAN », préconise-t-il. Parmi les mesures à prendre, il encourage la "
     "France à prendre ses distances avec la Turquie.", "REJECT", "France", "Turquie"),
    # OrangeSum 12840
    ("2019-11-03", "De son côté, le vice-président du RN Jordan Bardella a accusé Jean-Luc Mélenchon de se rallier au "
     "Collectif contre l'islamophobie en France (CCIF) qui est, selon lui, \"une organisation islamiste\".",
     "SUPPORT", "Jean-Luc Mélenchon", "Collectif contre l'islamophobie"),
])
def test_the_object_of_a_verb_of_object_control_is_the_source(nlp, date, text, kind, source, target):
    """"il encourage la France à prendre ses distances avec la Turquie": the deed of the infinitive is the object's."""
    found(text, kind, source, target, date)
