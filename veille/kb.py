"""The bundled knowledge base of institutions, policy frameworks and events (``lexicons/kb.tsv``).

Each entry has a stable id, a type (ORG, POLICY, EVENT), French and English names, acronyms,
aliases, a parent entry, a scope (ISO country code or region) and a start year. Where
``acronyms.tsv`` or ``organizations.tsv`` already know an entry (their French name is one of the
entry's forms, and no other entry's), their variants are added to the entry's aliases, so that
the gazetteers and the knowledge base are one source, never two disagreeing lists.

Lookups fold accents and case (``normalize.norm``), except for all-capital acronyms ("AN", "HAS",
"FAR"), which are matched as written (accents aside): folded, they would be French words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from veille import gazetteer, lexicons
from veille.normalize import norm, strip_accents, unify

TYPES = ("ORG", "POLICY", "EVENT")
REGIONS = ("world", "europe", "africa", "americas", "asia", "arab", "mediterranean")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CAPITALS = re.compile(r"^[A-Z0-9&+./-]*[A-Z][A-Z0-9&+./-]*$")


@dataclass(frozen=True)
class Entry:
    """One knowledge-base entry."""

    id: str
    type: str
    name_fr: str
    name_en: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    parent: str | None
    scope: str
    start: int | None
    ambiguous: frozenset[str]  # norm() of the forms another entry shares on purpose

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form: names, acronyms, aliases."""
        return tuple(f for f in (self.name_fr, self.name_en, *self.acronyms, *self.aliases) if f)

    @property
    def country(self) -> str | None:
        """The ISO code of the state the entry belongs to (None for international scopes)."""
        return self.scope if self.scope not in REGIONS else None

    def link(self) -> dict[str, str]:
        """The record's ``kb`` field."""
        return {"id": self.id, "name_fr": self.name_fr, "name_en": self.name_en}


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


def is_acronym(form: str) -> bool:
    """An all-capital spaceless form ("OIM", "G7", "CFE-CGC"): matched as written, not folded."""
    return " " not in form and bool(_CAPITALS.match(strip_accents(form)))


def key(form: str) -> str:
    """The lookup key of a written form: itself for an acronym (accents and dashes unified), else norm()."""
    form = " ".join(unify(form).split())
    return "=" + strip_accents(form) if is_acronym(form) else norm(form)


def _rows() -> list[Entry]:
    """The entries exactly as kb.tsv writes them."""
    out = []
    for r in lexicons.table("kb.tsv"):
        ambiguous = frozenset(key(f) for f in _split(r["ambiguous"]))
        out.append(Entry(id=r["id"], type=r["type"], name_fr=r["name_fr"], name_en=r["name_en"],
                         acronyms=_split(r["acronyms_fr"]) + _split(r["acronyms_en"]), aliases=_split(r["aliases"]),
                         parent=r["parent"] or None, scope=r["scope"], start=int(r["start"]) if r["start"] else None,
                         ambiguous=ambiguous))
    return out


def lexicon_rows(entries: list[Entry]) -> dict[str, list[gazetteer.Known]]:
    """Entry id -> the gazetteer entries (acronyms.tsv, organizations.tsv) it stands for: those whose
    French name is a form of that entry and of no other."""
    owners: dict[str, set[str]] = {}
    for e in entries:
        for f in e.forms:
            owners.setdefault(key(f), set()).add(e.id)
    out: dict[str, list[gazetteer.Known]] = {}
    for known in gazetteer.known_entities():
        ids = owners.get(key(known.name), set())
        if len(ids) == 1:
            out.setdefault(next(iter(ids)), []).append(known)
    return out


@lru_cache(maxsize=None)
def entries() -> dict[str, Entry]:
    """Every entry by id, with the variants the gazetteers know added to its aliases."""
    rows = _rows()
    extra = lexicon_rows(rows)
    out = {}
    for e in rows:
        own = {key(f) for f in e.forms}
        added = []
        for known in extra.get(e.id, []):
            for f in known.forms:
                if key(f) not in own:
                    own.add(key(f))
                    added.append(f)
        out[e.id] = Entry(**{**e.__dict__, "aliases": e.aliases + tuple(added)})
    return out


@lru_cache(maxsize=None)
def _index() -> dict[str, tuple[str, ...]]:
    """Lookup key -> ids of the entries having that form."""
    index: dict[str, list[str]] = {}
    for e in entries().values():
        for f in e.forms:
            ids = index.setdefault(key(f), [])
            if e.id not in ids:
                ids.append(e.id)
    return {k: tuple(v) for k, v in index.items()}


def lookup(form: str) -> list[Entry]:
    """The entries a written form designates (several only for forms marked ambiguous)."""
    return [entries()[i] for i in _index().get(key(form), ())] if form and form.strip() else []


def get(entry_id: str) -> Entry | None:
    """The entry of an id."""
    return entries().get(entry_id)


def find(name: str) -> list[Entry]:
    """Entries known by ``name`` (any form), else whose names contain it (folded), best first."""
    exact = lookup(name)
    if exact:
        return exact
    k = norm(name)
    if not k:
        return []
    return [e for e in entries().values() if any(k in norm(f) for f in e.forms if not is_acronym(f))]


def counts() -> dict[str, int]:
    """How many entries of each type."""
    out = {t: 0 for t in TYPES}
    for e in entries().values():
        out[e.type] = out.get(e.type, 0) + 1
    return out
