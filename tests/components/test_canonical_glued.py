"""Person names glued to the word before by a lost paragraph break (a subheading run into its paragraph):
the name starts at the first name. Sentences of OrangeSum articles outside the gold (ids in the comments)."""
from __future__ import annotations

import pytest

from veille.pipeline import parse


@pytest.mark.parametrize("text, name", [
    ("Refuse de la taxe de 4% sur les dividendesEmmanuel Macron a également écarté l'idée.",      # 467
     "Emmanuel Macron"),
    ("Des problèmes réglés dans les prochains joursOlivier Véran a également commenté les chiffres.",  # 6132
     "Olivier Véran"),
    ("Philippe répond aux critiquesEdouard Philippe a également assuré que tout irait bien.",    # 8406
     "Edouard Philippe"),
    # A capitalised subheading glued to the name, accented capitals included.
    ("Autre mesure : la prime sera poursuivie.♦ FISCALITÉEmmanuel Macron souhaite baisser les impôts.",  # 16730
     "Emmanuel Macron"),
    ("TOUS SES EMPRUNTS ET INTÉRÊTS DÉVOILÉS À LA HAUTE AUTORITÉEmmanuel Macron revient sur sa déclaration.",  # 27921
     "Emmanuel Macron"),
    ("LE COMBAT CONTRE L'ANTISÉMITISME DE VALLS APPRÉCIÉManuel Valls parviendra-t-il à infléchir la ligne ?",  # 19554
     "Manuel Valls"),
])
def test_glued_first_name_starts_the_person(text, name):
    doc = parse(text, "2019-09-23")
    person = next(e for e in doc._.entities if e.type == "PER" and e.name == name)
    assert all(doc.text[m.start:m.end] == m.text for m in person.mentions)
    assert any(m.text == name for m in person.mentions)


def test_a_name_that_is_not_glued_is_kept_whole():
    doc = parse("Le député Jean-Luc Mélenchon a parlé.", "2019-09-23")    # no glued word before the first name
    assert [e.name for e in doc._.entities if e.type == "PER"] == ["Jean-Luc Mélenchon"]
