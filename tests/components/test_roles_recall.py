"""Roles on the constructions an OrangeSum sample outside the gold showed missed or given to the wrong person
(monde_politique.jsonl.gz, article ids quoted): an apposition after a name is that name's, "son avocat X" is X's,
plural titles and their holders, "l'un des porte-parole", titles the lexicon lacked, an aside that ends a title."""
from __future__ import annotations

import pytest

from tests.components.test_roles_rules import titles_of


@pytest.mark.parametrize("article, sentence, person, title, other", [
    ("32913", "Parmi les signataires figurent également Eric Piolle, maire écologiste de Grenoble, le député LFI "
              "François Ruffin ou encore Jean-François Debat, maire PS de Bourg-en-Bresse.",
     "Eric Piolle", "maire de Grenoble", "François Ruffin"),
    ("35360", "Parmi les autres départs notables de l'administration du 45e président des Etats-Unis, on compte "
              "également Gary Cohn, conseiller économique, Scott Pruitt, ministre de l'environnement ou Jeff "
              "Sessions, ministre de la Justice.", "Gary Cohn", "conseiller économique", "Scott Pruitt"),
    ("23960", "Dans un entretien publié vendredi dans Le Parisien magazine, Ségolène Royal rend un vibrant hommage à "
              "Pierre Bergé, cofondateur de la maison de couture Yves Saint Laurent, mort le vendredi 8 septembre à "
              "86 ans des suites d'une \"longue maladie\".", "Pierre Bergé", "cofondateur de la maison de couture",
     "Yves Saint Laurent"),
])
def test_title_apposed_to_a_name_is_that_names_not_the_next_ones(nlp, article, sentence, person, title, other):
    """"X, <title>, Y": a title after a name's comma, with no determiner or closed by a comma, is X's."""
    assert title in titles_of(sentence, person), article
    assert title not in titles_of(sentence, other), article


@pytest.mark.parametrize("article, sentence, person, title, other", [
    ("15604", "La Cour de cassation a rejeté mardi 18 juin les derniers recours formés par Nicolas Sarkozy, son "
              "avocat Thierry Herzog et l'ex-haut magistrat de la Cour de cassation Gilbert Azibert pour éviter un "
              "procès pour \"corruption\" et \"trafic d'influence\", révèle l'AFP.",
     "Thierry Herzog", "avocat", "Nicolas Sarkozy"),
    ("12576", "Xavier Bertrand a fait part de ses positions à l'issue d'un entretien place Beauvau avec le ministre "
              "de l'Intérieur Christophe Castaner, son secrétaire d'Etat Laurent Nunez et la ministre de la Justice "
              "Nicole Belloubet.", "Laurent Nunez", "secrétaire d'Etat", "Christophe Castaner"),
])
def test_determined_title_before_a_name_is_that_names(nlp, article, sentence, person, title, other):
    """"X, son avocat Y": the title with its determiner names Y (X's lawyer), not X."""
    assert title in titles_of(sentence, person), article
    assert title not in titles_of(sentence, other), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("20673", "Jean-François Julliard, son directeur général, a dit douter de la \"capacité\" de François de Rugy à "
              "\"réellement peser dans ce gouvernement\".", "Jean-François Julliard", "directeur général"),
    ("2498", "Pour l'heure, Washington bruisse d'éventuels changements au sein de son équipe et spécule sur le "
             "devenir de Brad Parscale, son directeur de campagne.", "Brad Parscale", "directeur de campagne"),
])
def test_possessive_title_after_a_names_comma_is_that_names(nlp, article, sentence, person, title):
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, people, title", [
    ("4670", "Une manifestation organisée au moment même de l'annonce du plan automobile par le président de la "
             "République dans le Pas-de-Calais et à laquelle ont notamment participé, outre le maire DVD de Maubeuge "
             "Arnaud Decagny (DVD), les députés macronistes du Nord Anne-Laure Cattelot et Christophe Di Pompéo.",
     ("Anne-Laure Cattelot", "Christophe Di Pompéo"), "député macronistes du Nord"),
    ("3399", "Mais des noms circulent déjà pour le remplacer : on parle notamment des députés Olivia Grégoire, "
             "Yaël Braun-Pivet ou Roland Lescure.", ("Olivia Grégoire", "Yaël Braun-Pivet"), "député"),
])
def test_masculine_plural_title_names_women_too(nlp, article, sentence, people, title):
    """A masculine plural ("les députés") takes women among its holders: the gender test is for the singular."""
    for person in people:
        assert title in titles_of(sentence, person), (article, person)


