"""Sentence starts for real wire copy, where paragraph breaks were lost.

OrangeSum and other scraped copy glue sentences together: "...(OCLCIFF).Le
parquet", '...national."Quand on a', "...mise en examen.»Le texte". The
tokenizer setting of :mod:`veille.tokenizer` splits the glue into tokens; this
component (before the parser) marks the token after the glue as a sentence
start, and an AFP subheading set between hyphens ("arrestations.- Statut de
réfugié - Toujours") as a sentence of its own; it forbids a start inside a name at its capitalised particle ("Bruno
Le Maire") and on a lowercase word after a word. The parser respects preset starts and non-starts.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from veille import gazetteer
from veille.component import register
from veille.tokenizer import LETTER_OPENERS

_END_GLUE = re.compile(r"[.!?][»”\"]?$")    # "...dossier.Le", '...pays."Quand'
_WORD_GLUE = re.compile(r"(?:[a-zà-ÿ]|[A-ZÀ-Þ]{3})$")    # "VillaniDepuis", "BFMTVSi" (split by the opener infixes)


#: The longest run of tokens without a sentence-final mark kept as one sentence: a longer run (a list, a
#: text without punctuation) is cut, so that per-sentence work stays linear in the article's length.
MAX_SENT_TOKENS = 250
_FINAL = frozenset(".!?")
SUBHEADING_TOKENS = 15     # the longest AFP subheading read between its hyphens


def mark_starts(doc: Doc) -> None:
    """Marks a sentence start after a final mark glued to a capitalised word, and at least every
    ``MAX_SENT_TOKENS`` tokens (the tokens it reads are split by :mod:`veille.tokenizer`)."""
    run = 0
    names: list[int] = []
    for prev, tok in zip(doc, doc[1:]):
        before = prev.text
        run = 0 if before[-1:] in _FINAL or tok.is_sent_start else run + 1
        if run >= MAX_SENT_TOKENS:
            tok.is_sent_start = True
            run = 0
            continue
        if prev.whitespace_:
            continue
        text = tok.text
        if _WORD_GLUE.search(before) and text[:1].isupper() and (text[1:2].islower() or text in LETTER_OPENERS):
            given = text in gazetteer.first_names()
            if given:
                names.append(tok.i)
            if not given or before.isupper():    # "APPRÉCIÉManuel Valls": a capitalised subheading ends there
                tok.is_sent_start = True
            continue
        if not _END_GLUE.search(before):
            continue
        if text == "-":
            _subheading(doc, tok)
            continue
        if text[:1].isupper() or text[:1] in "«“\"":
            if before in ("»", "”", '"') and not doc[max(0, tok.i - 2)].text.endswith((".", "!", "?")):
                continue
            tok.is_sent_start = True
            if text in ("«", "“", '"') and tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = False    # the quote opens the sentence: its first word goes with it
    _glued_names(doc, names)
    _names_with_particles(doc)
    _no_lowercase_starts(doc)


def _no_lowercase_starts(doc: Doc) -> None:
    """No sentence starts on a lowercase word after a word and a space ("Bruno Le Maire | s'en est pris", "Le virus
    a fait 7.797 | morts"): a French sentence opens on a capital, and the parser, left to itself, cut one article in
    five so. Starts preset here (the glue, the longest run) stay."""
    for prev, tok in zip(doc, doc[1:]):
        if tok.is_sent_start is None and tok.text[:1].islower() and prev.whitespace_ and not prev.is_punct:
            tok.is_sent_start = False


def _names_with_particles(doc: Doc) -> None:
    """No sentence starts inside a given name, a capitalised particle and a surname ("Bruno Le Maire", "Jean-Yves Le
    Drian", "Luigi Di Maio"): left to itself, the parser cuts one in ten such names after the given name, its
    capitalised "Le" read as a sentence's first article."""
    names, particles = gazetteer.first_names(), gazetteer.name_particles()
    for given, particle, surname in zip(doc, doc[1:], doc[2:]):
        if given.text in names and given.whitespace_ and particle.is_title and particle.lower_ in particles \
                and particle.whitespace_ and surname.is_title and surname.is_alpha:
            particle.is_sent_start = False
            surname.is_sent_start = False


def _glued_names(doc: Doc, starts: list[int]) -> None:
    """A name whose given name a lost paragraph break glued to the word before ("sa préparationJean-Luc
    Mélenchon", "par BFMTVRichard Ferrand"): the opener infixes of :mod:`veille.tokenizer` split off the given
    name, and then the hyphen of a compound one ("Jean-Luc") too; its parts are one token again, as without the
    glue. No sentence start is preset after a lowercase word: the parser, left to itself, keeps the surname with
    the given name ("en novembreEmmanuel Macron" was cut after "Emmanuel" when the start was preset)."""
    with doc.retokenize() as retokenizer:
        for i in starts:
            end = i + 1
            while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                   and not doc[end].whitespace_ and doc[end + 1].is_title):
                end += 2
            if end > i + 1:
                retokenizer.merge(doc[i:end])


def _subheading(doc: Doc, opening: Token) -> None:
    """An AFP subheading glued to the sentence before it ("arrestations.- Statut de réfugié - Toujours au
    Congrès"): a sentence from its opening hyphen to its closing one, when a capitalised word follows that."""
    opening.is_sent_start = True
    for tok in doc[opening.i + 1: opening.i + 1 + SUBHEADING_TOKENS]:
        if tok.text == "-" and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            tok.is_sent_start = False
            doc[tok.i + 1].is_sent_start = True
            if tok.i + 2 < len(doc):    # the parser would otherwise cut "-Donald Trump avait déclaré" after each name
                doc[tok.i + 2].is_sent_start = False
            return


register("veille_sentences", mark_starts, assigns=["token.is_sent_start"], requires=[])
