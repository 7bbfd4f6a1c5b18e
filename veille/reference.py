"""Reference resolution: pronouns and descriptions resolved to the article's entities.

Plain functions below the components: the coreference component (:func:`annotate` appends
``pronoun`` and ``nominal`` mentions to ``doc._.entities[*].mentions``, kept sorted by start), the
quotes component (:func:`resolve` for a subject token, :func:`salient`), roles and events (the holder
of an office) call them; they read only what earlier components left on the Doc.

- pronouns (il, elle, ils, elles, celui-ci, celle-ci) and anaphors ("ce
  dernier", "l'intéressée") agree in gender and number with their antecedent;
  a person's gender comes from the first-name list (when present), civilities
  ("Mme"), and the titles in apposition to the name ("la ministre déléguée",
  "présidente", a feminine participle);
- descriptions headed by a title ("le directeur général de l'OIM", "la
  présidente du RN") go to the person whose stated titles (``doc._.roles``,
  and the titles in apposition to the name in the text) share the head word;
- "le président", "le Premier ministre", "le chef de l'État", "l'ancien président" go to the
  person the article gives that office, else to one it names who held it at publication
  (:func:`office_candidates`; the salient one among several), before any other president ("le
  président du groupe centriste");
- a description the article gives an organisation or a state in apposition ("la Maison bleue,
  la présidence sud-coréenne,") goes to it wherever it occurs;
- "le ministère", "l'agence" go to the organisation whose name has that head; "le parti", "le syndicat", "la
  haute juridiction", "l'ONG", "la chaîne" to one of that kind (``lexicons/organization_kinds.tsv``: "le RN"
  is a party), never to one of another kind;
  "le quotidien" to the salient medium (``lexicons/media.txt``), else organisation;
- "le comité" also goes to the organisation named earlier in a phrase with
  that noun ("le comité électoral de LFI"); reporters to their news agency
  ("des journalistes de l'AFP"); a description to the person named after it
  and a comma ("la mère du boulanger, Samah");
- among the candidates, discourse salience decides: recency (in sentences),
  subject position, and the focus set by "De son côté, X" / "Pour sa part, X".
  Persons named inside quotation marks are never antecedents.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from veille import extensions  # noqa: F401
from veille import gazetteer, lexicons
from veille.marks import quoted
from veille.normalize import norm
from veille.record import Entity, Mention, Role
from veille.spans import entity_at, entity_by_id, entity_of_token, text_of
from veille.syntax import (IMPERSONAL_VERBS, SUBJECT_DEPS, article_before, case_of, determiner, impersonal,
                           is_common_noun, is_definite, is_indefinite)

WORDS = "coref_words.tsv"
ORG_KINDS = "organization_kinds.tsv"
FUNCTION_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux", "en", "et"})
SOURCE_WORDS = ("selon", "pour", "d'après")     # what opens a source phrase ("Selon X, ...")
CURRENT = ("actuel ", "actuelle ")     # "l'actuel locataire de l'Élysée": the present holder
APPOS_DEPS = ("appos", "flat:name", "nmod")
SPEAKER_TYPES = ("PER", "ORG", "GPE")
WINDOW = 1500      # characters looked back for an antecedent
SENTENCE = 200     # characters that count as one sentence of distance (parsed sentences are unreliable)
NP_REACH = 5       # words from an organisation noun to the name in apposition in its phrase ("le syndicat de police X")
INCISE_REACH = 6   # tokens from an incise's comma to its inverted pronoun ("», a-t-il [aussi] ajouté")


@dataclass
class Word:
    """A row of the coreference lexicon."""

    kind: str
    gender: str | None
    number: str | None


@dataclass
class Profile:
    """What the article says about an entity: gender, number, titles."""

    gender: str | None = None
    number: str = "s"
    titles: set[str] = field(default_factory=set)     # normalised title head words
    orgs: set[str] = field(default_factory=set)       # ids of organisations in those titles


@dataclass
class Occurrence:
    """One mention of an entity seen while reading the article in order."""

    entity: Entity
    start: int
    end: int
    sent: int
    subject: bool
    focus: bool
    main: bool = False     # subject of the sentence's main clause, not of a relative or reported clause


#: How many sentences back a bare state body ("le gouvernement") finds the demonym that named its state.
BODY_REACH = 3


@lru_cache(maxsize=None)
def words() -> dict[str, Word]:
    """The coreference lexicon keyed by lowercase form."""
    return {r["form"].lower(): Word(r["kind"], gazetteer.gender(r["gender"]), r["number"] if r["number"] in ("s", "p") else None)
            for r in lexicons.table(WORDS)}


@lru_cache(maxsize=None)
def _of_kind(kind: str) -> dict[str, Word]:
    """The lexicon rows of one kind."""
    return {k: w for k, w in words().items() if w.kind == kind}


@lru_cache(maxsize=None)
def former_prefixes() -> tuple[str, ...]:
    """What opens a former holder's title ("l'ancien président", "l'ex-ministre"): a former word and a space or
    a hyphen (``gazetteer.former_words``; roles reads "ex-" the same way)."""
    return tuple(f"{w}{sep}" for w in sorted(gazetteer.former_words()) for sep in (" ", "-"))


# --- syntax -----------------------------------------------------------------------------------------

def token_gender(tok: Token) -> str | None:
    """m/f from a token's morphology (determiners, adjectives, participles)."""
    g = tok.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(g[0]) if g else None


@lru_cache(maxsize=None)
def _title_prefixes() -> frozenset[str]:
    """Every leading piece of every title form: a token that is none of them starts no title."""
    return frozenset(form[:k] for form in gazetteer.title_genders() for k in range(1, len(form) + 1))


def title_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """The longest title form of the lexicon starting at token i, with its end token index."""
    if doc[i].lower_ not in _title_prefixes():
        return None
    table = gazetteer.title_genders()
    best = None
    for j in range(i + 1, min(len(doc), i + 6) + 1):
        form = doc[i:j].text.lower().replace(" - ", "-")
        if form in table:
            best = (form, j)
    return best


def _apposed_to(tok: Token) -> Token:
    """The noun phrase a name stands in apposition to: "Le conseiller à la sécurité de M. Moon, Chung Eui-yong,"
    (the parser hangs the name on the last noun; it names the phrase's head)."""
    node = tok.head
    if tok.dep_ == "appos":
        while node.dep_.startswith("nmod") and node.head.i != node.i:
            node = node.head
    return node


def is_subject(tok: Token) -> bool:
    """True when a mention's root token is (in apposition to) the subject of its clause."""
    if tok.dep_ in SUBJECT_DEPS:
        return True
    if tok.dep_ in APPOS_DEPS and _apposed_to(tok).dep_ in SUBJECT_DEPS \
            and not any(c.dep_ == "case" for c in tok.children):
        return True
    return tok.dep_ in ("obj", "appos", "dep") and tok.head.pos_ == "VERB" and tok.head.i < tok.i \
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.head.children)


def _main_clause(tok: Token) -> bool:
    """True when the verb a subject (or its apposition) depends on is the sentence's main verb."""
    verb = _apposed_to(tok).head if tok.dep_ in APPOS_DEPS else tok.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _root(span: Span) -> Token:
    """The token of a span whose head lies outside it."""
    return span.root


def _sent_index(doc: Doc) -> dict[int, int]:
    """Token index -> sentence number."""
    out: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        out.update(dict.fromkeys(range(sent.start, sent.end), n))
    return out


def _source_lead(span: Span) -> bool:
    """True for a name in the source phrase that opens its sentence: "Pour le chercheur Mathieu Zagrodzki, « ... »",
    "Selon X, ..." (X speaks in that sentence as its subject would)."""
    doc = span.doc
    k = span.start - 1
    while k >= span.sent.start and span.start - k <= NP_REACH and doc[k].pos_ in ("DET", "NOUN", "ADJ", "PROPN"):
        k -= 1
    if k < span.sent.start or doc[k].lower_ not in SOURCE_WORDS or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    lead = span.sent.start
    while lead < k and (doc[lead].pos_ in ("CCONJ", "ADV") or doc[lead].text == ","):
        lead += 1
    return lead == k


