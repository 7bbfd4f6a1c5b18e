"""Roles: a named person tied to a title ("le directeur général de l'OIM, Antonio Vitorino").

Three constructions, found on tokens, the entity mentions and the dependency parse:

- title before the name: "le président turc Recep Tayyip Erdogan", "le directeur
  général de l'OIM, Antonio Vitorino", "la ministre déléguée auprès du ministre ..., Nezha El Ouafi";
- name, then an apposed title: "Antonio Vitorino, directeur général de l'OIM",
  "Luigi Di Maio, vice-Premier ministre italien et leader du mouvement 5 étoiles" (two roles);
- a title stated as the person's attribute: "X est ministre de ...", "X, qui était sénateur ...", "X a été élu
  président de ..." (dependency rules of ``lexicons/rules/roles.jsonl``);
- a definite title with an organisation or a state as the subject of a clause, whose
  person is named before: "la présidente du RN se dit ..." (lower confidence); "le Premier
  ministre", "le chef de l'État" name the holder of that office (``veille.reference.office_holder``).

The title is the words as written, less the organisation (an entity of its own, put in
``organization``) and less "de/du + state" (put in ``country``); a nationality adjective
stays in the title and gives the country; a political leaning ("le président démocrate") is left out. The title
ends where its own words end: before an aside adverb ("alors âgé de"), an age, a participle that makes no office.
Titles and the words around them are the data file ``lexicons/titles.tsv``; the titles are compiled once into
phrase rules (:func:`title_rules`, through ``veille.rules``) whose matches :meth:`RoleFinder.head_at` reads.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product
from typing import NamedTuple

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from veille import extensions, rules  # noqa: F401
from veille.component import Component
from veille.marks import quoted
from veille.reference import (complement_persons, contradicts, description_bounds, introduced_unnamed, office_holder,
                              organisation_kinds, unnamed_holder)
from veille.gazetteer import honorifics, person_gender, title_rows
from veille.normalize import strip_accents, unify
from veille.record import Entity, Role
from veille.rules import Hit, Rule, RuleSet, predicate
from veille.spans import entity_by_id, entity_of_token, is_subheading
from veille.syntax import article_before, dated, is_negation, parser_cut, verb_after_clitics

MAX_TAIL = 30  # tokens after the title word that may still belong to the title
MAX_ASIDE = 6  # tokens of a bracketed aside inside a title ("la maire (PS) de Paris")
LOOK_BACK = 3  # sentences before a bare description where its person may be named
LOOK_AHEAD = 4  # sentences after a description in the lead where its person may be named
PREPOSITIONS = frozenset({"de", "d'", "du", "des", "a", "au", "aux", "aupres", "pour", "en", "sur", "chez", "dans"})
COMPLEMENT = PREPOSITIONS | {"par"}    # "candidat investi par LREM": what a title's complement may begin with
CONTINUING = frozenset({"avec", "entre", "contre"})    # other prepositions a title's complement may hold
TAIL_POS = frozenset({"ADJ", "NOUN", "PROPN", "DET", "ADP", "NUM", "ADV"})
QUOTES = frozenset('"«»“”')
ARTICLES = frozenset({"le", "la", "l'", "les"})
OF = frozenset({"de", "d'", "du", "des"})    # the forms of "de" that open a complement
OTHERS = frozenset({"autre", "autres"})    # "Iouri Tchoursov, un autre membre de la commission": one of several
KEYED = 1 << 16    # token forms whose key RoleFinder.keys remembers, at most
RULES = "roles"    # lexicons/rules/roles.jsonl: a title stated as a person's attribute ("X est ministre de ...")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Lowercase, accents stripped, apostrophes unified: the key title words are matched on
    (unlike ``normalize.norm`` it keeps articles, which title patterns need); cached."""
    return strip_accents(unify(text.lower()))


@predicate("roles.affirmed")
def _affirmed(hit: Hit) -> bool:
    """The attribute's clause states it: not negated ("n'est pas candidat", "n'est plus ministre"), not
    conditional ("serait ministre") and not a condition ("si X est élu")."""
    heads = [t for t in hit.tokens if t.dep_ not in ("cop", "nsubj", "nsubj:pass") and t.pos_ != "PROPN"]
    words = [c for h in heads for c in h.children] + [t for t in hit.tokens if t.dep_ == "cop"]
    return not any(is_negation(c) or c.dep_ == "mark" and key(c.text) == "si"
                   or c.morph.get("Mood") == ["Cnd"] for c in words + heads)


@dataclass(frozen=True)
class Lexicon:
    """Titles keyed by their normalised token sequence, and the words around a title."""

    titles: dict[tuple[str, ...], str]   # tokens -> gender
    former: frozenset[str]               # "ancien", "ex": the role is a former one
    modifiers: frozenset[str]            # "futur", "vice": kept in the title
    groups: frozenset[str]               # "groupe", "liste": go with the organisation named after them
    relatives: frozenset[str]            # "mère", "fils": the name after "la mère du boulanger," is hers
    counterparts: frozenset[str]         # "homologue": the title of the person named before
    asides: frozenset[tuple[str, ...]]   # "alors", "un temps": between "X," and X's title
    orientations: frozenset[tuple[str, ...]]   # "socialiste", "d'extrême droite": a political leaning, no title word
    participles: frozenset[str]          # "chargé", "délégué": participles that go on a title ("secrétaire d'État chargée de")
    places: frozenset[str]               # "région", "ville": a generic noun whose place named after it is the organisation
    partitives: frozenset[tuple[str, ...]]    # "l'un des", "une des": one of a plural title's holders
    bounds: frozenset[tuple[str, ...]]   # "lors de", "en marge de": a circumstance, where a title's complement ends
    accessions: frozenset[str]           # "réélu", "nommée": coming into the office, between "X," and X's title
    functions: frozenset[str]            # "chargé": a function of its own after "X," ("X, chargé des élections")
    written: frozenset[str]              # the first words of the titles with their accents ("juge", not "jugé")
    longest: int


def load_lexicon(nlp: Language) -> Lexicon:
    """Read ``titles.tsv`` (``gazetteer.title_rows``), tokenising each title and aside as the documents are tokenised."""
    titles: dict[tuple[str, ...], str] = {}
    kinds: dict[str, set] = defaultdict(set)
    written: set[str] = set()
    for row in title_rows():
        form = key(row["form"])
        tokens = tuple(t.text for t in nlp.make_doc(form))
        if row["kind"] in ("title", "counterpart"):
            titles[tokens] = row["gender"]
            written.add(nlp.make_doc(unify(row["form"].lower()))[0].text)
        if row["kind"] != "title":
            kinds[row["kind"]].add(tokens if row["kind"] in ("aside", "orientation", "partitive", "bound") else form)
    return Lexicon(titles, *(frozenset(kinds[k]) for k in ("former", "modifier", "group", "relative", "counterpart",
                                                           "aside", "orientation", "participle", "place", "partitive", "bound",
                                                           "accession", "function")),
                   frozenset(written), longest=max(map(len, titles)))


