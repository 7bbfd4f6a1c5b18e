"""Roles: a named person tied to a title ("le directeur général de l'OIM, Antonio Vitorino").

Three constructions, found on tokens, the entity mentions and the dependency parse:

- title before the name: "le président turc Recep Tayyip Erdogan", "le directeur
  général de l'OIM, Antonio Vitorino", "la ministre déléguée auprès du ministre ..., Nezha El Ouafi";
- name, then an apposed title: "Antonio Vitorino, directeur général de l'OIM",
  "Luigi Di Maio, vice-Premier ministre italien et leader du mouvement 5 étoiles" (two roles);
- a definite title with an organisation or a state as the subject of a clause, whose
  person is named before: "la présidente du RN se dit ..." (lower confidence).

The title is the words as written, less the organisation (an entity of its own, put in
``organization``) and less "de/du + state" (put in ``country``); a nationality adjective
stays in the title and gives the country. Titles and their modifiers are the data file
``lexicons/titles.tsv``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from veille import extensions  # noqa: F401
from veille.gazetteer import honorifics
from veille.lexicons import table
from veille.record import Entity, Role
from veille.spans import entity_of_token

MAX_TAIL = 30  # tokens after the title word that may still belong to the title
PREPOSITIONS = frozenset({"de", "d'", "du", "des", "a", "au", "aux", "aupres", "pour", "en", "sur", "chez", "dans"})
TAIL_POS = frozenset({"ADJ", "NOUN", "PROPN", "DET", "ADP", "NUM", "ADV"})
QUOTES = frozenset('"«»“”')
ARTICLES = frozenset({"le", "la", "l'", "les"})


def norm(text: str) -> str:
    """Lowercase, accents stripped, apostrophes unified: the key titles are matched on."""
    text = text.lower().replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Lexicon:
    """Titles keyed by their normalised token sequence, and the words before a title."""

    titles: dict[tuple[str, ...], str]   # tokens -> gender
    former: frozenset[str]               # "ancien", "ex": the role is a former one
    modifiers: frozenset[str]            # "futur", "vice": kept in the title
    longest: int


def load_lexicon(nlp: Language) -> Lexicon:
    """Read ``titles.tsv``, tokenising each form as the documents are tokenised."""
    titles: dict[tuple[str, ...], str] = {}
    former, modifiers = set(), set()
    for row in table("titles.tsv"):
        form = norm(row["form"])
        if row["kind"] == "former":
            former.add(form)
        elif row["kind"] == "modifier":
            modifiers.add(form)
        else:
            titles[tuple(t.text for t in nlp.make_doc(form))] = row["gender"]
    return Lexicon(titles, frozenset(former), frozenset(modifiers), max(map(len, titles)))


@dataclass
class Title:
    """A title occurrence: tokens [start, end) hold the words before it and the title word(s)."""

    start: int
    head: int
    end: int
    former: bool


@dataclass
class Tail:
    """What follows a title: where its words stop, and the person named right after, if any."""

    end: int              # token index after the last title word
    person: Entity | None
    person_end: int       # token index after the person's mention


class RoleFinder:
    """Fills ``doc._.roles``."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon

    def __call__(self, doc: Doc) -> Doc:
        roles: list[Role] = []
        i = 0
        while i < len(doc):
            title = self.title_at(doc, i)
            if title is None:
                i += 1
                continue
            tail = self.tail(doc, title)
            roles.extend(self.roles_of(doc, title, tail, roles))
            i = max(title.end, tail.end)    # titles inside this one's complement are not roles
        doc._.roles = _dedupe(roles)
        return doc

    # -- titles ---------------------------------------------------------------------------------
    def head_at(self, doc: Doc, i: int) -> tuple[int, bool] | None:
        """End of the title word(s) starting at token i, and whether an "ex-" prefix marks it former."""
        words = [norm(t.text) for t in doc[i:i + self.lex.longest]]
        candidates = [(words, False)]
        prefix, _, rest = words[0].partition("-")
        if rest and (prefix in self.lex.former or prefix in self.lex.modifiers):
            candidates.append(([rest] + words[1:], prefix in self.lex.former))
        for seq, former in candidates:
            for n in range(min(len(seq), self.lex.longest), 0, -1):
                if tuple(seq[:n]) in self.lex.titles:
                    return i + n, former
        return None

    def title_at(self, doc: Doc, i: int) -> Title | None:
        """The title whose first word is token i, with the modifiers written before it."""
        head = self.head_at(doc, i)
        if head is None or any(c.dep_.startswith(("nsubj", "aux")) for c in doc[i].children):
            return None    # "il juge que": a verb, not a title
        end, former = head
        start = i
        while start > doc[i].sent.start and norm(doc[start - 1].text).rstrip("-") in self.lex.former | self.lex.modifiers:
            start -= 1
            former = former or norm(doc[start].text).rstrip("-") in self.lex.former
        return Title(start, i, end, former)

    def tail(self, doc: Doc, title: Title) -> Tail:
        """Scan the complement of a title up to a person's name, a clause boundary or a new title."""
        sent_end = doc[title.start].sent.end
        k = title.end
        while k < min(sent_end, title.end + MAX_TAIL):
            tok = doc[k]
            ent = _person_at(doc, tok)
            if ent is not None:
                if not _complement(doc, tok):
                    return Tail(k, ent, _mention_end(doc, tok))
                k = _mention_end(doc, tok)    # "l'ancien assistant de Mme Goulard, Stéphane Thérou"
                continue
            if tok.text == ",":
                nxt = doc[k + 1] if k + 1 < sent_end else None
                if nxt is not None and _person_at(doc, nxt) is not None:
                    return Tail(k, _person_at(doc, nxt), _mention_end(doc, nxt))
                if nxt is None or norm(nxt.text) not in ("de", "d'", "du", "des"):
                    break    # ", de la coopération africaine et ...": a list of portfolios goes on
            elif tok.lower_ == "et":
                if k > title.end and self.head_at(doc, k + 1) is not None:
                    break    # "ministre italien et leader du ...": a second title begins
            elif not _tail_token(tok):
                break
            k += 1
        return Tail(k, None, k)

    # -- roles ----------------------------------------------------------------------------------
    def roles_of(self, doc: Doc, title: Title, tail: Tail, found: list[Role]) -> list[Role]:
        """The role(s) a title occurrence states, if a person can be tied to it."""
        if tail.person is not None:
            conf = 0.9 if doc[tail.end].text == "," else 0.85
            return [self.make_role(doc, title, tail.end, tail.person, title.start, tail.person_end, conf)]
        before = _person_before(doc, title.start)
        if before is not None:
            person, p_start = before
            roles = [self.make_role(doc, title, tail.end, person, p_start, tail.end, 0.85)]
            second = self.title_at(doc, tail.end + 1) if tail.end + 1 < len(doc) and doc[tail.end].lower_ == "et" else None
            if second is not None:
                end = self.tail(doc, second).end
                roles.append(self.make_role(doc, second, end, person, p_start, end, 0.8))
            return roles
        return self.described(doc, title, tail, found)

    def described(self, doc: Doc, title: Title, tail: Tail, found: list[Role]) -> list[Role]:
        """"La présidente du RN se dit ...": a definite title with a complement or a modifier, as a
        subject, names the person who already holds it, else the person named last before."""
        end = max(title.end, min(_core_end(doc, tail.end, title.end), doc[title.head:title.end].root.right_edge.i + 1))
        bare = end == title.end and title.start == title.head and title.end - title.head == 1
        if bare or not _is_subject(doc, title) or not _definite(doc, title):
            return []    # a bare "le président" is left to coreference
        role = self.make_role(doc, title, end, None, title.start, end, 0.5)
        person = _resolve(doc, role, found, title.start)
        if person is None:
            return []
        known = [norm(r.title) for r in found if r.person == person.id]
        if any(t != norm(role.title) and t.startswith(norm(role.title)) for t in known):
            return []    # "le ministre" after "le ministre de la Défense Andriï Taran": nothing new
        role.person = person.id
        return [role]

    def make_role(self, doc: Doc, title: Title, end: int, person: Entity | None, start: int, stop: int,
                  confidence: float) -> Role:
        """A Role from the title tokens [title.start, end), the organisation and the state taken out.

        "de/du + organisation or state" ends the title words ("présidente du groupe CRCE à
        majorité communiste" -> "présidente"); a bare one is only dropped ("candidate LR à la
        mairie de Paris" -> "candidate à la mairie de Paris").
        """
        org = country = None
        words: list[Token] = []
        k = title.start
        while k < end:
            tok = doc[k]
            ent, mention = entity_of_token(doc, tok)
            if k < title.end or ent is None or ent.type not in ("ORG", "GPE") or self._is_title(doc, mention):
                if tok.text not in QUOTES:
                    words.append(tok)
                k += 1
                continue
            if ent.type == "GPE" and mention.kind == "demonym":
                country = country or ent.id
                words.append(tok)
                k += 1
                continue
            if ent.type == "ORG":
                org = org or ent.id
            else:
                country = country or ent.id
            introduced = bool(words) and norm(words[-1].text) in PREPOSITIONS | ARTICLES
            while words and norm(words[-1].text) in PREPOSITIONS | ARTICLES:
                words.pop()
            k = _mention_end(doc, tok)
            if introduced and not _goal(doc, k):
                break
        while words and (words[-1].is_punct or norm(words[-1].text) in PREPOSITIONS | ARTICLES | {"et"}):
            words.pop()
        text = "".join(t.text_with_ws for t in words).strip()
        s, e = doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
        return Role(person=person.id if person else "", title=text, organization=org, country=country,
                    start=s, end=e, former=title.former, confidence=confidence)

    def _is_title(self, doc: Doc, mention) -> bool:
        """True when an ORG mention is itself a title ("ministre des Affaires étrangères")."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and self.head_at(doc, span.start) is not None


def _goal(doc: Doc, k: int) -> bool:
    """"candidate des Républicains à la mairie de Paris": an "à la/au" phrase goes on after the organisation."""
    return k + 1 < len(doc) and (norm(doc[k].text) in ("au", "aux") or
                                 norm(doc[k].text) == "a" and norm(doc[k + 1].text) in ARTICLES)


def _tail_token(tok: Token) -> bool:
    """Can this token continue a title's complement?"""
    if tok.text in QUOTES or tok.text in ("-",):
        return True
    if tok.pos_ == "ADV":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("ADJ", "VERB", "ADP")
    if tok.pos_ == "VERB":
        return tok.morph.get("VerbForm") in (["Part"], ["Inf"]) and not any(c.dep_.startswith("aux") for c in tok.children)
    return tok.pos_ in TAIL_POS and tok.lower_ not in ("qui", "que", "dont")


