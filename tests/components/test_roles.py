"""Roles: a named person tied to a title, one construction a test (real French sentences)."""
from __future__ import annotations

from veille.pipeline import parse
from veille.spans import entity_by_id


def roles(text, date=None):
    """(doc, roles) of a text through the full pipeline."""
    doc = parse(text, date)
    return doc, doc._.roles


def role_of(doc, roles, person):
    """The first role of the person with that canonical name (or None)."""
    return next((r for r in roles if entity_by_id(doc, r.person).name == person), None)


def name(doc, ident):
    """Canonical name of an entity id (None stays None)."""
    return entity_by_id(doc, ident).name if ident else None


def test_title_of_organisation_before_the_name(nlp):
    doc, rs = roles("Le directeur général de l'Organisation internationale pour les migrations, Antonio Vitorino, "
                    "a mis en avant les bons rapports avec le Maroc.")
    r = role_of(doc, rs, "Antonio Vitorino")
    assert r.title == "directeur général"
    assert name(doc, r.organization) == "Organisation internationale pour les migrations"
    assert doc.text[r.start:r.end].startswith("directeur général") and doc.text[r.start:r.end].endswith("Vitorino")


def test_title_apposed_after_the_name(nlp):
    doc, rs = roles("Antonio Vitorino, directeur général de l'Organisation internationale pour les migrations, "
                    "a rencontré la ministre.")
    r = role_of(doc, rs, "Antonio Vitorino")
    assert r.title == "directeur général"
    assert name(doc, r.organization) == "Organisation internationale pour les migrations"


def test_long_title_with_portfolios_keeps_its_commas(nlp):
    doc, rs = roles("A l'issue d'entretiens avec la ministre déléguée auprès du ministre des Affaires étrangères, "
                    "de la coopération africaine et des Marocains résidant à l'étranger, Nezha El Ouafi, "
                    "Antonio Vitorino a réitéré son soutien.")
    r = role_of(doc, rs, "Nezha El Ouafi")
    assert r.title == ("ministre déléguée auprès du ministre des Affaires étrangères, de la coopération "
                       "africaine et des Marocains résidant à l'étranger")
    assert role_of(doc, rs, "Antonio Vitorino") is None


def test_nationality_adjective_gives_the_country(nlp):
    doc, rs = roles("Elle a eu des entretiens avec le secrétaire d'Etat et vice-ministre norvégien des affaires "
                    "étrangères, Jens Frolich Holte.")
    r = role_of(doc, rs, "Jens Frolich Holte")
    assert r.title == "secrétaire d'Etat et vice-ministre norvégien des affaires étrangères"
    assert name(doc, r.country) == "Norvège"


def test_title_directly_before_the_name(nlp):
    doc, rs = roles("Le président français Emmanuel Macron a reçu dimanche son homologue.")
    r = role_of(doc, rs, "Emmanuel Macron")
    assert r.title == "président français"
    assert name(doc, r.country) == "France"


def test_former_role_keeps_ex(nlp):
    doc, rs = roles("L'ex-haut commissaire aux retraites, Jean-Paul Delevoye, a démissionné lundi.")
    r = role_of(doc, rs, "Jean-Paul Delevoye")
    assert r.title == "ex-haut commissaire aux retraites"
    assert r.former


def test_ancien_marks_a_former_role(nlp):
    doc, rs = roles("L'ancienne ministre de l'Environnement, Ségolène Royal, réfléchit à prendre la tête de liste.")
    r = role_of(doc, rs, "Ségolène Royal")
    assert r.title == "ancienne ministre de l'Environnement"
    assert r.former


def test_minister_in_charge_of_without_comma(nlp):
    doc, rs = roles("Le ministre chargé de la Ville et du Logement Julien Denormandie a répondu sur Twitter.")
    r = role_of(doc, rs, "Julien Denormandie")
    assert r.title == "ministre chargé de la Ville et du Logement"


def test_two_coordinated_titles_are_two_roles(nlp):
    doc, rs = roles("C'est là que Luigi Di Maio, vice-Premier ministre italien et leader du Mouvement 5 étoiles, "
                    "a rencontré une délégation.")
    titles = {r.title for r in rs if name(doc, r.person) == "Luigi Di Maio"}
    assert "vice-Premier ministre italien" in titles
    assert any(t.startswith("leader") for t in titles)


def test_title_of_an_earlier_named_person(nlp):
    doc, rs = roles("Antonio Vitorino a affirmé mardi que la migration était une chance. Le directeur général "
                    "de l'Organisation internationale pour les migrations se dit satisfait.")
    r = role_of(doc, rs, "Antonio Vitorino")
    assert r is not None and r.title == "directeur général"
    assert name(doc, r.organization) == "Organisation internationale pour les migrations"
    assert r.confidence < 0.8


