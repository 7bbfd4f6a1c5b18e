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


# --- definiteness -----------------------------------------------------------------------------------

DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
ELIDED_ARTICLES = frozenset({"l'"})
CONTRACTED_ARTICLES = frozenset({"au", "du"})


def determiner(tok: Token) -> Token | None:
    """The determiner of a noun (its first ``det`` child on the left)."""
    return next((c for c in tok.lefts if c.dep_ == "det"), None)


def is_definite(tok: Token, demonstrative: bool = True, contracted: bool = False) -> bool:
    """A noun with a definite article: "le ministre", "l'ancien ministre" (a possessive, "son parti", is not).

    ``demonstrative``: "cette ministre" counts too (coreference: the noun names someone already known);
    ``contracted``: "au parti", "du parti" count too (events: "le bureau du président")."""
    if contracted and any(c.lower_ in CONTRACTED_ARTICLES for c in tok.children):
        return True
    det = determiner(tok)
    if det is None or "Yes" in det.morph.get("Poss"):
        return False
    return "Def" in det.morph.get("Definite") or det.lower_ in ELIDED_ARTICLES \
        or demonstrative and ("Dem" in det.morph.get("PronType") or det.lower_ in DEMONSTRATIVES)


def is_indefinite(tok: Token) -> bool:
    """ "une source", "un ministre", "plusieurs proches": a noun with an indefinite determiner (an unnamed speaker)."""
    det = determiner(tok)
    return det is not None and ("Ind" in det.morph.get("Definite") or det.lower_ in ("plusieurs", "certains", "des", "de"))


# --- negation ---------------------------------------------------------------------------------------

NE = frozenset({"ne", "n'", "n’"})
NEGATIONS = frozenset({"pas", "plus", "jamais", "guère", "point", "nullement", "aucunement", "rien"})  # after "ne"
NO_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})     # "aucune rencontre"
NEGATION_REACH = 3      # tokens between a negation and the word it negates


def negation_word(tok: Token) -> bool:
    """ "ne", "n'" or a word that completes it ("pas", "plus", "jamais", "point")."""
    return tok.lower_ in NE or tok.lower_ in NEGATIONS


def is_negation(tok: Token) -> bool:
    """A negation adverb of the parse: "n'est [pas] candidat" (``advmod``; "ne" alone too: "n'est que")."""
    return tok.dep_ == "advmod" and negation_word(tok)


def negation_before(tok: Token, reach: int = NEGATION_REACH) -> bool:
    """ "n'est pas capable", "jamais à la hauteur": a negation among the ``reach`` tokens before the word,
    in its sentence (a quoted word, whose clause the parser often gets wrong)."""
    return any(t.lower_ in NEGATIONS for t in tok.doc[max(tok.sent.start, tok.i - reach):tok.i])


def is_negated(tok: Token) -> bool:
    """ "X n'a pas rencontré Y", "ne pas avoir reçu un appel", "sans rencontrer Y", "aucune rencontre": the
    word (or the verb a noun is the object of) is negated ("ne ... que" restricts, it does not deny)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("obj", "nsubj:pass") else tok
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in NO_DETERMINERS for c in tok.children):
        return True
    marks = {c.lower_ for h in [verb] + [c for c in verb.children if c.dep_.startswith("aux")] for c in h.children}
    marks |= {c.lower_ for c in verb.children}
    return bool(marks & NE) and bool(marks & NEGATIONS) or "sans" in marks


# --- reflexive clitics ------------------------------------------------------------------------------

SE = frozenset({"se", "s'", "s’"})
REFLEXIVES = SE | {"me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}     # "je me félicite", "nous nous réjouissons"


def is_reflexive(verb: Token, forms: frozenset[str] = SE, adjacent: bool = False) -> bool:
    """ "s'est dit", "se félicite", "s'accusent": the verb carries a reflexive clitic of ``forms`` before it (a
    child of the verb or of its auxiliary); with ``adjacent``, also one right before the verb or its auxiliary
    that the parser hung elsewhere."""
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.lower_ in forms and c.i < verb.i for h in heads for c in h.children):
        return True
    return adjacent and any(h.i and verb.doc[h.i - 1].lower_ in forms for h in heads)
