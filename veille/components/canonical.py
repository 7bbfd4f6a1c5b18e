"""In-document canonicalisation: mention candidates grouped into entities.

Fills ``doc._.entities`` (ids e1, e2, ... in order of first mention). Mentions
designate the same entity when:

- they normalise alike (``norm``), or denote the same state (ISO code);
- a person's mention is the tail of a fuller name ("Vitorino" -> "Antonio Vitorino");
- an acronym stands for a name: "Organisation ... (OIM)" in the text, the initials
  of the name, or the acronym lexicon;
- a metonym is unambiguous in the article ("le Royaume" with one kingdom named).

``name`` is the fullest proper form; ``aliases`` are the other forms plus the
lexicon's expansion and variants.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from veille import extensions  # noqa: F401
from veille import gazetteer, lexicons
from veille.component import register
from veille.normalize import norm
from veille.record import Entity, Mention
from veille.spans import Candidate, is_acronym, text_of

#: Demonyms create their state's entity only as the adjective of one of these nouns
#: ("le vice-ministre norvégien", "la diplomatie marocaine").
STATE_NOUNS = "state_nouns.txt"


class Group:
    """Mentions of one entity while grouping."""

    def __init__(self, cand: Candidate, text: str):
        self.label = cand.label
        self.code = cand.code
        self.cands: list[tuple[Candidate, str]] = [(cand, text)]
        self.name_hint = text

    def add(self, cand: Candidate, text: str) -> None:
        """Add a mention."""
        self.cands.append((cand, text))

    def names(self) -> list[str]:
        """Texts of the name and acronym mentions."""
        return [t for c, t in self.cands if c.kind in ("name", "acronym")]

    def keys(self) -> set[str]:
        """norm() of every name form."""
        return {norm(t) for t in self.names()}


def initials(name: str) -> str:
    """Initials of the content words of a name ("Organisation internationale pour les migrations" -> "OIM")."""
    small = {"de", "du", "des", "d", "la", "le", "les", "l", "pour", "sur", "et", "en", "aux", "au", "a"}
    words = [w for w in norm(name).replace("'", " ").replace("-", " ").split() if w not in small]
    return "".join(w[0] for w in words).upper()


def _is_tail(short: str, full: str) -> bool:
    """True when a person's short form ends the full name ("Le Pen" of "Marine Le Pen")."""
    s, f = norm(short).split(), norm(full).split()
    return 0 < len(s) < len(f) and f[-len(s):] == s


def _person_key(name: str) -> str:
    """A person's name compared without its hyphens: "Jean-Luc Mélenchon" is "Jean Luc Mélenchon"."""
    return " ".join(norm(name).replace("-", " ").split())


def _other_person(g: Group, text: str) -> bool:
    """True when the group already holds another full name with the same surname but another first name:
    "Salah Abdeslam et son frère Brahim Abdeslam" are two people, whatever "Abdeslam" alone joins."""
    words = norm(text).split()
    return len(words) > 1 and any(
        len(n.split()) > 1 and n.split()[0] != words[0] and not (_is_tail(n, text) or _is_tail(text, n))
        for n in map(norm, g.names()))


def _first_name_of(short: str, full: str) -> bool:
    """True when the short form is the full name's first word ("François" of "François Hollande")."""
    s, f = norm(short).split(), norm(full).split()
    return len(s) == 1 and len(f) > 1 and f[0] == s[0]


def _find_group(groups: list[Group], cand: Candidate, text: str) -> Group | None:
    """The existing group a candidate joins, if any."""
    key = norm(text)
    if cand.code and cand.label == "GPE":
        for g in groups:
            if g.label == "GPE" and g.code == cand.code:
                return g
    for g in reversed(groups):
        if key in g.keys() and _compatible(g.label, cand.label):
            return g
    if cand.label == "PER":
        person = _person_key(text)
        for g in reversed(groups):
            if g.label == "PER" and any(_person_key(n) == person for n in g.names()):
                return g
        for g in reversed(groups):
            if g.label == "PER" and any(_is_tail(text, n) or _is_tail(n, text) for n in g.names()) \
                    and not _other_person(g, text):
                return g
        heads = [g for g in groups if g.label == "PER" and any(_first_name_of(text, n) for n in g.names())]
        if len(heads) == 1:  # "Kim" of "Kim Jong Un", "Moon" of "Moon Jae-in"
            return heads[0]
    if cand.kind == "acronym" or is_acronym(text):
        for g in groups:
            if g.label != "PER" and any(len(n) > len(text) and initials(n) == text.upper() for n in g.names()):
                return g
    if len(key.split()) == 1 and cand.label not in ("PER", "GPE"):
        for g in reversed(groups):  # "ce Pacte" after "Pacte mondial sur les migrations"
            if g.label == cand.label and any(norm(n).split()[0] == key for n in g.names()):
                return g
    k = gazetteer.known(text)
    if k:
        forms = {norm(f) for f in k.forms}
        for g in groups:
            if g.keys() & forms and _compatible(g.label, cand.label):
                return g
    return None


