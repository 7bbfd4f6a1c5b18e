"""Name normalisation shared by canonicalisation, the store and the evaluation.

``norm`` is RECORD.md's ``norm(s)``: NFKD, accents stripped, casefolded, apostrophes
and dashes unified, leading article (le, la, les, l') dropped, whitespace collapsed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "\u2019\u2018\u201b\u02bc\u02b9\u0060\u00b4\u2032\uff07"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_UNIFY = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in DASHES}})
_ARTICLE = re.compile(r"^(?:(?:le|la|les) |l' ?)")


def unify(s: str) -> str:
    """Typographic apostrophes and dashes replaced by ASCII ones (same length)."""
    return s.translate(_UNIFY)


@lru_cache(maxsize=65536)
def strip_accents(s: str) -> str:
    """Text without combining accents (NFKD); cached: the components ask for the same words again and again."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def norm(s: str | None) -> str:
    """RECORD.md norm(): the key two names must share to designate the same thing (cached)."""
    s = str(s or "")
    s = s.lower() if s.isascii() else strip_accents(unify(s).casefold())
    s = " ".join(s.split())
    return _ARTICLE.sub("", s).strip()
