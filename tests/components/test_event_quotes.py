"""Events carried by quotes: the words of praise, demand or threat a quotation states (``EventFinder.polar_word``)."""
from __future__ import annotations

import pytest

from veille.pipeline import parse


def polar(nlp, text: str) -> list:
    """What each quotation of a text states: (trigger lemma, type), or None."""
    finder, doc = nlp.get_pipe("veille_events"), parse(text)
    return [(said[0].lemma, said[1]) if said else None for said in (finder.polar_word(doc, q) for q in doc._.quotes)]


@pytest.mark.parametrize("text", [
    # OrangeSum 27924, 21804 (outside the gold): "ne ... pas" around the verb of praise
    "Un élu d'Eure-et-Loir avait ainsi expliqué sur cette radio : \"Moi je ne soutiens pas Alain Juppé.\"",
    "\"Ce que je veux c'est un trio avec un FN qui veut évoluer et des Républicains qui ne soutiennent pas la "
    "politique d'Emmanuel Macron\", conclut le président de Debout la France.",
])
def test_negated_praise_verb_praises_no_one(nlp, text):
    assert polar(nlp, text) == [None]


def test_praise_verb_in_a_quote_is_support(nlp):
    assert polar(nlp, "\"Je soutiens Alain Juppé\", a expliqué un élu d'Eure-et-Loir.") == [("soutenir", "SUPPORT")]