def _civility_gender(doc: Doc, cand: Candidate) -> str | None:
    """m/f of the title of address right before a mention ("Mme Fillon": f), else None."""
    if cand.start == 0:
        return None
    return gazetteer.civilities().get(doc[cand.start - 1].lower_)


def _first_name_gender(g: Group) -> str | None:
    """m/f of the first name of a group's fullest name, from the first-name list."""
    name = max(g.names(), key=len) if g.names() else ""
    return gazetteer.person_gender(name) if len(name.split()) >= 2 else None


def _by_civility(doc: Doc, groups: list[Group], cand: Candidate, text: str) -> tuple[bool, Group | None]:
    """"M. Fillon" / "Mme Fillon" with François and Penelope Fillon in the article: the surname after a title of
    address goes to the latest person of that surname whose first name has the title's gender; when every such
    person's first name has the other gender, it is another person ("Mme Fillon" with François Fillon alone).
    Returns (decided, group), group None for a new person."""
    gender = _civility_gender(doc, cand) if cand.label == "PER" else None
    if gender is None:
        return False, None
    persons = [g for g in reversed(groups)
               if g.label == "PER" and any(_is_tail(text, n) or norm(n) == norm(text) for n in g.names())]
    genders = [_first_name_gender(g) for g in persons]
    if gender in genders:
        return True, persons[genders.index(gender)]
    return bool(persons) and all(x is not None for x in genders), None


def _compatible(a: str, b: str) -> bool:
    """Types that may designate the same entity (MISC joins anything; GPE and LOC go together)."""
    return a == b or "MISC" in (a, b) or {a, b} <= {"GPE", "LOC"}


def _parenthesised(doc: Doc, cands: list[Candidate]) -> dict[int, int]:
    """Candidate index of a "(...)" name right after another name -> index of that name:
    "Organisation internationale pour les migrations (OIM)", "Pacte mondial ... (Pacte de Marrakech)"."""
    links = {}
    for i, c in enumerate(cands[1:], 1):
        prev = cands[i - 1]
        if (c.start >= 1 and doc[c.start - 1].text == "(" and c.end < len(doc) and doc[c.end].text == ")"
                and prev.end == c.start - 1 and prev.kind == "name" and prev.label != "PER"
                and _compatible(prev.label, c.label)):
            links[i] = i - 1
    return links


def _state_noun_demonym(doc: Doc, cand: Candidate) -> bool:
    """True when a demonym qualifies a noun that stands for its state."""
    tok = doc[cand.start]
    nouns = lexicons.words(STATE_NOUNS)
    head = tok.head
    return tok.dep_ in ("amod", "nmod", "appos") and (head.lemma_.lower() in nouns or head.lower_ in nouns)


