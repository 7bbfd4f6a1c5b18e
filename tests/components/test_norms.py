"""veille_norms: the norm of a token is its key with the apostrophe straightened, after the models ran."""
from __future__ import annotations

import pytest

#: OrangeSum sentences spelled with the typographic apostrophe (monde_politique, article ids).
TYPOGRAPHIC = [
    ("10298", "Marlène Schiappa : \"Je me bats contre l’idée qu’une femme, une jeune fille, qui que ce soit aurait "
              "cherché à être harcelé."),
    ("12532", "C’est nettement moins que la moyenne des Français (61%) mais pas neutre."),
    ("10492", "Un constat que l’on retrouve davantage chez les sympathisants LR (40%) mais aussi chez une partie des "
              "électeurs d’Emmanuel Macron du 1er tour (24%)."),
]


@pytest.mark.parametrize("article, sentence", TYPOGRAPHIC, ids=[a for a, _ in TYPOGRAPHIC])
def test_an_elision_has_the_norm_of_its_straight_spelling(nlp, article, sentence):
    doc, straight = nlp(sentence), nlp(sentence.replace("’", "'"))
    elided = [t for t in doc if "’" in t.text]
    assert elided and all(t.norm_ == t.lower_.replace("’", "'") for t in elided)
    assert [t.norm_ for t in doc] == [t.norm_ for t in straight]


def test_the_models_read_the_tokenizer_norms(nlp):
    names = nlp.pipe_names
    assert names.index("veille_norms") == names.index("ner") + 1    # after every model, before the components
    assert [t.norm_ for t in nlp.make_doc("l’idée qu’une femme") if "’" in t.text] == ["l’", "qu’"]