def _focus_sentence(sent: Span) -> bool:
    """True for a sentence that opens with "De son côté", "Pour sa part", ..."""
    head = " ".join(t.lower_ for t in sent[:4])
    return any(head.startswith(k) for k in _of_kind("focus"))


# --- profiles ---------------------------------------------------------------------------------------

def _title_tokens(doc: Doc, span: Span) -> list[Token]:
    """Title nouns in apposition to a name: "la ministre X", "X, porte-parole du RN"."""
    root = _root(span)
    out: list[Token] = []
    after = _title_after(doc, span)
    if after is not None:
        out.append(after)
    if _introduced(span):
        return out
    if root.head.i != root.i and root.head.pos_ == "NOUN" and root.head.i < span.start:
        out.append(root.head)
    out += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    before = span.start - 1
    if before >= 0 and doc[before].pos_ in ("NOUN", "ADJ"):
        out.append(doc[before])
    ahead = _title_before(doc, span)
    if ahead is not None:
        out.append(ahead)
    return list({t.i: t for t in out}.values())


def _title_after(doc: Doc, span: Span) -> Token | None:
    """The title of an apposition after a name and a comma: "Wallerand de Saint-Just, trésorier du RN"."""
    j = span.end + 1
    if j >= len(doc) or doc[span.end].text != ",":
        return None
    while j < min(len(doc), span.end + 3) and doc[j].pos_ in ("DET", "ADJ") and title_at(doc, j) is None:
        j += 1
    return doc[j] if j < len(doc) and title_at(doc, j) else None


def _title_before(doc: Doc, span: Span) -> Token | None:
    """A title a few words before a name, with only its complement between them:
    "le maire de Sao Paulo Bruno Covas", "le ministre lituanien des Affaires étrangères, Linas Linkevicius"."""
    first = max(span.sent.start, span.start - 8)
    for k in range(span.start - 1, first - 1, -1):
        t = doc[k]
        if title_at(doc, k) is not None and t.pos_ in ("NOUN", "ADJ"):
            return t
        if t.pos_ not in ("DET", "ADP", "NOUN", "PROPN", "ADJ", "NUM") and not (t.text == "," and k == span.start - 1):
            return None
        if person_at(doc, t)[0] is not None:
            return None
    return None


def title_head(doc: Doc, tok: Token) -> str | None:
    """The title form a noun starts (or the noun's lowercase text when it is a title word)."""
    hit = title_at(doc, tok.i)
    if hit:
        return hit[0]
    low = tok.lower_
    return low if low in gazetteer.title_genders() else None


def profiles(doc: Doc) -> dict[str, Profile]:
    """Gender, number and titles of every entity, from what the article states."""
    out = {e.id: Profile() for e in doc._.entities or []}
    votes: dict[str, list[int]] = {e.id: [0, 0] for e in doc._.entities or []}   # [m, f]

    def vote(ent_id: str, g: str | None, w: int) -> None:
        if g in ("m", "f"):
            votes[ent_id][g == "f"] += w

    by_id = {e.id: e for e in doc._.entities or []}
    for ent in by_id.values():
        prof = out[ent.id]
        if ent.type == "PER":
            vote(ent.id, gazetteer.person_gender(ent.name), 2)
        for m in ent.mentions:
            if m.kind not in ("name", "acronym"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            prev = doc[span.start - 1] if span.start else None
            civ = gazetteer.civilities().get(prev.lower_) if prev is not None else None
            if civ is not None:
                vote(ent.id, civ, 3)
            if ent.type == "PER":
                for t in _title_tokens(doc, span):
                    head = title_head(doc, t)
                    if head is None:
                        continue
                    prof.titles.add(norm(t.lemma_))
                    prof.titles.add(norm(head.split()[0]))
                    vote(ent.id, gazetteer.title_genders().get(head), 2)
                    det = determiner(t)
                    vote(ent.id, token_gender(det) if det is not None and det.lower_ != "l'" else None, 2)
                    for sub in t.subtree:
                        other, _ = entity_at(doc, sub.idx, sub.idx + len(sub.text))
                        if other is not None and other.type in ("ORG", "GPE") and not (span.start <= sub.i < span.end):
                            prof.orgs.add(other.id)
                        if sub.dep_ == "amod" and sub.head == t and token_gender(sub) == "f":
                            vote(ent.id, "f", 1)
            elif prev is not None and prev.pos_ == "DET" and prev.lower_ != "l'":
                vote(ent.id, token_gender(prev), 1)
                if "Plur" in prev.morph.get("Number"):
                    prof.number = "p"
        if ent.type != "PER" and not votes[ent.id][0] + votes[ent.id][1]:
            span = _first_name_span(doc, ent)
            noun = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None) if span is not None else None
            vote(ent.id, token_gender(noun) if noun is not None else None, 1)
    for role in doc._.roles or []:
        prof = out.get(role.person)
        if prof is None:
            continue
        head = role.title.split()[0].lower() if role.title.split() else ""
        prof.titles.update(norm(w) for w in role.title.split()[:2])
        genders = gazetteer.title_genders()
        vote(role.person, genders.get(" ".join(role.title.lower().split()[:2])) or genders.get(head), 2)
        if role.organization:
            prof.orgs.add(role.organization)
    for ent_id, (m, f) in votes.items():
        out[ent_id].gender = "f" if f > m else "m" if m > f else None
    return out


def _first_name_span(doc: Doc, ent: Entity) -> Span | None:
    m = next((m for m in ent.mentions if m.kind == "name"), None)
    return doc.char_span(m.start, m.end, alignment_mode="expand") if m else None


# --- resolution -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """What a :class:`Resolver` reads of an article before resolving anything."""

    sent_of: dict[int, int]                 # token index -> sentence number
    focus: frozenset[int]                   # sentences that open with "De son côté", "Pour sa part", ...
    profiles: dict[str, Profile]
    occurrences: tuple[Occurrence, ...]     # every mention of every entity, in the entities' order
    apposed: dict[str, Entity]              # :func:`apposed_descriptions`
    nouns: dict[str, list[Token]]           # lowercase form -> its NOUN tokens, in order (``_introduced_as``)


_last_reading: list = [None, None, None]    # the last Doc read, the fingerprint of its entities and roles, its Reading


def _fingerprint(doc: Doc) -> tuple:
    """Everything of a Doc's entities and roles that a :class:`Reading` depends on (the entity objects too)."""
    return (tuple((id(e), e.id, e.type, e.name, tuple((m.start, m.end, m.kind) for m in e.mentions))
                  for e in doc._.entities or []),
            tuple((r.person, r.title, r.organization) for r in doc._.roles or []))


def _reading(doc: Doc) -> Reading:
    """The Doc's :class:`Reading`, computed again only when its entities or roles changed since the last call
    (coreference, quotes and events each resolve with their own Resolver over the same state)."""
    key = _fingerprint(doc)
    if _last_reading[0] is doc and _last_reading[1] == key:
        return _last_reading[2]
    sent_of = _sent_index(doc)
    focus = frozenset(n for n, s in enumerate(doc.sents) if _focus_sentence(s))
    occurrences = (_occurrence(doc, sent_of, focus, e, m) for e in doc._.entities or [] for m in e.mentions)
    nouns: dict[str, list[Token]] = {}
    for t in doc:
        if is_common_noun(t):
            nouns.setdefault(t.lower_, []).append(t)
    reading = Reading(sent_of, focus, profiles(doc), tuple(o for o in occurrences if o is not None),
                      apposed_descriptions(doc), nouns)
    _last_reading[:] = [doc, key, reading]
    return reading


