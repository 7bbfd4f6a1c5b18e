"""Shared syntax helpers for components and rules (below every component: they read the parse, and the dates found)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from veille import extensions  # noqa: F401  (Doc._.dates, read by inverted_subject)

# --- clitic pronouns -------------------------------------------------------------------------------

SE = frozenset({"se", "s'", "s’"})
NE = frozenset({"ne", "n'", "n’"})
ME_TE = frozenset({"me", "m'", "m’", "te", "t'", "t’"})     # first and second person singular, object or reflexive
ACCUSATIVES = frozenset({"le", "la", "l'", "l’", "les"})     # third-person direct objects
#: Third-person object pronouns: they stand for someone named before ("a reçu X pour lui demander").
THIRD_PERSON_OBJECTS = ACCUSATIVES | {"lui", "leur"}
#: Clitics that are never a subject ("», leur a lancé M. X"): "lui", "nous", "vous" may be one.
NON_SUBJECT_CLITICS = ACCUSATIVES | {"leur"} | SE | ME_TE
#: Every clitic that may stand between a subject and its verb ("le porte-parole l'accuse", "il ne s'y rend pas").
OBJECT_CLITICS = THIRD_PERSON_OBJECTS | SE | ME_TE | {"nous", "vous", "y", "en"} | NE


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
DEFINITE_ARTICLES = frozenset({"le", "la", "l'", "l’"})


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


def article_before(doc: Doc, i: int, contracted: bool = False) -> bool:
    """ "le/la/l'" right before token ``i`` (with ``contracted``, "du/au" too: "l'entourage du Premier ministre"),
    read on the words, not the parse: for a title found in a lexicon, whose head the parser may have missed."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return before in DEFINITE_ARTICLES or contracted and before in CONTRACTED_ARTICLES


def is_indefinite(tok: Token) -> bool:
    """ "une source", "un ministre", "plusieurs proches": a noun with an indefinite determiner (an unnamed speaker)."""
    det = determiner(tok)
    return det is not None and ("Ind" in det.morph.get("Definite") or det.lower_ in ("plusieurs", "certains", "des", "de"))


# --- negation ---------------------------------------------------------------------------------------

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

REFLEXIVES = SE | ME_TE | {"nous", "vous"}     # "je me félicite", "nous nous réjouissons"


def is_reflexive(verb: Token, forms: frozenset[str] = SE, adjacent: bool = False) -> bool:
    """ "s'est dit", "se félicite", "s'accusent": the verb carries a reflexive clitic of ``forms`` before it (a
    child of the verb or of its auxiliary); with ``adjacent``, also one right before the verb or its auxiliary
    that the parser hung elsewhere."""
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.lower_ in forms and c.i < verb.i for h in heads for c in h.children):
        return True
    return adjacent and any(h.i and verb.doc[h.i - 1].lower_ in forms for h in heads)


# --- subjects ---------------------------------------------------------------------------------------

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
#: Dependents of a verb that can be its subject when it follows the verb ("a déclaré le ministre").
INVERTED_DEPS = ("nsubj", "nsubj:pass", "obj", "appos", "dep", "flat:name")
INVERTED_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})     # "a-t-il ajouté", "dit-on"
IMPERSONAL_VERBS = frozenset({"falloir", "agir", "sembler", "paraître"})    # "il faut", "il s'agit": nobody


