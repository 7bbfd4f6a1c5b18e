"""Person mentions: a surname that names an affair or a prize is no person. Sentences of OrangeSum articles outside the
gold (ids in the comments)."""
from __future__ import annotations

import pytest

from veille.pipeline import extract, parse


def persons(text: str) -> list[str]:
    """Names of the PER entities of a text."""
    return [e.name for e in parse(text, "2020-06-26")._.entities if e.type == "PER"]


@pytest.mark.parametrize("text, surname", [
    ("Eliane Houlette, partie à la retraite fin juin 2019, a affirmé avoir subi des \"pressions\" procédurales de "
     "la part du parquet général dans la conduite de l'affaire Fillon, des déclarations interprétées par le camp "
     "de l'ex-candidat à la présidentielle comme l'aveu de pressions.",                              # 1252
     "Fillon"),
    ("\"Etes-vous prête à ouvrir une enquête ?\", a demandé Ugo Bernalicis alors que le débat sur l'indépendance "
     "de la justice a été relancé par des \"soupçons\" de pression dans l'affaire Fillon.",           # 1478
     "Fillon"),
    ("Mardi, des proches du mathématicien médaillé Fields espéraient entamer des discussions avec l'équipe de "
     "Mme Buzyn en vue d'alliance de second tour.",                                                  # 4735
     "Fields"),
    ("Le mathématicien médaillé Fields doit notamment s'entretenir de nouveau avec Gaspard Gantzer, candidat "
     "indépendant à la mairie de Paris.",                                                            # 14516
     "médaillé Fields"),
])
def test_the_surname_of_an_affair_or_a_prize_is_no_person(text, surname):
    assert surname not in persons(text)



# A given name alone, the subject of a reporting verb, is a person the recogniser took for a MISC or an ORG.
@pytest.mark.parametrize("text, name", [
    ('"Nous voyons bien que cela déborde, les crématoires aussi", confie Mauricio, en route vers un hôpital du sud '  # 5859
     "de la ville.", "Mauricio"),
    ('"Une journée de travail aux champs ou dans la brousse", fustige Didier, un chef bayaka qui refuse de livrer '   # 7037
     "son vrai nom.", "Didier"),
    ('"Pourquoi ils nous gardent là?", fulmine Ibrahim.', "Ibrahim"),                                                 # 5379
])
def test_a_lone_given_name_subject_is_a_person(text, name):
    rec = extract(text, "2020-06-26")
    person = next(e for e in rec.entities if e.name == name)
    assert person.type == "PER" and [q.speaker for q in rec.quotes] == [person.id]


def test_a_given_name_that_names_a_place_keeps_its_type():
    rec = extract("Florence a accueilli le sommet des ministres européens.", "2020-06-26")
    assert [e.type for e in rec.entities if e.name == "Florence"] == ["LOC"]


# Capitalised words before an indefinite title in apposition name a person the recogniser took for a place or a MISC.
@pytest.mark.parametrize("text, date, name", [
    ('Non loin, Elahe, une enseignante de 39 ans portant masque et gants, se dit "très contente" de pouvoir à '   # 9150
     "nouveau visiter le sanctuaire.", "2020-05-25", "Elahe"),
    ("Sa voisine, Yasmine, une étudiante, a arrêté de jeûner il y a plusieurs années. \"J'ai peur d'être méprisée "  # 10412
     'en l\'avouant à ma famille", dit-elle.', "2020-05-19", "Yasmine"),
])
def test_a_name_before_an_apposed_indefinite_title_is_a_person(text, date, name):
    rec = extract(text, date)
    assert [e.type for e in rec.entities if e.name == name] == ["PER"]


# Two or three capitalised words before a bare title in apposition name a person too.
@pytest.mark.parametrize("text, date, name", [
    ('"L\'étendue de l\'annexion aura définitivement un impact sur l\'intensité de la réaction internationale", note '
     "Nimrod Goren, fondateur de Mitiv, un institut de recherche sur le Moyen-Orient.", "2020-06-24", "Nimrod Goren"),  # 1974
    ('En outre, ajoute Serbast Sabri, maire de Kani Massi, dans la même province, "un civil porté disparu depuis '   # 3058
     'mercredi a été retrouvé vendredi sans vie".', "2020-06-19", "Serbast Sabri"),
])
def test_names_before_an_apposed_bare_title_are_a_person(text, date, name):
    rec = extract(text, date)
    assert [e.type for e in rec.entities if e.name == name] == ["PER"]


