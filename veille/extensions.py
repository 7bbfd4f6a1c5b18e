"""Doc extension attributes that carry Veille's results from component to component.

Their values serialise with the Doc (``doc.to_bytes()``, ``DocBin``, ``nlp.pipe(n_process=...)``):
msgpack encoders registered here write Veille's dataclasses and dates as tagged maps, and the
decoders rebuild them; only dataclasses of the ``veille`` package are rebuilt.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from typing import Any, Callable

import srsly
from spacy.tokens import Doc

TAG = "__veille__"

#: name -> default; list defaults are replaced per Doc by the components that fill them.
DOC_EXTENSIONS = {
    "pub_date": None,      # datetime.date of publication, set before the pipeline runs
    "title": None,         # the article's title (str), set before the pipeline runs when known
    "text": None,          # the article text, kept by spans.text_of (spaCy rebuilds doc.text on every access)
    "quoted": None,        # the quoted character spans (pairs of offsets), paired once by marks.quoted
    "lang": None,          # detected language code ("fr", "en", ...)
    "mentions": None,      # list[Mention-like candidates] from the entities component
    "entities": None,      # list[record.Entity], canonical, with ids e1, e2...
    "roles": None,         # list[record.Role]
    "quotes": None,        # list[record.Quote]
    "events": None,        # list[record.Event]
    "dates": None,         # list[record.DateExpr]
    "themes": None,        # list[record.Theme]
}


def register() -> None:
    """Register every Veille Doc extension once (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def encode(obj: Any, chain: Callable | None = None) -> Any:
    """msgpack encoder: a Veille dataclass or a date as a tagged map (anything else to the next encoder)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type) and type(obj).__module__.startswith("veille."):
        cls = type(obj)
        return {TAG: f"{cls.__module__}:{cls.__qualname__}",
                "fields": {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}}
    if isinstance(obj, dt.date):
        return {TAG: "date", "iso": obj.isoformat()}
    return chain(obj) if chain is not None else obj


def decode(obj: Any, chain: Callable | None = None) -> Any:
    """msgpack decoder: the inverse of :func:`encode`."""
    tag = obj.get(TAG) if isinstance(obj, dict) else None
    if tag == "date":
        return dt.date.fromisoformat(obj["iso"])
    if isinstance(tag, str) and tag.startswith("veille."):
        module, _, name = tag.partition(":")
        cls = getattr(importlib.import_module(module), name)
        if not dataclasses.is_dataclass(cls):
            raise ValueError(f"not a Veille dataclass: {tag}")
        values = obj["fields"]
        return cls(**{f.name: _as_field(f, values[f.name]) for f in dataclasses.fields(cls)
                      if f.name in values and f.init})
    return chain(obj) if chain is not None else obj


def _as_field(f: dataclasses.Field, value: Any) -> Any:
    """msgpack gives arrays back as lists (as tuples in a DocBin): a field gets the sequence type it declares."""
    kind = str(f.type)
    if isinstance(value, (list, tuple)):
        return tuple(value) if kind.startswith("tuple") else list(value) if kind.startswith("list") else value
    return value


srsly.msgpack_encoders.register("veille", func=encode)
srsly.msgpack_decoders.register("veille", func=decode)


register()
