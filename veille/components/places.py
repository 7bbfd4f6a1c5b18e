"""Places: ISO country codes on states, country and coordinates on cities.

GPE entities carry their ISO 3166-1 alpha-2 code from the state gazetteer. LOC
entities are looked up in GeoNames (:func:`veille.gazetteer.find_city`): an unambiguous
name gets its country and coordinates; an ambiguous one the most populous match, with
lower confidence.
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille import extensions  # noqa: F401
from veille import gazetteer
from veille.component import register


def locate(entities) -> None:
    """Set country codes and coordinates on the entities, in place."""
    for ent in entities:
        if ent.type == "GPE" and not ent.country:
            country = gazetteer.country_by_name(ent.name)
            ent.country = country.code if country else None
        elif ent.type == "LOC":
            found = gazetteer.find_city(ent.name)
            if found:
                city, conf = found
                ent.country, ent.latitude, ent.longitude = city.country, city.latitude, city.longitude
                ent.confidence = min(ent.confidence, max(conf, 0.5)) if conf < 0.9 else ent.confidence


def fill_places(doc: Doc) -> None:
    """Country codes and coordinates on ``doc._.entities``."""
    locate(doc._.entities or [])


def _load_cities() -> None:
    """Builds the city index (once per process, when the pipe is made)."""
    gazetteer.find_city("Paris")


register("veille_places", fill_places, assigns=["doc._.entities"], requires=["doc._.entities"], prepare=_load_cities)