def _occurrence(doc: Doc, sent_of: dict[int, int], focus: frozenset[int], ent: Entity, m: Mention) -> Occurrence | None:
    """A mention as the Resolver sees it: its sentence, whether it is a (focused, main-clause) subject."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = sent_of[span.start]
    root = _root(span)
    subj = is_subject(root) or _source_lead(span)
    return Occurrence(ent, m.start, m.end, sent, subj, subj and sent in focus, subj and _main_clause(root))


class Resolver:
    """Reads an article in order and resolves pronouns and descriptions against what came before."""

    def __init__(self, doc: Doc, quoted: Sequence[tuple[int, int]] | None = None):
        self.doc = doc
        self.quoted = quoted or []
        reading = _reading(doc)
        self.sent_of = reading.sent_of
        self.profiles = reading.profiles
        self.focus = reading.focus
        self.occurrences = list(reading.occurrences)
        self.apposed = reading.apposed
        self.nouns = reading.nouns

    def add(self, ent: Entity, m: Mention) -> None:
        """Record a resolved mention so that later pronouns can point to it."""
        occ = _occurrence(self.doc, self.sent_of, self.focus, ent, m)
        if occ is not None:
            self.occurrences.append(occ)

    def ranked(self, tok: Token, gender: str | None, number: str | None, types: tuple[str, ...],
               only: set[str] | None = None, recency: bool = False, window: int = WINDOW,
               said: tuple[int, int] | None = None) -> list[tuple[float, Entity]]:
        """Candidate antecedents before ``tok``, best first, with their salience scores; none named in ``said``
        (the characters of the words a pronoun's referent reports: "Washington essaie ..., a-t-il estimé")."""
        best: dict[str, tuple[float, Entity]] = {}
        for occ in self.occurrences:
            ent = occ.entity
            if occ.start >= tok.idx or tok.idx - occ.end > window or ent.type not in types:
                continue
            if only is not None and ent.id not in only or any(a <= occ.start < b for a, b in self.quoted) \
                    or said is not None and said[0] <= occ.start < said[1]:
                continue
            if ent.type != "PER" and "PER" in types and not occ.subject:
                continue    # "Dans un entretien à BFMTV, X assure qu'il ...": an organisation must have been a subject
            prof = self.profiles.get(ent.id, Profile())
            if not self._agrees(ent, gender):
                continue
            if number and prof.number != number and not (number == "s" and ent.type == "PER"):
                continue
            distance = 0.0 if occ.sent == self.sent_of[tok.i] else 0.5 + (tok.idx - occ.end) / SENTENCE
            prominence = 1.5 * occ.subject + 1.0 * occ.main + 1.0 * occ.focus
            score = 3.0 - distance + (0.0 if recency else prominence)
            score += 1.5 * (ent.type == "PER") - 0.4 * (gender is not None and prof.gender is None)
            score += (occ.start / max(1, len(text_of(self.doc)))) * (10.0 if recency else 0.1)
            if ent.id not in best or score > best[ent.id][0]:
                best[ent.id] = (score, ent)
        return sorted(best.values(), key=lambda x: -x[0])

    def pick(self, tok: Token, gender: str | None, number: str | None, types: tuple[str, ...],
             only: set[str] | None = None, ceiling: float = 0.9, recency: bool = False,
             window: int = WINDOW, said: tuple[int, int] | None = None) -> tuple[Entity | None, float]:
        """The best antecedent and a confidence from its lead over the runner-up."""
        ranked = self.ranked(tok, gender, number, types, only, recency, window, said)
        if not ranked:
            return None, 0.0
        lead = ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else ranked[0][0] - 2.0)
        return ranked[0][1], round(min(ceiling, 0.5 + lead / 4), 2)

    def titled(self, tok: Token, gender: str | None, matching: set[str]) -> tuple[Entity | None, float]:
        """The person a title designates among those the article gives that title: the salient one
        before it anywhere in the article (of its gender if any is), else the first named after it."""
        for g in (gender, None):
            ent, conf = self.pick(tok, g, "s", ("PER",), only=matching, window=len(text_of(self.doc)))
            if ent is not None:
                return ent, conf
        after = sorted((o for o in self.occurrences if o.entity.id in matching and o.start > tok.idx),
                       key=lambda o: (not self._agrees(o.entity, gender), o.start))
        return (after[0].entity, 0.7) if after else (None, 0.0)

    def _agrees(self, ent: Entity, gender: str | None) -> bool:
        """True unless both the description and the entity have a gender and they differ."""
        known = self.profiles.get(ent.id, Profile()).gender
        return not (gender and known and known != gender)

    # -- the three kinds of anaphora --

    def pronoun(self, tok: Token, topic: tuple[Entity, int] | None = None,
                said: tuple[int, int] | None = None) -> tuple[Entity | None, float]:
        """il/elle/ils/elles/celui-ci: the salient entity of the right gender and number, not one named in
        ``said`` (see :meth:`ranked`). ``topic`` (an entity and the offset since when it is the topic: the speaker
        of the quotation just before an incise) wins when it agrees and no other person has been a subject since."""
        word = _of_kind("pronoun").get(pronoun_form(tok))
        if word is None:
            return None, 0.0
        if self.on_topic(tok, topic):
            return topic[0], 0.8
        types = ("PER", "ORG") if word.number == "s" else ("ORG", "GPE")
        return self.pick(tok, word.gender, word.number, types, recency=pronoun_form(tok).endswith("-ci"), said=said)

    def on_topic(self, tok: Token, topic: tuple[Entity, int] | None) -> bool:
        """True when a singular pronoun agrees with the topic and no other person has been a subject since
        (outside quotation marks)."""
        word = _of_kind("pronoun").get(pronoun_form(tok))
        return topic is not None and word is not None and word.number == "s" and self._agrees(topic[0], word.gender) \
            and not any(o.subject and o.entity.type == "PER" and o.entity.id != topic[0].id
                        and topic[1] <= o.start < tok.idx and not any(a <= o.start < b for a, b in self.quoted)
                        for o in self.occurrences)

    def description(self, tok: Token, subject: bool = False, guess: bool = True) -> tuple[Entity | None, float]:
        """A definite description: a title, an anaphor ("ce dernier") or an organisation noun.
        A singular description that is the subject of a reporting verb ("a ajouté cette proche de X")
        falls back on the salient person of its gender ("les estimations", "les déclarations" are nobody);
        without ``guess``, a title no stated person or office holder matches stays nobody."""
        low = tok.lower_
        if unnamed_people(tok):   # "l'entourage de X": unnamed people, nobody
            return None, 0.0
        named = self.apposed.get(noun_phrase_words(tok))
        if named is not None:
            return named, 0.8
        anaphor = _of_kind("anaphor").get(low)
        if anaphor is not None:
            return self.pick(tok, anaphor.gender, "s", ("PER",), ceiling=0.8, recency=True)
        org = _of_kind("org_noun").get(low) or _of_kind("company_noun").get(low) or _of_kind("media_noun").get(low)
        if org is not None:
            return self._organisation(tok, org, subject)
        synonym = gazetteer.title_synonyms().get(norm(tok.text))
        head = title_head(self.doc, tok) or _glued_title(tok) or (tok.lower_ if synonym else None)
        if head is None:
            if subject and tok.pos_ in ("NOUN", "ADJ") and "Plur" not in tok.morph.get("Number") \
                    and not gazetteer.thing_noun(tok.lemma_):     # "le rapport", "l'organisme" are nobody
                return self.pick(tok, _np_gender(tok, tok.lower_), "s", ("PER",), ceiling=0.5)
            return None, 0.0
        gender = _np_gender(tok, head)
        holders = office_candidates(self.doc, tok) or set()
        holder = next((e for e in self.doc._.entities if e.id in holders), None) if len(holders) == 1 else None
        if holder is not None and self._agrees(holder, gender):
            return holder, 0.8
        if holders:     # among several holders of the office, the salient one
            ent, conf = self.titled(tok, gender, holders)
            if ent is not None:
                return ent, conf
        np_orgs = {e.id for c in tok.children if c.dep_ == "nmod" and _of_phrase(c)
                   for e in _entities_in(self.doc, c) if e.type in ("ORG", "GPE")}
        keys = {norm(tok.lemma_), norm(head.split()[0])} | (synonym[1] if synonym else frozenset())
        matching = {eid for eid, p in self.profiles.items()
                    if p.titles & keys and (not np_orgs or not p.orgs or np_orgs & p.orgs)
                    and not _contrasts(self.doc, tok, eid)}
        matching, contradicted = self._by_attributes(tok, keys, matching)
        if matching:
            ent, conf = self.titled(tok, gender, matching)
            if ent is not None:
                return ent, max(conf, 0.75)
        if contradicted:
            return None, 0.0    # "le ministre de l'Intérieur" when only a "ministre de la Justice" is named
        if guess and (subject or is_subject(tok)) and not unnamed_holder(self.doc, tok, holders) \
                and not introduced_unnamed(self.doc, tok):
            ent, conf = self._salient_or_next(tok, gender)
            if ent is not None and ent.id in complement_persons(self.doc, tok, self._designated):
                return None, 0.0    # "L'ancien conseiller de François Hollande prône": not Hollande
            return ent, conf
        return None, 0.0

    def _designated(self, tok: Token) -> set[str]:
        """Whom a description designates without guessing, as a set (none or one)."""
        ent, _ = self.description(tok, guess=False)
        return {ent.id} if ent is not None else set()

    def _by_attributes(self, tok: Token, heads: set[str], matching: set[str]) -> tuple[set[str], bool]:
        """The persons sharing a title's head whose stated attributes (title words, organisation, state) share
        the most of the description's other content words ("l'Intérieur", "turc"), and whether persons were
        left out because their titles of that head say something else ("ministre de la Justice")."""
        form = description_form(tok)
        extra = _attribute_words(form) - heads
        if not extra or not matching:
            return matching, False
        overlap = {eid: len(extra & self._attributes(eid)) for eid in matching}
        best = max(overlap.values())
        if best:
            return {eid for eid, n in overlap.items() if n == best}, False
        kept = {eid for eid in matching
                if not contradicts(form, [r.title for r in self.doc._.roles or [] if r.person == eid])}
        return kept, kept != matching

    def _attributes(self, ent_id: str) -> set[str]:
        """Content words of what the article states of a person: the words of its titles, the names of
        their organisations and states."""
        out: set[str] = set()
        for r in self.doc._.roles or []:
            if r.person == ent_id:
                out |= _attribute_words(r.title)
                for ref in (r.organization, r.country):
                    ent = entity_by_id(self.doc, ref) if ref else None
                    if ent is not None:
                        out |= _attribute_words(ent.name)
        return out

    def _salient_or_next(self, tok: Token, gender: str | None) -> tuple[Entity | None, float]:
        """The salient person of that gender before a title description; with none before it (a lead
        that describes before it names: "le politologue ... reproche"), the first such person named after it."""
        ent, conf = self.pick(tok, gender, "s", ("PER",), ceiling=0.5)
        if ent is not None:
            return ent, conf
        after = sorted((o for o in self.occurrences if o.start > tok.idx and o.entity.type == "PER"
                        and self._agrees(o.entity, gender) and not any(a <= o.start < b for a, b in self.quoted)),
                       key=lambda o: o.start)
        return (after[0].entity, 0.5) if after else (None, 0.0)

    def _introduced_as(self, tok: Token, extra: set[str]) -> set[str]:
        """Organisations named earlier in a noun phrase with the same head noun (and the ``extra`` words of
        the description): "le syndicat de police Alliance", "le comité électoral de LFI" for a later "le
        syndicat", "le comité électoral"."""
        out: set[str] = set()
        for t in self.nouns.get(tok.lower_, ()):
            if t.i < tok.i and extra <= set(_content_words(description_form(t))):
                out |= {e.id for e in _entities_in(self.doc, t) if e.type == "ORG"}
        return out

    def _introduced_state(self, tok: Token) -> Entity | None:
        """The state of the last earlier noun phrase with the same head noun that named it by its demonym, a few
        sentences before at most: a bare "le régime", "la présidence" after "le régime syrien", "la présidence
        ukrainienne" (not in a round-up of countries, where "le gouvernement" is the next country's)."""
        here = self.sent_of[tok.i]
        for t in reversed(self.nouns.get(tok.lower_, ())):
            if t.i >= tok.i:
                continue
            if here - self.sent_of[t.i] > BODY_REACH:
                return None
            found = state_of_body(self.doc, t)
            if found:
                return found[0][1]
        return None

    def _organisation(self, tok: Token, word: Word, subject: bool = False) -> tuple[Entity | None, float]:
        """ "le ministère" -> the ministry named before (one whose name holds the description's other words:
        "la cour d'appel" is not the "Cour de cassation"); "le quotidien" -> the salient medium, else
        organisation; "l'entreprise", the subject of a reporting verb, the salient organisation that is no medium."""
        apposed = apposed_organisation(self.doc, tok)
        if apposed is not None:     # "le groupe pharmaceutique Bayer, nouveau propriétaire de Monsanto": Bayer
            return apposed, 0.85
        low = norm(tok.lower_)
        extra = _content_words(description_form(tok))[1:]
        kinds, key = description_kinds(tok)
        beyond = set(_content_words(description_form(tok))) - set(key.split())
        orgs = [e for e in self.doc._.entities or [] if e.type == "ORG"]
        led = {o for c in tok.children if c.dep_ == "nmod" and _of_phrase(c) for e in _entities_in(self.doc, c)
               if e.type == "PER" for o in self.profiles.get(e.id, Profile()).orgs}   # "le parti de Marine Le Pen"
        named = {e.id for e in orgs if norm(e.name).split()[:1] == [low] and set(extra) <= set(_content_words(e.name))
                 or kinds & organisation_kinds(e.name) and (_fits_name(beyond, e) or e.id in led)}
        introduced = self._introduced_as(tok, set(extra))
        if named:       # with those introduced by the noun: "le syndicat de police Alliance" is a union too
            return self.pick(tok, None, None, ("ORG",), only=named | (introduced if kinds else set()),
                             ceiling=0.85)
        if introduced:
            return self.pick(tok, None, None, ("ORG",), only=introduced, ceiling=0.8, recency=True)
        state = next((e for _, e in state_of_body(self.doc, tok)), None)
        if state is not None:       # "le gouvernement britannique", "les autorités chinoises": the state
            return state, 0.8
        state = self._introduced_state(tok) if not extra else None
        if state is not None:       # "le gouvernement iranien a réagi. (...) a affirmé le gouvernement": Iran
            return state, 0.7
        fits = {e.id for e in orgs if not other_kind(kinds, e.name)}
        if word.kind == "media_noun":     # "révèle l'hebdomadaire": a medium before, else the salient organisation
            media = {e.id for e in orgs if gazetteer.is_medium(e.name) and (e.id in fits or not kinds)}
            ent, conf = self.pick(tok, None, None, ("ORG",), only=media, ceiling=0.7)
            return (ent, conf) if ent is not None else self.pick(tok, None, None, ("ORG",), only=fits, ceiling=0.6)
        if word.kind == "company_noun" and subject:     # "l'entreprise précise": the salient non-media organisation
            others = {e.id for e in orgs if e.id in fits and not gazetteer.is_medium(e.name)}
            return self.pick(tok, None, None, ("ORG",), only=others, ceiling=0.6, recency=True)
        return None, 0.0


