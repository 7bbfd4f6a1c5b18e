"""Roles from the rules of lexicons/rules/roles.jsonl and the title boundaries of lexicons/titles.tsv, each shown
on sentences of OrangeSum articles outside the gold (monde_politique.jsonl.gz, article ids quoted)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from veille import rules
from veille.components.roles import RoleFinder, load_lexicon
from veille.gazetteer import title_rows
from veille.pipeline import parse
from veille.spans import entity_by_id

ATTRIBUTES = [r for r in rules.load("roles") if r.label == "ATTRIBUTE"]
EVIDENCE = [(r.id, *row) for r in ATTRIBUTES for row in r.data["evidence"]]
AGES = [(r.id, *row) for r in rules.load("roles") if r.label == "AGE" for row in r.data["evidence"]]


def titles_of(text: str, person: str) -> list[str]:
    """The titles the whole pipeline gives the person with that canonical name in ``text``."""
    doc = parse(text)
    return [r.title for r in doc._.roles if entity_by_id(doc, r.person).name == person]


@pytest.mark.parametrize("rule, article, sentence, person, title", EVIDENCE,
                         ids=[f"{e[0]}:{e[1]}" for e in EVIDENCE])
def test_attribute_rule_evidence_gives_the_role(nlp, rule, article, sentence, person, title):
    assert title in titles_of(sentence, person), f"{rule} (article {article})"


def test_every_rule_has_two_articles_of_evidence():
    for r in rules.load("roles"):
        assert len({row[0] for row in r.data["evidence"]}) >= 2, r.id


@pytest.mark.parametrize("rule, article, sentence, words", AGES, ids=[f"{e[0]}:{e[1]}" for e in AGES])
def test_age_rule_evidence_finds_the_age_where_the_title_stops(nlp, rule, article, sentence, words):
    doc = parse(sentence)
    assert words in [h.span.text for h in rules.load("roles")(doc) if h.rule.id == rule], f"article {article}"
    assert not any(words in r.title for r in doc._.roles), f"article {article}"


@pytest.mark.parametrize("text", [
    "Marine Le Pen n'est pas candidate à la présidentielle.",            # negated
    "Si Hillary Clinton est élue présidente, elle sera la première femme à ce poste.",    # a condition
    "Nadine Morano a rappelé que Nicolas Sarkozy est \"le président de coeur\" de la droite.",    # quoted words
])
def test_attribute_that_the_text_does_not_state_gives_no_role(nlp, text):
    doc = parse(text)
    assert not [r for r in doc._.roles if r.confidence == 0.8], [(r.person, r.title) for r in doc._.roles]


@pytest.mark.parametrize("article, sentence, person, title", [
    ("3285", "La haute Cour a jugé \"arbitraire\" la décision de l'administration républicaine de supprimer un "
             "programme, baptisé DACA, adopté en 2012 par le président démocrate Barack Obama pour protéger ces "
             "jeunes de l'expulsion.", "Barack Obama", "président"),
    ("3653", "N'ayant qu'un pouvoir limité sur la police, le président républicain Donald Trump a signé mardi un "
             "décret interdisant les prises d'étranglement, sauf en cas de danger pour la vie du policier, et "
             "ordonnant une réforme limitée des forces de l'ordre.", "Donald Trump", "président"),
    ("15675", "Jimmy Bennett, un acteur et chanteur américain alors âgé de 17 ans et deux mois, assure que la "
              "transalpine (37 ans à l'époque) s'en est prise à lui en 2013, dans une chambre d'un hôtel "
              "californien.", "Jimmy Bennett", "acteur et chanteur américain"),
    ("7386", "Maintenant c'est un complément pour nous nourrir\", a expliqué à l'AFP Adriana Armas, une étudiante "
             "âgée de 25 ans qui vit dans la capitale.", "Adriana Armas", "étudiante"),
    ("512", "Valentina Koungourtseva, retraitée âgée de 79 ans à Vladivostok (Extrême-Orient), soutient ainsi "
            "qu'il est \"très important d'ajouter quelque chose à nos pensions tous les ans.",
     "Valentina Koungourtseva", "retraitée"),
    ("35926", "\"Les gens ont compris qu'il fallait qu'ils prennent les choses en main pour protéger la faune et "
              "la flore\", a déclaré à l'AFP Ashok Subron, un militant écologiste arrivé de la cité voisine de "
              "Mahébourg.", "Ashok Subron", "militant"),
])
def test_title_ends_before_words_that_describe_the_person(nlp, article, sentence, person, title):
    """A political leaning ("le président démocrate"), an aside adverb ("alors âgé"), an age ("âgée de 25 ans"),
    a participle that makes no office ("arrivé de")."""
    assert titles_of(sentence, person) == [title], article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("722", "\"Nous avions un écran, mais le vent l'emportait tout le temps\", affirme Iouri Tchoursov, un autre "
            "membre de la commission électorale, tout en incitant les passants à venir voter.",
     "Iouri Tchoursov", "membre de la commission électorale"),
    ("34736", "Satoshi Sugimoto, un autre responsable des services météo, a déclaré que des vagues aussi hautes "
              "qu'un tsunami pouvaient être attendues.", "Satoshi Sugimoto", "responsable des services météo"),
    ("3478", "Le vice-président du RN Jordan Bardella a affirmé, en publiant la même vidéo, que \"pendant que "
             "Christophe Castaner (ministre de l'Intérieur) semble être en week-end farniente, des militants "
             "indigénistes ont déversé leur haine de notre pays un peu partout.",
     "Christophe Castaner", "ministre de l'Intérieur"),
    ("1253", "Mieux: la maire sortante se prend à rêver de conquérir deux arrondissements, le Ve, jadis fief de "
             "Jean Tiberi (maire de Paris de 1995 à 2001), et le IXe arrondissement, tombé à droite en 2014.",
     "Jean Tiberi", "maire de Paris"),
])
def test_title_after_the_name_as_another_one_or_in_brackets(nlp, article, sentence, person, title):
    """"X, un autre membre de ...", "X (ministre de l'Intérieur)": the apposition is the name's."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("24694", "À l'issue de son discours au Palais-Bourbon, présenté en simultané aux sénateurs par le ministre de "
              "l'Intérieur Gérard Collomb, les députés devaient voter la confiance au gouvernement.",
     "Gérard Collomb", "ministre de l'Intérieur"),
    ("2917", "\"Les faits ne sont actuellement pas considérés comme de nature terroriste\", néanmoins, les "
             "enquêteurs \"gardent l'esprit ouvert quant à leur motivation\" et travaillent avec le renfort de la "
             "police antiterroriste, a déclaré dans un communiqué le commissaire en chef Ian Hunter.",
     "Ian Hunter", "chef"),
    ("31870", "\"Ils ont tué l'animal et lui ont coupé la tête après l'avoir piégé jeudi\", a expliqué à l'AFP "
              "l'inspecteur en chef Dushantha Kangara.", "Dushantha Kangara", "chef"),
])
def test_title_inside_a_title_that_names_no_one_is_read(nlp, article, sentence, person, title):
    """"aux sénateurs par le ministre ...": the plural title's complement holds a title that names the person."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence", [
    ("625", "Avec Donald Trump, \"tous les chemins mènent à Poutine\", a de son côté lancé la présidente "
            "démocrate de la Chambre des représentants Nancy Pelosi."),
    ("5380", "Preuve que ce débat récurrent est bien revenu au premier plan, la présidente de la Chambre des "
             "représentants Nancy Pelosi a appelé mercredi soir au retrait des 11 statues du Capitole représentant "
             "des soldats et des responsables confédérés."),
])
def test_title_word_inside_an_organisation_name_does_not_take_the_holder(nlp, article, sentence):
    doc = parse(sentence)
    (role,) = [r for r in doc._.roles if entity_by_id(doc, r.person).name == "Nancy Pelosi"]
    assert role.title == "présidente"
    assert entity_by_id(doc, role.organization).name == "Chambre des représentants"


@pytest.mark.parametrize("article, sentence, person, region", [
    ("6198", "A la veille du déconfinement, la présidente de la région Île-de-France Valérie Pécresse a fustigé \"des "
             "forces politiques dans le pays qui veulent planter la reprise\", citant \"les amis de M.",
     "Valérie Pécresse", "Île-de-France"),
    ("7438", "Alors que le gouvernement prépare le déconfinement qui doit débuter le 11 mai, le président de la "
             "région Normandie Hervé Morin a plaidé jeudi 23 avril pour un plan \"régionalisé\" et \"adapté\" en "
             "fonction de la circulation du coronavirus sur le territoire.", "Hervé Morin", "Normandie"),
])
def test_area_after_a_generic_noun_is_the_organisation(nlp, article, sentence, person, region):
    """"président de la région Normandie": the region is the organisation, "de la région" stays in the title."""
    doc = parse(sentence)
    (role,) = [r for r in doc._.roles if entity_by_id(doc, r.person).name == person]
    assert role.title.endswith("de la région") and entity_by_id(doc, role.organization).name == region, article


@pytest.mark.parametrize("article, sentence, person", [
    ("36083", "Stephan Ernst avait dans un premier temps avoué le meurtre, avant de se rétracter et porter des "
              "accusations contre son complice présumé Markus Hartmann, également jugé dans ce procès qui a débuté "
              "le 16 juin.", "Markus Hartmann"),
    ("34560", "Celui-ci multiplie les apparitions médiatiques depuis quelques mois, apportant un contre-poids au "
              "sein d'EELV aux ambitions de l'eurodéputé Yannick Jadot, jugé trop libéral par LFI.", "Yannick Jadot"),
])
def test_a_participle_that_differs_from_a_title_by_its_accent_is_no_title(nlp, article, sentence, person):
    """"jugé" is not "juge": a lowercase word is matched with its accents."""
    assert not [t for t in titles_of(sentence, person) if t.startswith("jugé")], article


@pytest.mark.parametrize("article, sentence, person, title, party", [
    ("32106", "Dans cette circonscription ancrée à droite, Mme Blin est donc bien partie pour succéder à Jean-Charles "
              "Taugourdeau (LR), député depuis 2002, qui a démissionné après sa réélection comme maire de "
              "Beaufort-en-Anjou.", "Jean-Charles Taugourdeau", "député", "LR"),
    ("11942", "Et de ces divisions, c'est Anne Hidalgo (PS), la maire sortante qui pourrait en tirer bénéfice.",
     "Anne Hidalgo", "maire sortante", "PS"),
    ("6067", "Gérard Larcher (LR), président du Sénat, chambre des territoires, joue également la prudence: \"Les "
             "conditions sanitaires indiqueront la possibilité d'organiser ou pas un second tour en juin\", a-t-il "
             "fait valoir mardi sur Europe 1: \"On a la loi et on aura l'avis du Conseil scientifique\".",
     "Gérard Larcher", "président", "Sénat"),
])
def test_name_with_its_party_in_brackets_then_its_title(nlp, article, sentence, person, title, party):
    """"X (LR), député ...": the party goes in organization when the title names none ("président du Sénat")."""
    doc = parse(sentence)
    (role,) = [r for r in doc._.roles if entity_by_id(doc, r.person).name == person]
    assert (role.title, entity_by_id(doc, role.organization).name) == (title, party), article


def test_bracketed_names_of_an_enumeration_do_not_take_the_next_title(nlp):
    """3010: the title names its own holder after it; the name before the comma is another's."""
    doc = parse("Comme Jean-Luc Mélenchon (LFI), Christian Jacob (LR) ou Jean-Christophe Lagarde (UDI), le député "
                "européen d'Europe Écologie Les Verts (EELV) Yannick Jadot s'est étonné du silence d'Emmanuel Macron "
                "sur la question du racisme, l'accusant d'être dans un \"déni de la réalité\".")
    assert not [r for r in doc._.roles if entity_by_id(doc, r.person).name == "Jean-Christophe Lagarde"]


