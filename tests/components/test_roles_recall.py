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


@pytest.mark.parametrize("article, sentence, person, title", [
    ("4502", "Claude Goasguen, député LR et figure de la droite parisienne, est décédé jeudi matin à l'âge de 75 ans "
             "d'un \"arrêt cardiaque\" alors qu'il se remettait tout juste du coronavirus, ont annoncé sa famille et "
             "son entourage à l'AFP.", "Claude Goasguen", "député"),
    ("18237", "Laurent Wauquiez, président des Républicains a réagi samedi matin sur Twitter : \"L'incendie criminel "
              "au domicile de Richard Ferrand est un acte honteux et consternant.", "Laurent Wauquiez", "président"),
    ("22767", "Stéphane Troussel, président du département de la Seine-Saint-Denis a ainsi qualifié le Secrétaire "
              "d'Etat \"de kéké de Forcalquier.\"", "Stéphane Troussel",
     "président du département de la Seine-Saint-Denis"),
    ("27664", "Luc Chatel, président du Conseil national des Républicains a exprimé sut Twitter son \"effroi face à "
              "l'horreur de Saint-Étienne-du-Rouvray\".", "Luc Chatel", "président"),
])
def test_bare_apposed_title_before_a_verb_without_its_closing_comma(nlp, article, sentence, person, title):
    """"X, président des Républicains a réagi": the verb after a bare title does not make the title its subject."""
    assert title in titles_of(sentence, person), article


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


@pytest.mark.parametrize("article, sentence, people, title", [
    ("19751", "Ses propos ont fait bondir les candidats démocrates Bernie Sanders et Hillary Clinton.",
     ("Bernie Sanders", "Hillary Clinton"), "candidat"),
    ("8530", "Ghalibaf a remporté une victoire écrasante face à deux autres candidats, les députés conservateurs "
             "Fereydoun Abbasi et Mostafa Mirsalim qui n'ont obtenu que 17 et 12 votes respectivement.",
     ("Fereydoun Abbasi", "Mostafa Mirsalim"), "député"),
])
def test_plural_leaning_after_a_plural_title_is_no_title_word(nlp, article, sentence, people, title):
    """"les candidats démocrates X et Y": the leaning (kind orientation, in the singular there) is left out."""
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