def test_name_after_a_preposition_does_not_hold_the_title(nlp):
    doc, rs = roles("La perquisition visait un ancien assistant de Mme Goulard, Stéphane Thérou, en avril.")
    assert role_of(doc, rs, "Sylvie Goulard") is None
    r = role_of(doc, rs, "Stéphane Thérou")
    assert r is not None and r.title.startswith("ancien assistant")


def test_no_role_without_a_title(nlp):
    _, rs = roles("Emmanuel Macron a reçu Cédric Villani à l'Élysée dimanche.")
    assert rs == []


# -- descriptions resolved to a person named elsewhere ------------------------------------------------

def test_multiword_title_as_subject_names_the_person_of_the_next_sentence_in_the_lead(nlp):
    doc, rs = roles("Le chef de l'État a reçu Cédric Villani à l'Élysée. Une demande rejetée. "
                    "Emmanuel Macron a reçu Cédric Villani dimanche après-midi.")
    r = role_of(doc, rs, "Emmanuel Macron")
    assert r is not None and r.title == "chef de l'État"
    assert role_of(doc, rs, "Cédric Villani") is None


def test_description_is_not_a_person_named_in_its_own_sentence(nlp):
    doc, rs = roles("Parmi les pistes explorées figure une autre figure de l'écologie, Daniel Cohn-Bendit. "
                    "\"J'ai été contacté par Christophe Castaner et Benjamin Griveaux\", a confirmé l'ancien "
                    "député européen.")
    r = role_of(doc, rs, "Daniel Cohn-Bendit")
    assert r is not None and r.title == "ancien député européen" and r.former
    assert role_of(doc, rs, "Benjamin Griveaux") is None


def test_description_agrees_in_gender_with_its_person(nlp):
    doc, rs = roles("\"Svetlana Tikhanovskaïa est en sécurité\", a déclaré à la presse Linas Linkevicius. "
                    "Il a ajouté que la candidate de l'opposition est arrivée en Lituanie.")
    r = role_of(doc, rs, "Svetlana Tikhanovskaïa")
    assert r is not None and r.title == "candidate de l'opposition"
    assert role_of(doc, rs, "Linas Linkevicius") is None


def test_description_with_a_restrictive_relative_clause_is_someone_new(nlp):
    _, rs = roles("Le président Volodymyr Zelensky s'est rendu sur place. Selon de premières informations, "
                    "le commandant de l'équipage qui pilotait l'appareil a signalé une panne.")
    assert {r.title for r in rs} == {"président"}


def test_inverted_subject_after_a_quote(nlp):
    doc, rs = roles("Le RN a lancé un appel aux dons, selon Sébastien Chenu. \"Le compte n'y est pas\", a estimé "
                    "le porte-parole du RN, jeudi 2 août.")
    r = role_of(doc, rs, "Sébastien Chenu")
    assert r is not None and r.title == "porte-parole" and name(doc, r.organization) == "RN"


# -- the words of a title ----------------------------------------------------------------------------

def test_generic_noun_goes_with_the_organisation(nlp):
    doc, rs = roles("\"Le président méprise le Parlement\", a dénoncé la présidente du groupe CRCE à majorité "
                    "communiste Eliane Assassi.")
    r = role_of(doc, rs, "Eliane Assassi")
    assert r.title == "présidente" and name(doc, r.organization) == "CRCE"


def test_place_after_a_generic_noun_is_the_organisation(nlp):
    doc, rs = roles("Les élus veulent reprendre la main, à l'image de la présidente de la région Île-de-France "
                    "Valérie Pécresse qui appelle à voter.")
    r = role_of(doc, rs, "Valérie Pécresse")
    assert r.title == "présidente de la région"
    assert name(doc, r.organization) == "Île-de-France"


def test_agent_complement_gives_the_organisation(nlp):
    doc, rs = roles("Benjamin Griveaux, candidat investi par LREM, a réagi dimanche.")
    r = role_of(doc, rs, "Benjamin Griveaux")
    assert r.title == "candidat investi" and name(doc, r.organization) == "LREM"


def test_organisation_name_that_begins_with_its_article(nlp):
    doc, rs = roles("Le député Les Républicains Georges Fenech profite des questions au gouvernement.")
    r = role_of(doc, rs, "Georges Fenech")
    assert r.title == "député" and name(doc, r.organization) == "Les Républicains"


def test_mistagged_participle_stays_in_the_title_and_the_leaning_goes(nlp):
    doc, rs = roles("Rachida Dati affirme être la seule à permettre l'alternance face à la maire sortante "
                    "socialiste Anne Hidalgo.")
    assert role_of(doc, rs, "Anne Hidalgo").title == "maire sortante"


