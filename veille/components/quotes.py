"""Quotations with their speakers: fills ``doc._.quotes``.

- Direct quotes are the words between « », " " or “ ” (:func:`veille.marks.quoted_spans` pairs
  the marks, straight ones by their context; an unbalanced opening mark closes
  the quotation left open at its last clause boundary). A single quoted word, a
  title ("l'émission « ... »") or an empty pair is not a quotation.
- Cues are rules of ``lexicons/rules/quotes.jsonl`` (read through :mod:`veille.rules`; :class:`Cues`):
  reporting verbs and phrases (``REPORT``: "déclarer", "mettre en avant", "se dire"), sources
  (``SOURCE``: "selon X", "Pour X,") and the words an incise opens with (``INCISE``: "», a-t-il
  ajouté"). Each quote's ``rule`` is the id of the cue rule that made it. What the patterns cannot
  say stays code: the pairing of the marks, the extent of a reported clause, the speaker.
- Indirect quotes are the clause after a reporting cue: a que-clause (each coordinated "et que" starts
  another), an infinitive clause ("a annoncé saisir le procureur"), "Selon X, <clause>",
  "<clause>, selon X", "Pour X, <clause>" and "<clause>, a indiqué X".
- A reported clause that contains quoted words is one mixed quote; one that is
  all quoted words is the direct quote.
- The speaker is the subject of the cue verb (or the object of "selon"), resolved
  by :func:`veille.reference.resolve`, a pronoun preferring the person last
  quoted; a quote with no cue in its sentence goes to the subject of the predicate
  that governs it, else the person subject of the sentence just before, else the
  speaker of the quote just before it, else the salient person. A quoted
  subheading goes to whoever says its words later, else to nobody.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from veille import extensions  # noqa: F401
from veille import gazetteer, lexicons, rules
from veille.component import register
from veille.marks import CLOSING, OPENING, quoted
from veille import reference, syntax
from veille.record import Cue, Entity, Mention, Quote
from veille.record import Span as CharSpan
from veille.rules import Hit, Rule, predicate
from veille.spans import entity_at, entity_by_id, text_of, trim, verb_lemma

RULES = "quotes"        # veille/lexicons/rules/quotes.jsonl
TITLE_NOUNS = "quote_title_nouns.txt"
#: Pronouns before a verb that are its subject or its indirect object: a name after the verb is then the subject.
DATIVE_CLITICS = {"lui", "nous", "vous"}
SENTENCE_ENDS = (".", "!", "?", "»", '"', "”")     # what ends a sentence, or the quotation that ends it
INCISE_PUNCT = ('"', "»", "”", ",", "-", "–", "—", "(")
#: Adverbs that are not skipped between a cue and its "que" ("alors que", "ainsi que" are conjunctions).
NOT_SKIPPED = ("ne", "n'", "alors", "ainsi", "bien", "tandis", "lors", "parce", "pendant", "avant", "après", "dès")
MIN_WORDS = 2            # content words for quoted text to be a quotation
LABEL_WORDS = 4          # quoted words this short, quoted twice, are a label
DIRECT_SHARE = 0.8       # a clause that is this much quoted words is the direct quote
HEADING_WORDS = 12       # a quoted subheading is this short
GOVERNORS = 3            # verbs climbed from a subjectless cue to the subject it shares

Who = tuple[Entity | None, CharSpan | None, float]      # a speaker, the words that name them, how surely


@dataclass(frozen=True)
class CueMatch:
    """A reporting verb or phrase that a ``REPORT`` rule found (tokens start..end, verb = its first word)."""

    verb: Token
    start: int
    end: int
    rule: Rule

    @property
    def lemma(self) -> str:
        """The cue as the record names it ("déclarer", "se dire", "mettre en avant")."""
        return self.rule.data["lemma"]

    def reports(self, clause: str) -> bool:
        """True when the cue reports a que-clause (``"que"``) or an infinitive clause (``"inf"``)."""
        return clause in self.rule.data["reports"]

    def cue(self) -> Cue:
        doc = self.verb.doc
        return Cue(doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text), self.lemma)


@dataclass
class Found:
    """A quotation being built: its quote and the rule that found it (lower rank wins overlaps)."""

    quote: Quote
    rank: int


# --- the cue rules ----------------------------------------------------------------------------------

@predicate("quotes.reflexive")
def _reflexive(hit: Hit) -> bool:
    """"s'est dit", "se félicite": the verb carries a reflexive pronoun, before it or before its auxiliary."""
    return syntax.is_reflexive(hit.anchor, syntax.REFLEXIVES, adjacent=True)


@predicate("quotes.sentence_lead")
def _sentence_lead(hit: Hit) -> bool:
    """"Pour X, <clause>": the word opens its sentence, its connectives aside ("Mais pour X, ...")."""
    return hit.anchor.i == _leading(hit.anchor.sent)


def _length(rule: Rule) -> int:
    """The words of a cue ("mettre l'accent sur": 4, "se dire": 2, "dire": 1)."""
    return len(rule.data["lemma"].replace("'", "' ").split())


@lru_cache(maxsize=None)
def _cue_rank() -> dict[str, tuple[int, int]]:
    """The precedence of each quote rule among the cues at one token: the longer first, then the first in the file."""
    return {r.id: (-_length(r), n) for n, r in enumerate(rules.load(RULES)) if r.label == "REPORT"}


#: How far from a cue verb a "par la voix de" phrase is read, and how far that phrase runs (tokens).
VOICE_REACH = 14

#: The first words of a fronted place whose "on" speaks for it ("A Matignon, on indique", "Du côté de l'AMF, on",
#: "Dans la majorité, on").
FRONTED_PLACES = frozenset({"à", "a", "au", "aux", "chez", "du", "dans"})

#: The auxiliaries of an incise's past participle: "», a tweeté X".
INCISE_AUXILIARIES = frozenset({"a", "avait", "ont", "avaient"})


@lru_cache(maxsize=None)
def _incise_forms() -> dict[str, tuple[Rule, bool]]:
    """The present-tense third persons of the one-word -er reporting verbs ("analyse", "juge", "note", "pointent";
    "s'alarme": the reflexive ones), which the parser often tags as nouns in an incise: "», analyse l'artiste";
    and the past participles of the non-reflexive ones, which it tags X with their auxiliary: "», a tweeté X".
    Each form's rule, and whether the form is a participle."""
    out: dict[str, tuple[Rule, bool]] = {}
    for rule in rules.load(RULES):
        verb = rule.data.get("lemma", "").removeprefix("se ").removeprefix("s'")
        if rule.label == "REPORT" and " " not in verb and verb.endswith("er"):
            for ending in ("e", "ent"):
                out.setdefault(verb[:-2] + ending, (rule, False))
            if "quotes.reflexive" not in rule.predicates:
                out.setdefault(verb[:-2] + "é", (rule, True))
    return out


def _expletive_speaker(verb: Token) -> Token | None:
    """ "Interrogé sur ..., il répond que": a personal pronoun before a reporting verb that the parser made
    expletive; an impersonal or passive verb's "il" is nobody ("il a été annoncé que")."""
    if verb.lemma_ in syntax.IMPERSONAL_VERBS or any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "expl:subj" and c.i < verb.i and c.lower_ in ("il", "elle")), None)


