"""Cross-document identity: which knowledge-base entity a record's entity is.

An entity is known by the normalised forms of its name and aliases (``norm``). A record
entity joins a knowledge-base entity of the same type (never another type) when:

1. it is a GPE with an ISO country code, and the knowledge base has a GPE of that code;
2. else its full name is a known form of exactly one entity (or several, of which
   exactly one has that canonical name);
3. else one of its other forms (alias, surname, acronym) is a known form of exactly one
   entity whose canonical name is among the record's forms, or whose words are a subset
   of the record name's words (or the reverse): "Macron" then "Emmanuel Macron" merge,
   "Emmanuel Macron" and "Brigitte Macron" (sharing "Macron") do not.

An entity linked to the bundled knowledge base (``Entity.kb``) is first of all its entry: the
entity already stored with that ``kb`` id, whatever its name or type ("OIM", "IOM", "Organisation
internationale pour les migrations" are one); it never joins an entity linked to another entry.

Countries must agree when both are known. Otherwise a new entity is created. A match
accumulates the record's forms as aliases, fills a missing country, and takes the
record's name when the known name is one of its short forms ("Macron" -> "Emmanuel Macron").
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, insert, select, update

from veille.normalize import norm
from veille.record import Entity
from veille.store.schema import aliases, entities, entity_kb

_FORM_KINDS = ("name", "acronym")


def forms(entity: Entity) -> dict[str, str]:
    """The entity's designations, normalised form -> first surface form (name first)."""
    out: dict[str, str] = {}
    texts = [entity.name, *entity.aliases, *(m.text for m in entity.mentions if m.kind in _FORM_KINDS)]
    for t in texts:
        key = norm(t)
        if key and key not in out:
            out[key] = t.strip()
    return out


def _words(key: str) -> set[str]:
    return set(re.findall(r"\w+", key))


def _compatible(known_name: str, name: str, keys: dict[str, str]) -> bool:
    """Whether a known entity's canonical name can be a form of the record entity's."""
    known = norm(known_name)
    a, b = _words(known), _words(norm(name))
    return known in keys or (bool(a) and bool(b) and (a <= b or b <= a))


def _candidates(conn: Connection, type_: str, country: str | None, keys: list[str]) -> list[tuple[int, str]]:
    """(id, name) of the entities of a type, country-consistent, having one of the forms."""
    if not keys:
        return []
    q = (select(entities.c.id, entities.c.name, entities.c.country).distinct()
         .join(aliases, aliases.c.entity_id == entities.c.id)
         .where(entities.c.type == type_, aliases.c.norm.in_(keys)).order_by(entities.c.id))
    return [(r.id, r.name) for r in conn.execute(q) if not (country and r.country and r.country != country)]


def _match(conn: Connection, entity: Entity, keys: dict[str, str]) -> int | None:
    """The knowledge-base entity the record entity is, or None when none is unambiguous."""
    if entity.type == "GPE" and entity.country:
        found = conn.execute(select(entities.c.id).where(entities.c.type == "GPE",
                                                         entities.c.country == entity.country)
                             .order_by(entities.c.id)).scalar()
        if found is not None:
            return found
    name = norm(entity.name)
    strong = _candidates(conn, entity.type, entity.country, [name])
    if len(strong) > 1:
        exact = [c for c in strong if norm(c[1]) == name]
        return exact[0][0] if len(exact) == 1 else None
    if strong:
        return strong[0][0]
    weak = [c for c in _candidates(conn, entity.type, entity.country, [k for k in keys if k != name])
            if _compatible(c[1], entity.name, keys)]
    return weak[0][0] if len(weak) == 1 else None


def _kb_entity(conn: Connection, kb_id: str) -> int | None:
    """The stored entity linked to a knowledge-base entry."""
    return conn.execute(select(entity_kb.c.entity_id).where(entity_kb.c.kb_id == kb_id)).scalar()


def _kb_of(conn: Connection, entity_id: int) -> str | None:
    """The knowledge-base entry a stored entity is linked to."""
    return conn.execute(select(entity_kb.c.kb_id).where(entity_kb.c.entity_id == entity_id)).scalar()


def resolve(conn: Connection, entity: Entity) -> int:
    """The knowledge-base id of a record entity, creating or enriching the entity (in ``conn``'s transaction)."""
    keys = forms(entity)
    kb_id = (entity.kb or {}).get("id")
    found = _kb_entity(conn, kb_id) if kb_id else None
    if found is None:
        found = _match(conn, entity, keys)
        if found is not None and kb_id and _kb_of(conn, found) not in (None, kb_id):
            found = None
    if found is None:
        found = conn.execute(insert(entities).values(type=entity.type, name=entity.name.strip(),
                                                     country=entity.country)).inserted_primary_key[0]
        known: set[str] = set()
    else:
        row = conn.execute(select(entities.c.name, entities.c.country).where(entities.c.id == found)).one()
        changes = {}
        old = norm(row.name)
        if old != norm(entity.name) and old in keys and len(entity.name.strip()) > len(row.name):
            changes["name"] = entity.name.strip()
        if row.country is None and entity.country:
            changes["country"] = entity.country
        if changes:
            conn.execute(update(entities).where(entities.c.id == found).values(**changes))
        known = set(conn.execute(select(aliases.c.norm).where(aliases.c.entity_id == found)).scalars())
    new = [{"entity_id": found, "norm": k, "alias": v} for k, v in keys.items() if k not in known]
    if new:
        conn.execute(insert(aliases), new)
    if kb_id and _kb_of(conn, found) is None:
        conn.execute(insert(entity_kb).values(entity_id=found, kb_id=kb_id))
    return found
