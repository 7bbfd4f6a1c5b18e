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


@pytest.mark.parametrize("text, name", [
    ("François-Philippe Lecoulant, secrétaire général de la CGT Bretagne s'est offusqué en constatant \"pour la "
     "première fois de la violence contre les enfants\".",                                              # 28012
     "François-Philippe Lecoulant"),
    ("Jorge-Mario Cabrera, porte-parole de la Coalition pour les droits des immigrés de Los Angeles (CHIRLA) a "
     "fustigé la rhétorique de M. Trump.",                                                          # 19651
     "Jorge-Mario Cabrera"),
])
def test_a_compound_first_name_the_tokenizer_split_stays_in_the_name(text, name):
    """ "Jorge" + "-" + "Mario Cabrera": the capitalised word glued by a hyphen before a name is its first part."""
    assert name in persons(text)


@pytest.mark.parametrize("text, first, second", [
    # The surname alone ("Mgr Marto", "Mme Maxwell") between the two full names does not bridge them.
    ("\"Cela se passe de manière inédite\", a reconnu l'évêque de Leiria-Fatima, Mgr Antonio Marto, dans son "
     "homélie. Dans un message lu par Mgr Marto, le pape François a lui aussi regretté la situation. En 2017, le "
     "pape François s'est rendu sur place pour canoniser deux des bergers de Fatima, Francisco Marto et sa "
     "petite sœur Jacinta.",                                                                          # 11199
     "Antonio Marto", "Francisco Marto"),
    ("La fille de l'ex-magnat britannique Robert Maxwell, 58 ans, a été interpellée jeudi matin. Mme Maxwell n'a "
     "parlé que par monosyllabes. Le document indique qu'elles ont été amenées par Ghislaine Maxwell dans les "
     "résidences du financier.",                                                                      # 122
     "Robert Maxwell", "Ghislaine Maxwell"),
])
def test_two_people_of_one_family_are_two_entities(text, first, second):
    found = persons(text)
    assert first in found and second in found
    assert second not in found[first] and first not in found[second]


def mention_owner(text: str, after: str) -> str:
    """The name of the PER entity holding the mention that starts right after ``after`` in the text."""
    doc = parse(text, "2020-06-29")
    start = text.index(after) + len(after)
    return next(e.name for e in doc._.entities if e.type == "PER" and any(m.start == start for m in e.mentions))


@pytest.mark.parametrize("text, after, name", [
    ("Pour le tribunal, les contrats d'assistante parlementaire de Penelope Fillon auprès de son mari n'avaient "
     "\"aucune consistance\". François Fillon, qui avait défendu la réalité du travail de son épouse, n'a \"pas "
     "procédé à une remise en question\". Le couple Fillon a aussi été reconnu coupable pour l'emploi fictif de "
     "Mme Fillon à la Revue des deux mondes, un titre aux mains d'un ami de François Fillon.",      # 529
     "fictif de Mme ", "Penelope Fillon"),
    ("Le tribunal a déclaré coupables François et Penelope Fillon. Entre 1998 et 2013, Penelope Fillon a perçu "
     "613.000 euros nets, parlant des sommes perçues par Penelope Fillon comme un \"complément de rémunération\" "
     "pour François Fillon. \"Rien ne vient démontrer l'apport de Mme Fillon à la Revue des deux mondes\", "
     "a-t-elle insisté.",                                                                           # 614
     "l'apport de Mme ", "Penelope Fillon"),
])
def test_a_title_of_address_picks_the_person_of_its_gender(text, after, name):
    assert mention_owner(text, after) == name
