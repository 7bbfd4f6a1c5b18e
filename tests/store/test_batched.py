"""Batched storage (``store_many``, ``identity.Resolver``) writes what storing one record at a time writes."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text

from tests.kb import backend_url
from veille.record import Cue, DocInfo, Entity, Event, Mention, Quote, Record, Role, Theme, Trigger
from veille.store import open_store
from veille.store.identity import Resolver, resolve
from veille.store.ingest import store, store_many
from veille.store.schema import TABLES, entities

#: Names that share forms (surnames, acronyms), countries and knowledge-base entries in every way identity
#: distinguishes: merges, ambiguities, renames to a longer name, countries filled, conflicting links.
PEOPLE = [("Macron", ()), ("Emmanuel Macron", ("Macron",)), ("Brigitte Macron", ("Macron",)), ("macron", ()),
          ("Ahmed Ali", ()), ("Le Drian", ()), ("Jean-Yves Le Drian", ("Le Drian",))]
ORGS = [("OIM", (), "Q1"), ("Organisation internationale pour les migrations", ("OIM",), "Q1"), ("IOM", (), "Q1"),
        ("ONU", (), "Q2"), ("Nations unies", ("ONU",), "Q2"), ("Jordan", (), None), ("OIM", (), "Q3")]
PLACES = [("Maroc", "MA"), ("Royaume du Maroc", "MA"), ("Rabat", None), ("Mali", "ML"), ("Jordan", None),
          ("Jordanie", "JO"), ("Maroc", None)]


def records(n: int, seed: int) -> list[Record]:
    """n records with random entities drawn from the pools, and every layer referring to them."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = f"Article {i} du tirage {seed}. " * 8
        ents = []
        for j in range(rng.randint(1, 6)):
            kind = rng.choice(("PER", "ORG", "GPE"))
            if kind == "PER":
                name, forms = rng.choice(PEOPLE)
                ent = Entity(f"e{j}", "PER", name, list(forms), country=rng.choice((None, None, "EG", "SD")))
            elif kind == "ORG":
                name, forms, kb = rng.choice(ORGS)
                ent = Entity(f"e{j}", "ORG", name, list(forms), kb={"id": kb} if kb and rng.random() < 0.7 else None)
            else:
                name, country = rng.choice(PLACES)
                ent = Entity(f"e{j}", "GPE", name, [], country=country)
            ent.mentions = [Mention(3 * j, 3 * j + 2, rng.choice(("name", "acronym", "pronoun")), name)]
            ents.append(ent)
        ids = [e.id for e in ents]
        rec = Record(DocInfo(f"d{seed}-{i}", date=f"2020-0{1 + i % 9}-1{i % 10}"), body, ents)
        rec.roles = [Role(rng.choice(ids), "ministre", organization=rng.choice(ids + [None]), start=1, end=5)]
        rec.quotes = [Quote(10 + k, 20 + k, "direct", speaker=rng.choice(ids + [None]), cue=Cue(0, 2, "dire"),
                            themes=rng.sample(["migration", "justice", "economy"], rng.randint(0, 2)))
                      for k in range(rng.randint(0, 3))]
        rec.events = [Event("CONSULT", rng.sample(ids, 1), rng.sample(ids, min(2, len(ids))), 5, 30,
                            trigger=Trigger(5, 9), location=rng.choice(ids + [None]))
                      for _ in range(rng.randint(0, 3))]
        rec.themes = [Theme("diplomacy", 0.5)] if i % 2 else []
        out.append(rec)
    return out


def dump(engine) -> dict[str, list[tuple]]:
    """Every table's rows, in key order, ids included."""
    with engine.connect() as conn:
        return {t.name: sorted(tuple(map(str, r)) for r in conn.execute(select(*t.columns))) for t in TABLES}


@pytest.fixture(params=("sqlite", "postgresql"))
def two_stores(request, tmp_path):
    urls = [backend_url(request.param, tmp_path / name) for name in ("a", "b")]
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    engines = [open_store(next(u)) for u in urls]
    yield engines
    for engine, u in zip(engines, urls):
        engine.dispose()
        u.close()


def test_store_many_writes_what_store_writes_one_by_one(two_stores):
    one_by_one, batched = two_stores
    for seed in (1, 2):  # the second round meets the entities of the first in the database
        recs = records(40, seed)
        if seed == 2:  # a repeat inside the batch, stored once (last: PostgreSQL spends a serial on a conflict)
            recs.append(recs[1])
        with one_by_one.begin() as conn:
            singles = [store(conn, rec) for rec in recs]
        with batched.begin() as conn:
            many = store_many(conn, recs)
        assert many == singles
        assert None not in many[:40]
    assert many[-1] is None
    a, b = dump(one_by_one), dump(batched)
    assert a == b
    assert len(a["entities"]) > 10 and a["entity_kb"] and a["event_actors"] and a["quote_themes"]


def test_store_many_skips_texts_already_stored(two_stores):
    engine, _ = two_stores
    recs = records(5, 3)
    with engine.begin() as conn:
        first = store_many(conn, recs[:3])
    with engine.begin() as conn:
        again = store_many(conn, recs)
        n = conn.execute(text("SELECT count(*) FROM documents")).scalar()
    assert None not in first and again[:3] == [None, None, None] and None not in again[3:5]
    assert n == 5


def test_resolver_sees_its_own_new_entities(db_url):
    engine = open_store(db_url)
    short, full, again = Entity("e1", "PER", "Macron"), Entity("e2", "PER", "Emmanuel Macron", ["Macron"]), \
        Entity("e3", "PER", "macron")
    with engine.begin() as conn:
        resolver = Resolver(conn, [short, full, again])
        found = [resolver.resolve(e) for e in (short, full, again)]
        real = resolver.write()
        assert len(set(found)) == 1 and resolve(conn, Entity("e4", "PER", "Macron")) == real[found[0]]
        assert conn.execute(select(entities.c.name)).scalars().all() == ["Emmanuel Macron"]