def _singular(word: str) -> str:
    """A key word read in the singular: less a final "s" when longer than three letters ("juges", not "des")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _plurals(word: str) -> set[str]:
    """The key words that :func:`_singular` reads as ``word``."""
    return {w for w in (word + "s", word) if _singular(w) == word}


def title_rules(lex: Lexicon) -> RuleSet:
    """The titles of the lexicon as phrase rules on token keys (:func:`key`, the Doc of :meth:`RoleFinder.keys`), one a
    title and reading, tried in the order of their ``rank`` (the longest title of the first reading found wins):
    0 the title as written ("premier ministre"); 1 after a former or modifier prefix glued by a hyphen
    ("ex-président", former; "vice-..."); 2 in the plural, its first word and any other of more than three letters
    with an "s" ("juges d'instruction", "députés européens"); 3 its first word alone in the plural."""
    prefixes = sorted(p for p in lex.former | lex.modifiers if p and "-" not in p)
    found = []
    for words, gender in lex.titles.items():
        first, rest = words[0], list(words[1:])
        readings = [("title", 0, False, [list(words)]),
                    ("former", 1, True, [[f"{p}-{first}"] + rest for p in prefixes if p in lex.former]),
                    ("modified", 1, False, [[f"{p}-{first}"] + rest for p in prefixes if p not in lex.former])]
        if len(first) >= 3:    # "juges" (its "s" read off), not "des"
            plurals = [sorted(_plurals(w)) for w in rest]
            readings += [("plural", 2, False, [list(seq) for seq in product([first + "s"], *plurals)]),
                         ("plural-head", 3, False, [[first + "s"] + rest])]
        found += [Rule(id=f"{reading}:{' '.join(words)}", label="TITLE", kind="phrase", pattern=patterns,
                       example=" ".join(patterns[0]), attr="ORTH",
                       data={"rank": rank, "former": former, "plural": rank >= 2, "gender": gender, "words": words})
                  for reading, rank, former, patterns in readings if patterns]
    return RuleSet(found, "titles")


class Head(NamedTuple):
    """The title word(s) found at a token."""

    end: int         # token index after them
    former: bool     # written with "ex-"
    gender: str      # m, f or -
    singular: str | None = None    # the title words in the singular, when written in the plural


@dataclass
class Title:
    """A title occurrence: tokens [start, end) hold the words before it and the title word(s)."""

    start: int
    head: int
    end: int
    former: bool
    head_text: str | None = None    # the title words as they are to be written, when not as in the text
    plural: bool = False            # "les juges Claire Thépaut et Renaud Van Ruymbeke"
    function: bool = False          # a participle of function ("X, chargé des élections")


@dataclass
class Holder:
    """A person named after a title, with the affiliation in brackets after the name, if any."""

    person: Entity
    end: int                        # token index after the name (and the brackets)
    affiliation: Entity | None = None


@dataclass
class Tail:
    """What follows a title: where its words stop, and the person(s) named right after, if any."""

    end: int                        # token index after the last title word
    holders: list[Holder] = field(default_factory=list)


class RoleFinder(Component):
    """Fills ``doc._.roles``."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.titles = title_rules(lexicon)
        self.title_words = frozenset(w for r in self.titles for p in r.pattern for w in p)    # what keys() keeps
        self._keyed: dict[int, str] = {}    # a token form (its ORTH hash) -> its word in keys()
        self._heads: tuple[Doc | None, dict[int, Head]] = (None, {})    # the last Doc's title words (:meth:`heads`)
        self._ages: tuple[Doc | None, dict[int, int]] = (None, {})    # the last Doc's ages (:meth:`aged`)

    def process(self, doc: Doc) -> Doc:
        roles: list[Role] = []
        last_head: str | None = None    # the title word of the last role, for "son homologue"
        hits = rules.load(RULES)(doc)
        attributes = {h.tokens[0].i: h.tokens[-1] for h in hits if h.rule.label == "ATTRIBUTE"}    # title noun -> its subject
        self._ages = (doc, _ages(hits))
        i = 0
        while i < len(doc):
            title = self.title_at(doc, i)
            if title is None:
                i += 1
                continue
            counterpart = key(doc[title.head].text) in self.lex.counterparts
            if counterpart:
                title.head_text = last_head
            tail = self.tail(doc, title)
            found = self.roles_of(doc, title, tail, roles, attributes)
            if found and not counterpart:
                last_head = title.head_text or doc[title.head:self.head_at(doc, title.head).end].text
            roles.extend(found)
            # titles inside a role's complement, or a second title it found ("maire de Lyon et ancien ministre de ..."),
            # are not roles; one that found no person lets them be read ("présenté par le ministre de l'Intérieur
            # Gérard Collomb" after "aux sénateurs")
            second = self.second_title(doc, tail.end) if found else None
            i = max(title.end, tail.end, self.tail(doc, second).end if second else 0) if found else title.end
        doc._.roles = _dedupe(roles)
        return doc

    # -- titles ---------------------------------------------------------------------------------
    def head_at(self, doc: Doc, i: int) -> Head | None:
        """The title word(s) starting at token i: "ex-président", "juges d'instruction"."""
        if self._heads[0] is not doc:
            self._heads = (doc, self.heads(doc))
        return self._heads[1].get(i)

    def heads(self, doc: Doc) -> dict[int, Head]:
        """The title words the title rules find, by first token: the longest of the first reading with a match
        (:func:`title_rules`)."""
        best: dict[int, tuple[int, int, Rule]] = {}    # first token -> (rank, -length, rule)
        for hit in self.titles(self.keys(doc)):
            i, order = hit.anchor.i, (hit.rule.data["rank"], -len(hit.tokens))
            if i not in best or order < best[i][:2]:
                best[i] = (*order, hit.rule)
        index = {}
        for i, (_, _, rule) in best.items():
            words = rule.data["words"]    # the title, as many tokens as the words it matched
            singular = "".join((t.text[:-1] if key(t.text) != v else t.text) + t.whitespace_
                               for t, v in zip(doc[i:i + len(words)], words)).strip() if rule.data["plural"] else None
            index[i] = Head(i + len(words), rule.data["former"], rule.data["gender"], singular)
        return index

    def keys(self, doc: Doc) -> Doc:
        """A Doc of the token keys of ``doc`` (:func:`key`), token for token, that the title rules match on: a key that
        is no word of theirs is written as a space, so that the vocabulary gets no entry for it."""
        orths = doc.to_array(ORTH).tolist()
        keyed, strings = self._keyed, doc.vocab.strings
        if len(keyed) > KEYED:
            keyed.clear()
        for h in set(orths).difference(keyed):
            keyed[h] = k if (k := key(strings[h])) in self.title_words else " "
        return Doc(doc.vocab, words=[keyed[h] for h in orths])

    def title_at(self, doc: Doc, i: int) -> Title | None:
        """The title whose first word is token i, with the modifiers written before it."""
        head = self.head_at(doc, i)
        if head is None:
            return self.function_at(doc, i)
        if _incise_verb_at(doc, i):
            return None    # '"...", juge Anne': the verb of the incise after quoted words
        children = [c.dep_ for c in doc[i].children]
        if any(d.startswith(("nsubj", "aux")) for d in children) and "cop" not in children:
            return None    # "il juge que": a verb, not a title; "X est ministre": a predicate noun, a title
        if not self.written_as_title(doc[i]):
            return None    # "Markus Hartmann, jugé dans ce procès": the accents say another word
        if key(doc[i].text) in self.lex.accessions and self.accession_reading(doc, head.end):
            return None    # "Gérard Collomb, élu depuis 2001", "élu maire de Nice": the participle, not the noun
        ent, _ = entity_of_token(doc, doc[i])
        if ent is not None and ent.type == "PER":
            return None    # "Bruno Le Maire"
        former = head.former
        start = i
        while start > doc[i].sent.start and (word := self.before_word(doc[start - 1], head.singular is not None)):
            start -= 1
            former = former or word in self.lex.former
        return Title(start, i, head.end, former, head.singular, head.singular is not None)

    def function_at(self, doc: Doc, i: int) -> Title | None:
        """"Marc Fesneau, chargé des Relations avec le Parlement": a participle of function (``functions``) with its
        "de" complement, right after the comma that follows a person's name, is a title of its own."""
        if key(doc[i].text) not in self.lex.functions or i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "," \
                or key(doc[i + 1].text) not in OF \
                or i + 2 < len(doc) and doc[i + 2].pos_ in ("VERB", "AUX"):
            return None    # "Jaime Breton, chargé de coordonner l'action": a task, no function named
        ent, mention = entity_of_token(doc, doc[i - 2])
        if ent is None or ent.type != "PER" or mention.kind != "name":
            return None
        return Title(i, i, i + 1, False, doc[i].text, function=True)

    def accession_reading(self, doc: Doc, k: int) -> bool:
        """A word both a title noun and a participle of accession ("élu", "élue") is the participle when the words
        from token k say so: the title it came into ("élue fin novembre première femme présidente"), a date, or a
        complement other than "de" ("élu depuis 2001", "élu aux élections législatives", "élu sur la liste"); the
        noun takes a party, a leaning, an adjective or "de" ("Annie Genevard, élue Les Républicains du Doubs",
        "Christian Robayo, élu local de gauche", "Sandrine Lefeur, élue du Finistère")."""
        if k >= len(doc) or dated(doc[k]) or doc[k].is_punct:
            return True    # "tout juste élu, Emmanuel Macron", "élue fin novembre"
        return self.head_at(doc, k) is not None or self.before_word(doc[k], False) is not None \
            or doc[k].pos_ in ("ADP", "ADV", "NUM", "VERB", "AUX", "SCONJ") and key(doc[k].text) not in OF

    def qualified(self, doc: Doc, title: Title) -> Title:
        """The title with the adjectives that qualify its noun written before it and after its article, as in an
        apposition: "Dominic Cummings, l'influent conseiller de Boris Johnson", "Gaspard Gantzer, le jeune conseiller
        en communication du président", "Eleanor Holmes Norton, seule représentante de la capitale fédérale"; an
        adverb may grade them ("le plus jeune président d'un département")."""
        start = title.start
        while start > doc[title.head].sent.start and _qualifier(doc[start - 1], range(title.head, title.end), start):
            start -= 1
        return replace(title, start=start) if start < title.start else title

    def before_word(self, tok: Token, plural: bool) -> str | None:
        """The former or modifier word ("ancien", "ex-", "futur") a token writes, in the singular for a plural
        title ("anciens"), else None."""
        word = key(tok.text).rstrip("-")
        for w in (word, word[:-1]) if plural else (word,):
            if w in self.lex.former | self.lex.modifiers:
                return w
        return None

    def written_as_title(self, tok: Token) -> bool:
        """A lowercase word is a title's as written, accents included ("juge", "élu" but not "jugé"); a word with
        capitals may have lost its accents ("ETAT", "Etat")."""
        if not tok.is_lower:
            return True
        word = unify(tok.text.lower())
        return any(w in self.lex.written for w in (word, word[:-1], word.partition("-")[2], word.partition("-")[2][:-1]))

    def tail(self, doc: Doc, title: Title) -> Tail:
        """Scan the complement of a title up to a person's name, a clause boundary or a new title."""
        sent_end = _sentence_end(doc, title.start)
        k = title.end
        while k < min(sent_end, title.end + MAX_TAIL):
            tok = doc[k]
            first = _name_start(doc, k)
            if first is not None:
                if not _complement(doc, doc[self.nested_title(doc, title, first)], COMPLEMENT):
                    return Tail(k, self.holders(doc, first, title.plural))
                k = _mention_end(doc, doc[first])    # "l'ancien assistant de Mme Goulard, Stéphane Thérou"
                continue
            if tok.text == ",":
                nxt = k + 1 if k + 1 < sent_end else None
                if nxt is not None and _name_start(doc, nxt) is not None:
                    holders = self.holders(doc, _name_start(doc, nxt), title.plural)
                    if _fronted(doc, title) and not _closed(doc, holders[-1].end if holders else nxt):
                        break    # "Selon la ministre, Mme Tikhanovskaïa possède ...": the name opens the clause
                    return Tail(k, holders)
                apposed = self.title_at(doc, nxt + 1) if nxt is not None and doc[nxt].pos_ == "DET" \
                    and not title.plural else None    # "Devant ces anciens ministres, l'élue francilienne X": not one
                holders = self.tail(doc, apposed).holders if apposed is not None else []
                if holders:
                    return Tail(k, holders)    # "Une porte-parole du MoDem, la députée Sarah El Haïry"
                if nxt is None or key(doc[nxt].text) not in OF:
                    break    # ", de la coopération africaine et ...": a list of portfolios goes on
            elif (aside := _aside_end(doc, k, sent_end)) is not None:
                k = aside    # "La maire (PS) de Paris Anne Hidalgo": an affiliation aside
                continue
            elif tok.lower_ == "et" and _between_second(doc, title.end, k):
                k += 2 if k + 1 < sent_end and doc[k + 1].pos_ == "DET" else 1
                continue    # "chargée de l'Égalité entre les femmes et les hommes": one complement
            elif tok.lower_ == "et":
                if (k > title.end and self.head_at(doc, self.after_and(doc, k)) is not None) \
                        or _name_start(doc, k + 1) is not None:
                    break    # "ministre italien et leader du ...", "consultant en aviation et ancien pilote": a second
                             # title, or someone else, begins
            elif self.tail_stop(doc, k) or self.beyond(doc, title, k):
                aside = _phrase_at(doc, k, self.lex.asides)
                if aside and (first := _name_start(doc, k + aside)) is not None:
                    return Tail(k, self.holders(doc, first, title.plural))    # "le Premier ministre d'alors Wim Kok"
                if aside > 1 and k + aside + 1 < sent_end and (
                        doc[k + aside].text == "," and _name_start(doc, k + aside + 1) is not None
                        or key(doc[k + aside].text) in COMPLEMENT):
                    k += aside    # "le Premier ministre de l'époque, Wim Kok", "le directeur d'alors de cette école"
                    continue
                break
            k += 1
        return Tail(k)

    def after_and(self, doc: Doc, k: int) -> int:
        """The token after the "et" at token k and the former or modifier words that follow it ("et ancien pilote")."""
        j = k + 1
        while j < len(doc) and self.before_word(doc[j], False):
            j += 1
        return j

    def second_title(self, doc: Doc, k: int) -> Title | None:
        """The title a coordination at token k begins ("ministre italien et leader du ...", "et ancien pilote"), else
        None."""
        if k >= len(doc) or doc[k].lower_ != "et" or (j := self.after_and(doc, k)) >= len(doc):
            return None
        return self.title_at(doc, j)

    def tail_stop(self, doc: Doc, k: int) -> bool:
        """Does the title's complement stop at token k (a clause, a date, an age, another phrase)?"""
        tok = doc[k]
        return (not _tail_token(tok) or self.aged(doc, k) or _new_phrase(doc, k)
                or tok.pos_ == "ADP" and key(tok.text) not in COMPLEMENT | CONTINUING
                or dated(tok))

    def ages(self, doc: Doc) -> dict[int, int]:
        """The ages of ``doc`` (the ``AGE`` rules of ``RULES``): first token -> token index after the last."""
        if self._ages[0] is not doc:
            self._ages = (doc, _ages(rules.load(RULES)(doc)))
        return self._ages[1]

    def aged(self, doc: Doc, k: int) -> bool:
        """"le boulanger de 29 ans", "une étudiante âgée de 25 ans": an age starts at token k, not a complement of
        the title."""
        return k in self.ages(doc)

    def beyond(self, doc: Doc, title: Title, k: int) -> bool:
        """Token k, in a title's complement, begins words that describe the person, not the office: an aside
        adverb ("acteur américain alors âgé de 17 ans"), a circumstance ("lors d'un point-presse"), a participle on
        the title noun other than those that make offices ("chargé de", "délégué à", "candidat déclaré")."""
        tok = doc[k]
        root = doc[title.head:title.end].root
        aside = _phrase_at(doc, k, self.lex.asides)
        if aside > 1 or aside and tok.pos_ == "ADV" and k > title.end:
            return True    # "alors âgé de 17 ans", "premier adjoint à la mairie du 13e arrondissement à l'époque"
        if _phrase_at(doc, k, self.lex.bounds):
            return True    # "porte-parole de Donald Trump lors de son point de presse", "le sénateur au micro de
                           # France Info": the circumstance or the medium of the words
        participle = tok.pos_ == "VERB" or tok.morph.get("VerbForm") == ["Part"]
        return participle and tok.head.i == root.i and key(tok.text) not in self.lex.participles \
            and _name_start(doc, k + 1) is None

    def nested_title(self, doc: Doc, title: Title, first: int) -> int:
        """Where a title of the complement written right before a name starts ("les membres du
        protocole du pape François"), else the name."""
        for j in range(max(title.end, first - self.lex.longest), first):
            if entity_of_token(doc, doc[j])[0] is not None:
                continue    # "la présidente de la Chambre des représentants Nancy Pelosi": a title inside a name
            head = self.head_at(doc, j)
            if head is not None and head.end == first:
                return j
        return first

    def holders(self, doc: Doc, first: int, plural: bool) -> list[Holder]:
        """The person whose name starts at token ``first``, and for a plural title the persons
        coordinated with it ("Hervé Morin (Normandie) et Jean Rottner (Grand Est)")."""
        found: list[Holder] = []
        while first is not None:
            k = _mention_end(doc, doc[first])
            affiliation = None
            if k + 2 < len(doc) and doc[k].text == "(":
                ent, _ = entity_of_token(doc, doc[k + 1])
                close = _mention_end(doc, doc[k + 1]) if ent is not None else k
                if close < len(doc) and doc[close].text == ")":
                    affiliation, k = ent, close + 1
            found.append(Holder(_person_at(doc, doc[first]), k, affiliation))
            more = plural and k + 1 < len(doc) and doc[k].lower_ in (",", "et")
            first = _name_start(doc, k + 1) if more else None
        return found if len(found) > 1 or not plural else []    # "Devant les syndicalistes, X a ...": no

    # -- roles ----------------------------------------------------------------------------------
    def roles_of(self, doc: Doc, title: Title, tail: Tail, found: list[Role],
                 attributes: dict[int, Token]) -> list[Role]:
        """The role(s) a title occurrence states, if a person can be tied to it; ``attributes``: the subject
        of each title noun stated as a person's attribute (``RULES``)."""
        determined = title.start > 0 and doc[title.start - 1].pos_ == "DET"    # "son avocat Thierry Herzog": his
        apposed = tail.holders and (doc[tail.end].text == "," or not determined)
        if apposed and self.person_before(doc, title, tail.end) is not None:
            tail = Tail(tail.end)    # "Eric Piolle, maire de Grenoble, le député Matthieu Orphelin": Piolle's
        if tail.holders:
            if doc[tail.end].text == "," and self.relative_before(doc, title):
                return []    # "la mère du boulanger, Samah": the name is the mother's
            if key(doc[title.head].text) in self.lex.accessions and self.core_end(doc, tail.end, title.end) < tail.end:
                return []    # "a dénoncé l'élu des Bouches-du-Rhône dans une lettre au président X": not X
            conf = 0.9 if doc[tail.end].text == "," else 0.85
            gender = None if title.plural else self.gender(doc, title)    # "les députés X et Y": women too
            end = _name_words_before(doc, title.end, tail.end)
            roles = []
            for holder in tail.holders:
                if not _agrees(gender, holder.person):
                    continue
                role = self.make_role(doc, title, end, holder.person, title.start, holder.end, conf)
                if role.organization is None and holder.affiliation is not None:
                    role.organization = holder.affiliation.id
                roles.append(role)
            return roles
        opener = self.accession_subject(doc, title, tail)
        if opener is not None:    # "Élu président des Républicains en décembre 2017, Laurent Wauquiez a ..."
            person, stop = opener
            return [self.make_role(doc, title, tail.end, person, title.start, stop, 0.8)]
        if title.plural and not self.partitive_before(doc, title.start):
            return []    # "Mike Gwin, l'un des porte-parole de Joe Biden" is one of them; "les juges" names no one
        # "Visant X, le porte-parole l'accuse": a subject; not a bare title ("Jorge-Mario Cabrera, porte-parole de la
        # Coalition ... (CHIRLA) a fustigé", "Claude Goasguen, député LR et figure ...": an apposition short of its comma)
        qualified = self.qualified(doc, title)    # "X, l'influent conseiller de Y"
        verb = qualified.start > 0 and doc[qualified.start - 1].pos_ == "DET" \
            and verb_after_clitics(doc, tail.end) is not None
        before = None if verb else self.person_before(doc, qualified, tail.end)    # "par X, le président ... a défendu"
        if before is not None and title.function and any(r.person == before[0].id and r.end >= doc[before[1]].idx
                                                          for r in found):
            return []    # "le ministre de la Culture Franck Riester, chargé des questions ...": the title is said
        if before is not None:
            person, p_start, affiliation = before
            roles = [self.make_role(doc, qualified, tail.end, person, p_start, tail.end, 0.85)]
            if roles[0].organization is None and affiliation is not None:
                roles[0].organization = affiliation.id    # "Philippe Bas (LR), sénateur": the bracketed party
            second = self.second_title(doc, tail.end)
            if second is not None:
                end = self.tail(doc, second).end
                roles.append(self.make_role(doc, second, end, person, p_start, end, 0.8))
            return roles
        subject = attributes.get(doc[title.head:title.end].root.i)
        inside = subject is not None and _inside_quote(doc, title.head)
        person = _subject_person(doc, subject) if subject is not None and not inside else None
        if person is not None and _agrees(self.gender(doc, title), person):    # "X est ministre de ...", not quoted
            name = subject if subject.lower_ != "qui" else doc[subject.i - 2]
            _, mention = entity_of_token(doc, name)
            first = doc.char_span(mention.start, mention.end, alignment_mode="expand").start
            span = sorted((first, title.start, tail.end - 1, _mention_end(doc, name) - 1))
            return [self.make_role(doc, title, tail.end, person, span[0], span[-1] + 1, 0.8)]
        return self.described(doc, title, tail, found)

    def described(self, doc: Doc, title: Title, tail: Tail, found: list[Role]) -> list[Role]:
        """"La présidente du RN se dit ...": a definite title with a complement or a modifier, as a
        subject, names the person who already holds it, else the person named last before."""
        end = max(title.end, min(self.core_end(doc, tail.end, title.end),
                                 doc[title.head:title.end].root.right_edge.i + 1))
        bare = (end == title.end and title.start == title.head and title.end - title.head == 1 and not title.former
                and not self.aged(doc, end))
        if end < len(doc) and doc[end].lower_ in ("qui", "que", "dont"):
            return []    # "le commandant de l'équipage qui pilotait": someone new, not a named person
        if key(doc[title.head].text) in self.lex.accessions:
            return []    # "explique l'élu des Pyrénées-Atlantiques": any elected official; a name must go with it
        gender = self.gender(doc, title)
        root = doc[title.head:title.end].root
        # "Ce chauffeur de 23 ans n'a pas pris ...": a demonstrative points back to someone named, even on a bare
        # title; inside a quotation it points anywhere ("ce président ne croit pas en la démocratie")
        pointed = not article_before(doc, title.start) and article_before(doc, title.start, demonstrative=True) \
            and not _inside_quote(doc, title.start)
        holder = office_holder(doc, root, found) if article_before(doc, title.start, contracted=True) else None
        if holder is not None and _agrees(gender, holder):    # "le Premier ministre": the holder of the office
            end = max(title.end, min(end, description_bounds(root)[1]))    # "le président à Epernay": "président"
        elif bare and not pointed or not _is_subject(doc, title) or not (article_before(doc, title.start) or pointed):
            return []    # a bare "le président" that no dated office names is left to coreference
        else:
            holder = None
        if holder is None and (unnamed_holder(doc, root, roles=found) or introduced_unnamed(doc, root)):
            return []    # "le porte-parole du gouvernement" when the article names no spokesperson
        if holder is None and _unknown_name_after(doc, title.end, end):
            return []    # "le représentant démocrate Dutch Ruppersberger": a name the NER missed, not someone before
        role = self.make_role(doc, title, end, None, title.start, end, 0.6 if holder else 0.5)
        others = complement_persons(doc, root, lambda c: {r.person for r in found if r.person
                                                           and _head_word(r.title, frozenset()) == key(c.text)})
        person = holder or _resolve(doc, role, found, title.start, gender, self.lex.former | self.lex.modifiers, others)
        if person is None:
            return []
        known = [key(r.title) for r in found if r.person == person.id]
        if any(t != key(role.title) and t.startswith(key(role.title)) for t in known):
            return []    # "le ministre" after "le ministre de la Défense Andriï Taran": nothing new
        role.person = person.id
        roles = [role]
        second = self.second_title(doc, end)
        if second is not None:    # "le chef de file de LREM et secrétaire d'État aux relations avec ..."
            stop = max(second.end, self.core_end(doc, self.tail(doc, second).end, second.end))
            roles.append(self.make_role(doc, second, stop, person, second.start, stop, 0.45))
        return roles

    def core_end(self, doc: Doc, end: int, head_end: int) -> int:
        """Where a title without a name ends: before a phrase that is not "de/à ..." ("sur ses propos"),
        or that is "à + a title" ("a répondu le président au journaliste")."""
        for k in range(head_end, end):
            word = key(doc[k].text)
            if doc[k].pos_ == "ADP" and word not in ("de", "d'", "du", "des", "a", "au", "aux"):
                return k
            if word in ("a", "au", "aux"):
                nxt = k + 2 if k + 2 < len(doc) and key(doc[k + 1].text) in ARTICLES else k + 1
                if nxt < len(doc) and self.head_at(doc, nxt) is not None:
                    return k
        return end

    def person_before(self, doc: Doc, title: Title, end: int) -> tuple[Entity, int, Entity | None] | None:
        """"Antonio Vitorino, <title>", "Jean Castex, alors Premier ministre", "Iouri Tchoursov, un autre membre",
        "Christophe Castaner (ministre de l'Intérieur)": the PER whose mention ends just before a comma (or the
        bracket the title is in) before the title (and an article or an aside such as "alors"); a name after a
        preposition only when the title is bare or its apposition closes at ``end``."""
        start = title.start
        k = start - 1 - self.partitive_before(doc, start)    # "Kim Hwang-yun, un des responsables du projet"
        if k >= 0 and key(doc[k].text) in OTHERS:
            k -= 1    # "Iouri Tchoursov, un autre membre de la commission", "Salvatore Falccovio, autre cofondateur"
        if k >= 0 and doc[k].pos_ == "DET":
            # "le Premier ministre Jean Castex, le ministre de l'Intérieur et la ministre de la Culture Roselyne
            # Bachelot": an enumeration of people, the title names its own; not a second title of the same person
            # ("Yann Wehrling, le secrétaire général du Modem et ancien dirigeant des Verts")
            if doc[end - 1].lower_ == "et" or end < len(doc) and doc[end].lower_ == "et" \
                    and self.second_title(doc, end) is None:
                return None
            k -= 1
        participle = self.accession_before(doc, k)    # "Christian Estrosi, réélu maire de Nice"
        acceded, k = participle != k, participle
        for n in range(self.lex.longest, 0, -1):
            if k - n >= 0 and tuple(key(t.text) for t in doc[k - n + 1:k + 1]) in self.lex.asides:
                k -= n
                break
        apposed = next((s for s, e in self.ages(doc).items() if e == k + 1 and doc[s].text == ","), None)
        if apposed is not None:
            k = apposed    # "Edouard Philippe, 46 ans, député-maire LR du Havre": the age apposed before the title
        bracket = k >= 1 and doc[k].text == "(" and ")" in [t.text for t in doc[end:end + MAX_ASIDE]]
        if k < 1 or doc[k].text != "," and not bracket or doc[k - 1].sent != doc[start].sent and not parser_cut(doc[k]):
            return None    # "Antonio Vitorino, directeur ...", "Christine Lagarde (présidente du FMI)"
        affiliation = None
        if not bracket and doc[k - 1].text == ")":    # "Philippe Bas (LR), président de la commission des Lois"
            opening = next((j for j in range(k - 2, max(0, k - 2 - MAX_ASIDE), -1) if doc[j].text == "("), None)
            ahead = range(end, min(_sentence_end(doc, end - 1), end + MAX_ASIDE + 2))
            if any(_name_start(doc, j) is not None for j in ahead):
                return None    # "X (LR) ou Y (UDI), le député européen d'EELV Yannick Jadot": the title names its own
            if opening is not None and opening > 0 and _aside_end(doc, opening, k) == k:
                affiliation = next((e for e, _ in map(lambda t: entity_of_token(doc, t), doc[opening + 1:k - 1])
                                    if e is not None and e.type == "ORG"), None)
                k = opening
        ent, mention = entity_of_token(doc, doc[k - 1])
        if ent is None or ent.type != "PER" or mention.kind not in ("name", "acronym"):
            return None
        if not _agrees(self.gender(doc, title), ent):
            return None    # "Gilles Pennelle, la présidente du RN"
        p = k - 1
        while p > 0 and doc[p - 1].idx >= mention.start:
            p -= 1
        if _complement(doc, doc[p]) and (acceded or self.owned(doc, p) or article_before(doc, title.start)
                                         and not _closed(doc, end)):
            return None    # "Très proche d'Emmanuel Macron, le chef de file de LREM et ... avait": the clause's subject;
                           # "camarade de promo de Gaspard Gantzer, devenu ministre": the participle may be the noun's
        return ent, p, affiliation

    def accession_before(self, doc: Doc, k: int) -> int:
        """"Christian Estrosi, réélu maire de Nice", "Gérald Darmanin, élu samedi maire de Tourcoing": the token
        before the participle of coming into the office (and the date written after it) that ends at token k, else k."""
        j = k
        while j >= 0 and doc[j].pos_ in ("ADP", "DET", "NUM", "NOUN") and k - j < MAX_ASIDE and dated(doc[j]):
            j -= 1    # "élu samedi", "nommée le 6 juillet"
        if j >= 0 and doc[j].lower_ in ("en", "le") and j < k:
            j -= 1    # "élu en 2017": the date's preposition
        return j - 1 if j >= 0 and key(doc[j].text) in self.lex.accessions else k

    def accession_subject(self, doc: Doc, title: Title, tail: Tail) -> tuple[Entity, int] | None:
        """"Élu président des Républicains en décembre 2017, Laurent Wauquiez a ...", "Nommé vendredi secrétaire
        d'État, Olivier Dussopt a ...": the person, and the token after their name, that a sentence opening on a
        participle of coming into the title names as its subject after the participle clause's comma."""
        participle = self.accession_before(doc, title.start - 1) + 1
        if participle == title.start or not (doc[participle].is_sent_start or doc[participle - 1].is_punct):
            return None
        sent_end = _sentence_end(doc, title.start)
        comma = next((k for k in range(tail.end, sent_end) if doc[k].text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[tail.end:comma]):
            return None    # "Élu en 2017, il a promis ...": no name after the clause
        first = _name_start(doc, comma + 1)
        if first is None or not _is_subject_token(doc[first]):
            return None
        person = _person_at(doc, doc[first])
        return (person, _mention_end(doc, doc[first])) if _agrees(self.gender(doc, title), person) else None

    def owned(self, doc: Doc, p: int) -> bool:
        """A name after a preposition completes a title or a kinship noun ("l'avocat de X, ...", "la fille de
        X, ..."): the apposition after it may be theirs; after any other noun or preposition ("Pour Antoine
        Homé, maire PS de Wittenheim", "la demande d'Anne Hidalgo, la maire PS de Paris") it is the name's."""
        k = p - 1
        while k >= 0 and (doc[k].text in honorifics() or doc[k].pos_ == "DET"):
            k -= 1
        if k < 0 or key(doc[k].text) not in OF:
            return False
        k -= 1
        while k >= 0 and doc[k].pos_ in ("ADJ", "DET"):
            k -= 1
        return k < 0 or key(doc[k].text) in self.lex.relatives or self.head_at(doc, k) is not None \
            or any((head := self.head_at(doc, j)) is not None and head.end == k + 1 for j in range(max(0, k - 3), k))

    def partitive_before(self, doc: Doc, start: int) -> int:
        """The number of tokens of "l'un des", "une des" written right before token ``start``, else 0."""
        return next((n for n in range(min(3, start), 0, -1)
                     if tuple(key(t.text) for t in doc[start - n:start]) in self.lex.partitives), 0)

    def relative_before(self, doc: Doc, title: Title) -> bool:
        """"la mère du boulanger": the title completes a kinship noun."""
        k = title.start - 1
        while k >= 0 and doc[k].pos_ in ("DET", "ADP", "ADJ", "NUM"):
            k -= 1
        return k < title.start - 1 and k >= 0 and key(doc[k].text) in self.lex.relatives

    def gender(self, doc: Doc, title: Title) -> str | None:
        """"m" or "f" when the title word, its article or its adjectives outside a name say so ("la ministre",
        "maire sortante")."""
        head = self.head_at(doc, title.head)
        if head is not None and head.gender in ("m", "f"):
            return head.gender
        words = list(doc[max(0, title.start - 1):title.head]) + [c for c in doc[title.head].children if c.dep_ == "amod"]
        for tok in words:    # a name's words are no agreement of the title ("leader de La France insoumise")
            if tok.pos_ in ("DET", "ADJ", "VERB") and tok.morph.get("Gender") and entity_of_token(doc, tok)[0] is None:
                return "f" if tok.morph.get("Gender") == ["Fem"] else "m"
        return None

    def make_role(self, doc: Doc, title: Title, end: int, person: Entity | None, start: int, stop: int,
                  confidence: float) -> Role:
        """A Role from the title tokens [title.start, end), the organisation and the state taken out.

        "de/du (groupe, liste ...) + organisation or state" ends the title words ("présidente du groupe
        CRCE à majorité communiste" -> "présidente"); a bare one is only dropped ("candidate LR à la
        mairie de Paris" -> "candidate à la mairie de Paris"). A place stands for the organisation when none
        is named; it stays in the title ("député des Bouches-du-Rhône") unless a generic noun of an area introduces
        it ("présidente de la région Île-de-France" -> "présidente de la région").
        """
        org = country = place = None
        words: list[list[str]] = []    # [text, whitespace] of the title words
        k = title.start
        adjacent = True    # still in the words that qualify the title noun itself, before its complement
        while k < end:
            tok = doc[k]
            aside = _aside_end(doc, k, end) if k > title.head else None
            if aside is not None:
                k = aside    # "sénatrice (ex-PS) des Bouches-du-Rhône": the bracketed affiliation is no title word
                continue
            if k >= title.end and (n := _phrase_at(doc, k, self.lex.asides)) > 1:
                k += n    # "le Premier ministre de l'époque, Wim Kok": the aside is no title word
                continue
            leaning = self.leaning_at(doc, k, title.plural) if adjacent and k >= title.end else 0
            if leaning:
                k += leaning    # "le président islamo-conservateur": the leaning is no title word
                continue
            adjacent = adjacent and (k < title.end or tok.pos_ in ("ADJ", "VERB", "NOUN") and tok.dep_ != "nmod")
            ent, mention = entity_of_token(doc, tok)
            if k == title.head and title.head_text:
                _add_word(words, doc[title.end - 1], title.head_text)    # "députés européens" -> "député européen"
                k = title.end
                continue
            if k < title.head and title.plural and tok.text.endswith("s") and self.before_word(tok, True):
                _add_word(words, tok, tok.text[:-1])    # "les anciens ministres X et Y": each an "ancien ministre"
                k += 1
                continue
            if k < title.end or ent is None or ent.type not in ("ORG", "GPE", "LOC") or self._is_title(doc, mention):
                _add_word(words, tok)
                k += 1
                continue
            if ent.type == "LOC" or ent.type == "GPE" and mention.kind == "demonym":
                place = place or (ent.id if ent.type == "LOC" else None)
                country = country or (ent.id if ent.type == "GPE" else None)
                generic = key(tok.text) in self.lex.places and tok.idx == mention.start
                if ent.type == "LOC" and (generic or words and key(words[-1][0]) in self.lex.places):
                    if generic:
                        _add_word(words, tok)
                    k = _mention_end(doc, tok)    # "président de la région Normandie": the region is the organisation
                    continue
                _add_word(words, tok)
                k += 1
                continue
            if ent.type == "ORG":
                org = org or ent.id
            else:
                country = place = country or ent.id
            if words and key(words[-1][0]) in self.lex.groups:
                words.pop()    # "du groupe CRCE", "de la liste RIC": the generic noun goes with the name
            introduced = bool(words) and key(words[-1][0]) in COMPLEMENT | ARTICLES
            while words and key(words[-1][0]) in COMPLEMENT | ARTICLES:
                words.pop()
            k = _mention_end(doc, tok)
            if introduced and not _goal(doc, k):
                break
        while words and (not any(c.isalnum() for c in words[-1][0]) or key(words[-1][0]) in COMPLEMENT | ARTICLES | {"et"}):
            words.pop()
        text = "".join(w + ws for w, ws in words).strip()
        s, e = doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
        return Role(person=person.id if person else "", title=text, organization=org or place, country=country,
                    start=s, end=e, former=title.former, confidence=confidence)

    def leaning_at(self, doc: Doc, k: int, plural: bool) -> int:
        """The number of tokens of a political leaning written at token k, in the plural after a plural title
        ("les candidats démocrates X et Y"), else 0."""
        n = _phrase_at(doc, k, self.lex.orientations)
        if not n and plural and key(doc[k].text).endswith("s") and (key(doc[k].text)[:-1],) in self.lex.orientations:
            n = 1
        return n

    def _is_title(self, doc: Doc, mention) -> bool:
        """True when an ORG mention is itself a title ("ministre des Affaires étrangères")."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and self.head_at(doc, span.start) is not None


def _qualifier(tok: Token, head: range, after: int) -> bool:
    """A lowercase adjective that qualifies the title noun at ``head``, or an adverb grading the qualifier at token
    ``after`` ("le plus jeune président")."""
    if not tok.is_lower or tok.is_punct or key(tok.text) in OTHERS:
        return False    # "Kevin Hassett, un autre conseiller": read as one of several (person_before)
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.head.i in head \
        or tok.pos_ == "ADV" and tok.head.i == after and after < head.start


def _phrase_at(doc: Doc, k: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The number of tokens of the longest of ``phrases`` (key token sequences) written at token k, else 0."""
    longest = max(map(len, phrases), default=0)
    return next((n for n in range(min(longest, len(doc) - k), 0, -1)
                 if tuple(key(t.text) for t in doc[k:k + n]) in phrases), 0)


def _inside_quote(doc: Doc, i: int) -> bool:
    """Token i is inside quoted words."""
    return any(a <= doc[i].idx < b for a, b in quoted(doc))


def _unknown_name_after(doc: Doc, start: int, end: int) -> bool:
    """A run of capitalised words that no entity covers ends the title words from token ``start`` to ``end`` or
    follows them: the name of someone the NER missed ("le représentant démocrate Dutch Ruppersberger")."""
    if _name_words_before(doc, start, end, misc=True) < end:
        return True
    return end + 1 < len(doc) and all(doc[j].is_title and doc[j].pos_ == "PROPN" and _unknown(doc, doc[j], True)
                                      for j in (end, end + 1))


def _unknown(doc: Doc, tok: Token, misc: bool) -> bool:
    """No entity covers the token, or with ``misc`` only a MISC one (a foreign name the NER typed so: "Dutch
    Ruppersberger")."""
    ent, _ = entity_of_token(doc, tok)
    return ent is None or misc and ent.type == "MISC"


def _between_second(doc: Doc, start: int, k: int) -> bool:
    """The "et" at token k joins the second term of an "entre" written since token ``start`` ("entre A et B")."""
    return any(t.lower_ == "entre" for t in doc[start:k]) and not any(t.lower_ == "et" for t in doc[start:k])


def _incise_verb_at(doc: Doc, i: int) -> bool:
    """Token i opens the incise after quoted words ('"...", juge Anne'): a comma after a closing mark (an opening
    one is never followed by a comma) before it."""
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].text in QUOTES