@pytest.mark.parametrize("article, sentence, first, title, former, singular", [
    ("22", "Son fondateur, l'ex-président Laurent Gbagbo, (au pouvoir de 2000 à 2010) est en liberté conditionnelle "
           "depuis son acquittement par la Cour pénale internationale (CPI).", "ex-président", "ex-président", True, None),
    ("13560", "Après une plainte pour corruption des familles de victimes en 2010, les juges d'instruction Renaud van "
              "Ruymbeke et Roger Le Loire sont chargés d'enquêter sur le volet financier de l'affaire.", "juges",
     "juges d'instruction", False, "juge d'instruction"),
    ("702", "Le secrétaire d'Etat aux Transports Jean-Baptiste Djebbari a récemment insisté sur les conditions "
            "environnementales du plan de sauvetage d'Air France.", "secrétaire", "secrétaire d'Etat", False, None),
    ("702", "Le secrétaire d’Etat aux Transports Jean-Baptiste Djebbari a récemment insisté sur les conditions "
            "environnementales du plan de sauvetage d’Air France.", "secrétaire", "secrétaire d’Etat", False, None),
])
def test_title_rules_read_the_title_words_at_a_token(nlp, article, sentence, first, title, former, singular):
    """The longest title of the first reading that has one: as written (accents and apostrophes aside), after
    "ex-", in the plural (and its singular)."""
    doc = nlp.make_doc(sentence)
    i = next(t.i for t in doc if t.text == first)
    head = nlp.get_pipe("veille_roles").head_at(doc, i)
    assert (doc[i:head.end].text, head.former, head.singular) == (title, former, singular), f"article {article}"
    assert nlp.get_pipe("veille_roles").head_at(doc, i - 1) is None