def test_an_age_a_date_and_quotation_marks_are_not_title_words(nlp):
    doc, rs = roles("\"Il vaudrait mieux qu'il parte\", a reconnu Gérald Darmanin, le ministre de l'Action et des "
                    "Comptes publics mercredi 28 mai dans les colonnes du Parisien.")
    assert role_of(doc, rs, "Gérald Darmanin").title == "ministre de l'Action et des Comptes publics"
    doc, rs = roles("Mercredi sur LCI, Ingrid Levavasseur, tête de liste des \"gilets jaunes\" pour les élections "
                    "européennes, renonçait en direct.")
    assert role_of(doc, rs, "Ingrid Levavasseur").title == "tête de liste des gilets jaunes pour les élections européennes"
    doc, rs = roles("Tarek Abou Ziad et sa famille se sont installés sur le toit. \"J'ai voulu revenir ici\", "
                    "confie à l'AFP le boulanger de 29 ans.")
    assert role_of(doc, rs, "Tarek Abou Ziad").title == "boulanger"


def test_counterpart_takes_the_title_of_the_person_named_before(nlp):
    doc, rs = roles("M. Bolton s'en prend au président américain Donald Trump et à son homologue sud-coréen "
                    "Moon Jae-in.")
    r = role_of(doc, rs, "Moon Jae-in")
    assert r.title == "président sud-coréen"


# -- who holds the title -----------------------------------------------------------------------------

def test_plural_title_gives_a_role_to_each_name_with_its_bracketed_affiliation(nlp):
    doc, rs = roles("Elle a parlé en présence de deux autres présidents de région, Hervé Morin (Normandie) "
                    "et Jean Rottner (Grand Est).")
    for person, region in (("Hervé Morin", "Normandie"), ("Jean Rottner", "Grand Est")):
        r = role_of(doc, rs, person)
        assert r.title == "président de région" and name(doc, r.organization) == region


def test_plural_title_before_a_single_name_is_no_role(nlp):
    _, rs = roles("Devant les syndicalistes, Christophe Castaner avait reconnu des manquements.")
    assert rs == []


def test_chain_of_apposed_titles(nlp):
    doc, rs = roles("Une porte-parole du MoDem, la députée Sarah El Haïry, s'est pour sa part félicitée de "
                    "l'audition.")
    titles = {(r.title, name(doc, r.organization)) for r in rs if name(doc, r.person) == "Sarah El Haïry"}
    assert titles == {("porte-parole", "MoDem"), ("députée", None)}


def test_name_after_a_kinship_noun_is_not_the_title_holder(nlp):
    _, rs = roles("\"Nous avions beaucoup de souvenirs dans cette maison\", lâche la mère du boulanger, "
                    "Samah, 50 ans.")
    assert rs == []


def test_name_after_a_fronted_selon_phrase_opens_the_clause(nlp):
    _, rs = roles("Selon la ministre, Mme Tikhanovskaïa possède un visa lituanien.")
    assert rs == []


def test_aside_between_the_name_and_its_title(nlp):
    doc, rs = roles("Hayk Shahinyan, un temps directeur de campagne de la liste \"RIC\", regrette le manque "
                    "d'initiative.")
    r = role_of(doc, rs, "Hayk Shahinyan")
    assert r.title == "directeur de campagne" and name(doc, r.organization) == "RIC"


def test_title_word_inside_a_name_is_no_title(nlp):
    doc, rs = roles("La réforme a suscité l'opposition de ministres comme Bruno Le Maire et Gérald Darmanin.")
    assert role_of(doc, rs, "Gérald Darmanin") is None or role_of(doc, rs, "Gérald Darmanin").title != "Maire"
    assert all(r.title != "Maire" for r in rs)


def test_shorter_title_of_the_same_person_gives_way(nlp):
    doc, rs = roles("Les juges Claire Thépaut et Pierre Dubois enquêtent. L'acompte a été confisqué par les deux "
                    "juges d'instruction, Madame Thépaut et M. Dubois.")
    titles = {r.title for r in rs if name(doc, r.person) == "Claire Thépaut"}
    assert titles == {"juge d'instruction"}


def test_description_goes_to_the_person_with_no_other_title(nlp):
    doc, rs = roles("Le député Les Républicains Georges Fenech interroge le gouvernement sur un déplacement d'Emmanuel "
                    "Macron à Londres. Au cours de cette escapade, le ministre de l'Économie aurait rencontré des "
                    "investisseurs.", "2016-05-03")
    minister = [r for r in rs if r.title.startswith("ministre")]
    assert [name(doc, r.person) for r in minister] == ["Emmanuel Macron"]