def _add_word(words: list[list[str]], tok: Token, text: str | None = None) -> None:
    """Append a title word (as ``text`` when given); quotation marks are left out, not their spacing."""
    if tok.text not in QUOTES:
        words.append([text or tok.text, tok.whitespace_])
    elif words and tok.whitespace_:
        words[-1][1] = tok.whitespace_


def _name_words_before(doc: Doc, start: int, end: int, misc: bool = False) -> int:
    """Where a title's words stop before the name at token ``end``: a run of capitalised words that no entity
    covers (or, with ``misc``, only a MISC one) and no article or preposition introduces belongs to the name ("le
    leader islamiste controversé Allama Shah Ahmad Shafi"), not "l'Intérieur" in "le ministre de l'Intérieur
    Christophe Castaner"."""
    k = end
    while k > start and doc[k - 1].is_title and _unknown(doc, doc[k - 1], misc):
        k -= 1
    return k if k < end and doc[k - 1].pos_ not in ("DET", "ADP") else end


def _sentence_end(doc: Doc, i: int) -> int:
    """The end of token i's sentence, read across the parser's sentence breaks that follow no punctuation
    ("Le député non-inscrit des Pyrénées-Atlantiques | Jean Lassalle a indiqué": the parse splits names)."""
    end = doc[i].sent.end
    while end < len(doc) and not doc[end - 1].is_punct and not doc[end - 1].is_space:
        end = doc[end].sent.end
    return end