OCCUPATIONS = [    # (title word of titles.tsv, article, sentence, person, the role the pipeline gives)
    ("ingénieur", "512", "Poutine, au pouvoir depuis 2000 aura, lui, l'option de rester aux affaires jusqu'en 2036 au Kremlin.Peu après s'avance Alexandre Pivtchanski, ingénieur de 27 ans, masque noir sur le visage et tatouage au bras, fermement opposé au maintien du président Poutine.",
     "Alexandre Pivtchanski", "ingénieur"),
    ("ingénieur", "13739", "\"Salut d'un citoyen à un fervent défenseur des relations franco-africaines\", a écrit Pierre Etienne, un ingénieur de 23 ans, venu avec ses amis.\"Jacques Chirac a fait et fait encore la France à l'étranger\", a salué un autre visiteur, à côté d'une phrase rédigée en japonais.",
     "Pierre Etienne", "ingénieur"),
    ("policier", "5553", "Lors de son calvaire, il avait supplié le policier Derek Chauvin de le relâcher en implorant \"maman\".Devenu le visage des brutalités policières, l'agent de 44 ans a été inculpé pour meurtre et est détenu dans une prison de haute sécurité.",
     "Derek Chauvin", "policier"),
    ("policier", "5616", "Lors de son calvaire, il avait supplié le policier Derek Chauvin de le relâcher en implorant \"maman\".Devenu le visage des brutalités policières, l'agent de 44 ans a été inculpé pour meurtre et est détenu dans une prison de haute sécurité.",
     "Derek Chauvin", "policier"),
    ("militaire", "15598", "Ce dernier a d'ailleurs répondu à plusieurs reprises aux sollicitations des journalistes mais hors caméra.Parmi les personnes interrogées, le militaire Chokri Wakrim révèle des éléments majeurs.",
     "Chokri Wakrim", "militaire"),
    ("militaire", "35955", "\"On était environ 100, il y avait quelques policiers à la porte, ils l'ont ouverte et on est entrés, il y a pas eu de heurts\", raconte Tony Kayrouz, un militaire à la retraite qui a donné l'assaut avec ses camarades sur le ministère.A la tête de ce commando atypique?",
     "Tony Kayrouz", "militaire à la retraite"),
    ("expert", "8676", "Si une épidémie s'y déclarait, cela pourrait décimer leur population\", rappelle à la BBC le médecin Colin Tukuitonga, expert en santé publique et ancien commissaire à l'Organisation mondiale de la Santé (OMS).",
     "Colin Tukuitonga", "expert en santé publique"),
    ("expert", "11075", "L'action de Shinzo Abe a été \"inégale\", selon Tobias Harris, expert de la politique japonaise du cabinet Teneo.\"Je pense qu'il a eu du mal à anticiper les événements depuis le début, il n'a pas assez efficacement communiqué et il a été desservi par ses lieutenants\", a ajouté M.",
     "Tobias Harris", "expert de la politique japonaise du cabinet"),
    ("spécialiste", "129", "Son mandat a été \"une heureuse surprise\", abonde l'avocat Patrice Spinosi, spécialiste des libertés publiques.- \"Au bon endroit\" -Sa trajectoire crispe son ancienne famille politique.",
     "Patrice Spinosi", "spécialiste des libertés publiques"),
    ("spécialiste", "8852", "Lawrence Li, spécialiste des questions technologiques et défenseur de la vie privée, espère que l'appli en préparation à Hangzhou sera facultative.",
     "Lawrence Li", "spécialiste des questions technologiques et défenseur de la vie privée"),
    ("analyste", "2860", "Elles ont des contraintes de crédit plus grandes et sont donc plus vulnérables en cas de récession\", explique Sifan Liu, analyste au centre de recherches Brookings de Washington.",
     "Sifan Liu", "analyste au centre de recherches Brookings de Washington"),
    ("analyste", "5097", "Elle s'établit désormais à 41,1%, contre 44,1% le 15 mai.Le scrutin est encore loin, rappelle Geoffrey Skelley, analyste du site, et le républicain peut espérer un \"rebond\".",
     "Geoffrey Skelley", "analyste du site"),
    ("prêtre", "19225", "Selon le site d'information du Soir, le prêtre Jos Vanderlee a été légèrement blessé et conduit à l'hôpital.",
     "Jos Vanderlee", "prêtre"),
    ("prêtre", "35725", "C'est la fête de la Liberté\", résume Iouri Sanko, un prêtre catholique venu rejoindre la foule après une messe.\"J'ai attendu 30 ans que le Bélarus devienne libre.",
     "Iouri Sanko", "prêtre catholique"),
    ("amiral", "19933", "Derrière cette initiative : le chef d'état-major des armées, le général François Lecointre, le chef d'état-major particulier du Président, l'amiral Bernard Roguel, et le gouverneur militaire de Paris, le général Bruno Le Ray.",
     "Bernard Roguel", "amiral"),
    ("amiral", "27810", "Le chef d'état-major de la Marine, l'amiral Bernard Rogel, pourrait bien succéder à Benoît Puga.",
     "Bernard Rogel", "amiral"),
    ("dissident", "4009", "En vain.Cédric Villani, dissident LREM, n'apparaît par ailleurs en rien comme une menace après son modeste score du premier tour: 7,88%.",
     "Cédric Villani", "dissident"),
    ("dissident", "10794", "Dans un sondage Ifop commandé par l'équipe de Cédric Villani, elle devance, avec 22,5% des intentions de vote, le candidat LREM Benjamin Griveaux (17%) la candidate LR Rachida Dati (17%), le dissident Cédric Villani (14%) et l'écologiste David Belliard (12,5%).",
     "Cédric Villani", "dissident"),
    ("présentateur", "16096", "Devant un tel spectacle, le présentateur Gilles Bouleau a été contraint d'intervenir pour tenter de calmer les esprits.",
     "Gilles Bouleau", "présentateur"),
    ("présentateur", "26974", "De son côté, le présentateur Andrew Marr s'était défendu juste avant le lancement de son interview en disant : \"Je ne pense pas que la meilleure façon d'honorer ceux qui sont tombés est d'échouer à raconter le prochain défi à la sécurité occidentale.\"",
     "Andrew Marr", "présentateur"),
    ("styliste", "18163", "C'était le rêve de Donald » selon le styliste Phillip Bloch qui se confie à l'hebdomadaire.",
     "Phillip Bloch", "styliste"),
    ("styliste", "23863", "Selon Le Monde, il l'appelait \"Ma chérie\" en reprenant l'expression et l'accent de Cristina Cordula, la styliste star des \"Reines du shopping\" sur M6.",
     "Cristina Cordula", "styliste star des Reines du shopping"),
    ("restaurateur", "12541", "Sans tourisme, seul un tout petit nombre de restaurants peut fonctionner\", explique par téléphone Nico Ampico, un restaurateur italien de 34 ans, qui gère deux établissements.",
     "Nico Ampico", "restaurateur italien"),
    ("restaurateur", "34930", "\"C'est juste une église, une église normale, mais nous l'appelons Gabola parce que la plupart d'entre nous boivent\", explique-t-elle.Et pour Ephraim Seliane, restaurateur de 37 ans, \"rien ne vaut Gabola, parce que vous êtes parmi des gens qui vous permettent d'être vous-mêmes\".",
     "Ephraim Seliane", "restaurateur"),
    ("pêcheur", "17344", "Signalée et partagée par Mark Quartiano, un pêcheur de requins, cette vidéo est rapidement devenue virale et ses auteurs sont désormais recherchés.",
     "Mark Quartiano", "pêcheur de requins"),
    ("pêcheur", "33258", "Le Danube est un fleuve très fort et très puissant qui gère (la pollution) mais il ne pourra le faire à jamais\", se désole Mladen Jovic, pêcheur de 59 ans. - \"Des actes!",
     "Mladen Jovic", "pêcheur"),
    ("aide-soignante", "9602", "La députée insoumise Caroline Fiat, aide-soignante de profession, a demandé à ce qu'une minute de silence soit faite à l'Assemblée pour lui rendre hommage.",
     "Caroline Fiat", "aide-soignante de profession"),
    ("aide-soignante", "18584", "Elle a notamment reproché à une autre figure des \"gilets jaunes\", l'aide-soignante Ingrid Levavasseur, de mener une liste aux européennes.",
     "Ingrid Levavasseur", "aide-soignante"),
    ("astronome", "16135", "Les océans occupent plus de 70% de la surface terrestre.La station Tiangong-1 est le 50e plus gros objet à effectuer une rentrée non contrôlée depuis 1957, estime Jonathan McDowell, un astronome du Centre d'astrophysique Harvard-Smithsonian aux États-Unis.",
     "Jonathan McDowell", "astronome du Centre d'astrophysique"),
    ("astronome", "16718", "Cela arrive assez fréquemment\", a reconnu l'astronome Michael Kelley, de la division Étude des planètes à la Nasa.",
     "Michael Kelley", "astronome"),
    ("anthropologue", "282", "Au centre, la place de la croix et autour les masures, deux embarcadères et une école.Pour l'anthropologue Andrea Leiva, \"la pandémie révèle des problèmes structuraux anciens\".\"Mais c'est intéressant de voir comment ces gens trouvent des solutions par eux-mêmes.",
     "Andrea Leiva", "anthropologue"),
    ("anthropologue", "7278", "Je me battrai aussi longtemps qu'il le faudra\".- Jeff Austin, anthropologue, et sa fille (banlieue chic de Washington)\"Il faut vraiment qu'on change nos méthodes policières et l'attitude de notre société envers les questions raciales\", dit-il.",
     "Jeff Austin", "anthropologue"),
    ("pilote", "12749", "J'ai pris une marche dans le ciel au lieu d'aller dans ma rue\", a expliqué Florent Gagné, le pilote, au micro de l'émission \"C'est encore mieux l'après-midi\", diffusée sur Radio-Canada.",
     "Florent Gagné", "pilote"),
    ("pilote", "16717", "Sandeep Varma, pilote pour la compagnie Qatar Airways, a publié cette vidéo sur les réseaux sociaux.",
     "Sandeep Varma", "pilote pour la compagnie"),
    ("universitaire", "5994", "Et en décembre dernier, l'Iran a relâché l'universitaire américain Xiyue Wang en échange du scientifique Massoud Soleimani.Trois autres citoyens américains sont emprisonnés en Iran, tous d'origine iranienne.",
     "Xiyue Wang", "universitaire américain"),
    ("universitaire", "15539", "La plaignante, l'universitaire Christine Blasey Ford, a affirmé qu'il avait tenté de la violer lors d'une soirée entre lycées en 1982.",
     "Christine Blasey Ford", "universitaire"),
    ("rédacteur", "7610", "\"La tape dans le dos du Premier ministre au ministre de la Santé, c'est un geste barrière autorisé ?\", a notamment souligné Florent Barraco, rédacteur en chef du Point.\"Les gestes barrières sont essentiels.",
     "Florent Barraco", "rédacteur en chef"),
    ("rédacteur", "19623", "\"Je me suis officiellement désinscrit en tant que républicain\", a annoncé Philip Klein, rédacteur en chef de la revue conservatrice Washington Examiner.",
     "Philip Klein", "rédacteur en chef de la revue conservatrice"),
    ("sous-préfet", "18492", "Au moment où les manifestants ont encerclé la statue de Louis XIV, Tim, l'un des organisateurs, lance au mégaphone: \"Soyez silencieux par respect pour les victimes de la déportation\".Une \"frange\" de fauteurs de troublesUn rabbin, puis le sous-préfet du Rhône Clément Vivès, viennent aussi leur demander silence et respect.",
     "Clément Vivès", "sous-préfet du Rhône"),
    ("sous-préfet", "23394", "Dans une interview accordée à L'Opinion et publiée ce mardi, François Baroin est brièvement revenu sur le décès de son père, Michel Baroin, sous-préfet de l'Aube, le 5 février 1987 dans un crash d'avion au Cameroun.",
     "Michel Baroin", "sous-préfet de l'Aube"),
    ("chargé d'affaires", "13776", "Une tâche \"solennelle\" pour les démocratesLes auditions publiques démarreront à 10 heures (16 heures en France) avec deux diplomates : William Taylor, chargé d'affaires américain à Kiev, et George Kent, haut responsable du département d'Etat spécialiste de l'Ukraine.",
     "William Taylor", "chargé d'affaires américain à Kiev"),
    ("chargé d'affaires", "15195", "Le chargé d'affaires chilien à Caracas, Roberto Araos, se trouvait mercredi, depuis le début de la matinée, devant le palais présidentiel dans l'attente de leur libération.",
     "Roberto Araos", "chargé d'affaires chilien à Caracas"),
    ("diplomate", "3573", "Lors de l'élection mercredi, les membres de l'Assemblée générale ont aussi élu comme prochain président pour la session allant de septembre 2020 à septembre 2021 le Turc Volkan Bozkir, diplomate et ex-ministre, seul candidat.",
     "Volkan Bozkir", "diplomate et ex-ministre"),
    ("diplomate", "1738", "\"L'annexion mettra certainement fin aux aspirations israéliennes à de meilleures relations avec le monde arabe et les Emirats sur les plans sécuritaire, économique et culturel\", avait écrit il y a près de deux semaines Youssef al-Otaïba, un diplomate émirati, dans une tribune publiée dans le quotidien israélien Yediot Aharonot, la première en hébreu d'un responsable de ce pays selon des analystes.",
     "Youssef al-Otaïba", "diplomate émirati"),
    ("guide suprême", "32415", "La guerre Iran-Irak a montré que la République islamique était \"déterminée\" à vaincre tous ses ennemis, a déclaré lundi le guide suprême iranien Ali Khamenei, en commémorant le 40e anniversaire du conflit, sans faire référence à la situation actuelle.\"Pendant huit ans, ils ont engagé toutes leurs forces (contre l'Iran) mais au bout du compte ils ne sont parvenus à rien.",
     "Ali Khamenei", "guide suprême iranien"),
    ("guide suprême", "13622", "La plupart des États ont ainsi appelé au calme pour éviter une \"escalade\", tandis que Téhéran a promis des représailles.Le guide suprême iranien, l'ayatollah Ali Khamenei, a ainsi promis de \"venger\" la mort du militaire, en charge des opérations extérieures de l'Iran, et décrété un deuil national de trois jours.",
     "Ali Khamenei", "guide suprême iranien"),
    ("capitaine", "21202", "Le capitaine Hugo Lloris a également tendu la coupe à des jeunes pour qu'ils la touchent.",
     "Hugo Lloris", "capitaine"),
    ("capitaine", "17444", "Le feu couve à Santa Barbarapar euronews (en français) Dave Zaniboni, capitaine des pompiers de Santa Barbara : \"Nous espérons que l'avion aura un bon impact sur le feu (...) et qu'il permettra à nos équipes d'approcher le feu et de mettre en place une attaque directe sur la ligne de feu.",
     "Dave Zaniboni", "capitaine des pompiers de Santa Barbara"),
    ("lieutenant", "16020", "Certaines parties de la maison étaient inaccessibles\", raconte le lieutenant de police Greg Hurlbut.",
     "Greg Hurlbut", "lieutenant de police"),
    ("lieutenant", "26166", "La défaite de Manuel Valls, \"cela voudrait dire que les trente enfants indisciplinés de la famille, les frondeurs, auront eu fromage et dessert !\", avait ironisé un lieutenant de Manuel Valls, Luc Carvounas, dans le JDD.",
     "Luc Carvounas", "lieutenant de Manuel Valls"),
    ("lieutenant-colonel", "22143", "Quatre jours après le drame, l'Assemblée nationale a rendu hommage mardi 27 mars, avant le Sénat, aux victimes des attaques jihadistes de l'Aude et à \"un héros français\", le lieutenant-colonel Arnaud Beltrame, par une minute de silence.",
     "Arnaud Beltrame", "lieutenant-colonel"),
    ("lieutenant-colonel", "36176", "Ces hommes non identifiés \"se trouvaient en territoire israélien mais au-delà de la barrière\", a indiqué le lieutenant-colonel Jonathan Conricus aux journalistes par téléphone.Une unité israélienne, sous la couverture de snipers et de raids aériens, a attaqué les hommes infiltrés dimanche peu après 23H00 locales (20H00 GMT), a-t-il dit.",
     "Jonathan Conricus", "lieutenant-colonel"),
    ("haut responsable", "3226", "\"A en juger par les résultats préliminaires de l'épidémiologie génomique, ce virus viendrait d'Europe\", a déclaré Zhang Yong, un haut responsable du Centre chinois de contrôle et de prévention des maladies.\"Mais il est différent de (la souche) du virus qui circule actuellement en Europe.",
     "Zhang Yong", "haut responsable du Centre chinois de contrôle et de prévention des maladies"),
    ("haut responsable", "3656", "Depuis samedi, les autorités sanitaires ont testé environ 356.000 personnes, a indiqué mercredi Zhang Qiang, un haut responsable pékinois chargé de la gestion de l'épidémie.Le nouveau foyer est le marché de gros de Xinfadi, situé dans le sud de Pékin et où transitent d'ordinaire 70% des légumes consommées dans la capitale.",
     "Zhang Qiang", "haut responsable pékinois chargé de la gestion de l'épidémie"),
    ("numéro un", "9664", "Ce serait même \"du délire\" pour le numéro un de la CFDT Laurent Berger.",
     "Laurent Berger", "numéro un"),
    ("numéro un", "11499", "\"La concertation à la sauce Macron, c'est 'cause toujours tu m'intéresses'\", critique Philippe Martinez, numéro un de la CGT, qui trouve que le président \"joue avec le feu\".",
     "Philippe Martinez", "numéro un"),
    ("sergent", "11358", "\"Les forces israéliennes se retiraient du village après avoir complété leur mission... lorsqu'une grosse pierre a été lancée de la périphérie du village vers les militaires et a atteint à la tête le sergent Amit Ben Ygal\", a déclaré le porte-parole de l'armée, Jonathan Conricus, précisant qu'il s'agissait du \"premier\" soldat israélien tué en mission depuis le début de l'année.",
     "Amit Ben Ygal", "sergent"),
    ("sergent", "18590", "Le bilan provisoire a bondi à 33 morts, après la fouille de 40% du bâtiment, a indiqué ce lundi matin le sergent de police Ray Kelly.",
     "Ray Kelly", "sergent de police"),
    ("gendarme", "21148", "J'ai vu un homme sur les images un homme qui l'accompagne (Vincent Crase, gendarme réserviste et employé de La République en marche, également mis à pied 15 jours, NDLR), que j'avais personnellement repéré lors d'une manifestation à Mireille Knoll.",
     "Vincent Crase", "gendarme réserviste"),
    ("gendarme", "22144", "Le président des Républicains (LR) Laurent Wauquiez a notamment dénoncé la \"coupable naïveté\" d'Emmanuel Macron et la présidente du Front national Marine Le Pen accuse la majorité de cacher sa \"lâcheté\" derrière \"le corps d'un héros\", le gendarme Arnaud Beltrame.",
     "Arnaud Beltrame", "gendarme"),
    ("pompier", "9549", "Il m'a demandé de le sauver mais ses jambes étaient coincées dans la sortie de secours\", a raconté Raja Amjad, un témoin qui avait auparavant vu un cadavre \"tomber sur sa voiture\".Sarfraz Ahmed, un pompier, a raconté à l'AFP que de nombreuses victimes avaient encore leur ceinture de sécurité attachée.Au moins 21 personnes ont jusqu'ici été identifiées, dont certaines ont déjà été inhumées.",
     "Sarfraz Ahmed", "pompier"),
    ("pompier", "16134", "Thomas Hunt, pompier, a expliqué mardi à l'audience qu'en arrivant dans les lieux, il avait vu un barbecue où grillait du poulet ainsi qu'un feu de jardin, juste à côté des portes du patio, risquant d'endommager la propriété.Ouissem Medouni \"très calme\"\"J'ai trouvé que c'était un endroit très étrange pour un feu parti spontanément\", a-t-il témoigné.",
     "Thomas Hunt", "pompier"),
    ("maréchal", "3658", "Il s'agit de la plus importante délégation turque à se rendre sur place depuis l'offensive lancée en avril 2019 par le maréchal Khalifa Haftar, l'homme fort de l'est libyen, pour tenter de prendre Tripoli.Cette tentative a récemment échoué, le GNA, à la faveur d'un soutien militaire turc accru, parvenant même à chasser les pro-Haftar de tout le nord-ouest du pays.Arrivé à la mi-journée, M.",
     "Khalifa Haftar", "maréchal"),
    ("maréchal", "2727", "Ces succès ont signé l'échec de l'offensive lancée en avril 2019 par le maréchal Haftar pour s'emparer de Tripoli.",
     "Haftar", "maréchal"),
    ("psychologue", "9229", "Pour Lyla Schwartz, une psychologue qui s'est rendue auprès des victimes, la question est aussi de savoir qui s'occupera d'aider les victimes à faire face au traumatisme.",
     "Lyla Schwartz", "psychologue"),
    ("psychologue", "27325", "L'auteure, Marie de Hennezel, une psychologue spécialiste de la fin de vie à qui il avait demandé de préparer sa mort.",
     "Marie de Hennezel", "psychologue spécialiste de la fin de vie"),
    ("activiste", "16459", "Comme le rapporte le Huffington Post ce lundi, trois militantes Femen ont essayé de s'introduire dans la ville-Etat, \"pour s'insurger contre les violences perpétrées par les institutions religieuses à l'égard des femmes\", explique l'activiste et féministe Inna Shevchenko sur les réseaux sociaux.",
     "Inna Shevchenko", "activiste et féministe"),
    ("activiste", "19193", "Ces clichés se sont multipliés en réponse à l'appel de Masih Alinejad, une activiste et journaliste iranienne, installée à New York, qui a poussé les hommes à soutenir sa campagne contre le port forcé du voile.",
     "Masih Alinejad", "activiste et journaliste iranienne"),
    ("féministe", "28127", "Seront notamment invités Martine Aubry, l'écologiste Dany Cohn-Bendit, l'ancienne garde des sceaux Christiane Taubira, la féministe Caroline de Haas, a-t-il précisé.",
     "Caroline de Haas", "féministe"),
    ("féministe", "28199", "Le collectif \"Levons l'omerta\", à l'initiative duquel on retrouve notamment la féministe Caroline de Haas, écrit que \"la difficulté des femmes à parler de ce type de violences est générale, mais sans doute amplifiée dans le microcosme politique, où elles doivent plus qu'ailleurs ne jamais paraître faibles, incarner une posture inverse à celle d'une victime\".",
     "Caroline de Haas", "féministe"),
    ("pasteur", "9958", "Tout ce que nous pouvons faire, c'est suivre les directives du confinement\", dit Brian Hamilton, pasteur de l'église presbytérienne de Westminster, dans le sud-ouest de la ville.\"Mais beaucoup de gens se rapprochent les uns des autres, beaucoup ne pratiquent pas la distanciation sociale, et certains jeunes hommes ne veulent pas porter de masque\", ajoute-t-il.",
     "Brian Hamilton", "pasteur de l'église presbytérienne de Westminster"),
    ("pasteur", "35666", "Cette fois, la CIDH a exigé de l'Etat hondurien \"qu'il adopte toutes les mesures nécessaires et pertinentes pour localiser les disparus\".Pour le pasteur évangélique Omar Guzman, frère de l'un des disparus, Suami Mejia, il ne fait aucun doute que l'enlèvement a été mené sur l'ordre des autorités.",
     "Omar Guzman", "pasteur évangélique"),
    ("policière", "25843", "Ils sont accusés de \"mise en danger\", \"non-assistance\" et \"non dénonciation de crime\" pour avoir tardé à diffuser la photo d'Amédy Coulibaly, \"et des éléments sur son identité après l'attaque de Montrouge le 8 janvier, au cours de laquelle la policière Clarissa Jean-Philippe avait été tuée\".",
     "Clarissa Jean-Philippe", "policière"),
    ("policière", "27680", "Dans un entretien au Journal du dimanche, une policière municipale niçoise, Sandra Bertin, qui était en charge de la vidéosurveillance le soir de l'attentat de Nice, a affirmé avoir reçu des pressions du ministère de l'Intérieur pour modifier son rapport sur le dispositif policier du 14 juillet.",
     "Sandra Bertin", "policière municipale niçoise"),
    ("experte", "3369", "Ron DeSantis \"s'est tiré une balle dans le pied\", a déclaré Aileen Marty, une experte en pandémie de l'Université internationale de Floride (FIU), à Politico.\"Il pense que minimiser la menace que constitue le virus aide l'économie\", a-t-elle poursuivi.",
     "Aileen Marty", "experte en pandémie"),
    ("experte", "31411", "Olesya Vartanyan, experte du International Crisis Group, a soutenu à l'AFP que cette nouvelle escalade s'expliquait notamment par l'absence d'une médiation internationale active.\"Depuis le coronavirus, le conflit a été négligé, sans que des diplomates se rendent à Bakou et à Erevan même après les affrontements de juillet\", a-t-elle regretté.",
     "Olesya Vartanyan", "experte"),
    ("rédactrice", "35224", "Prigojine, la famille de Premier ministre Mikhaïl Michoustine ou celle contre Margarita Simonian, la rédactrice en chef de la chaîne télévisée pro-Kremlin RT.\"Ce qui est clair c'est que seul Poutine personnellement a pu autoriser l'empoisonnement de Navalny.",
     "Margarita Simonian", "rédactrice en chef de la chaîne"),
    ("rédactrice", "4014", "\"Il s'agit d'une soirée pour répondre aux inquiétudes des Français, parler de l'impact de cette crise sur notre vie quotidienne et voir quelles sont les clés pour la relance et les solutions\", a déclaré à l'AFP Alix Bouilhaguet, rédactrice en chef de l'émission présentée par le duo Léa Salamé/Thomas Sotto.La soirée commencera par une séquence à tonalité économique, autour de Bruno Le Maire, avec le PDG du géant hôtelier Accor Sébastien Bazin, le chef Philippe Etchebest, la philosophe Julia de Funès, ainsi qu'un entretien en duplex avec la présidente de la Banque centrale européenne, Christine Lagarde.Le coeur de l'émission sera consacré à un débat entre MM.",
     "Alix Bouilhaguet", "rédactrice en chef de l'émission présentée par le duo"),
    ("présentatrice", "22957", "\"Il y a à peu près 1,3 million personnes qui nous regardent et qui sont susceptibles de vous appeler\", lui a alors fait remarquer la présentatrice Anne-Elisabeth Lemoine.",
     "Anne-Elisabeth Lemoine", "présentatrice"),
    ("présentatrice", "26090", "\"Kim Willsher maintient son soutien au reportage d'@EnvoyeSpecial\", a indiqué sur Twitter la présentatrice de l'émission, Elise Lucet \"Elle n'a pas téléphoné à Penelope Fillon.",
     "Elise Lucet", "présentatrice de l'émission"),
    ("docteur", "5861", "Sur les 83 patients décédés, 80,7% avaient plus de 60 ans.\"L'âge reste un facteur de risque face à la maladie\", a rappelé le docteur Francisco Duran, directeur du département épidémiologie du ministère de la Santé.Et \"notre population a vieilli\", à tel point que Cuba est aujourd'hui l'un des pays dont les habitants sont les plus âgés en Amérique latine.",
     "Francisco Duran", "docteur"),
    ("docteur", "18551", "Le docteur Henry Heimlich, qui avait donné son nom à une célèbre technique de secourisme permettant de sauver les victimes d'étouffement, est décédé ce samedi 17 décembre à l'âge de 96 ans, selon plusieurs médias américains.",
     "Henry Heimlich", "docteur"),
    ("shérif", "12701", "Le meurtrier présumé n'a plus donné de signes de vie depuis 1976\"Rien ne nous ferait plus plaisir que de lui passer réellement les menottes\", a confié Jeff Schrader, le shérif du comté de Jefferson, au Denver Post.",
     "Jeff Schrader", "shérif du comté de Jefferson"),
    ("shérif", "15640", "Lors d'un point presse, le shérif Mike Williams a demandé aux témoins de la scène de contacter les autorités s'ils ont des informations qui peuvent aider à l'enquête.Sur des vidéos postées sur les réseaux sociaux, on entend de nombreux coups de feu, en plein milieu de la partie de jeu vidéo.",
     "Mike Williams", "shérif"),
    ("révérend", "5616", "Dans un tweet, il a au contraire mis en cause la crédibilité d'un homme de 75 ans récemment poussé par des policiers lors d'une manifestation.Le révérend Al Sharpton lui a férocement reproché ce discours.",
     "Al Sharpton", "révérend"),
    ("révérend", "35138", "Le révérend Jesse Jackson, figure de la communauté noire, est venu prôner les vertus de l'action pacifique, des artistes ont transmis des messages réconciliateurs sur des fresques murales et même la police locale a loué l'attitude des manifestants.La colère a toutefois continué à se propager dans le monde du sport.",
     "Jesse Jackson", "révérend"),
    ("inspecteur", "10749", "L'enquête sur le renvoi de Steve Linick, inspecteur général du département d'Etat, a été annoncée par Eliot Engel, président de la commission des Affaires étrangères de la Chambre des représentants, et un démocrate du Sénat, Bob Menendez.\"Nous contestons absolument les renvois d'inspecteurs généraux pour des motifs politiques\", ont déclaré MM.",
     "Steve Linick", "inspecteur général"),     # the département d'Etat is an organisation of its own
    ("inspecteur", "26721", "Emmanuel Macron, inspecteur des finances, en disponibilité pour convenances personnelles, est acceptée à compter du 16 novembre 2016\", précise le texte.",
     "Emmanuel Macron", "inspecteur des finances"),
    ("chauffeur", "11245", "On doit parfois attendre jusqu'à trois à quatre jours\", se plaint Hussein Juma, chauffeur de 43 ans originaire de Mombasa.",
     "Hussein Juma", "chauffeur"),
    ("chauffeur", "12469", "Maintenant je peux à nouveau gagner de l'argent et nourrir ma famille\", s'est réjoui Ganiyu Ayinla, chauffeur de minibus à Lagos.Selon l'Organisation mondiale de la santé, seule la découverte d'un vaccin ou d'un remède permettra de mettre fin à la pandémie qui paralyse l'économie mondiale.",
     "Ganiyu Ayinla", "chauffeur de minibus à Lagos"),
    ("gérant", "4262", "Les procédures de protection contre le coronavirus \"sont lourdes\", admet George Roussos, gérant de l'hôtel Gallini à Fira.",
     "George Roussos", "gérant de l'hôtel Gallini à Fira"),
    ("gérant", "28363", "Sébastien Gayou, gérant de la salle de spectacle, indique à La Nouvelle République que les associés de l'établissement ont donné leur accord pour cette soirée privée mais que le meeting politique se tiendra en dehors de l'enceinte du cabaret.",
     "Sébastien Gayou", "gérant de la salle de spectacle"),
    ("gérante", "14189", "\"L'intervention s'est déroulée sans incident\", a déclaré à la presse Lucia Alonso, gérante de la clinique privée, située à la périphérie de Madrid.",
     "Lucia Alonso", "gérante de la clinique privée"),
    ("gérante", "32614", "\"Avec le Covid, c'est à la population de se montrer disciplinée\", estime cependant Mme Tojanes, gérante d'un magasin à Manille.",
     "Tojanes", "gérante d'un magasin à Manille"),
    ("comptable", "14563", "\"Quoi qu'il arrive, on ne perdra pas courage, c'est pour cela qu'on sera toujours dans la rue\", déclare Jason Chan, comptable de 22 ans.",
     "Jason Chan", "comptable"),
    ("comptable", "24982", "\"Il avait les pieds et poings liés au gouvernement\", estime Sébastien Collin, comptable de 36 ans.",
     "Sébastien Collin", "comptable"),
    ("criminologue", "13107", "L'enquête, ouverte l'été pour \"abus de biens sociaux\" et \"corruption\", porte sur des prestations de conseils conclues par la maire Les Républicains du VIIe arrondissement de Paris, en tant qu'avocate, et le criminologue Alain Bauer avec la filiale néerlandaise de l'alliance Renault-Nissan, RNBV, lorsque Carlos Ghosn était encore le PDG du groupe automobile.",
     "Alain Bauer", "criminologue"),
    ("criminologue", "33038", "Outre son enquête sur des soupçons d'abus de bien sociaux visant l'ex-patron de Renault-Nissan Carlos Ghosn, la justice française s'intéresse à des contrats signés par une filiale néerlandaise de Renault-Nissan et au million d'euros que Rachida Dati et le criminologue Alain Bauer ont touché chacun mais dont aucune trace n'a été retrouvée.",
     "Alain Bauer", "criminologue"),
    ("musicien", "5179", "\"C'est très encourageant de voir des gens de toutes les origines\", commentait AC Channer, un musicien noir croisé il y a quelques jours sur les lieux du drame.",
     "AC Channer", "musicien noir"),
    ("musicien", "27588", "D'autres invités pour le moins inattendus ont répondu présents comme le musicien Manu Katché.",
     "Manu Katché", "musicien"),
    ("polémiste", "13661", "Des spéculations sur son retour en politiqueSamedi, Marion Maréchal a participé avec ses proches à Paris, dont le polémiste Éric Zemmour, en quête d'une \"alternative\" conservatrice à Emmanuel Macron.",
     "Éric Zemmour", "polémiste"),
    ("polémiste", "14366", "Programmée le 28 septembre, la réunion doit être introduite par le polémiste Eric Zemmour, et devrait remettre la nièce de Marine Le Pen sous les projecteurs de la scène politique.",
     "Eric Zemmour", "polémiste"),
    ("officier", "21007", "Il y a aussi Jean-Yves Hunault, officier de liaison à l'Elysée.",
     "Jean-Yves Hunault", "officier de liaison"),
    ("officier", "35855", "Je vous aime très fort\", avait écrit l'officier Andreï Borissov avant de suffoquer.",
     "Andreï Borissov", "officier"),
    ("banquier", "6252", "Outre le blogueur, d'autres candidats ont émergé, comme Viktor Babaryko, ex-banquier d'une filiale du géant russe Gazprom, riche mécène et amateur de peinture.",
     "Viktor Babaryko", "ex-banquier d'une filiale du géant russe"),
    ("banquier", "14674", "Pour éliminer un point de crispation, la justice russe vient de libérer le banquier français Philippe Delpal, détenu depuis février sous l'accusation de fraude et désormais assigné à résidence.",
     "Philippe Delpal", "banquier français"),
    ("consultant", "701", "Avec les victoires d'EELV seul ou allié aux partis de gauche, \"c'est peut-être la première pierre d'une renaissance d'un bloc de gauche qui est posée, avec au coeur la matrice écologiste\", souligne auprès de l'AFP Stewart Chau, consultant politique chez ViaVoice.",
     "Stewart Chau", "consultant politique"),
    ("consultant", "19623", "Je voterai sans doute pour Gary Johnson\", le candidat du parti libertaire, a expliqué le consultant conservateur Brad Marston.",
     "Brad Marston", "consultant"),
    ("lobbyiste", "7808", "Par ailleurs, le Sonoran Policy Group de Robert Stryk, lobbyiste de premier plan à Washington, a signé en mai un contrat de deux millions de dollars pour plaider en faveur de la libération du prince auprès des \"gouvernements des Etats-Unis, du Royaume-Uni, de la France et de l'Union européenne\", selon un dossier du ministère américain de la Justice consulté par l'AFP.",
     "Robert Stryk", "lobbyiste de premier plan à Washington"),
    ("lobbyiste", "21776", "Comme un animal qui se terre\", explique encore le lobbyiste Paul Boury.",
     "Paul Boury", "lobbyiste"),
    ("commentateur", "4762", "Regarder du rugby en direct avec une foule dans le stade est quelque chose que je ne pensais pas voir de sitôt\", a tweeté Kaunda Ntunja, commentateur d'une télévision sud-africaine.",
     "Kaunda Ntunja", "commentateur d'une télévision sud-africaine"),
    ("commentateur", "6658", "Pour Juca Kfouri, commentateur sportif qui a participé activement au mouvement de redémocratisation lié au football dans les années 80, cette mobilisation peut être une \"étincelle\" capable de provoquer un mouvement de masse antibolsonariste mais elle risque aussi d'être contre-productive.",
     "Juca Kfouri", "commentateur sportif"),
    ("chirurgien", "868", "Il y a huit corps à l'hôpital, dont ceux des quatre terroristes\", a confirmé à l'AFP le Dr Karrar Abbasi, chirurgien à l'hôpital civil de Karachi.",
     "Karrar Abbasi", "chirurgien à l'hôpital civil de Karachi"),
    ("chirurgien", "36186", "Les trois mois suivants, seulement 187\", rapporte Qader Fadhel, chirurgien à l'hôpital public al-Karama.- Cliniques débordées -Un nombre directement reporté sur les cliniques privées.",
     "Qader Fadhel", "chirurgien à l'hôpital public"),
    ("chirurgienne", "3371", "A l'hôpital de Peshawar, on renvoie des patients chez eux \"presque quotidiennement\", faute de lits ou d'oxygène, selon la chirurgienne Samra Fakhar.",
     "Samra Fakhar", "chirurgienne"),
    ("chirurgienne", "3513", "A Peshawar, capitale du Nord-Ouest pakistanais, l'hôpital où officie la chirurgienne Samra Fakhar renvoie des patients chez eux \"presque quotidiennement\", faute de lits ou d'oxygène.",
     "Samra Fakhar", "chirurgienne"),
    ("technicien", "12541", "Eduardo Esquibel, technicien en radiographie, part, lui, prendre sa garde dans un hôpital de Madrid.",
     "Eduardo Esquibel", "technicien en radiographie"),
    ("technicien", "32221", "Wong Wai-yin, un technicien de 29 ans, n'a lui non plus rien dit à ses proches de son projet de fuite.",
     "Wong Wai-yin", "technicien"),
    ("proviseur", "1661", "Au Congrès depuis 31 ans, réélu 15 fois, soutenu par Hillary Clinton elle-même, il a pourtant été largement battu par Jamaal Bowman, un proviseur de collège de 44 ans, noir, lors de la primaire de mardi, même si les résultats ne sont pas encore définitifs.",
     "Jamaal Bowman", "proviseur de collège"),
    ("proviseur", "12048", "Malgré ces mesures contraignantes, reprendre les cours était nécessaire pour ces élèves éloignés de leur lycée pendant trois mois et contraints jusqu'alors de se cantonner à l'enseignement à distance, via internet, estime le proviseur Feng Zhigang.",
     "Feng Zhigang", "proviseur"),
    ("libraire", "35478", "Il est difficile de dire quel bien cela apportera, mais le soutien moral est très important\", a dit pour sa part Zina Koncaitiene, une libraire de 50 ans.- \"",
     "Zina Koncaitiene", "libraire"),
    ("libraire", "36136", "Et Bill Morton, un libraire de la deuxième ville du pays, se désole de voir son quartier en temps normal \"animé\" devenu comme une \"ville fantôme\".",
     "Bill Morton", "libraire de la deuxième ville du pays"),
    ("boxeur", "17806", "Fronde dans la majorité Pensé au lendemain de l'acte 8 des \"gilets jaunes\" et à la suite de l'agression du boxeur Christophe Dettinger envers un policier, ce texte avait permis au gouvernement et à Édouard Philippe de calmer le jeu et freiner les ardeurs des élus de droite.",
     "Christophe Dettinger", "boxeur"),
    ("boxeur", "18940", "L'ancien boxeur professionnel Christophe Dettinger, soupçonné d'avoir agressé deux gendarmes samedi 5 janvier à Paris lors de \"l'acte VIII\" des \"gilets jaunes\", s'est présenté à la police lundi matin et a été placé en garde à vue.",
     "Christophe Dettinger", "ancien boxeur professionnel"),
    ("cuisinier", "11077", "Depuis son licenciement il y a un an de son emploi de cuisinier, Antonio DiGregorio, 64 ans, joignait les deux bouts en faisant le chauffeur pour des personnes âgées.",
     "Antonio DiGregorio", "cuisinier"),
    ("cuisinier", "17694", "Sébastien Belanger, 36 ans, cuisinier, n'a plus donné signe de vie depuis l'attaque.",
     "Sébastien Belanger", "cuisinier"),
    ("cuisinière", "434", "Si un bus est trop plein, je redescends\", a confié Wumi Afonso, une cuisinière de 37 ans originaire de Sao Tomé et Principe, en attendant à Sacavém un deuxième bus qui doit lui permettre de rejoindre le restaurant où elle travaille à Lisbonne.",
     "Wumi Afonso", "cuisinière"),
    ("cuisinière", "34851", "Je sais qu'à la maison ils n'apprendront pas la même chose, mais il vaut mieux qu'ils perdent un an et soient en bonne santé\", a indiqué à l'AFP Marisa Machado, cuisinière au chômage de Brooklyn, qui élève seule trois enfants d'âge scolaire.",
     "Marisa Machado", "cuisinière au chômage de Brooklyn"),
    ("institutrice", "11012", "Préparer et tenir des cours en ligne est beaucoup plus astreignant, confirme Nadia Verba, institutrice à Darova.",
     "Nadia Verba", "institutrice à Darova"),
    ("institutrice", "11848", "Tout le monde tient son rôle pour rester propre et en sécurité\", note Suzanne Hampson, une institutrice danoise, plus de trois semaines après la réouverture des écoles et jardins d'enfants.",
     "Suzanne Hampson", "institutrice danoise"),
    ("correspondant", "16274", "Jean-Bernard Cadier, correspondant à Washington pour BFMTV, décrit un \"garçon fasciné par les armes à feu qui avait fini par se brouiller avec tous ses amis\".",
     "Jean-Bernard Cadier", "correspondant à Washington"),
    ("correspondant", "22863", "N'ayez pas peur ?' La déférence journalistique française à son pire niveau\", a lui dénoncé le correspondant de l'agence Reuters à l'Élysée, Michel Rose.",
     "Michel Rose", "correspondant de l'agence"),
    ("colistière", "4356", "L'ex-élue afro-américaine de Géorgie Stacey Abrams, autre colistière potentielle de Joe Biden, a jugé dimanche \"légitime\" la colère des manifestants.",
     "Stacey Abrams", "colistière potentielle de Joe Biden"),
    ("colistière", "16150", "Un sandwich que Robert Ménard voit comme une \"remise en cause de ce que serait le patrimoine civilisationnel de la France\", a même ajouté l'ex-candidat à la présidentielle en compagnie de Naïma Charaï, sa colistière et conseillère régionale de Nouvelle Aquitaine, précise Midi Libre.",
     "Naïma Charaï", "colistière et conseillère régionale de Nouvelle Aquitaine"),
    ("archéologue", "1594", "Avec si peu de bateaux découverts, un nouveau bateau viking aura un grand impact sur la compréhension des bateaux eux-mêmes, mais fournira aussi des informations précieuses pour comprendre la période historique dans son ensemble\", a souligné l'archéologue Knut Paasche de l'Institut norvégien pour la recherche sur le patrimoine culturel (Niku), dans un communiqué.",
     "Knut Paasche", "archéologue"),
    ("archéologue", "18053", "Cela signifie que chaque roi devait y construire des statues, des temples\", explique Dietrich Raue, archéologue.",
     "Dietrich Raue", "archéologue"),
    ("ouvrier", "11163", "Fils du résistant Eugène Thiémé, ancien ouvrier ferroviaire et militant CGT, Fabien Thiémé a également été conseiller départemental et régional.",
     "Eugène Thiémé", "ancien ouvrier ferroviaire"),
    ("ouvrier", "34006", "Mais Leonard Presheva, ouvrier du bâtiment de 25 ans, n'en démord pas.",
     "Leonard Presheva", "ouvrier du bâtiment"),
    ("vendeur", "2347", "Je suis heureux parce que ce nouveau scrutin est la volonté du peuple\", s'est réjoui Peter Chadza, 26 ans, un vendeur de poissons venu accomplir son devoir civique à l'école primaire Malembo, dans la capitale Lilongwe.",
     "Peter Chadza", "vendeur de poissons"),
    ("vendeur", "4261", "L'avocat de l'accusé, Vladimir Jerebenkov, a affirmé après le verdict que son client pourrait être échangé contre deux Russes détenus aux Etats-Unis, le célèbre ex-vendeur d'armes Viktor Bout et le pilote Konstantin Iarochenko, détenu pour trafic de drogue.",
     "Viktor Bout", "ex-vendeur d'armes"),
    ("vendeuse", "34649", "L'intérêt de venir travailler est discutable\", soutient Yi Xinhua, une vendeuse de tofu de 51 ans sur le marché de produits frais de Wuhan.",
     "Yi Xinhua", "vendeuse de tofu"),
    ("vendeuse", "36004", "On voit bien qu'on a un petit coup au moral parce qu'on ne sait pas ce qu'il va se passer\", a déclaré à l'AFP Maria José Fernandez, une vendeuse de vêtements de 27 ans.",
     "Maria José Fernandez", "vendeuse de vêtements"),
    ("cardiologue", "20915", "Paris Libéré\", notamment avec l'ex-journaliste Bernard Segarra et l'ancien cardiologue Jean-Christian Farcot. À partir de la fin du mois de septembre, il se lancera dans la courses aux municipales 2020 et rebaptisera son mouvement \"",
     "Jean-Christian Farcot", "ancien cardiologue"),
    ("cardiologue", "21428", "Ancien ministre délégué aux Affaires européennes et actuel maire d'Antibes (Alpes-Maritimes), Jean Leonetti, cardiologue de formation, est notamment connu pour ses travaux sur la fin de vie.",
     "Jean Leonetti", "cardiologue de formation"),
    ("biologiste", "31795", "Cet échouage est le plus important jamais enregistré en Australie, a déclaré à la presse Kris Carlyon, biologiste marin employé par le gouvernement de Tasmanie.",
     "Kris Carlyon", "biologiste marin"),
    ("biologiste", "31930", "Ces quatre cétacés ont été euthanasiés, un peu plus tôt dans la journée, à l'aide d'armes à feu et de munitions particulières\" a indiqué Kris Carlyon, biologiste marin au sein du département de l'environnement de Tasmanie.",
     "Kris Carlyon", "biologiste marin au sein du département de l'environnement de Tasmanie"),
    ("codirectrice", "564", "Nous avons déjà un nombre important d'animaux qui attendent de s'envoler vers leur +foyer permanent+\", indique à l'AFP Hester Drewry, codirectrice de Paws, disant espérer qu'ils pourront voyager en juillet et en août.",
     "Hester Drewry", "codirectrice de Paws"),
    ("codirectrice", "35345", "Depuis que les Turcs occupent Ras al-Ain, il y a eu d'interminables cycles de négociations sur les coupures d'eau\", ajoute Aheen Sweid, codirectrice de l'autorité de l'énergie.",
     "Aheen Sweid", "codirectrice de l'autorité de l'énergie"),
    ("co-directeur", "16718", "Cette fois-ci, ce n'est pas un cas préoccupant mais nous allons en profiter pour nous entraîner\", a expliqué il y a quelques jours Detlef Koschny, co-directeur du segment Objets géocroiseurs (Near-Earth Objects) de l'Agence spatiale européenne (ESA).",
     "Detlef Koschny", "co-directeur du segment Objets géocroiseurs"),
    ("co-directeur", "25962", "Il a notamment discuté avec son co-directeur de campagne, Mathieu Hanotin, dans la semaine à l'Assemblée.",
     "Mathieu Hanotin", "co-directeur de campagne"),
    ("co-directrice", "12096", "Nous avons réuni 87.226 dollars canadiens et en avons distribué 80.750\", a déclaré à l'AFP Lyra McKee, co-directrice de Pace, précisant avoir reçu 652 demandes en ligne.",
     "Lyra McKee", "co-directrice"),
    ("co-directrice", "33947", "Les pourparlers de paix \"sont clairement motivés par le désir américain de se désengager d'Afghanistan\", a expliqué Kate Clark, co-directrice de l'Afghanistan Analysts Network.",
     "Kate Clark", "co-directrice"),
    ("référent", "14671", "Il se sent droit dans ses bottes, déterminé à faire valoir que l'ensemble des reproches ou des insinuations qui ont été faites ne reposaient sur rien finalement\", explique à BFMTV le référent LREM de Loire-Atlantique, Stéphane Gachet.",
     "Stéphane Gachet", "référent de Loire-Atlantique"),
    ("référent", "19704", "Par ses propos et son attitude, Guy Lefrand n'a pas seulement sombré dans le populisme et la démagogie, il a sali son écharpe tricolore et s'est déshonoré\", avait de son côté réagi le référent départemental La République en marche (LREM), Guillaume Rouger.",
     "Guillaume Rouger", "référent départemental"),
    ("mécanicien", "33425", "Pour Vany Bikembo, un mécanicien de 25 ans arrivé il y a un an de République démocratique du Congo, le camp provisoire, \"là-bas, c'est un deuxième enfer\" après celui de Moria.- \"",
     "Vany Bikembo", "mécanicien"),
    ("mécanicien", "33534", "Assis à l'ombre, Vany Bikembo, un mécanicien de 25 ans arrivé il y a un an de RDC, est \"ici depuis six jours déjà\", depuis l'incendie qui a ravagé \"l'enfer\" de Moria.",
     "Vany Bikembo", "mécanicien"),
    ("gymnaste", "10853", "Le gymnaste Yann Cucherat, adoubé par Gérard Collomb, se retrouve face à Georges Képénékian qui occupa le fauteuil de maire lorsque Collomb officiait place Beauvau.• À Perpignan, un gros coup du RN ?",
     "Yann Cucherat", "gymnaste"),
    ("gymnaste", "11795", "Plus au nord, vers la ville côtière de Byblos, la gymnaste libanaise Karen Dib installe son tapis rouge qui fait désormais partie du décor de sa nouvelle salle improvisée au sommet de l'immeuble.",
     "Karen Dib", "gymnaste libanaise"),
    ("traductrice", "6092", "Le racisme n'a pas de frontières, a déclaré Leinisa Seemdo, une traductrice de 26 ans, Espagnole originaire du Cap Vert.",
     "Leinisa Seemdo", "traductrice"),
    ("traductrice", "6254", "Pour Leinisa Seemdo, une traductrice de 26 ans, Espagnole originaire du Cap Vert, c'était la première manifestation.",
     "Leinisa Seemdo", "traductrice"),
]