@lru_cache(maxsize=None)
def _kinds() -> dict[str, frozenset[str]]:
    """norm() form -> the kinds of organisation it names (``organization_kinds.tsv``)."""
    out: dict[str, set[str]] = {}
    for r in lexicons.table(ORG_KINDS):
        out.setdefault(norm(r["form"]), set()).add(r["kind"])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def organisation_kinds(name: str) -> frozenset[str]:
    """The kinds of an organisation: its name's and its head word's ("Parti socialiste", "RN": a party)."""
    key = norm(name)
    return _kinds().get(key, frozenset()) | _kinds().get(key.split()[0] if key else "", frozenset())


def description_kinds(tok: Token) -> tuple[frozenset[str], str]:
    """The kinds of organisation a description noun names, with the adjectives next to it that are part of that
    name, and the norm() words that name them: "la haute juridiction" -> ({"high_court"}, "haute juridiction"),
    "la plus haute juridiction administrative" -> ({"administrative_high_court"}, "haute juridiction
    administrative")."""
    before = [c for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1]
    after = [c for c in tok.children if c.dep_ == "amod" and c.i == tok.i + 1]
    for words in ([*before, tok, *after], [*before, tok], [tok]):
        key = norm(" ".join(t.text for t in words))
        if key in _kinds():
            return _kinds()[key], key
    return frozenset(), norm(tok.text)