def _impersonal_comment(verb: Token) -> bool:
    """ "Il faut dire que ...": a reporting infinitive under an impersonal verb is the writer's comment, nobody's
    words."""
    return "Inf" in verb.morph.get("VerbForm") and verb.dep_ in ("xcomp", "csubj", "ccomp") \
        and verb.head.lemma_ in syntax.IMPERSONAL_VERBS


def _narrative_infinitive(verb: Token) -> bool:
    """ "Et de conclure : « ... »", "Avant d'ajouter : « ... »": an infinitive after "Et de" or "Avant de" opening
    its sentence, with no subject of its own: whoever the text was just quoting goes on."""
    doc, et = verb.doc, verb.i - 2
    return "Inf" in verb.morph.get("VerbForm") and et >= 0 and doc[et + 1].norm_ in ("de", "d'") \
        and doc[et].lower_ in ("et", "avant") and (et == verb.sent.start or et == 0 or doc[et - 1].text in SENTENCE_ENDS)


def _auxiliary(tok: Token) -> Token | None:
    """The auxiliary of a participle, adverbs and an inverted pronoun aside: "a tweeté", "a notamment tweeté",
    "a-t-il répété"."""
    doc, j = tok.doc, tok.i - 1
    while j > tok.i - 5 and (doc[j].pos_ == "ADV" or doc[j].text == "-t" or syntax.inverted_pronoun(doc[j])):
        j -= 1
    return doc[j] if j >= 0 and doc[j].lower_ in INCISE_AUXILIARIES else None


def _after_quote(tok: Token, rule: Rule, participle: bool) -> bool:
    """A verb form right after the closing mark and comma of a quotation (after "s'"/"se" for a reflexive
    cue, after its auxiliary for a participle): the verb of an incise, whatever the parser tagged it."""
    doc = tok.doc
    j = tok.i - 1
    if participle:
        auxiliary = _auxiliary(tok)
        if auxiliary is None:
            return False
        j = auxiliary.i - 1
    elif "quotes.reflexive" in rule.predicates:
        if doc[j].norm_ not in syntax.REFLEXIVES:
            return False
        j -= 1
    return j >= 1 and doc[j].text == "," and (doc[j - 1].text in CLOSING or doc[j - 1].text == '"')


class Cues:
    """The hits of the rules of ``quotes.jsonl`` on one document: the reporting verbs and phrases by their first
    token (``REPORT``: of two at one token the longer, then the first in the file, each crossing the adverbs of
    its gaps no further than needed), the sources ("selon X", "Pour X,": ``SOURCE``), the words an incise may
    open with before its verb (``INCISE``) and the sentence openers that point back at quoted words (``ECHO``)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        ruleset = rules.load(RULES)
        rank = _cue_rank()
        self.reach: int = ruleset.by_id["incise.opening"].data["reach"]
        self.verbs: dict[int, CueMatch] = {}
        self.sources: dict[int, Hit] = {}
        self.openings: set[int] = set()
        self.locutions: set[int] = set()      # the words of an incise's locutions ("a pour sa part estimé")
        self.echoes: dict[int, Hit] = {}
        self.mistagged: set[int] = set()        # cue verbs of an incise the parser tagged otherwise
        reporting = []
        for hit in ruleset(doc):
            if hit.rule.label == "SOURCE":
                self.sources.setdefault(hit.anchor.i, hit)
            elif hit.rule.label == "INCISE":
                self.openings.update(t.i for t in hit.tokens)
                if len(hit.tokens) > 1:
                    self.locutions.update(t.i for t in hit.tokens)
            elif hit.rule.label == "ECHO":
                self.echoes.setdefault(hit.anchor.i, hit)
            else:
                reporting.append(hit)
        for hit in sorted(reporting, key=lambda h: (rank[h.rule.id], h.tokens[-1].i)):
            if _impersonal_comment(hit.anchor):
                continue
            self.verbs.setdefault(hit.anchor.i, CueMatch(hit.anchor, hit.anchor.i, hit.tokens[-1].i + 1, hit.rule))
        for tok in doc[2:]:
            rule, participle = _incise_forms().get(tok.lower_, (None, False))
            if rule is not None and tok.i not in self.verbs and _after_quote(tok, rule, participle):
                self.verbs[tok.i] = CueMatch(tok, tok.i, tok.i + 1, rule)
                self.mistagged.add(tok.i)
                if participle:
                    self.openings.add(_auxiliary(tok).i)    # whatever the parser tagged it

    def at(self, tok: Token) -> CueMatch | None:
        """The reporting verb or phrase whose first word is ``tok``, if any."""
        return self.verbs.get(tok.i)

    def after(self, i: int, stop: int) -> CueMatch | None:
        """The cue verb of an incise starting at token i: "[mais] a-t-il [aussi | pour sa part] ajouté" (a few
        opening words, a locution counting as one, then the verb)."""
        openings = 0
        for t in self.doc[i:stop]:
            cue = self.at(t) if t.pos_ in ("VERB", "AUX") or t.i in self.mistagged else None
            if t.pos_ == "VERB" or cue is not None:
                return cue
            if t.i not in self.openings:
                return None
            openings += not (t.i in self.locutions and t.i - 1 in self.locutions)
            if openings > self.reach:
                return None
        return None

    def source_at(self, tok: Token) -> Hit | None:
        """The "selon"/"d'après" that starts at ``tok``, if any."""
        hit = self.sources.get(tok.i)
        return hit if hit is not None and hit.rule.data["frame"] == "selon" else None


@lru_cache(maxsize=None)
def _title_nouns() -> frozenset[str]:
    return lexicons.words(TITLE_NOUNS)


def is_quotation(doc: Doc, start: int, end: int) -> bool:
    """Quoted words that are speech: two content words at least, not a title, not a label
    (short quoted words that the article quotes again: "gilets jaunes")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha and t.pos_ not in ("DET", "PUNCT")]
    if len(words) < MIN_WORDS:
        return False
    text = text_of(doc)[start:end].lower()
    if len(words) <= LABEL_WORDS and sum(text_of(doc)[a:b].lower() == text for a, b in quoted(doc)) > 1:
        return False
    before = [t for t in doc[max(0, span.start - 4): span.start] if not t.is_punct]
    return not any(t.lower_ in _title_nouns() or verb_lemma(t) in _title_nouns() for t in before[-2:])


# --- speakers ---------------------------------------------------------------------------------------

def _author(tok: Token) -> Token | None:
    """ "un communiqué du ministère", "la lettre de Jean Castex": the "de" complement of a written statement's noun,
    who speaks through it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in gazetteer.speech_documents():
        return None
    return next((c for c in tok.children if c.dep_ == "nmod" and syntax.case_of(c) == "de"
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _np_span(doc: Doc, tok: Token) -> CharSpan:
    """The speaker's words: the mention at the token, else the determiner to the token."""
    _, m = entity_at(doc, tok.idx, tok.idx + len(tok.text))
    if m is not None:
        return CharSpan(m.start, m.end)
    start = syntax.determiner(tok) or tok
    start = start if start.i <= tok.i else tok
    return CharSpan(start.idx, tok.idx + len(tok.text))


