"""Events: PLOVER events between named actors, from trigger words and the dependency parse.

A trigger (a rule of ``lexicons/rules/events.jsonl``, read through :mod:`veille.rules`: verbs, nouns and
multiword phrases such as "mettre en avant", "s'en prendre à", built from the PLOVER codebook, each with its
frame, CAMEO code and PLOVER mode) gives the type and the event's ``rule``; its target is read from the slots the
rule's frame names (object, "avec"/"à"/"contre"/"entre" obliques; ``required``: the meaning needs the slot: "un
appel à" asks, "un appel" alone is a call; "le sommet entre X et Y" or "l'accord UE-Turquie" is between the
two; "l'attaque lancée par X contre Y": the arguments of a noun may hang from its participle); its source is its
subject, the agent of a passive ("a été reçu par X"), or the subject of the clause a participle, an infinitive or a
noun depends on ("rendant hommage au Maroc", "à l'issue d'entretiens avec X"). A headline verb the parser made a
modifier of the name before it ("Rachida Dati pilonne l'ancienne ministre") is read on the words.

Actors: subjects that are titles or pronouns resolve through ``doc._.roles`` and the coreference
mentions on ``doc._.entities`` ("le président", "le Premier ministre": the office holders); the "il" of a
pronominal verb that the parser reads as impersonal ("il s'entretiendra avec X") as a speaker's would; "je" in a
quotation is its speaker; "les deux hommes", "les deux pays" (``lexicons/event_pairs.tsv``) are the last
two actors of that kind, split into source and target by an "avec" trigger or a reciprocal verb; a plural
"ils" the group named just before; "le bureau du président" (``lexicons/event_proxies.txt``) its holder;
"le parti" the last organisation named; an unresolved object pronoun ("pour lui demander") the last
person named before it; a received noun ("a reçu le soutien de X") or one given "avec"/"grâce à" ("la Grèce,
avec le soutien de X,") turns round.

A noun of a deed (an arrest, an attack, a sanction, aid) is its governing subject's deed only under a light verb
(``lexicons/event_light_verbs.txt``: "a lancé une offensive"; not "s'est insurgé contre l'incarcération de X", nor
"depuis les violences ..., X a pris la parole"), also through a noun of quantity ("a mené des centaines de frappes
contre X"); a withdrawal ("le retrait du Royaume-Uni de l'UE") is done by its first "de" and leaves the next; a
passive infinitive ("estime avoir été sanctionné par X") is done to its governing verb's subject.

Praise, demands and threats voiced in quotations are SUPPORT, REQUEST, THREATEN from the speaker to the actor the
cue or the quoted word addresses ("a salué X", "« Bravo à X »", ``lexicons/event_quote_polarity.tsv``).
Criticism voiced in quotations (``doc._.quotes``) is ACCUSE from the speaker when the cue criticises
("a dénoncé") or the quoted words do (``lexicons/event_criticism.tsv``: "une officine", "pas capable");
its target is the actor the critical words are said of, else the first named in the quote or its
sentence (not the speaker's own description or party, the cue's nominal subject, a medium of
``lexicons/media.txt``, a name after "une", nor the victim of the deed criticised: "un acharnement envers X").

No event for a denied trigger ("n'a pas rencontré", "sans rencontrer"; but a rule with the ``events.negated``
guard means its type only when denied: "ne reconnaît pas X" rejects X), a question ("demander si"), a
wished meeting ("souhaite le rencontrer"), a recalled event ("ces accusations"), a pronominal verb of
another meaning ("s'appeler": the rule's ``events.not_pronominal`` guard) or a subheading repeated by a later
quote. An event whose target is not named continues the previous event of its type and source a few
sentences before. Only named actors (persons, organisations, states) take part; an attack may hit a place
("a bombardé la bande de Gaza"), and a capital city that no preposition introduces is its state's
government ("Washington a imposé des sanctions"). The evidence is the sentence and never crosses a
paragraph break; location and date come from the same sentence. One event per type, source and target in
a sentence.
"""
from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from veille import extensions, rules  # noqa: F401
from veille.component import Component
from veille.gazetteer import Office, honorific_keys, is_medium, office_holders
from veille.lexicons import table, words
from veille.marks import quoted
from veille.normalize import norm
from veille.record import Entity, Event, Quote, Trigger
from veille.reference import Resolver, capital, office_holder, resolve, state_of_body
from veille.rules import Hit, Rule, predicate
from veille.spans import (
    entity_by_id,
    entity_of_token,
    sentence_of,
    text_of,
    token_at,
    trim,
    verb_lemma,
)
from veille.syntax import (
    IMPERSONAL_VERBS,
    THIRD_PERSON_OBJECTS,
    apposed_names,
    case_of,
    conjuncts,
    governing_subject,
    head_past_date,
    in_state_of,
    infinitive_after,
    is_definite,
    is_negated,
    is_pronominal,
    is_reflexive,
    mark_of,
    marked_inverted_subject,
    negation_before,
    possessive,
    qualifying_participles,
    slot_fillers,
    subtree_without_clauses,
    verb_read_as_noun,
)

ACTORS = ("PER", "ORG", "GPE")
COUNTERPART = "homologue"     # "son homologue russe": the holder of the same office in that state
COUNTERPART_OFFICES = ("head_of_state", "head_of_government", "foreign_minister")
RULES = "events"        # lexicons/rules/events.jsonl
CRITICISM = "event_criticism.tsv"
POLARITY = "event_quote_polarity.tsv"
QUOTED = ("ACCUSE", "SUPPORT", "REQUEST", "THREATEN")     # what a quotation may state of an actor
RECEIVERS = "event_receivers.txt"
PROPOSALS = "event_proposals.txt"
WISHES = "event_wishes.txt"
REFRAINS = "event_refrains.txt"
ORG_NOUNS = "event_org_nouns.txt"
PAIRS = "event_pairs.tsv"
PROXIES = "event_proxies.txt"
HOLDINGS = "event_holdings.txt"     # what an actor holds in the field ("des positions du PKK")
SUFFERED = "event_suffered.txt"     # deeds their "de" complement undergoes ("le meurtre de X")
LIGHT_VERBS = "event_light_verbs.txt"
STATE_BODIES = "state_bodies.txt"     # bodies that act for their state ("le gouvernement turc")
DEEDS = frozenset({"COERCE", "ASSAULT", "SANCTION", "PROTEST", "MOBILIZE", "RETREAT", "AID"})  # done, not said
FLAT_DEPS = frozenset({"amod", "flat:name", "flat", "flat:foreign", "nmod", "appos", "dep", "compound"})
GROUP_REACH = 60        # tokens before a plural pronoun's sentence where the group it stands for is named
ADDRESS_REACH = 4       # tokens after a quoted word of praise where the actor it addresses may be named
THREAT_REACH = 6        # tokens before a deed's infinitive where the threat it completes may stand
FLAT_REACH = 8          # tokens after a misparsed verb where its target may be named
GIVEN = frozenset({"SUPPORT", "AID"})    # "avec le soutien de X", "grâce à l'aide de X": X gives it to the clause's subject
BACKING = frozenset({"avec", "grâce"})    # the prepositions that introduce such a gift ("grâce à": its case is "grâce")
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})     # done with each other ("avec"); others need "se"
CLITICS = {"s'": "se", "se": "se", "en": "en"}
LOC_CASES = frozenset({"à", "a", "au", "dans"})
PLACE_CASES = frozenset({"à", "au", "aux", "en", "dans"})     # "en Grèce", "aux Etats-Unis": a state as a place
ADDRESSED = frozenset({"à", "de", "envers", "pour", "en", "contre"})     # "Bravo à X", "fier de X", "confiance en X"
PARTY_CASES = frozenset({"contre", "avec", "envers", "entre"})     # "contre Téhéran": the state, not the place
VICTIM_CASES = frozenset({"envers", "contre"})     # "un acharnement envers X": X suffers it
#: Prepositions of a circumstance around a quotation ("lors d'une conférence avec X", "devant le Sénat", "en marge de")
CIRCUMSTANCE_CASES = frozenset({"lors", "devant", "avec", "pendant", "durant", "en", "dans", "chez", "après",
                                "avant", "depuis", "parmi"})
CHANNEL_CASES = frozenset({"sur"})     # "a salué sur Twitter", "sur les antennes de Radio J": a medium as channel
CONTRAST_MARKS = frozenset({"alors", "tandis"})     # "alors que X ...", "tandis que X ...": another's clause
INDEFINITE = frozenset({"un", "une"})
HONORIFICS = honorific_keys()
PHRASE = ("appos", "flat:name", "flat", "nmod", "amod", "compound")  # from a name up to the head of its noun phrase
QUESTION_MARKS = frozenset({"si", "s'", "pourquoi", "comment", "quand", "où", "combien"})   # "demander si"
FIRST_PERSON = frozenset({"je", "j'", "me", "m'", "moi"})
SELF = FIRST_PERSON | {"nous"}     # the subject of words a speaker says of themself
CALL_MEANS = frozenset({"téléphone", "fil", "bout"})     # "appeler X au téléphone", "au bout du fil": a call
CALL_NOT = frozenset({"renfort", "vœu", "voeu", "rescousse", "secours"})     # "appeler en renfort": a summons, no call
RELATIVES = frozenset({"qui", "que", "qu'", "auquel", "auxquels", "auxquelles"})
PLURAL_CLITICS = frozenset({"leur", "les"})
ASSURING = frozenset({"assurer"})     # "l'a assuré de son soutien": the object is whom the noun addresses
PEJORATIVE_REACH = 3    # words after the "de" of "qualifier X de" where the critical word stands
NAMING_REACH = 6        # tokens after "traiter" where the "de" of "traiter X de" stands
MANNER = frozenset({"manière", "façon", "sorte"})    # "traiter X de cette manière": how X is treated, no name
OBJECT_PRONOUNS = frozenset({"le", "la", "l'", "les", "me", "m'", "te", "t'", "nous", "vous"})
OWNER_REACH = 2         # nouns a noun trigger may hang from to find a possessive
CONTINUE_REACH = 800    # characters back where an event without a named target finds the one it continues
RESOLVED = 0.7          # the least confidence of the speaker's resolution of a pronoun coreference left


@dataclass(frozen=True)
class Entry:
    """One trigger: a rule of ``lexicons/rules/events.jsonl`` and its frame."""

    clitics: tuple[str, ...]   # "se", "en" that the verb carries
    words: tuple[str, ...]     # the lemma, then the words that follow it ("mettre", "en", "avant")
    type: str
    pos: str
    slots: tuple[str, ...]
    deep: bool
    state_type: str
    cameo: str
    required: bool = False     # the trigger means this only with its target slot filled ("un appel à")
    rule: str = ""             # the rule's id
    mode: str = ""             # the PLOVER mode
    mediated: bool = False     # "une médiation entre X et Y": the two named are its targets, not its parties
    leaving: bool = False      # "le retrait des forces américaines d'Afghanistan": its first "de" names the doer, a
                               # later one what it leaves
    doers: tuple[str, ...] = ()   # the entity types its doers must have ("interpeller": a person interpellating speaks)
    denied: bool = False       # the trigger means this only when negated ("ne reconnaît pas X": a rejection)