def relay(tok: Token) -> bool:
    """A source noun that "même" points back at the source just quoted (kind relay of ``coref_words.tsv``): "selon
    la même source", "a précisé la même source"; the quotations component gives it that source's speaker."""
    return tok.lower_ in _of_kind("relay") and any(c.dep_ == "amod" and c.lower_ in ("même", "mêmes")
                                                    for c in tok.children)


def unnamed_people(tok: Token) -> bool:
    """A noun of unnamed people who speak for no named entity (kind circle of ``coref_words.tsv``): "l'entourage de
    X", "la presse locale"."""
    return tok.lower_ in _of_kind("circle")


def pronoun_form(tok: Token) -> str:
    """The lowercase pronoun at a token: "-il" -> "il", "celle" + "-" + "ci" -> "celle-ci",
    "celle" before "qui" -> "celle qui"."""
    low = tok.lower_.lstrip("-")
    if low in ("celui", "celle", "ceux", "celles") and _ci_end(tok).i > tok.i:
        return low + "-ci"
    if low in ("celui", "celle") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "qui":
        return low + " qui"
    return low


def _ci_end(tok: Token) -> Token:
    """The last token of "celui-ci" when the tokenizer split it ("celui", "-", "ci" or "-ci")."""
    for t in tok.doc[tok.i + 1: tok.i + 3]:
        if t.lower_.endswith("ci") and t.lower_.lstrip("-") == "ci":
            return t
    return tok


def description_form(tok: Token) -> str:
    """A description's title words: the noun, its adjectives and its "de" complements, without determiner,
    clauses, verbs or circumstances: "le Premier ministre" -> "premier ministre", "le chef de l'État" ->
    "chef de l'état", "Le président encore une fois méprise" and "le président cet après-midi" -> "président"."""
    start, end = description_bounds(tok)
    return "".join(t.text_with_ws for t in tok.doc[start:end]).strip().lower()


def description_bounds(tok: Token) -> tuple[int, int]:
    """Token indices [start, end) of the title words of :func:`description_form`."""
    parts = [c for c in tok.children if c.dep_ == "amod" and c.pos_ == "ADJ"
             or c.dep_ == "nmod" and c.i > tok.i and _of_phrase(c)]
    start = min([c.i for c in parts] + [tok.i])
    end = max([c.right_edge.i for c in parts] + [tok.i])
    return start, end + 1


def _contrasts(doc: Doc, tok: Token, person: str) -> bool:
    """"le candidat dissident" after "Benjamin Griveaux, candidat investi par LREM": the description's
    modifier differs from every modifier of the person's stated titles with that head word."""
    mods = {norm(c.text) for c in tok.children if c.dep_ == "amod" and c.i > tok.i}
    if not mods:
        return False
    qualified = [norm(r.title).split()[1:] for r in doc._.roles or []
                 if r.person == person and norm(r.title).split()[:1] == [norm(tok.text)] and len(r.title.split()) > 1]
    return bool(qualified) and not any(mods & set(rest) for rest in qualified)


def apposed_descriptions(doc: Doc) -> dict[str, Entity]:
    """Descriptions the article gives an organisation or a state in apposition, anywhere in it: "la Maison
    bleue, la présidence sud-coréenne," makes "La présidence sud-coréenne a accusé ..." the Maison bleue
    (read on the words: the parser often misattaches such appositions). A description given to two of them
    is left out, and so are a person's title ("Sur France Inter, le ministre de l'Intérieur a évoqué") and an
    organisation of another kind ("Comme le révèle le Parisien, la formation de Jean-Luc Mélenchon")."""
    found: dict[str, set[str]] = {}
    by_id = {e.id: e for e in doc._.entities or [] if e.type in ("ORG", "GPE")}
    for ent in by_id.values():
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.kind != "name" or span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
                continue
            det, noun = doc[span.end + 1], doc[span.end + 2]
            kinds = description_kinds(noun)[0]
            if det.pos_ == "DET" and "Def" in det.morph.get("Definite") and noun.pos_ == "NOUN" \
                    and title_head(doc, noun) is None and not (kinds and other_kind(kinds, ent.name)):
                found.setdefault(noun_phrase_words(noun), set()).add(ent.id)
    return {form: by_id[ids.pop()] for form, ids in found.items() if len(ids) == 1}


def _fits_name(words: set[str], ent: Entity) -> bool:
    """True when each of a description's other words is in the organisation's name or names its state (or
    a state, for an organisation of no known state): "la plus haute juridiction administrative française"."""
    def fits(w: str) -> bool:
        state = gazetteer.country_by_demonym(w)
        return w in _content_words(ent.name) or state is not None and ent.country in (None, state.code)
    return all(fits(w) for w in words)


def other_kind(kinds: frozenset[str], name: str) -> bool:
    """True when the organisation ``name`` has kinds and none of ``kinds``."""
    have = organisation_kinds(name)
    return bool(have) and not kinds & have


def noun_phrase_words(noun: Token) -> str:
    """A noun and the adjectives and "de" complements that follow it, lowercase: "présidence sud-coréenne"
    in "la présidence sud-coréenne, dans un communiqué" and in "La présidence sud-coréenne a accusé"."""
    end = noun.i
    for t in noun.doc[noun.i + 1:noun.sent.end]:
        if not (t.pos_ in ("NOUN", "ADJ", "PROPN") or t.norm_ in ("de", "du", "des", "d'")
                or t.pos_ == "DET" and noun.doc[t.i - 1].norm_ in ("de", "d'")):
            break
        end = t.i
    return "".join(t.text_with_ws for t in noun.doc[noun.i:end + 1]).strip().lower()


def office_holder(doc: Doc, tok: Token, roles: list[Role] | None = None) -> Entity | None:
    """The person a description of a state's top office designates ("le président", "le Premier ministre",
    "le chef de l'État", "le président américain", "l'ancien président"; ``lexicons/office_titles.tsv``): the
    only one of :func:`office_candidates`."""
    found = office_candidates(doc, tok, roles)
    return next(e for e in doc._.entities if e.id in found) if found and len(found) == 1 else None


def office_candidates(doc: Doc, tok: Token, roles: list[Role] | None = None) -> set[str] | None:
    """Who a description of a state's top office may designate (None when it names no such office): the
    persons the article gives that office (a current role, or an earlier description that names the state:
    "le président de la République"; a former one for "l'ancien président"), else those it names who held
    the office at publication, or before it for a former holder (``office_holders.tsv``; a single name is a
    holder's surname or first name: "Hollande", "c'est François"). ``roles``: the roles to read when
    ``doc._.roles`` is not filled yet (the roles component)."""
    form = description_form(tok)
    form = next((form[len(w):] for w in CURRENT if form.startswith(w)), form)    # "l'actuel président": the holder
    former = form.startswith(former_prefixes())
    office = gazetteer.office_of(_without_former(form))
    if office is None:
        return None
    people = {e.id: e for e in doc._.entities or [] if e.type == "PER"}
    codes = {e.id: e.country for e in doc._.entities or [] if e.type == "GPE"}
    stated = {r.person for r in (doc._.roles if roles is None else roles) or [] if r.person in people
              and r.organization is None and r.former == former
              and _same_office(gazetteer.office_of(_without_former(r.title.lower())), office,
                               codes.get(r.country or ""))}
    stated |= {e.id for e in people.values() for m in e.mentions if m.kind == "nominal" and m.end <= tok.idx
               and _without_determiner(m.text).startswith(former_prefixes()) == former
               and _same_office(gazetteer.office_of(_without_former(_without_determiner(m.text))), office, None,
                                named=True)}
    if stated:
        return stated
    holders = gazetteer.office_holders(office, doc._.pub_date, former)
    return {e.id for e in people.values() if norm(e.name) in holders or " " not in e.name
            and any(h.endswith(" " + norm(e.name)) or h.startswith(norm(e.name) + " ") for h in holders)}