def _aside_end(doc: Doc, k: int, end: int) -> int | None:
    """Token index after a short bracketed aside naming an entity, opening at token k ("(PS)", "(ex-LR)"),
    that a title's complement goes on after, else None."""
    if doc[k].text != "(":
        return None
    close = next((j for j in range(k + 1, min(end, k + 1 + MAX_ASIDE)) if doc[j].text == ")"), None)
    if close is None or close + 1 > end or not any(entity_of_token(doc, t)[0] is not None for t in doc[k + 1:close]):
        return None
    return close + 1


def _goal(doc: Doc, k: int) -> bool:
    """"candidate des Républicains à la mairie de Paris": an "à la/au" phrase goes on after the organisation."""
    return k + 1 < len(doc) and (key(doc[k].text) in ("au", "aux") or
                                 key(doc[k].text) == "a" and key(doc[k + 1].text) in ARTICLES)


def _tail_token(tok: Token) -> bool:
    """Can this token continue a title's complement?"""
    if tok.text in QUOTES or tok.text in ("-",) or tok.dep_ == "amod" and tok.head.i < tok.i:
        return True
    if tok.pos_ == "ADV":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("ADJ", "VERB", "ADP")
    if tok.pos_ == "VERB":    # "chargé de la Ville", "investi par LREM", not "son président à voter" nor
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None    # "du Pétrole retrouvé mort noyé"
        return tok.morph.get("VerbForm") == ["Part"] and not any(c.dep_.startswith("aux") for c in tok.children) \
            and nxt is not None and key(nxt.text) in COMPLEMENT
    return tok.pos_ in TAIL_POS and tok.lower_ not in ("qui", "que", "dont")