class Speakers:
    """Speaker resolution for one document (one coreference resolver shared by every quote).
    Words inside quotation marks are never the speaker, nor a salient antecedent, nor are the words of an incise's
    locution ("a de son côté commenté le secrétaire général": the parser may make "côté" the subject)."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]], locutions: set[int]):
        self.doc = doc
        self.quoted = quoted
        self.quoted_starts = [a for a, _ in quoted]    # sorted: :meth:`inside` bisects them
        self.locutions = locutions
        self.resolver = reference.Resolver(doc, quoted)

    def of_token(self, tok: Token | None, topic: tuple[Entity, int] | None = None,
                 said: tuple[int, int] | None = None) -> Who:
        """The entity a speaker token designates (``topic``, ``said``: see :meth:`reference.Resolver.pronoun`); a
        written statement's author (:func:`_author`)."""
        if tok is None:
            return None, None, 0.0
        tok = _author(tok) or tok
        ent, conf = reference.resolve(self.doc, tok, self.resolver, topic, said)
        return ent, _np_span(self.doc, tok), conf

    def of_cue(self, cue: CueMatch, topic: tuple[Entity, int] | None = None,
               incise: bool = False, said: tuple[int, int] | None = None) -> Who:
        """The subject of a cue verb (of any verb of a multiword cue: "a fait valoir X"); ``incise``: the
        cue is an incise inside the quotation marks ("« ..., a estimé l'ancien eurodéputé. ... »"),
        where the subject is too; ``said``: the reported words, where a pronoun subject's antecedent is not."""
        voice = self.voice_of(cue)
        if voice[0] is not None:
            return voice
        verbs = [cue.verb] + [t for t in self.doc[cue.start:cue.end] if t.pos_ == "VERB" and t.i != cue.verb.i]
        outside = [] if incise else self.quoted
        subject = next((s for s in (self._subject(v, outside) for v in verbs)
                        if s is not None and s.norm_ not in syntax.NON_SUBJECT_CLITICS), None)
        subject = subject or _expletive_speaker(cue.verb) \
            or next((s for s in (self._governing_subject(v, outside) for v in verbs) if s is not None), None)
        if subject is None and topic is not None and syntax.detached_participle(cue.verb) \
                and topic[1] >= cue.verb.sent.start_char:   # '« ... », a tweeté X, assurant : « ... »': X again
            return topic[0], None, 0.7
        if subject is None and _narrative_infinitive(cue.verb):     # 'Et de conclure : « ... »': see Finder.quotes
            return None, None, 0.0
        if subject is None:
            return self.named_after(cue)
        incise = self.incise_speaker(cue, subject)
        if incise[0] is not None:
            return incise
        if subject.lower_ in DATIVE_CLITICS and subject.i < cue.verb.i:     # "», lui a lancé X": X says it
            named = self.named_after(cue)
            if named[0] is not None:
                return named
        if subject.lower_ == "on":
            place = self.where_on_speaks(subject)
            if place[0] is not None:
                return place
        return self.of_token(subject, topic, said)

    def voice_of(self, cue: CueMatch) -> Who:
        """ "L'Union européenne, par la voix de son chef de la diplomatie Josep Borrell, a jugé", "a expliqué le
        Vatican, par la voix du directeur de la salle de presse, Alessandro Gisotti": the person named (or the
        person described) in a "par la voix de" phrase near the cue speaks."""
        doc, verb = self.doc, cue.verb
        sent = verb.sent
        for tok in doc[max(sent.start + 2, verb.i - VOICE_REACH):min(sent.end, verb.i + VOICE_REACH)]:
            if tok.lower_ != "voix" or doc[tok.i - 1].lower_ != "la" or doc[tok.i - 2].lower_ != "par" \
                    or self.inside(tok):
                continue
            phrase = []     # up to a verb, a quotation mark or the clause's end, past commas (an apposed name)
            for t in doc[tok.i + 1:min(sent.end, tok.i + VOICE_REACH)]:
                if t.is_quote or t.text in (".", ";", ":") or t.pos_ in ("VERB", "AUX"):
                    break
                phrase.append(t)
            for t in phrase:
                ent, mention = entity_at(doc, t.idx, t.idx + len(t.text))
                if ent is not None and ent.type == "PER":
                    return ent, CharSpan(mention.start, mention.end), 0.8
            noun = next((t for t in phrase if t.pos_ == "NOUN"), None)
            who = self.of_token(noun) if noun is not None else (None, None, 0.0)
            if who[0] is not None and who[0].type == "PER":
                return who
        return None, None, 0.0

    def where_on_speaks(self, on: Token) -> Who:
        """ "A Matignon, on indique que", "Du côté de l'AMF, on assure", "Au PCF, on explique": the "on" of a cue
        after a fronted "à"/"chez"/"du côté de" phrase is the organisation or state it names."""
        doc, sent = self.doc, on.sent
        if on.i < 3 or doc[on.i - 1].text != "," or doc[sent.start].lower_ not in FRONTED_PLACES:
            return None, None, 0.0
        for tok in doc[sent.start:on.i - 1]:
            ent, mention = entity_at(doc, tok.idx, tok.idx + len(tok.text))
            if ent is not None and ent.type in ("ORG", "GPE"):
                return ent, CharSpan(mention.start, mention.end), 0.6
        return None, None, 0.0

    def _subject(self, verb: Token, outside: list[tuple[int, int]]) -> Token | None:
        """The subject of a cue verb (of the verb it is coordinated with after a complement clause: "X regrette
        que ..., et rappelle que"); for a locution word the parser took as subject, the one after the verb."""
        subject = syntax.subject_of(syntax.coordinated_after_complement(verb) or verb, outside)
        return syntax.inverted_subject(verb) if subject is not None and subject.i in self.locutions else subject

    @staticmethod
    def _governing_subject(verb: Token, outside: list[tuple[int, int]]) -> Token | None:
        """The inverted subject of the verb a subjectless cue depends on: "», a-t-il justifié, en faisant valoir
        que", "», estime-t-il, évoquant" (the parse's climb reads no "-t-il")."""
        for _ in range(GOVERNORS):
            if verb.dep_ not in ("advcl", "conj", "xcomp", "parataxis") or verb.head.i == verb.i:
                return None
            verb = verb.head
            subject = syntax.subject_of(verb, outside)
            if subject is not None:
                return subject if subject.norm_ not in syntax.NON_SUBJECT_CLITICS else None
        return None

    def incise_speaker(self, cue: CueMatch, subject: Token) -> Who:
        """ "<clause>, rapporte le New York Times.": a finite cue right after a comma whose subject the parse found
        only by climbing to the clause before (the incise read as its adverbial) has its subject named after it,
        before any clause of its own; after a compound cue, the name closes the incise ("..., a indiqué lundi lors
        d'un point presse X, porte-parole"; not "X, qui ..., a déclaré au quotidien Y être anéantie"); not a
        participle without its auxiliary ("..., estimant que", "critiqué par")."""
        doc, verb = self.doc, cue.verb
        own = subject.head.i == verb.i or subject.head.dep_.startswith("aux") and subject.head.head.i == verb.i
        auxiliary = _auxiliary(verb) if cue.start == verb.i else None
        lead = auxiliary.i if auxiliary is not None else cue.start
        if own and subject.i < lead - 1 and lead > 1 and doc[lead - 1].text == "," \
                and (doc[lead - 2].text in CLOSING or doc[lead - 2].text == '"'):
            inverted = self._inverted_person(verb)
            if inverted is not None:
                return self.of_token(inverted)
        if own or subject.i > verb.i or lead == 0 or doc[lead - 1].text != "," \
                or verb.morph.get("VerbForm") != ["Fin"] and auxiliary is None:
            return None, None, 0.0
        named = self.named_after(cue)
        if named[1] is None:
            return named
        name = doc.char_span(named[1].start, named[1].end, alignment_mode="expand")
        clause = any(t.pos_ in ("VERB", "SCONJ") or t.lower_ in ("que", "qu'") for t in doc[cue.end:name.start])
        closed = name.end == len(doc) or doc[name.end].is_punct or doc[name.end].is_sent_start
        return (None, None, 0.0) if clause or auxiliary is not None and not closed else named

    def _inverted_person(self, verb: Token) -> Token | None:
        """ '..., pour "abus de confiance", a ajouté le procureur de Brest.': the person named or described after an
        incise verb that follows quoted words is its subject, whatever the parser made of the words before."""
        inverted = syntax.inverted_subject(verb)
        if inverted is None or self.inside(inverted):
            return None
        person, _ = reference.person_at(self.doc, inverted)
        return inverted if person is not None or inverted.pos_ == "NOUN" and reference.title_head(self.doc, inverted) \
            else None

    def named_after(self, cue: CueMatch) -> Who:
        """A name after the cue, before the next comma, not after a preposition: the subject
        of an incise the parser missed ("a déclaré à la presse M. Linkevicius")."""
        doc = self.doc
        for t in doc[cue.end: cue.verb.sent.end]:
            if t.text in (",", ";", ":") or t.is_sent_end:
                break
            ent, m = entity_at(doc, t.idx, t.idx + len(t.text))
            if ent is None or ent.type not in reference.SPEAKER_TYPES or self.inside(t):
                continue
            lead = doc.char_span(m.start, m.end, alignment_mode="expand")
            before = [b for b in doc[max(0, lead.start - 2): lead.start] if b.pos_ != "DET"]
            if not before or before[-1].pos_ != "ADP":
                return ent, CharSpan(m.start, m.end), 0.6
        return None, None, 0.0

    def inside(self, tok: Token) -> bool:
        """True for a token between quotation marks."""
        k = bisect_right(self.quoted_starts, tok.idx) - 1    # sorted spans, their ends increasing
        return k >= 0 and tok.idx < self.quoted[k][1]

    def of_phrase(self, toks: Span) -> Who:
        """The source named in "selon X": a person named in it, a description of a person,
        an organisation named in it; an indefinite phrase ("selon plusieurs proches") is nobody."""
        head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        author = _author(head) if head is not None else None
        if author is not None:      # "selon un communiqué de l'Élysée"
            return self.of_phrase(self.doc[author.i:toks.end])
        if head is not None and reference.unnamed_people(head):     # "selon la presse britannique": nobody
            return None, None, 0.0
        if head is None or head.pos_ == "NOUN" and syntax.is_indefinite(head):
            ent, conf = reference.survey_source(self.doc, head) if head is not None else (None, 0.0)
            return (ent, _np_span(self.doc, head), conf) if ent is not None else (None, None, 0.0)
        for t in toks:
            ent, m = reference.person_at(self.doc, t)
            if ent is not None:
                return ent, CharSpan(m.start, m.end), 0.85
        found = self.of_token(head)
        if found[0] is not None:
            return found
        for t in toks:
            ent, m = entity_at(self.doc, t.idx, t.idx + len(t.text))
            if ent is not None and ent.type in ("ORG", "GPE"):
                return ent, CharSpan(m.start, m.end), 0.75
        if reference.relay(head):     # "selon la même source": the source before (Finder.quotes)
            return None, _np_span(self.doc, head), 0.0
        return None, None, 0.0