def _person_at(doc: Doc, tok: Token) -> Entity | None:
    """The PER entity whose name mention starts at this token."""
    ent, mention = entity_of_token(doc, tok)
    if ent is not None and ent.type == "PER" and mention.start == tok.idx and mention.kind in ("name", "acronym"):
        return ent
    return None


def _complement(doc: Doc, tok: Token) -> bool:
    """A name after a preposition ("assistant de Mme Goulard") complements the title, it does not hold it."""
    k = tok.i - 1
    while k >= 0 and doc[k].text in honorifics():
        k -= 1
    return k >= 0 and norm(doc[k].text) in PREPOSITIONS


def _mention_end(doc: Doc, tok: Token) -> int:
    """Token index after the mention that covers this token."""
    _, mention = entity_of_token(doc, tok)
    k = tok.i
    while k < len(doc) and doc[k].idx < mention.end:
        k += 1
    return k


def _person_before(doc: Doc, start: int) -> tuple[Entity, int] | None:
    """"Antonio Vitorino, <title>": the PER whose mention ends just before a comma before the title."""
    k = start - 1
    while k >= 0 and doc[k].pos_ == "DET" and k > start - 2:
        k -= 1
    if k < 1 or doc[k].text != "," or doc[k - 1].sent != doc[start].sent:
        return None
    ent, mention = entity_of_token(doc, doc[k - 1])
    if ent is None or ent.type != "PER" or mention.kind not in ("name", "acronym"):
        return None
    p = k - 1
    while p > 0 and doc[p - 1].idx >= mention.start:
        p -= 1
    return None if _complement(doc, doc[p]) else (ent, p)