def test_every_title_of_the_lexicon_is_found_at_its_own_form(nlp):
    finder = nlp.get_pipe("veille_roles")
    for row in title_rows():
        if row["kind"] in ("title", "counterpart"):
            doc = nlp.make_doc(row["form"])
            head = finder.head_at(doc, 0)
            assert head is not None and head.end == len(doc), row["form"]


def test_a_title_added_to_the_lexicon_is_matched_in_each_reading_without_code(nlp):
    lex = load_lexicon(nlp)
    finder = RoleFinder(replace(lex, titles={**lex.titles, ("grand", "argentier"): "m"}))
    doc = nlp.make_doc("L'ex-grand argentier et les grands argentiers du royaume.")
    heads = {i: finder.head_at(doc, i) for i in range(len(doc)) if finder.head_at(doc, i) is not None}
    assert {i: (h.end, h.former, h.singular) for i, h in heads.items()} == {
        1: (3, True, None), 2: (3, False, None), 5: (7, False, "grand argentier"), 6: (7, False, "argentier")}


@pytest.mark.parametrize("article, sentence, person, title", [
    ("4736", "Le Premier ministre Édouard Philippe a rappelé mardi que le ministre des Comptes publics, Gérald Darmanin, "
             "élu samedi maire de Tourcoing (Nord), devrait choisir \"le moment venu\" entre ses deux fonctions "
             "exécutives.", "Gérald Darmanin", "maire de Tourcoing"),
    ("790", "Il n'y a aucun mur qu'on ne peut démolir, ce front républicain était une escroquerie\", a ajouté Louis "
            "Aliot, élu député des Pyrénées-Orientales en 2017.", "Louis Aliot", "député des Pyrénées-Orientales"),
    ("20161", "Parmi les nouveaux venus : Franck Riester, nommé ministre de la Culture en remplacement de Françoise "
              "Nyssen.", "Franck Riester", "ministre de la Culture"),
])
def test_participle_of_accession_between_the_name_and_its_title(nlp, article, sentence, person, title):
    """"X, élu samedi maire de Tourcoing" (kind accession of titles.tsv): the title after the participle, and the
    date written after it, is the name's; "en remplacement de" (a bound) ends it."""
    assert title in titles_of(sentence, person), article