# --- reported clauses -------------------------------------------------------------------------------

def _content_end(cues: Cues, start: int, stop: int, clause_head: Token | None = None) -> int:
    """Token index where a reported clause that starts at ``start`` ends (exclusive).

    It ends at the sentence end, or before: a coordinated "et que" (another quote), a
    comma opening an incise ("..., a-t-il précisé", "..., selon X"), a comma before
    quoted words that stand on their own, or a comma after which the sentence goes
    back to the main clause.
    """
    doc = cues.doc
    if start < stop and (doc[start].text in OPENING or doc[start].text == '"'):
        closing = next((b for a, b in quoted(doc) if a == doc[start].idx + 1), None)
        after = doc.char_span(closing, closing, alignment_mode="expand") if closing is not None else None
        if after is not None and doc[after.start].sent == doc[start].sent and after.start + 1 < stop \
                and doc[after.start + 1].text == ",":
            return after.start + 1
    j = start
    while j < stop:
        t = doc[j]
        nxt = doc[j + 1] if j + 1 < stop else None
        if nxt is not None and t.lower_ in ("et", "mais", "ou") and nxt.norm_ in ("que", "qu'") and j > start:
            return j
        if t.text in (",", ";") and nxt is not None and j > start:
            if nxt.text in ('"', "«", "“") or cues.source_at(nxt) is not None:
                return j
            incise = cues.after(j + 1, stop)
            if incise is not None and not syntax.detached_participle(incise.verb):
                return j
            if clause_head is not None and nxt not in clause_head.subtree and nxt.pos_ in ("ADP", "SCONJ"):
                return j
        j += 1
    return stop


def _clause(cues: Cues, first: int, stop: int, head: Token | None) -> tuple[int, int] | None:
    """Character span of a clause from token ``first`` (trimmed of final punctuation)."""
    doc = cues.doc
    end = _content_end(cues, first, stop, head)
    while end > first and doc[end - 1].is_punct and doc[end - 1].text not in ('"', "»", "”", ")"):
        end -= 1
    if end - first < 3:
        return None
    return trim(text_of(doc), doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _skip_to_complement(doc: Doc, i: int, stop: int) -> int:
    """First token after a cue that is not an adverb, a date or a "à l'AFP"-like complement."""
    dates = [(d.start, d.end) for d in doc._.dates or []]
    j = i
    while j < stop:
        t = doc[j]
        if any(a <= t.idx < b for a, b in dates):
            j += 1
        elif t.pos_ == "ADV" and t.lower_ not in NOT_SKIPPED or t.dep_ == "obl:mod" and t.pos_ in ("NOUN", "NUM"):
            j += 1
        elif t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "à") or t.lower_ == "à" and j + 1 < stop and doc[j + 1].pos_ in ("DET", "PROPN", "NOUN"):
            k = j + 1
            while k < stop and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP") and doc[k].lower_ not in ("que", "qu'"):
                k += 1
            j = k
        elif t.pos_ == "NUM":
            j += 1
        else:
            return j
    return j


