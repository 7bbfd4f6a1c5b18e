"""Shared syntax helpers for components and rules (below every component: they read the parse, and the dates found).

A word spelled with an apostrophe is read on its norm, which ``veille_norms`` straightens ("qu’" is "qu'").
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from veille import extensions  # noqa: F401  (Doc._.dates, read by inverted_subject)
from veille.gazetteer import honorific_keys, object_control_verbs
from veille.spans import verb_lemma

# --- clitic pronouns -------------------------------------------------------------------------------

SE = frozenset({"se", "s'"})
NE = frozenset({"ne", "n'"})     # read on the norm (veille_norms: "n’" is "n'")
ME_TE = frozenset({"me", "m'", "te", "t'"})     # first and second person singular, object or reflexive
ACCUSATIVES = frozenset({"le", "la", "l'", "les"})     # third-person direct objects
#: Third-person object pronouns: they stand for someone named before ("a reçu X pour lui demander").
THIRD_PERSON_OBJECTS = ACCUSATIVES | {"lui", "leur"}
#: Clitics that are never a subject ("», leur a lancé M. X"): "lui", "nous", "vous" may be one.
NON_SUBJECT_CLITICS = ACCUSATIVES | {"leur"} | SE | ME_TE
#: Every clitic that may stand between a subject and its verb ("le porte-parole l'accuse", "il ne s'y rend pas").
OBJECT_CLITICS = THIRD_PERSON_OBJECTS | SE | ME_TE | {"nous", "vous", "y", "en"} | NE


def verb_after_clitics(doc: Doc, i: int) -> Token | None:
    """The finite verb at token ``i``, after any object clitics ("le porte-parole l'accuse"), else None."""
    while i < len(doc) and doc[i].norm_ in OBJECT_CLITICS:
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
DEFINITE_ARTICLES = frozenset({"le", "la", "l'"})     # read on the norm


def determiner(tok: Token) -> Token | None:
    """The determiner of a noun (its first ``det`` child on the left)."""
    return next((c for c in tok.lefts if c.dep_ == "det"), None) if tok.n_lefts else None


def possessive(tok: Token) -> Token | None:
    """The possessive determiner of a noun ("son soutien", "leur homologue"), else None."""
    return next((c for c in tok.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)


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


def article_before(doc: Doc, i: int, contracted: bool = False, demonstrative: bool = False) -> bool:
    """ "le/la/l'" right before token ``i`` (with ``contracted``, "du/au" too: "l'entourage du Premier ministre"; with
    ``demonstrative``, "ce/cet/cette": "cet ingénieur de 43 ans"), read on the words, not the parse: for a title found
    in a lexicon, whose head the parser may have missed."""
    before = doc[i - 1].norm_ if i > 0 else ""
    return (before in DEFINITE_ARTICLES or contracted and before in CONTRACTED_ARTICLES
            or demonstrative and before in DEMONSTRATIVES)


def is_common_noun(tok: Token) -> bool:
    """A noun, or a lowercase word the parser tagged as a proper noun ("a estimé l'institut")."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower


def is_indefinite(tok: Token) -> bool:
    """ "une source", "un ministre", "plusieurs proches": a noun with an indefinite determiner (an unnamed speaker)."""
    det = determiner(tok)
    return det is not None and ("Ind" in det.morph.get("Definite") or det.lower_ in ("plusieurs", "certains", "des", "de"))


# --- negation ---------------------------------------------------------------------------------------

NEGATIONS = frozenset({"pas", "plus", "jamais", "guère", "point", "nullement", "aucunement", "rien"})  # after "ne"
NO_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})     # "aucune rencontre"
NEGATION_REACH = 3      # tokens between a negation and the word it negates


#: Verbs whose negation asserts the infinitive after them: "ne manque pas de saluer", "n'hésite pas à critiquer".
ASSERTED_WHEN_DENIED = frozenset({"manquer", "hésiter", "cesser", "oublier", "omettre"})


def negation_word(tok: Token) -> bool:
    """ "ne", "n'" or a word that completes it ("pas", "plus", "jamais", "point")."""
    return tok.norm_ in NE or tok.norm_ in NEGATIONS


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
    marks = {c.norm_ for h in [verb] + [c for c in verb.children if c.dep_.startswith("aux")] for c in h.children}
    marks |= {c.norm_ for c in verb.children}
    if bool(marks & NE) and bool(marks & NEGATIONS) or "sans" in marks:
        return True
    return _denied_infinitive(verb)


def _denied_infinitive(verb: Token) -> bool:
    """ "Je ne peux pas soutenir X", "je n'avais pas à le soutenir": an infinitive whose governing verb is negated
    is denied with it, unless that verb negated asserts it ("il ne manque pas de saluer", ``ASSERTED_WHEN_DENIED``)."""
    head = verb.head
    return verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm") and head.i != verb.i \
        and head.pos_ in ("VERB", "AUX") and verb_lemma(head) not in ASSERTED_WHEN_DENIED and is_negated(head)


