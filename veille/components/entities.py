"""Entity mentions: spaCy's NER, corrected and enriched; fills ``doc._.mentions``.

Each step is one plain function over token-level candidates:

- ``clean``: determiners, demonstratives, honorifics and punctuation off the edges;
  title phrases ("ministre des Affaires étrangères") and "Etat" are not entities;
- ``split_coordination``: "ce Pacte et la Stratégie nationale ..." is two things;
- ``extend``: "Conférence mondiale" + "sur la migration" is one name when its head
  noun ("conférence") starts named entities (lexicon ``entity_heads.tsv``);
- ``retype``: states are GPE (``countries.tsv``), a capital the recogniser took for a surname a place,
  acronyms take their lexicon type, heads give EVENT/POLICY/ORG/LOC;
- ``first_name_mentions``: persons NER missed, a known first name and a capitalised surname;
- ``gazetteer_mentions``: states, metonyms and known acronyms NER missed, and the known names a
  NER span glues together ("Sénat LR");
- ``demonym_mentions``: "marocaine", "les Norvégiens" become demonym mentions of
  their state, never LOC entities;
- ``names_a_thing``: the surname of "l'affaire Fillon", "le médaillé Fields" names the affair or the prize
  (MISC), not the person.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from veille import extensions  # noqa: F401
from veille import gazetteer, lexicons
from veille.component import Component
from veille.normalize import norm, unify
from veille.spans import Candidate, is_acronym

NER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "GPE": "GPE"}
MAX_EXTENSION = 8


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """A lexicon of lowercase words."""
    return frozenset(w.lower() for w in lexicons.words(name))


def clean(doc: Doc, c: Candidate) -> Candidate | None:
    """Trim edges; None when what remains is not a name."""
    edge = _words("entity_edge_words.txt")
    honor = gazetteer.honorific_keys()
    start, end = c.start, c.end

    def is_edge(tok) -> bool:
        # In a person's name, capitalised particles are part of it ("Le Pen", "De Gaulle").
        if c.label == "PER" and not tok.is_lower and end - start > 1 and doc[tok.i + 1].text[:1].isupper():
            return tok.lower_ in honor
        return unify(tok.lower_) in edge or tok.lower_ in honor or tok.is_punct

    while start < end and is_edge(doc[start]):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in ")!" or doc[end - 1].is_space
                           or doc[end - 1].is_lower and doc[end - 1].pos_ in ("VERB", "AUX", "ADV", "PRON", "DET")
                           or doc[end - 1].is_lower and "Part" in doc[end - 1].morph.get("VerbForm")
                           or _trailing_weekday(doc, start, end)):
        end -= 1
    end = _before_lowercase_tail(doc, start, end)
    if start >= end:
        return None
    span = doc[start:end]
    if starts_with_title(span) or c.label != "PER" and is_portfolio(doc, span):
        return None
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return None
    if len(span) == 1 and (norm(span.text) in _words("not_entities.txt") or is_local_demonym(span.text, c.label)):
        return None
    first = span[0]
    if first.is_lower and first.lower_ not in gazetteer.entity_heads() and c.label != "PER":
        return None
    return Candidate(start, end, c.label, c.kind, c.code, c.confidence)


def _before_lowercase_tail(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when NER ran on into the sentence: "Sénat le week-end" -> "Sénat" (an article
    that no preposition introduces, with only lowercase words after it, is not part of a name)."""
    for k in range(start + 1, end):
        tok = doc[k]
        if tok.lower_ in ("le", "la", "les") and doc[k - 1].pos_ != "ADP" and not doc[k - 1].is_lower \
                and all(t.is_lower or t.is_punct for t in doc[k:end]):
            return k
    return end


_LOCAL_DEMONYM = re.compile(r"(?:ois|oises|ais|aises|iens|iennes|ains|aines|éens|éennes)$")


def is_local_demonym(text: str, label: str) -> bool:
    """Inhabitants of a city or region ("Niçois", "Parisiens") are not places."""
    return (label in ("LOC", "MISC") and text[:1].isupper() and bool(_LOCAL_DEMONYM.search(text))
            and gazetteer.find_city(text) is None and gazetteer.country_by_name(text) is None)