def test_participle_of_accession_after_a_complement_name_gives_no_title(nlp):
    """The participle may agree with the noun the name completes (the adviser, not his classmate Gantzer)."""
    sentence = ("Inlassablement, le chef de l'État a demandé à ses troupes d'\"aider\" son conseiller, et ancien "
                "camarade de promo à l'ENA de Gaspard Gantzer, devenu ministre, sans jamais discerner ou s'avouer ses "
                "velléités d'émancipation ou son ambition présidentielle.")    # article 23441
    assert not any(t.startswith("ministre") for t in titles_of(sentence, "Gaspard Gantzer"))


@pytest.mark.parametrize("article, sentence, person, title", [
    ("7719", "Mais les premiers légers assouplissements du confinement décrété le 23 mars ont eu lieu dans la confusion "
             "mi-mai, ce que n'a pas arrangé la vive controverse provoquée par les déplacements de Dominic Cummings, "
             "l'influent conseiller de Boris Johnson.", "Dominic Cummings", "influent conseiller de Boris Johnson"),
    ("26814", "\"Il faut toujours chercher à le convaincre, puis, lorsqu'on croit avoir abouti, recommencer et le "
              "reconvaincre\", glisse Gaspard Gantzer, le jeune conseiller en communication du président.",
     "Gaspard Gantzer", "jeune conseiller en communication du président"),
    ("1516", "Il fallait s'élever à la hauteur des promesses et idéaux de ce pays en adoptant la loi, avait lancé dans "
             "l'hémicycle Eleanor Holmes Norton, seule représentante de la capitale fédérale à la Chambre.",
     "Eleanor Holmes Norton", "seule représentante de la capitale fédérale"),
    ("23514", "Sébastien Lecornu, le plus jeune président d'un département de France, à 29 ans.", "Sébastien Lecornu",
     "plus jeune président d'un département"),
])
def test_adjectives_before_an_apposed_title_noun_stay_between_it_and_its_article(nlp, article, sentence, person, title):
    """"X, l'influent conseiller de Y": an adjective (graded or not) that qualifies the title noun, written before
    it, keeps the apposition the name's (RoleFinder.qualified)."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("2056", "L'élu LR Philippe Gosselin a aussi dénoncé un \"double langage\" du gouvernement avec un projet de loi.",
     "Philippe Gosselin", "élu"),
    ("3659", "L'élu démocrate Eliot Engel, l'un des auteurs de la loi, a salué \"une étape importante\".", "Eliot Engel",
     "élu"),
    ("10697", "Aurélie Taquillain, élue municipale à la mairie de Courbevoie (Hauts-de-Seine), a été investie par LREM "
              "en juillet 2019 pour les prochaines élections municipales.", "Aurélie Taquillain",
     "élue municipale à la mairie de Courbevoie"),
    ("7806", "Christian Robayo, élu local de gauche, souligne que la \"situation extrême a empiré avec cette maladie\" "
             "du Covid-19 dans ce quartier de 800.", "Christian Robayo", "élu local"),
    ("10632", "Je ne dis pas que je me désintéresse de la vie du groupe, mais c'est juste qu'il faut prioriser », assume "
              "Sandrine Lefeur, élue du Finistère.", "Sandrine Lefeur", "élue du Finistère"),
    ("19739", "Guy Lefrand, élu Les Républicains, trouve également \"plutôt marrante\" l'idée de bloquer les centres des "
              "impôts.", "Guy Lefrand", "élu"),
])
def test_elected_is_a_title_noun_before_a_party_an_adjective_or_de(nlp, article, sentence, person, title):
    """"élu"/"élue" (a title of titles.tsv that is also a participle of accession) is the noun when a party, a
    leaning, an adjective or "de" follows it (RoleFinder.accession_reading)."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person", [
    ("15843", "Il est étonné que ce problème sorte juste avant les municipales, pour lesquelles Gérard Collomb, élu depuis "
              "2001, sera de nouveau candidat.", "Gérard Collomb"),
    ("14473", "Le Premier ministre Kyriakos Mitsotakis, élu aux élections législatives de dimanche, a annulé tous ses "
              "rendez-vous jeudi pour gérer cette catastrophe, a indiqué son bureau.", "Kyriakos Mitsotakis"),
    ("19306", "L'ex-diplomate française Salomé Zourabichvili, élue fin novembre première femme présidente de Géorgie, a "
              "été investie dimanche lors d'une cérémonie.", "Salomé Zourabichvili"),
    ("1253", "Même l'eurodéputé Pascal Durand, élu sur la liste Renaissance portée par LREM, soutient désormais la "
             "candidate socialiste dans cet arrondissement huppé de la rive gauche.", "Pascal Durand"),
])
def test_elected_before_a_date_or_another_complement_is_the_participle(nlp, article, sentence, person):
    assert not any(t.startswith("élu") for t in titles_of(sentence, person)), article