# --- reflexive clitics ------------------------------------------------------------------------------

REFLEXIVES = SE | ME_TE | {"nous", "vous"}     # "je me félicite", "nous nous réjouissons"


def is_reflexive(verb: Token, forms: frozenset[str] = SE, adjacent: bool = False) -> bool:
    """ "s'est dit", "se félicite", "s'accusent": the verb carries a reflexive clitic of ``forms`` before it (a
    child of the verb or of its auxiliary); with ``adjacent``, also one right before the verb or its auxiliary
    that the parser hung elsewhere."""
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.norm_ in forms and c.i < verb.i for h in heads for c in h.children):
        return True
    return adjacent and any(h.i and verb.doc[h.i - 1].norm_ in forms for h in heads)


#: The reflexive clitic of each personal subject: "je m'appelle", "nous nous réjouissons".
PERSON_REFLEXIVES = {"je": ("me", "m'"), "j'": ("me", "m'"), "tu": ("te", "t'"), "nous": ("nous",), "vous": ("vous",)}


def is_pronominal(verb: Token) -> bool:
    """A pronominal verb in any person: "s'appelle", and "je m'appelle", "nous nous appelons" (the clitic of the
    subject's person; "il m'appelle" calls me)."""
    if is_reflexive(verb):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    forms = PERSON_REFLEXIVES.get(subject.lower_, ()) if subject is not None else ()
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return any(c.lower_ in forms and subject.i < c.i < verb.i for h in heads for c in h.children)


# --- subjects ---------------------------------------------------------------------------------------

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
#: Dependents of a verb that can be its subject when it follows the verb ("a déclaré le ministre").
INVERTED_DEPS = ("nsubj", "nsubj:pass", "obj", "appos", "dep", "flat:name")
INVERTED_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})     # "a-t-il ajouté", "dit-on"
IMPERSONAL_VERBS = frozenset({"falloir", "agir", "sembler", "paraître"})    # "il faut", "il s'agit": nobody


def impersonal(tok: Token) -> bool:
    """An inverted "il" followed by "que": "Toujours est-il que", "Encore faut-il que"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "-il" and nxt is not None and nxt.norm_ in ("que", "qu'")


def inverted_pronoun(tok: Token) -> bool:
    """A subject pronoun hyphenated to its verb: "-il" of "a-t-il", "-elle" of "avait-elle"."""
    doc = tok.doc
    return tok.lower_.lstrip("-") in INVERTED_PRONOUNS and (
        tok.text.startswith("-") or tok.i > 0 and doc[tok.i - 1].text.endswith("-") and not doc[tok.i - 1].whitespace_)


def _hyphen_pronoun(verb: Token) -> Token | None:
    """The inverted pronoun of "a-t-il ajouté", "déplore-t-il", "avait-elle lancé"."""
    doc = verb.doc
    for t in list(doc[max(0, verb.i - 3): verb.i]) + list(doc[verb.i + 1: verb.i + 5]):
        between = doc[t.i + 1: verb.i] if t.i < verb.i else doc[verb.i + 1: t.i]
        if inverted_pronoun(t) and all(_inversion_filler(b) for b in between):
            return t
    return None


def _inversion_filler(tok: Token) -> bool:
    """A token that can stand between a verb and its inverted pronoun: "a-t-il [aussi] ajouté", and the preposition
    of an adverbial locution, "a-t-elle [par ailleurs] ajouté"."""
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.pos_ in ("AUX", "ADV") or tok.text in ("-t", "-", "t") or tok.lower_ in ("ne", "n'", "pas") \
        or tok.pos_ == "ADP" and after is not None and after.pos_ == "ADV"


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
    if found is None and _glued_to_name(verb) and usable(verb.head):
        found = verb.head
    if found is None and detached_participle(verb):    # "», souligne Mme Erdemir, ajoutant que": the incise's
        before = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if _finite(t) and usable(t)), None)
        found = _subject_up(before, usable) if before is not None else None
    return found


def _glued_to_name(verb: Token) -> bool:
    """"Emmanuel Macron juge qu'il serait malhonnête": a lowercase finite verb the parser read as the last word of
    the name before it (flat:name) has that name for its subject."""
    return verb.dep_ == "flat:name" and verb.is_lower and _finite(verb) and verb.head.pos_ == "PROPN" \
        and not any(c.dep_ == "flat:name" and c.i > verb.i for c in verb.head.children)


def _prepositional_name(tok: Token) -> int | None:
    """Where the name starts of which ``tok`` is a later word, when a preposition introduces that name: "France" in
    "a expliqué le ministre sur France Inter", which the parser may head at "Inter" and make the verb's subject."""
    doc = tok.doc
    if tok.ent_iob_ != "I":
        return None
    i = tok.i
    while i > tok.sent.start and doc[i].ent_iob_ == "I":
        i -= 1
    before = [t for t in doc[max(tok.sent.start, i - 2):i] if t.pos_ != "DET"]
    if not before or before[-1].pos_ != "ADP":
        return None
    k = before[-1].i    # a particle inside a name is no preposition: "Ludovine de La Rochère"
    return i if k == tok.sent.start or doc[k - 1].pos_ != "PROPN" else None