def starts_with_title(span: Span) -> bool:
    """True for title phrases NER takes for names: "président de la République", "Premier ministre"."""
    words = [t.lower_ for t in span]
    titles = gazetteer.title_words()
    return any(" ".join(words[:n]) in titles for n in range(1, min(4, len(words)) + 1))


def is_portfolio(doc: Doc, span: Span) -> bool:
    """True for the capitalised portfolio of a minister's title: "ministre chargé de la Ville et du Logement",
    "ministre de l'Intérieur" (the ministry itself, "ministère de l'Intérieur", is an entity)."""
    glue = _words("portfolio_glue.txt")
    i = span.start - 1
    while i >= 0 and span.start - i <= 10:
        tok = doc[i]
        low = unify(tok.lower_)
        if low in gazetteer.title_words() or low in gazetteer.portfolio_titles():
            return low in gazetteer.portfolio_titles()
        if low in glue or tok.text[:1].isupper() and not tok.is_sent_start:
            i -= 1
            continue
        return False
    return False


def split_person(doc: Doc, c: Candidate) -> list[Candidate]:
    """Split a person glued to what precedes it: "ministère de l'Intérieur Süleyman Soylu",
    "Justice Nicole Belloubet", "Sao Paulo Bruno Covas", "AFP Kyaw Min", a known organisation ending on a lowercase
    word ("Rassemblement national Marine Le Pen") -> the first part, and a PER from the
    first name on (a first name and a surname closing the span are preferred); a person glued to the person of
    the title before it (:func:`_split_complement`)."""
    names = gazetteer.first_names()
    if c.label == "PER":
        return _split_complement(doc, c, names)
    cuts = [i for i in range(c.start + 1, c.end - 1)
            if doc[i].text in names and doc[i + 1].text[:1].isupper()
            and (doc[i - 1].is_punct or doc[i - 1].text[:1].isupper() and not doc[i - 1].is_lower
                 or gazetteer.known(doc[c.start:i].text) is not None)]
    rest = doc[c.start + 1:c.end]
    if not cuts and 2 <= len(rest) <= 3 and all(t.is_title for t in rest) and is_portfolio(doc, doc[c.start:c.end]):
        cuts = [c.start + 1]  # "ministre de l'Intérieur" + "Süleyman Soylu"
    if 2 <= len(rest) <= 4 and gazetteer.is_medium(doc[c.start].text) \
            and all(t.text[:1].isupper() or "-" in (t.text, doc[t.i - 1].text) for t in rest):
        cuts = [c.start + 1]  # "a déclaré à l'AFP Kyaw Min": the agency, then its interlocutor
    if not cuts:
        return [c]
    cut = c.end - 2 if c.end - 2 in cuts else next((i for i in cuts if doc[i - 1].text not in names), None)
    if cut is None:
        return [c]
    return [Candidate(c.start, cut, c.label, c.kind, c.code, c.confidence),
            Candidate(cut, c.end, "PER", "name", None, c.confidence)]


def _split_complement(doc: Doc, c: Candidate, names: dict[str, str]) -> list[Candidate]:
    """Two persons the recogniser glued after the "de" of a title: "le conseiller de Boris Johnson Dominic Cummings"
    -> "Boris Johnson", "Dominic Cummings" (the span opens on a first name and two words, and a first name and a
    capitalised word close it)."""
    cut = c.end - 2
    if c.start == 0 or unify(doc[c.start - 1].lower_) not in ("de", "d'", "du", "des") or cut <= c.start + 1 \
            or doc[c.start].text not in names or doc[cut].text not in names or not doc[cut + 1].text[:1].isupper():
        return [c]
    return [Candidate(c.start, cut, "PER", "name", None, c.confidence),
            Candidate(cut, c.end, "PER", "name", None, c.confidence)]


