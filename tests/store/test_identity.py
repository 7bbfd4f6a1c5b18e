"""Cross-document identity: when two articles' entities are one knowledge-base entity."""
from __future__ import annotations

import pytest

from veille.record import Entity
from veille.store import open_store
from veille.store.identity import resolve
from veille.store.schema import aliases, entities


@pytest.fixture
def engine(db_url):
    return open_store(db_url)


def ent(type_: str, name: str, aliases_: tuple[str, ...] = (), country: str | None = None) -> Entity:
    return Entity(id="e1", type=type_, name=name, aliases=list(aliases_), country=country)


def resolve_all(engine, *ents: Entity) -> list[int]:
    with engine.begin() as conn:
        return [resolve(conn, e) for e in ents]


def test_surname_then_full_name_merge_and_the_full_name_wins(engine):
    a, b, c = resolve_all(engine, ent("PER", "Macron"), ent("PER", "Emmanuel Macron", ("Macron",)),
                          ent("PER", "macron"))
    assert a == b == c
    with engine.connect() as conn:
        assert conn.execute(entities.select()).one().name == "Emmanuel Macron"
        forms = set(conn.execute(aliases.select().with_only_columns(aliases.c.norm)).scalars())
    assert forms == {"macron", "emmanuel macron"}


def test_names_differing_in_accents_case_apostrophes_and_articles_merge(engine):
    a, b = resolve_all(engine, ent("ORG", "l’Organisation internationale pour les migrations"),
                       ent("ORG", "Organisation Internationale pour les Migrations"))
    assert a == b


def test_two_people_sharing_a_surname_stay_apart(engine):
    emmanuel, brigitte, macron = resolve_all(
        engine, ent("PER", "Emmanuel Macron", ("Macron",)), ent("PER", "Brigitte Macron", ("Macron",)),
        ent("PER", "Macron"))
    assert emmanuel != brigitte
    assert macron not in (emmanuel, brigitte)  # ambiguous: not merged


def test_acronym_joins_the_full_name(engine):
    full, acronym = resolve_all(engine, ent("ORG", "Organisation internationale pour les migrations", ("OIM",)),
                                ent("ORG", "OIM"))
    assert full == acronym


def test_different_types_never_merge(engine):
    per, org = resolve_all(engine, ent("PER", "Jordan"), ent("GPE", "Jordan"))
    assert per != org


def test_gpe_keyed_by_country_code(engine):
    maroc, royaume, other = resolve_all(engine, ent("GPE", "Maroc", country="MA"),
                                        ent("GPE", "Royaume du Maroc", country="MA"), ent("GPE", "Mali", country="ML"))
    assert maroc == royaume != other


def test_conflicting_countries_do_not_merge(engine):
    a, b, c = resolve_all(engine, ent("PER", "Ahmed Ali", country="EG"), ent("PER", "Ahmed Ali", country="SD"),
                          ent("PER", "Ahmed Ali"))
    assert a != b
    assert c not in (a, b)  # unknown country: ambiguous, so not merged