def test_prime_minister_description_is_the_office_holder(nlp):
    doc, rs = roles("Manuel Valls et Edouard Philippe se sont croisés à Paris. Le Premier ministre a salué son hôte.",
                    "2018-06-01")
    assert name(doc, role_of(doc, rs, "Edouard Philippe").person) == "Edouard Philippe"
    assert role_of(doc, rs, "Manuel Valls") is None


def test_a_circumstance_ends_the_title():
    """A title ends before the circumstance of the words ("lors de", "au cours de", "en marge de"): OrangeSum 625
    and 35224."""
    for text, person, title in (
            ('"Le président lit", a assuré Kayleigh McEnany, porte-parole de Donald Trump lors de son point de presse.',
             "Kayleigh McEnany", "porte-parole de Donald Trump"),
            ('"Il y a une forte probabilité d\'empoisonnement", a relevé Dmitri Peskov, porte-parole du président '
             "Vladimir Poutine lors d'un briefing avec des journalistes.",
             "Dmitri Peskov", "porte-parole du président Vladimir Poutine")):
        doc, rs = roles(text)
        r = role_of(doc, rs, person)
        assert r is not None and r.title == title


def test_the_medium_of_the_words_ends_the_title():
    """"au micro de", "à l'antenne de": the medium the words were said on is no part of the speaker's title
    (OrangeSum 17288, 21198, 3348)."""
    for text, person, title in (
            ('Jean-François Barnaba, figure médiatique des "gilets jaunes", a annoncé vendredi 22 mars le lancement de '
             '"Jaunes et citoyens". "Les Français aspirent à une nouvelle séquence", a expliqué le fonctionnaire '
             "territorial au micro de Sud Radio.", "Jean-François Barnaba", "fonctionnaire territorial"),
            ("Patrick Kanner, ancien ministre des Sports sous la présidence de François Hollande, a réclamé plus de "
             'moyens pour le sport en France. "Cette victoire nous oblige", a déclaré le sénateur socialiste au micro de '
             "France Info.", "Patrick Kanner", "sénateur"),
            ("A Paris, le thème du soutien aux commerces a été repris par la candidate de la majorité aux municipales "
             "Agnès Buzyn. \"Il faut permettre à tous les commerçants de récupérer du chiffre d'affaires\", a déclaré "
             "l'ancienne ministre à l'antenne de RTL, lundi 8 juin.", "Agnès Buzyn", "ancienne ministre")):
        doc, rs = roles(text)
        assert any(name(doc, r.person) == person and r.title == title and r.organization is None for r in rs)


def test_a_former_holder_is_not_the_current_holder_of_the_title():
    """"l'ancienne ministre" is not the person the article calls "la ministre": it is the one named before that
    is no minister now (OrangeSum 3348, 10297)."""
    for text, date, person in (
            ("L'économie française a entamé sa reprise, selon la ministre Muriel Pénicaud. A Paris, le thème du soutien "
             "aux commerces a été repris par la candidate de la majorité aux municipales Agnès Buzyn. \"Il faut "
             "permettre à tous les commerçants de récupérer du chiffre d'affaires\", a déclaré l'ancienne ministre à "
             "l'antenne de RTL, lundi 8 juin.", "2020-06-08", "Agnès Buzyn"),
            ('"Bien sûr que nous sommes sous un régime autoritaire", a persisté Ségolène Royal mardi 28 janvier sur LCI. '
             "Elle réagissait aux propos de la ministre de la Transition écologique Élisabeth Borne qui a estimé plus "
             'tôt dans la journée que l\'ancienne ministre socialiste avait franchi "la ligne rouge".', "2020-01-28",
             "Ségolène Royal")):
        doc, rs = roles(text, date)
        former = [name(doc, r.person) for r in rs if r.title.startswith("ancienne ministre")]
        assert former == [person]


def test_an_age_apposed_between_the_name_and_its_title():
    """", 46 ans, député-maire": the title after an apposed age is the named person's (OrangeSum 25136, 35582)."""
    for text, person, title in (
            ("Edouard Philippe, 46 ans, député-maire LR du Havre et proche d'Alain Juppé, devient le premier chef du "
             "gouvernement du quinquennat Macron.", "Edouard Philippe", "député-maire"),
            ("Ex-collaborateur de Nicolas Sarkozy, Jean Castex, 55 ans, maire LR de Prades (Pyrénées orientales), est "
             "depuis avril le délégué interministériel chargé du déconfinement.", "Jean Castex", "maire de Prades")):
        doc, rs = roles(text)
        assert any(entity_by_id(doc, r.person).name == person and r.title.startswith(title) for r in rs)