def _instead_of_prepositional(verb: Token, subjects: list[Token]) -> Token | None:
    """The nominal after the verb that is its subject when the only subjects parsed lie after it inside a name a
    preposition introduces (:func:`_prepositional_name`): "le ministre" of "a expliqué le ministre sur France Inter"; None when
    no other nominal follows the verb ("confie à Libération Marine Le Pen", the name run on by the recogniser)."""
    starts = [_prepositional_name(s) if s.i > verb.i else None for s in subjects]
    if not subjects or None in starts:
        return None
    other = inverted_subject(verb)
    if other is None or any(a <= other.i <= s.i for a, s in zip(starts, subjects)):
        return None
    return other


def _apposed_antecedent(relative: Token) -> Token | None:
    """The nominal a comma sets before a relative pronoun: "a renchéri le ministre, qui assure que" -> "ministre",
    the antecedent when the parser hung the clause on a verb ("renchéri") or on nothing ("assure" the root); a
    name's first word, a complement's noun ("le ministre de l'Intérieur, qui" -> "ministre")."""
    doc = relative.doc
    k = relative.i - 1
    if k < 1 or doc[k].text != "," or doc[k - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    tok = doc[k - 1]
    while tok.dep_ in ("flat:name", "flat") and tok.head.i < tok.i:
        tok = tok.head
    if any(c.dep_ == "case" for c in tok.children) and tok.head.pos_ in ("VERB", "AUX"):
        return None    # "s'est interrogé Me Thierry Herzog sur RTL, qui": the verb's complement, no antecedent
    if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _subject_up(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """:func:`subject_of` on the parse: the verb's subject, else that of the verb it depends on."""
    seen = 0
    while seen < 5:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and usable(c)]
        instead = _instead_of_prepositional(verb, subjects)
        if instead is not None and usable(instead):
            return instead
        subj = next((c for c in subjects if not dated(c)), subjects[0] if subjects else None)
        if subj is not None:
            if subj.text == "-t" and subj.i + 1 < len(subj.doc):
                return subj.doc[subj.i + 1]
            if "Rel" in subj.morph.get("PronType"):
                apposed = _apposed_antecedent(subj)
                if verb.dep_.startswith("acl") and (verb.head.pos_ != "VERB" or apposed is None):
                    return verb.head
                if apposed is not None:    # the parser hung the relative clause on a verb, or on nothing
                    return apposed
            if subj == split_subject(verb):    # "La Russie et l'Ukraine ont signé": the subject's first member
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
        named = preverbal_name(verb) if seen == 1 else None
        if named is not None and usable(named):
            return named
        if (verb.dep_ in ("conj", "advcl", "xcomp", "acl", "parataxis") or gerund(verb) or misattached_participle(verb)) \
                and verb.head.i != verb.i:
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not detached_participle(verb):
                return verb.head
            climb = detached_participle(verb)
            verb = verb.head
            while climb and not _finite(verb) and verb.head.i != verb.i:
                verb = verb.head
            continue
        fragment = fragment_subject(verb)
        return fragment if fragment is not None and usable(fragment) else None
    return None


def parser_cut(tok: Token) -> bool:
    """A sentence start the parser put at a comma: no French sentence opens with one, so the words before it and
    after it are one sentence ("Marine Le Pen | , présidente du RN, a dénoncé")."""
    return tok.is_sent_start and tok.text == "," and tok.i > 0


def fragment_subject(verb: Token) -> Token | None:
    """ "Deniz Ones, professeur à l'université du Minnesota | , estime qu'...": a sentence opens with no comma, so
    where the parser cut one off before a subjectless root verb, the root of the verbless phrase it cut off (a name,
    a noun) is that verb's subject; so too where it kept that phrase but hung it on the verb as an oblique with no
    preposition ("Breonna Taylor, 26 ans, est décédée": "Breonna" obl:mod of "décédée")."""
    doc, start = verb.doc, verb.sent.start
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if parser_cut(doc[start]):
        phrase = doc[start - 1].sent
        opens, root = start, phrase.root
    else:
        root = next((c for c in verb.children if c.left_edge.i == start and c.dep_.startswith("obl")
                     and not any(g.dep_ == "case" for g in c.children)), None)
        if root is None or doc[root.right_edge.i + 1].text != ",":
            return None
        phrase, opens = doc[start:root.right_edge.i + 1], root.right_edge.i + 1
    if doc[opens - 1].is_quote or root.pos_ not in ("PROPN", "NOUN") or any(t.pos_ in ("VERB", "AUX") for t in phrase) \
            or any(t.pos_ not in ("AUX", "ADV") and t.norm_ not in REFLEXIVES for t in doc[opens + 1:verb.i]):
        return None     # not the incise after a quotation, nor a clause with words of its own before the verb
    return root


def preverbal_name(verb: Token) -> Token | None:
    """ "Interrogé sur les excuses de X, Boris Faure a déclaré : « ... »", "Concernant les municipales, M.
    Cohn-Bendit considère que": French puts the subject before its verb, so where the parser hung the name that
    opens a clause after a comma on the fronted phrase and left the finite verb after it without a subject, the
    name right before the verb (before its auxiliaries and clitics) is that subject; its last word is returned."""
    doc, start = verb.doc, verb.sent.start
    if not _finite(verb) or verb.dep_.startswith("aux") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    i = verb.i - 1
    while i >= start and (doc[i].pos_ == "AUX" and doc[i].head.i == verb.i or doc[i].norm_ in OBJECT_CLITICS):
        i -= 1
    end = i
    while i >= start and (doc[i].pos_ == "PROPN" or doc[i].text == "-" and i > start and doc[i - 1].pos_ == "PROPN"):
        i -= 1
    if end == i or doc[i + 1].text == "-" or doc[end].text.endswith("-"):
        return None     # "..., Christophe Castaner- est fleuri": the name closes an aside
    if i >= start and doc[i].lower_ in honorific_keys():    # "M. Cohn-Bendit" (lexicons/honorifics.tsv)
        i -= 1
    return doc[end] if i >= start and doc[i].text == "," else None


def coordinated_after_complement(verb: Token) -> Token | None:
    """The verb that a conjunct after ", et" goes with when the parser hung it on the head of the complement
    clause before it: in "L'Unicef regrette que son message ait été mal perçu, et rappelle que ...", "rappelle"
    is coordinated with "regrette" (the conjunct has no subject of its own), not with "perçu"."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
    return head.head if cc is not None and cc.lower_ == "et" and cc.i > 0 and verb.doc[cc.i - 1].text == "," \
        else None


def dated(tok: Token) -> bool:
    """A word of a date ("Mardi, une franche explication avait opposé": the parser made "Mardi" a subject too)."""
    return any(d.start <= tok.idx < d.end for d in tok.doc._.dates or [])


def head_past_date(tok: Token) -> Token:
    """The head of a word, past a date the parser hung it on: "a lancé dimanche des raids" ("raids" under
    "dimanche")."""
    head = tok.head
    return head.head if dated(head) and head.dep_.startswith(("obl", "nmod")) and head.head.i != head.i else head


def _present_participle(verb: Token) -> bool:
    """ "insistant", "critiquant"."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def gerund(verb: Token) -> bool:
    """ "en déclarant": a present participle after "en", whose subject is that of the verb it depends on (the
    parser may hang it as an oblique)."""
    return _present_participle(verb) and any(c.dep_ in ("case", "mark") and c.lower_ == "en" for c in verb.children)


#: Dependencies the parser gives a participial clause's verb when it misreads it ("Jugeant l'incident grave, la
#: direction a adressé": "mark"; "..., a-t-il ajouté, estimant que": "advmod").
PARTICIPLE_MISREADINGS = ("mark", "advmod", "dep", "obl:mod")


def misattached_participle(verb: Token) -> bool:
    """A present participle the parser hung on a verb as a marker or modifier: its subject is that verb's
    ("Soulignant que ..., le ministre a mentionné une étude")."""
    return _present_participle(verb) and verb.dep_ in PARTICIPLE_MISREADINGS and verb.head.pos_ in ("VERB", "AUX")


def detached_participle(verb: Token) -> bool:
    """ ", insistant sur ...": a present participle after a comma speaks of the clause's subject."""
    return _present_participle(verb) and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _finite(tok: Token) -> bool:
    """A finite verb, or a participle with its auxiliary ("a mis")."""
    return tok.pos_ in ("VERB", "AUX") and ("Fin" in tok.morph.get("VerbForm")
                                           or any(c.dep_.startswith("aux") for c in tok.children))


def verb_read_as_noun(tok: Token) -> Token | None:
    """A finite verb the parser tagged as a noun, and the verb whose subject it takes: itself when it has a subject
    before it and neither determiner nor copula ("Jean-Luc Mélenchon s'attaque ensuite à Emmanuel Macron"); the last
    finite verb before it when it comes without a determiner right after "et" and right before a proper noun ("rend
    la Chine responsable [...] et menace Pékin de nouvelles sanctions")."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or determiner(tok) is not None:
        return None
    if any(c.dep_.startswith("nsubj") and c.i < tok.i for c in tok.children) \
            and not any(c.dep_ in ("cop", "case") for c in tok.children):
        return tok
    if tok.i < 1 or tok.i + 1 >= len(doc) or doc[tok.i - 1].lower_ != "et" or doc[tok.i + 1].pos_ != "PROPN":
        return None
    return next((t for t in reversed(doc[tok.sent.start:tok.i - 1]) if t.pos_ == "VERB" and _finite(t)), None)


def infinitive_after(verb: Token) -> Token | None:
    """"menace de sanctionner Minsk": the clause that completes a verb (its ``xcomp``), else the infinitive after "de"
    that follows it past an incise of adverbs, pronouns and prepositions, which the parser hangs elsewhere ("L'UE
    menace quant à elle de sanctionner Minsk")."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        return xcomp
    doc, i = verb.doc, verb.i + 1
    while i < verb.sent.end and doc[i].pos_ in ("ADV", "PRON", "ADP") and doc[i].norm_ not in ("de", "d'"):
        i += 1
    if i > verb.i + 1 and i + 1 < verb.sent.end and doc[i].norm_ in ("de", "d'") \
            and doc[i + 1].morph.get("VerbForm") == ["Inf"]:
        return doc[i + 1]
    return None


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
            return name_before_apposition(c, verb) if c.pos_ == "NOUN" else c
        if incise and c.pos_ in ("NOUN", "ADJ") and c.i <= verb.i + 3 and is_definite(c) \
                and doc[determiner(c).i - 1].pos_ != "ADP":                                # "a affirmé le quadragénaire"
            return c
    return None


# --- slots and governing subjects (read for events) ---------------------------------------------------

#: Nested clauses: no slot is sought in them, :func:`subtree_without_clauses` leaves them out.
CLAUSES = ("acl:relcl", "advcl", "ccomp", "parataxis", "conj", "csubj")
#: Dependencies climbed from a word to the subject that governs it (:func:`governing_subject`).
CLIMB = ("xcomp", "advcl", "obj", "obl", "obl:arg", "obl:mod", "nmod", "acl", "ccomp", "fixed", "advmod")
DATIVE_RELATIVES = frozenset({"auquel", "auxquels", "auxquelles"})     # "à qui": "le Conseil, auquel X a demandé"


def slot_fillers(tok: Token, slots: tuple[str, ...]) -> list[Token]:
    """The dependents of a word (an event trigger) that fill its ``slots`` ("obj", "iobj", "que": the active subject
    of its que-clause, or a preposition: "avec", "à"), in the slots' order. A prepositional slot
    is also sought where the parser often hangs it: under the verb of a noun trigger ("accorder une aide au
    Liban") and under another oblique of the trigger ("s'est entretenu au téléphone avec Joe Biden")."""
    found = []
    for slot in slots:
        if slot == "que":     # "s'est félicitée que le président du parti ait pu répondre": the clause's active
            # subject, its doer; not "exige que X soit entendu" (passive), nor "que l'on revienne" (nobody)
            found.extend(s for c in tok.children if c.dep_ == "ccomp" and mark_of(c) in ("que", "qu'")
                         and not any(a.dep_ == "aux:pass" for a in c.children)
                         for s in c.children if s.dep_ == "nsubj" and s.lower_ not in ("on", "l'"))
            continue
        for child in tok.children:
            if child.dep_ in CLAUSES or child.dep_.startswith("nsubj"):
                continue
            if slot in ("obj", "iobj"):
                if child.dep_ == slot or slot == "obj" and child.dep_ == "obl:arg" and case_of(child) is None:
                    found.append(child)
            elif case_of(child) == slot or slot == "à" and child.lower_ in DATIVE_RELATIVES:    # "auquel X a demandé"
                found.append(child)
        placed = object_of(tok) if slot == "obj" else None
        if placed is not None and placed not in found:     # "a rencontré à Jérusalem Avi Berkowitz"
            found.append(placed)
        if slot not in ("obj", "iobj"):
            found.extend(hung_elsewhere(tok, slot))
        found.extend(next_phrase(tok, slot))
    return found


DEED_PLACE_CASES = frozenset({"à", "en"})     # case_of a place where a verb's deed is done ("à Jérusalem", "en Chine")


def object_of(verb: Token) -> Token | None:
    """The direct object of a verb: its ``obj``, else an object the parser hung on the place name of an oblique
    before it ("a rencontré cette semaine à Jérusalem Avi Berkowitz": the nominal right after the place, without
    punctuation between, parsed as its apposition). A verb with an object of its own, or a noun, has no such
    misattached object; a date the parser made an object ("a rencontré mardi à Jérusalem X") is none. After a date
    set off by commas, the parser makes the object an oblique without preposition ("Donald Trump a reçu, vendredi 17
    mars, Angela Merkel"): a proper noun so hung after a verb whose subject precedes it is its object. A verb has one
    subject: a second one after it is its object ("qui avait soutenu Robert Ménard", "X appelle Alain Juppé à");
    so is one the parser hung on the date after the verb (:func:`_after_date`)."""
    dates = [(d.start, d.end) for d in verb.doc._.dates or []]
    own = next((c for c in verb.children if c.dep_ == "obj" and not any(a <= c.idx < b for a, b in dates)), None)
    if own is not None or verb.pos_ not in ("VERB", "AUX"):
        return own
    after_date = _after_date(verb, dates)
    if after_date is not None:
        return after_date
    for place in (c for c in verb.children if c.i > verb.i and c.dep_.startswith("obl") and c.pos_ == "PROPN"):
        if case_of(place) not in DEED_PLACE_CASES:
            continue
        name_end = max([place.i] + [c.i for c in place.children if c.dep_ == "flat:name"])
        hung = next((c for c in place.children if c.dep_ == "appos" and c.i > name_end), None)
        if hung is not None and not any(t.is_punct for t in verb.doc[name_end + 1:hung.i]):
            return hung
    if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        # "j'appelle Vladimir Poutine à", "Donald Trump a encensé Emmanuel Macron": a verb has one subject
        second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.pos_ in ("PROPN", "NOUN")
                       and not _hyphen_pronoun(verb)), None)
        if second is not None:
            return second
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children):
        return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("obl", "obl:mod") and c.pos_ == "PROPN"
                     and case_of(c) is None), None)
    return None