@pytest.mark.parametrize("word, article, sentence, person, title", OCCUPATIONS,
                         ids=[f"{o[0]}:{o[1]}" for o in OCCUPATIONS])
def test_occupations_the_press_gives_a_person(nlp, word, article, sentence, person, title):
    """Occupations, offices and ranks added to titles.tsv: "le policier Derek Chauvin", "Florent Gagné, pilote",
    "le sous-préfet du Rhône Clément Vivès", "le lieutenant-colonel Arnaud Beltrame"."""
    assert title in titles_of(sentence, person), article


def test_every_occupation_has_two_articles_of_evidence():
    for word in {o[0] for o in OCCUPATIONS}:
        assert len({o[1] for o in OCCUPATIONS if o[0] == word}) >= 2, word


@pytest.mark.parametrize("article, text, person, title", [
    ("35740", "Contraint par le coronavirus d'abandonner le volant de sa \"jeepney\", un moyen de transport collectif "
              "populaire aux Philippines, Daniel Flores sillonne désormais les rues de Manille en mendiant de l'argent "
              "pour nourrir sa famille. Ce chauffeur de 23 ans n'a pas pris un seul passager depuis mars, quand le "
              "président Rodrigo Duterte a ordonné le confinement de la capitale.", "Daniel Flores", "chauffeur"),
    ("5916", "\"Je ne pense pas qu'ils vont vérifier rigoureusement\", estime Sandra Gibson, qui a passé trois mois à New "
             "York pour voir sa famille. Cette infirmière de 49 ans prévoit de s'isoler correctement pendant une "
             "semaine.", "Sandra Gibson", "infirmière"),
    ("34059", "Mercredi après-midi, des centaines de personnes s'étaient rassemblées pour protester devant le poste de "
              "police où Javier Ordoñez avait été conduit lors de sa violente arrestation dans la nuit de mardi à "
              "mercredi. Cet ingénieur de 43 ans, qui achevait des études de droit, est décédé quelques heures après "
              "à l'hôpital.", "Javier Ordoñez", "ingénieur"),
    ("35478", "Vilnius a accueilli la cheffe de file de l'opposition bélarusse, Svetlana Tikhanovskaïa, qui a dû fuir son "
              "pays après l'élection présidentielle contestée du 9 août.Dans un discours vidéo, cette professeure "
              "d'anglais de 37 ans, qui s'était présentée contre le président Loukachenko, a remercié la Lituanie.",
     "Svetlana Tikhanovskaïa", "professeure d'anglais"),
])
def test_a_demonstrative_title_as_subject_is_the_person_named_before(nlp, article, text, person, title):
    """"X ... . Ce chauffeur de 23 ans n'a pas ...": a demonstrative points back to the person named before, even on
    a bare title (a definite bare "le chauffeur" is left to coreference)."""
    assert title in titles_of(text, person), article