def que_clauses(cues: Cues, cue: CueMatch) -> list[tuple[int, int]]:
    """The que-clauses a cue reports, one per coordinated "que"."""
    doc = cues.doc
    sent = cue.verb.sent
    j = _skip_to_complement(doc, cue.end, sent.end)
    if j >= sent.end or doc[j].norm_ not in ("que", "qu'"):
        return []
    out = []
    while j < sent.end and doc[j].norm_ in ("que", "qu'"):
        head = doc[j].head if doc[j].head.i > j else None
        span = _clause(cues, j + 1, sent.end, head)
        if span is None:
            break
        out.append(span)
        k = doc.char_span(span[0], span[1], alignment_mode="expand").end
        while k < sent.end and (doc[k].is_punct and doc[k].text not in ('"', "«") or doc[k].lower_ in ("et", "mais", "ou")):
            k += 1
        j = k
    return out


def infinitive_clause(cues: Cues, cue: CueMatch) -> tuple[int, int] | None:
    """The infinitive clause a cue reports: "a annoncé saisir le procureur", "a déclaré ne pas être"."""
    doc = cues.doc
    sent = cue.verb.sent
    j = _skip_to_complement(doc, cue.end, sent.end)
    first = j
    if j < sent.end and doc[j].norm_ in ("de", "d'"):
        j += 1
        first = j
    while j < sent.end and (syntax.negation_word(doc[j]) or doc[j].pos_ == "PRON" and doc[j].dep_ != "nsubj"):
        j += 1
    if j >= sent.end or not (doc[j].pos_ in ("VERB", "AUX") and "Inf" in doc[j].morph.get("VerbForm")):
        return None
    return _clause(cues, first, sent.end, doc[j])


def _leading(sent: Span) -> int:
    """Token index after the sentence's opening connectives ("Mais", "Et", "En outre,")."""
    j = sent.start
    while j < sent.end and (sent.doc[j].pos_ in ("CCONJ", "ADV") or sent.doc[j].text == ","):
        j += 1
    return j