def _after_date(verb: Token, dates: list[tuple[int, int]]) -> Token | None:
    """The object the parser hung on a date right after the verb, or on the verb as a loose dependent: "a critiqué
    mardi Donald Trump" ("Donald" a ``dep``), "a appelé mercredi Vladimir Poutine à" (an apposition of "mercredi"),
    "a sanctionné vendredi des responsables du Hezbollah" (a "des" complement of "vendredi"); not "a déclaré mardi à
    la presse"."""
    doc = verb.doc
    for date in (c for c in verb.children if c.i > verb.i and c.dep_.startswith(("obl", "nmod")) and dated(c)):
        date_end = next(b for a, b in dates if a <= date.idx < b)
        end = date.i
        while end + 1 < len(doc) and doc[end + 1].idx < date_end:
            end += 1
        if end + 1 >= len(doc):
            continue
        nxt = doc[end + 1]
        head = nxt.head if nxt.pos_ in ("DET", "ADP") else nxt
        cases = [c.lower_ for c in head.children if c.dep_ == "case"]
        if head.pos_ in ("NOUN", "PROPN") and head.head.i in (verb.i, date.i) and head.i > end \
                and head.dep_ in ("dep", "appos", "nmod", "obl", "obl:mod") and cases in ([], ["des"]):
            return head
    return None