def _core_end(doc: Doc, end: int, head_end: int) -> int:
    """Where a title without a name ends: before a phrase that is not "de/à ..." ("sur ses propos")."""
    for k in range(head_end, end):
        if doc[k].pos_ == "ADP" and norm(doc[k].text) not in ("de", "d'", "du", "des", "a", "au", "aux"):
            return k
    return end


def _is_subject(doc: Doc, title: Title) -> bool:
    """The title word heads a subject (or an inverted subject after its verb)."""
    tok = doc[title.end - 1]
    while tok.dep_ in ("amod", "flat", "fixed") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubj:pass"):
        return True
    return tok.dep_ == "obj" and tok.head.i < tok.i and not any(c.dep_ == "nsubj" for c in tok.head.children)


def _is_subject_token(tok: Token) -> bool:
    """The token heads a subject (or stands in apposition to one)."""
    return tok.dep_ in ("nsubj", "nsubj:pass", "appos")


def _definite(doc: Doc, title: Title) -> bool:
    """"le/la/l'" just before the title."""
    return title.start > 0 and norm(doc[title.start - 1].text) in ("le", "la", "l'")


def _resolve(doc: Doc, role: Role, found: list[Role], start: int) -> Entity | None:
    """The person a bare title designates: one already holding it, else the last person named."""
    for r in found:
        if r.person and (r.organization, r.country) == (role.organization, role.country) \
                and norm(r.title).split()[:1] == norm(role.title).split()[:1]:
            return next(e for e in doc._.entities if e.id == r.person)
    sent = doc[start].sent
    before = doc[max(0, sent.start - 1)].sent.start_char, doc[start].idx
    after_end = doc[min(len(doc) - 1, sent.end + 1)].sent.end_char
    named = [(m.start, ent, _is_subject_token(doc.char_span(m.start, m.end, alignment_mode="expand").root))
             for ent in doc._.entities or [] if ent.type == "PER"
             for m in ent.mentions if m.kind in ("name", "acronym")]
    earlier = [(subj, pos, ent) for pos, ent, subj in named if before[0] <= pos < before[1]]
    if earlier:
        return max(earlier, key=lambda x: x[:2])[2]    # subjects first, then the last named
    later = sorted((pos, ent) for pos, ent, subj in named if sent.end_char <= pos < after_end and subj)
    return later[0][1] if later else None    # a lead's "Le ministre de l'Intérieur a ...", named next


def _dedupe(roles: list[Role]) -> list[Role]:
    """One role per person and title: the one that names an organisation or a state, else the most confident."""
    best: dict[tuple, Role] = {}
    rank = lambda r: (r.organization is not None or r.country is not None, r.confidence)  # noqa: E731
    for r in roles:
        key = (r.person, norm(r.title))
        if key not in best or rank(r) > rank(best[key]):
            best[key] = r
    return sorted(best.values(), key=lambda r: r.start)


@Language.factory("veille_roles")
def make_roles(nlp: Language, name: str) -> RoleFinder:
    """Factory of the roles component."""
    return RoleFinder(load_lexicon(nlp))