def split_coordination(doc: Doc, c: Candidate) -> list[Candidate]:
    """Split "X et la Y" (a coordination of two capitalised names) into two candidates."""
    span = doc[c.start:c.end]
    for tok in span[1:-1]:
        if tok.lower_ in ("et", "ou") and tok.i + 1 < c.end:
            nxt = doc[tok.i + 1]
            after = doc[tok.i + 2] if nxt.norm_ in ("le", "la", "les", "l'") and tok.i + 2 < c.end else nxt
            if after.text[:1].isupper():
                left = clean(doc, Candidate(c.start, tok.i, c.label, c.kind, c.code, c.confidence))
                right = clean(doc, Candidate(after.i, c.end, c.label, c.kind, c.code, c.confidence))
                return [x for x in (left, right) if x]
    return [c]


def head_type(span: Span) -> str | None:
    """The type given by the span's first noun when it is a known entity head."""
    heads = gazetteer.entity_heads()
    for tok in span:
        low = tok.lower_
        if low in heads:
            return heads[low]
        if tok.pos_ in ("NOUN", "PROPN") and not tok.is_upper:
            return heads.get(tok.lemma_.lower())
    return None


def _complement_end(doc: Doc, i: int) -> int:
    """End of a prepositional complement starting at token i ("sur les migrations",
    "d'immigration et d'asile", "du PS"), or i when there is none."""
    preps = gazetteer.name_prepositions()
    end = i
    j = i
    while j < len(doc) and j - i < MAX_EXTENSION:
        tok = doc[j]
        if unify(tok.text) not in preps or tok.is_sent_start or not doc[j - 1].whitespace_:
            break
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "DET" and doc[k].norm_ in ("la", "le", "les", "l'"):
            k += 1
        if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[k].is_punct \
                or doc[k].lower_ in _date_words("date_months.tsv") or _starts_person(doc, k):
            break  # a date, a person is no part of a name: "la Cour de cassation de novembre 2019"
        k += 1
        while k < len(doc) and doc[k].pos_ == "ADJ" and not doc[k].text[:1].isupper():
            k += 1
        end = j = k
        if j + 2 < len(doc) and doc[j].lower_ == "et" and end > i:
            nxt = unify(doc[j + 1].lower_)
            if nxt in ("d'", "de", "des", "du"):  # "d'immigration et d'asile"
                j += 1
            elif nxt in ("la", "le", "les", "l'") and doc[j + 2].is_lower and doc[j + 2].pos_ == "NOUN":
                end = j = _noun_group_end(doc, j + 2)  # "contre la corruption et les infractions financières"
    return end


def _starts_person(doc: Doc, k: int) -> bool:
    """True where a person's title or a first name and a surname start at token k: the complement is whose the
    thing is, not its name ("le conseil d'Emmanuel Macron", "le parti Fatah du président Abbas", "de l'ex-Premier
    ministre")."""
    word = doc[k].lower_.removeprefix("ex-")
    titles = gazetteer.title_words()
    if word in titles or k + 1 < len(doc) and f"{word} {doc[k + 1].lower_}" in titles:
        return True
    return doc[k].text in gazetteer.first_names() and k + 1 < len(doc) and doc[k + 1].is_title


@lru_cache(maxsize=None)
def _date_words(name: str) -> frozenset[str]:
    """The words of a date lexicon: month names (``date_months.tsv``), weekday names (``date_weekdays.tsv``)."""
    return frozenset(row["word"] for row in lexicons.table(name))


def _trailing_weekday(doc: Doc, start: int, end: int) -> bool:
    """A lowercase weekday NER ran on to, the date of the sentence ("la Cour de cassation mardi", "sur CNews
    mercredi"), not one a preposition ties to the name ("Le Journal du dimanche")."""
    last = doc[end - 1]
    return end - start > 1 and last.is_lower and last.lower_ in _date_words("date_weekdays.tsv") \
        and doc[end - 2].lower_ not in ("du", "de", "des")


def _noun_group_end(doc: Doc, k: int) -> int:
    """End of a lowercase noun and its lowercase adjectives ("infractions financières et fiscales")."""
    k += 1
    while k < len(doc) and (doc[k].pos_ == "ADJ" and doc[k].is_lower
                            or doc[k].lower_ == "et" and k + 1 < len(doc) and doc[k + 1].pos_ == "ADJ"):
        k += 1
    return k


HYPHENS = ("-", "\u2010", "\u2011")