def hung_elsewhere(tok: Token, slot: str) -> list[Token]:
    """A prepositional slot (:func:`slot_fillers`) the parser hung on the verb of a noun trigger or under another
    complement."""
    participles = qualifying_participles(tok)                                        # "l'offensive lancée par X contre Y"
    hosts = [c for h in [tok] + participles for c in h.children if c.dep_.startswith(("obl", "nmod"))
             and case_of(c) not in (slot, None)] + participles
    hosts += [g for c in hosts for g in c.children if g.dep_ == "nmod"]    # "une aide de 50 millions d'euros au Liban"
    hosts += [c for c in tok.children if c.dep_ == "obj"]                  # "a retiré ses troupes de Syrie"
    if tok.pos_ == "NOUN" and tok.dep_ == "obj":
        hosts.append(tok.head)
    return [c for h in hosts for c in h.children if c.i != tok.i and case_of(c) == slot
            and c.dep_.startswith(("obl", "nmod")) and c not in tok.children]


def qualifying_participles(tok: Token) -> list[Token]:
    """The participles that qualify a noun trigger ("l'attaque lancée par X contre Y", "le sommet organisé entre
    X et Y"): its arguments may hang from them."""
    if tok.pos_ != "NOUN":
        return []
    return [c for c in tok.children if c.dep_ == "acl" and c.morph.get("VerbForm") == ["Part"]]