class Finder:
    """Runs every rule over one document and assembles the quotes."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.quoted = [s for s in quoted(doc) if is_quotation(doc, *s)]
        self.cues = Cues(doc)
        self.speakers = Speakers(doc, self.quoted, self.cues.locutions)
        self.found: list[Found] = []
        self.sent_starts = [s.start_char for s in doc.sents]    # sorted: :meth:`_sentences_between` bisects them

    def add(self, span: tuple[int, int], kind: str, rank: int, who: Who, cue: CueMatch | None, confidence: float,
            source: Hit | None = None) -> None:
        """A quotation found by a cue (or by a source, "selon X", where no verb says it)."""
        ent, mention, conf = who
        rule = cue.rule if cue is not None else source.rule if source is not None else None
        self.found.append(Found(Quote(span[0], span[1], kind, ent.id if ent else None, mention,
                                      cue.cue() if cue else None, confidence, round(conf, 2),
                                      rule.id if rule else None), rank))

    # -- reported clauses --

    def clauses(self) -> None:
        """Que-clauses, infinitive clauses, and clauses before an incise ("..., a indiqué X")."""
        doc = self.doc
        for tok in doc:
            cue = self.cues.at(tok) if not self.speakers.inside(tok) else None
            if cue is None:
                continue
            who = None
            topic = self._last_quoted(doc[cue.start].idx)
            if cue.reports("que"):
                for span in que_clauses(self.cues, cue):
                    who = who or self.speakers.of_cue(cue, topic)
                    self.add(span, "indirect", 1, who, cue, 0.8)
            if cue.reports("inf") and not any(f.quote.cue and f.quote.cue.start == doc[cue.start].idx for f in self.found):
                span = infinitive_clause(self.cues, cue)
                if span is not None:
                    self.add(span, "indirect", 2, self.speakers.of_cue(cue, topic), cue, 0.7)
            self._before_incise(cue)

    def _before_incise(self, cue: CueMatch) -> None:
        """ "<clause>, a indiqué X." : the clause before a comma and an inverted-subject cue (not a participle, whose
        words follow it: "<clause>, indique-t-il, précisant que ...")."""
        doc, verb = self.doc, cue.verb
        if syntax.detached_participle(verb):
            return
        subj = syntax.subject_of(verb, self.quoted)
        if subj is None and self.speakers.named_after(cue)[0] is None \
                or subj is not None and subj.i < verb.i and not subj.text.startswith("-") and subj.text != "-t" \
                and self.speakers.incise_speaker(cue, subj)[0] is None:
            return
        sent = verb.sent
        comma = next((j for j in range(cue.start - 1, max(sent.start, cue.start - self.cues.reach - 1), -1)
                      if doc[j].text == ","), None)
        if comma is None or self.cues.after(comma + 1, sent.end) is None or comma == sent.start \
                or doc[comma - 1].text in CLOSING or doc[comma - 1].text == '"' or self.speakers.inside(doc[sent.start]):
            return
        start = sent.start
        colon = [j for j in range(sent.start, comma) if doc[j].text in (":",)]
        if colon:
            start = colon[-1] + 1
        if self._relays(start, comma):
            return
        span = trim(text_of(doc), doc[start].idx, doc[comma].idx)
        if doc[comma].idx - doc[start].idx > 15:
            self.add(span, "indirect", 4, self.speakers.of_cue(cue, said=span), cue, 0.7)

    def _relays(self, start: int, comma: int) -> bool:
        """ '"...", a déclaré Emmanuel Macron à Buenos Aires, relate Paris Match': the clause before a second incise
        ends with an incise of its own, which already gave its words a speaker; the second names who relays them."""
        doc = self.doc
        for j in range(start + 1, comma):
            cue = self.cues.at(doc[j])
            if cue is None or cue.start != j:
                continue
            auxiliary = _auxiliary(doc[j])
            lead = auxiliary.i if auxiliary is not None else j
            if lead > start and doc[lead - 1].text == "," and any(
                    f.quote.cue is not None and f.quote.cue.start == doc[j].idx and f.quote.speaker for f in self.found):
                return True
        return False

    def sources(self) -> None:
        """ "Selon X, <clause>", "<clause>, selon X", "selon qui <clause>", "Pour X, <clause>" (the ``SOURCE``
        rules)."""
        for _, hit in sorted(self.cues.sources.items()):
            if hit.rule.data["frame"] == "selon":
                self._selon(hit)
            else:
                self._pour(hit)

    def _phrase_end(self, sent: Span, i: int) -> int:
        """End (exclusive) of the source phrase after "selon": the next comma or the sentence end."""
        j = i
        while j < sent.end and sent.doc[j].text not in (",", ".", ";", ":", "!", "?"):
            j += 1
        return j

    def _selon(self, hit: Hit) -> None:
        doc, t = self.doc, hit.anchor
        sent = t.sent
        first = hit.tokens[-1].i + 1
        if first < sent.end and "Rel" in doc[first].morph.get("PronType"):        # selon qui / lesquelles
            ante = doc[t.i - 2] if t.i >= 2 and doc[t.i - 1].text == "," else None
            who = self.speakers.of_token(ante) if ante is not None else (None, None, 0.0)
            span = _clause(self.cues, first + 1, sent.end, None)
            if span:
                self.add(span, "indirect", 3, who, None, 0.7, hit)
            return
        end = self._phrase_end(sent, first)
        who = self.speakers.of_phrase(doc[first:end])
        if t.i == _leading(sent) and end < sent.end and doc[end].text == ",":        # Selon X, <clause>
            span = _clause(self.cues, end + 1, sent.end, None)
        elif t.i > sent.start and doc[t.i - 1].text == ",":                          # <clause>, selon X
            start = _leading(sent) if t.i - sent.start > 3 else sent.start
            if end < sent.end - 1 and doc[end].text == ",":                          # ..., selon X, ...
                span = trim(text_of(doc), doc[start].idx, sent[-1].idx if sent[-1].is_punct else sent.end_char)
            else:
                span = trim(text_of(doc), doc[sent.start].idx, doc[t.i - 1].idx)
        else:
            return
        if span and span[1] - span[0] > 15:
            self.add(span, "indirect", 3, who, None, 0.75, hit)

    def _pour(self, hit: Hit) -> None:
        """ "Pour X, <clause>" where X is a named entity, a title with its holder's name in apposition ("Pour le
        maire de Jéricho, Salem Ghrouf, <clause>") or a personal pronoun (for "lui", "elle": the person of that
        gender mentioned last)."""
        doc, t = self.doc, hit.anchor
        sent = t.sent
        end = self._phrase_end(sent, t.i + 1)
        phrase = doc[t.i + 1:end]
        if end >= sent.end or not len(phrase) or len(phrase) > 6 or any(p.pos_ == "VERB" for p in phrase):
            return
        apposed = self._apposed_holder(phrase, sent)
        ent, m = apposed[:2] if apposed else entity_at(doc, phrase.start_char, phrase.end_char)
        described = self._described(phrase) if not apposed else (None, None, 0.0)
        if apposed:
            who, end = (ent, CharSpan(m.start, m.end), 0.85), apposed[2]
        elif described[0] is not None:
            who = described
        elif ent is not None and ent.type in ("PER", "ORG"):
            who = (ent, CharSpan(m.start, m.end), 0.85)
        elif phrase[-1].lower_ in ("lui", "elle", "eux"):
            singular = phrase[-1].lower_ != "eux"
            found, conf = self.speakers.resolver.pick(phrase[-1], "f" if phrase[-1].lower_ == "elle" else "m"
                                                      if singular else None, None,
                                                      ("PER",) if singular else ("PER", "ORG"), recency=True)
            who = (found, _np_span(doc, phrase[-1]), conf)
        else:
            return
        span = _clause(self.cues, end + 1, sent.end, None)
        if span:
            self.add(span, "indirect", 3, who, None, 0.7, hit)

    def _described(self, phrase: Span) -> Who:
        """The person a title phrase describes ("Pour la présidente du RN, ...": the RN's president, not the RN),
        resolved like any description; nobody when the phrase does not start with a title, or when the description
        resolves to the name right after its comma, which :meth:`_apposed_holder` alone weighs."""
        head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or head.pos_ != "NOUN" or not reference.title_head(self.doc, head):
            return None, None, 0.0
        ent, conf = self.speakers.resolver.description(head, subject=True)
        after = self.doc[phrase.end + 1] if phrase.end + 1 < len(self.doc) else None
        if ent is None or after is not None and any(m.start == after.idx for m in ent.mentions):
            return None, None, 0.0      # "Pour le premier secrétaire du parti, Manuel Valls quitte": Valls is spoken of
        return ent, _np_span(self.doc, head), conf

    def _apposed_holder(self, phrase: Span, sent: Span) -> tuple[Entity, Mention, int] | None:
        """The person named between commas right after a title phrase, to whom the roles give that title ("le
        maire de Jéricho, Salem Ghrouf,"), with the index of the comma that closes the name; else None."""
        doc, comma = self.doc, phrase.end
        if comma + 2 >= sent.end or doc[comma].text != ",":
            return None
        ent, m = entity_at(doc, doc[comma + 1].idx, doc[comma + 1].idx + 1)
        if ent is None or ent.type != "PER" or m.start != doc[comma + 1].idx:
            return None
        close = next((tok.i for tok in doc[comma + 1:sent.end] if tok.idx >= m.end), None)
        if close is None or doc[close].text != "," or not any(
                r.person == ent.id and phrase.start_char <= r.start < phrase.end_char and r.end >= m.end
                for r in doc._.roles or []):
            return None
        return ent, m, close

    # -- direct quotes --

    def direct(self) -> None:
        """Quoted words, attributed by the cue after them, before them, or the context."""
        previous: Quote | None = None
        for start, end in self.quoted:
            by, who, conf = self._attribute(start, end, previous)
            cue = by if isinstance(by, CueMatch) else None
            quote = Quote(start, end, "direct", who[0].id if who[0] else None, who[1], cue.cue() if cue else None,
                          conf, round(who[2], 2), by.rule.id if by is not None else None)
            self.found.append(Found(quote, 0))
            previous = quote

    def _attribute(self, start: int, end: int, previous: Quote | None) -> tuple[CueMatch | Hit | None, Who, float]:
        """(the cue, or the "selon" source that names the speaker; (speaker, speaker mention, speaker confidence);
        confidence) of quoted words."""
        doc = self.doc
        first = doc.char_span(start, end, alignment_mode="expand")
        if previous is not None and previous.cue is not None and previous.speaker is not None \
                and text_of(doc)[previous.end:start].strip(" \u00a0\"«»“”") in ("et", "ou", ","):
            ent = entity_by_id(doc, previous.speaker)       # « ... » et « ... »: one cue for both
            cue = self.cues.at(doc.char_span(previous.cue.start, previous.cue.end, alignment_mode="expand")[0])
            if ent is not None and cue is not None:
                return cue, (ent, previous.speaker_mention, previous.speaker_confidence), previous.confidence
        after = first.end
        while after < len(doc) and doc[after].text in INCISE_PUNCT and not (doc[after].text == '"' and doc[after].idx > end + 2):
            after += 1
        sent_after = doc[min(after, len(doc) - 1)].sent
        cue = self.cues.after(after, sent_after.end) if after < len(doc) else None
        intro = self._introduction(first)
        if cue is not None and (intro is None or any(t.text == "," for t in doc[first.end:after])):
            if self._unnamed_goes_on(previous, cue, start):
                return cue, (None, None, 0.0), 0.9
            said = (min(first[0].sent.start_char, start), end)    # ("Washington ... « ... », a-t-il estimé")
            return cue, self.speakers.of_cue(cue, self._last_quoted(start), said=said), 0.9
        if intro is not None:       # 'Il se déclare « ... » et a exprimé', not '... de « ... », a déclaré X'
            return intro, self.speakers.of_cue(intro, self._last_quoted(start)), 0.9
        if after < len(doc):
            source = self.cues.source_at(doc[after])
            if source is not None:
                return source, self.speakers.of_phrase(doc[source.tokens[-1].i + 1: min(sent_after.end, after + 6)]), 0.8
            ent, m = entity_at(doc, doc[after].idx, doc[after].idx + len(doc[after].text))
            if ent is not None and ent.type == "PER" and doc[after - 1].text in ("(", "-", "–", "—"):
                return None, (ent, CharSpan(m.start, m.end), 0.8), 0.8
        sent = first[0].sent
        before = [self.cues.at(t) for t in reversed(doc[sent.start:first.start]) if not self.speakers.inside(t)]
        cue = next((c for c in before if c is not None), None)
        if cue is None:
            after_cues = (self.cues.at(t) for t in doc[first.end:sent.end] if not self.speakers.inside(t))
            cue = next((c for c in after_cues if c is not None), None)
        if cue is not None:
            return cue, self.speakers.of_cue(cue, self._last_quoted(start)), 0.85
        cue = self._inner_incise(first)
        if cue is not None:
            return cue, self.speakers.of_cue(cue, self._last_quoted(start), incise=True), 0.85
        echo = self._echo(first)
        if echo is not None:
            return echo
        governor = first.root.head if not first.start <= first.root.head.i < first.end else None
        root_subject = syntax.subject_of(governor, self.quoted) if governor is not None else None
        if root_subject is None or self.speakers.of_token(root_subject)[0] is None:
            root_subject = syntax.subject_of(sent.root) if first.start > sent.start else None
        if root_subject is not None and not (start <= root_subject.idx < end):
            who = self.speakers.of_token(root_subject)
            if who[0] is not None:
                return None, who, 0.7
        lead = self._previous_subject(first)
        if lead is not None:
            return None, lead, 0.7
        if previous is not None and previous.speaker and self._sentences_between(previous.end, start) <= 2:
            ent = entity_by_id(doc, previous.speaker)
            return None, (ent, previous.speaker_mention, min(0.7, previous.speaker_confidence)), 0.7
        ent, c = reference.salient(doc, first[0], self.speakers.resolver)
        return None, (ent, None, c), 0.6

    def _unnamed_goes_on(self, previous: Quote | None, cue: CueMatch, start: int) -> bool:
        """'« ... », assure un proche de François Hollande. « ... », conclut-il': the personal pronoun subject of an
        incise goes on with the unnamed speaker of the quotation just before (an indefinite description of its
        gender), when no person has been a subject since; it names nobody the article names."""
        if previous is None or previous.speaker is not None or previous.speaker_mention is None \
                or previous.kind != "direct" or self._sentences_between(previous.end, start) > 1:
            return False
        subject = self.speakers._subject(cue.verb, self.quoted)
        word = reference.pronoun_form(subject) if subject is not None else None
        described = self.doc.char_span(previous.speaker_mention.start, previous.speaker_mention.end,
                                       alignment_mode="expand")
        if word not in ("il", "elle") or described is None or not syntax.is_indefinite(described.root) \
                or reference.token_gender(described.root) != ("m" if word == "il" else "f"):
            return False
        return not any(o.subject and o.entity.type == "PER" and previous.end <= o.start < subject.idx
                       and not any(a <= o.start < b for a, b in self.quoted) for o in self.speakers.resolver.occurrences)

    def _last_quoted(self, start: int) -> tuple[Entity, int] | None:
        """The topic at ``start``: the speaker of the last quotation with a speaker that ends before it."""
        before = [f.quote for f in self.found if f.quote.speaker is not None and f.quote.end <= start]
        return self._topic(max(before, key=lambda q: q.end), start) if before else None

    def _topic(self, previous: Quote | None, start: int) -> tuple[Entity, int] | None:
        """The speaker of the quotation just before (two sentences back at most) and where it ended."""
        ent = entity_by_id(self.doc, previous.speaker) if previous is not None else None
        if ent is None or self._sentences_between(previous.end, start) > 2:
            return None
        return ent, previous.end

    def _previous_subject(self, quoted: Span) -> Who | None:
        """The person who is the main subject of the sentence just before quoted words that open a
        sentence: "Claude Malhuret a fait entendre une voix plus mesurée. « Je conçois ... »"."""
        doc = self.doc
        j = quoted.start - 1
        while j >= 0 and doc[j].text in ('"', "«", "“"):
            j -= 1
        if j < 0 or not doc[j].is_sent_end and doc[j].text not in (".", "!", "?") or self.speakers.inside(doc[j]):
            return None
        root = doc[j].sent.root
        subject = syntax.subject_of(root, self.quoted) if not self.speakers.inside(root) else None
        who = self.speakers.of_token(subject)
        return who if who[0] is not None and who[0].type == "PER" else None

    def _echo(self, quoted: Span) -> tuple[Hit, Who, float] | None:
        """The next sentence points back at the quoted words ("« ... ». C'est par ces mots que X a ...", ``ECHO``):
        the person it names (else the organisation) says them."""
        doc = self.doc
        j = quoted.end
        while j < min(len(doc), quoted.end + 3) and doc[j].is_punct:
            j += 1
        hit = self.cues.echoes.get(j)
        if hit is None:
            return None
        words = doc[hit.tokens[-1].i + 1: hit.anchor.sent.end]
        for t in words:
            ent, m = reference.person_at(doc, t)
            if ent is not None:
                return hit, (ent, CharSpan(m.start, m.end), 0.8), 0.8
        for t in words:
            ent, m = entity_at(doc, t.idx, t.idx + len(t.text))
            if ent is not None and ent.type in ("ORG", "GPE") and doc[t.i - 1].pos_ != "ADP":
                return hit, (ent, CharSpan(m.start, m.end), 0.7), 0.7
        return None

    def _inner_incise(self, quoted: Span) -> CueMatch | None:
        """An incise inside the quoted words: "« Je ne sais pas, a-t-il expliqué. J'attends »"."""
        for t in quoted:
            if t.text == ",":
                cue = self.cues.after(t.i + 1, quoted.end)
                subject = syntax.subject_of(cue.verb) if cue is not None else None
                if subject is not None and subject.i > cue.verb.i - 3 and not {"1", "2"} & set(subject.morph.get("Person")):
                    return cue
        return None

    def _introduction(self, quoted: Span) -> CueMatch | None:
        """A cue right before the marks, at most a short noun phrase away: "X a déclaré : «...»",
        "a affirmé que «...»", "a dénoncé des «...»"."""
        doc = self.doc
        j = quoted.start - 1
        while j >= 0 and (doc[j].text in ('"', "«", "“", ":", ",") or doc[j].norm_ in ("que", "qu'", "de", "d'")):
            j -= 1
        for k in range(j, max(-1, quoted.start - 7), -1):
            cue = self.cues.at(doc[k])
            if cue is not None and cue.end >= j:
                return cue
            if doc[k].pos_ not in ("ADV", "ADP", "DET", "PROPN", "NOUN", "NUM", "ADJ"):
                return None
        return None

    def _sentences_between(self, a: int, b: int) -> int:
        return max(0, bisect_left(self.sent_starts, b) - bisect_right(self.sent_starts, a))

    # -- assembly --

    def quotes(self) -> list[Quote]:
        """Direct quotes inside a reported clause make it mixed (or are the whole of it);
        of two overlapping clauses the better-ranked rule wins."""
        directs = [f for f in self.found if f.rank == 0]
        clauses = sorted((f for f in self.found if f.rank > 0), key=lambda f: (f.rank, f.quote.start))
        kept: list[Found] = []
        absorbed: list[Found] = []          # clauses that are their direct quotes: they block the worse rules too
        for c in clauses:
            q = c.quote
            if any(_overlap(q, k.quote) > 0.5 * min(_len(q), _len(k.quote)) for k in kept + absorbed):
                continue
            inner = [d for d in directs if _overlap(q, d.quote) >= 0.5 * _len(d.quote)]
            if inner and sum(_overlap(q, d.quote) for d in inner) >= DIRECT_SHARE * _len(q):
                absorbed.append(c)
                for d in inner:
                    if q.speaker is not None and (d.quote.speaker is None or d.quote.cue is None):
                        d.quote.speaker, d.quote.speaker_mention = q.speaker, q.speaker_mention
                        d.quote.speaker_confidence = q.speaker_confidence
                continue
            if inner:
                q.kind = "mixed"
                q.end = max(q.end, max(d.quote.end for d in inner if d.quote.start < q.end))
                directs = [d for d in directs if d not in inner]
            kept.append(c)
        out = sorted((f.quote for f in directs + kept), key=lambda q: q.start)
        for k, q in enumerate(out):
            if self._goes_on(q):
                self._speaker_before(q, out[:k])
        for before, q in zip([None, *out], out):
            if q.kind == "direct" and self._subheading(q, out):
                self._speaker_of_subheading(q, out)
            elif q.kind == "direct" and q.cue is None and self._continues(before, q):
                q.speaker, q.speaker_mention = before.speaker, before.speaker_mention
                q.speaker_confidence = before.speaker_confidence
        return out

    def _speaker_before(self, q: Quote, before: list[Quote]) -> None:
        """Gives ``q`` the speaker of the quotation ``before`` it (of another cue or speaker phrase). Where that one's
        speaker phrase resolved to nobody: nobody after "la même source" or an unnamed speaker ("explique un député
        présent. Et d'ajouter : « ... »"); else (a pronoun or a name left unresolved, no speaker phrase at all) the
        speaker quoted last, two sentences back at most."""
        source = next((o for o in reversed(before) if (o.cue, o.speaker_mention) != (q.cue, q.speaker_mention)), None)
        if source is not None and source.speaker is not None:
            q.speaker, q.speaker_confidence = source.speaker, min(0.7, source.speaker_confidence)
            return
        described = self.doc.char_span(source.speaker_mention.start, source.speaker_mention.end,
                                       alignment_mode="expand") if source is not None and source.speaker_mention else None
        relayed = q.speaker_mention is not None     # "la même source" (a narrative infinitive has no speaker phrase)
        if described is not None and (relayed or syntax.is_indefinite(described.root)):
            q.speaker, q.speaker_confidence = None, 0.0
            return
        topic = self._last_quoted(q.start)
        if topic is None and not relayed:    # "Et de conclure": the salient person
            verb = self.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")[0]
            ent, conf = self.speakers.resolver.pick(verb, None, "s", ("PER",), ceiling=0.6)
            topic = (ent, conf) if ent is not None else None
        q.speaker, q.speaker_confidence = (topic[0].id, 0.7) if topic is not None else (None, 0.0)

    def _goes_on(self, q: Quote) -> bool:
        """Words whose speaker is whoever the quotation before them has, named or not: "selon la même source"
        (:func:`reference.relay`; "selon une source judiciaire [...] selon la même source" is nobody), "Et de
        conclure : « ... »", "Avant d'ajouter : « ... »" (:func:`_narrative_infinitive`, no subject found)."""
        m, doc = q.speaker_mention, self.doc
        if m is None:
            verb = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue is not None else None
            return q.speaker is None and verb is not None and len(verb) > 0 and _narrative_infinitive(verb[0])
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and reference.relay(span[-1])

    def _continues(self, clause: Quote | None, quote: Quote) -> bool:
        """Quoted words right after a reported clause of the same sentence, a comma between them, go on with it:
        "Pour lui, elle ne peut être la candidate du seul PS, « ce doit être quelque chose de plus large »" (not
        its subject "elle": the speaker of the clause)."""
        if clause is None or clause.kind == "direct" or clause.speaker is None:
            return False
        between = text_of(self.doc)[clause.end:quote.start].strip(" \u00a0\"«»“”")
        return between == "," and self._sentences_between(clause.start, quote.start) == 0

    def _subheading(self, q: Quote, quotes: list[Quote]) -> bool:
        """Quoted words standing alone as a heading: they open the text, a line or a sentence, and the
        closing mark is glued to the next sentence ("...ce soir-là.« NICE EST LA FOIS DE TROP »Au moment"), or dashes frame
        them (the AFP's '.- "Lignes rouges" -Sans ...'); short, or longer when a later quotation repeats them (a heading
        drawn from it); words that end with a full stop are a sentence someone said, not a heading."""
        text = text_of(self.doc)
        before = text[:q.start].rstrip(" \u00a0")[:-1].rstrip(" \u00a0")
        rest = text[q.end:].lstrip(" \u00a0")
        mark, after = rest[:1], rest[1:2]
        framed = before.endswith("-") and rest[1:].lstrip(" \u00a0").startswith("-")     # '.- "Lignes rouges" -Sans'
        before = before.rstrip("-–— \u00a0") if framed else before
        opens = not before or before[-1] in "\n.!?)" or before[-1] in CLOSING or before[-1] == '"'
        glued = framed or after in ("\n", '"') or after.isupper() or after in OPENING
        sentence = text[q.start:q.end].rstrip().endswith(".")    # '"Il fallait que quelqu'un raconte ces histoires."P'
        if not (opens and glued and not sentence and mark in ('"', *CLOSING)):
            return False
        return len(text[q.start:q.end].split()) <= HEADING_WORDS or self._repeated(q, quotes) is not None

    def _repeated(self, q: Quote, quotes: list[Quote]) -> Quote | None:
        """The first later quotation that holds every word of ``q``."""
        text = text_of(self.doc)
        words = _words(text[q.start:q.end])
        return next((o for o in quotes if o.start >= q.end and words <= _words(text[o.start:o.end])), None)

    def _speaker_of_subheading(self, q: Quote, quotes: list[Quote]) -> None:
        """A subheading is a quote of whoever says its words later in the text, else of nobody."""
        later = self._repeated(q, quotes)
        q.speaker = later.speaker if later is not None else None
        q.speaker_mention = later.speaker_mention if later is not None else None
        q.speaker_confidence = later.speaker_confidence if later is not None else 0.0
        q.cue = None
        q.rule = None


def _words(text: str) -> set[str]:
    """The lowercase words of a text."""
    return {w for w in "".join(c if c.isalnum() else " " for c in text.lower()).split()}


def _len(q: Quote) -> int:
    return q.end - q.start


def _overlap(a: Quote, b: Quote) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def find_quotes(doc: Doc) -> list[Quote]:
    """Every quotation of the document, in text order."""
    finder = Finder(doc)
    finder.direct()
    finder.clauses()
    finder.sources()
    return finder.quotes()


def fill_quotes(doc: Doc) -> None:
    """Fills ``doc._.quotes``."""
    doc._.quotes = find_quotes(doc)


register("veille_quotes", fill_quotes, assigns=["doc._.quotes"],
         requires=["doc._.entities", "doc._.roles", "token.dep", "token.lemma", "doc.sents"])