def test_a_plural_title_is_not_the_person_of_the_next_apposed_title(nlp):
    """"Devant ces anciens ministres, l'élue francilienne X" (18454): X holds the second title only."""
    sentence = ("Devant ces anciens ministres, l'élue francilienne Agnès Evran devrait figurer en seconde position et "
                "l'eurodéputé Arnaud Danjean à la troisième place, selon Le Figaro.")
    assert titles_of(sentence, "Agnès Evran") == ["élue francilienne"]
    sentence = ("Après ce vote des présidents du Sénat, le président LR de l'institution Gérard Larcher \"va se "
                "rapprocher du président de l'Assemblée nationale\", a indiqué le vice-président LR du Sénat Philippe "
                "Dallier.")    # 10299
    assert titles_of(sentence, "Gérard Larcher") == ["président de l'institution"]


def test_elected_describing_nobody_named_is_no_role(nlp):
    """"explique l'élu des Pyrénées-Atlantiques" designates any elected official: no role for a salient person."""
    sentence = ("David Habib et Manuel Valls étaient présents. \"Ils étaient assis aux deux extrémités de la salle\", "
                "explique l'élu des Pyrénées-Atlantiques.")    # 23694
    doc = parse(sentence)
    assert not any(r.title.startswith("élu") for r in doc._.roles)
    sentence = ("\"Il suscite de forts rejets\", a dénoncé l'élu des Bouches-du-Rhône dans une lettre au président de "
                "l'Assemblée François de Rugy.")    # 23694: the name after the circumstance is the president's
    assert not any(t.startswith("élu") for t in titles_of(sentence, "François de Rugy"))


