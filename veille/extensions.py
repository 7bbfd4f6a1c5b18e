"""Doc extension attributes that carry Veille's results from component to component."""
from __future__ import annotations

from spacy.tokens import Doc

#: name -> default; list defaults are replaced per Doc by the components that fill them.
DOC_EXTENSIONS = {
    "pub_date": None,      # datetime.date of publication, set before the pipeline runs
    "text": None,          # the article text, kept by spans.text_of (spaCy rebuilds doc.text on every access)
    "lang": None,          # detected language code ("fr", "en", ...)
    "mentions": None,      # list[Mention-like candidates] from the entities component
    "entities": None,      # list[record.Entity], canonical, with ids e1, e2...
    "roles": None,         # list[record.Role]
    "quotes": None,        # list[record.Quote]
    "events": None,        # list[record.Event]
    "dates": None,         # list[record.DateExpr]
}


def register() -> None:
    """Register every Veille Doc extension once (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
