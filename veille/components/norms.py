"""Token keys: ``token.norm_`` with the typographic apostrophe straightened ("qu’" -> "qu'", "L’" -> "l'").

French copy spells elisions with either apostrophe; a rule pattern or a word list written with "'" reads
``token.norm_`` and matches both. The component runs after the models (after ``ner``): NORM is an input feature
of their tok2vec layers, which thus see the tokenizer's norms as before. Only tokens whose norm holds "’" change
(the norm of every other French token is its lowercase form, but for a few punctuation marks: « » --).
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille.component import register

TYPOGRAPHIC, STRAIGHT = "’", "'"


def straighten(doc: Doc) -> None:
    """Sets the norm of each token whose norm holds a typographic apostrophe to its straight spelling."""
    for tok in doc:
        if TYPOGRAPHIC in tok.norm_:
            tok.norm_ = tok.norm_.replace(TYPOGRAPHIC, STRAIGHT)


register("veille_norms", straighten, assigns=["token.norm"], requires=[])
