"""Gazetteer lookups: a state's top offices and who held them."""
from __future__ import annotations

import re
from datetime import date

import pytest

from veille import gazetteer
from veille.normalize import norm


@pytest.mark.parametrize("form, office, country", [
    ("président", "head_of_state", None),
    ("chef de l'État", "head_of_state", None),
    ("président de la République", "head_of_state", "FR"),
    ("président américain", "head_of_state", "US"),
    ("Premier ministre", "head_of_government", None),
    ("première ministre britannique", "head_of_government", "GB"),
    ("chancelière allemande", "head_of_government", "DE"),
    ("président du Sénat", "senate_president", "FR"),
    ("ministre de l'Intérieur", "interior_minister", None),
    ("chef de la diplomatie russe", "foreign_minister", "RU"),
])
def test_office_of_a_description(form, office, country):
    assert gazetteer.office_of(form) == gazetteer.Office(office, country)


@pytest.mark.parametrize("form", ["président du groupe centriste", "ministre de la Ville",
                                  "président de la République américain", "directeur général"])
def test_other_titles_are_no_top_office(form):
    assert gazetteer.office_of(form) is None


def test_holders_on_a_date():
    prime_minister = gazetteer.Office("head_of_government", "FR")
    assert gazetteer.office_holders(prime_minister, date(2019, 1, 27)) == {norm("Edouard Philippe")}
    assert gazetteer.office_holders(prime_minister, date(2016, 1, 1)) == {norm("Manuel Valls")}
    assert norm("Lionel Jospin") in gazetteer.office_holders(prime_minister, None)


def test_holders_of_any_state_without_a_country():
    holders = gazetteer.office_holders(gazetteer.Office("head_of_state", None), date(2019, 6, 1))
    assert {norm("Emmanuel Macron"), norm("Donald Trump"), norm("Vladimir Poutine")} <= holders
    assert norm("François Hollande") not in holders


def test_former_holders_are_those_whose_term_had_ended():
    head_of_state = gazetteer.Office("head_of_state", "FR")
    former = gazetteer.office_holders(head_of_state, date(2019, 10, 1), former=True)
    assert {norm("Jacques Chirac"), norm("Nicolas Sarkozy"), norm("François Hollande")} <= former
    assert norm("Emmanuel Macron") not in former


#: (article, sentence) pairs from OrangeSum outside the gold, one noun of each epicene ending with a masculine
#: determiner in one article and a feminine one in another
EPICENE_EVIDENCE = {
    "journaliste": (("366", "Avant, on ne souriait jamais\", raconte-t-il à un journaliste de l'AFP embarqué à bord de "
                             "l'Ocean Viking."),
                    ("11", "En 2011, une journaliste de Vanity Fair la décrivait comme une personnalité \"des plus "
                           "intéressantes, des plus vivaces, la personne la plus originale qui soit\".")),
    "secrétaire": (("8", "Le texte appelle en outre le secrétaire d'Etat américain à coordonner l'accueil de"),
                   ("614", "ce rôle n'allait pas \"au-delà de la transmission physique (du courrier) à la secrétaire\", "
                           "a estimé la présidente du tribunal, rapporte Franceinfo.")),
    "psychologue": (("17377", "Un panneau offert par un psychologue italien à qui le pape François avait promis d'en "
                              "faire bon usage."),
                    ("568", "Quand il était en coma artificiel, la psychologue faisait écouter à ce fils unique des "
                            "messages d'affection de ses proches.")),
    "psychiatre": (("10576", "L'isolement peut alors être perçu comme un \"confinement volontaire\", selon le "
                             "psychiatre, et celui-ci peut même être mis à profit en termes de réflexion sur soi-même."),
                   ("16377", "Plus d'une dizaine d'élus démocrates (et un républicain) ont ainsi consulté en décembre "
                             "une psychiatre de l'université Yale qui s'interroge publiquement sur la dégradation "
                             "mentale du président.")),
    "photographe": (("4256", "la police avait déjà bouclé la zone où a pris place l'exhumation des corps, dans le "
                             "quartier de Sahafa, au sud de la capitale, a constaté un photographe de l'AFP."),
                    ("6045", "la photographe poursuit son travail, dont le rythme a été affecté par la pandémie.")),
    "démocrate": (("632", "Et le démocrate d'affirmer qu'il avait aussi \"hâte\" de participer aux trois débats prévus "
                          "à la rentrée."),
                  ("11014", "trois autres élus ont vendu des actions juste avant que la crise n'éclate: les "
                            "républicains Kelly Loeffler et James Inhofe, ainsi que la démocrate Dianne Feinstein.")),
    "internaute": (("6492", "Arrêtez d'associer Bagdad au chaos\", rétorque un internaute irakien agacé."),
                   ("16994", "tu as désormais une nouvelle maman fan à Portland dans l'Oregon\", a par exemple écrit "
                             "une internaute sur le réseau social.")),
    "pédophile": (("6960", "Le suspect est un pédophile multirécidiviste"),
                  ("18363", "sur un site pornographique où elle se faisait passer pour une pédophile.")),
}


def test_every_epicene_ending_is_shown_with_both_genders_in_two_articles():
    """epicene_endings.txt: each ending has a noun the corpus writes with "le/un" in one article and "la/une" in
    another; gazetteer.epicene reads them all, and none of the nouns with a form for each gender ("élu", "élue")."""
    for ending in gazetteer.epicene_endings():
        noun = next(n for n in EPICENE_EVIDENCE if n.endswith(ending))
        (a_m, masculine), (a_f, feminine) = EPICENE_EVIDENCE[noun]
        assert a_m != a_f and gazetteer.epicene(noun)
        assert re.search(rf"\b(le|un) {noun}\b", masculine) and re.search(rf"\b(la|une) {noun}\b", feminine), noun
    assert not any(gazetteer.epicene(w) for w in ("élu", "élue", "président", "présidente", "militant", "avocate"))
