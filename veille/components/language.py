"""Language identification: sets ``doc._.lang`` (py3langid, whose model ships with the package).

Short texts (under five words) are taken as French, and so is a text that py3langid gives to
another Latin-script language when French function words are nearly as dense as that language's
(proper names and loanwords blur short dispatches). Any other script (Arabic, Cyrillic, ...) is
labelled as py3langid says. The component only labels; the CLI warns when the label is not French.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from veille import extensions  # noqa: F401
from veille.component import register
from veille.spans import text_of

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
LANGS = ("fr", "en", "es", "de", "it", "pt", "nl")


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for a language."""
    import importlib

    mod = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    return frozenset(w.lower() for w in mod.STOP_WORDS)


@lru_cache(maxsize=None)
def _identifier():
    """py3langid's identifier with the model it ships (what ``py3langid.classify`` loads on its first call)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def detect(text: str, sample: int = 3000) -> str:
    """The most likely language code of a text ("fr" when unsure and short)."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if len(words) < 5:
        return "fr"
    lang = str(_identifier().classify(text[:sample])[0])
    if lang == "fr" or lang not in LANGS:
        return lang
    scores = {code: sum(w in _stop_words(code) for w in words) / len(words) for code in ("fr", lang)}
    return "fr" if scores["fr"] >= scores[lang] - 0.03 else lang


def fill_lang(doc: Doc) -> None:
    """Sets ``doc._.lang``."""
    doc._.lang = detect(text_of(doc))


register("veille_language", fill_lang, assigns=["doc._.lang"], requires=[], prepare=_identifier)