def _fronted(doc: Doc, title: Title) -> bool:
    """"Selon le ministre, ...", "Pour le probable futur candidat, ...": the title follows a preposition."""
    k = title.start - 1
    while k >= 0 and doc[k].pos_ in ("DET", "ADJ", "NUM"):
        k -= 1
    return k >= 0 and doc[k].pos_ == "ADP"


def _closed(doc: Doc, k: int) -> bool:
    """A name's apposition is closed at token k: punctuation or the end of the sentence."""
    return k >= len(doc) or doc[k].is_sent_start or doc[k].text in (",", ".", ";", ":", ")", "!", "?")




def _new_phrase(doc: Doc, k: int) -> bool:
    """An article after a noun or an adjective begins another phrase ("une des maires les plus
    impopulaires"), unless it opens a name ("le député Les Républicains Georges Fenech") or stands inside one
    ("le président de Debout la France Nicolas Dupont-Aignan")."""
    ent, _ = entity_of_token(doc, doc[k])
    return (doc[k].pos_ == "DET" and doc[k].dep_ != "case" and doc[k - 1].pos_ not in ("ADP", "DET")
            and ent is None)    # nor inside one; "chargé des retraites": "des" is a preposition


def _ages(hits: list[Hit]) -> dict[int, int]:
    """The ages the ``AGE`` rules of ``RULES`` find ("âgée de 25 ans", "de 29 ans", ", 46 ans,"): the token where
    each starts -> the token index after it."""
    return {h.anchor.i: h.tokens[-1].i + 1 for h in hits if h.rule.label == "AGE"}