def impersonal(tok: Token) -> bool:
    """An inverted "il" followed by "que": "Toujours est-il que", "Encore faut-il que"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "-il" and nxt is not None and nxt.lower_ in ("que", "qu'", "qu’")


def _hyphen_pronoun(verb: Token) -> Token | None:
    """The inverted pronoun of "a-t-il ajouté", "déplore-t-il", "avait-elle lancé"."""
    doc = verb.doc
    for t in list(doc[max(0, verb.i - 3): verb.i]) + list(doc[verb.i + 1: verb.i + 5]):
        hyphenated = t.text.startswith("-") or t.i > 0 and doc[t.i - 1].text.endswith("-") and not doc[t.i - 1].whitespace_
        between = doc[t.i + 1: verb.i] if t.i < verb.i else doc[verb.i + 1: t.i]
        if hyphenated and t.lower_.lstrip("-") in INVERTED_PRONOUNS and all(_inversion_filler(b) for b in between):
            return t
    return None


def _inversion_filler(tok: Token) -> bool:
    """A token that can stand between a verb and its inverted pronoun: "a-t-il [aussi] ajouté"."""
    return tok.pos_ in ("AUX", "ADV") or tok.text in ("-t", "-", "t") or tok.lower_ in ("ne", "n'", "pas")


def subject_of(verb: Token, outside: list[tuple[int, int]] | None = None) -> Token | None:
    """The subject of a verb: its nsubj, the subject of the verb a participle or conjunct
    depends on, the antecedent of a relative "qui", or a subject placed after the verb.
    A subject candidate inside one of the ``outside`` character spans (quoted words) is skipped."""
    outside = outside or []

    def usable(t: Token) -> bool:
        return not any(a <= t.idx < b for a, b in outside)

    hyphen = _hyphen_pronoun(verb)
    if hyphen is not None:
        return hyphen
    found = _subject_up(verb, usable)
    if found is None and detached_participle(verb):    # "», souligne Mme Erdemir, ajoutant que": the incise's
        before = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if _finite(t) and usable(t)), None)
        found = _subject_up(before, usable) if before is not None else None
    return found


def _subject_up(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """:func:`subject_of` on the parse: the verb's subject, else that of the verb it depends on."""
    seen = 0
    while seen < 5:
        seen += 1
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and usable(c)), None)
        if subj is not None:
            if subj.text == "-t" and subj.i + 1 < len(subj.doc):
                return subj.doc[subj.i + 1]
            if "Rel" in subj.morph.get("PronType") and verb.dep_.startswith("acl"):
                return verb.head
            return subj
        auxiliary = next((c for a in verb.children if a.dep_.startswith("aux") and a.i < verb.i
                          for c in a.children if c.dep_ in SUBJECT_DEPS and usable(c)), None)
        if auxiliary is not None:                           # "X s'est félicité": the parser put X on "est"
            return auxiliary
        inverted = inverted_subject(verb)
        if inverted is not None and usable(inverted):
            return inverted
        pronominal = pronominal_subject(verb)    # "Il se dit victime de ...": the parser made "Il" expletive
        if pronominal is not None and verb.lemma_ not in IMPERSONAL_VERBS and not impersonal(pronominal):
            return pronominal
        if verb.dep_ in ("conj", "advcl", "xcomp", "acl", "parataxis") and verb.head.i != verb.i:
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not detached_participle(verb):
                return verb.head
            climb = detached_participle(verb)
            verb = verb.head
            while climb and not _finite(verb) and verb.head.i != verb.i:
                verb = verb.head
            continue
        return None
    return None


def _present_participle(verb: Token) -> bool:
    """ "insistant", "critiquant"."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def detached_participle(verb: Token) -> bool:
    """ ", insistant sur ...": a present participle after a comma speaks of the clause's subject."""
    return _present_participle(verb) and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _finite(tok: Token) -> bool:
    """A finite verb, or a participle with its auxiliary ("a mis")."""
    return tok.pos_ in ("VERB", "AUX") and ("Fin" in tok.morph.get("VerbForm")
                                           or any(c.dep_.startswith("aux") for c in tok.children))


def inverted_subject(verb: Token) -> Token | None:
    """A nominal after the verb, not introduced by a preposition: "a déclaré samedi le ministre"."""
    doc = verb.doc
    incise = verb.i > 1 and any(t.text in (",", '"', "»", "”") for t in doc[max(0, verb.i - 3): verb.i])
    if not (_finite(verb) or incise) or _present_participle(verb):
        return None    # ", critiquant le fait que": a participle's object is no subject
    dates = [(d.start, d.end) for d in verb.doc._.dates or []]
    for c in verb.rights:
        if any(a <= c.idx < b for a, b in dates):
            continue
        if c.text.startswith("-") and c.lower_.lstrip("-") in INVERTED_PRONOUNS:
            return c
        if c.dep_ in INVERTED_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON") \
                and not any(g.dep_ == "case" for g in c.children):
            return c
        if incise and c.pos_ in ("NOUN", "ADJ") and c.i <= verb.i + 3 and is_definite(c) \
                and doc[determiner(c).i - 1].pos_ != "ADP":                                # "a affirmé le quadragénaire"
            return c
    return None