def next_phrase(tok: Token, slot: str) -> list[Token]:
    """"entretiens avec la ministre": the phrase right after the trigger, however the parser attached it."""
    k = tok.i + 1
    while k < len(tok.doc) and tok.doc[k].pos_ in ("ADV", "ADJ"):
        k += 1
    if k < len(tok.doc) and tok.doc[k].dep_ == "case" and case_of(tok.doc[k].head) == slot and tok.doc[k].head.i > k:
        return [tok.doc[k].head]
    return []


def mark_of(clause: Token) -> str | None:
    """The conjunction that introduces a clause ("que", "qu'"), as its norm."""
    return next((c.norm_ for c in clause.children if c.dep_ == "mark"), None)


def case_of(tok: Token) -> str | None:
    """The preposition of a nominal ("avec" in "avec le Maroc"; "à" for "au"/"aux")."""
    for c in tok.children:
        if c.dep_ == "case":
            low = c.lower_
            return {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de"}.get(low, low)
    return None


def governing_subject(tok: Token, last: Token, names: Callable[[Token], bool]) -> tuple[Token | None, bool]:
    """The subject of a word (an event trigger: a verb, a noun, tokens ``tok`` to ``last``), else the subject of
    the clause it depends on (and whether we climbed); a verb conjoined to another without a subject of its own
    shares the first one's ("il s'est entretenu avec X et a rencontré Y"), not a noun trigger under such a verb
    ("a annulé l'arrêt et confié le dossier à la cour d'appel"). Among several subjects, the first before the
    verb that ``names`` (:func:`first_named_subject`). Unlike :func:`subject_of` (quotes' cues), it climbs from
    nouns and their complements too (``CLIMB``) and gives a relative pronoun as it is (events resolve it)."""
    node, climbed = tok, False
    for _ in range(4):
        heads = [node] + [c for c in node.children if c.dep_.startswith("aux")]    # "X s'est [...] félicitée"
        subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and not tok.i <= c.i <= last.i]
        subjects += [s for s in (pronominal_subject(node), hung_subject(node)) if s is not None]
        inverted = marked_inverted_subject(node) if all(s.i > node.i for s in subjects) else None
        subjects += [inverted] if inverted is not None else []
        if subjects:
            split = split_subject(node)    # "La Russie et l'Ukraine ont signé": the subject's first member
            return first_named_subject(node, [node.head if s == split else s for s in subjects], names), climbed
        shared = tok.pos_ == "VERB" and node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB"
        if node.dep_ not in CLIMB and not shared or node.head.i == node.i:
            break
        controller = object_controller(node)
        if controller is not None:
            return controller, True
        node, climbed = node.head, True
    fragment = fragment_subject(node)
    if fragment is not None:
        return fragment, climbed
    if tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"]:
        root = tok.sent.root    # "..., rendant hommage au Maroc": the subject of the main clause
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i), None), True
    return None, climbed