def _name_start(doc: Doc, k: int) -> int | None:
    """Index of the first token of a person's name starting at token k, after titles of address."""
    while k < len(doc) - 1 and doc[k].text in honorifics():
        k += 1
    return k if k < len(doc) and _person_at(doc, doc[k]) is not None else None


def _subject_person(doc: Doc, subject: Token) -> Entity | None:
    """The person an attribute's subject names: its PER name, or for "qui" the name just before its comma
    ("Jean-Jacques Hyest, qui était sénateur")."""
    if subject.lower_ != "qui":
        return _person_at(doc, subject)
    if subject.i < 2 or doc[subject.i - 1].text != ",":
        return None
    ent, mention = entity_of_token(doc, doc[subject.i - 2])
    if ent is None or ent.type != "PER" or mention.kind not in ("name", "acronym"):
        return None
    return ent


def _person_at(doc: Doc, tok: Token) -> Entity | None:
    """The PER entity whose name mention starts at this token."""
    ent, mention = entity_of_token(doc, tok)
    if ent is not None and ent.type == "PER" and mention.start == tok.idx and mention.kind in ("name", "acronym"):
        return ent
    return None


def _complement(doc: Doc, tok: Token, prepositions: frozenset[str] = PREPOSITIONS) -> bool:
    """A name after a preposition ("assistant de Mme Goulard", "désavouée par les Balkany") complements
    the title, it does not hold it."""
    k = tok.i - 1
    while k >= 0 and (doc[k].text in honorifics() or doc[k].pos_ == "DET"):
        k -= 1
    return k >= 0 and key(doc[k].text) in prepositions


