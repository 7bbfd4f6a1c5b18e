"""Roles: a named person tied to a title, one construction a test (real French sentences)."""
from __future__ import annotations

from veille.pipeline import parse
from veille.spans import entity_by_id


def roles(text, date=None):
    """(doc, roles) of a text through the full pipeline."""
    doc = parse(text, date)
    return doc, doc._.roles


def role_of(doc, roles, person):
    """The first role of the person with that canonical name (or None)."""
    return next((r for r in roles if entity_by_id(doc, r.person).name == person), None)


def name(doc, ident):
    """Canonical name of an entity id (None stays None)."""
    return entity_by_id(doc, ident).name if ident else None


def test_title_of_organisation_before_the_name(nlp):
    doc, rs = roles("Le directeur général de l'Organisation internationale pour les migrations, Antonio Vitorino, "
                    "a mis en avant les bons rapports avec le Maroc.")
    r = role_of(doc, rs, "Antonio Vitorino")
    assert r.title == "directeur général"
    assert name(doc, r.organization) == "Organisation internationale pour les migrations"
    assert doc.text[r.start:r.end].startswith("directeur général") and doc.text[r.start:r.end].endswith("Vitorino")


def test_title_apposed_after_the_name(nlp):
    doc, rs = roles("Antonio Vitorino, directeur général de l'Organisation internationale pour les migrations, "
                    "a rencontré la ministre.")
    r = role_of(doc, rs, "Antonio Vitorino")
    assert r.title == "directeur général"
    assert name(doc, r.organization) == "Organisation internationale pour les migrations"


def test_long_title_with_portfolios_keeps_its_commas(nlp):
    doc, rs = roles("A l'issue d'entretiens avec la ministre déléguée auprès du ministre des Affaires étrangères, "
                    "de la coopération africaine et des Marocains résidant à l'étranger, Nezha El Ouafi, "
                    "Antonio Vitorino a réitéré son soutien.")
    r = role_of(doc, rs, "Nezha El Ouafi")
    assert r.title == ("ministre déléguée auprès du ministre des Affaires étrangères, de la coopération "
                       "africaine et des Marocains résidant à l'étranger")
    assert role_of(doc, rs, "Antonio Vitorino") is None


def test_nationality_adjective_gives_the_country(nlp):
    doc, rs = roles("Elle a eu des entretiens avec le secrétaire d'Etat et vice-ministre norvégien des affaires "
                    "étrangères, Jens Frolich Holte.")
    r = role_of(doc, rs, "Jens Frolich Holte")
    assert r.title == "secrétaire d'Etat et vice-ministre norvégien des affaires étrangères"
    assert name(doc, r.country) == "Norvège"


def test_title_directly_before_the_name(nlp):
    doc, rs = roles("Le président français Emmanuel Macron a reçu dimanche son homologue.")
    r = role_of(doc, rs, "Emmanuel Macron")
    assert r.title == "président français"
    assert name(doc, r.country) == "France"


def test_former_role_keeps_ex(nlp):
    doc, rs = roles("L'ex-haut commissaire aux retraites, Jean-Paul Delevoye, a démissionné lundi.")
    r = role_of(doc, rs, "Jean-Paul Delevoye")
    assert r.title == "ex-haut commissaire aux retraites"
    assert r.former


def test_ancien_marks_a_former_role(nlp):
    doc, rs = roles("L'ancienne ministre de l'Environnement, Ségolène Royal, réfléchit à prendre la tête de liste.")
    r = role_of(doc, rs, "Ségolène Royal")
    assert r.title == "ancienne ministre de l'Environnement"
    assert r.former


def test_minister_in_charge_of_without_comma(nlp):
    doc, rs = roles("Le ministre chargé de la Ville et du Logement Julien Denormandie a répondu sur Twitter.")
    r = role_of(doc, rs, "Julien Denormandie")
    assert r.title == "ministre chargé de la Ville et du Logement"


def test_two_coordinated_titles_are_two_roles(nlp):
    doc, rs = roles("C'est là que Luigi Di Maio, vice-Premier ministre italien et leader du Mouvement 5 étoiles, "
                    "a rencontré une délégation.")
    titles = {r.title for r in rs if name(doc, r.person) == "Luigi Di Maio"}
    assert "vice-Premier ministre italien" in titles
    assert any(t.startswith("leader") for t in titles)


def test_title_of_an_earlier_named_person(nlp):
    doc, rs = roles("Antonio Vitorino a affirmé mardi que la migration était une chance. Le directeur général "
                    "de l'Organisation internationale pour les migrations se dit satisfait.")
    r = role_of(doc, rs, "Antonio Vitorino")
    assert r is not None and r.title == "directeur général"
    assert name(doc, r.organization) == "Organisation internationale pour les migrations"
    assert r.confidence < 0.8


def test_name_after_a_preposition_does_not_hold_the_title(nlp):
    doc, rs = roles("La perquisition visait un ancien assistant de Mme Goulard, Stéphane Thérou, en avril.")
    assert role_of(doc, rs, "Sylvie Goulard") is None
    r = role_of(doc, rs, "Stéphane Thérou")
    assert r is not None and r.title.startswith("ancien assistant")


def test_no_role_without_a_title(nlp):
    doc, rs = roles("Emmanuel Macron a reçu Cédric Villani à l'Élysée dimanche.")
    assert rs == []
