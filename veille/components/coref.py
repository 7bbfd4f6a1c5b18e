"""Coreference: pronouns and descriptions resolved to the article's entities (``doc._.entities``).

The component appends ``pronoun`` and ``nominal`` mentions to each entity (kept sorted by start);
the resolution itself lives in :mod:`veille.reference`, which the other components share.
"""
from __future__ import annotations

from veille.component import register
from veille.reference import annotate

register("veille_coref", annotate, assigns=["doc._.entities"],
         requires=["doc._.entities", "doc._.roles", "token.dep", "token.morph"])