def _mention_end(doc: Doc, tok: Token) -> int:
    """Token index after the mention that covers this token."""
    _, mention = entity_of_token(doc, tok)
    k = tok.i
    while k < len(doc) and doc[k].idx < mention.end:
        k += 1
    return k


def _is_subject(doc: Doc, title: Title) -> bool:
    """The title word heads a subject (or an inverted subject after its verb)."""
    tok = doc[title.head:title.end].root
    while tok.dep_ in ("amod", "flat", "fixed") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubj:pass"):
        return True
    return (tok.dep_ == "obj" and tok.head.i < tok.i and tok.head.morph.get("VerbForm") != ["Inf"]
            and not any(c.dep_ == "nsubj" for c in tok.head.children))


def _is_subject_token(tok: Token) -> bool:
    """The token heads a subject (or stands in apposition to one)."""
    return tok.dep_ in ("nsubj", "nsubj:pass", "appos")


def _resolve(doc: Doc, role: Role, found: list[Role], start: int, gender: str | None,
             prefixes: frozenset[str] = frozenset(), others: set[str] = frozenset()) -> Entity | None:
    """The person a title designates: one already holding it (a former holder's title, one stated as former: "la
    ministre Muriel Pénicaud" is not "l'ancienne ministre"), else the person named in the nearest
    sentence before (one the article gives no other title first, then its subject, else the last
    named), else, for the lead or the sentence before a name, the first person named next as a subject.
    Names of the title's own sentence are left out ("X a dit que le ministre ..." is not X), and so are
    persons of the other gender; names inside quotation marks count only when none outside them does
    ("« Griveaux veut ... », a écrit le leader de la France insoumise" is not Griveaux), the ``others`` its complement
    designates ("l'avocat du cinéaste" is not the filmmaker), and persons whose
    titles of the same head say another complement ("ministre des Finances" for "le ministre de la Défense",
    :func:`veille.reference.contradicts`). Titles are compared
    on their head word, after the ``prefixes`` ("ancien", "futur": "l'ancien ministre" is not "l'ancien président")."""
    inside = quoted(doc)
    head = _head_word(role.title, prefixes)
    for r in found:
        holder = next(e for e in doc._.entities if e.id == r.person) if r.person else None
        if holder is not None and (r.organization, r.country) == (role.organization, role.country) \
                and _head_word(r.title, prefixes) == head and _agrees(gender, holder) and (r.former or not role.former) \
                and not contradicts(role.title, [r.title]):
            return holder
    sent = doc[start].sent
    busy = {r.person for r in found if sent.start_char <= r.start < sent.end_char}
    titled = {r.person for r in found if not r.former and _head_word(r.title, prefixes) != head}
    colleagues = {r.person for r in found if role.organization and r.organization == role.organization}
    named = [(m.start, ent, gender is not None and _person_gender(ent) == gender,
              _is_subject_token(doc.char_span(m.start, m.end, alignment_mode="expand").root),
              not any(a <= m.start < b for a, b in inside))
             for ent in doc._.entities or [] if ent.type == "PER" and ent.id not in busy | others and _agrees(gender, ent)
             and not contradicts(role.title, [r.title for r in found if r.person == ent.id])
             and not _other_party(doc, role, [r for r in found if r.person == ent.id])
             for m in ent.mentions if m.kind in ("name", "acronym")]
    sents = list(doc.sents)
    here = next(n for n, s in enumerate(sents) if s.start == sent.start)
    back, counted = [], 0    # the LOOK_BACK sentences before, not counting those a quotation opens
    for s in reversed(sents[:here]):
        if counted == LOOK_BACK or is_subheading(s):
            break    # "- Bouclage de Bethléem -Le gouverneur de Bethléem a décidé": a new section, a new person
        back.append(s)
        counted += not any(a <= s.start_char < b for a, b in inside)

    def before(outside: bool) -> Entity | None:
        for s in back:
            earlier = [(ent.id in colleagues, same, ent.id not in titled, subj, pos, ent)
                       for pos, ent, same, subj, out in named if s.start_char <= pos < s.end_char and out >= outside]
            if earlier:    # a title of the same organisation ("le secrétaire général adjoint des Républicains"
                           # after "le député Les Républicains Fabien Di Filippo"), the title's gender known to be
                           # theirs, then those with no other title, subjects, the last
                return max(earlier, key=lambda x: x[:5])[5]
        return None

    ahead = sents[here + 1:here + 1 + (LOOK_AHEAD if here == 0 else 1)]
    later = sorted((pos, ent) for pos, ent, _, subj, _ in named if subj and ahead
                   and ahead[0].start_char <= pos < ahead[-1].end_char)
    # a lead's "Le ministre de l'Intérieur a ...", named next; a name only quoted, last
    return before(True) or (later[0][1] if later else None) or before(False)


