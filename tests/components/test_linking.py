"""Entity linking to the bundled knowledge base: the seed, real sentences, and the rules of link()."""
from __future__ import annotations

import pytest

from veille.components.linking import link
from veille.record import Entity, Mention


def kb_ids(record) -> dict[str, str]:
    """Entity name -> kb id of a record's linked entities."""
    return {e.name: e.kb["id"] for e in record.entities if e.kb}


def test_seed_links_the_pact_the_iom_the_agenda_and_the_observatory(seed_record):
    ids = kb_ids(seed_record)
    assert ids["Pacte mondial sur les migrations"] == "gcm"
    assert ids["Organisation internationale pour les migrations"] == "iom"
    assert ids["Agenda africain sur les migrations"] == "african-agenda-migration"
    assert ids["Observatoire africain pour la migration"] == "amo"
    pact = next(e for e in seed_record.entities if e.kb and e.kb["id"] == "gcm")
    assert pact.kb == {"id": "gcm", "name_fr": "Pacte mondial pour des migrations sûres, ordonnées et régulières",
                       "name_en": "Global Compact for Safe, Orderly and Regular Migration"}
    assert not any(e.kb for e in seed_record.entities if e.type in ("PER", "GPE", "LOC"))


def test_seed_record_serialises_kb_only_when_linked(seed_record):
    ents = seed_record.to_dict()["entities"]
    assert all(("kb" in e) == (e["type"] in ("ORG", "POLICY", "EVENT") and e["name"] in kb_ids(seed_record))
               for e in ents)


def test_english_names_and_acronyms_in_real_text(nlp):
    import veille

    rec = veille.extract("Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a salué mardi l'adoption "
                         "par l'Assemblée générale du Pacte mondial sur les réfugiés. Frontex a de son côté "
                         "publié ses chiffres annuels.", date="2018-12-18")
    ids = set(kb_ids(rec).values())
    assert {"unhcr", "gcr", "frontex"} <= ids


def ent(ident: str, etype: str, name: str, *forms: str, country: str | None = None, n: int = 1) -> Entity:
    """An entity with `n` name mentions of its name and one of each other form."""
    mentions = [Mention(0, len(name), "name", name) for _ in range(n)] + [Mention(0, len(f), "name", f) for f in forms]
    return Entity(id=ident, type=etype, name=name, country=country, mentions=mentions)


@pytest.mark.parametrize("name, expected", [
    ("ORGANISATION INTERNATIONALE POUR LES MIGRATIONS", "iom"),
    ("organisation internationale pour les migrations", "iom"),
    ("International Organization for Migration", "iom"),
    ("Global Compact for Migration", "gcm"),
    ("Pacte de Marrakech", "gcm"),
    ("Conseil d'Etat", "fr-council-of-state"),
    ("Banque centrale europeenne", "ecb"),
])
def test_any_language_accents_and_case_folded(name, expected):
    e = ent("e1", "ORG", name)
    link([e])
    assert e.kb["id"] == expected


def test_a_mention_or_alias_links_when_the_name_does_not():
    e = ent("e1", "ORG", "Organisation onusienne des migrations", "OIM")
    link([e])
    assert e.kb["id"] == "iom"


def test_people_and_places_are_never_linked():
    people = [ent("e1", "PER", "Interpol"), ent("e2", "GPE", "Union européenne")]
    link(people)
    assert all(e.kb is None for e in people)


def test_unknown_names_stay_unlinked():
    e = ent("e1", "ORG", "Association des pêcheurs de Douarnenez")
    link([e])
    assert e.kb is None


def test_a_generic_head_takes_the_entry_named_in_full_in_the_article():
    full, head = ent("e1", "POLICY", "Pacte mondial sur les migrations"), ent("e2", "POLICY", "Pacte")
    lone = ent("e3", "POLICY", "Pacte")
    link([full, head])
    link([lone])
    assert head.kb["id"] == "gcm" and lone.kb is None


def test_a_generic_head_shared_by_two_linked_entries_is_left_alone():
    entities = [ent("e1", "POLICY", "Pacte mondial sur les migrations"), ent("e2", "POLICY", "Pacte vert pour l'Europe"),
                ent("e3", "POLICY", "Pacte")]
    link(entities)
    assert entities[2].kb is None


def test_a_shared_form_is_settled_by_the_states_the_article_names():
    ministry = ent("e1", "ORG", "ministère de l'Intérieur")
    link([ministry, ent("e2", "GPE", "Maroc", country="MA", n=3), ent("e3", "GPE", "France", country="FR")])
    assert ministry.kb["id"] == "ma-interior"
    french = ent("e1", "ORG", "ministère de l'Intérieur")
    link([french])
    assert french.kb["id"] == "fr-interior"  # no state named: the default scope
    foreign = ent("e1", "ORG", "ministère de l'Intérieur")
    link([foreign, ent("e2", "GPE", "Turquie", country="TR", n=2)])
    assert foreign.kb is None  # an article about Turkey: neither France's nor Morocco's
    beside = ent("e1", "ORG", "ministère de l'Intérieur")
    link([beside, ent("e2", "GPE", "Ukraine", country="UA", n=4), ent("e3", "GPE", "France", country="FR", n=3)])
    assert beside.kb["id"] == "fr-interior"
    own = ent("e1", "ORG", "ministère de l'Intérieur", country="MA")
    link([own, ent("e2", "GPE", "France", country="FR", n=5)])
    assert own.kb["id"] == "ma-interior"  # the entity's own country first


def test_another_states_body_by_a_generic_name_needs_that_state_in_the_article():
    court = ent("e1", "ORG", "Tribunal constitutionnel")
    link([court, ent("e2", "GPE", "Pologne", country="PL")])
    assert court.kb is None
    court = ent("e1", "ORG", "Tribunal constitutionnel")
    link([court, ent("e2", "GPE", "Espagne", country="ES")])
    assert court.kb["id"] == "es-constitutional-court"
    house = ent("e1", "ORG", "Maison Blanche")  # a proper name needs no context
    link([house])
    assert house.kb["id"] == "us-white-house"
