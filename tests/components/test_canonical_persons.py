"""Persons grouped into entities: one person whatever the hyphens of a compound first name; two people of one
family are two entities. Sentences of OrangeSum articles outside the gold (ids in the comments)."""
from __future__ import annotations

import pytest

from veille.pipeline import parse


def persons(text: str) -> dict[str, list[str]]:
    """Name -> mention texts of the PER entities of a text."""
    return {e.name: [m.text for m in e.mentions] for e in parse(text, "2018-05-01")._.entities if e.type == "PER"}


@pytest.mark.parametrize("text, name, variant", [
    ("Matthieu Orphelin, Sonia Krimi, et François-Michel Lambert n'ont pas voté la loi. Matthieu Orphelin et "
     "François Michel Lambert ont dévoilé sur leur compte Twitter le courrier qu'ils avaient reçu.",   # 21868
     "François-Michel Lambert", "François Michel Lambert"),
    ("Jean-Luc Mélenchon a publié une vidéo. L'humoriste fait mine de s'excuser : \"autant pour moi, cher "
     "Jean Luc Mélenchon\", écrit-il.",                                                               # 25123
     "Jean-Luc Mélenchon", "Jean Luc Mélenchon"),
])
def test_a_compound_first_name_with_or_without_hyphen_is_one_person(text, name, variant):
    found = persons(text)
    assert variant not in found
    assert variant in found[name]


@pytest.mark.parametrize("text, first, second", [
    ("Parmi eux figurent l'homme d'affaires Siamak Namazi et son père Mohammad Baquer Namazi, ainsi que "
     "Morad Tahbaz, un écologiste. Namazi a été arrêté en 2015.",                                     # 5994
     "Siamak Namazi", "Mohammad Baquer Namazi"),
    ("Abdelhamid Abaaoud, Chakib Akrouh, Mohamed Abrini, Salah Abdeslam et son frère Brahim Abdeslam, en sont "
     "tous originaires. Abdeslam a été arrêté à Molenbeek.",                                          # 19455
     "Salah Abdeslam", "Brahim Abdeslam"),
    ("Dans un message lu par Mgr Antonio Marto, le pape a regretté la situation. Le pape s'est rendu sur place "
     "pour canoniser Francisco Marto et sa petite sœur Jacinta.",                                     # 11199
     "Antonio Marto", "Francisco Marto"),
])
def test_two_people_of_one_family_are_two_entities(text, first, second):
    found = persons(text)
    assert first in found and second in found
    assert second not in found[first] and first not in found[second]