def test_a_demonstrative_title_inside_a_quotation_is_no_ones(nlp):
    """"« Ce président ne croit pas en la démocratie », a-t-il ajouté" (34854): inside a quotation "ce" points anywhere."""
    text = ("Le sénateur Bernie Sanders a vivement dénoncé les propos présidentiels.\"Pendant des années, Donald Trump a "
            "menti sur les +fraudes électorales+\", s'est-il insurgé.\"Ce président ne croit pas en la démocratie. C'est "
            "un autoritaire qui doit être vaincu\", a-t-il ajouté.")
    assert "président" not in titles_of(text, "Bernie Sanders")


@pytest.mark.parametrize("article, sentence, person, first, second", [
    ("4319", "Pour le second tour, Mme Barseghian souhaiterait une fusion avec la liste socialiste de Catherine Trautmann, "
             "ancienne maire de Strasbourg et ancienne ministre de la Culture, mais les négociations sont toujours en "
             "cours.", "Catherine Trautmann", "ancienne maire de Strasbourg", "ancienne ministre de la Culture"),
    ("18588", "Laurent Wauquiez a exprimé un certain nombre de problèmes qui peuvent être réels, par exemple sur la "
              "disparité des territoires\", a de son côté reconnu Gérard Collomb, maire de Lyon et ancien ministre de "
              "l'Intérieur d'Emmanuel Macron.", "Gérard Collomb", "maire de Lyon",
     "ancien ministre de l'Intérieur d'Emmanuel Macron"),
    ("14559", "Alastair Rosenschein, consultant en aviation et ancien pilote, interrogé par la BBC a pointé du doigt le "
              "\"manque de sécurité dans un certain nombre d'aéroports\".", "Alastair Rosenschein",
     "consultant en aviation", "ancien pilote"),
    ("20749", "Yann Wehrling, le secrétaire général du Modem et ancien dirigeant des Verts, a, lui-même, expliqué que "
              "l'idée de succéder à Nicolas Hulot n'était \"pas absurde\".", "Yann Wehrling", "secrétaire général",
     "ancien dirigeant"),
])
def test_a_former_title_coordinated_after_an_apposed_title_is_a_second_role(nlp, article, sentence, person, first,
                                                                           second):
    """"X, maire de Lyon et ancien ministre de l'Intérieur": "et" + "ancien/ex-" + a title begins a second title of
    X's, which ends the first (as "ministre italien et leader du ..." does), even after a determiner."""
    titles = titles_of(sentence, person)
    assert first in titles and second in titles, article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("5295", "\"Une dangereuse première\" Jean-Luc Mélenchon, leader de La France insoumise (LFI), dénonce des "
             "\"méthodes macronistes\".", "Jean-Luc Mélenchon", "leader"),
    ("12579", "Gilbert Collard a comparé cette figure vichyste à Jean-Luc Mélenchon, leader de la France insoumise.",
     "Jean-Luc Mélenchon", "leader"),
])
def test_a_names_feminine_words_do_not_give_the_title_a_gender(nlp, article, sentence, person, title):
    """ "leader de La France insoumise": the adjective of the party's name agrees with the name, not the title."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("19041", "Pour Éric Ciotti, député LR, ces vœux sont une \"formidable critique\" du bilan présidentiel : \"Après "
              "avoir promis tout et son contraire, il enfonce des portes ouvertes et s'attaque aux Français\".Marine Le "
              "Pen, présidente du Rassemblement national, s'est contenté de deux tweets laconiques.",
     "Marine Le Pen", "présidente"),
    ("19651", "Jorge-Mario Cabrera, porte-parole de la Coalition pour les droits des immigrés de Los Angeles (CHIRLA) a "
              "fustigé la rhétorique de M. Trump.", "Jorge-Mario Cabrera", "porte-parole"),
])
def test_a_title_the_parser_cut_off_at_its_comma_is_the_names_before(nlp, article, sentence, person, title):
    """ "Marine Le Pen | , présidente du Rassemblement national,": no sentence opens with a comma
    (:func:`veille.syntax.parser_cut`), so the name before the cut holds the apposed title."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person", [
    ("13001", "\"J'ai pas le sentiment qu'on soit sur la meilleure voie possible. C'est une situation tellement troublée "
              "qu'elle ne mène pas à l'alternance nécessaire\", juge François Bayrou.", "François Bayrou"),
    ("26342", "\"Cette interview, c'est une provocation, c'est une déclaration de guerre à l'Europe\", juge Manuel Valls, "
              "ce lundi 16 janvier sur BFMTV.", "Manuel Valls"),
])
def test_the_verb_of_an_incise_after_quoted_words_is_no_title(nlp, article, sentence, person):
    """'"...", juge François Bayrou': after the comma that follows a closing mark, "juge" is the verb of the
    incise, not the title of the name after it."""
    assert "juge" not in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("12169", "Ce lundi matin, le Premier ministre Édouard Philippe, accompagné d'une douzaine de membres de son "
              "gouvernement, dont la secrétaire d'État chargée de l'Égalité entre les femmes et les hommes Marlène "
              "Schiappa, a ainsi présenté ou confirmé une quarantaine de mesures, susceptibles selon lui de provoquer "
              "un \"électrochoc\".", "Marlène Schiappa",
     "secrétaire d'État chargée de l'Égalité entre les femmes et les hommes"),
    ("13564", "Selon les informations du Point, de nombreuses tensions perdurent entre la secrétaire d'État à l'Égalité "
              "entre les femmes et les hommes Marlène Schiappa et le député du Val-d'Oise Aurélien Taché.",
     "Marlène Schiappa", "secrétaire d'État à l'Égalité entre les femmes et les hommes"),
])
def test_the_two_terms_of_entre_are_one_complement_of_the_title(nlp, article, sentence, person, title):
    """"entre les femmes et les hommes": the article after the "et" of an "entre A et B" opens no new phrase."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("13404", "Il répondait alors à quiconque qui remettait en cause son jugement que l'Etat néerlandais avait déjà "
              "reconnu certains manquements en 2000, lorsque le Premier ministre d'alors Wim Kok avait présenté des "
              "excuses pour \"l'accueil glacial\" réservé aux rescapés des camps à leur retour aux Pays-Bas, occupés "
              "par les Allemands de 1940 à 1945.", "Wim Kok", "Premier ministre"),
    ("25628", "Depuis l'accord de Paris contre le réchauffement, piloté côté français par le chef de la diplomatie "
              "d'alors Laurent Fabius, elle s'est mobilisée sur la ratification (137 pays à ce jour), ou encore sur les "
              "énergies renouvelables en Afrique.", "Laurent Fabius", "chef de la diplomatie"),
    ("33859", "La chute des deux anciens dirigeants, mis au ban du foot mondial fin 2015, cache un double contentieux: "
              "d'abord l'affaire "
              "principale instruite pour \"gestion déloyale\", soit un paiement de 2 millions de francs suisses de la "
              "Fifa à Michel Platini en 2011, validé par le président de l'époque Sepp Blatter sans contrat écrit.",
     "Sepp Blatter", "président"),
    ("6568", "Lors du rassemblement d'avril 2019, M. Dicko avait lancé un appel à la démission du Premier ministre "
             "d'alors, Soumeylou Boubèye Maiga, qui avait rendu son tablier quelques jours tard, après la tuerie de "
             "quelque 160 civils peuls à Ogossagou (centre) et une série de manifestations contre la gestion de "
             "l'Etat.", "Soumeylou Boubèye Maiga", "Premier ministre"),
    ("15062", "Le directeur d'alors de cette école privée, Jeffrey Coverdale, a pour sa part déclaré au quotidien avoir "
              "rejeté une demande de membres du conseil d'administration de l'établissement visant à se faire remettre "
              "les dossiers scolaires de M. Trump.", "Jeffrey Coverdale", "directeur de cette école privée"),
])
def test_then_between_a_title_and_its_holder(nlp, article, sentence, person, title):
    """"le Premier ministre d'alors Wim Kok", "le président de l'époque Sepp Blatter" (asides of titles.tsv): the
    name after the aside, or after its comma, holds the title, which the aside is no word of; a complement may
    follow it ("le directeur d'alors de cette école privée")."""
    assert titles_of(sentence, person) == [title], article


@pytest.mark.parametrize("article, text, before, title", [
    ("35226", "Lezmond Mitchell, 38 ans, a reçu une injection létale dans la soirée dans le pénitencier de "
              "Terre-Haute, dans l'Indiana, dix-neuf ans après avoir tué une fillette et sa grand-mère, a annoncé "
              "la direction de l'établissement.\"Justice a finalement été rendue\", a commenté dans un communiqué la "
              "porte-parole du ministère de la Justice Kerri Kupec.",
     "Lezmond Mitchell", "porte-parole"),
    ("11072", "\"La diplomatie de la santé a été une des stratégies pour les Etats du Sud en quête d'un rôle "
              "important sur la scène internationale\", explique à l'AFP Gerasimos Tsourapas, spécialiste en "
              "sciences politiques à l'Université de Birmingham.Dans une surprenante inversion des rôles, l'Egypte,"
              " qui reçoit annuellement 1,3 milliards de dollars (1,2 milliards d'euros) d'aide américaine, a en "
              "effet envoyé un avion contenant quatre tonnes d'aide médicale le mois dernier aux Etats-Unis.Le "
              "représentant démocrate Dutch Ruppersberger, à la tête d'un groupe d'amitié entre les deux pays, a "
              "fait état notamment de 200.000 masques, 48.000 couvre-chaussures et 20.000 bonnets chirurgicaux.",
     "Gerasimos Tsourapas", "représentant"),
    ("13497", "Après avoir déménagé du palais de Kensington, à Londres, où ils vivaient avec William et Kate, Harry"
              " et Meghan ont rompu avec la fondation où les deux couples œuvraient ensemble. Meghan, 38 ans, "
              "repartie au Canada aussitôt après l'annonce choc pour retrouver son fils de 8 mois, Archie, devrait "
              "participer aux discussions par téléphone.• La question des revenus de Harry et MeghanLa volonté du "
              "couple de gagner sa vie -probablement en capitalisant sur son statut- en gardant ses titres royaux, "
              "l'usage du cottage qu'il occupe sur les terres du châteaux de Windsor et un pied dans la monarchie "
              "passe mal au Royaume-Uni. Parmi les sujets discutés figure le montant de la dotation financière que "
              "le prince Charles attribue au couple depuis sa réserve personnelle.",
     "Harry", "prince"),
])
def test_a_description_followed_by_a_name_the_ner_missed_is_not_the_person_named_before(nlp, article, text, before,
                                                                                         title):
    """"la porte-parole du ministère de la Justice Kerri Kupec", "le représentant démocrate Dutch Ruppersberger" (a
    MISC entity), "le prince Charles": capitalised words after the title that no person entity covers name its
    holder; the title is not guessed to be the person named before."""
    assert not any(t.startswith(title) for t in titles_of(text, before)), article