def unnamed_holder(doc: Doc, tok: Token, candidates: set[str] | None = None, roles: list[Role] | None = None) -> bool:
    """True when a description names a state's office whose holder on the publication date is known
    (``office_holders.tsv``) but is none of the ``candidates`` (:func:`office_candidates`, sought with ``roles`` when
    not given): "le porte-parole du gouvernement" of an article that names no spokesperson is someone it does not
    name, not its salient person."""
    form = description_form(tok)
    if form.startswith(former_prefixes()):
        return False    # "l'ancien président de l'Assemblée": the table does not hold every former holder
    office = gazetteer.office_of(form)
    if office is None or office.country is None or not gazetteer.office_holders(office, doc._.pub_date):
        return False
    return not (candidates if candidates is not None else office_candidates(doc, tok, roles))


def introduced_unnamed(doc: Doc, tok: Token) -> bool:
    """True when a definite description repeats the words of an indefinite one before it that no name goes with:
    "une porte-parole de la protection civile a précisé ... », a déclaré la porte-parole" is that unnamed person, not
    the article's salient one."""
    words = set(_content_words(description_form(tok)))
    inside = quoted(doc)
    for t in doc[:tok.i]:
        det = determiner(t)
        if t.lemma_ != tok.lemma_ or det is None or det.lower_ not in ("un", "une") \
                or any(a <= t.idx < b for a, b in inside) \
                or any(c.dep_ == "cop" for c in t.children) \
                or any(c.dep_ == "mark" for c in t.head.children):
            continue    # "qui assume d'être un lobbyiste", "la règle veut qu'un ministre ne puisse": said of anyone
        # "Osborne Ndalo, un médecin à Mombasa": a name goes with it
        named_before = det.i >= 2 and doc[det.i - 1].text == "," and person_at(doc, doc[det.i - 2])[0] is not None
        if not named_before and appositive_person(doc, t) is None and apposed_after(doc, t) is None \
                and apposed_name(t) is None and words <= set(_content_words(description_form(t))):
            return True
    return False


def _content_words(text: str) -> list[str]:
    """norm() words of a phrase without articles and prepositions: "cour d'appel" -> ["cour", "appel"]."""
    return [w for w in norm(text).replace("'", " ").split() if w not in FUNCTION_WORDS]


@lru_cache(maxsize=4096)
def _attribute_words(text: str) -> frozenset[str]:
    """Content words of a title or a name, a demonym read as its state's name ("turc" -> "turquie"), less the
    former words ("ancien")."""
    out = set()
    for w in re.findall(r"\w+", norm(text)):
        state = gazetteer.country_by_demonym(w)
        out.add(norm(state.name) if state is not None else w)
    return frozenset(out - FUNCTION_WORDS - {norm(f.strip("- ")) for f in former_prefixes()})


def _complement_words(text: str) -> frozenset[str]:
    """:func:`_attribute_words` of a title's "de" complement ("ministre de la Justice" -> {"justice"}), not of
    an age ("le jeune maire de 40 ans")."""
    words = re.findall(r"\w+", norm(text))
    at = next((i for i, w in enumerate(words) if w in ("de", "du", "des", "d")), None)
    rest = words[at + 1:] if at is not None else []
    if any(w.isdigit() for w in rest[:2]):
        return frozenset()
    return _attribute_words(" ".join(rest))


def contradicts(description: str, titles: Sequence[str]) -> bool:
    """True when a description's "de" complement ("le ministre de l'Intérieur") differs from that of every
    title of a person with the same head word ("ministre des Finances"): the description is someone else."""
    wanted = _complement_words(description)
    head = next(iter(re.findall(r"\w+", norm(_without_former(_without_determiner(description))))), None)
    same = [_complement_words(t) for t in titles if head in re.findall(r"\w+", norm(_without_former(t.lower())))]
    return bool(wanted) and bool(same) and all(s and not s & wanted for s in same)


def _without_former(form: str) -> str:
    """ "ancien président de la république" -> "président de la république"."""
    for word in former_prefixes():
        if form.startswith(word):
            return form[len(word):].strip()
    return form


def _same_office(found: gazetteer.Office | None, wanted: gazetteer.Office, country: str | None,
                 named: bool = False) -> bool:
    """True when a stated office is the one wanted (of its state, when either names one); with ``named``,
    only an office whose description names its state counts."""
    if found is None or found.office != wanted.office or named and found.country is None:
        return False
    state = found.country or country
    return wanted.country is None or state in (None, wanted.country)


def _without_determiner(text: str) -> str:
    """ "Le chef de l'État" -> "chef de l'état"."""
    low = text.lower().replace("’", "'")
    for det in ("le ", "la ", "l'", "les ", "au ", "du "):
        if low.startswith(det):
            return low[len(det):].strip()
    return low


def _glued_title(tok: Token) -> str | None:
    """The title of a word glued to "ex-" ("l'ex-président", "l'ex-chef de l'État"): "président", "chef"."""
    low = tok.lower_
    bare = _without_former(low)
    return bare if bare != low and bare in gazetteer.title_genders() else None


def _np_gender(tok: Token, head: str) -> str | None:
    """Gender of a description: its title form (or title synonym: "la souveraine"), else its determiner or a
    feminine modifier, else its own form; an epicene title, synonym or noun ("l'édile", "l'écologiste") has no
    gender of its own."""
    synonym = gazetteer.title_synonyms().get(norm(head))
    g = gazetteer.title_genders().get(head) or (synonym[0] if synonym else None)
    if g:
        return g
    det = determiner(tok)
    if det is not None and det.lower_ != "l'" and token_gender(det):
        return token_gender(det)
    if any(c.dep_ == "amod" and token_gender(c) == "f" for c in tok.rights):
        return "f"
    if tok.lower_ in gazetteer.title_genders() or synonym is not None or gazetteer.epicene(tok.text):
        return None     # "l'écologiste": the tagger's guess is no gender
    return token_gender(tok)


def _of_phrase(tok: Token) -> bool:
    """True for a complement introduced by "de": "(la présidente) du RN", not "(le trésorier) au micro de"."""
    return any(c.dep_ == "case" and c.norm_ in ("de", "du", "des", "d'") for c in tok.children)


def complement_persons(doc: Doc, noun: Token, titled: Callable[[Token], set[str]]) -> set[str]:
    """"l'ancien ministre de Jacques Chirac", "l'avocat du cinéaste": the persons a description's "de" complement
    designates, by name or by a title (``titled`` reads whom a title noun designates), whom the description does not
    designate."""
    out: set[str] = set()
    for c in noun.children:
        if c.dep_ != "nmod" or not _of_phrase(c):
            continue
        ent, _ = entity_at(doc, c.idx, c.idx + len(c.text))
        if ent is not None and ent.type == "PER":
            out.add(ent.id)
        elif ent is None and title_head(doc, c) is not None:
            out |= titled(c)
    return out


def _entities_in(doc: Doc, tok: Token) -> list[Entity]:
    """Entities named inside a token's subtree."""
    out = []
    for t in tok.subtree:
        ent, _ = entity_at(doc, t.idx, t.idx + len(t.text))
        if ent is not None and ent not in out:
            out.append(ent)
    return out


def person_at(doc: Doc, tok: Token) -> tuple[Entity, Mention] | tuple[None, None]:
    """A person whose name mention covers the token (even when a longer mention overlaps it),
    else the one person whose name or surname the capitalised words at the token spell."""
    for ent in doc._.entities or []:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            if m.kind in ("name", "acronym") and m.start <= tok.idx < m.end:
                return ent, m
    return _person_by_surface(doc, tok)


def _name_run(doc: Doc, tok: Token) -> Span | None:
    """The capitalised words around a proper noun ("Marine Le Pen", "Wallerand de Saint-Just")."""
    if tok.pos_ != "PROPN" and not (tok.is_title and tok.dep_ in ("appos", "flat:name", "nsubj")):
        return None

    def part(t: Token) -> bool:
        return t.is_title or t.is_upper and len(t) > 1 or t.lower_ in gazetteer.name_particles()

    start, end = tok.i, tok.i + 1
    while start > 0 and part(doc[start - 1]) and doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and part(doc[end]) and doc[end - 1].whitespace_:
        end += 1
    while start < end and doc[start].lower_ in gazetteer.name_particles() and not doc[start].is_title:
        start += 1
    while end > start and doc[end - 1].lower_ in gazetteer.name_particles():
        end -= 1
    return doc[start:end] if start < end else None


