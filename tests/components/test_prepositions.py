"""veille_prepositions: "envers", which fr_core_news_md never parses as a preposition, is the case of its nominal,
so that the rules that read "envers X" as a complement find X (OrangeSum articles outside the gold; the texts are
the articles' own sentences)."""
from __future__ import annotations

import pytest

from tests.components.test_events import found
from veille.components.prepositions import misparsed
from veille.pipeline import parse

EVIDENCE = [    # (article, date, sentence, source, target of the ACCUSE event of "critique envers")
    ("389", "2020-06-30", "Dans le dernier livre publié, Philippe De Villiers se montre très critique envers Emmanuel "
     "Macron, lui reprochant notamment sa gestion de la récente crise sanitaire qui a frappé le pays.",
     "Philippe De Villiers", "Emmanuel Macron"),
    ("6094", "2020-06-07", "Premier Afro-Américain à avoir occupé le poste de chef d'état-major des armées avant de "
     "devenir chef de la diplomatie américaine sous la présidence républicaine de George W. Bush, Colin Powell, 83 ans, "
     "a toujours été très critique envers Donald Trump.", "Colin Powell", "Donald Trump"),
    ("22520", "2018-02-13", "Depuis son départ de l'Élysée, François Hollande s'est exprimé publiquement à plusieurs "
     "reprises, se montrant assez critique envers la politique de son ancien ministre de l'Économie et désormais "
     "président de la République Emmanuel Macron.", "François Hollande", "Emmanuel Macron"),
]


@pytest.mark.parametrize("article, date, text, source, target", EVIDENCE, ids=[e[0] for e in EVIDENCE])
def test_envers_is_the_case_of_the_nominal_after_it(nlp, article, date, text, source, target):
    doc = parse(text, date)
    envers = next(t for t in doc if t.lower_ == "envers")
    assert (envers.pos_, envers.dep_) == ("ADP", "case"), article
    assert envers.head.i > envers.i and envers.head.pos_ in ("NOUN", "PROPN"), article
    found(text, "ACCUSE", source, target, date)


def test_every_misparsed_preposition_has_two_articles_of_evidence():
    assert misparsed()
    for word in misparsed():
        assert len({e[0] for e in EVIDENCE if f" {word} " in e[2]}) >= 2, word


@pytest.mark.parametrize("article, text", [
    ("23426", "Cette semaine, pas moins de deux ouvrages racontant l'envers du décor sous la présidence de François "
              "Hollande ont été publiés."),
    ("27233", "Pour Najat Vallaud-Belkacem, c'est le monde à l'envers."),
])
def test_the_noun_envers_keeps_its_parse(nlp, article, text):
    """"l'envers du décor", "à l'envers": the noun after an article is no preposition."""
    doc = parse(text)
    assert next(t for t in doc if t.lower_ == "envers").dep_ != "case", article