@pytest.mark.parametrize("article, sentence, people, title", [
    ("24141", "La décision a été prise par une commission spéciale, composée des anciens ministres Patrick Ollier et "
              "Jean Leonetti et de l'actuelle vice-présidente du parti Isabelle Le Callennec.",
     ("Patrick Ollier", "Jean Leonetti"), "ancien ministre"),
    ("23004", "LA GAUCHE ET LA DROITE REPRÉSENTÉES Les anciens présidents Nicolas Sarkozy et François Hollande seront "
              "également présents au côté de leur compagne Carla Bruni-Sarkozy et Julie Gayet.",
     ("Nicolas Sarkozy", "François Hollande"), "ancien président"),
])
def test_plural_title_is_written_in_the_singular_for_each_holder(nlp, article, sentence, people, title):
    """"les anciens ministres X et Y": each is an "ancien ministre" (all the words of a plural title)."""
    for person in people:
        assert title in titles_of(sentence, person), (article, person)


@pytest.mark.parametrize("article, sentence, person, other", [
    ("35140", "Le chef du gouvernement Jean Castex, le ministre de l'Intérieur et le ministre de la Justice Eric "
              "Dupond-Morett sont attendus ce samedi matin à Nice.", "Jean Castex", "Eric Dupond-Morett"),
    ("35295", "Après l'incendie de la cathédrale gothique Saint-Pierre-et-Saint-Paul de Nantes samedi matin 18 "
              "juillet, le Premier ministre Jean Castex, le ministre de l'Intérieur et la ministre de la Culture "
              "Roselyne Bachelot se sont rendus sur place pour constater les dégâts et soutenir les Nantais.",
     "Jean Castex", "Roselyne Bachelot"),
])
def test_a_title_of_an_enumeration_after_a_name_is_not_that_names(nlp, article, sentence, person, other):
    """"X, le ministre de l'Intérieur et la ministre de la Culture Y": three people, the middle one unnamed."""
    assert "ministre de l'Intérieur" not in titles_of(sentence, person), article
    assert titles_of(sentence, other), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("23689", "En 2011, Le Monde révèle qu'Alexis Corbière, premier adjoint à la mairie du 13e arrondissement de "
              "Paris à l'époque, occupe un logement social à Paris.", "Alexis Corbière",
     "premier adjoint à la mairie du 13e arrondissement de Paris"),
    ("21634", "En novembre 2016, Ziad Takieddine avait affirmé avoir remis entre fin 2006 et début 2007 5 millions "
              "d'euros à Nicolas Sarkozy, alors ministre de l'Intérieur, et à Claude Guéant, son directeur de "
              "cabinet à l'époque, lui aussi mis en examen dans cette affaire.", "Claude Guéant",
     "directeur de cabinet"),
])
def test_an_aside_of_several_words_ends_the_title(nlp, article, sentence, person, title):
    """"à l'époque" (kind aside of titles.tsv) is no title word, whatever the parse tags its first word."""
    assert titles_of(sentence, person) == [title], article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("11653", "Enfin nous pouvons revenir au bout de deux mois pour pratiquer notre sport préféré, c'est génial, ce "
              "sentiment de liberté\", s'enthousiasme Salvatore Falccovio, autre cofondateur de l'école Tsunami.",
     "Salvatore Falccovio", "cofondateur"),
    ("18165", "David Amiel, autre conseiller du palais présidentiel avec qui il écrit ce livre, a également annoncé "
              "qu'il allait démissionner.", "David Amiel", "conseiller du palais présidentiel"),
])
def test_autre_without_determiner_before_an_apposed_title(nlp, article, sentence, person, title):
    """"X, autre cofondateur de ...": the apposition is the name's, as with "un autre"."""
    assert any(t.startswith(title) for t in titles_of(sentence, person)), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("11419", "\"ll est prêt à diriger dans un tel moment de crise, et il a la compassion et l'empathie dont Trump a "
              "cruellement manqué pendant sa présidence\", a déclaré à l'AFP Mike Gwin, l'un des porte-parole de Joe "
              "Biden.", "Mike Gwin", "porte-parole de Joe Biden"),
    ("35835", "\"Nous avons installé toutes les mesures anti-coronavirus auxquelles nous pensions\", a expliqué à "
              "l'AFP Kim Hwang-yun, un des responsables du projet Smart Shelter.", "Kim Hwang-yun",
     "responsable du projet Smart Shelter"),
    ("1520", "\"L'incident est contenu et le public n'est pas en danger\", a indiqué Steve Johnson, l'un des "
             "responsables de la police écossaise.", "Steve Johnson", "responsable de la police écossaise"),
])
def test_one_of_a_plural_titles_holders(nlp, article, sentence, person, title):
    """"X, l'un des porte-parole de Y" (kind partitive of titles.tsv): X's title, in the singular."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("25542", "Caroline Pozmentier, adjointe à la Sécurité Publique, s'explique : \"Jean-Claude Gaudin est un grand "
              "républicain\".", "Caroline Pozmentier", "adjointe"),
    ("31805", "L'objectif c'est de se protéger mais il faut laisser une vie sociale se faire\", selon Anne Souyris, "
              "adjointe de la maire de Paris chargée de la Santé.", "Anne Souyris",
     "adjointe de la maire de Paris chargée de la Santé"),
    ("20977", "Nous n'avons ni été informés ni associés à cette décision, explique le premier adjoint Bruno Julliard, "
              "qui se dit toutefois prêt à travailler avec l'État sur le dossier.", "Bruno Julliard", "premier adjoint"),
    ("35170", "\"Nous avons un problème\" au sein de la majorité municipale à Paris, réagit Emmanuel Grégoire, premier "
              "adjoint d'Anne Hidalgo.", "Emmanuel Grégoire", "premier adjoint d'Anne Hidalgo"),
    ("23689", "En 2011, Le Monde révèle qu'Alexis Corbière, premier adjoint à la mairie du 13e arrondissement de "
              "Paris à l'époque, occupe un logement social à Paris.", "Alexis Corbière",
     "premier adjoint à la mairie du 13e arrondissement de Paris"),
    ("16532", "Le tweet a été partagé par de nombreux internautes, dont le co-président d'Urgence Homophobie "
              "Guillaume Mélanie.", "Guillaume Mélanie", "co-président"),
    ("23031", "Le co-président du groupe UDI-Agir-indépendants, Jean-Christophe Lagarde, a ensuite demandé que le "
              "bureau de l'Assemblée revienne sur sa décision de l'été.", "Jean-Christophe Lagarde", "co-président"),
    ("23232", "Le Figaro révèle lundi 20 novembre que la marque \"Agir, la droite constructive\" a été déposée le 7 "
              "octobre par le coprésident du groupe des Constructifs à l'Assemblée Franck Riester à l'Institut "
              "national de la propriété intellectuelle (INPI).", "Franck Riester", "coprésident"),
    ("13862", "Le négociateur en chef de l'UE pour le Brexit Michel Barnier s'est dit lundi \"très content qu'une "
              "décision ait été prise\".", "Michel Barnier", "négociateur en chef"),
    ("33792", "Dès la cérémonie inaugurale, samedi, le négociateur du gouvernement afghan Abdullah Abdullah a présenté "
              "la principale requête de Kaboul: un \"cessez-le-feu humanitaire\".", "Abdullah Abdullah",
     "négociateur du gouvernement afghan"),
    ("19172", "En 2015, le Défenseur des droits, Jacques Toubon, en avait demandé \"le retrait rapide\".",
     "Jacques Toubon", "Défenseur des droits"),
    ("22900", "Elles ont saisi le Défenseur des droits, Jacques Toubon, ce lundi 18 décembre.", "Jacques Toubon",
     "Défenseur des droits"),
    ("8530", "Larijani a été nommé comme conseiller par le guide suprême, l'ayatollah Ali Khamenei, qui l'a également "
             "désigné membre du Conseil de discernement.", "Ali Khamenei", "ayatollah"),
    ("32415", "La nation iranienne a remporté une victoire brillante\", a déclaré l'ayatollah Ali Khamenei dans une "
              "allocution télévisée.", "Ali Khamenei", "ayatollah"),
])
def test_titles_the_lexicon_lacked(nlp, article, sentence, person, title):
    """adjoint(e), premier adjoint, coprésident, négociateur, Défenseur des droits, ayatollah (titles.tsv)."""
    assert title in titles_of(sentence, person), article