def test_one_capitalised_word_before_a_bare_noun_keeps_its_type():
    rec = extract("Paris, capitale de la France, a accueilli le sommet.", "2020-05-25")
    assert [e.type for e in rec.entities if e.name == "Paris"] == ["LOC"]


def test_a_place_before_an_apposed_noun_keeps_its_type():
    rec = extract("Paris, une ville de deux millions d'habitants, a accueilli le sommet.", "2020-05-25")
    assert [e.type for e in rec.entities if e.name == "Paris"] == ["LOC"]


# "a déclaré à l'AFP X": the recogniser glues the agency to the name of the person who spoke to it; the medium
# (lexicons/media.txt) is an entity of its own and the person speaks.
@pytest.mark.parametrize("text, person", [
    ("\"Nous n'avons pu qu'extraire les corps qui flottaient\", a raconté à l'AFP Kyaw Min, un villageois qui habite "  # 217
     "non loin de là.", "Kyaw Min"),
    ("\"La situation est stable maintenant, mais nous restons en état d'alerte\", a déclaré à l'AFP Hamed Sajjadi, "    # 11903
     "chef des opérations de secours.", "Hamed Sajjadi"),
    ("\"Je ne pense pas que la colère se soit beaucoup calmée\", a expliqué à l'AFP Leung Kai-chi, analyste "           # 5702
     "politique.", "Leung Kai-chi"),
])
def test_the_agency_before_a_name_is_not_part_of_it(text, person):
    doc = parse(text, "2020-06-26")
    names = {e.name: e.type for e in doc._.entities}
    assert names.get(person) == "PER" and names.get("AFP") == "ORG"
    assert [e.name for q in doc._.quotes for e in doc._.entities if e.id == q.speaker] == [person]


# "la présidente du Rassemblement national Marine Le Pen": the recogniser runs a known organisation (ending on a
# lowercase word) on into the name of the person it announces; the organisation and the person are two entities.
@pytest.mark.parametrize("text, organisation, person", [
    ("\"Des bandes se livrent une guerre ethnique, arme automatique à la main. Voilà, en toute clarté, la réalité de "  # 2271
     "l'ensauvagement\", a tweeté lundi soir la présidente du Rassemblement national Marine Le Pen.",
     "Rassemblement national", "Marine Le Pen"),
    ("Florian Philippot, l'ancien bras droit de la présidente du Front national Marine Le Pen, participera jeudi à "  # 22211
     "Paris à la manifestation nationale prévue contre la réforme de la SNCF, a indiqué lundi son parti, Les "
     "Patriotes.", "Front national", "Marine Le Pen"),
])
def test_a_known_organisation_is_not_glued_to_the_person_after_it(text, organisation, person):
    rec = extract(text, "2020-06-26")
    names = {e.name: e.type for e in rec.entities}
    assert names.get(person) == "PER" and not any(person in n and n != person for n in names)
    ids = {e.id: e.name for e in rec.entities}
    assert ("présidente", person, organisation) in [(r.title, ids.get(r.person), ids.get(r.organization))
                                                    for r in rec.roles]


# "le conseiller de Boris Johnson Dominic Cummings": the recogniser glues the holder of a title to the person of its
# "de" complement; a first name and a surname closing the span are the holder.
@pytest.mark.parametrize("text, first, holder", [
    ("Après une polémique sur la présence à des réunions du controversé conseiller de Boris Johnson Dominic Cummings, "  # 12264
     "l'épidémiologiste Neil Ferguson, très écouté durant cette crise, a dû en démissionner après avoir enfreint le "
     "confinement qu'il recommandait.", "Boris Johnson", "Dominic Cummings"),
    ("L'ancien conseiller de Donald Trump John Bolton a-t-il été privé de Twitter ?", "Donald Trump", "John Bolton"),  # 13732
    ("Soupçonné d'avoir collaboré avec le gouvernement maltais tout en travaillant pour Matignon, le conseiller "      # 13104
     "d'Édouard Philippe Sandro Gozi a annoncé mercredi 23 octobre sa démission dans un courrier transmis à l'AFP.",
     "Édouard Philippe", "Sandro Gozi"),
])
def test_a_name_glued_to_the_complement_of_its_title(text, first, holder):
    doc = parse(text, "2020-06-26")
    names = {e.name: e.type for e in doc._.entities}
    assert names.get(holder) == "PER" and first in names
    holders = [e.name for r in doc._.roles for e in doc._.entities if e.id == r.person]
    assert holder in holders and first not in holders
