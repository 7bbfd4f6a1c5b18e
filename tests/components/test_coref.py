"""Coreference: pronouns and descriptions appended to the entities, rule by rule."""
from __future__ import annotations

import pytest

from veille import reference as coref
from veille.pipeline import parse

DATE = "2019-12-17"
SEED_START = ("Le directeur général de l'Organisation internationale pour les migrations, Antonio Vitorino, "
              "a rencontré mardi à Genève la ministre déléguée aux Affaires étrangères, Nezha El Ouafi. ")


def entity(doc, name):
    return next(e for e in doc._.entities if e.name == name)


def mention_texts(doc, name, kind):
    return [m.text for m in entity(doc, name).mentions if m.kind == kind]


def token(doc, text, nth=0):
    return [t for t in doc if t.text == text][nth]


def test_feminine_pronoun_goes_to_the_woman():
    doc = parse(SEED_START + "Elle a souligné la convergence des objectifs des deux institutions.", DATE)
    assert "Elle" in mention_texts(doc, "Nezha El Ouafi", "pronoun")
    assert "Elle" not in mention_texts(doc, "Antonio Vitorino", "pronoun")


def test_masculine_pronoun_goes_to_the_man():
    doc = parse(SEED_START + "Il a salué le rôle du Maroc sur la question migratoire.", DATE)
    assert "Il" in mention_texts(doc, "Antonio Vitorino", "pronoun")


def test_plural_pronoun_is_not_a_person():
    doc = parse("Emmanuel Macron a reçu lundi des syndicalistes à l'Elysée. Ils ont dénoncé la réforme des retraites.",
                DATE)
    assert mention_texts(doc, "Emmanuel Macron", "pronoun") == []


def test_impersonal_il_is_nobody():
    doc = parse("Jean Castex a visité une usine à Lyon. Il faut agir vite contre la crise.", DATE)
    assert mention_texts(doc, "Jean Castex", "pronoun") == []


def test_description_through_the_title_in_apposition():
    doc = parse(SEED_START + "Le directeur général de l'OIM a également mis en avant les actions du Maroc. "
                "La ministre déléguée a aussi mis l'accent sur l'importance de la coopération.", DATE)
    assert any(t.startswith("Le directeur général") for t in mention_texts(doc, "Antonio Vitorino", "nominal"))
    assert any(t.startswith("La ministre déléguée") for t in mention_texts(doc, "Nezha El Ouafi", "nominal"))


def test_description_agrees_in_gender():
    doc = parse("La présidente du Rassemblement national, Marine Le Pen, a rencontré le ministre de l'Intérieur, "
                "Christophe Castaner. La présidente du RN a dénoncé une politique laxiste.", DATE)
    assert any(t.startswith("La présidente") for t in mention_texts(doc, "Marine Le Pen", "nominal"))


def test_de_son_cote_makes_the_focus():
    doc = parse("Le Premier ministre Edouard Philippe a reçu jeudi le maire de Lyon, Gérard Collomb. "
                "De son côté, Gérard Collomb a indiqué que la ville était prête. Il a ajouté que le budget suivrait.",
                DATE)
    assert "Il" in mention_texts(doc, "Gérard Collomb", "pronoun")


def test_mentions_stay_sorted():
    doc = parse(SEED_START + "Il a salué le rôle du Maroc. Elle a remercié l'organisation.", DATE)
    for ent in doc._.entities:
        starts = [m.start for m in ent.mentions]
        assert starts == sorted(starts)


def test_resolve_a_subject_token():
    doc = parse(SEED_START + "Elle a souligné la convergence des objectifs.", DATE)
    ent, conf = coref.resolve(doc, token(doc, "Elle"))
    assert ent is not None and ent.name == "Nezha El Ouafi" and 0 < conf <= 1


def test_resolve_an_indefinite_subject_is_nobody():
    doc = parse("Une source proche du dossier a indiqué que l'enquête avançait.", DATE)
    assert coref.resolve(doc, token(doc, "source")) == (None, 0.0)


