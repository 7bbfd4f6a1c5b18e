"""Shared syntax helpers for components and rules (below every component: they read the parse only)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

OBJECT_CLITICS = frozenset({"le", "la", "l'", "l’", "les", "lui", "leur", "se", "s'", "s’", "me", "m'", "m’",
                            "te", "t'", "t’", "nous", "vous", "y", "en", "ne", "n'", "n’"})


def verb_after_clitics(doc: Doc, i: int) -> Token | None:
    """The finite verb at token ``i``, after any object clitics ("le porte-parole l'accuse"), else None."""
    while i < len(doc) and doc[i].lower_ in OBJECT_CLITICS:
        i += 1
    if i < len(doc) and doc[i].morph.get("VerbForm") == ["Fin"]:
        return doc[i]
    return None


def pronominal_subject(verb: Token) -> Token | None:
    """The pronoun subject of a pronominal verb that the parser marks expletive ("Il se dit victime",
    "Il s'en prend à M. Moon"): an ``expl:subj`` child when the verb also has a reflexive clitic."""
    if not any(c.i < verb.i and c.dep_ != "expl:subj" and "Yes" in c.morph.get("Reflex") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "expl:subj" and c.pos_ == "PRON"), None)