def split_lemma(lemma: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """"s'en prendre à" -> (("se", "en"), ("prendre", "à")): the clitics, then the words."""
    parts = lemma.lower().replace("'", "' ").split()
    n = 0
    while n < len(parts) - 1 and parts[n] in CLITICS:
        n += 1
    return tuple(CLITICS[w] for w in parts[:n]), tuple(parts[n:])


def entry(rule: Rule) -> Entry:
    """The trigger a rule of ``events.jsonl`` describes."""
    d, frame = rule.data, rule.data["frame"]
    return Entry(tuple(d["clitics"]), tuple(d["words"]), rule.label, d["pos"], tuple(frame["target"]),
                 frame["depth"] == "tree", d.get("state_label") or "", d.get("cameo", ""), frame["required"],
                 rule.id, d.get("mode", ""), frame.get("between") == "targets", frame.get("doer") == "de",
                 tuple(frame.get("doers", ())), "events.negated" in rule.predicates)


def load_triggers() -> dict[str, Entry]:
    """The triggers of ``lexicons/rules/events.jsonl`` by rule id."""
    return {r.id: entry(r) for r in rules.load(RULES)}


@predicate("events.clitics")
def _clitics_present(hit: Hit) -> bool:
    """"s'est entretenu", "s'en prend": the verb carries the clitics its rule names."""
    return _has_clitics(hit.anchor.doc, hit.anchor, tuple(hit.rule.data["clitics"]))


@predicate("events.negated")
def _negated(hit: Hit) -> bool:
    """"Berlin ne reconnaît pas X": the verb is denied (a rule that means its type only when negated)."""
    return is_negated(hit.anchor)


@predicate("events.not_pronominal")
def _not_pronominal(hit: Hit) -> bool:
    """"s'appeler Les Socialistes" is no call: a verb whose rule names no "se" does not fire when it carries one."""
    return not is_pronominal(hit.anchor)


@predicate("events.not_plea")
def _not_plea(hit: Hit) -> bool:
    """"Il avait plaidé coupable", "ils plaident non coupable": a plea in court, not advocacy for anyone."""
    doc, tok = hit.anchor.doc, hit.tokens[-1]
    after = [t.lower_ for t in doc[tok.i + 1:tok.i + 3]]
    return after[:1] != ["coupable"] and after != ["non", "coupable"]


@predicate("events.calls_to")
def _calls_to(hit: Hit) -> bool:
    """"a appelé X à la retenue", "appelle X à démissionner": "appeler" asks only with an "à" complement after it
    in its clause (not "au téléphone"), past an incise between commas right after it ("a appelé, jeudi 20 septembre
    sur CNews, Emmanuel Macron à s'exprimer"); "a appelé X" alone is a phone call."""
    doc, tok = hit.anchor.doc, hit.tokens[-1]
    start = tok.i + 1
    if start < tok.sent.end and doc[start].text == ",":
        start = next((t.i + 1 for t in doc[start + 1:tok.sent.end] if t.text == ","), start)
    for t in doc[start:tok.sent.end]:
        if t.is_punct and not t.is_quote:
            return False
        if t.lower_ in ("à", "au", "aux") and (t.i + 1 == len(doc) or doc[t.i + 1].lemma_.lower() not in CALL_MEANS):
            return True
    return False


@predicate("events.invites_to")
def _invites_to(hit: Hit) -> bool:
    """"invitant le gouvernement à chercher d'autres solutions", "invite la presse à la rejoindre": "inviter" asks only with an "à"
    complement that is a deed (an infinitive or a common noun) after it in its clause; "a invité à Blois deux
    responsables", "invité sur France Inter" are invitations as a guest."""
    doc, tok = hit.anchor.doc, hit.tokens[-1]
    for t in doc[tok.i + 1:tok.sent.end]:
        if t.is_punct and not t.is_quote:
            return False
        if t.lower_ in ("à", "au", "aux"):
            nxt = next((w for w in doc[t.i + 1:tok.sent.end] if w.pos_ not in ("PRON", "ADV", "DET", "PART")
                        and not w.is_quote), None)     # 'à "débattre en direct"'
            if nxt is not None and (nxt.pos_ == "NOUN" or nxt.pos_ in ("VERB", "AUX") and nxt.morph.get("VerbForm") == ["Inf"]):
                return True
    return False


@predicate("events.phone_call")
def _phone_call(hit: Hit) -> bool:
    """"Juncker avait appelé le Premier ministre britannique dans la matinée": "appeler" without an "à" complement
    is a call; not "il m'a appelé mon ami", "ce que les Palestiniens appellent la Naksa" (a name given: a second
    nominal, or one after the relative "que"), "appeler en renfort", "appeler de ses vœux" (``CALL_NOT``)."""
    tok = hit.anchor
    nominals = [c for c in tok.children if c.i > tok.i and c.dep_ in ("obj", "xcomp", "iobj")
                and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    before = [c for h in [tok] + [c for c in tok.children if c.dep_.startswith("aux")] for c in h.children
              if c.i < tok.i and c.pos_ == "PRON" and c.dep_ in ("obj", "iobj", "expl:comp")]
    before += [c for c in tok.children if c.i < tok.i and c.lower_ in ("que", "qu'") and tok.dep_.startswith("acl")]
    named = len(nominals) > 1 or bool(nominals) and bool(before)     # "l'a appelé César", "ce qu'ils appellent la Naksa"
    clause = {t.lemma_.lower() for t in tok.doc[tok.i + 1:tok.sent.end]}
    return not _calls_to(hit) and not named and not clause & CALL_NOT


@predicate("events.pejorative")
def _pejorative(hit: Hit) -> bool:
    """"a qualifié les commentaires de Donald Trump d'« ingérence inacceptable »", "a qualifié d'« absurde » la
    proposition de X": "qualifier" criticises when its "de" complement, in its clause, holds a word of
    ``lexicons/event_criticism.tsv`` said as such (not "de « journée exceptionnelle »")."""
    doc, tok = hit.anchor.doc, hit.tokens[-1]
    critical = {row["lemma"] for row in table(CRITICISM) if row["kind"] == "word"}
    clause = [t for t in doc[tok.i + 1:tok.sent.end]]
    end = next((k for k, t in enumerate(clause) if t.text in (";", ":", ".") or t.pos_ == "VERB"), len(clause))
    for k, t in enumerate(clause[:end]):
        glued = _after_de(t.lower_)      # 'd\'"absurde': the tokenizer leaves "d'" and the quote on the word
        if t.norm_ in ("de", "d'") or glued:
            words = [w for w in clause[k + 1:end] if not (w.is_quote or w.pos_ in ("DET", "ADV"))][:PEJORATIVE_REACH]
            said = {glued, _after_de(t.lemma_.lower())} | {f for w in words for f in (w.lemma_.lower(), w.lower_)}
            if said & critical:
                return True
    return False


@predicate("events.names_as")
def _names_as(hit: Hit) -> bool:
    """"a traité Pedro Sanchez de « félon »", "le traitant de « clown »": "traiter" calls someone names when a "de"
    complement follows its object (a name after the verb, or a pronoun before it) in its clause; not a manner ("de
    la même manière") nor the subject of a text ("le rapport traite de l'immigration")."""
    doc, tok = hit.anchor.doc, hit.tokens[-1]
    end = min(tok.sent.end, tok.i + 1 + NAMING_REACH)
    for k in range(tok.i + 1, end):
        word = doc[k]
        if word.text in (",", ";", ":", "."):
            return False
        glued = _after_de(word.lower_)
        if word.norm_ in ("de", "d'") or glued:
            if k == tok.i + 1 and not _clitics_before(doc, tok) & OBJECT_PRONOUNS:
                return False
            said = glued or next((w.lemma_.lower() for w in doc[k + 1:tok.sent.end]
                                  if not (w.is_quote or w.pos_ in ("DET", "ADV", "ADJ"))), "")
            return said not in MANNER
    return False


def _after_de(word: str) -> str:
    """'d\'"inacceptable' -> "inacceptable": the word a glued "d'" and quotation mark introduce, else ""."""
    if not word.startswith(("d'", "d’")) or len(word) < 4:
        return ""
    return word[2:].lstrip('"«“ \u00a0')


class EventFinder(Component):
    """Fills ``doc._.events``."""

    def __init__(self, triggers: dict[str, Entry], polar: dict[str, tuple[str, str, str]]):
        self.triggers = triggers
        self.polar = polar      # lemma -> (type, "word" or "negated" (when negated), CAMEO code) of quoted words
        self.cues: dict[tuple, Entry] = {}      # verbs that introduce a quotation and state its event ("a fustigé")
        for e in triggers.values():
            if e.type in QUOTED and e.pos == "VERB":
                self.cues.setdefault((e.clitics, e.words), e)
        self.order = {rid: n for n, rid in enumerate(triggers)}     # the file's order breaks ties
        self._hits: tuple[Doc | None, dict[int, list[tuple[Entry, Token]]]] = (None, {})

    def process(self, doc: Doc) -> Doc:
        self._hits = (doc, self.hits(doc))
        found: list[Event] = []
        stated: list[tuple[int, int, str]] = []     # cues of the quotes that gave an event, and its type
        for quote in doc._.quotes or []:
            if _subheading(doc, quote) or _intertitle(doc, quote):
                continue
            event = self.quote_event(doc, quote)
            if event is not None:
                found.append(event)
                if quote.cue:
                    stated.append((quote.cue.start, quote.cue.end, event.type))
        for sent in doc.sents:
            for tok in sent:
                match = self.match(doc, tok)
                if match is None:
                    continue
                entry, last = match
                if any(s <= tok.idx < e and entry.type == kind for s, e, kind in stated):
                    continue
                event = self.event(doc, sent, tok, last, entry)
                if event is not None:
                    found.append(event)
        events: dict[tuple, Event] = {}
        for event in sorted(found, key=lambda e: (e.start, e.trigger.start if e.trigger else 0)):
            if not event.target:
                _continue(event, events.values())
            if event.target:
                _keep(events, event)
        doc._.events = sorted(events.values(), key=lambda e: (e.start, e.trigger.start if e.trigger else 0))
        return doc

    def hits(self, doc: Doc) -> dict[int, list[tuple[Entry, Token]]]:
        """The triggers the rules find (their guards applied) by first token, with their last token: longest first,
        then in the file's order."""
        index: dict[int, list[tuple[Entry, Token]]] = {}
        for hit in rules.load(RULES)(doc):
            index.setdefault(hit.anchor.i, []).append((self.triggers[hit.rule.id], hit.tokens[-1]))
        for found in index.values():
            found.sort(key=lambda m: (-len(m[0].words) - len(m[0].clitics), -m[1].i, self.order[m[0].rule]))
        return index

    def match(self, doc: Doc, tok: Token) -> tuple[Entry, Token] | None:
        """The trigger that starts at this token, and its last token: the longest whose part of speech fits and
        whose required slot is filled."""
        index = self._hits[1] if self._hits[0] is doc else self.hits(doc)
        for entry, last in index.get(tok.i, ()):
            if _pos_ok(tok, entry.pos) and (not entry.required or _carried_slots(last, entry)):
                return entry, last
        return None

    def event(self, doc: Doc, sent: Span, tok: Token, last: Token, entry: Entry) -> Event | None:
        """The event a trigger states, when it has a named source (its target may be left to
        :func:`_continue`)."""
        if entry.type == "REQUEST" and _asks(tok) or entry.type == "CONSULT" and _wished(tok) or _recalled(tok) \
                or is_negated(tok) and not entry.denied or _refrained(tok) \
                or entry.type in DEEDS and (_wished(tok) or self._threatened(doc, tok)) \
                or entry.type in DEEDS | {"CONSULT"} and self._requested(doc, tok):
            return None
        source, target, confidence = _arguments(doc, tok, last, entry)
        source = [s for s in source if not is_medium(entity_by_id(doc, s).name)]   # media report
        target = [t for t in target if t not in source]
        if not target and len(source) >= 2 and (entry.type in MUTUAL and "avec" in entry.slots or is_reflexive(tok)):
            source, target = source[:1], source[1:]     # "les deux hommes se sont rencontrés", "s'accusent"
        between = slot_fillers(tok, ("entre",)) if "entre" in entry.slots and not entry.mediated else []
        pair = _hyphen_pair(doc, tok) if "entre" in entry.slots and not entry.mediated else []
        if pair:     # "l'accord UE-Turquie", "le sommet Trump-Kim": the two named take part
            source, target = pair[:1], pair[1:]
        elif between:     # "le sommet entre X et Y", "un accord entre X et Y": the two named take part
            pair = _first(doc, between, deep=False)
            if len(pair) < 2 or source and not set(source) & set(pair):
                return None     # "X a salué la coopération entre Y et Z", "une rencontre entre X et les maires"
            source, target = pair[:1], pair[1:]
        if not source or entry.doers and any(entity_by_id(doc, s).type not in entry.doers for s in source):
            return None     # "le député interpellait le Premier ministre": a question in the House, not an arrest
        if not target and _answers_proposal(tok, entry):
            target, confidence = _proposer(doc, tok, source), confidence - 0.2
        kind = entry.type
        if entry.state_type and all(entity_by_id(doc, s).type == "GPE" for s in source):
            kind = entry.state_type
        if not target and kind == "THREATEN":     # "l'UE menace de sanctionner Minsk": the deed's object
            deed = infinitive_after(tok)
            target = _first(doc, [o for o in deed.children if o.dep_ == "obj"] if deed is not None else [], deep=False)
        if not target and kind == "ASSAULT":     # "Israël a bombardé la bande de Gaza": a place is hit
            target = _place(doc, _carried_slots(tok, entry))
        start, end = _paragraph(text_of(doc), sent.start_char, sent.end_char, tok.idx, last.idx + len(last.text))
        return Event(type=kind, source=source, target=target, start=start, end=end,
                     trigger=Trigger(tok.idx, last.idx + len(last.text), " ".join(entry.words)),
                     location=_location(doc, sent, tok, source + target), date=_date(doc, sent, tok),
                     confidence=confidence, cameo=entry.cameo or None, rule=entry.rule)


    def _requested(self, doc: Doc, tok: Token) -> bool:
        """"a appelé Vladimir Poutine à rencontrer Volodymyr Zelensky", "demande à Israël de libérer X": a meeting or
        a deed that is the infinitive of a request is asked for, not done."""
        if tok.morph.get("VerbForm") != ["Inf"]:
            return False
        if tok.dep_ == "xcomp":
            head = tok.head
        elif tok.dep_ == "acl" and tok.head.dep_ in ("obj", "iobj", "obl", "obl:arg") \
                and any(c.dep_ == "mark" and c.norm_ in ("de", "d'", "à") for c in tok.children):
            head = tok.head.head    # "a demandé à Vladimir Poutine de libérer X": the parser hung it on the name
        else:
            return False
        match = self.match(doc, head)
        return match is not None and match[0].type == "REQUEST"

    def _threatened(self, doc: Doc, tok: Token) -> bool:
        """"L'UE menace de sanctionner Minsk", "menace quant à elle de sanctionner": a deed that is the infinitive of a
        threat (:func:`veille.syntax.infinitive_after`) is threatened, not done."""
        heads = [tok.head] if tok.dep_ == "xcomp" else doc[max(tok.sent.start, tok.i - THREAT_REACH):tok.i]
        for head in heads:
            match = self.match(doc, head)
            if match is not None and match[0].type == "THREATEN" and infinitive_after(head) == tok:
                return True
        return False

    def quote_event(self, doc: Doc, quote: Quote) -> Event | None:
        """ACCUSE, SUPPORT, REQUEST or THREATEN from a quotation: its speaker criticises, praises, asks or
        threatens the actor the quote (or its sentence) names, when the cue says so ("a dénoncé", "a salué",
        "a exhorté") or the quoted words do ("une officine", "bravo", "représailles")."""
        source = entity_by_id(doc, quote.speaker) or _cue_subject(doc, quote)
        if source is None or source.type not in ACTORS or is_medium(source.name):
            return None
        said = self.polar_word(doc, quote)
        if said is None:
            return None
        trigger, kind, cameo, rule = said
        first = sentence_of(doc, quote.start)
        cue = sentence_of(doc, quote.cue.start) if quote.cue else first
        lo, hi = quote.start, quote.end
        if quote.cue:
            lo, hi = min(lo, quote.cue.start), max(hi, quote.cue.end)
        start, end = _paragraph(text_of(doc), min(first.start_char, cue.start_char), max(first.end_char, cue.end_char),
                                lo, hi)
        tok = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")[0]
        match = self.match(doc, tok)
        if match is not None and match[0].type in DEEDS:
            return None     # "a été condamnée à un an de prison pour « avortement illégal »": a deed, not criticism
        if match is None and _said_of(doc, tok, quote) is None:
            return None     # "Je ne veux pas être ridicule": the speaker speaks of themself
        if match is not None and _object_not_speaker(doc, tok, match[0], source, quote):
            return None     # "X et Y accusent la Turquie de ...": the cue's object is no speaker; the trigger says it
        if match is not None and match[0].type in ("ACCUSE", "SUPPORT") and _suffered(_carried_slots(tok, match[0])):
            return None     # "X a salué la condamnation d'Hashem Abedi": a deed its actor undergoes is praised
        if kind == "ACCUSE":
            target = self.quote_target(doc, quote, trigger, source, start, end)
        else:
            target = self.addressee(doc, quote, tok, source)
        target = [target] if target else []
        return Event(type=kind, source=[source.id], target=target, start=start, end=end, trigger=trigger,
                     location=_location(doc, tok.sent, tok, [source.id] + target), date=_date(doc, tok.sent, tok),
                     confidence=0.7 if trigger.lemma == (quote.cue.lemma if quote.cue else None) else 0.6,
                     cameo=cameo, rule=rule)

    def polar_word(self, doc: Doc, quote: Quote) -> tuple[Trigger, str, str, str | None] | None:
        """The trigger, type, CAMEO code and rule id of what a quotation states: its cue when a verb of
        criticism, praise, demand or threat, else its first word of ``lexicons/event_criticism.tsv`` (or
        negated praise: "pas capable") or ``lexicons/event_quote_polarity.tsv``, not negated ("pas admirable"
        praises no one, "Cuba n'était pas une dictature" criticises no one)."""
        cue = self.cues.get(split_lemma(quote.cue.lemma)) if quote.cue else None
        if cue is not None and not (cue.type == "REQUEST" and "?" in text_of(doc)[quote.start:quote.end]):
            return Trigger(quote.cue.start, quote.cue.end, quote.cue.lemma), cue.type, cue.cameo, cue.rule
        for tok in doc.char_span(quote.start, quote.end, alignment_mode="expand"):
            found = self.polar.get(tok.lemma_.lower()) or self.polar.get(tok.lower_)
            if found is None:
                continue
            kind, when, cameo = found
            if kind == "REQUEST" and tok.pos_ == "NOUN" and not self._demanded(doc, tok):
                continue
            negated = negation_before(tok) or tok.pos_ == "VERB" and is_negated(tok)     # "qui ne soutiennent pas la politique"
            if when == "negated" and negated or when == "word" and not negated:
                return Trigger(tok.idx, tok.idx + len(tok.text), tok.lemma_.lower()), kind, cameo, None
        return None

    def _demanded(self, doc: Doc, noun: Token) -> bool:
        """"pour demander la démission du président IBK": a noun of demand in a quote states a request when a verb of
        demand governs it, said as such ("d'imaginer une démission du président", "cette posture d'appeler à la
        démission du ministre" ask for nothing)."""
        head = noun.head
        match = self.match(doc, head) if head.pos_ == "VERB" and head.dep_ != "acl" else None
        return match is not None and match[0].type == "REQUEST"

    def addressee(self, doc: Doc, quote: Quote, tok: Token, source: Entity) -> str | None:
        """Whom a quotation praises, asks or threatens: the object of its cue ("a salué X", "a exhorté X"), else
        an actor among the quoted word's own complements ("Bravo à X", "je soutiens X", "je remercie X"),
        said by the speaker (a verb whose subject is someone else states no event: "des millions de gens
        voudraient soutenir X")."""
        match = self.match(doc, tok)
        if match is not None and quote.cue and quote.cue.start <= tok.idx < quote.cue.end:
            found = _first(doc, slot_fillers(tok, match[0].slots), match[0].deep) or _clitic_referent(doc, tok, match[0].slots)
        else:
            subject, _ = _subject(tok, tok)
            if tok.pos_ in ("VERB", "AUX") and subject is not None and subject.norm_ not in SELF:
                return None
            found = _first(doc, [c for c in tok.children if c.dep_ in ("obj", "iobj") or c.dep_.startswith(("obl", "nmod"))
                                 and case_of(c) in ADDRESSED], deep=False)
        found = [i for i in found if i != source.id and not _channel(doc, tok.sent, i)] \
            or _named_next(doc, tok, quote, source)
        return found[0] if found else None

    def quote_target(self, doc: Doc, quote: Quote, trigger: Trigger, source: Entity, start: int,
                     end: int) -> str | None:
        """The actor a critical quote is about: the object of a verb of criticism ("a dénoncé X") or the
        subject the critical word is said of ("X « est devenu une officine »"), else the first named in the
        quote, else in its sentence, persons and organisations before states; never the speaker, the words
        that describe the speaker or make the cue's nominal subject ("a dénoncé l'élu LR X"), the speaker's
        organisation or state ("La Russie considèrerait toute nouvelle escalade inacceptable", a déclaré M. Lavrov), a
        media outlet, a demonym, a name with an indefinite article ("une Garden Party") or the victim of the criticised
        deed ("un acharnement envers X")."""
        phrase = _speaker_phrase(doc, quote)
        speakers, said_by = _cue_speakers(doc, quote)
        allies = {source.id} | speakers | _bracketed_parties(doc, source) \
            | {a for r in doc._.roles or [] if r.person == source.id for a in (r.organization, r.country)}

        def usable(ent: Entity | None) -> bool:
            return ent is not None and ent.type in ACTORS and ent.id not in allies \
                and not is_medium(ent.name)

        tok = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")[0]
        match = self.match(doc, tok)
        said_of = _first(doc, slot_fillers(tok, match[0].slots), match[0].deep) if match else _said_of(doc, tok, quote)
        said_of = [i for i in (said_of or []) + _subject_before(doc, quote) if usable(entity_by_id(doc, i))]
        if said_of:
            return said_of[0]
        best: tuple[tuple, str] | None = None
        for ent in doc._.entities or []:
            if not usable(ent):
                continue
            for m in ent.mentions:
                inside = start <= m.start < end or quote.start <= m.start < quote.end
                if m.kind == "demonym" or not inside or phrase[0] <= m.start < phrase[1] \
                        or said_by[0] <= m.start < said_by[1] or _victim(doc, m.start) \
                        or _indefinite(doc, m.start) or ent.type == "GPE" and _placed(doc, m.start) \
                        or not quote.start <= m.start < quote.end and _circumstance(doc, quote, m.start):
                    continue
                key = (ent.type == "GPE", not quote.start <= m.start < quote.end, m.start)
                if best is None or key < best[0]:
                    best = (key, ent.id)
        return best[1] if best else None


def _subject_before(doc: Doc, quote: Quote) -> list[str]:
    """'Emmanuel Macron "a perdu la main vis-à-vis d'Edouard Philippe"', 'La Turquie de Recep Tayyip Erdogan "ne
    respecte aucun de ses engagements"': the actors of the subject, right before the quotation and outside it, of a
    word inside it (a verb, or a predicate after "être"): the quoted words are said of them."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    before = span.start - 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    for word in span:
        subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < span.start
                        and c.right_edge.i == before), None)
        if subject is not None:
            return _actors(doc, subject, deep=False)
    return []


def _cue_speakers(doc: Doc, quote: Quote) -> tuple[set[str], tuple[int, int]]:
    """'« ... », ont dénoncé des élus LR, PS, PCF et LFI', '« ... », s'est élevé l'insoumise Mathilde Panot': the
    nominal subjects of a quotation's cue, on the cue's side of the quoted words, say them; their actors and the
    characters of their phrase are the speakers' side, not whom the words criticise."""
    if quote.cue is None:
        return set(), (0, 0)
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")[0]
    subject, _ = _subject(cue, cue)
    if subject is None:
        return set(), (0, 0)
    subjects = [s for s in [subject] + [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i != subject.i]
                if s.pos_ != "PRON"]     # not '" lui a rétorqué X' (a dative read as subject), nor a pronoun
    if not subjects:
        return set(), (0, 0)
    tokens = sorted(t for s in subjects for t in subtree_without_clauses(s))     # "l'insoumise" and "Mathilde Panot"
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if (start < quote.end) != (quote.cue.start < quote.end) or start < quote.end and quote.start < end:
        return set(), (0, 0)     # 'La Turquie de X "ne respecte aucun ...", a-t-il fustigé': the quote is said of it
    return {a for s in subjects for a in _actors(doc, s, deep=False)}, (start, end)


def _bracketed_parties(doc: Doc, person: Entity) -> set[str]:
    """"Jean-Luc Mélenchon (LFI)", "le député Eric Ciotti (LR)": the organisations named in brackets right after a
    mention of a person are their party, not whom their words criticise."""
    text, found = text_of(doc), set()
    for m in person.mentions:
        after = text[m.end:m.end + 3].lstrip()
        if not after.startswith("("):
            continue
        close = text.find(")", m.end, m.end + 40)
        found |= {e.id for e in doc._.entities or [] if e.type == "ORG" and close > 0
                  and any(m.end < n.start < close for n in e.mentions)}
    return found


def _object_not_speaker(doc: Doc, tok: Token, entry: Entry, source: Entity, quote: Quote) -> bool:
    """"La Grèce et Chypre [...] accusent la Turquie": the quote's speaker is the object of its cue, whose subject,
    outside the quoted words, is someone else (an inverted subject, '"...", a dénoncé X', is the cue's subject and its
    speaker)."""
    subject, _ = _subject(tok, tok)
    return subject is not None and not (quote.kind != "indirect" and quote.start <= subject.idx < quote.end) \
        and source.id not in _actors(doc, subject, deep=False) \
        and source.id in _first(doc, slot_fillers(tok, entry.slots), entry.deep)


# -- matching ----------------------------------------------------------------------------------------
def _continue(event: Event, earlier: Iterable[Event]) -> None:
    """"Castaner s'est indigné des propos de Camélia Jordana. [...] Ce dernier s'était élevé contre des
    « propos mensongers »": an event whose target is not named continues the last event of its type and
    source in the sentences just before, and takes its target."""
    previous = [e for e in earlier if e.type == event.type and e.source == event.source
                and 0 <= event.start - e.start <= CONTINUE_REACH]
    if previous:
        last = max(previous, key=lambda e: e.start)
        event.target = list(last.target)
        event.confidence = round(event.confidence - 0.2, 2)


def _keep(events: dict[tuple, Event], event: Event) -> None:
    """One event per type, source, target and evidence: the most confident."""
    key = (event.type, tuple(event.source), tuple(event.target), event.start)
    if key not in events or event.confidence > events[key].confidence:
        events[key] = event


def _intertitle(doc: Doc, quote: Quote) -> bool:
    """'.- "Dangereux précédent" -Il est démontré': a quote set between the dashes of a dispatch's intertitle is a
    heading (whatever cue the quotes before lend it); its words are said by no one in that place."""
    text = text_of(doc)
    before = text[max(0, quote.start - 4):quote.start].rstrip(' "«“\u00a0')
    after = text[quote.end:quote.end + 4].lstrip(' "»”\u00a0')
    return before.endswith("-") and after.startswith("-")


def _subheading(doc: Doc, quote: Quote) -> bool:
    """A quote without a cue whose words the same speaker says again later ("Le président méprise le Parlement"
    as a subheading of "« Le président encore une fois méprise le Parlement », a dénoncé X"): the later one
    states it."""
    def tokens(q: Quote) -> set[str]:
        return set(text_of(doc)[q.start:q.end].lower().split())

    return quote.cue is None and any(q.start > quote.end and q.speaker == quote.speaker and tokens(quote) <= tokens(q)
                                     for q in doc._.quotes or [])


_FOLLOWING_CUE: ContextVar[bool] = ContextVar("following_cue", default=False)
_RESOLVER: ContextVar[tuple[Doc, Resolver] | None] = ContextVar("resolver", default=None)
_SEEKING: ContextVar[frozenset[int]] = ContextVar("seeking", default=frozenset())    # possessives being resolved


def _cue_subject(doc: Doc, quote: Quote) -> Entity | None:
    """The actor subject of the cue verb of a quote left without a speaker ("Marine Le Pen, candidate
    déclarée, a en outre jugé que ..."). One level only: a "je" met while resolving that subject does not
    follow another quote's cue (two quotes whose cues lead to each other's "je" looped for ever)."""
    if quote.cue is None or _FOLLOWING_CUE.get():
        return None
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")[0]
    following = _FOLLOWING_CUE.set(True)
    try:
        subject, _ = _subject(cue, cue)
        if subject is None or subject.norm_ in FIRST_PERSON:     # "je" would lead back to a quote's speaker
            return None
        actors = _actors(doc, subject, deep=False)
    finally:
        _FOLLOWING_CUE.reset(following)
    return entity_by_id(doc, actors[0]) if actors else None


def _paragraph(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The evidence [start, end) cut at the line breaks outside [lo, hi): the parser's sentence may run on
    across a paragraph ("... de s'installer.\n\n"Quand je vois ...")."""
    cut = text.rfind("\n", start, lo)
    start = cut + 1 if cut >= 0 else start
    cut = text.find("\n", hi, end)
    return trim(text, start, cut if cut >= 0 else end)


def _said_of(doc: Doc, tok: Token, quote: Quote) -> list[str] | None:
    """"Le président méprise le Parlement", "Mélenchon gouverne LFI en autocrate": the actors subject of the
    nearest clause above a critical word, or, inside the quote, the "de" complement of the noun it qualifies or
    of that subject; None when that subject is the speaker ("je ne veux pas être ridicule")."""
    def quoted(t: Token) -> bool:
        return quote.start <= t.idx < quote.end

    node = tok
    for _ in range(4):
        if node.pos_ in ("NOUN", "ADJ") and quoted(node):    # "la personnalité colérique de Jean-Luc Mélenchon"
            owner = _of_actors(doc, node, tok)
            if owner:
                return owner
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i), None)
        if subject is not None and quoted(subject) and subject.norm_ in SELF:
            return None
        if subject is not None:     # "les propos de la chanteuse appelaient une condamnation"
            return _actors(doc, subject, deep=False) or (_of_actors(doc, subject, tok) if quoted(subject) else [])
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _circumstance(doc: Doc, quote: Quote, start: int) -> bool:
    """'a déclaré Emmanuel Macron lors d'une conférence de presse avec Angela Merkel', 'Mercredi, devant le Sénat,
    X s'est voulu « intransigeant »', 'alors que le député Eric Woerth n'est pas contre': a name outside a quotation,
    in a circumstance of its sentence or in a clause of contrast, or in another sentence than the quotation's and
    its cue's, is not what the quotation is said of."""
    tok = token_at(doc, start)
    lo, hi = (min(quote.start, quote.cue.start), max(quote.end, quote.cue.end)) if quote.cue else (quote.start, quote.end)
    if not (tok.sent.start_char < hi and lo < tok.sent.end_char):
        return True
    node = tok
    while node.head.i != node.i and not quote.start <= node.idx < quote.end:
        if case_of(node) in CIRCUMSTANCE_CASES or node.dep_ == "advmod" and node.lower_ in CIRCUMSTANCE_CASES \
                or node.dep_ == "advcl" and mark_of(node) in CONTRAST_MARKS:
            return True
        node = node.head
    return False


def _channel(doc: Doc, sent: Span, ident: str) -> bool:
    """'a salué sur Twitter « la fin d'une aberration »', 'Sur les antennes de Radio J, X s'est félicitée': a medium
    named in the sentence in a complement of "sur" (``CHANNEL_CASES``) is where the words are said, not their
    target."""
    ent = entity_by_id(doc, ident)
    if ent is None or not is_medium(ent.name):
        return False
    for m in ent.mentions:
        if not sent.start_char <= m.start < sent.end_char:
            continue
        node = token_at(doc, m.start)
        while node.head.i != node.i and node.pos_ in ("PROPN", "NOUN", "X"):
            if case_of(node) in CHANNEL_CASES:
                return True
            node = node.head
    return False


def _victim(doc: Doc, start: int) -> bool:
    """"« un acharnement » envers Nicolas Sarkozy", "les attaques contre X": a name right after "envers" or
    "contre" suffers the deed criticised; it is not the one criticised (read on the words: the parser often
    misreads "envers"); so does one in the "de" complement of a deed it undergoes ("le meurtre de Nabil al-Quaety":
    :func:`_suffered`)."""
    tok = token_at(doc, start)
    before = [t for t in doc[max(tok.sent.start, tok.i - 3):tok.i] if t.pos_ != "DET" and t.lower_ not in HONORIFICS]
    return bool(before) and before[-1].lower_ in VICTIM_CASES \
        or case_of(tok) == "de" and tok.head.i != tok.i and _suffered([tok.head])


def _placed(doc: Doc, start: int) -> bool:
    """"les musulmans qui habitent en Grèce", "190.000 morts aux Etats-Unis": a state named after a preposition of
    place (``PLACE_CASES``) is where the words are said of, not whom they criticise."""
    tok = token_at(doc, start)
    before = [t for t in doc[max(tok.sent.start, tok.i - 3):tok.i] if t.pos_ != "DET"]
    return bool(before) and before[-1].lower_ in PLACE_CASES


def _indefinite(doc: Doc, start: int) -> bool:
    """"au profit d'une Garden Party": a name after an indefinite article is a kind of thing, not an actor."""
    tok = token_at(doc, start)
    return tok.i > 0 and doc[tok.i - 1].lower_ in INDEFINITE


def _of_actors(doc: Doc, noun: Token, tok: Token) -> list[str]:
    """The actors of a noun's "de" complement ("l'allocution de Y"), other than the critical word itself."""
    return _first(doc, [c for c in noun.children if c.i != tok.i and c.dep_.startswith(("nmod", "obl"))
                        and case_of(c) == "de"], deep=False)


def _speaker_phrase(doc: Doc, quote: Quote) -> tuple[int, int]:
    """The characters of the noun phrase that names the speaker ("la candidate LR à la mairie de Paris
    Rachida Dati"), with its relative clauses ("Chung Eui-yong, l'homme qui annonça à M. Trump que ...,"):
    the names inside it describe the speaker."""
    if quote.speaker_mention is None:
        return 0, 0
    span = doc.char_span(quote.speaker_mention.start, quote.speaker_mention.end, alignment_mode="expand")
    node = span.root
    while node.dep_ in PHRASE and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    for tokens in (subtree_without_clauses(node, keep="acl:relcl"), subtree_without_clauses(node)):
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if end <= quote.start or start >= quote.end:
            break
    return start, end


def _pos_ok(tok: Token, pos: str) -> bool:
    """The token's part of speech fits the entry's (the parser often tags participles as ADJ)."""
    if pos == "VERB":
        return tok.pos_ in ("VERB", "AUX") or tok.pos_ == "ADJ" and tok.morph.get("VerbForm") == ["Part"] \
            or verb_read_as_noun(tok) is not None    # "et menace Pékin de sanctions", tagged NOUN
    if pos == "NOUN":
        return tok.pos_ == pos and verb_read_as_noun(tok) is None
    return tok.pos_ == pos or pos == "ADJ" and tok.pos_ == "VERB"


def _has_clitics(doc: Doc, tok: Token, clitics: tuple[str, ...]) -> bool:
    """"s'est entretenu", "s'en prend": the clitics stand among the few tokens before the verb, or hang from
    it ("s'est pour sa part félicitée")."""
    before = _clitics_before(doc, tok)
    return all(c in before for c in clitics)


def _clitics_before(doc: Doc, tok: Token) -> set[str]:
    """The clitic words (their lemmas) among the few tokens before a verb and the pronouns that hang from it or its
    auxiliaries before it."""
    heads = [tok] + [c for c in tok.children if c.dep_.startswith("aux")]
    attached = [c for h in heads for c in h.children if c.pos_ == "PRON" and c.i < tok.i]
    return {CLITICS.get(t.lower_, t.lemma_.lower()) for t in list(doc[max(0, tok.i - 4):tok.i]) + attached}


# -- arguments ---------------------------------------------------------------------------------------
def _arguments(doc: Doc, tok: Token, last: Token, entry: Entry) -> tuple[list[str], list[str], float]:
    """Source ids, target ids and a confidence for a trigger."""
    confidence = 0.8
    if _misparsed(tok):
        return _read_flat(doc, tok, last)
    coordinated = verb_read_as_noun(tok)
    if coordinated is not None:
        return _read_coordinated(doc, tok, coordinated, last, entry)
    passive = "se" not in entry.clitics and (any(c.dep_ == "aux:pass" for c in tok.children) or (
        any(c.dep_ == "nsubj:pass" for c in tok.children) and not any(c.lemma_ == "avoir" for c in tok.children)))
    carriers = [tok] + qualifying_participles(tok)     # "l'attaque lancée par X contre Y"
    owned = tok.pos_ == "NOUN" and possessive(tok) is not None
    agent = None if owned else next((c for h in carriers for c in h.children if c.dep_ == "obl:agent" or (
        c.dep_.startswith(("obl", "nmod")) and case_of(c) == "par" and _agentive(c))), None)
    if passive or (agent is not None and tok.pos_ in ("VERB", "NOUN")):
        source = (_actors(doc, agent, deep=False) or _attacker(doc, agent, entry)) if agent is not None \
            else _attacker_within(doc, tok, entry)
        subject = next((c for c in tok.children if c.dep_ == "nsubj:pass"), None)
        deep = entry.deep and subject is not None    # "le recours de X a été rejeté par Y": as "Y a rejeté le recours de X"
        if subject is None and tok.pos_ == "VERB" and _qualified(tok):
            subject = tok.head     # "François Commeinhes, un ex-LR soutenu par LR et LREM": the noun it qualifies
        elif subject is None and passive and _infinitive_clause(tok):
            subject, _ = _subject(tok, tok)     # "Il estime avoir été sanctionné par X", "Après avoir été reçu par X, Y"
        if subject is not None:
            return source, _actors(doc, subject, deep=deep), confidence
        target = _first(doc, slot_fillers(tok, entry.slots), entry.deep) if tok.pos_ == "NOUN" else []
        if target:     # "l'offensive menée par X contre Y"
            return source, target, confidence
        slots = [c for c in tok.children if c.dep_.startswith(("nmod", "obl")) and case_of(c) == "de"]
        return source, _first(doc, slots, deep=False), confidence
    if tok.pos_ == "NOUN" and (tok.dep_.startswith(("obj", "obl")) and verb_lemma(tok.head) in words(RECEIVERS)
                               or entry.type in GIVEN and case_of(tok) in BACKING):
        givers = [c for c in tok.children if c.dep_.startswith(("nmod", "obl")) and case_of(c) in ("de", "par")]
        if tok.dep_ == "nmod" and tok.head.pos_ in ("NOUN", "PROPN"):
            subject = tok.head     # "la Grèce, avec le soutien de X,": the noun it qualifies is backed
        else:
            subject, _ = _subject(tok.head, tok.head)    # "la chanteuse a reçu le soutien de X": X gives it
        return _first(doc, givers, deep=False), _actors(doc, subject, deep=False) if subject else [], confidence - 0.1
    if entry.leaving and tok.pos_ == "NOUN" and _owner(tok) is None:
        left = _leaver(doc, tok)
        if left is not None:
            return left[0], left[1], confidence - 0.1
    slots = _carried_slots(tok, entry)
    if last.i != tok.i:    # "a opposé une fin de non-recevoir au PS": the complement hangs on the trigger's last word
        slots += [c for c in slot_fillers(last, entry.slots) if c not in slots]
    target = [] if entry.type in ("ACCUSE", "SUPPORT") and _suffered(slots) else _first(doc, slots, entry.deep) \
        or _clitic_referent(doc, tok, entry.slots) or _dative_referent(doc, tok, entry)
    doer = _noun_doer(doc, tok, entry, target) if target else []
    if doer:      # "le soutien de Moscou à Minsk", "les critiques de Trump contre la Chine"
        return doer, target, confidence - 0.1
    owner = _owner(tok) if tok.pos_ == "NOUN" else None
    if owner is not None:
        return _possessor(doc, owner), target, confidence - 0.2
    subject, climbed = _subject(tok, last)
    held = in_state_of(tok)
    if held is not None and _actors(doc, held, deep=False):     # "X, en visite en France,": X visits
        subject, climbed = held, False
    if tok.pos_ == "NOUN" and entry.type in DEEDS and not _done(tok):
        subject = None      # "X s'est insurgé contre l'incarcération de Y": X speaks of the deed, did not do it
    source = (_actors(doc, subject, deep=False) or _referent(doc, subject) or _attacker(doc, subject, entry)) \
        if subject is not None else _attacker_within(doc, tok, entry)
    if climbed:
        confidence -= 0.1
    return source, target, confidence


def _referent(doc: Doc, subject: Token) -> list[str]:
    """"Il s'envolera [...] pour une rencontre bilatérale avec la chancelière Angela Merkel", "il s'entretiendra
    vendredi [...] avec le Premier ministre Jean Castex": the parser reads the "il" of a pronominal verb as impersonal
    ("expl:subj"), so coreference leaves it; unless the verb is one of the impersonal ones ("il s'agit"), it
    designates whom a quotation's speaker in its place would be (:func:`veille.reference.resolve`), when that
    resolution is confident."""
    verb = subject.head
    if subject.dep_ != "expl:subj" or verb.lemma_ in IMPERSONAL_VERBS or not is_reflexive(verb):
        return []
    ent, confidence = resolve(doc, subject, _resolver(doc))
    return [ent.id] if ent is not None and ent.type in ACTORS and confidence >= RESOLVED else []


def _agentive(nominal: Token) -> bool:
    """"envoyé par la Chine", "la visite effectuée par X": a "par" complement that may be an agent is a nominal; "par
    ailleurs", "par exemple" (adverbs: "Par ailleurs, François Hollande a mis en garde Emmanuel Macron") and "par la
    voix de" name no agent."""
    return nominal.pos_ in ("NOUN", "PROPN", "PRON") and nominal.lemma_.lower() != "voix"


def _carrier(tok: Token) -> Token:
    """"Israël a mené des centaines de frappes contre X", "une série d'attaques": a noun trigger after a bare "de" (no
    determiner of its own) under a noun of quantity is carried by that noun, whose verb and complements are the
    trigger's; any other token carries itself."""
    bare = tok.pos_ == "NOUN" and tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i \
        and not any(c.dep_ == "det" for c in tok.children) \
        and any(c.dep_ == "case" and c.norm_ in ("de", "d'") for c in tok.children)
    return tok.head if bare else tok


def _carried_slots(tok: Token, entry: Entry) -> list[Token]:
    """The trigger's slots, then, for a deed, those of the noun of quantity that carries it (:func:`_carrier`; "des
    rapports de coopération avec X" is no deed: "rapports" carries nothing)."""
    carrier = _carrier(tok) if entry.type in DEEDS else tok
    own = slot_fillers(tok, entry.slots)
    return own if carrier is tok else own + [c for c in slot_fillers(carrier, entry.slots) if c.i != tok.i and c not in own]


def _suffered(slots: list[Token]) -> bool:
    """"a condamné le meurtre de Nabil al-Quaety", "dénonce l'ensauvagement de la France", "a salué la condamnation
    d'Hashem Abedi", "a plaidé pour une refonte de l'espace Schengen": the first filler of a criticism or of a praise
    is a deed (``lexicons/event_suffered.txt``) that the actor named inside it undergoes."""
    return bool(slots) and slots[0].pos_ == "NOUN" and slots[0].lemma_.lower() in words(SUFFERED)


def _done(tok: Token) -> bool:
    """"a lancé une offensive", "a procédé à l'arrestation de X", "a mené des centaines de frappes": a noun of a deed
    governed by a light verb (``lexicons/event_light_verbs.txt``) without a preposition of circumstance between them
    ("depuis les violences du 1er décembre, X n'a pas pris la parole", "trente ans après l'assassinat de X, la justice
    a annoncé": the subject did not do them; "des sanctions", which the parser may read as "de", is no circumstance;
    "a lancé dimanche des raids": a date between them is no circumstance either)."""
    carrier = _carrier(tok)
    return verb_lemma(head_past_date(carrier)) in words(LIGHT_VERBS) and case_of(carrier) in (None, "à", "de")


def _leaver(doc: Doc, tok: Token) -> tuple[list[str], list[str]] | None:
    """"le retrait du Royaume-Uni de l'UE", "le retrait des forces américaines d'Afghanistan", "le retrait américain
    d'Afghanistan": a noun of leaving has for doer its first "de" complement that names an actor (not a state without
    article: "d'Afghanistan" is the place left) or the state its demonym names, and for target what a later "de"
    complement of the noun or of the doer's phrase names ("au profit de X" is no such complement); None when no doer
    is named."""
    def own(c: Token) -> bool:    # the noun's own complement, or one hung on a word of its phrase ("Royaume-Uni")
        return c.head.i == tok.i or c.head.head.i == tok.i and case_of(c.head) is None

    def left(c: Token) -> bool:    # "d'Afghanistan", "de Syrie": a state or place without article is left
        return not any(d.dep_ == "det" for d in c.children) \
            and any(k.dep_ == "case" and k.norm_ in ("de", "d'") for k in c.children) \
            and all(entity_by_id(doc, a).type in ("GPE", "LOC") for a in _actors(doc, c, deep=False))

    of = [c for c in subtree_without_clauses(tok) if c.i > tok.i and c.dep_.startswith(("nmod", "obl")) and case_of(c) == "de"]
    doer, phrase = _demonym_doer(doc, tok), set()
    if not doer:
        slot = next((c for c in of if own(c) and not left(c) and _actors(doc, c, deep=False)), None)
        if slot is None:
            return None
        doer, phrase = _actors(doc, slot, deep=False), {t.i for t in slot.subtree}
    for c in of:
        target = [a for a in _actors(doc, c, deep=False) if a not in doer] if own(c) or c.head.i in phrase else []
        if target:
            return doer, target
    return doer, []


def _infinitive_clause(verb: Token) -> bool:
    """"Il estime avoir été sanctionné par X", "Après avoir été reçu par X, Laurent Berger a dit": a passive
    infinitive complement or clause of a verb, whose unexpressed subject is that verb's subject."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Inf"]
                                                   for c in verb.children)


def _qualified(tok: Token) -> bool:
    """"un ex-LR soutenu par LR", "la Turquie, accusée par les ONG": a past participle that qualifies a nominal has
    it for its patient."""
    return tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Past"] \
        and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def _noun_doer(doc: Doc, tok: Token, entry: Entry, target: list[str]) -> list[str]:
    """"Le soutien de Moscou à Minsk", "l'appel de Macron aux Français": a noun trigger whose target another slot
    names has for doer the actors of its own "de" complement, also where "de" is one of its slots ("le soutien de
    X" alone names whom it goes to; "le soutien de Manuel Valls à Emmanuel Macron" is Valls's)."""
    if tok.pos_ != "NOUN":
        return []
    doers = _first(doc, [c for c in tok.children if c.dep_.startswith(("nmod", "obl")) and case_of(c) == "de"], deep=False)
    doers = doers or _demonym_doer(doc, tok)
    return [d for d in doers if d not in target]


def _demonym_doer(doc: Doc, tok: Token) -> list[str]:
    """"l'offensive turque contre les YPG", "les frappes israéliennes contre le Hezbollah": the state whose
    demonym qualifies a noun trigger does the deed (also after another adjective the parser hung it on: "une frappe
    aérienne américaine")."""
    after = [c for c in tok.children if c.dep_ == "amod" and c.i > tok.i]
    for c in after + [g for c in after for g in c.children if g.dep_ == "amod" and g.i > c.i]:
        ent = _actor_of(doc, c, described=False)
        if ent is not None and ent.type == "GPE":
            return [ent.id]
    return []


def _attacker(doc: Doc, node: Token, entry: Entry) -> list[str]:
    """"Une frappe américaine a tué le général Soleimani", "tué par un raid de la coalition": the attack that does a
    deed of force (a noun of ``ASSAULT`` in ``events.jsonl``) stands for its doer, the state its demonym names or the
    actor of its "de" complement."""
    if entry.type != "ASSAULT" or node.pos_ != "NOUN" or node.lemma_.lower() not in _attack_nouns():
        return []
    return _demonym_doer(doc, node) or _first(
        doc, [c for c in node.children if c.dep_.startswith("nmod") and case_of(c) == "de"], deep=False)


def _attacker_within(doc: Doc, tok: Token, entry: Entry) -> list[str]:
    """"Qassem Soleimani a été tué dans un raid américain", "l'assassinat, dans une frappe américaine, du général": the
    doer of the attack a deed of force took place in (:func:`_attacker`)."""
    return next((found for c in tok.children if c.dep_.startswith(("obl", "nmod")) and case_of(c) == "dans"
                 for found in (_attacker(doc, c, entry),) if found), [])


@lru_cache(maxsize=1)
def _attack_nouns() -> frozenset[str]:
    """The nouns of the ``ASSAULT`` triggers ("frappe", "raid", "attaque")."""
    return frozenset(e.words[0] for e in load_triggers().values() if e.type == "ASSAULT" and e.pos == "NOUN")


def _misparsed(tok: Token) -> bool:
    """"Rachida Dati pilonne l'ancienne ministre": a finite verb right after a name that the parser made a
    modifier of that name (headline syntax without an auxiliary)."""
    return tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Fin"] and tok.dep_ in FLAT_DEPS \
        and tok.i > 0 and tok.head.i < tok.i and entity_of_token(tok.doc, tok.doc[tok.i - 1])[0] is not None


def _read_flat(doc: Doc, tok: Token, last: Token) -> tuple[list[str], list[str], float]:
    """Arguments of a misparsed verb read on the words: the actor named right before it is the source, the
    first actor named after it, before any punctuation or preposition, the target."""
    before = _actor_of(doc, doc[tok.i - 1])
    target: list[str] = []
    for t in doc[last.i + 1:min(last.i + 1 + FLAT_REACH, tok.sent.end)]:
        if t.is_punct or t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "du", "des"):
            break
        ent = _actor_of(doc, t)
        if ent is not None:
            target = [ent.id]
            break
    return ([before.id] if before is not None else []), target, 0.6


def _read_coordinated(doc: Doc, tok: Token, verb: Token, last: Token, entry: Entry) -> tuple[list[str], list[str], float]:
    """Arguments of a verb the parser read as a noun (:func:`veille.syntax.verb_read_as_noun`): the subject of the
    verb whose subject it takes is the source; its slots, else the actor named right after it, the target."""
    subject, _ = _subject(verb, verb)
    source = _actors(doc, subject, deep=False) if subject is not None else []
    target = _first(doc, _carried_slots(tok, entry), entry.deep)
    named = _actor_of(doc, doc[last.i + 1]) if not target and last.i + 1 < len(doc) else None
    return source, target or ([named.id] if named is not None else []), 0.6


def _place(doc: Doc, slots: list[Token]) -> list[str]:
    """The first place (LOC entity) named in the slots of an attack."""
    for t in (t for slot in slots for t in subtree_without_clauses(slot)):
        ent, _ = entity_of_token(doc, t)
        if ent is not None and ent.type == "LOC":
            return [ent.id]
    return []


def _asks(tok: Token) -> bool:
    """"le journaliste qui lui demandait si la grève inquiétait": a question asked, not a request."""
    clauses = [tok] + [c for c in tok.children if c.dep_ in ("ccomp", "advcl", "obj")]
    return any(w.norm_ in QUESTION_MARKS and w.dep_ in ("mark", "advmod") and w.i > tok.i
               for c in clauses for w in c.children)


def _recalled(tok: Token) -> bool:
    """"celui-ci attribue ces accusations à ...": a noun trigger with a demonstrative recalls an event told before."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.morph.get("PronType") == ["Dem"] for c in tok.children)


def _refrained(tok: Token) -> bool:
    """"Je m'abstiendrai de le critiquer", "a renoncé à le rencontrer": the trigger is the infinitive of a verb of
    refraining (``lexicons/event_refrains.txt``)."""
    return tok.dep_ == "xcomp" and tok.morph.get("VerbForm") == ["Inf"] and verb_lemma(tok.head) in words(REFRAINS)


def _wished(tok: Token) -> bool:
    """"M. Kim souhaitait le rencontrer", "veut sanctionner X": the trigger is the infinitive of a verb of wish."""
    return tok.dep_ == "xcomp" and verb_lemma(tok.head) in words(WISHES)


def _answers_proposal(tok: Token, entry: Entry) -> bool:
    """"Une demande rejetée par X", "une idée que semble rejeter X", "X s'y oppose", "a salué la proposition":
    the trigger's object is a proposal (``lexicons/event_proposals.txt``) or "y" that names no one."""
    objects = slot_fillers(tok, entry.slots) + [c for c in tok.children if c.lower_ == "y"]
    if tok.dep_.startswith("acl"):
        objects.append(tok.head)
    elif tok.dep_ == "xcomp" and tok.head.dep_.startswith("acl"):
        objects.append(tok.head.head)
    return any(o.lower_ == "y" or o.lemma_.lower() in words(PROPOSALS) for o in objects)


def _proposer(doc: Doc, tok: Token, source: list[str]) -> list[str]:
    """Who made the proposal an event answers: the last actor subject of a clause before the trigger (in its
    sentence or the ones just before), other than the event's source."""
    for t in reversed(doc[:tok.i]):
        if tok.idx - t.idx > CONTINUE_REACH:
            break
        if t.dep_ in ("nsubj", "nsubj:pass"):
            actors = [a for a in _actors(doc, t, deep=False) if a not in source]
            if actors:
                return actors
    return []


def _owner(tok: Token) -> Token | None:
    """The possessive of a noun trigger ("son entretien avec X") or of the noun phrase it hangs from ("leur
    attitude lors des sommets avec X")."""
    node = tok
    for _ in range(OWNER_REACH + 1):
        owner = possessive(node)
        if owner is not None or not node.dep_.startswith(("nmod", "obl")) or node.head.pos_ != "NOUN":
            return owner
        node = node.head
    return None


def _clitic_referent(doc: Doc, tok: Token, slots: tuple[str, ...]) -> list[str]:
    """"a reçu Cédric Villani pour lui demander de ...": an object pronoun of the trigger that coreference
    left unresolved stands for the last person named before it in the sentence, other than the subject."""
    pronoun = next((c for c in slot_fillers(tok, slots) if c.pos_ == "PRON" and c.norm_ in THIRD_PERSON_OBJECTS), None)
    if pronoun is None:
        return []
    subject, _ = _subject(tok, tok)
    own = set(_actors(doc, subject, deep=False)) if subject is not None else set()
    for t in reversed(doc[pronoun.sent.start:pronoun.i]):
        ent = _actor_of(doc, t)
        if ent is not None and ent.type == "PER" and ent.id not in own:
            return [ent.id]
    if pronoun.lower_ in PLURAL_CLITICS:
        return []
    ranked = _resolver(doc).ranked(pronoun, _clitic_gender(tok, pronoun), "s", ("PER",))
    return next(([ent.id] for _, ent in ranked if ent.id not in own), [])


def _dative_referent(doc: Doc, tok: Token, entry: Entry) -> list[str]:
    """"Lionel Jospin lui a apporté son soutien", "qui lui a apporté son soutien dès ce soir": the dative pronoun of the
    verb whose object is a noun trigger addressed "à" someone stands for that someone; "le président l'aurait assuré
    de son soutien": the object of "assurer" (``ASSURING``) whose "de" complement the noun is."""
    if tok.pos_ != "NOUN" or "à" not in entry.slots:
        return []
    if tok.dep_ == "obj":
        return _clitic_referent(doc, tok.head, ("iobj",))
    if tok.dep_.startswith("obl") and case_of(tok) == "de" and verb_lemma(tok.head) in ASSURING:
        return _first(doc, slot_fillers(tok.head, ("obj",)), deep=False) or _clitic_referent(doc, tok.head, ("obj",))
    return []


def _clitic_gender(verb: Token, pronoun: Token) -> str | None:
    """"la", "le", else the agreement of a participle after "avoir" with the object before it ("l'avait accusée")."""
    if pronoun.lower_ in ("le", "la"):
        return "m" if pronoun.lower_ == "le" else "f"
    if pronoun.norm_ == "l'" and any(c.lemma_ == "avoir" and c.dep_.startswith("aux") for c in verb.children):
        gender = verb.morph.get("Gender")
        return {"Masc": "m", "Fem": "f"}.get(gender[0]) if gender else None
    return None


def _named_next(doc: Doc, tok: Token, quote: Quote, source: Entity) -> list[str]:
    """"Je salue L214", "bravo à Jack Dorsey" (read on the words: the parser often misreads them): the actor named
    in the quote right after a word of praise, demand or threat, across determiners and prepositions only; not after
    "par" (an agent: "la démocratie soutenue par Washington" is not praise of Washington) nor "sur" (a channel: "a
    salué sur Twitter")."""
    for t in doc[tok.i + 1:min(tok.i + 1 + ADDRESS_REACH, len(doc))]:
        if t.idx >= quote.end or t.pos_ not in ("DET", "ADP", "PROPN", "NOUN", "X") or t.lower_ == "par" \
                or t.lower_ in CHANNEL_CASES:
            break
        ent = _actor_of(doc, t)
        if ent is not None:
            return [ent.id] if ent.id != source.id else []
    return []


def _possessor(doc: Doc, owner: Token) -> list[str]:
    """"son premier sommet avec M. Kim": the possessive's referent (coreference), else ("leur") the actors
    conjoined last before it in the sentence, else the last person named before it in the sentence, else the
    subject of the sentence when the possessive is not inside it. A possessive met again while its own possessor is
    sought ("leurs homologues ... et leurs homologues") has none."""
    seeking = _SEEKING.get()
    if owner.i in seeking:
        return []
    token = _SEEKING.set(seeking | {owner.i})
    try:
        return _seek_possessor(doc, owner)
    finally:
        _SEEKING.reset(token)


def _seek_possessor(doc: Doc, owner: Token) -> list[str]:
    """:func:`_possessor`, once."""
    ent = _actor_of(doc, owner)
    if ent is not None:
        return [ent.id]
    if owner.lower_ in ("leur", "leurs"):     # "s'en prend à Donald Trump et à Moon Jae-in pour leur attitude"
        for t in reversed(doc[owner.sent.start:owner.i]):
            actors = _actors(doc, t, deep=False) if any(c.dep_ == "conj" for c in t.children) else []
            if len(actors) >= 2:
                return actors
    for t in reversed(doc[owner.sent.start:owner.i]):     # named, not described ("l'annonce du premier secrétaire")
        ent = _actor_of(doc, t, described=False)
        if ent is not None and ent.type == "PER":
            return [ent.id]
    subject, _ = governing_subject(owner.sent.root, owner,     # "Son homologue allemand a [...]": not its own phrase
                                   lambda s: owner not in s.subtree and bool(_actors(doc, s, deep=False)))
    if subject is None or owner in subject.subtree:
        return []
    return _actors(doc, subject, deep=False)


def _subject(tok: Token, last: Token) -> tuple[Token | None, bool]:
    """:func:`veille.syntax.governing_subject` of the trigger, preferring a subject that names an actor."""
    return governing_subject(tok, last, lambda s: bool(_actors(s.doc, s, deep=False)))


def _first(doc: Doc, slots: list[Token], deep: bool) -> list[str]:
    """The actors of the first slot that names any."""
    for slot in slots:
        actors = _actors(doc, slot, deep)
        if actors:
            return actors
    return []


def _actors(doc: Doc, node: Token, deep: bool) -> list[str]:
    """Entity ids a nominal designates: its own mention (or a role's), its apposition (not a phrase with a
    preposition the parser took for one: "des messages [...], notamment de la Maison Blanche"), its conjuncts
    and those of its apposed name ("les juges Claire Thépaut et Renaud Van Ruymbeke");
    with ``deep``, the first actor named anywhere inside it ("le rôle du Maroc")."""
    node = _antecedent(node)
    pair = _pair(doc, node) or _group(doc, node)
    if pair:
        return pair
    lemma = node.lemma_.lower()
    if lemma in words(PROXIES) and is_definite(node, demonstrative=False, contracted=True) \
            or lemma in words(HOLDINGS):    # "le bureau du président", "des positions du PKK"
        holder = _first(doc, [c for c in node.children if c.dep_.startswith("nmod") and case_of(c) == "de"], deep=False)
        if holder:
            return holder
    own = _actor_of(doc, node)
    apposed = apposed_names(node)    # "M. Bolton", "le maréchal Haftar"
    apposed += [] if own is not None or apposed else _state_of_body(doc, node)
    candidates = [node] + apposed + [doc[c.i + 1] for c in apposed if c.dep_ == "appos" and c.i + 1 < len(doc)
                                     and doc[c.i + 1].pos_ == "PROPN"]    # "Une porte-parole du MoDem, la députée X,"
    if own is None and deep:    # "la fracture que provoquent les positions de X": subjects of relatives last
        candidates = subtree_without_clauses(node) + [t for s in _relative_subjects(node) for t in subtree_without_clauses(s)]
    ids: list[str] = []
    for t in candidates:
        ent = _actor_of(doc, t)
        if ent is not None:
            ids.append(ent.id)
            break
    for conj in (c for n in [node] + apposed for c in conjuncts(n)):
        ent = _actor_of(doc, conj)
        if ent is not None and ent.id not in ids:
            ids.append(ent.id)
    return ids


def _state_of_body(doc: Doc, node: Token) -> list[Token]:
    """"le gouvernement turc", "l'armée israélienne", "le régime de Syrie", "les forces de Damas": a body of the state
    (``lexicons/state_bodies.txt``) that its state's demonym, name or capital qualifies acts for that state
    (:func:`veille.reference.state_of_body`, the words read as actors)."""
    if node.pos_ != "NOUN" or node.lower_ not in words(STATE_BODIES):
        return []
    return [c for c, _ in state_of_body(doc, node, of=True, capitals=True, named=lambda t: _actor_of(doc, t))]


def _group(doc: Doc, node: Token) -> list[str]:
    """"Les juges Claire Thépaut et Renaud Van Ruymbeke enquêtent [...]. Ils soupçonnent le parti": a plural
    subject pronoun coreference left alone stands for the last subject naming several actors, in the
    sentences just before."""
    if node.lower_ not in ("ils", "elles") or not node.dep_.startswith("nsubj") or entity_of_token(doc, node)[0]:
        return []
    for t in reversed(doc[max(0, node.sent.start - GROUP_REACH):node.sent.start]):
        if t.dep_.startswith("nsubj") and t.lower_ not in ("ils", "elles"):
            actors = _actors(doc, t, deep=False)
            if len(actors) >= 2:
                return actors
    return []


def _pair(doc: Doc, node: Token) -> list[str]:
    """"Les deux hommes", "les deux pays" (``lexicons/event_pairs.tsv``): the last two actors of that kind
    (and gender) named before, earlier first; nothing unless there are two."""
    row = next((r for r in table(PAIRS) if r["noun"] == node.lower_), None)
    if row is None or not is_definite(node, demonstrative=False, contracted=True) \
            or not any(c.lower_ == "deux" for c in node.children):
        return []
    genders = _resolver(doc).profiles if row["gender"] else {}
    found: list[str] = []
    for m, ent in sorted(((m, e) for e in doc._.entities or [] for m in e.mentions
                          if e.type == row["type"] and m.end <= node.idx and m.kind != "demonym"),
                         key=lambda x: -x[0].start):
        if ent.id not in found and (not genders or genders[ent.id].gender in (None, row["gender"])):
            found.append(ent.id)
        if len(found) == 2:
            return found[::-1]
    return []


def _relative_subjects(node: Token) -> list[Token]:
    """The subjects of the relative clauses inside a nominal ("la fracture que provoquent les positions de X")."""
    relatives = [c for t in subtree_without_clauses(node) for c in t.children if c.dep_ == "acl:relcl"]
    found = [next((c for c in r.children if c.dep_.startswith("nsubj")), None) or marked_inverted_subject(r) for r in relatives]
    return [s for s in found if s is not None]


def _antecedent(node: Token) -> Token:
    """"Valls, qui reproche à Macron ...", "Emmanuel Macron, qu'elle a déjà rencontré", "le Conseil, auquel Edouard
    Philippe a demandé": a relative pronoun stands for the noun its clause qualifies (for "qui", the noun right
    before it when the parser hangs the clause on the verb: "hurle Valls, qui reproche")."""
    if node.norm_ not in RELATIVES or node.head.dep_ != "acl:relcl":
        return node
    if node.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _named_before_relative(node) or node.head.head
    if node.lower_ != "qui":
        return node
    before = [t for t in node.doc[node.sent.start:node.i] if not t.is_punct]
    return before[-1] if before and before[-1].pos_ in ("NOUN", "PROPN") else node


def _named_before_relative(node: Token) -> Token | None:
    """"faire gagner du temps au maréchal Haftar, qui est aussi soutenu par X", "n'est pas au gout de l'ancienne
    ministre Ségolène Royal, qui a critiqué": a "qui" after a comma stands for the person named right before the
    comma when the noun the parser hangs its clause on ("manière", "gout") designates no actor ("le secrétaire
    général de Unité SGP Police, qui": the secrétaire, whom the roles name)."""
    doc = node.doc
    if node.lower_ != "qui" or node.i < 2 or doc[node.i - 1].text != "," or doc[node.i - 2].pos_ != "PROPN":
        return None
    named = _actor_of(doc, doc[node.i - 2], described=False)
    if named is None or named.type != "PER" or _actor_of(doc, node.head.head) is not None:
        return None
    return doc[node.i - 2]


def _hyphen_pair(doc: Doc, noun: Token) -> list[str]:
    """"l'accord UE-Turquie", "le sommet économique UE-Chine": the two actors a hyphen joins right after a noun
    (past its adjectives), each a name of its own."""
    i, end = noun.i + 1, noun.sent.end
    while i < end and doc[i].pos_ == "ADJ":
        i += 1
    if i + 2 >= end or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return []
    first, second = _actor_of(doc, doc[i], described=False), _actor_of(doc, doc[i + 2], described=False)
    if first is None or second is None or first.id == second.id:
        return []
    return [first.id, second.id]


def _actor_of(doc: Doc, tok: Token, described: bool = True) -> Entity | None:
    """The named actor at a token: an entity mention (names, pronouns, nominals) or a role's title; with
    ``described``, also the actor a definite description designates (:func:`_described`)."""
    ent, _ = entity_of_token(doc, tok)
    if ent is not None:
        return ent if ent.type in ACTORS or _capital_as_state(doc, tok, ent) else None
    if tok.norm_ in FIRST_PERSON:     # "« J'ai été contacté par X », a confirmé Y": the speaker
        quote = next((q for q in doc._.quotes or [] if q.kind != "indirect" and q.start <= tok.idx < q.end), None)
        if quote is None:
            return None
        return entity_by_id(doc, quote.speaker) if quote.speaker else _cue_subject(doc, quote)
    for role in doc._.roles or []:
        if role.start <= tok.idx < role.end and role.person:
            return entity_by_id(doc, role.person)
    return (_described(doc, tok) if described else None) or _counterpart(doc, tok) or _named_before(doc, tok)


def _capital_as_state(doc: Doc, tok: Token, ent: Entity) -> bool:
    """"Washington a imposé des sanctions", "Pékin accuse Washington", "les sanctions américaines contre Téhéran": a
    capital city that no preposition of place introduces stands for its state's government."""
    if not capital(ent):
        return False
    mention = next((m for m in ent.mentions if m.start <= tok.idx < m.end), None)
    first = doc.char_span(mention.start, mention.end, alignment_mode="expand").start if mention else tok.i
    governed = first > 0 and doc[first - 1].pos_ == "ADP" and doc[first - 1].lower_ not in PARTY_CASES
    return not governed or _of_state_body(tok)


def _of_state_body(tok: Token) -> bool:
    """"le régime de Damas", "les forces de Moscou": the "de" complement of a body of the state
    (``lexicons/state_bodies.txt``)."""
    return tok.dep_ == "nmod" and case_of(tok) == "de" and tok.head.lower_ in words(STATE_BODIES)


def _described(doc: Doc, tok: Token) -> Entity | None:
    """"Je rencontre le président", "reproche au président turc", "a rendu hommage au cinéaste": a definite
    description (also after "au", "du") designates whom the shared resolution gives it
    (:meth:`veille.reference.Resolver.description`: stated titles, their attributes, office holders at the
    publication date; :func:`veille.reference.office_holder` for a periphrasis: "le locataire de Matignon"),
    without its guess of the salient person: a description that matches nobody is nobody."""
    if tok.pos_ not in ("NOUN", "ADJ") or not is_definite(tok, demonstrative=False, contracted=True):
        return None
    ent, _ = _resolver(doc).description(tok, guess=False)
    ent = ent or office_holder(doc, tok)
    return ent if ent is not None and ent.type in ACTORS else None


def _counterpart(doc: Doc, tok: Token) -> Entity | None:
    """"Emmanuel Macron reçoit son homologue russe", "a attaqué de front son homologue français": "homologue" with a
    possessive and a demonym designates the person of the article who held, at publication, the possessor's office
    (``COUNTERPART_OFFICES``; any of them when the possessor holds none) in the demonym's state
    (``office_holders.tsv``), when only one does."""
    owner = possessive(tok)
    if tok.lemma_.lower() != COUNTERPART or owner is None:
        return None
    state = next((e for c in tok.children if c.dep_ == "amod" and c.i > tok.i
                  for e in [_actor_of(doc, c, described=False)] if e is not None and e.type == "GPE"), None)
    if state is None or not state.country:
        return None
    day = doc._.pub_date
    possessors = {norm(entity_by_id(doc, i).name) for i in _possessor(doc, owner)}
    offices = [o for o in COUNTERPART_OFFICES if possessors & office_holders(Office(o, None), day)] or COUNTERPART_OFFICES
    holders = frozenset().union(*(office_holders(Office(o, state.country), day) for o in offices))
    people = [e for e in doc._.entities or [] if e.type == "PER" and norm(e.name) in holders]
    return people[0] if len(people) == 1 else None


def _resolver(doc: Doc) -> Resolver:
    """The article's resolver (persons named inside quotation marks are no antecedents), built once per Doc."""
    held = _RESOLVER.get()
    if held is None or held[0] is not doc:
        held = (doc, Resolver(doc, quoted(doc)))
        _RESOLVER.set(held)
    return held[1]


def _named_before(doc: Doc, tok: Token) -> Entity | None:
    """"reproche au parti sa dérive": a definite noun of ``lexicons/event_org_nouns.txt`` without a complement
    or adjective of its own ("le mouvement de Valérie Pécresse") designates the last organisation named before it."""
    own = any(c.dep_ in ("nmod", "amod") for c in tok.children)     # "le mouvement de X", "le mouvement social"
    if tok.lemma_.lower() not in words(ORG_NOUNS) or own or not is_definite(tok, demonstrative=False, contracted=True):
        return None
    best: tuple[int, Entity] | None = None
    for ent in doc._.entities or []:
        if ent.type != "ORG" or is_medium(ent.name):
            continue
        for m in ent.mentions:
            if m.kind in ("name", "acronym") and m.end <= tok.idx and (best is None or m.start > best[0]):
                best = (m.start, ent)
    return best[1] if best else None


# -- circumstances -----------------------------------------------------------------------------------
def _location(doc: Doc, sent: Span, tok: Token, actors: list[str]) -> str | None:
    """The LOC entity of the sentence introduced by "à"/"dans" nearest to the trigger."""
    best = None
    for ent in doc._.entities or []:
        if ent.type != "LOC" or ent.id in actors:
            continue
        for m in ent.mentions:
            if not sent.start_char <= m.start < sent.end_char:
                continue
            first = doc.char_span(m.start, m.end, alignment_mode="expand")[0]
            prev = [t for t in doc[max(sent.start, first.i - 2):first.i] if t.pos_ != "DET"]
            if prev and prev[-1].lower_ in LOC_CASES:
                dist = abs(m.start - tok.idx)
                if best is None or dist < best[0]:
                    best = (dist, ent.id)
    return best[1] if best else None


def _date(doc: Doc, sent: Span, tok: Token) -> str | None:
    """The resolved date expression of the sentence nearest to the trigger."""
    dates = [d for d in doc._.dates or [] if d.value and sent.start_char <= d.start < sent.end_char]
    return min(dates, key=lambda d: abs(d.start - tok.idx)).value if dates else None


@Language.factory("veille_events", assigns=["doc._.events"],
                  requires=["doc._.entities", "doc._.roles", "doc._.quotes", "token.dep", "token.lemma"])
def make_events(nlp: Language, name: str) -> EventFinder:
    """Factory of the events component."""
    polar = {row["lemma"]: (row["type"], row["kind"], row["cameo"]) for row in table(POLARITY)}
    polar.update({row["lemma"]: ("ACCUSE", row["kind"], "111") for row in table(CRITICISM)})
    return EventFinder(load_triggers(), polar)
