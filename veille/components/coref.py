"""Coreference: pronouns and descriptions resolved to the article's entities (``doc._.entities``).

The component appends ``pronoun`` and ``nominal`` mentions to each entity (kept sorted by start);
the resolution itself lives in :mod:`veille.reference`, which the other components share.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from veille.component import Component
from veille.reference import annotate


@Language.factory("veille_coref", assigns=["doc._.entities"],
                  requires=["doc._.entities", "doc._.roles", "token.dep", "token.morph"])
def make_coref(nlp: Language, name: str) -> "Coreference":
    """Factory of the coreference component."""
    return Coreference()


class Coreference(Component):
    """Appends pronoun and nominal mentions to ``doc._.entities``."""

    def process(self, doc: Doc) -> Doc:
        annotate(doc)
        return doc
