"""Entity linking: the knowledge-base entry (``veille/kb.py``) each entity names, as ``Entity.kb``.

An ORG, POLICY, EVENT or MISC entity is linked when one of its designations (name first, then
aliases and name/acronym mentions, longest first) is a form of exactly one entry. A form that
several entries share on purpose ("ministère de l'Intérieur": France's and Morocco's) is settled
by the entity's country, else by the states the article names most, else by ``default_scope``
(the state whose institutions French-language news names bare), unless the article names another
state more than ``1 / default_share`` times as often as that one (a Turkish ministry of the Interior
in an article about Turkey is not France's). A generic form of another state's body ("Tribunal
constitutionnel": no capital after its first word) links only in an article that names that state
(Spain's court in an article about Spain, not in one about Poland). A generic head left alone
("le Pacte", "l'Observatoire") takes the entry of the one linked entity of the article whose
name starts with that word.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from veille import extensions  # noqa: F401
from veille import kb
from veille.component import Component
from veille.normalize import norm
from veille.record import Entity

LINKABLE = ("ORG", "POLICY", "EVENT", "MISC")
_FORM_KINDS = ("name", "acronym")


def designations(ent: Entity) -> list[str]:
    """The entity's name, then its other names and name/acronym mention texts, longest first."""
    others = {f for f in (*ent.aliases, *(m.text for m in ent.mentions if m.kind in _FORM_KINDS)) if f}
    return [ent.name, *sorted(others - {ent.name}, key=lambda f: (-len(f), f))]


def country_weights(entities: list[Entity]) -> Counter:
    """ISO code -> how many mentions the article's states and places (GPE and LOC entities) have."""
    weights: Counter = Counter()
    for e in entities:
        if e.type in ("GPE", "LOC") and e.country:
            weights[e.country] += len(e.mentions)
    return weights


def settle(found: list[kb.Entry], ent: Entity, weights: Counter, default_scope: str,
           default_share: float) -> kb.Entry | None:
    """One entry among those an ambiguous form designates, or None."""
    if len(found) == 1:
        return found[0]
    if ent.country:
        mine = [e for e in found if e.country == ent.country]
        return mine[0] if len(mine) == 1 else None
    best = max((weights[e.country] for e in found if e.country), default=0)
    if best:
        top = [e for e in found if e.country and weights[e.country] == best]
        return top[0] if len(top) == 1 else None
    if weights and weights[default_scope] < default_share * max(weights.values()):
        return None
    fallback = [e for e in found if e.country == default_scope]
    return fallback[0] if len(fallback) == 1 else None


def generic(form: str) -> bool:
    """A name of several words none of which but the first is capitalised ("Tribunal suprême")."""
    words = form.split()
    return len(words) > 1 and not any(w[:1].isupper() for w in words[1:])


def entry_of(ent: Entity, weights: Counter, default_scope: str, default_share: float) -> kb.Entry | None:
    """The entry the entity names, or None."""
    for form in designations(ent):
        found = kb.lookup(form)
        if found:
            entry = settle(found, ent, weights, default_scope, default_share)
            foreign = entry is not None and entry.country not in (None, default_scope, ent.country)
            if foreign and generic(form) and not weights[entry.country]:
                return None
            return entry
    return None


def _head(name: str) -> str:
    """The first word of a name after norm() ("pacte" of "le Pacte mondial ...")."""
    words = norm(name).split()
    return words[0] if words else ""


def link(entities: list[Entity], default_scope: str = "FR", default_share: float = 0.5) -> None:
    """Set ``kb`` on every entity of an article that names a knowledge-base entry."""
    weights = country_weights(entities)
    linked: dict[str, kb.Entry] = {}
    alone: list[Entity] = []
    for ent in entities:
        if ent.type not in LINKABLE:
            continue
        entry = entry_of(ent, weights, default_scope, default_share)
        if entry is None:
            alone.append(ent)
            continue
        ent.kb = entry.link()
        linked[ent.id] = entry
    heads: dict[str, set[str]] = {}
    for ent in entities:
        if ent.id in linked:
            heads.setdefault(_head(ent.name), set()).add(linked[ent.id].id)
    for ent in alone:
        words = norm(ent.name).split()
        ids = heads.get(words[0], set()) if len(words) == 1 else set()
        if len(ids) == 1:
            ent.kb = kb.get(next(iter(ids))).link()


@Language.factory("veille_linking", assigns=["doc._.entities"], requires=["doc._.entities"],
                  default_config={"default_scope": "FR", "default_share": 0.5})
def make_linking(nlp: Language, name: str, default_scope: str, default_share: float) -> "Linker":
    """Factory of the entity linker (loads the knowledge base now, once per process)."""
    kb.entries()
    return Linker(default_scope, default_share)


class Linker(Component):
    """Sets ``kb`` on the entities of ``doc._.entities``."""

    def __init__(self, default_scope: str, default_share: float):
        self.default_scope, self.default_share = default_scope, default_share

    def process(self, doc: Doc) -> Doc:
        link(doc._.entities or [], self.default_scope, self.default_share)
        return doc
