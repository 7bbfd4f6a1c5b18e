"""Sentence starts for real wire copy, where paragraph breaks were lost.

OrangeSum and other scraped copy glue sentences together: "...(OCLCIFF).Le
parquet", '...national."Quand on a', "...mise en examen.»Le texte". spaCy's
tokenizer keeps such strings as one token and the parser then merges the two
sentences. This module adds tokenizer infixes that split at the glue, and a
component (before the parser) that marks the token after the glue as a
sentence start; the parser respects preset starts.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from veille.component import Component

# A sentence-final mark glued to the next sentence: after a lowercase letter (two
# at least, so "M.Macron" or "J.-P." stay), a digit, ")" or a closing quote, before
# an uppercase letter or an opening quote.
_END = r"(?:(?<=[a-zà-ÿ]{2})|(?<=[0-9)\]»”\"]))[.!?]"
GLUE_INFIXES = (
    _END + r"(?=[A-ZÀ-ÖØ-Þ«“\"])",
    r"(?<=[.!?])[»”\"](?=[A-ZÀ-ÖØ-Þ])",       # ...dit.»Le  /  ...dit."Le
    r"(?<=[.!?])[«“\"](?=[A-ZÀ-ÖØ-Þ])",       # ...pays."Quand
    r"(?<=\w)\)(?=[.!?][A-ZÀ-ÖØ-Þ])",          # (OCLCIFF).Le  ->  OCLCIFF ) . Le
    r"(?<=[A-ZÀ-ÖØ-Þ]{2})[.!?](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’])",   # ...sur RTL.L'ancien
    r"(?<=\w)\)(?=[a-zà-ÿ])",                  # (Jean-Luc Mélenchon)par
    r"(?<=[A-Za-zà-ÿ0-9])[\"”»](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])",   # ...par BFMTV"Tandis
    r"(?<=[A-Za-zà-ÿ0-9])[\"”»](?=[.!?][A-ZÀ-ÖØ-Þ])",   # ...Mutuelles de Bretagne".François
)


def _opener_infixes() -> list[str]:
    """A sentence glued to the previous word without any mark: "Cédric VillaniDepuis", "MélenchonEn",
    "par BFMTVSi remaniement". Only capitalised French function words are taken as the start of the glued
    sentence."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    words = sorted({w.capitalize() for w in STOP_WORDS if w.isalpha() and len(w) > 1}, key=len, reverse=True)
    opener = r"(?=(?:" + "|".join(words) + r")(?![a-zà-ÿ]))"
    return [r"(?<=[a-zà-ÿ]{3})" + opener, r"(?<=[A-ZÀ-Þ]{3})" + opener]
_END_GLUE = re.compile(r"[.!?][»”\"]?$")    # "...dossier.Le", '...pays."Quand'
_WORD_GLUE = re.compile(r"(?:[a-zà-ÿ]|[A-ZÀ-Þ]{3})$")    # "VillaniDepuis", "BFMTVSi" (split by the opener infixes)


def add_glue_infixes(nlp: Language) -> None:
    """Extend the tokenizer's infixes so that glued sentences are separate tokens."""
    infixes = list(nlp.Defaults.infixes or []) + list(GLUE_INFIXES) + _opener_infixes()
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@Language.factory("veille_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> "GlueSentencizer":
    """Factory: also installs the tokenizer infixes on ``nlp``."""
    add_glue_infixes(nlp)
    return GlueSentencizer()


#: The longest run of tokens without a sentence-final mark kept as one sentence: a longer run (a list, a
#: text without punctuation) is cut, so that per-sentence work stays linear in the article's length.
MAX_SENT_TOKENS = 250
_FINAL = frozenset(".!?")


class GlueSentencizer(Component):
    """Marks a sentence start after a final mark glued to a capitalised word, and at least every
    ``MAX_SENT_TOKENS`` tokens."""

    def process(self, doc: Doc) -> Doc:
        run = 0
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
            if _WORD_GLUE.search(before) and text[:1].isupper() and text[1:2].islower():
                tok.is_sent_start = True
                continue
            if not _END_GLUE.search(before):
                continue
            if text[:1].isupper() or text[:1] in "«“\"":
                if before in ("»", "”", '"') and not doc[max(0, tok.i - 2)].text.endswith((".", "!", "?")):
                    continue
                tok.is_sent_start = True
        return doc
