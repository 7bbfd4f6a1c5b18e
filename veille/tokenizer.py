"""The tokenizer setting of Veille's pipeline, for real wire copy where paragraph breaks were lost.

OrangeSum and other scraped copy glue sentences together: "...(OCLCIFF).Le parquet", '...national."Quand on
a', "...mise en examen.»Le texte", "Cédric VillaniDepuis", and the AFP's subheadings, set between hyphens
after a sentence: "...ses premières arrestations.- Statut de réfugié - Toujours au Congrès". spaCy's tokenizer
keeps such strings as one token ("arrestations.-", "Cuomo.-"): the parser then merges two sentences and the
recogniser makes one name of "Andrew Cuomo.- Venezuela". :func:`configure` extends the model tokenizer's
infixes, suffixes and prefixes so that the glue is split; ``veille_sentences`` then marks the sentence starts.
Where the infixes cannot see the glue, :func:`tokenize` cuts the text before tokenising it: a hyphenated word glued
to the next sentence ("aux Etats-Unis.Le"), a video's byline glued to its caption ("Nicolas Hulotpar franceinfo").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# A sentence-final mark glued to the next sentence: after a lowercase letter (two
# at least, so "M.Macron" or "J.-P." stay), a digit, ")" or a closing quote, before
# an uppercase letter or an opening quote.
_END = r"(?:(?<=[a-zà-ÿ]{2})|(?<=[0-9)\]»”\"]))[.!?]"
GLUE_INFIXES = (
    _END + r"(?=[A-ZÀ-ÖØ-Þ«“\"])",
    r"(?<=[.!?])[»”\"](?=[A-ZÀ-ÖØ-Þ])",       # ...dit.»Le  /  ...dit."Le
    r"(?<=[.!?])[«“\"](?=[A-ZÀ-ÖØ-Þ])",       # ...pays."Quand
    r"(?<=\w)\)(?=[.!?][A-ZÀ-ÖØ-Þ])",          # (OCLCIFF).Le  ->  OCLCIFF ) . Le
    r"(?<=[A-ZÀ-ÖØ-Þ]{2})[.!?](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]|[«“\"])",   # ...sur RTL.L'ancien  /  ...de l'AFP."Aucun
    r"(?<=\w)\)(?=[a-zà-ÿ])",                  # (Jean-Luc Mélenchon)par
    r"(?<=[A-Za-zà-ÿ0-9])[\"”»](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’])",   # ...par BFMTV"Tandis  /  ...revenir"L'ancienne
    r"(?<=[A-Za-zà-ÿ0-9])[\"”»](?=[.!?][A-ZÀ-ÖØ-Þ])",   # ...Mutuelles de Bretagne".François
)


#: The one-letter words that open a sentence glued to a lowercase word: "réfléchisÀ l'Élysée", "FillonA la question".
LETTER_OPENERS = ("À", "A")


def _opener_infixes() -> list[str]:
    """A sentence glued to the previous word without any mark: "Cédric VillaniDepuis", "MélenchonEn",
    "par BFMTVSi remaniement", "sa préparationJean-Luc Mélenchon", "par BFMTVRichard Ferrand". Only
    capitalised French function words (and "À", "A" ending a lowercase word) and the given names of
    ``first_names.tsv`` are taken as the start of the glued sentence (brand names such as "AstraZeneca",
    "BlackRock" or "WhatsApp" stay whole)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    from veille.gazetteer import first_names

    words = {w.capitalize() for w in STOP_WORDS if w.isalpha() and len(w) > 1}
    words |= {n for n in first_names() if n.isalpha() and len(n) > 1}
    opener = r"(?=[A-ZÀ-Þ])(?=(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![a-zà-ÿ]))"
    preposition = r"(?<=[a-zà-ÿ]{3})(?=[" + "".join(LETTER_OPENERS) + "]$)"     # "réfléchisÀ", not "NASA"
    return [r"(?<=[a-zà-ÿ]{3})" + opener, r"(?<=[A-ZÀ-Þ]{3})" + opener, preposition]


# The AFP's subheading separator: a hyphen glued after a sentence-final mark ("arrestations.- Statut") is a token
# of its own, and so is the closing hyphen glued to the next sentence's first word ("- Sanctuaire -Une annonce").
SEPARATOR_SUFFIXES = (r"(?<=[.!?»”\"])-",)
SEPARATOR_PREFIXES = (r"-(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’])",)


# The end of a hyphenated word glued to the next sentence: "aux Etats-Unis.Le", "Bouches-du-Rhône.\"Le",
# "ajoute-t-il.Le", "(nord-est).Le". The infixes that split the glue would split the word's hyphens as well
# ("Etats - Unis"), since the model's exceptions keep a hyphenated word whole only when it is a string of its own.
# The word's run is bounded, so that a long string without spaces costs linear time.
_HYPHENATED_GLUE = re.compile(r"[^\W\d_]-\w\S{0,60}?" + _END + r"[»”\"]?(?=[«“\"]?[A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    """A video's byline glued to its caption and to the next sentence ("commente Nicolas Hulotpar franceinfoAprès la
    vague verte", "estime Retailleaupar Europe 1Faut-il"): "par" and a medium of ``media.txt``."""
    from veille.gazetteer import media_names

    names = "|".join(re.escape(w) for w in sorted(media_names(), key=len, reverse=True))
    return re.compile(r"(?<=[^\W\d_])par (?i:" + names + r")(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]|\W|$)")   # not "RT|L sur"


def tokenize(tokenizer: Callable[[str], Doc], text: str) -> Doc:
    """``text`` tokenised by ``tokenizer``, each hyphenated word glued to the next sentence cut from it first,
    so that it is tokenised as it would be before a space ("Etats-Unis", "ajoute", "-t", "-il"), and each
    byline glued to the words around it ("Nicolas Hulot", "par franceinfo", "Après la")."""
    cuts = {m.end() for m in _HYPHENATED_GLUE.finditer(text)}
    for m in _byline().finditer(text):
        cuts.add(m.start())
        if m.end() < len(text) and (text[m.end()].isalpha() or text[m.end()] in "«“\"#"):    # "franceinfo|Après"
            cuts.add(m.end())
    if not cuts:
        return tokenizer(text)
    bounds = [0, *sorted(cuts), len(text)]
    docs = [tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    for tok in doc[1:]:
        tok.is_sent_start = None    # a piece's first token is no sentence start of itself: veille_sentences decides
    return doc


def configure(nlp: Language) -> None:
    """Extend the tokenizer's infixes, suffixes and prefixes so that glued sentences are separate tokens."""
    tokenizer = nlp.tokenizer
    infixes = list(nlp.Defaults.infixes or []) + list(GLUE_INFIXES) + _opener_infixes()
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.suffix_search = compile_suffix_regex(list(SEPARATOR_SUFFIXES) + list(nlp.Defaults.suffixes or [])).search
    tokenizer.prefix_search = compile_prefix_regex(list(SEPARATOR_PREFIXES) + list(nlp.Defaults.prefixes or [])).search