def _person_by_surface(doc: Doc, tok: Token) -> tuple[Entity, Mention] | tuple[None, None]:
    """The one person whose full name, or name's last words, the run of capitalised words at
    the token ends with: a name that the entity component left without a mention."""
    run = _name_run(doc, tok)
    if run is None:
        return None, None
    for k in range(run.start, run.end):
        words = norm(doc[k:run.end].text)
        if not words or doc[k].lower_ in gazetteer.name_particles() and k + 1 < run.end:
            continue
        found = {e.id: e for e in doc._.entities or [] if e.type == "PER"
                 and (norm(e.name) == words or norm(e.name).endswith(" " + words))}
        if len(found) == 1:
            span = doc[k:run.end]
            return next(iter(found.values())), Mention(span.start_char, span.end_char, "name", span.text, 0.7)
        if found:
            return None, None
    return None, None


def apposed_organisation(doc: Doc, tok: Token) -> Entity | None:
    """An organisation named in its own noun phrase after an organisation noun and its modifiers, not as the
    complement of a preposition: "le groupe pharmaceutique Bayer", "le syndicat de police Alliance" (not "le
    ministère de la Santé du GNA")."""
    for t in doc[tok.i + 1: min(len(doc), tok.i + 1 + NP_REACH)]:
        ent, m = entity_at(doc, t.idx, t.idx + len(t.text))
        if ent is not None:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            return ent if ent.type == "ORG" and span is not None and span.start == t.i and not _introduced(span) \
                and t.i - 1 >= 0 and doc[t.i - 1].pos_ in ("NOUN", "ADJ") else None
        if t.pos_ not in ("ADJ", "NOUN", "ADP", "DET"):
            return None
    return None


def appositive_person(doc: Doc, tok: Token) -> Entity | None:
    """A person named in apposition inside a noun phrase ("le président du groupe X Hervé
    Marseille"), not one introduced by a preposition ("le conseiller de Nicolas Sarkozy") nor one named in
    a relative clause on the phrase ("le chef de la diplomatie russe, qui s'est entretenu avec X")."""
    clauses = [c for c in tok.subtree if c.dep_.startswith("acl:relcl") and c.i > tok.i]
    for t in tok.subtree:
        if any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses):
            continue
        ent, m = person_at(doc, t)
        if ent is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and not _introduced(span):
            return ent
    return None


def apposed_after(doc: Doc, tok: Token) -> Entity | None:
    """A person named after a description and a comma, maybe after a title, not as the subject of a
    clause of its own: "lâche la mère du boulanger, Samah, 50 ans", "Un autre proche de Mme Royal, le
    député Guillaume Garot, a confirmé", not "selon le ministre, Paul Dupont a menti". A verb has one
    subject: a description parsed as a second subject of the name's verb is detached before it ("Son
    successeur au perchoir, Richard Ferrand a déclaré")."""
    j = tok.right_edge.i + 1
    while j < min(len(doc), tok.right_edge.i + 9) and doc[j].pos_ in ("ADP", "DET", "NOUN", "ADJ", "PROPN") \
            and person_at(doc, doc[j])[0] is None:
        j += 1      # a complement the parser hung on the verb: "juge la chercheure en anthropologie sociale, X"
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    k = j + 1
    while k < min(len(doc), j + 4) and doc[k].pos_ in ("DET", "ADJ", "NOUN") and person_at(doc, doc[k])[0] is None:
        k += 1
    if k >= len(doc) or doc[k].dep_ in SUBJECT_DEPS and not (tok.dep_ in SUBJECT_DEPS and doc[k].head == tok.head):
        return None
    ent, _ = person_at(doc, doc[k])
    return ent


def apposed_before(doc: Doc, tok: Token) -> Entity | None:
    """The person named right before a description and its comma, the description heading a relative clause:
    "l'abnégation de Dewayne Johnson, le jardinier qui estime que", "Ismaila Fall, un trentenaire sénégalais qui
    pense que" (the description is that person); not a source phrase ("Selon X, le ministre qui")."""
    if not any(c.dep_.startswith("acl:relcl") and c.i > tok.i for c in tok.children):
        return None
    first = determiner(tok) or tok
    j = min(first.i, tok.i) - 1
    if j < 1 or doc[j].text != "," or any(t.lower_ in SOURCE_WORDS for t in doc[tok.sent.start:j]):
        return None
    k = j - 1 if doc[j - 1].text not in ('"', "»", "”") else j - 2     # '... de Dewayne Johnson", le jardinier qui'
    ent, m = person_at(doc, doc[k])
    return ent if ent is not None and m.end == doc[k].idx + len(doc[k].text) else None


def apposed_name(tok: Token) -> Token | None:
    """A capitalised name in apposition right after a description's head: "l'ancien footballeur
    international Vikash Dhorasoo" (not "le conseiller de Nicolas Sarkozy")."""
    return next((c for c in tok.children if c.dep_ in ("appos", "flat:name") and c.i > tok.i and c.is_title
                 and not any(g.dep_ == "case" for g in c.children) and tok.doc[c.i - 1].pos_ != "ADP"), None)


def _introduced(span: Span) -> bool:
    """True when a name is the complement of a preposition ("de Nicolas Sarkozy")."""
    k = span.start - 1
    while k >= 0 and span.doc[k].lower_ in gazetteer.civilities():
        k -= 1
    return any(c.dep_ == "case" for c in _root(span).children) or (k >= 0 and span.doc[k].pos_ == "ADP")


def _national(doc: Doc, tok: Token) -> bool:
    """A demonym noun after a singular definite or demonstrative determiner ("le Palestinien", "l'Américaine",
    "cet Afghan"): one person of that nation."""
    return tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN") and article_before(doc, tok.i, demonstrative=True)


def resolve(doc: Doc, tok: Token, resolver: Resolver | None = None, topic: tuple[Entity, int] | None = None,
            said: tuple[int, int] | None = None) -> tuple[Entity | None, float]:
    """The entity a subject token designates, and a confidence.

    A name (or an already resolved mention) gives its entity; a noun phrase with a
    person in apposition gives that person; a pronoun or description is resolved;
    an organisation named inside the phrase comes last; an indefinite phrase is nobody.
    ``topic``, ``said``: see :meth:`Resolver.pronoun`.
    """
    if tok.text == "-t" and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    resolver = resolver or Resolver(doc)
    if topic is not None and topic[0].type == "PER" and resolver.on_topic(tok, topic) and not impersonal(tok):
        return topic[0], 0.8
    ent, m = person_at(doc, tok)
    if ent is None:
        ent, m = entity_at(doc, tok.idx, tok.idx + len(tok.text))
        if ent is not None and m.kind == "demonym" and _national(doc, tok):
            ent = None    # "s'alarme le Palestinien": a person of that nation, not its state
    if ent is not None and ent.type in SPEAKER_TYPES + ("MISC", "LOC"):
        return (ent, m.confidence) if ent.type in SPEAKER_TYPES or capital(ent) else (None, 0.0)
    if unnamed_people(tok) or relay(tok):     # "l'entourage de Nicolas Sarkozy a fait savoir": unnamed people;
        return None, 0.0                      # "la même source": the source before, which quotes give it
    person = appositive_person(doc, tok) or apposed_after(doc, tok) or apposed_before(doc, tok) \
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") else None
    if person is not None:
        return person, 0.9
    name = apposed_name(tok) if tok.pos_ in ("NOUN", "ADJ") else None
    if name is not None:                     # "L'ancien footballeur international Vikash Dhorasoo": that name
        ent, m = entity_at(doc, name.idx, name.idx + len(name.text))
        return (ent, 0.7) if ent is not None and ent.type in ("PER", "ORG") else (None, 0.0)
    if tok.pos_ in ("NOUN", "PROPN") and is_indefinite(tok):
        return survey_source(doc, tok)
    if pronoun_form(tok) in _of_kind("pronoun"):
        return resolver.pronoun(tok, topic, said) if not impersonal(tok) else (None, 0.0)
    if tok.lower_ in _of_kind("document") and is_definite(tok):
        return _document_author(doc, tok, resolver, topic)
    if (is_common_noun(tok) or tok.pos_ == "ADJ" or tok.dep_ in SUBJECT_DEPS) and is_definite(tok):
        found = resolver.description(tok, subject=True)
        if found[0] is not None or title_head(doc, tok) or gazetteer.office_of(description_form(tok)):
            return found        # "le locataire de la place Beauvau" is a person, not the place
    aside = {t.i for c in _circumstances(tok) for t in c.subtree}
    inside = [e for t in tok.subtree if t.i not in aside
              for e in (entity_at(doc, t.idx, t.idx + len(t.text))[0],) if e is not None and e.type == "ORG"]
    if inside and tok.pos_ in ("NOUN", "PROPN"):     # "le porte-parole du Kremlin", not "son avocat à l'AFP"
        return inside[0], 0.7
    return None, 0.0