@pytest.mark.parametrize("article, sentence, person, title", [
    ("14935", "Cette dernière destination a également été choisie par Marc Fesneau, chargé des Relations avec le "
              "Parlement.", "Marc Fesneau", "chargé des Relations avec"),
    ("11339", "\"Les autres partis faisaient la même chose et, je ne vais pas vous le cacher, aujourd'hui c'est aussi "
              "important de former nos candidats, explique à France 2 Pierre Person, chargé des élections.",
     "Pierre Person", "chargé des élections"),
])
def test_a_participle_of_function_after_a_name_is_its_title(nlp, article, sentence, person, title):
    """"X, chargé des élections" (kind function of titles.tsv, RoleFinder.function_at): the participle and its "de"
    complement are the function of the name before the comma."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("6676", "Le gouvernement a tenté de répondre à ces critiques, avant que le ministre de la Culture Franck Riester, "
             "chargé des questions liées à la liberté de la presse, n'annonce mardi la suppression du site.",
     "Franck Riester", "ministre de la Culture"),
    ("2351", "\"Beaucoup sont tristes et frustrés\", a admis la ministre de la Justice, Monica Maeland, chargée de "
             "coordonner la lutte contre le Covid-19.", "Monica Maeland", "ministre de la Justice"),
])
def test_a_participle_of_function_after_a_titled_name_adds_no_title(nlp, article, sentence, person, title):
    """The title named with the person is theirs; "chargé de ..." says what it covers, or a task (an infinitive)."""
    assert titles_of(sentence, person) == [title], article


def test_other_before_an_apposed_title_is_no_qualifier(nlp):
    sentence = ("Kevin Hassett, un autre conseiller économique de Donald Trump, a estimé que la croissance "
                "resterait forte.")
    assert titles_of(sentence, "Kevin Hassett") == ["conseiller économique de Donald Trump"]


@pytest.mark.parametrize("article, sentence, person, title", [
    ("20064", "Élu président des Républicains en décembre 2017, Laurent Wauquiez est aujourd'hui moins populaire à "
              "droite que la présidente LR de la région Île-de-France Valérie Pécresse.", "Laurent Wauquiez", "président"),
    ("23689", "Élu député de la 7e circonscription de la Seine-Saint-Denis mi-juin, Alexis Corbière affirmait à L'Obs "
              "fin juin qu'il avait bien l'intention de déménager dans les \"mois qui viennent\".", "Alexis Corbière",
     "député de la 7e circonscription de la Seine-Saint-Denis"),
    ("18618", "Devenue directrice d'une école de sciences politiques à Lyon, Marion Maréchal, 29 ans, a ensuite "
              "répondu, en français, pendant environ une heure à des questions.", "Marion Maréchal",
     "directrice d'une école de sciences politiques à Lyon"),
])
def test_sentence_opening_on_a_participle_of_accession_gives_its_subject_the_title(nlp, article, sentence, person,
                                                                                    title):
    """"Élu président des Républicains en décembre 2017, Laurent Wauquiez est ...": the participle clause's title is
    the main clause's subject's, named after its comma."""
    assert title in titles_of(sentence, person), article


@pytest.mark.parametrize("article, sentence, person, title", [
    ("20670", "Le président de l'Assemblée nationale François de Rugy a été nommé ce mardi ministre de la Transition "
              "écologique et solidaire en remplacement de Nicolas Hulot, a annoncé l'Élysée.", "François de Rugy",
     "ministre de la Transition écologique et solidaire"),
    ("20161", "Parmi les nouveaux venus : Franck Riester, nommé ministre de la Culture en remplacement de Françoise "
              "Nyssen.", "Franck Riester", "ministre de la Culture"),
])
def test_replacement_ends_the_title(nlp, article, sentence, person, title):
    """"en remplacement de X" (a bound of titles.tsv) says whom the holder replaces, no word of the title."""
    assert title in titles_of(sentence, person) and not any("remplacement" in t for t in titles_of(sentence, person))


@pytest.mark.parametrize("article, text, person, title", [
    ("21679", "\"Dans la République macroniste, Versailles occupe une grande place et le Premier ministre une place de "
              "plus en plus réduite\", estime le Premier secrétaire du Parti socialiste Olivier Faure, dans les "
              "colonnes du Monde. Le président du groupe LR à l'Assemblée dénonce quant à lui \"un exercice "
              "narcissique\". \"Comme il n'a pas le courage de mener de vraies réformes, il préfère faire des "
              "discours\", détaille Christian Jacob, qualifiant au passage Emmanuel Macron d'\"imbu de lui-même\".",
     "Olivier Faure", "président"),
    ("27664", "Dans une vidéo publiée sur le site de son parti, Nicolas Dupont-Aignan, candidat Debout la France à la "
              "présidentielle 2017, explique : \"Il faut prendre les mesures qui s'imposent.\" \"Nous sommes à "
              "Saint-Étienne-du-Rouvray et tout le monde savait ou devait savoir qu'il y avait dans cette ville une "
              "mosquée salafiste\", a déclaré le président du MoDem sur France Info.", "Nicolas Dupont-Aignan",
     "président"),
])
def test_a_title_of_one_party_is_not_given_to_someone_of_another(nlp, article, text, person, title):
    """"le président du groupe LR" after "le Premier secrétaire du Parti socialiste Olivier Faure" is not Faure:
    a party a person's stated titles name contradicts another party a description names (organization_kinds.tsv)."""
    assert title not in titles_of(text, person), article