def attach_hyphenated(doc: Doc, c: Candidate) -> Candidate:
    """Take in the rest of a hyphenated name the tokenizer split: "Daniel Cohn" + "-Bendit", "Jorge-" + "Mario
    Cabrera", "Hans-" + "Georg Maassen"."""
    start, end = c.start, c.end
    while (end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
        end += 2
    while (start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_
           and not doc[start - 2].whitespace_ and doc[start - 2].is_title and doc[start - 2].is_alpha):
        start -= 2
    return Candidate(start, end, c.label, c.kind, c.code, c.confidence) if (start, end) != (c.start, c.end) else c


def extend(doc: Doc, c: Candidate) -> Candidate:
    """Extend a named institution/event/policy over its prepositional complement."""
    if c.label == "PER" or c.kind != "name" or head_type(doc[c.start:c.end]) is None:
        return c
    end = c.end
    while (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ" and doc[end - 1].whitespace_
           and "Part" not in doc[end].morph.get("VerbForm")):
        end += 1  # "Conseil" + "constitutionnel", "Assemblée" + "nationale"
    end = _complement_end(doc, end)
    return Candidate(c.start, end, c.label, c.kind, c.code, c.confidence) if end > c.end else c


def with_head(doc: Doc, c: Candidate) -> Candidate:
    """Take in the capitalised institution noun NER left out before "de" + a place: "Mutuelles de" +
    "Bretagne", "Tribunal de" + "Nanterre" (heads of ``lexicons/entity_heads.tsv``)."""
    if c.label not in ("LOC", "GPE") or c.start < 2 or doc[c.start - 1].norm_ not in ("de", "du", "d'"):
        return c
    head = doc[c.start - 2]
    if not head.is_title or head_type(doc[head.i:head.i + 1]) is None \
            or head.i > 0 and doc[head.i - 1].is_title and not doc[head.i - 1].is_sent_start:
        return c
    return Candidate(head.i, c.end, "ORG", "name", None, c.confidence)


def looks_like_person(span: Span) -> bool:
    """A known first name followed by one or two capitalised words ("Vikash Dhorasoo")."""
    return (2 <= len(span) <= 3 and span[0].text in gazetteer.first_names()
            and all(t.text[:1].isupper() and not t.is_upper for t in span) and head_type(span) is None)


def lone_given_name(doc: Doc, span: Span) -> bool:
    """ "confie Mauricio, en route vers un hôpital", "explique Ruth": a given name of ``first_names.tsv`` alone,
    without an article or a preposition, the subject of a verb, is a person the recogniser may have taken for a
    MISC or an ORG (a place keeps its type: "Florence", "Nancy" are given names too)."""
    return (len(span) == 1 and span.text in gazetteer.first_names() and span[0].dep_ == "nsubj"
            and not (span.start > 0 and doc[span.start - 1].pos_ in ("DET", "ADP")))


def holder_surname(doc: Doc, span: Span) -> bool:
    """"Hollande n'a pas tenu": the surname alone, without an article, of someone who held a state's top
    office (``lexicons/office_holders.tsv``) is that person, not a place ("la Hollande")."""
    return len(span) == 1 and norm(span.text) in gazetteer.holder_surnames() \
        and not (span.start > 0 and doc[span.start - 1].pos_ in ("DET", "ADP"))


def after_title(doc: Doc, span: Span) -> bool:
    """Two or three capitalised words right after a person's title and its adjectives ("l'ancien footballeur
    international Vikash Dhorasoo"): a person's name, whatever NER says."""
    k = span.start - 1
    while k >= 0 and span.start - k <= 3 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    return (k >= 0 and doc[k].lower_ in gazetteer.title_words() and 2 <= len(span) <= 3
            and all(t.is_title for t in span) and head_type(span) is None)


def before_title(doc: Doc, span: Span) -> bool:
    """One to three capitalised words set before an indefinite person's title in apposition ("Michalis, un
    employé des services d'asile", "Elahe, une enseignante", "Yasmine, une étudiante"), or two or three before a bare
    one ("Aferdita Onuzi, anthropologue", "Leif-Eric Easley, professeur à l'université"): a person's name, whatever
    NER says."""
    k = span.end
    if not (1 <= len(span) <= 3 and all(t.is_title for t in span) and k + 2 < len(doc) and doc[k].text == ","):
        return False
    if doc[k + 1].lower_ in ("un", "une"):
        k += 2
        if doc[k].pos_ == "ADJ" and doc[k].is_lower and k + 1 < len(doc):
            k += 1
    elif len(span) >= 2 and doc[k + 1].is_lower:
        k += 1
    else:
        return False
    return doc[k].lower_ in gazetteer.title_words() and head_type(span) is None


def with_surname(doc: Doc, c: Candidate) -> Candidate:
    """Take in the end of a person's name NER cut after a particle ("Renaud Van" + "Ruymbeke"): a
    capitalised proper noun right after the name, inside the same sentence, that starts no known name."""
    end = c.end
    if c.label != "PER" or end >= len(doc) or doc[end].is_sent_start:
        return c
    nxt = doc[end]
    if nxt.is_title and nxt.pos_ == "PROPN" and doc[end - 1].whitespace_ and nxt.text not in gazetteer.first_names() \
            and gazetteer.known(nxt.text) is None and gazetteer.country_by_name(nxt.text) is None \
            and doc[end - 1].lower_ in gazetteer.name_particles():
        return Candidate(c.start, end + 1, c.label, c.kind, c.code, c.confidence)
    return c


def with_first_name(doc: Doc, c: Candidate) -> Candidate:
    """Take in a first name NER left out before a person's name ("Marine" + "Le Pen")."""
    if (c.label == "PER" and c.start > 0 and doc[c.start - 1].text in gazetteer.first_names()
            and (c.start < 2 or not doc[c.start - 2].is_title)):
        return Candidate(c.start - 1, c.end, c.label, c.kind, c.code, c.confidence)
    return c


def retype(doc: Doc, c: Candidate) -> Candidate:
    """Fix the type from the gazetteers: states, acronyms, head nouns."""
    span = doc[c.start:c.end]
    text = span.text
    country = gazetteer.country_by_name(text)
    if country and c.kind == "name":
        return Candidate(c.start, c.end, "GPE", "name", country.code, max(c.confidence, 0.95))
    k = gazetteer.known(text)
    if k:
        kind = "acronym" if is_acronym(text) else "name"
        return Candidate(c.start, c.end, k.type, kind, k.country, max(c.confidence, 0.9))
    if c.label == "PER" and len(span) == 1 and gazetteer.country_by_capital(text) and not _named_person(doc, text):
        return Candidate(c.start, c.end, "LOC", c.kind, c.code, c.confidence)    # "Washington a imposé des sanctions"
    if is_acronym(text) and c.label in ("LOC", "MISC", "PER"):
        return Candidate(c.start, c.end, "ORG", "acronym", None, c.confidence * 0.9)
    if is_acronym(text):
        return Candidate(c.start, c.end, c.label, "acronym", c.code, c.confidence)
    if c.label != "PER" and (looks_like_person(span) or after_title(doc, span) or holder_surname(doc, span)
                             or c.label in ("MISC", "ORG") and lone_given_name(doc, span)
                             or c.label in ("MISC", "LOC") and before_title(doc, span)):
        return Candidate(c.start, c.end, "PER", "name", None, c.confidence)
    if c.label in ("LOC", "MISC") and c.start > 0 and doc[c.start - 1].lower_ in _words("organization_nouns.txt"):
        return Candidate(c.start, c.end, "ORG", c.kind, c.code, c.confidence)    # "le groupe Hefazat-e-Islam"
    ht = head_type(span)
    if ht and (c.label != "PER" or span[0].lower_ in gazetteer.entity_heads()):
        return Candidate(c.start, c.end, ht, c.kind, c.code, max(c.confidence, 0.85))
    return c


def _named_person(doc: Doc, word: str) -> bool:
    """True when ``word`` is a given name ("Sofia", "Victoria") or the article writes it after a given name or a
    civility ("Denzel Washington", "M. Washington"): a person's name, not the capital it also spells."""
    names, civilities = gazetteer.first_names(), gazetteer.civilities()
    return word in names or any(t.text == word and t.i > 0 and (doc[t.i - 1].text in names
                                                                or doc[t.i - 1].lower_ in civilities) for t in doc)


def build_matcher(nlp: Language) -> PhraseMatcher:
    """Phrase matcher over state names, metonyms and known acronyms."""
    m = PhraseMatcher(nlp.vocab, attr="ORTH")
    m.add("GPE", [nlp.make_doc(n) for n in set(gazetteer.country_names()) if n[:1].isupper()])
    m.add("METONYM", [nlp.make_doc(f) for f in gazetteer.metonym_forms()])
    m.add("KNOWN", [nlp.make_doc(f) for f in gazetteer.known_forms()])
    return m


def gazetteer_mentions(doc: Doc, matcher: PhraseMatcher) -> list[Candidate]:
    """States, metonyms and known acronyms found by the gazetteers."""
    out = []
    for match_id, start, end in matcher(doc):
        label = doc.vocab.strings[match_id]
        text = doc[start:end].text
        if label == "GPE":
            out.append(Candidate(start, end, "GPE", "name", gazetteer.country_by_name(text).code, 0.95))
        elif label == "METONYM":
            target, typ = gazetteer.metonyms()[norm(text)]
            out.append(Candidate(start, end, typ, "metonym", target, 0.7))
        else:
            k = gazetteer.known(text)
            out.append(Candidate(start, end, k.type, "acronym" if is_acronym(text) else "name", k.country, 0.9))
    return out


def demonym_mentions(doc: Doc) -> list[Candidate]:
    """Demonyms and nationality adjectives as mentions of their state."""
    out = []
    for tok in doc:
        if not tok.is_alpha and "-" not in tok.text:
            continue
        country = gazetteer.country_by_demonym(tok.text)
        if country is None:
            continue
        # "Français"/"Marocains" as nouns are capitalised; adjectives are lowercase.
        if tok.text[:1].isupper() and tok.i > 0 and not tok.is_sent_start and tok.pos_ == "ADJ":
            continue
        out.append(Candidate(tok.i, tok.i + 1, "GPE", "demonym", country.code, 0.9))
    return out


def _overlaps(a: Candidate, b: Candidate) -> bool:
    """True when two candidates share a token."""
    return a.start < b.end and b.start < a.end


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: demonyms first, then the longest, the surest."""
    order = sorted(cands, key=lambda c: (c.kind != "demonym", -(c.end - c.start), -c.confidence, c.start))
    kept: list[Candidate] = []
    taken: set[int] = set()    # the tokens of the kept candidates
    for c in order:
        if taken.isdisjoint(range(c.start, c.end)):
            kept.append(c)
            taken.update(range(c.start, c.end))
    return sorted(kept, key=lambda c: c.start)


def _ner_candidates(doc: Doc) -> list[Candidate]:
    """spaCy's entities as candidates (demonym tokens left to demonym_mentions)."""
    out = []
    for ent in doc.ents:
        label = NER_LABELS.get(ent.label_)
        if label is None:
            continue
        if len(ent) == 1 and gazetteer.country_by_demonym(ent.text):
            continue
        out.append(Candidate(ent.start, ent.end, label, "name", None, 0.8))
    return out


def lowercase_head_mentions(doc: Doc) -> list[Candidate]:
    """Institutions written with a lowercase head: "ministère de l'Intérieur", "parquet de Paris"."""
    heads = gazetteer.lowercase_heads()
    out = []
    for tok in doc:
        if tok.is_lower and tok.lower_ in heads:
            k, code = tok.i + 1, None
            while k < len(doc) and k - tok.i <= 2 and doc[k].is_lower and doc[k].is_alpha \
                    and (doc[k].pos_ == "ADJ" or gazetteer.country_by_demonym(doc[k].text)):
                code = code or getattr(gazetteer.country_by_demonym(doc[k].text), "code", None)
                k += 1  # "ministère chinois des Affaires étrangères", "tribunal correctionnel de Paris"
            if k > tok.i + 1 and (k >= len(doc) or unify(doc[k].lower_) not in ("de", "des", "du", "d'")):
                continue  # after an adjective, only a "de" complement: not "le consulat indien aux Emirats"
            end = _capitalised_complements_end(doc, k, _complement_end(doc, k))
            if end > k:
                out.append(Candidate(tok.i, end, "ORG", "name", code, 0.75))
    return out


def _capitalised_complements_end(doc: Doc, start: int, end: int) -> int:
    """End of the complements of doc[start:end] up to the last one holding a capital: a lowercase name's
    complements name it ("de la Transition écologique", "de Bobigny", "de la Cour de cassation"), a lowercase one
    that another preposition than "de" opens after them does not ("le tribunal correctionnel de Bobigny pour
    rébellion")."""
    preps = gazetteer.name_prepositions() - {"de", "du", "des", "d'"}
    for p in range(end - 1, start - 1, -1):
        if p == start or unify(doc[p].text) in preps:
            if any(t.text[:1].isupper() for t in doc[p:end]):
                break
            end = p
    return end


def first_name_mentions(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Persons NER missed: a known first name and one or two capitalised surname words (with their
    particles) outside any other mention ("Marine Le Pen et ses acolytes")."""
    names, particles = gazetteer.first_names(), gazetteer.name_particles()
    taken = {i for c in found for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        if tok.i in taken or tok.text not in names or not tok.is_title:
            continue
        end, k = tok.i + 1, tok.i + 1
        while k < min(len(doc), tok.i + 4) and k not in taken:
            word = doc[k]
            if word.lower_ in particles and k + 1 < len(doc) and doc[k + 1].is_title:
                k += 1
            elif word.is_title and word.is_alpha and _surname(word.text):
                end = k = k + 1
            else:
                break
        if end > tok.i + 1:
            out.append(Candidate(tok.i, end, "PER", "name", None, 0.6))
    return out


#: The lowercase qualifiers read between an organisation noun and the name it announces.
ANNOUNCING_QUALIFIERS = 3


def announced_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Organisations NER missed: the capitalised words (up to four) that an organisation noun of
    ``organization_nouns.txt`` announces past its lowercase qualifiers, adjectives or "de" + a noun ("le syndicat de
    police Alliance", "l'agence étatique ANI", "la compagnie hongroise low-cost Wizz Air"); not a name after a
    preposition ("le groupe de Pakistanais", "le parti du Premier ministre"), a demonym, a given name or a title."""
    nouns = _words("organization_nouns.txt")
    taken = {i for c in found for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        if not tok.is_lower or tok.lower_ not in nouns:
            continue
        k, qualifiers = tok.i + 1, 0
        while k + 1 < len(doc) and qualifiers < ANNOUNCING_QUALIFIERS:
            if doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text[:1].isalpha():
                k += 1
            elif doc[k].lower_ in ("de", "d'") and doc[k + 1].is_lower and doc[k + 1].pos_ in ("NOUN", "ADJ"):
                k += 2
            else:
                break
            qualifiers += 1
        end = k
        while end < min(len(doc), k + 4) and end not in taken and (doc[end].is_title or doc[end].is_upper) \
                and doc[end].text[:1].isalpha() and (end == k or doc[end - 1].whitespace_ or doc[end - 1].text[-1] in "'-"):
            end += 1    # "Condé Nast", "Sant'Egidio"
        if qualifiers and end > k and doc[end - 1].pos_ not in ("DET", "ADP") \
                and doc[k].text not in gazetteer.first_names() and _surname(doc[k].text) \
                and gazetteer.country_by_demonym(doc[k].text) is None:
            out.append(Candidate(k, end, "ORG", "name", None, 0.6))
    return out


def _surname(word: str) -> bool:
    """A capitalised word that may be a surname: not a state, a known organisation or a title."""
    return gazetteer.country_by_name(word) is None and gazetteer.known(word) is None \
        and word.lower() not in gazetteer.title_words()


def names_a_thing(doc: Doc, c: Candidate) -> Candidate:
    """A surname right after a noun that names a thing after a person ("l'affaire Fillon", "l'affaire Fillon ou
    Kohler", "le médaillé Fields"; lexicon ``eponym_nouns.txt``) names the affair or the prize: a MISC mention,
    not the person."""
    nouns = _words("eponym_nouns.txt")
    if c.label != "PER" or c.end - c.start > 2:
        return c
    k = c.start if c.end - c.start == 2 else c.start - 1    # "médaillé Fields" as NER's person, or "Fields"
    while c.end - c.start == 1 and k >= 2 and doc[k].lower_ in ("ou", "et", ",") and doc[k - 1].is_title:
        k -= 2
    if k >= 0 and doc[k].is_lower and doc[k].lower_ in nouns:
        return Candidate(c.start, c.end, "MISC", c.kind, c.code, c.confidence)
    return c


def find_mentions(doc: Doc, matcher: PhraseMatcher) -> list[Candidate]:
    """All entity mention candidates of a parsed Doc."""
    cands: list[Candidate] = []
    for raw in _ner_candidates(doc):
        for c in filter(None, (clean(doc, p) for p in split_person(doc, raw))):
            for part in split_coordination(doc, c):
                part = with_surname(doc, with_first_name(doc, attach_hyphenated(doc, part)))
                cands.append(retype(doc, extend(doc, with_head(doc, part))))
    cands += [retype(doc, c) for c in lowercase_head_mentions(doc)]
    found = resolve(cands)
    found = resolve(found + first_name_mentions(doc, found))
    found = resolve(found + announced_names(doc, found))
    known = _one_per_span(gazetteer_mentions(doc, matcher))
    found = [f for f in found if not _tiled(doc, f, known)]
    for g in known:
        # The gazetteer wins over what it covers; it yields to a longer name around it.
        found = [f for f in found if not (g.start <= f.start and f.end <= g.end)]
        if not any(_overlaps(g, f) for f in found):
            found.append(g)
    states = [f for f in found if f.label == "GPE" and f.code]
    demonyms = [d for d in demonym_mentions(doc)     # not the "soviétique" of "Union soviétique"
                if not any(g.start <= d.start and d.end <= g.end for g in states)]
    kept = resolve(found + demonyms)
    kept += [f for f in found if f not in kept and f.kind == "name"
             and all(_overlaps(f, k) <= _demonym_in_name(doc, f, k) for k in kept)]
    return [names_a_thing(doc, c) for c in sorted(kept, key=lambda c: c.start)]


def _demonym_in_name(doc: Doc, name: Candidate, d: Candidate) -> bool:
    """True for a state's demonym inside an institution's name, a mention of the state that leaves the name whole:
    "ministère chinois des Affaires étrangères", "Parti communiste chinois" (at the end, only after a word of the
    name: not "du Front national au président français")."""
    if d.kind != "demonym" or not name.start < d.start or d.end > name.end:
        return False
    before = doc[d.start - 1]
    return d.end < name.end or before.pos_ == "ADJ" or before.text[:1].isupper()


def _one_per_span(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per token span, a state with its code before the same words matched bare ("Union
    soviétique" is both a state name and a variant of the acronym URSS)."""
    by_span: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        if (c.start, c.end) not in by_span or by_span[(c.start, c.end)].code is None:
            by_span[(c.start, c.end)] = c
    return list(by_span.values())


def _tiled(doc: Doc, c: Candidate, known: list[Candidate]) -> bool:
    """True when known names laid end to end, or joined by hyphens, make up the whole candidate: "Sénat LR" in
    "le président du Sénat LR Gérard Larcher" is the Sénat and LR, "Modem-LREM", "EELV-PS" two parties, not one
    organisation."""
    k, parts = c.start, 0
    for g in sorted((g for g in known if c.start <= g.start and g.end <= c.end), key=lambda g: (g.start, -g.end)):
        if parts and g.start == k + 1 and doc[k].text == "-":
            k += 1
        if g.start == k:
            k, parts = g.end, parts + 1
    return parts >= 2 and k == c.end


@Language.factory("veille_entities", assigns=["doc._.mentions"],
                  requires=["doc.ents", "token.pos", "token.lemma", "token.dep"])
def make_entities(nlp: Language, name: str) -> "EntityRecognizer":
    """Factory of the entity mention recogniser."""
    return EntityRecognizer(nlp)


class EntityRecognizer(Component):
    """Sets ``doc._.mentions`` to the corrected entity mention candidates."""

    def __init__(self, nlp: Language):
        self.matcher = build_matcher(nlp)

    def process(self, doc: Doc) -> Doc:
        doc._.mentions = find_mentions(doc, self.matcher)
        return doc
