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
from dataclasses import asdict, dataclass
from typing import Iterable, Iterator, Sequence

from sqlalchemy import Connection, bindparam, func, insert, select, update

from veille.normalize import norm
from veille.record import Entity
from veille.store.schema import aliases, entities, entity_kb

_FORM_KINDS = ("name", "acronym")
#: Values bound in one ``IN (...)`` list (SQLite allows 32,766 variables a statement).
_IN_CHUNK = 5000
#: Ids given to entities created by a :class:`Resolver` until they are written: above any real id, in
#: creation order, so that "the first by id" picks what the database would.
_NEW = 1 << 62


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


def _chunks(values: Iterable, size: int = _IN_CHUNK) -> Iterator[list]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]


@dataclass
class _Known:
    """What identity needs of a knowledge-base entity."""

    type: str
    name: str
    country: str | None


class Resolver:
    """Identity for many record entities at once, in ``conn``'s transaction (a writer's: see ``writing``).

    The part of the knowledge base the entities can join (the entities having one of their forms, the
    GPEs of their countries, those linked to their entries) is read in a few queries; each
    :meth:`resolve` then decides in memory, seeing the entities created and enriched by the previous
    ones, exactly as resolving them one by one against the database would; :meth:`write` stores
    the new entities, aliases and links in one statement per table.
    """

    def __init__(self, conn: Connection, ents: Iterable[Entity]) -> None:
        ents = list(ents)
        self.conn = conn
        self.known: dict[int, _Known] = {}
        self.by_form: dict[str, set[int]] = {}
        self.gpe: dict[str, int] = {}  # country code -> the first GPE of that country
        self.kb_entity: dict[str, int] = {}
        self.kb_of: dict[int, str] = {}
        self.new = 0  # entities created
        self.changed: set[int] = set()
        self.new_aliases: list[dict] = []
        self.new_links: list[dict] = []
        keys = {k for e in ents for k in forms(e)}
        for chunk in _chunks(keys):
            for r in conn.execute(select(aliases.c.entity_id, aliases.c.norm, entities.c.type, entities.c.name,
                                         entities.c.country).join(entities, entities.c.id == aliases.c.entity_id)
                                  .where(aliases.c.norm.in_(chunk))):
                self.by_form.setdefault(r.norm, set()).add(r.entity_id)
                self.known[r.entity_id] = _Known(r.type, r.name, r.country)
        for chunk in _chunks({e.country for e in ents if e.country}):
            self.gpe.update(conn.execute(select(entities.c.country, func.min(entities.c.id))
                                         .where(entities.c.type == "GPE", entities.c.country.in_(chunk))
                                         .group_by(entities.c.country)).all())
        for chunk in _chunks({e.kb["id"] for e in ents if e.kb and e.kb.get("id")}):
            self.kb_entity.update(conn.execute(select(entity_kb.c.kb_id, entity_kb.c.entity_id)
                                               .where(entity_kb.c.kb_id.in_(chunk))).all())
        for chunk in _chunks((set(self.gpe.values()) | set(self.kb_entity.values())) - set(self.known)):
            for r in conn.execute(select(entities.c.id, entities.c.type, entities.c.name, entities.c.country)
                                  .where(entities.c.id.in_(chunk))):
                self.known[r.id] = _Known(r.type, r.name, r.country)
        for chunk in _chunks(self.known):
            self.kb_of.update(conn.execute(select(entity_kb.c.entity_id, entity_kb.c.kb_id)
                                           .where(entity_kb.c.entity_id.in_(chunk))).all())

    def _candidates(self, type_: str, country: str | None, keys: Sequence[str]) -> list[tuple[int, str]]:
        """(id, name) of the entities of a type, country-consistent, having one of the forms, by id."""
        ids = sorted(set().union(*(self.by_form.get(k, ()) for k in keys)))
        return [(i, self.known[i].name) for i in ids if self.known[i].type == type_
                and not (country and self.known[i].country and self.known[i].country != country)]

    def _match(self, entity: Entity, keys: dict[str, str]) -> int | None:
        """The knowledge-base entity the record entity is, or None when none is unambiguous."""
        if entity.type == "GPE" and entity.country:
            found = self.gpe.get(entity.country)
            if found is not None:
                return found
        name = norm(entity.name)
        strong = self._candidates(entity.type, entity.country, [name])
        if len(strong) > 1:
            exact = [c for c in strong if norm(c[1]) == name]
            return exact[0][0] if len(exact) == 1 else None
        if strong:
            return strong[0][0]
        weak = [c for c in self._candidates(entity.type, entity.country, [k for k in keys if k != name])
                if _compatible(c[1], entity.name, keys)]
        return weak[0][0] if len(weak) == 1 else None

    def _set_country(self, ident: int, country: str) -> None:
        known = self.known[ident]
        known.country = country
        if known.type == "GPE" and (country not in self.gpe or ident < self.gpe[country]):
            self.gpe[country] = ident

    def resolve(self, entity: Entity) -> int:
        """The knowledge-base id of a record entity (provisional for a new one until :meth:`write`)."""
        keys = forms(entity)
        kb_id = (entity.kb or {}).get("id")
        found = self.kb_entity.get(kb_id) if kb_id else None
        if found is None:
            found = self._match(entity, keys)
            if found is not None and kb_id and self.kb_of.get(found) not in (None, kb_id):
                found = None
        if found is None:
            found = _NEW + self.new
            self.new += 1
            self.known[found] = _Known(entity.type, entity.name.strip(), None)
            if entity.country:
                self._set_country(found, entity.country)
        else:
            known = self.known[found]
            old = norm(known.name)
            if old != norm(entity.name) and old in keys and len(entity.name.strip()) > len(known.name):
                known.name = entity.name.strip()
                self.changed.add(found)
            if known.country is None and entity.country:
                self._set_country(found, entity.country)
                self.changed.add(found)
        for k, v in keys.items():
            ids = self.by_form.setdefault(k, set())
            if found not in ids:
                ids.add(found)
                self.new_aliases.append({"entity_id": found, "norm": k, "alias": v})
        if kb_id and found not in self.kb_of:
            self.kb_of[found] = kb_id
            self.kb_entity[kb_id] = found
            self.new_links.append({"entity_id": found, "kb_id": kb_id})
        return found

    def write(self) -> dict[int, int]:
        """Store what the resolutions created or changed; returns provisional id -> stored id."""
        conn = self.conn
        real: dict[int, int] = {}
        if self.new:
            rows = [asdict(self.known[_NEW + i]) for i in range(self.new)]
            made = conn.execute(insert(entities).returning(entities.c.id, sort_by_parameter_order=True),
                                rows).scalars().all()
            real = {_NEW + i: ident for i, ident in enumerate(made)}
        changed = [{"eid": i, "ename": self.known[i].name, "ecountry": self.known[i].country}
                   for i in sorted(self.changed) if i < _NEW]
        if changed:
            conn.execute(update(entities).where(entities.c.id == bindparam("eid"))
                         .values(name=bindparam("ename"), country=bindparam("ecountry")), changed)
        if self.new_aliases:
            conn.execute(insert(aliases), [{**a, "entity_id": real.get(a["entity_id"], a["entity_id"])}
                                           for a in self.new_aliases])
        if self.new_links:
            conn.execute(insert(entity_kb), [{**a, "entity_id": real.get(a["entity_id"], a["entity_id"])}
                                             for a in self.new_links])
        return real


def resolve(conn: Connection, entity: Entity) -> int:
    """The knowledge-base id of a record entity, creating or enriching the entity (in ``conn``'s transaction)."""
    resolver = Resolver(conn, [entity])
    found = resolver.resolve(entity)
    return resolver.write().get(found, found)