def _other_party(doc: Doc, role: Role, theirs: list[Role]) -> bool:
    """The title names a party and the person's stated titles name another one: "le leader de la France insoumise"
    is not "le patron des Républicains à l'Assemblée nationale, Damien Abad"."""
    def party(org: str | None) -> str | None:
        ent = entity_by_id(doc, org)
        return ent.id if ent is not None and "party" in organisation_kinds(ent.name) else None

    wanted = party(role.organization)
    return wanted is not None and any((p := party(r.organization)) is not None and p != wanted for r in theirs)


def _head_word(title: str, prefixes: frozenset[str]) -> str | None:
    """The first word of a title after the ``prefixes``: "ancien ministre libyen" -> "ministre"."""
    words = [w for w in re.split(r"[\s-]+", key(title)) if w]
    while len(words) > 1 and words[0] in prefixes:
        words.pop(0)
    return words[0] if words else None


def _agrees(gender: str | None, person: Entity) -> bool:
    """A title of that gender may be the person's (unknown genders agree with anything)."""
    return gender is None or _person_gender(person) in (None, gender)


def _person_gender(ent: Entity) -> str | None:
    """A person's gender from the first name ("m", "f"), None when unknown or either (``gazetteer.person_gender``,
    as coreference reads it)."""
    return person_gender(ent.name)


def _dedupe(roles: list[Role]) -> list[Role]:
    """One role per person and title: the one that names an organisation or a state, else the most
    confident; a title whose words another title of the person's contains goes ("juge" beside "juge
    d'instruction")."""
    best: dict[tuple, Role] = {}
    rank = lambda r: (r.organization is not None or r.country is not None, r.confidence)
    for r in roles:
        ident = (r.person, key(r.title))
        if ident not in best or rank(r) > rank(best[ident]):
            best[ident] = r
    kept = list(best.values())
    return sorted((r for r in kept if not any(
        o.person == r.person and o.former == r.former and r.organization in (None, o.organization)
        and _content_words(r.title) < _content_words(o.title) for o in kept)), key=lambda r: r.start)


def _content_words(title: str) -> set[str]:
    """The words of a title less articles, prepositions and "et"."""
    return set(re.findall(r"\w+", key(title))) - COMPLEMENT - ARTICLES - {"l", "d", "et"}


@Language.factory("veille_roles", assigns=["doc._.roles"], requires=["doc._.entities", "token.dep", "token.pos"])
def make_roles(nlp: Language, name: str) -> RoleFinder:
    """Factory of the roles component (its title rules compiled here, once)."""
    finder = RoleFinder(load_lexicon(nlp))
    finder.titles.compile(nlp.vocab)
    return finder
