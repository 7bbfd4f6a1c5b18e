"""Small span helpers shared by the components (entity lookup by offset, token ranges), and the
mention candidates that the entities component passes to canonicalisation (``doc._.mentions``)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from veille import extensions  # noqa: F401
from veille.record import Entity, Mention


def text_of(doc: Doc) -> str:
    """The article text, computed once per Doc (spaCy's ``doc.text`` joins every token on each access)."""
    if doc._.text is None:
        doc._.text = doc.text
    return doc._.text


def entity_at(doc: Doc, start: int, end: int) -> tuple[Entity, Mention] | tuple[None, None]:
    """The entity (and its mention) whose mention overlaps [start, end), the longest first."""
    best: tuple[Entity, Mention] | tuple[None, None] = (None, None)
    best_len = 0
    for ent in doc._.entities or []:
        for m in ent.mentions:
            if m.start < end and start < m.end and m.end - m.start > best_len:
                best, best_len = (ent, m), m.end - m.start
    return best


def entity_of_token(doc: Doc, token: Token) -> tuple[Entity, Mention] | tuple[None, None]:
    """The entity mentioned at a token."""
    return entity_at(doc, token.idx, token.idx + len(token.text))


def entity_by_id(doc: Doc, ident: str | None) -> Entity | None:
    """The entity with a given id (None when absent)."""
    for ent in doc._.entities or []:
        if ent.id == ident:
            return ent
    return None


def sentence_of(doc: Doc, char: int) -> Span:
    """The sentence that contains a character offset."""
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return doc[-1:].sent


def token_at(doc: Doc, char: int) -> Token:
    """The token that contains (or, in whitespace, follows) a character offset."""
    return doc.char_span(char, char + 1, alignment_mode="expand")[0]


def is_subheading(sent: Span) -> bool:
    """An AFP subheading that ``veille.tokenizer`` and ``veille_sentences`` made a sentence of its own
    ("- Statut de réfugié -"): it opens a new section of the article."""
    return len(sent) > 2 and sent[0].text == "-" and sent[-1].text == "-"


def verb_lemma(tok: Token) -> str:
    """The verb's lemma; the -er infinitive when the lemmatizer left a conjugated form ("estime")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and not lemma.endswith(("er", "ir", "re")):
        stem = lemma[:-3] if lemma.endswith("ent") else lemma[:-1] if lemma.endswith(("e", "s")) else lemma
        return stem + "er"
    return lemma


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it starts and ends on a non-space character."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class Candidate:
    """A mention before canonicalisation: token range, type, kind, and what it denotes."""

    start: int            # token index
    end: int              # token index (exclusive)
    label: str            # PER ORG GPE LOC EVENT POLICY MISC
    kind: str = "name"    # name | acronym | demonym | metonym
    code: str | None = None   # ISO code for states and demonyms
    confidence: float = 0.8

    def span(self, doc: Doc) -> Span:
        """The candidate as a spaCy span."""
        return doc[self.start:self.end]


def is_acronym(text: str) -> bool:
    """True for acronym-shaped tokens: OIM, ONU, HCR, G20, LaREM-like mixed case excluded."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 7 and len(letters) >= 2 and all(c.isupper() for c in letters)
