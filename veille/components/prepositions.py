"""Prepositions the parser misreads, put back in the tree as the case of their nominal.

fr_core_news_md never parses "envers" as a preposition: in the corpus it tags it VERB, NOUN or ADJ and hangs the
nominal after it as its object ("se montre très critique envers Emmanuel Macron": "envers" an ``advcl`` of
"montre", "Emmanuel Macron" its ``obj``), so that no rule reads "envers X" as a complement. This component
rewrites each such word (``lexicons/misparsed_prepositions.txt``) as the ``case`` of the first nominal it
governs, and that nominal as the ``obl`` (under a verb or an adjective) or ``nmod`` (under a noun) of the
word's own head: the tree every later component reads is the one a preposition makes. Not the noun of
"l'envers du décor", nor a word the parser made the root of its sentence.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.component import register
from veille.lexicons import words as lexicon

NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
NOUN_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
ARTICLES = frozenset({"l'", "le", "à"})     # "l'envers", "à l'envers": the noun


def misparsed() -> frozenset[str]:
    """The prepositions the parser misreads, as norms."""
    return lexicon("misparsed_prepositions.txt")


def nominal_of(tok: Token) -> Token | None:
    """The nominal a misread preposition governs: its first nominal dependent after it, else None."""
    if tok.pos_ == "ADP" or tok.head.i == tok.i or tok.i > 0 and tok.doc[tok.i - 1].norm_ in ARTICLES:
        return None
    return next((c for c in tok.children if c.i > tok.i and c.pos_ in NOMINALS), None)


def repair(doc: Doc) -> None:
    """Rewrites each misread preposition of ``doc`` as the case of its nominal (module docstring)."""
    prepositions = misparsed()
    for tok in doc:
        if tok.norm_ not in prepositions or (nominal := nominal_of(tok)) is None:
            continue
        head = tok.head
        for child in list(tok.children):
            if child.i != nominal.i:
                child.head = head if child.i < tok.i else nominal
        nominal.head = head
        nominal.dep_ = "nmod" if head.pos_ in NOUN_HEADS else "obl"
        tok.head = nominal
        tok.dep_ = "case"
        tok.pos_ = "ADP"


register("veille_prepositions", repair, assigns=["token.dep", "token.head", "token.pos"], requires=["token.dep"],
         prepare=misparsed)