def test_organisation_description():
    doc = parse("Le ministère de l'Intérieur a publié vendredi les chiffres de la délinquance. "
                "Le ministère a indiqué que les cambriolages avaient reculé.", DATE)
    ent, _ = coref.resolve(doc, token(doc, "ministère", 1))
    assert ent is not None and ent.name.startswith("ministère de l'Intérieur")


@pytest.mark.parametrize("form,expected", [("il", "il"), ("-elle", "elle"), ("celle-ci", "celle-ci")])
def test_pronoun_form(nlp, form, expected):
    doc = nlp.make_doc(f"Selon {form}")
    assert coref.pronoun_form(doc[1]) == expected


def test_description_before_the_name_goes_forward():
    doc = parse("La ministre a expliqué vouloir poursuivre sa mission. Nicole Belloubet, ministre de la Justice, "
                "était mardi l'invitée de France Inter.", DATE)
    resolver = coref.Resolver(doc)
    ent, _ = resolver.description(token(doc, "ministre"), subject=True)
    assert ent is not None and ent.name == "Nicole Belloubet"


def test_intéressé_is_the_last_person_named():
    doc = parse("Nicolas Hulot a quitté le gouvernement. Emmanuel Macron cherche un successeur à Nicolas Hulot et "
                "parmi les pistes figure celle de Daniel Cohn-Bendit. Le principal intéressé a confirmé avoir été "
                "contacté.", DATE)
    ent, _ = coref.resolve(doc, token(doc, "intéressé"))
    assert ent is not None and ent.name == "Daniel Cohn-Bendit"


def test_relative_clause_subject_is_less_salient_than_the_main_subject():
    doc = parse("Le conseiller Chung Eui-yong, l'homme qui annonça que M. Kim souhaitait le rencontrer, a critiqué "
                "le livre. Il ne donne aucun exemple.", DATE)
    ent, _ = coref.resolve(doc, token(doc, "Il"))
    assert ent is not None and ent.name == "Chung Eui-yong"


def test_capitalised_words_map_to_the_one_person_with_that_surname():
    doc = parse("Marine Le Pen a réagi lundi sur RTL. Le Pen a jugé l'allocution indécente.", DATE)
    ent, _ = coref.person_at(doc, token(doc, "Pen", 1))
    assert ent is not None and ent.name == "Marine Le Pen"


def test_surname_shared_by_two_people_is_not_guessed():
    doc = parse("Marine Le Pen et Jean-Marie Le Pen ont réagi lundi. Le Pen a jugé l'allocution indécente.", DATE)
    tok = token(doc, "Pen", 2)
    ent, _ = coref.person_at(doc, tok)
    assert ent is None or doc.text[tok.idx - 3:tok.idx + 3] in [m.text for m in ent.mentions]


def test_elided_description_takes_the_gender_of_its_noun():
    doc = parse("Aurélien Taché a soutenu la chanteuse Camélia Jordana. L'élu a dénoncé une polémique absurde.", DATE)
    ent, _ = coref.resolve(doc, token(doc, "élu"))
    assert ent is None or ent.name != "Camélia Jordana"


def test_person_named_inside_quotation_marks_is_no_antecedent():
    doc = parse("Wallerand de Saint-Just, trésorier du Rassemblement national, a parlé mardi. \"L'acompte a été "
                "confisqué par le juge d'instruction, M. Van Ruymbeke\", a résumé le trésorier. \"C'est "
                "dramatique\", a-t-il estimé.", DATE)
    assert "Van Ruymbeke" not in {e.name for e in doc._.entities if any(m.kind in ("pronoun", "nominal")
                                                                       for m in e.mentions)}


def test_inverted_il_before_que_is_impersonal():
    doc = parse("Laurent Wauquiez rejette cette idée. Toujours est-il que Nicolas Sarkozy est persuadé du "
                "contraire.", DATE)
    assert mention_texts(doc, "Laurent Wauquiez", "pronoun") == []