def _document_author(doc: Doc, tok: Token, resolver: Resolver,
                     topic: tuple[Entity, int] | None) -> tuple[Entity | None, float]:
    """Who speaks through a document ("le communiqué", "le texte"): the author its "de" complement names ("le
    communiqué de la police"), else the speaker just quoted, whose statement it goes on with; never a person guessed
    by gender."""
    author = next((c for c in tok.children if c.i > tok.i and _of_phrase(c)), None)
    if author is not None:
        return resolve(doc, author, resolver)
    return (topic[0], 0.7) if topic is not None else (None, 0.0)


def state_of_body(doc: Doc, tok: Token, of: bool = False, capitals: bool = False,
                  named: Callable[[Token], Entity | None] | None = None) -> list[tuple[Token, Entity]]:
    """The words after a body's noun that name the state it acts for, with that state: its demonym ("le
    gouvernement britannique", "les autorités chinoises", "l'armée israélienne"); with ``of``, also a "de"
    complement ("le régime de Syrie"); with ``capitals``, also its capital ("les forces de Damas"). ``named``
    reads the entity a word designates (by default its mention; events pass their actor reading). Coreference asks it for an organisation noun, events for a state body."""
    named = named or (lambda t: entity_of_token(doc, t)[0])
    return [(c, e) for c in tok.children if c.i > tok.i and (c.dep_ == "amod" or of and c.dep_ == "nmod" and case_of(c) == "de")
            and (e := named(c)) is not None and (e.type == "GPE" or capitals and capital(e))]


def capital(ent: Entity) -> bool:
    """A state's capital ("Berlin déclarant", "Ankara estime", "selon Moscou"): as a speaker it stands for the
    state's government."""
    return ent.type == "LOC" and gazetteer.country_by_capital(ent.name) is not None


def _circumstances(tok: Token) -> list[Token]:
    """The clauses and the prepositional complements of a noun other than its "de" complements: "(son avocat) à
    l'AFP", "(leur article,) publié dans la revue Nature" (an organisation named there is not the phrase's)."""
    return [c for c in tok.children if c.dep_.startswith("acl") or c.dep_.startswith(("nmod", "obl"))
            and any(g.dep_ == "case" for g in c.children) and not _of_phrase(c)]


def survey_source(doc: Doc, tok: Token) -> tuple[Entity | None, float]:
    """The organisation a poll or study names ("un sondage Ifop-Fiducial", "un sondage réalisé
    par Opinion Way pour LCI"), not its client after "pour", or the news organisation of reporters
    ("des journalistes de l'AFP"); nobody for any other noun."""
    if tok.lower_ not in _of_kind("survey_noun") and tok.lower_ not in _of_kind("media_member"):
        return None, 0.0
    for t in tok.subtree:
        if t.i <= tok.i or any(c.lower_ == "pour" for c in t.head.children if c.dep_ == "case") \
                or any(c.lower_ == "pour" for c in t.children if c.dep_ == "case"):
            continue
        ent, _ = entity_at(doc, t.idx, t.idx + len(t.text))
        if ent is not None and ent.type == "ORG":
            return ent, 0.8
    return None, 0.0


def salient(doc: Doc, tok: Token, resolver: Resolver | None = None) -> tuple[Entity | None, float]:
    """The most salient person (or organisation) before a token: for quotes with no cue."""
    return (resolver or Resolver(doc)).pick(tok, None, None, ("PER", "ORG"), ceiling=0.6)


# --- the component ----------------------------------------------------------------------------------

def _is_pronoun_subject(tok: Token) -> bool:
    form = pronoun_form(tok)
    if form not in _of_kind("pronoun"):
        return False
    if tok.dep_ == "expl:subj" or tok.head.lemma_ in IMPERSONAL_VERBS or impersonal(tok):
        return False
    if form.endswith(" qui"):  # "Celle qui veut ... a attaqué": the parser often makes "Celle" the root
        return tok.dep_ in SUBJECT_DEPS or tok.dep_ == "ROOT" or tok.is_sent_start
    return tok.dep_ in SUBJECT_DEPS or tok.text.startswith("-") or form.endswith("-ci")


def _mention_span(doc: Doc, tok: Token) -> tuple[int, int]:
    """Character span of a description: its determiner to the end of its modifiers and complements,
    before any punctuation, clause or verb ("La ministre déléguée", "Le directeur général de l'OIM")."""
    start = determiner(tok) or tok
    end = tok
    for t in doc[tok.i + 1: tok.right_edge.i + 1]:
        finite = t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")
        if t.pos_ in ("PUNCT", "PRON") or finite or t.dep_ == "acl:relcl":
            break
        end = t
    return start.idx, end.idx + len(end.text)


def annotate(doc: Doc) -> None:
    """Append resolved pronoun and nominal mentions to the entities of ``doc``."""
    if not doc._.entities:
        return
    resolver = Resolver(doc, quoted(doc))
    named = {(m.start, m.end) for e in doc._.entities for m in e.mentions}
    for tok in doc:
        if _is_pronoun_subject(tok):
            ent, conf = resolver.pronoun(tok, said=_reported_before(tok))
            end = _ci_end(tok)
            start, stop = (tok.idx + 1, tok.idx + len(tok.text)) if tok.text.startswith("-") else (tok.idx, end.idx + len(end.text))
            kind = "pronoun"
        elif tok.pos_ in ("NOUN", "ADJ") and is_definite(tok) and appositive_person(doc, tok) is None \
                and entity_at(doc, tok.idx, tok.idx + len(tok.text))[0] is None and _names_nothing(doc, tok) \
                and apposed_name(tok) is None:
            ent, conf = resolver.description(tok)
            start, stop = _mention_span(doc, tok)
            kind = "nominal"
        else:
            continue
        if ent is None or any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in named):
            continue
        mention = Mention(start, stop, kind, text_of(doc)[start:stop], conf)
        ent.mentions.append(mention)
        ent.mentions.sort(key=lambda m: (m.start, m.end))
        named.add((start, stop))
        resolver.add(ent, mention)


def _reported_before(tok: Token) -> tuple[int, int] | None:
    """The words an inverted pronoun's incise reports, from its sentence's start (after a source phrase opening it)
    to the comma before the incise ("John Bolton était tenu de ne rien publier « ... », a-t-il attaqué": not John
    Bolton), where its referent is not named."""
    if not tok.text.startswith("-") and not (tok.i and tok.doc[tok.i - 1].text == "-t"):
        return None
    sent = tok.sent
    comma = next((t for t in reversed(tok.doc[sent.start:tok.i]) if t.text == ","), None)
    if comma is None or tok.i - comma.i > INCISE_REACH:
        return None
    source = next((t for t in sent if t.text == ","), None) if sent[0].lower_ in SOURCE_WORDS else None
    start = source.idx if source is not None and source.i < comma.i else sent.start_char    # "Pour X, « ... », dit-il"
    return start, comma.idx


def _names_nothing(doc: Doc, tok: Token) -> bool:
    """True unless a name follows the description in apposition ("la ministre, Nezha El Ouafi")."""
    nxt = [t for t in doc[tok.right_edge.i + 1: tok.right_edge.i + 3] if t.text != ","]
    if nxt:
        ent, _ = entity_at(doc, nxt[0].idx, nxt[0].idx + len(nxt[0].text))
        if ent is not None and ent.type == "PER":
            return False
    return True