def object_controller(infinitive: Token) -> Token | None:
    """ "La Turquie accuse Paris de soutenir le maréchal Haftar": the object of a verb of object control
    (``lexicons/object_control.txt``) before its infinitive complement is that infinitive's subject."""
    head = infinitive.head
    infinitival = infinitive.morph.get("VerbForm") == ["Inf"] \
        or any(a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Inf"] for a in infinitive.children)
    if infinitive.dep_ != "xcomp" or not infinitival or verb_lemma(head) not in object_control_verbs():
        return None    # "d'avoir bombardé": a compound infinitive too
    return next((c for c in head.children if c.dep_ in ("obj", "iobj") and c.i < infinitive.i
                 and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def in_state_of(tok: Token) -> Token | None:
    """"Le président Kais Saied, en visite en France, avait rencontré", "le chef de la diplomatie, en déplacement à
    Paris": a noun after "en" without a determiner of its own names a state its head nominal is in; that nominal."""
    head = tok.head
    if tok.pos_ != "NOUN" or case_of(tok) != "en" or any(c.dep_ == "det" for c in tok.children) \
            or tok.dep_ not in ("nmod", "appos", "acl") or head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head


def first_named_subject(verb: Token, subjects: list[Token], names: Callable[[Token], bool]) -> Token:
    """The first of a verb's subjects before it that ``names`` an actor, else its first subject: "Le propriétaire
    de Sud Radio, Didier Maïsto, a assuré", "dans l'enquête sur [...], Nicolas Sarkozy a été placé" (the parser
    gives both nominals as subjects). A second subject after the verb is most often its misparsed object ("la
    trentenaire a rencontré Emmanuel Macron")."""
    return next((s for s in subjects if s.i < verb.i and names(s)), subjects[0])


def hung_subject(verb: Token) -> Token | None:
    """"La Grèce et Chypre, soutenus par la France, accusent la Turquie": a finite verb the parser hung as a
    modifier ("acl") of the name before it, with no quotation mark between them, has that name for its subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.morph.get("VerbForm") != ["Fin"] or head.i >= verb.i or head.pos_ != "PROPN":
        return None
    between = verb.doc[head.i + 1:verb.i]
    return None if any(t.is_quote for t in between) else head


def marked_inverted_subject(verb: Token) -> Token | None:
    """'"...", a dénoncé la présidente du groupe CRCE': after a quote or a comma, the verb's subject
    follows it (the parser often calls it the object); so after a relative "que" ("une idée que semble rejeter
    X"). Narrower than :func:`inverted_subject` (any nominal after a finite verb or an incise): the mark must
    stand right before the verb (or its auxiliary), and the subject is the verb's ``obj`` or ``nsubj``."""
    if verb.pos_ != "VERB" or not (verb.morph.get("VerbForm") == ["Fin"] or any(c.dep_.startswith("aux") for c in verb.children)):
        return None    # "..., rendant hommage au Maroc": a participial clause has no subject of its own
    first = min([c.i for c in verb.children if c.dep_.startswith("aux")] + [verb.i])
    if first == 0:
        return None
    before = verb.doc[first - 1]
    if verb.dep_ == "acl:relcl" and before.norm_ in ("que", "qu'"):    # "une idée que semble rejeter X"
        words = [c for c in verb.children if c.dep_ == "xcomp"] + [verb]
        return next((c for w in words for c in w.children if c.dep_ in ("obj", "nsubj") and c.i > verb.i
                     and c.pos_ in ("PROPN", "NOUN")), None)
    if before.text not in (",", '"', "»", "”"):
        return None
    found = next((c for c in verb.children if c.dep_ in ("obj", "nsubj") and c.i > verb.i), None)
    return name_before_apposition(found, verb) if found is not None and found.pos_ == "NOUN" else found


def name_before_apposition(noun: Token, verb: Token) -> Token:
    """'", avait lancé dans l'hémicycle Eleanor Holmes Norton, seule représentante de la capitale': the parser
    hung the name on the oblique and made its apposed title the verb's object; the name, right before the comma
    that opens the title's phrase, is the subject."""
    left = noun.left_edge.i
    if left - 2 <= verb.i or noun.doc[left - 1].text != ",":
        return noun
    name = noun.doc[left - 2]
    while name.dep_ == "flat:name" and name.head.i < name.i:
        name = name.head
    return name if name.pos_ == "PROPN" and name.i > verb.i and name.ent_type_ == "PER" else noun


def apposed_names(node: Token) -> list[Token]:
    """The names apposed to a nominal, without a preposition: its appositions and flat names ("M. Bolton"), and a
    name right after it that the parser made its modifier ("le maréchal Haftar": "Haftar" parsed as ``nmod``)."""
    return [c for c in node.children if case_of(c) is None and (
        c.dep_ in ("appos", "flat:name") or c.dep_ == "nmod" and c.i == node.i + 1 and c.pos_ == "PROPN")]


def conjuncts(node: Token) -> list[Token]:
    """The nominals conjoined to a nominal: its ``conj`` children, those the parser hung on a word that qualifies
    it without a preposition ("Les Emirats arabes unis et Israël", "avec les Emirats arabes unis et Bahreïn": the
    second name hangs on "unis"), and the middle members of a list parsed as its apposition ("appuyé par l'Egypte,
    les Emirats arabes unis et la Russie": "Emirats" is the apposition of "Egypte", "Russie" its conjunct)."""
    return _own_conjuncts(node) + [c for c in node.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")
                                   and _own_conjuncts(c)]


def split_subject(verb: Token) -> Token | None:
    """ "La Russie et l'Ukraine ont signé un accord": a coordinated subject the parser split, the first member the
    sentence's root and the verb its conjunct with the second member as subject; that second member, when the
    "et" or "ou" stands right between the first member's name and it, with no preposition between them (not "Les
    relations entre Washington et Ryad avaient connu")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT" or head.pos_ != "PROPN" \
            or head.i > verb.i:
        return None
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in ("et", "ou") and head.i < c.i), None)
    if cc is None or max(t.i for t in head.subtree if t.i < cc.i) != cc.i - 1 \
            or any(t.pos_ == "ADP" for t in verb.doc[head.i:cc.i]):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                 and c.left_edge.i == cc.i + 1 and c.i < verb.i), None)


def _own_conjuncts(node: Token) -> list[Token]:
    """:func:`conjuncts` but the list members parsed as appositions; the second member of a split subject
    (:func:`split_subject`)."""
    found = [split_subject(c) or c for c in node.children if c.dep_ == "conj"]
    for word in (c for c in node.children if c.dep_ in ("amod", "nmod") and c.i > node.i and case_of(c) is None):
        found += [c for c in word.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
    return found


def subtree_without_clauses(node: Token, keep: str = "") -> list[Token]:
    """The node's subtree without nested clauses (relative clauses, conjoined clauses...) but those of
    dependency ``keep``; conjoined nouns stay."""
    out, stack = [], [node]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSES or c.dep_ == keep
                     or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
    return sorted(out, key=lambda t: t.i)