def test_celle_qui_opening_a_sentence_is_a_mention_of_the_woman():
    doc = parse("Valérie Pécresse a lancé son mouvement. Celle qui veut réinvestir l'écologie à droite a en "
                "outre attaqué les Verts.")
    assert "Celle" in mention_texts(doc, "Valérie Pécresse", "pronoun")


def test_celui_qui_inside_a_relative_object_is_not_a_subject_mention():
    doc = parse("Emmanuel Macron a reçu Angela Merkel. Il a salué celui qui l'avait précédé.")
    assert "celui" not in mention_texts(doc, "Emmanuel Macron", "pronoun")


def test_bare_president_is_the_head_of_state_not_the_last_president_named():
    doc = parse("Emmanuel Macron a annoncé un plan pour les hôpitaux. \"Que le président de la République prenne la "
                "mesure du problème, c'est une bonne chose\", a déclaré le président du groupe centriste Hervé "
                "Marseille. \"Le président encore une fois méprise le Parlement\", a dénoncé Eliane Assassi.",
                "2019-11-14")
    assert any(t.startswith("Le président") for t in mention_texts(doc, "Emmanuel Macron", "nominal"))
    assert not any(t.startswith("Le président") for t in mention_texts(doc, "Hervé Marseille", "nominal"))


def test_prime_minister_is_the_office_holder_the_article_names():
    text = ("Edouard Philippe lance un débat sur la limitation de vitesse. Laurent Wauquiez a rencontré le chef de "
            "l'Etat jeudi. Le Premier ministre a défendu la mesure devant les députés.")
    doc = parse(text, "2019-01-27")
    assert any(t.startswith("Le Premier ministre") for t in mention_texts(doc, "Edouard Philippe", "nominal"))


@pytest.mark.parametrize("published, holder", [("2015-06-01", "Manuel Valls"), ("2018-06-01", "Edouard Philippe")])
def test_office_holder_follows_the_publication_date(published, holder):
    text = "Manuel Valls et Edouard Philippe se sont croisés à Paris. Le Premier ministre a salué son hôte."
    doc = parse(text, published)
    assert coref.office_holder(doc, token(doc, "ministre")).name == holder


def test_two_stated_presidents_leave_the_bare_title_unresolved_by_office():
    doc = parse("Le président américain Donald Trump a reçu le président français Emmanuel Macron. "
                "Le président a salué une amitié ancienne.", "2019-06-01")
    assert coref.office_holder(doc, token(doc, "président", 2)) is None
    assert coref.office_holder(doc, token(doc, "président", 0)).name == "Donald Trump"


def test_description_given_in_apposition_names_the_organisation_anywhere():
    doc = parse("La présidence sud-coréenne a accusé lundi John Bolton de déformer la réalité. \"Il n'est pas "
                "approprié de déformer la réalité\", a estimé la Maison bleue, la présidence sud-coréenne, dans un "
                "communiqué.", "2020-06-22")
    assert "La présidence sud-coréenne" in mention_texts(doc, "Maison bleue", "nominal")


def test_description_given_to_two_organisations_names_neither():
    doc = parse("Le Monde, le quotidien du soir, et Le Figaro, le quotidien de la droite, ont titré sur la grève. "
                "Libération, le quotidien de la droite selon ses rivaux, a répondu.", DATE)
    forms = coref.apposed_descriptions(doc)
    assert forms["quotidien du soir"].name == "Le Monde"
    assert "quotidien de la droite" not in forms


def test_description_with_a_contrasting_modifier_is_not_the_stated_title_holder():
    doc = parse("Benjamin Griveaux, candidat investi par LREM, recueille 16% des intentions de vote. Emmanuel Macron "
                "a demandé à Cédric Villani de se rapprocher de lui. Une demande rejetée par le candidat dissident.",
                "2020-01-26")
    assert not any("dissident" in t for t in mention_texts(doc, "Benjamin Griveaux", "nominal"))


def test_description_with_the_stated_modifier_is_the_title_holder():
    doc = parse("Benjamin Griveaux, candidat investi par LREM, a tenu un meeting. Le candidat investi a promis "
                "des logements.", "2020-01-26")
    assert any("candidat investi" in t for t in mention_texts(doc, "Benjamin Griveaux", "nominal"))