# (OrangeSum article id, its words from the first naming of the person to a description of them, the person, the
# description's title, the person named nearer that it is not)
COLLEAGUES = [
    ("27417", "Les États-Unis ont bien espionné l'Élysée en 2012. C'est ce qu'a révélé Bernard Barbier, ancien "
             "directeur technique de la DGSE, au cours d'une conférence à l'école d'ingénieurs Centrale-Supélec en "
             "juin dernier.\n\nDans une vidéo mise en ligne sur YouTube, Barbier confirme l'implication des "
             "services de renseignements américains dans le piratage, en mai 2012, des ordinateurs des "
             "collaborateurs de Nicolas Sarkozy. \"J'ai reçu l'ordre du successeur de M. Sarkozy d'aller aux "
             "États-Unis les engueuler. On était sûrs que c'était eux\", révèle l'ancien membre de la DGSE",
     "Bernard Barbier", "ancien membre", "Nicolas Sarkozy"),
    ("4815", "Côté politique, le député et porte-parole du Rassemblement national Sébastien Chenu estime quant à "
             "lui que \"derrière\" les études réalisées pour évaluer l'efficacité de la chloroquine et de ses "
             "dérivés sur les malades du Covid-19 \"on a cherché à flinguer\" l'infectiologue Didier Raoult. \"Il y a "
             "probablement des cas dans lesquels la prescription de chloroquine au tout début et avant les "
             "hospitalisations peut avoir du sens. C'est ce que nous dit le professeur Raoult. Il n'y a pas de "
             "raison d'en douter\", a affirmé sur la chaîne Public Sénat le représentant du RN, qui n'a \"pas "
             "d'avis médical sur la chloroquine\".",
     "Sébastien Chenu", "représentant", "Didier Raoult"),
    ("20717", "Mercredi 29 août, peu après la sortie d'Emmanuel Macron sur le \"Gaulois réfractaire au changement\", "
             "le député Les Républicains Fabien Di Filippo s'est fendu d'un message sur Twitter qui lui vaut des "
             "accusations d'antisémitisme. L'élu de Moselle y qualifie Emmanuel Macron de \"président Rotschild\" : "
             "\"Entre négation de l'identité française et nouvelle insulte au peuple français, le Président "
             "Rotschild @EmmanuelMacron s'est encore surpassé au Danemark\", a publié le secrétaire général adjoint "
             "des Républicains.",
     "Fabien Di Filippo", "secrétaire général adjoint", "Emmanuel Macron"),
]


@pytest.mark.parametrize("article, text, person, title, other", COLLEAGUES, ids=[c[0] for c in COLLEAGUES])
def test_a_description_goes_to_the_person_with_a_title_of_its_organisation(nlp, article, text, person, title,
                                                                            other):
    """"a publié le secrétaire général adjoint des Républicains" after "le député Les Républicains Fabien Di Filippo"
    and "le Président Rotschild @EmmanuelMacron": the person whose stated title names the organisation the
    description names, before the last named."""
    assert title in titles_of(text, person) and title not in titles_of(text, other), article