def surnames_first(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A lone word that is the surname of a person named in full in the article is that person
    ("Hollande" after "François Hollande", not the Netherlands)."""
    surnames = {doc[c.end - 1].text for c in cands if c.label == "PER" and c.end - c.start > 1}
    return [Candidate(c.start, c.end, "PER", "name", None, c.confidence)
            if c.end - c.start == 1 and c.label != "PER" and doc[c.start].text in surnames and c.kind != "demonym"
            else c for c in cands]


def group_mentions(doc: Doc, cands: list[Candidate]) -> list[Group]:
    """Group the candidates of a document into entities."""
    cands = surnames_first(doc, cands)
    groups: list[Group] = []
    owner: dict[int, Group] = {}
    links = _parenthesised(doc, cands)
    deferred: list[Candidate] = []
    for i, c in enumerate(cands):
        text = _name_text(doc, c)
        if c.kind in ("demonym", "metonym"):
            deferred.append(c)
            continue
        g = owner.get(links[i]) if i in links else None
        if g is None:
            decided, g = _by_civility(doc, groups, c, text)
            g = g if decided else _find_group(groups, c, text)
        if g is None:
            g = Group(c, text)
            groups.append(g)
        else:
            g.add(c, text)
            if g.label == "MISC" and c.label != "MISC":
                g.label = c.label
            g.code = g.code or c.code
        owner[i] = g
    founding = [c for c in deferred if c.kind == "demonym" and _state_noun_demonym(doc, c)]
    for c in founding + [c for c in deferred if c not in founding]:    # "l'attitude américaine [...] l'ambassadrice
        _attach(doc, groups, c)                                          # américaine": the second makes the state
    return groups


def _attach(doc: Doc, groups: list[Group], c: Candidate) -> None:
    """Attach a demonym or metonym to its state's entity (creating it only when warranted)."""
    text = doc[c.start:c.end].text
    if c.kind == "metonym" and c.code == "KINGDOM":
        kingdoms = [g for g in groups if g.label == "GPE" and g.code and _is_kingdom(g.code)]
        if len(kingdoms) == 1:
            kingdoms[0].add(Candidate(c.start, c.end, "GPE", "name", kingdoms[0].code, 0.7), text)
        return
    target = [g for g in groups if g.label == "GPE" and g.code == c.code]
    if c.kind == "metonym":
        if target:
            target[0].add(Candidate(c.start, c.end, "GPE", "name", c.code, 0.7), text)
        return
    if target:
        target[0].add(c, text)
    elif _state_noun_demonym(doc, c):
        country = gazetteer.countries()[c.code]
        g = Group(Candidate(c.start, c.end, "GPE", "demonym", c.code, 0.8), text)
        g.name_hint = country.name
        groups.append(g)


#: A word glued to a first name by a lost paragraph break: "les dividendesEmmanuel Macron", "par BFMTVEmmanuel",
#: a capitalised subheading "FISCALITÉEmmanuel Macron".
GLUED = re.compile(r"^(.*?(?:[a-zà-ÿ0-9)]|[A-ZÀ-ÖØ-Þ]{2,}))([A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?)$")


def _name_text(doc: Doc, cand: Candidate) -> str:
    """A candidate's text; for a person whose first name a lost paragraph break glued to the word before
    ("les dividendesEmmanuel Macron", "par BFMTVEmmanuel Macron", "DE VALLS APPRÉCIÉManuel Valls"), from the first
    name on, whether or not the candidate holds the glued token."""
    span = doc[cand.start:cand.end]
    if cand.label != "PER":
        return span.text
    for tok in reversed(span[:-1]):  # the subheading glued to the name may be several words: "DE VALLS APPRÉCIÉManuel"
        glued = GLUED.match(tok.text)
        if glued is not None and glued.group(2) in gazetteer.first_names():
            return text_of(doc)[tok.idx + len(glued.group(1)):span.end_char]
    before = doc[cand.start - 1] if cand.start else None
    glued = GLUED.match(before.text) if before is not None and before.whitespace_ else None
    if glued is not None and glued.group(2) in gazetteer.first_names():
        return text_of(doc)[before.idx + len(glued.group(1)):span.end_char]
    return span.text


def _is_kingdom(code: str) -> bool:
    """True for states called "le Royaume" in their press."""
    country = gazetteer.countries().get(code)
    return bool(country and country.kingdom)


def _canonical_name(g: Group) -> str:
    """The fullest proper form: the longest name mention (else the state's name)."""
    names = [t for c, t in g.cands if c.kind == "name"] or g.names()
    if not names:
        return g.name_hint
    if g.label == "GPE" and g.code:
        country = gazetteer.countries().get(g.code)
        if country and any(norm(n) in {norm(x) for x in country.names} for n in names):
            return max(names, key=lambda n: (norm(n) == norm(country.name), len(n)))
    return max(names, key=len)


def build_entities(doc: Doc, groups: list[Group]) -> list[Entity]:
    """Record entities from groups, ids in order of first mention."""
    groups = sorted(groups, key=lambda g: min(c.start for c, _ in g.cands))
    out = []
    for n, g in enumerate(groups, 1):
        name = _canonical_name(g)
        aliases: list[str] = []
        for c, t in sorted(g.cands, key=lambda ct: ct[0].start):
            if c.kind != "demonym" and norm(t) != norm(name) and t not in aliases:
                aliases.append(t)
        extra = []
        if g.label == "GPE" and g.code:
            country = gazetteer.countries().get(g.code)
            extra = list(country.names) + [g.code] if country else []
        else:
            k = next((gazetteer.known(t) for t in g.names() if gazetteer.known(t)), None)
            if k:
                extra = list(k.forms)
        for a in extra:
            if norm(a) != norm(name) and a not in aliases:
                aliases.append(a)
        mentions = []
        for c, t in sorted(g.cands, key=lambda ct: ct[0].start):
            span = doc[c.start:c.end]
            kind = c.kind if c.kind in ("name", "acronym", "demonym") else "name"
            mentions.append(Mention(start=span.end_char - len(t), end=span.end_char, kind=kind, text=t,
                                    confidence=c.confidence))
        conf = max(c.confidence for c, _ in g.cands)
        out.append(Entity(id=f"e{n}", type=g.label, name=name, aliases=aliases,
                          country=g.code if g.label == "GPE" else None, mentions=mentions, confidence=conf))
    return out


def fill_entities(doc: Doc) -> None:
    """Sets ``doc._.entities`` from ``doc._.mentions``."""
    doc._.entities = build_entities(doc, group_mentions(doc, doc._.mentions or []))


register("veille_canonical", fill_entities, assigns=["doc._.entities"], requires=["doc._.mentions"])