def test_former_office_is_a_former_holder_the_article_names():
    doc = parse("Christian Jacob, président des Républicains, était présent. Cinq jours après le décès de Jacques "
                "Chirac, Edouard Philippe a prononcé un discours rendant hommage à l'ancien président de la "
                "République.", "2019-10-01")
    ancien = token(doc, "président", 1)
    assert coref.office_holder(doc, ancien).name == "Jacques Chirac"
    assert any("ancien président" in t for t in mention_texts(doc, "Jacques Chirac", "nominal"))


def test_organisation_description_with_its_own_complement_is_not_another_namesake():
    doc = parse("La Cour de justice de la République a jugé Edouard Balladur. Le 18 juin 2015, la cour d'appel "
                "rejette les recours de Nicolas Bazire. La cour a aussi entendu les témoins.", "2020-03-01")
    texts = mention_texts(doc, "Cour de justice de la République", "nominal")
    assert not any("appel" in t for t in texts)


def test_among_several_former_holders_the_salient_one():
    doc = parse("Jacques Chirac et Nicolas Sarkozy ont soutenu le candidat. François Hollande a défendu son bilan "
                "lundi. Roselyne Bachelot a ironisé sur les agissements de l'ancien président de la République.",
                "2017-09-20")
    assert coref.office_candidates(doc, token(doc, "président")) == {
        e.id for e in doc._.entities if e.name in ("Jacques Chirac", "Nicolas Sarkozy", "François Hollande")}
    assert any("ancien président" in t for t in mention_texts(doc, "François Hollande", "nominal"))


def test_an_organisation_named_in_a_prepositional_phrase_is_no_pronoun_antecedent():
    doc = parse("Dans un entretien à BFMTV, l'éphémère garde des Sceaux assure qu'il n'a pas été déçu de ne pas être "
                "nommé à Matignon et qu'il a approuvé la nomination d'Édouard Philippe.", "2017-08-20")
    assert mention_texts(doc, "BFMTV", "pronoun") == []


def test_a_media_noun_goes_to_a_medium_before_another_organisation():
    doc = parse("Le Canard enchaîné publie une enquête. L'Assemblée nationale a versé 45.000 euros d'indemnités à "
                "l'épouse du candidat. L'Assemblée les a payées en deux fois, révèle l'hebdomadaire.", "2017-02-08")
    assert "l'hebdomadaire" in mention_texts(doc, "Le Canard enchaîné", "nominal")


def test_a_description_of_someone_related_to_a_person_is_not_that_person():
    """"L'avocat du député écologiste" (28167) is not the député: the persons a description's "de" complement
    designates (by a title stated as theirs, or a name) are no guess of whom it designates."""
    doc = parse("- Accusé de plusieurs agressions sexuelles, le député écologiste et désormais ex-vice-président de "
                "l'Assemblée nationale Denis Baupin, avait une réputation de \"goujat, voire de goujat important\" selon "
                "Cécile Duflot. Après les révélations de Mediapart et France Inter, le parquet de Paris a ouvert lundi "
                "une enquête préliminaire sur l'affaire Denis Baupin. L'avocat du député écologiste a annoncé de son "
                "côté que son client déposait plainte pour \"diffamation\" contre les deux médias.", "2016-05-11")
    assert not any("avocat" in t for t in mention_texts(doc, "Denis Baupin", "nominal"))
    assert not any(r.title.startswith("avocat") for r in doc._.roles)


def test_a_description_completed_by_a_name_is_not_that_name():
    """"L'ancien conseiller de François Hollande prône ..." (20449): not Hollande."""
    doc = parse("L'ancien conseiller de François Hollande prône pour la mise en place d'un \"plan Marshall\" des "
                "transports dans la capitale, qui passerait par la disparition du boulevard périphérique.", "2018-09-22")
    adviser = token(doc, "conseiller")
    ent, _ = coref.Resolver(doc).description(adviser, subject=True)
    assert ent is None or ent.name != "François Hollande"
